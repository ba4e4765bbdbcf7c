/**
 * Inflow, outflow and throughput time (issue 18) in a real browser against the real server: with the
 * real figures the Casuïstiek view says plainly that no flows are imported yet; after the example
 * flows of February and March 2023 (seed/examples/flows.csv, through the upload the Beheer page uses)
 * it shows both charts with a sentence, a table by keyboard, in Dutch and English, at 320 px and
 * without serious accessibility violations. The tests build on each other.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, dutchOnPage, seriousViolations, pdfPageTexts } from './checks.js';
import { importFlows } from './fixtures.js';
import { eventually, normalize, openView, screenshotDir, useDashboard } from './harness.js';

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
    const report = await importFlows(dashboard);
    expect(report.errors ?? []).toEqual([]);
    // The real counts are 1-1-2022 and 1-2-2023: no pair of count dates around February and March 2023.
    expect(report.flowConsistency?.checked).toEqual([]);
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

/** January 2023 with a norm of 42 days, where February and March have 56: the norm line steps. */
const JANUARY_NORM_42 = [
  'maand;gemeente;kennisdomein;instroom;uitstroom;binnen_norm;norm_dagen;mediaan_dagen;p80_dagen',
  '2023-01;Purmerend;;4;5;4;42;30;50',
  '2023-01;Zaanstad;;6;7;5;42;35;60',
  '2023-01;Totaal;;10;12;9;42;33;58',
].join('\n');

/** Where the norm's labels stand against the chart and the other texts in it (boxes in CSS pixels). */
async function normLabelPlaces(page: Page) {
  return page
    .locator('[data-testid="flows"] svg.chart--grouped')
    .nth(1)
    .evaluate((svg) => {
      const box = (el: Element) => el.getBoundingClientRect();
      const chart = box(svg);
      const labels = [...svg.querySelectorAll('.chart-reference__label')];
      const others = [...svg.querySelectorAll('text:not(.chart-reference__label)')].map(box);
      return labels.map((label) => {
        const b = box(label);
        return {
          text: label.textContent,
          inside: b.left >= chart.left - 0.5 && b.right <= chart.right + 0.5 && b.top >= chart.top - 0.5 && b.bottom <= chart.bottom + 0.5,
          collides: others.filter((o) => o.left < b.right && b.left < o.right && o.top < b.bottom && b.top < o.bottom).length,
        };
      });
    });
}

describe('De norm als lijn, en de stromen op papier', () => {
  test('a changed norm steps, labelled inside the chart, at 1280 and 320 px and in English', async () => {
    expect((await importFlows(dashboard, { data: JANUARY_NORM_42, fileName: 'januari.csv' })).errors ?? []).toEqual([]);
    const page = dashboard.page;
    const expected = (norms: string[]) => norms.map((text) => ({ text, inside: true, collides: 0 }));
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 720 });
      await openView(page, dashboard.url('/casuistiek'));
      await flowsText(page);
      // Newest month first: 56 days for March and February, then the step to 42 for January.
      expect(await normLabelPlaces(page)).toEqual(expected(['norm 56 dagen', 'norm 42 dagen']));
      const bars = page.getByTestId('flows').getByRole('img', { name: /^januari 2023, Mediaan/ });
      expect(await bars.getAttribute('aria-label')).toBe('januari 2023, Mediaan: 33 dagen (norm 42 dagen)');
      await page.getByTestId('flows').screenshot({ path: join(screenshotDir, `flows-norm-${width}.png`) });
    }
    // The table beside the chart keeps the norm as a column, per month.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('flows').getByRole('button', { name: 'Tabel tonen' }).nth(1).click();
    const table = page.getByRole('table', { name: 'Doorlooptijd van afgesloten casussen tegen de norm' });
    expect(normalize(await table.innerText())).toContain('januari 2023 75% 33 58 42');
    expect(normalize(await table.innerText())).toContain('maart 2023 75% 45 80 56');
    await page.evaluate(() => localStorage.setItem('zv-lang', 'en'));
    await openView(page, dashboard.url('/casuistiek'));
    await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe('en'));
    expect(await normLabelPlaces(page)).toEqual(expected(['norm 56 days', 'norm 42 days']));
    expect(await dutchOnPage(page)).toEqual([]);
    await page.getByTestId('flows').screenshot({ path: join(screenshotDir, 'flows-norm-en.png') });
    await page.evaluate(() => localStorage.setItem('zv-lang', 'nl'));
    expect(dashboard.errors).toEqual([]);
  });

  test('Casuïstiek prints on A4 with each flow chart whole on one page and the norm line dashed in black', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    await flowsText(page);
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(screenshotDir, 'flows-casuistiek-print.pdf'), pdf);
    const pages = await pdfPageTexts(pdf);
    // Each chart's title and its last line (the source line; the throughput chart's note) on one page.
    const pageOf = (text: string) => pages.filter((p) => p.includes(text)).length === 1 && pages.findIndex((p) => p.includes(text));
    const inflow = pageOf('Nieuwe en afgesloten casussen per maand');
    const throughput = pageOf('Doorlooptijd van afgesloten casussen tegen de norm');
    expect(typeof inflow).toBe('number');
    expect(throughput).toBe(inflow);
    const sheet = pages[throughput as number] ?? '';
    for (const text of [
      'Instroom (nieuw)',
      '80e percentiel',
      'Norm',
      'norm 56 dagen',
      'norm 42 dagen',
      'Mediaan en 80e percentiel zoals het ZVH ze aanlevert',
    ]) {
      expect(sheet).toContain(text);
    }
    expect(sheet.split('januari 2023').length - 1).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'print' });
    // In print the chart frames keep together, and the line stays a black dashed line on white.
    const print = await page.evaluate(() => {
      const frames = [...document.querySelectorAll('[data-testid="flows"] .zv-chart')];
      const line = document.querySelector('[data-testid="flows"] .chart-reference__line');
      const style = line ? getComputedStyle(line) : null;
      return {
        frames: frames.map((f) => getComputedStyle(f).breakInside),
        line: style && { stroke: style.stroke, dash: style.strokeDasharray, visible: style.visibility, display: style.display },
      };
    });
    expect(print).toEqual({
      frames: ['avoid', 'avoid'],
      line: { stroke: 'rgb(26, 26, 26)', dash: '7px, 4px', visible: 'visible', display: 'inline' },
    });
    await page.emulateMedia({ media: 'screen' });
    expect(dashboard.errors).toEqual([]);
  });
});
