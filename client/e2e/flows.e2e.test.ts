/**
 * Inflow, outflow and throughput time (issue 18) in a real browser against the real server: with the
 * real figures the Casuïstiek view says plainly that no flows are imported yet; after the example
 * flows of February and March 2023 (seed/examples/flows.csv, through the upload the Beheer page uses)
 * it shows both charts with a sentence, a table by keyboard, in Dutch and English, at 320 px and
 * without serious accessibility violations. The tests build on each other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, dutchOnPage, seriousViolations } from './checks.js';
import { ADMIN_USERNAME, eventually, loginRequest, normalize, openView, repoRoot, screenshotDir, useDashboard } from './harness.js';

const dashboard = useDashboard();

async function flowsText(page: Page): Promise<string> {
  const section = page.getByTestId('flows');
  await section.waitFor({ state: 'visible', timeout: 15_000 });
  return normalize(await section.innerText());
}

describe('In- en uitstroom', () => {
  test('with the real figures the Casuïstiek view says no flows are imported yet', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    expect(await flowsText(page)).toBe(
      'In- en uitstroom Er is nog geen in- en uitstroom geïmporteerd. Zodra het ZVH maandcijfers aanlevert, staan hier de nieuwe en afgesloten casussen per maand en de doorlooptijd tegen de norm. ' +
        'Wat deze cijfers tellen: Instroom (nieuw) · Uitstroom (afgesloten) · Binnen de norm · Doorlooptijd',
    );
    // Each a link to its definition.
    expect(
      await page.locator('[data-testid="flows"] a.zv-about-figure').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['/cijfers/INFLOW', '/cijfers/OUTFLOW', '/cijfers/CLOSED_WITHIN_NORM', '/cijfers/THROUGHPUT_DAYS']);
    expect(dashboard.errors).toEqual([]);
  });

  test('after the example flows: both charts with a sentence, and a table by keyboard', async () => {
    const context = await dashboard.browser.newContext();
    try {
      await loginRequest(context.request, dashboard.baseUrl, ADMIN_USERNAME, dashboard.adminPassword);
      const imported = await context.request.post(`${dashboard.baseUrl}/api/import?kind=FLOWS&dryRun=false&fileName=flows.csv`, {
        headers: { 'content-type': 'text/csv' },
        data: readFileSync(join(repoRoot, 'seed', 'examples', 'flows.csv')),
      });
      const report = (await imported.json()) as { errors?: unknown[]; flowConsistency?: { checked: unknown[] } };
      expect(report.errors ?? []).toEqual([]);
      // The real counts are 1-1-2022 and 1-2-2023: no pair of count dates around February and March 2023.
      expect(report.flowConsistency?.checked).toEqual([]);
    } finally {
      await context.close();
    }
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const text = await flowsText(page);
    expect(text).toContain(
      'In maart 2023 kwamen 17 casussen binnen en werden er 20 afgesloten; over 2 maanden samen 37 binnen en 37 afgesloten.',
    );
    expect(text).toContain(
      'In maart 2023 was de doorlooptijd van de afgesloten casussen in de mediaan 45 dagen; vier op de vijf waren binnen 80 dagen afgesloten. De norm is 56 dagen: 75% werd binnen de norm afgesloten.',
    );
    await page.getByTestId('flows').screenshot({ path: join(screenshotDir, 'flows-casuistiek.png') });

    const toggle = page.getByTestId('flows').getByRole('button', { name: 'Tabel tonen' }).first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'Nieuwe en afgesloten casussen per maand' });
    await table.waitFor({ state: 'visible' });
    expect(normalize(await table.innerText())).toContain('februari 2023 20 17 +3');
    expect(describeViolations(await seriousViolations(page))).toBe('');
    expect(dashboard.errors).toEqual([]);
  });

  test('the Gemeente view shows one municipality’s flows', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/gemeente/GM0479'));
    const text = await flowsText(page);
    expect(text).toContain('In- en uitstroom van Zaanstad');
    expect(text).toContain(
      'In maart 2023 kwamen 8 casussen binnen en werden er 9 afgesloten; over 2 maanden samen 17 binnen en 16 afgesloten.',
    );
    expect(text).toContain('De norm is 56 dagen: 67% werd binnen de norm afgesloten.');
    await page.getByTestId('flows').screenshot({ path: join(screenshotDir, 'flows-gemeente.png') });
    expect(describeViolations(await seriousViolations(page))).toBe('');
    expect(dashboard.errors).toEqual([]);
  });

  test('in English, without Dutch', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/toegankelijkheid'));
    await page.evaluate(() => localStorage.setItem('zv-lang', 'en'));
    await openView(page, dashboard.url('/casuistiek'));
    await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe('en'));
    expect(await flowsText(page)).toContain('In March 2023 17 cases came in and 20 were closed');
    expect(await dutchOnPage(page)).toEqual([]);
    await page.getByTestId('flows').screenshot({ path: join(screenshotDir, 'flows-casuistiek-en.png') });
    await page.evaluate(() => localStorage.setItem('zv-lang', 'nl'));
  });

  test('at 320 px the flows fit the width', async () => {
    const page = dashboard.page;
    await page.setViewportSize({ width: 320, height: 640 });
    await openView(page, dashboard.url('/casuistiek'));
    await flowsText(page);
    const box = await page.getByTestId('flows').boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByTestId('flows').screenshot({ path: join(screenshotDir, 'flows-casuistiek-320.png') });
  });
});
