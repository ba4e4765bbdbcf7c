/**
 * Explanations of figures (issue 18) in a real browser against the real server: a ZVH user adds one
 * to the region's running cases on Casuïstiek; it shows as a numbered marker on the trend chart
 * (its text in the point's name, reached by keyboard), in the chart's table, on the caseload slide
 * and in the report. A GEMEENTE user writes for its own municipality only. In English, at 320 px,
 * in print, and without serious accessibility violations. The tests build on each other.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, dutchOnPage, seriousViolations } from './checks.js';
import { addDomainCountAndUsers, TEST_PASSWORD } from './fixtures.js';
import { eventually, loginRequest, normalize, openView, screenshotDir, useDashboard } from './harness.js';

const dashboard = useDashboard({ loggedIn: false });

beforeAll(() => addDomainCountAndUsers(dashboard), 60_000);

const TEXT = 'Campagne ZVH: 52 meldingen erbij.';

/** A page logged in as `username`, in `lang`, at `width` × 720. */
async function pageOf(username: string, lang: 'nl' | 'en' = 'nl', width = 1280): Promise<Page> {
  const context = await dashboard.browser.newContext({ viewport: { width, height: 720 }, locale: 'nl-NL' });
  await loginRequest(context.request, dashboard.baseUrl, username, TEST_PASSWORD);
  await context.addCookies([{ name: 'zv_lang', value: lang, url: dashboard.baseUrl }]);
  await context.addInitScript((language) => localStorage.setItem('zv-lang', language), lang);
  return context.newPage();
}

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
      expect(text).toContain(`1 1 June 2024 · Running cases · region ${TEXT}`);
      await eventually(async () => expect(await page.locator('[aria-label*="Explanation 1:"]').count()).toBe(1));
      expect(await dutchOnPage(page)).toEqual([]);
      expect(describeViolations(await seriousViolations(page))).toBe('');
    } finally {
      await page.context().close();
    }
  });
});
