/**
 * Explanations of figures (issue 18) in a real browser against the real server: a ZVH user adds one
 * to the region's running cases on Casuïstiek; it shows as a numbered marker on the trend chart
 * (its text in the point's name, reached by keyboard), in the chart's table, on the caseload slide
 * and in the report. A GEMEENTE user writes for its own municipality only. In English, at 320 px,
 * in print, and without serious accessibility violations. The tests build on each other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, dutchOnPage, seriousViolations } from './checks.js';
import { addDomainCountAndUsers, pageAs } from './fixtures.js';
import { eventually, normalize, openView, screenshotDir, useDashboard } from './harness.js';

const dashboard = useDashboard({ loggedIn: false });

beforeAll(() => addDomainCountAndUsers(dashboard), 60_000);

const TEXT = 'Campagne ZVH: 52 meldingen erbij.';
/** On the region's count of "Ernstig huiselijk geweld" at 1 June 2024. */
const DOMAIN_TEXT = 'Meldcode aangescherpt: 61 meldingen.';

/** The chart section whose heading matches `heading`. */
function chartSection(page: Page, heading: RegExp | string) {
  return page.locator('section.zv-chart', { has: page.getByRole('heading', { name: heading }) }).first();
}

/** A page logged in as `username`, in `lang`, at `width` × 720. */
const pageOf = (username: string, lang: 'nl' | 'en' = 'nl', width = 1280) => pageAs(dashboard, username, lang, width);

async function panelText(page: Page): Promise<string> {
  const panel = page.locator('.zv-explanations').first();
  await panel.waitFor({ state: 'visible', timeout: 15_000 });
  return normalize(await panel.innerText());
}

describe('Toelichtingen', () => {
  test('a ZVH user adds one by keyboard on Casuïstiek: listed, a numbered marker on the trend, its text in the point and the table', async () => {
    const page = await pageOf('zvh');
    try {
      await openView(page, dashboard.url('/casuistiek'));
      expect(await panelText(page)).toContain('Er is nog geen toelichting bij deze cijfers.');
      const form = page.locator('.zv-explanations__form');
      await form.getByLabel('Bij peildatum').focus();
      expect(await form.getByLabel('Bij peildatum').inputValue()).toBe('2024-06-01');
      await form.getByLabel('Cijfer').selectOption('RUNNING_CASES');
      await form.getByLabel('Toelichting', { exact: true }).focus();
      await page.keyboard.type(TEXT);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Toelichting toevoegen');
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await panelText(page)).toContain(`1 1 juni 2024 · Lopende casussen · regio ${TEXT}`));
      expect(normalize(await page.getByRole('status').filter({ hasText: 'toegevoegd' }).innerText())).toBe('De toelichting is toegevoegd.');

      // The trend: a marker "1" at the count date, and the point's name carries the text.
      const trend = page
        .locator('section.zv-chart', { has: page.getByRole('heading', { name: 'Lopende casussen in de regio per peildatum' }) })
        .first();
      const marker = page.locator('.chart-explanation-marker');
      await eventually(async () => expect(await marker.count()).toBe(1));
      expect(normalize(await marker.textContent())).toBe('1');
      const point = page.locator('[aria-label*="Toelichting 1:"]');
      await point.focus();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain(`Toelichting 1: ${TEXT}`);

      // The chart's table: a column with the explanation.
      const toggle = trend.getByRole('button', { name: 'Tabel tonen' });
      await toggle.focus();
      await page.keyboard.press('Enter');
      const table = trend.getByRole('table');
      await table.waitFor({ state: 'visible' });
      expect(normalize(await table.innerText())).toContain(`Toelichting`);
      expect(normalize(await table.innerText())).toContain(`[1] ${TEXT}`);
      await page.screenshot({ path: join(screenshotDir, 'explanations-casuistiek.png'), fullPage: true });
      expect(describeViolations(await seriousViolations(page))).toBe('');
      await page.setViewportSize({ width: 320, height: 720 });
      await openView(page, dashboard.url('/casuistiek'));
      await panelText(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.locator('.zv-explanations').screenshot({ path: join(screenshotDir, 'explanations-320.png') });
    } finally {
      await page.context().close();
    }
  });

  test('a ZVH user explains a count per knowledge domain by keyboard: a numbered marker on its bar, its text in the bar and the table, not on the trend', async () => {
    const page = await pageOf('zvh');
    try {
      await openView(page, dashboard.url('/casuistiek'));
      await panelText(page);
      const form = page.locator('.zv-explanations__form');
      const figure = form.getByLabel('Cijfer');
      // Offered once the count of this date is known to be broken down by domain.
      await eventually(async () => expect(await figure.locator('option[value="CASES_PER_DOMAIN"]').count()).toBe(1));
      expect(await form.getByLabel('Kennisdomein').count()).toBe(0);
      await figure.focus();
      await page.keyboard.press('End');
      expect(await figure.inputValue()).toBe('CASES_PER_DOMAIN');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe(
        await form.getByLabel('Kennisdomein').getAttribute('id'),
      );
      // Down the list of domains (the source's order) to Ernstig huiselijk geweld.
      for (let i = 0; i < 8 && (await form.getByLabel('Kennisdomein').inputValue()) !== 'huiselijk-geweld'; i++) {
        await page.keyboard.press('ArrowDown');
      }
      expect(await form.getByLabel('Kennisdomein').inputValue()).toBe('huiselijk-geweld');
      expect(
        await form
          .getByLabel('Kennisdomein')
          .locator('option')
          .evaluateAll((os) => os.every((o) => o.getAttribute('lang') === 'nl')),
      ).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.type(DOMAIN_TEXT);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Toelichting toevoegen');
      await page.keyboard.press('Enter');
      // Numbered with the others of the view: the same date, "Casussen per kennisdomein" before "Lopende casussen".
      await eventually(async () =>
        expect(await panelText(page)).toContain(
          `1 1 juni 2024 · Casussen per kennisdomein · regio · Ernstig huiselijk geweld ${DOMAIN_TEXT}`,
        ),
      );
      expect(await panelText(page)).toContain(`2 1 juni 2024 · Lopende casussen · regio ${TEXT}`);
      expect(
        await page.locator('.zv-explanations__place span[lang="nl"]', { hasText: 'Ernstig huiselijk geweld' }).count(),
      ).toBeGreaterThan(0);

      // The domain chart: marker "1" on the bar of Ernstig huiselijk geweld, its text in the bar's name.
      const domains = chartSection(page, /^Casussen per kennisdomein, 1 juni 2024/);
      await eventually(async () => expect(await domains.locator('.chart-explanation-marker').allTextContents()).toEqual(['1']));
      const bar = domains.locator('[aria-label*="Toelichting 1:"]');
      await bar.focus();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        `Ernstig huiselijk geweld 61. Toelichting 1: ${DOMAIN_TEXT}`,
      );
      // The trend keeps only its own: marker "2".
      const trend = chartSection(page, 'Lopende casussen in de regio per peildatum');
      expect(await trend.locator('.chart-explanation-marker').allTextContents()).toEqual(['2']);

      // The table and the CSV: a column with the explanation on the domain's row.
      await domains.getByRole('button', { name: 'Tabel tonen' }).focus();
      await page.keyboard.press('Enter');
      const table = domains.getByRole('table');
      await table.waitFor({ state: 'visible' });
      expect(normalize(await table.getByRole('columnheader').last().innerText())).toBe('Toelichting');
      expect(normalize(await table.getByRole('row', { name: /Ernstig huiselijk geweld/ }).innerText())).toContain(`[1] ${DOMAIN_TEXT}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        domains.getByRole('button', { name: 'CSV downloaden' }).click(),
      ]);
      const csv = readFileSync(await download.path()).toString('utf8');
      expect(csv).toContain('Toelichting');
      expect(csv.split(/\r?\n/).find((line) => line.startsWith('Ernstig huiselijk geweld'))).toContain(`[1] ${DOMAIN_TEXT}`);
      await domains.screenshot({ path: join(screenshotDir, 'explanations-domain-chart.png') });
      expect(describeViolations(await seriousViolations(page))).toBe('');

      // At 320 px the form with the domain select (long Dutch names) stays within the screen.
      await page.setViewportSize({ width: 320, height: 720 });
      await form.getByLabel('Cijfer').selectOption('CASES_PER_DOMAIN');
      await form.getByLabel('Kennisdomein').waitFor({ state: 'visible' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await form.screenshot({ path: join(screenshotDir, 'explanations-domain-form-320.png') });
    } finally {
      await page.context().close();
    }
  });

  test('it is on the caseload slide in projector-sized type, and in the report (also in print)', async () => {
    const page = await pageOf('bestuurder');
    try {
      await openView(page, dashboard.url('/presentatie'));
      for (let i = 0; i < 12 && !/^Casuïstiek/.test(normalize(await page.locator('h1').first().innerText())); i++) {
        const h1 = normalize(await page.locator('h1').first().innerText());
        await page.keyboard.press('PageDown');
        await eventually(async () => expect(normalize(await page.locator('h1').first().innerText())).not.toBe(h1));
      }
      const slideList = page.locator('.zv-slide__explanations');
      await slideList.waitFor({ state: 'visible' });
      expect(normalize(await slideList.innerText())).toContain(TEXT);
      const size = await slideList.evaluate((list) => Number.parseFloat(getComputedStyle(list).fontSize));
      expect(size).toBeGreaterThanOrEqual(16);
      expect(await page.locator('.zv-slide').evaluate((s) => s.scrollHeight > s.clientHeight + 1)).toBe(false);
      expect(await page.locator('.chart-explanation-marker').count()).toBe(1);
      await page.screenshot({ path: join(screenshotDir, 'explanations-presentatie.png') });
      expect(describeViolations(await seriousViolations(page))).toBe('');

      await openView(page, dashboard.url('/rapport'));
      const section = page.locator('section', { has: page.getByRole('heading', { name: 'Toelichtingen bij de cijfers' }) });
      await section.waitFor({ state: 'visible' });
      expect(normalize(await section.innerText())).toContain(TEXT);
      await page.emulateMedia({ media: 'print' });
      await section.screenshot({ path: join(screenshotDir, 'explanations-rapport-print.png') });
      expect(describeViolations(await seriousViolations(page))).toBe('');
    } finally {
      await page.context().close();
    }
  });

  test('a GEMEENTE user writes for its own municipality only', async () => {
    const page = await pageOf('purmerend');
    try {
      await openView(page, dashboard.url('/gemeente/GM0479'));
      expect(await panelText(page)).toContain('Toelichtingen bij de cijfers van Zaanstad');
      expect(await page.locator('.zv-explanations__form').count()).toBe(0);
      const refused = await page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query:
              'mutation { addExplanation(input: { peildatum: "2024-06-01", figure: "RUNNING_CASES", municipalityCode: "GM0479", text: "x" }) { id } }',
          }),
        });
        return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      await openView(page, dashboard.url('/gemeente/GM0439'));
      const form = page.locator('.zv-explanations__form');
      await form.waitFor({ state: 'visible' });
      await form.getByLabel('Cijfer').selectOption('CASES_PER_10K');
      await form.getByLabel('Toelichting', { exact: true }).fill('Nieuwe wijkaanpak in Purmerend.');
      await form.getByRole('button', { name: 'Toelichting toevoegen' }).click();
      await eventually(async () =>
        expect(await panelText(page)).toContain('Casussen per 10.000 inwoners · Purmerend Nieuwe wijkaanpak in Purmerend.'),
      );
      expect(describeViolations(await seriousViolations(page))).toBe('');
      await page.screenshot({ path: join(screenshotDir, 'explanations-gemeente.png'), fullPage: true });

      // Someone else changes it while this user edits: the edit is refused, nothing is overwritten.
      await page.getByRole('button', { name: 'Toelichting 1 wijzigen' }).click();
      const elsewhere = await page.evaluate(async () => {
        const ask = async (query: string, variables: Record<string, unknown>) =>
          (await (
            await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query, variables }),
            })
          ).json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        const list = await ask('query { explanations(municipalityCode: "GM0439") { id version } }', {});
        const [first] = (list.data?.['explanations'] as { id: string; version: number }[]) ?? [];
        return ask('mutation ($id: ID!) { updateExplanation(id: $id, version: 1, text: "Tegelijk gewijzigd.") { version } }', {
          id: first?.id,
        });
      });
      expect(elsewhere.errors).toBeUndefined();
      await page.getByLabel('Toelichting 1 wijzigen').fill('Mijn versie.');
      await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await eventually(async () => expect(await panelText(page)).toContain('Tegelijk gewijzigd.'));
      expect(await panelText(page)).not.toContain('Mijn versie.');
      expect(await panelText(page)).toContain('Iemand anders heeft deze toelichting intussen gewijzigd of verwijderd.');

      // Then it is removed, after a confirmation.
      await page.getByRole('button', { name: 'Toelichting 1 verwijderen' }).click();
      await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await eventually(async () => expect(await panelText(page)).toContain('De toelichting is verwijderd.'));
      expect(await panelText(page)).toContain('Er is nog geen toelichting bij deze cijfers.');
    } finally {
      await page.context().close();
    }
  });

  test('in English: no Dutch beyond the text someone wrote', async () => {
    // (Purmerend's own explanation was removed above; the region's stays.)
    const page = await pageOf('zvh', 'en');
    try {
      await openView(page, dashboard.url('/casuistiek'));
      await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe('en'));
      const text = await panelText(page);
      expect(text).toContain('Explanations of the figures');
      expect(text).toContain(`1 1 June 2024 · Cases per knowledge domain · region · Ernstig huiselijk geweld ${DOMAIN_TEXT}`);
      expect(text).toContain(`2 1 June 2024 · Running cases · region ${TEXT}`);
      await eventually(async () => expect(await page.locator('[aria-label*="Explanation 2:"]').count()).toBe(1));
      const domains = chartSection(page, /^Cases per knowledge domain, 1 June 2024/);
      expect(await domains.locator('[aria-label*="Explanation 1:"]').getAttribute('aria-label')).toBe(
        `Ernstig huiselijk geweld 61. Explanation 1: ${DOMAIN_TEXT}`,
      );
      await domains.getByRole('button', { name: 'Show table' }).click();
      expect(normalize(await domains.getByRole('table').innerText())).toContain(`[1] ${DOMAIN_TEXT}`);
      const form = page.locator('.zv-explanations__form');
      await form.getByLabel('Figure').selectOption('CASES_PER_DOMAIN');
      expect(normalize(await form.innerText())).toContain('Knowledge domain');
      expect(await dutchOnPage(page)).toEqual([]);
      expect(describeViolations(await seriousViolations(page))).toBe('');
    } finally {
      await page.context().close();
    }
  });

  test("one on a count per domain hidden from a role reaches neither that role's chart nor its list", async () => {
    // Purmerend's CTER count (1 case) is hidden from the bestuurder; Purmerend sees its own row.
    const zvh = await pageOf('zvh');
    try {
      const answer = await zvh.request.post(dashboard.url('/graphql'), {
        data: {
          query: 'mutation ($input: ExplanationInput!) { addExplanation(input: $input) { id } }',
          variables: {
            input: {
              peildatum: '2024-06-01',
              figure: 'CASES_PER_DOMAIN',
              municipalityCode: 'GM0439',
              domainCode: 'cter',
              text: 'Eén zaak, opgelost.',
            },
          },
        },
      });
      expect(((await answer.json()) as { errors?: unknown[] }).errors).toBeUndefined();
    } finally {
      await zvh.context().close();
    }
    const domainsOf = (page: Page) => chartSection(page, /^Casussen in Purmerend per kennisdomein/);

    const own = await pageOf('purmerend');
    try {
      await openView(own, dashboard.url('/gemeente/GM0439'));
      await eventually(async () => expect(await panelText(own)).toContain('Eén zaak, opgelost.'));
      await eventually(async () => expect(await domainsOf(own).locator('.chart-explanation-marker').count()).toBe(1));
      expect(await domainsOf(own).locator('[aria-label*="Eén zaak, opgelost."]').count()).toBe(1);
    } finally {
      await own.context().close();
    }

    const board = await pageOf('bestuurder');
    try {
      await openView(board, dashboard.url('/gemeente/GM0439'));
      await panelText(board);
      await domainsOf(board).waitFor({ state: 'visible' });
      expect(normalize(await domainsOf(board).innerText())).toContain('afgeschermd');
      expect(await board.locator('.chart-explanation-marker').count()).toBe(0);
      expect(await board.locator('body').innerText()).not.toContain('Eén zaak');
      expect(await board.locator('[aria-label*="Eén zaak"]').count()).toBe(0);
    } finally {
      await board.context().close();
    }
  });

  test('the caseload slide lists as many as fit at 1280 × 720, the latest first, and says how many more the report has', async () => {
    // More of the region's figures, at every count date of the trend.
    const zvh = await pageOf('zvh');
    let added = 0;
    try {
      const ask = async (query: string, variables: Record<string, unknown> = {}) =>
        (await (await zvh.request.post(dashboard.url('/graphql'), { data: { query, variables } })).json()) as {
          data?: { caseloadSnapshots?: { peildatum: string }[] };
          errors?: unknown[];
        };
      const dates = (await ask('query { caseloadSnapshots { peildatum } }')).data!.caseloadSnapshots!.map((s) => s.peildatum);
      const figures = ['CASES_CHANGE', 'CASES_PER_10K', 'UNSPECIFIED_CASES'];
      for (const peildatum of dates.slice(-4)) {
        for (const figure of figures) {
          if (added === 10) break;
          added++;
          const answer = await ask('mutation ($input: ExplanationInput!) { addExplanation(input: $input) { id } }', {
            input: {
              peildatum,
              figure,
              text: `Note ${added}: a longer sentence about what changed at this count, so that it takes two lines on a slide.`,
            },
          });
          expect(answer.errors).toBeUndefined();
        }
      }
      expect(added).toBeGreaterThanOrEqual(8);
    } finally {
      await zvh.context().close();
    }

    for (const lang of ['nl', 'en'] as const) {
      const page = await pageOf('bestuurder', lang);
      try {
        await openView(page, dashboard.url('/presentatie'));
        const caseload = lang === 'nl' ? /^Casuïstiek/ : /^Cases/;
        for (let i = 0; i < 12 && !caseload.test(normalize(await page.locator('h1').first().innerText())); i++) {
          const h1 = normalize(await page.locator('h1').first().innerText());
          await page.keyboard.press('PageDown');
          await eventually(async () => expect(normalize(await page.locator('h1').first().innerText())).not.toBe(h1));
        }
        const more = page.locator('.zv-slide__explanations-more');
        await more.waitFor({ state: 'visible' });
        const items = page.locator('.zv-slide__explanations .zv-explanations__item');
        const shown = await items.count();
        expect(shown).toBeGreaterThanOrEqual(1);
        // The region's running cases and those above, not the one per domain.
        const left = 1 + added - shown;
        expect(normalize(await more.innerText())).toBe(
          lang === 'nl' ? `En nog ${left} in het rapport.` : `And ${left} more in the report.`,
        );
        // The latest first: numbers (oldest first) count down.
        const numbers = await items.evaluateAll((lis) => lis.map((li) => (li as HTMLLIElement).value));
        expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
        expect(numbers[0]).toBe(1 + added);
        // Nothing cut off, nothing to scroll, at the slides' type size.
        expect(await page.locator('.zv-slide').evaluate((slide) => slide.scrollHeight > slide.clientHeight + 1)).toBe(false);
        const box = page.locator('.zv-slide__explanations-box');
        expect(await box.evaluate((b) => b.scrollHeight > b.clientHeight + 1)).toBe(false);
        const size = await items.first().evaluate((li) => Number.parseFloat(getComputedStyle(li).fontSize));
        expect(size).toBeGreaterThanOrEqual(16);
        if (lang === 'en') expect(await dutchOnPage(page)).toEqual([]);
        await page.screenshot({ path: join(screenshotDir, `explanations-presentatie-vol-${lang}.png`) });
        expect(describeViolations(await seriousViolations(page))).toBe('');
      } finally {
        await page.context().close();
      }
    }
  });
});
