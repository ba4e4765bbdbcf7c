/**
 * Signals (issue 18) in a real browser against the real server: with the real figures (two count
 * dates) the overview says plainly that there are too few counts; after eight monthly counts with a
 * jump in August (server/src/testing/signalCounts.ts, imported through the upload the Beheer page
 * uses) and a goal in its at-risk band, the overview, the presentation and the report name each
 * signal in a sentence with its rule, with a table alternative — in Dutch and in English, by
 * keyboard, at 320 px, and without serious accessibility violations. The tests build on each other.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { signalCountFile } from '../../server/src/testing/signalCounts.js';
import { describeViolations, dutchOnPage, seriousViolations } from './checks.js';
import { ADMIN_USERNAME, eventually, loginRequest, normalize, openView, screenshotDir, useDashboard } from './harness.js';

const dashboard = useDashboard();

async function signalsText(page: Page): Promise<string> {
  const section = page.getByTestId('signals').first();
  await section.waitFor({ state: 'visible', timeout: 15_000 });
  return normalize(await section.innerText());
}

async function inEnglish(page: Page, path: string): Promise<void> {
  await openView(page, dashboard.url('/toegankelijkheid'));
  await page.evaluate(() => localStorage.setItem('zv-lang', 'en'));
  await openView(page, dashboard.url(path));
  await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe('en'));
}

/** The presentation's slide whose title is `title` (walking with PageDown from the first). */
async function openSlide(page: Page, title: RegExp): Promise<void> {
  await openView(page, dashboard.url('/presentatie'));
  for (let i = 0; i < 12; i++) {
    const h1 = normalize(await page.locator('h1').first().innerText());
    if (title.test(h1)) return;
    await page.keyboard.press('PageDown');
    await eventually(async () => expect(normalize(await page.locator('h1').first().innerText())).not.toBe(h1));
  }
  throw new Error(`geen dia ${title}`);
}

describe('Signalen', () => {
  test('with the two real counts the overview says there are too few counts, instead of guessing', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    expect(await signalsText(page)).toMatch(/^Signalen\s*Te weinig peildata om te signaleren: 2 van de 7 nodig\.$/);
    await page.screenshot({ path: join(screenshotDir, 'signals-overzicht-te-weinig.png') });
    expect(dashboard.errors).toEqual([]);
  });

  test('after eight monthly counts with a jump, the overview lists the signals as sentences, with a table by keyboard', async () => {
    const context = await dashboard.browser.newContext();
    try {
      await loginRequest(context.request, dashboard.baseUrl, ADMIN_USERNAME, dashboard.adminPassword);
      const imported = await context.request.post(`${dashboard.baseUrl}/api/import?kind=CASELOAD&dryRun=false&fileName=maanden.csv`, {
        headers: { 'content-type': 'text/csv' },
        data: Buffer.from(signalCountFile(), 'utf8'),
      });
      expect(((await imported.json()) as { errors?: unknown[] }).errors ?? []).toEqual([]);
      const goal = await context.request.post(`${dashboard.baseUrl}/graphql`, {
        headers: { 'content-type': 'application/json' },
        data: {
          query: 'mutation { createGoal(input: { title: "Max 150", indicator: RUNNING_CASES, direction: AT_MOST, target: 150 }) { id } }',
        },
      });
      expect(((await goal.json()) as { errors?: unknown[] }).errors ?? []).toEqual([]);
    } finally {
      await context.close();
    }

    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    const text = await signalsText(page);
    // The region's 159 in August against 137 (135 to 139) before, in the overview's short sentence.
    expect(text).toContain('Let op: Lopende casussen in de regio: 159 op 1 augustus 2024, boven de recente bandbreedte (135 tot 139)');
    expect(text).toMatch(/en \d+ andere signalen/);
    await page.getByRole('link', { name: /andere signalen/ }).waitFor();
    // The overview stays on one 1280×720 screen: the strip sits beside the title, taking no room from
    // the tiles and charts below it (goals.e2e.test.ts checks that they end within the screen).
    const strip = await page.getByTestId('signals').boundingBox();
    const tiles = await page.locator('.zv-tile').first().boundingBox();
    expect(strip && tiles && strip.y + strip.height).toBeLessThanOrEqual(tiles?.y ?? 0);
    expect(tiles?.y).toBeLessThan(170);
    await page.screenshot({ path: join(screenshotDir, 'signals-overzicht.png') });

    const toggle = page.getByTestId('signals').getByRole('button', { name: 'Tabel tonen' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'Signalen' });
    await table.waitFor({ state: 'visible' });
    const rows = normalize(await table.innerText());
    expect(rows).toContain('Lopende casussen in Zaanstad');
    expect(rows).toContain('buiten de recente bandbreedte');
    expect(describeViolations(await seriousViolations(page))).toBe('');
    expect(dashboard.errors).toEqual([]);
  });

  test('the presentation has a slide of signals, legible at 1920×1080, and the report a section', async () => {
    const page = dashboard.page;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openSlide(page, /^Signalen/);
    const slide = await signalsText(page);
    expect(slide).toContain(
      'Let op: Lopende casussen in de regio staat op 1 augustus 2024 op 159: boven de recente bandbreedte (135 tot 139; mediaan 137 van de zes tellingen ervoor).',
    );
    expect(slide).toContain('mediane absolute afwijkingen');
    const sizes = await page
      .locator('.zv-slide-signals__item')
      .evaluateAll((items) => items.map((item) => Number.parseFloat(getComputedStyle(item).fontSize)));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    const scrolls = await page.locator('.zv-slide').evaluate((s) => s.scrollHeight > s.clientHeight + 1);
    expect(scrolls).toBe(false);
    await page.screenshot({ path: join(screenshotDir, 'signals-presentatie.png') });
    expect(describeViolations(await seriousViolations(page))).toBe('');

    await page.setViewportSize({ width: 1280, height: 720 });
    await openView(page, dashboard.url('/rapport'));
    const report = await signalsText(page);
    expect(report).toContain('Lopende casussen in de regio staat op 1 augustus 2024 op 159');
    expect(report).toContain('Doel “Max 150” staat op 1 augustus 2024 op 159: in de risicomarge (boven het doel van 150)');
    // The count of 2 in mensenhandel before August: the range starts at 0, not below.
    expect(report).toContain(
      'Lopende casussen in het kennisdomein Mensenhandel staat op 1 augustus 2024 op 9: boven de recente bandbreedte (0 tot 4;',
    );
    expect(report).toContain('Een signaal: een cijfer dat meer dan 2 mediane absolute afwijkingen');
    await page.getByTestId('signals').screenshot({ path: join(screenshotDir, 'signals-rapport.png') });
    expect(describeViolations(await seriousViolations(page))).toBe('');
    expect(dashboard.errors).toEqual([]);
  });

  test('in English, on the overview, the presentation and the report, no Dutch outside the names of the sources', async () => {
    const page = dashboard.page;
    await inEnglish(page, '/');
    expect(await signalsText(page)).toContain(
      'Attention: Running cases in the region: 159 on 1 August 2024, above its recent range (135 to 139)',
    );
    expect(await dutchOnPage(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, 'signals-overview-en.png') });
    await openSlide(page, /^Signals/);
    expect(await signalsText(page)).toContain(
      'Running cases in the region is 159 on 1 August 2024: above its recent range (135 to 139; median 137',
    );
    expect(await dutchOnPage(page)).toEqual([]);
    await openView(page, dashboard.url('/rapport'));
    expect(await signalsText(page)).toContain('Goal “Max 150” is 159 on 1 August 2024: in its at-risk band');
    expect(await dutchOnPage(page)).toEqual([]);
    expect(dashboard.errors).toEqual([]);
  });

  test('at 320 px the overview’s signals fit the width', async () => {
    const page = dashboard.page;
    await page.setViewportSize({ width: 320, height: 640 });
    await openView(page, dashboard.url('/'));
    await signalsText(page);
    const box = await page.getByTestId('signals').boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByTestId('signals').screenshot({ path: join(screenshotDir, 'signals-overzicht-320.png') });
  });
});
