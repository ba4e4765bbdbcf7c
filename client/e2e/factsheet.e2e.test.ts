/**
 * The comparison with the region on the Gemeente view, and the factsheet per municipality
 * (issue 18, decision 0022) in a real browser against the real server with the real figures:
 * the sentence, table and chart of the comparison; the plain statement that there is no other
 * region to compare with; the factsheet rendered on the server and printed as exactly ONE A4 page
 * for every municipality of the seed, in Dutch and in English; keyboard, 320 px and axe.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, dutchOnPage, seriousViolations } from './checks.js';
import { eventually, normalize, openView, screenshotDir, useDashboard } from './harness.js';

const dashboard = useDashboard();

const MUNICIPALITIES = [
  ['GM0385', 'Edam-Volendam'],
  ['GM0415', 'Landsmeer'],
  ['GM0431', 'Oostzaan'],
  ['GM0439', 'Purmerend'],
  ['GM0852', 'Waterland'],
  ['GM0880', 'Wormerland'],
  ['GM0479', 'Zaanstad'],
] as const;

/** The pages of a PDF: its page objects (/Type /Page, not the /Pages tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function setLanguage(page: Page, lang: 'nl' | 'en'): Promise<void> {
  await openView(page, dashboard.url('/toegankelijkheid'));
  await page.evaluate((value) => localStorage.setItem('zv-lang', value), lang);
}

describe('comparison on the Gemeente view', () => {
  test('sets Zaanstad beside the region in sentences, a chart and a table, reachable by keyboard', async () => {
    const page = dashboard.page;
    await setLanguage(page, 'nl');
    await openView(page, dashboard.url('/gemeente/GM0479'));
    const section = page.locator('.zv-comparison');
    await section.waitFor({ state: 'visible', timeout: 15_000 });
    const text = normalize(await section.innerText());
    expect(text).toContain('Zaanstad naast de regio, 1 februari 2023 (regio = 100)');
    // 45 / 157.166 × 10.000 = 2,86 against 87 / 340.557 × 10.000 = 2,55: 12% more.
    expect(text).toContain('Zaanstad heeft 2,9 casussen per 10.000 inwoners, 12% meer dan de regio (2,6).');
    expect(text).toContain('Zaanstad heeft 51,7% van de casussen en 46,1% van de inwoners van de regio');
    expect(text).toContain('De telling van januari 2022 is niet per gemeente uitgesplitst');
    expect(text).toContain('Basis: de 87 casussen die op 1 februari 2023 aan een gemeente zijn toegewezen');
    // The chart's marks carry their value for a screen reader, and are reached with Tab.
    const marks = section.locator('[tabindex="0"][aria-label]');
    expect(await marks.count()).toBe(4);
    expect(normalize(await marks.first().getAttribute('aria-label'))).toBe('Casussen per 10.000 inwoners, Zaanstad: 112 (regio = 100)');
    await marks.first().focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain('Zaanstad: 112');
    // The table behind "Tabel tonen", opened from the keyboard.
    const toggle = section.getByRole('button', { name: 'Tabel tonen' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const table = normalize(await section.locator('table').innerText());
    expect(table).toContain('Casussen per 10.000 inwoners 2,9 2,6 +12% hoger dan de regio');
    expect(table).toContain('Bijdrage per inwoner 2024 € 0,88 € 0,88');
    expect(await section.getByRole('link', { name: /Over dit cijfer/ }).getAttribute('href')).toBe('/cijfers/COMPARISON_WITH_REGION');
    await page.screenshot({ path: join(screenshotDir, 'gemeente-vergelijking.png'), fullPage: true });
    expect(dashboard.errors).toEqual([]);
  });

  test('says plainly that there is no other region to compare with (one region in the database)', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/gemeente/GM0479'));
    const national = page.locator('.zv-national');
    await national.waitFor({ state: 'visible', timeout: 15_000 });
    expect(normalize(await national.innerText())).toContain(
      "Deze database bevat alleen de regio Zaanstreek-Waterland: er zijn geen andere regio's om mee te vergelijken.",
    );
  });

  test('leads to the factsheet, and the factsheet back, by keyboard', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/gemeente/GM0439'));
    await page.getByRole('link', { name: 'Factsheet (A4)' }).focus();
    await page.keyboard.press('Enter');
    await eventually(async () => expect(normalize(await page.locator('h1').first().innerText())).toBe('Factsheet Purmerend'));
    expect(new URL(page.url()).pathname).toBe('/gemeente/GM0439/factsheet');
    await page.getByRole('link', { name: 'Terug naar Purmerend' }).waitFor();
  });
});

describe('factsheet per municipality', () => {
  test('arrives rendered from the server, with its figures before any JavaScript runs', async () => {
    const session = await dashboard.page.context().storageState();
    const context = await dashboard.browser.newContext({ javaScriptEnabled: false, storageState: session });
    try {
      const page = await context.newPage();
      await page.goto(dashboard.url('/gemeente/GM0479/factsheet'));
      expect(normalize(await page.locator('h1').first().innerText())).toBe('Factsheet Zaanstad');
      const main = normalize(await page.locator('main').innerText());
      expect(main).toMatch(/Lopende casussen op 1 februari 2023 45 ?van de 96 in de regio/);
      expect(main).toContain('Zaanstad heeft 2,9 casussen per 10.000 inwoners');
      expect(main).toContain('Toelichtingen');
    } finally {
      await context.close();
    }
  });

  for (const lang of ['nl', 'en'] as const) {
    test(`prints as exactly one A4 page for every municipality of the seed (${lang})`, async () => {
      const page = dashboard.page;
      await setLanguage(page, lang);
      for (const [code, name] of MUNICIPALITIES) {
        await openView(page, dashboard.url(`/gemeente/${code}/factsheet`));
        expect(normalize(await page.locator('h1').first().innerText())).toBe(`Factsheet ${name}`);
        await page.locator('[data-slot="explanations"]').waitFor();
        const pdf = await page.pdf({ format: 'A4' });
        expect({ code, lang, pages: pdfPages(pdf) }).toEqual({ code, lang, pages: 1 });
        if (code === 'GM0479') writeFileSync(join(screenshotDir, `factsheet-${code}-${lang}.pdf`), pdf);
        if (lang === 'en') expect(await dutchOnPage(page)).toEqual([]);
      }
      expect(dashboard.errors).toEqual([]);
    });
  }

  test('carries the municipality’s newest three explanations, of the longest length, and still prints on one A4 page', async () => {
    const page = dashboard.page;
    await setLanguage(page, 'nl');
    await openView(page, dashboard.url('/gemeente/GM0479'));
    // Four explanations of 500 characters, the most the form takes, on Zaanstad's figures.
    const added = await page.evaluate(async () => {
      const keys = [
        ['2022-01-01', 'RUNNING_CASES'],
        ['2023-02-01', 'RUNNING_CASES'],
        ['2023-02-01', 'CASES_PER_10K'],
        ['2023-02-01', 'SHARE_OF_REGION'],
      ];
      const codes: (string | undefined)[] = [];
      for (const [i, [peildatum, figure]] of keys.entries()) {
        const text = `Toelichting ${i + 1}: ${'een lange uitleg van de wijkaanpak '.repeat(20)}`.slice(0, 500);
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation ($input: ExplanationInput!) { addExplanation(input: $input) { id } }',
            variables: { input: { peildatum, figure, municipalityCode: 'GM0479', text } },
          }),
        });
        const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        codes.push(answer.errors?.[0]?.extensions?.code);
      }
      return codes;
    });
    expect(added).toEqual([undefined, undefined, undefined, undefined]);
    await openView(page, dashboard.url('/gemeente/GM0479/factsheet'));
    const slot = page.locator('[data-slot="explanations"]');
    await eventually(async () => expect(await slot.locator('li').count()).toBe(3));
    const text = normalize(await slot.innerText());
    expect(text).toContain('Ingekort; de volledige tekst en nog 1 eerdere toelichting staan op het dashboard.');
    // Newest count date first; the oldest (January 2022) is the one left to the dashboard.
    expect(text).not.toContain('Toelichting 1:');
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(screenshotDir, 'factsheet-GM0479-explanations.pdf'), pdf);
    expect(pdfPages(pdf)).toBe(1);
    expect(dashboard.errors).toEqual([]);
  });

  test('has no serious accessibility violations on screen, in both languages and at 320 px', async () => {
    const page = dashboard.page;
    for (const lang of ['nl', 'en'] as const) {
      await setLanguage(page, lang);
      await openView(page, dashboard.url('/gemeente/GM0479/factsheet'));
      const violations = await seriousViolations(page);
      expect(describeViolations(violations)).toBe('');
    }
    await setLanguage(page, 'nl');
    await page.setViewportSize({ width: 320, height: 720 });
    try {
      await openView(page, dashboard.url('/gemeente/GM0479/factsheet'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.screenshot({ path: join(screenshotDir, 'factsheet-320.png'), fullPage: true });
      await openView(page, dashboard.url('/gemeente/GM0479'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
    await openView(page, dashboard.url('/gemeente/GM0479/factsheet'));
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(screenshotDir, 'factsheet-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });
});
