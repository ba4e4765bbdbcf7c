/**
 * The national comparison (decision 0022) in a real browser, on a database holding the real region
 * and seven made-up ones ("Testregio A" … "G", one made-up municipality each, a source saying the
 * figures are invented). Every expected figure below is worked out by hand from these numbers.
 *
 * Zaanstreek-Waterland (the real seed) on 1-2-2023: 96 cases, 340.557 inhabitants → 2,82 per 10.000.
 *
 *   region        inhabitants  cases  count date   per 10.000  |inhabitants − 340.557|
 *   Testregio A       351.114    105   1-1-2023     2,99        10.557  (tie with B: A first by code)
 *   Testregio B       330.000     66   1-1-2023     2,00        10.557
 *   Testregio C       310.000     31   1-1-2023     1,00        30.557
 *   Testregio D       380.000     95   1-6-2022     2,50        39.443
 *   Testregio E       200.000     80   1-1-2023     4,00       140.557
 *   Testregio F        88.329     27   1-1-2023     3,06       252.228
 *   Testregio G       340.000    340   1-12-2021   10,00           557  (left out: 14 months before 1-2-2023)
 *
 * National average, weighted by inhabitants, over the 7 regions compared (G left out):
 *   (96 + 105 + 66 + 31 + 95 + 80 + 27) / (340.557 + 351.114 + 330.000 + 310.000 + 380.000 + 200.000 + 88.329) × 10.000
 *   = 500 / 2.000.000 × 10.000 = 2,5; Zaanstreek-Waterland 2,82 / 2,5 − 1 = 12,8 % → "13% meer dan".
 * Wrong ways give other figures: the mean of the seven rates 2,6; with G 3,6; without the region itself 2,4.
 * The four most like it by inhabitants: A, B (tie, by code), C, D — not G (left out), E or F.
 */
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import type { SeedSource } from '@zv/seed';
import { describeViolations, dutchOnPage, openAllTables, seriousViolations } from './checks.js';
import { addRoleUsers, madeUpRegion, pageAs } from './fixtures.js';
import { eventually, normalize, openView, screenshotDir, useDashboard } from './harness.js';

const source: SeedSource = {
  document: "Testgegevens landelijke vergelijking (verzonnen regio's)",
  section: null,
  note: "Verzonnen regio's, gemeenten en aantallen voor de browsertest van de landelijke vergelijking",
  title: null,
  url: null,
};

/** [letter, inhabitants, cases, count date]: see the table above. */
const MADE_UP: readonly [string, number, number, string][] = [
  ['A', 351_114, 105, '2023-01-01'],
  ['B', 330_000, 66, '2023-01-01'],
  ['C', 310_000, 31, '2023-01-01'],
  ['D', 380_000, 95, '2022-06-01'],
  ['E', 200_000, 80, '2023-01-01'],
  ['F', 88_329, 27, '2023-01-01'],
  ['G', 340_000, 340, '2021-12-01'],
];

const dashboard = useDashboard({
  loggedIn: false,
  otherRegions: MADE_UP.map(([letter, inhabitants, cases, peildatum], i) =>
    madeUpRegion({ letter, inhabitants, cases, peildatum }, i, source),
  ),
});

beforeAll(() => addRoleUsers(dashboard), 60_000);

/** A page logged in as `username`, in `lang`, at `width` × 720. */
const pageOf = (username: string, lang: 'nl' | 'en' = 'nl', width = 1280) => pageAs(dashboard, username, lang, width);

/** The national comparison's frame on a municipality page (it is there for the region roles only). */
function nationalFrame(page: Page) {
  return page.locator('section.zv-national');
}

/** The rows of the frame's table, cells whitespace-collapsed. */
async function tableRows(page: Page): Promise<string[][]> {
  return nationalFrame(page)
    .getByRole('table')
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim()),
      ),
    );
}

/** aria-labels of the chart's marks, in order. */
async function markLabels(page: Page): Promise<string[]> {
  return nationalFrame(page)
    .locator('.zv-chart__body [aria-label][tabindex="0"]')
    .evaluateAll((marks) => marks.map((m) => (m.getAttribute('aria-label') ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim()));
}

describe('Landelijke vergelijking met meer regio’s in de database', () => {
  test('a BESTUURDER sees the weighted national average of 2,5 and the four regions nearest in inhabitants: sentence, chart and table', async () => {
    const page = await pageOf('bestuurder');
    try {
      await openView(page, dashboard.url('/gemeente/GM0479'));
      const frame = nationalFrame(page);
      await frame.waitFor({ state: 'visible', timeout: 15_000 });
      expect(normalize(await frame.getByRole('heading', { level: 2 }).innerText())).toBe(
        "Casussen per 10.000 inwoners: Zaanstreek-Waterland, het landelijke gemiddelde en vergelijkbare regio's",
      );
      // The sentences: the weighted average, then the four nearest in inhabitants by name (closest first, the tie by code).
      expect(normalize(await frame.locator('.zv-chart__summary').innerText())).toBe(
        "Zaanstreek-Waterland heeft 2,8 casussen per 10.000 inwoners, 13% meer dan het landelijke gemiddelde van 2,5 (gewogen naar inwoners, 7 regio's). " +
          "De 4 regio's met het meest vergelijkbare inwonertal: Testregio A met 3,0, Testregio B met 2,0, Testregio C met 1,0 en Testregio D met 2,5 casussen per 10.000 inwoners.",
      );
      // The basis: G's count is older than 12 months, so it is counted as left out, and named with its count date and why.
      const basis = normalize(await frame.locator('.zv-source').innerText());
      expect(basis).toContain('1 regio zonder die gegevens telde niet mee.');
      expect(basis).toMatch(
        /Alleen totalen per regio\. Niet meegeteld: Testregio G \(laatste telling 1 december 2021, ouder dan 12 maanden\)\.$/,
      );
      // Its name is a Dutch proper name, marked as such (for a screen reader in English).
      expect(await frame.locator('.zv-source [lang="nl"]', { hasText: 'Testregio G' }).count()).toBe(1);

      // The chart: the region and the four nearest, highest first, and the average apart.
      expect(await markLabels(page)).toEqual([
        'Testregio A: 3,0 casussen per 10.000 inwoners',
        'Zaanstreek-Waterland: 2,8 casussen per 10.000 inwoners',
        'Testregio D: 2,5 casussen per 10.000 inwoners',
        'Testregio B: 2,0 casussen per 10.000 inwoners',
        'Testregio C: 1,0 casussen per 10.000 inwoners',
        'Landelijk gemiddelde: 2,5 casussen per 10.000 inwoners',
      ]);

      // The table, opened by keyboard only: Tab from the top of the page to its button, then Enter.
      await page.locator('body').focus();
      const toggle = frame.getByRole('button', { name: 'Tabel tonen' });
      for (let i = 0; i < 200 && !(await toggle.evaluate((button) => button === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      expect(await toggle.evaluate((button) => button === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await frame.getByRole('table').waitFor({ state: 'visible' });
      expect(await tableRows(page)).toEqual([
        ['Regio', 'Inwoners', 'Peildatum', 'Lopende casussen', 'Per 10.000 inwoners'],
        ['Zaanstreek-Waterland (deze regio)', '340.557', '1 februari 2023', '96', '2,8'],
        ['Testregio A', '351.114', '1 januari 2023', '105', '3,0'],
        ['Testregio B', '330.000', '1 januari 2023', '66', '2,0'],
        ['Testregio C', '310.000', '1 januari 2023', '31', '1,0'],
        ['Testregio D', '380.000', '1 juni 2022', '95', '2,5'],
        ['Landelijk gemiddelde', '', '', '', '2,5'],
      ]);
      expect(normalize(await frame.innerText())).not.toMatch(/Testregio [EF]|Testgemeente/);
      // G, left out, is named in the note only: not in the sentences, the chart or the table.
      const outsideNote = await frame.evaluate((section) => {
        const copy = section.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.zv-source').forEach((note) => note.remove());
        return copy.textContent ?? '';
      });
      expect(outsideNote).not.toContain('Testregio G');

      await openAllTables(page);
      expect(describeViolations(await seriousViolations(page))).toBe('');
      await frame.screenshot({ path: join(screenshotDir, 'national-comparison-1280.png') });
    } finally {
      await page.context().close();
    }
  });

  test('in English it says the same without Dutch, and at 320 px the page does not scroll sideways', async () => {
    const page = await pageOf('bestuurder', 'en', 320);
    try {
      await openView(page, dashboard.url('/gemeente/GM0479'));
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      const frame = nationalFrame(page);
      await frame.waitFor({ state: 'visible', timeout: 15_000 });
      expect(normalize(await frame.locator('.zv-chart__summary').innerText())).toBe(
        'Zaanstreek-Waterland has 2.8 cases per 10,000 inhabitants, 13% more than the national average of 2.5 (weighted by inhabitants, 7 regions). ' +
          'The 4 regions most like it in number of inhabitants: Testregio A with 3.0, Testregio B with 2.0, Testregio C with 1.0 and Testregio D with 2.5 cases per 10,000 inhabitants.',
      );
      expect(await markLabels(page)).toEqual([
        'Testregio A: 3.0 cases per 10,000 inhabitants',
        'Zaanstreek-Waterland: 2.8 cases per 10,000 inhabitants',
        'Testregio D: 2.5 cases per 10,000 inhabitants',
        'Testregio B: 2.0 cases per 10,000 inhabitants',
        'Testregio C: 1.0 cases per 10,000 inhabitants',
        'National average: 2.5 cases per 10,000 inhabitants',
      ]);
      expect(normalize(await frame.locator('.zv-source').innerText())).toMatch(
        /Region totals only\. Not counted: Testregio G \(last count 1 December 2021, more than 12 months old\)\.$/,
      );
      await openAllTables(page, 'Show table');
      expect((await tableRows(page)).at(-1)).toEqual(['National average', '', '', '', '2.5']);
      expect(await dutchOnPage(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const box = await frame.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(320);
      expect(describeViolations(await seriousViolations(page))).toBe('');
      await frame.screenshot({ path: join(screenshotDir, 'national-comparison-320-en.png') });
    } finally {
      await page.context().close();
    }
  });

  test('a GEMEENTE user is shown no national comparison, and nothing of another region reaches its browser', async () => {
    const page = await pageOf('purmerend');
    const answers: Promise<string>[] = [];
    // What the server answered with data: its pages (rendered on the server, with their state) and the API's answers; not the scripts.
    const keep = (response: Response) => {
      if (/json|html/.test(response.headers()['content-type'] ?? '')) answers.push(response.text().catch(() => ''));
    };
    page.on('response', keep);
    try {
      for (const path of ['/', '/gemeente/GM0439', '/gemeente/GM0479', '/gemeente/GM0439/factsheet', '/cijfers']) {
        await openView(page, dashboard.url(path));
        await openAllTables(page);
        const text = normalize(await page.locator('body').innerText());
        expect({ path, text }).toEqual({ path, text: expect.not.stringMatching(/Testregio|Testgemeente|GM99\d\d/) });
        // The definitions on /cijfers describe every figure of the dashboard; a page of data says nothing of a national comparison.
        if (path !== '/cijfers') expect({ path, text }).toEqual({ path, text: expect.not.stringMatching(/landelijk|andere regio/i) });
        expect(await nationalFrame(page).count()).toBe(0);
      }
      // On its own municipality's page the comparison with the region is there: the page did render.
      await openView(page, dashboard.url('/gemeente/GM0439'));
      await eventually(async () => expect(normalize(await page.locator('main').innerText())).toContain('Purmerend naast de regio'));
      page.off('response', keep);
      const bodies = await Promise.all(answers);
      expect(bodies.length).toBeGreaterThanOrEqual(5);
      expect(bodies.filter((body) => /testregio|Testgemeente|GM99\d\d|nationalComparison/i.test(body))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
