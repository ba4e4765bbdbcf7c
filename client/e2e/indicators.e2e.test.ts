/**
 * Defined indicators in a real browser: from a chart's "Over dit cijfer" to its definition, the
 * list of every figure, English, the keyboard only, axe, and screenshots at 1280 and 320 px.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeViolations, dutchOnPage, seriousViolations } from './checks.js';
import { eventually, h1Texts, mainText, normalize, openView, screenshotDir, useDashboard } from './harness.js';

const dashboard = useDashboard();

async function screenshot(name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await dashboard.page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

describe('about the figures', () => {
  test('a chart\'s "Over dit cijfer" opens the definition of its figure, with its source and last update from the data', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const chart = page.locator('section.zv-chart').filter({ has: page.getByRole('heading', { name: /^Lopende casussen per gemeente/ }) });
    const link = chart.getByRole('link', { name: 'Over dit cijfer' });
    expect(await link.getAttribute('href')).toBe('/cijfers/RUNNING_CASES');
    await link.click();
    await page.waitForURL('**/cijfers/RUNNING_CASES');
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Lopende casussen']));
    const text = await mainText(page);
    expect(text).toContain('Wat het telt');
    expect(text).toContain('Raadsinformatiebrief');
    // Source 003 holds both counts as two rows; the page names the document and section once.
    expect(await page.locator('.zv-indicator__sources li').count()).toBe(1);
    expect(text).toContain('peildatum 1 februari 2023');
    expect(text).toMatch(/Volgende bijwerking\s*Niet bekend/);
    expect(text).toMatch(/Voorlopig of definitief\s*Definitief/);
    await screenshot('cijfers-RUNNING_CASES-1280');
    expect(dashboard.errors).toEqual([]);
  });

  test('every tile of the overview and every chart on it links to a definition that exists', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    const hrefs = await page.locator('main a.zv-about-figure').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    // Three figure tiles, the attention tile, three small charts.
    expect(hrefs.length).toBeGreaterThanOrEqual(7);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/cijfers/RUNNING_CASES',
        '/cijfers/CASES_PER_10K',
        '/cijfers/CONTRIBUTIONS_TOTAL',
        '/cijfers/GOALS_BY_STATUS',
      ]),
    );
    await screenshot('overzicht-with-about-links-1280');
    await openView(page, dashboard.url('/cijfers'));
    for (const href of new Set(hrefs)) {
      const code = href.replace('/cijfers/', '');
      expect(await page.locator(`#cijfer-${code}`).count()).toBe(1);
    }
  });

  test('every defined figure is reached from a screen that shows it', async () => {
    const page = dashboard.page;
    const linked = new Set<string>();
    for (const view of ['/', '/casuistiek', '/financien', '/prioriteiten', '/doelen', '/gemeente/GM0479']) {
      await openView(page, dashboard.url(view));
      // Sections loaded after the page (the knowledge domains on Casuïstiek) too.
      await page.waitForLoadState('networkidle');
      const hrefs = await page.locator('main a[href^="/cijfers/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) linked.add(href.replace('/cijfers/', ''));
    }
    await openView(page, dashboard.url('/cijfers'));
    const defined = await page
      .locator('main section.zv-indicator h2')
      .evaluateAll((headings) => headings.map((h) => h.id.replace('cijfer-', '')));
    expect(defined.length).toBeGreaterThanOrEqual(16);
    expect(defined.filter((code) => !linked.has(code))).toEqual([]);
  });

  test('lists every figure with its definition, reached from the footer; with one heading each and a definition list', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/financien'));
    await page.getByRole('contentinfo').getByRole('link', { name: 'Over de cijfers' }).click();
    await page.waitForURL('**/cijfers');
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Over de cijfers']));
    const headings = (await page.locator('main section.zv-indicator h2').allInnerTexts()).map(normalize);
    expect(headings).toEqual(
      expect.arrayContaining(['Lopende casussen', 'Casussen per 10.000 inwoners', 'Bijdrage per inwoner', 'Capaciteit kernteam']),
    );
    // 16 of issue 18's first part, the comparison's 2 and the flows' 4; every one with its list.
    expect(headings.length).toBeGreaterThanOrEqual(22);
    expect(await page.locator('main dl.zv-indicator__list').count()).toBe(headings.length);
    const text = await mainText(page);
    expect(text).toContain('lopende casussen ÷ inwoners op 1 januari van het jaar van de peildatum × 10.000');
    expect(text).toContain('jaar 2024');
    const violations = await seriousViolations(page);
    expect(describeViolations(violations)).toBe('');
    await screenshot('cijfers-1280');
    await page.screenshot({ path: join(screenshotDir, 'cijfers-top-1280.png') });
    await page
      .locator('section.zv-indicator')
      .filter({ has: page.locator('#cijfer-CASES_PER_10K') })
      .screenshot({ path: join(screenshotDir, 'cijfers-section-1280.png') });
  });

  test('is rendered on the server: the definition is there before any JavaScript runs', async () => {
    const session = await dashboard.page.context().storageState();
    const context = await dashboard.browser.newContext({ javaScriptEnabled: false, storageState: session });
    try {
      const page = await context.newPage();
      await page.goto(dashboard.url('/cijfers/CASES_PER_10K'));
      expect((await page.locator('h1').allInnerTexts()).map(normalize)).toEqual(['Casussen per 10.000 inwoners']);
      expect(normalize(await page.locator('main').innerText())).toContain('peildatum 1 februari 2023');
    } finally {
      await context.close();
    }
  });

  test('an unknown code says so and leads back to the list', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/cijfers/GEEN_CIJFER'));
    expect(await mainText(page)).toContain('Er is geen cijfer met de code "GEEN_CIJFER".');
    await page.getByRole('link', { name: /Alle cijfers/ }).click();
    await page.waitForURL('**/cijfers');
  });

  test('works with the keyboard only: Tab to "Over dit cijfer" on a chart, Enter opens the definition', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/financien'));
    let reached = false;
    for (let presses = 0; presses < 120 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () =>
          document.activeElement?.classList.contains('zv-about-figure') === true &&
          document.activeElement.getAttribute('href') === '/cijfers/CONTRIBUTIONS',
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cijfers/CONTRIBUTIONS');
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Gemeentelijke bijdragen']));
    expect(await mainText(page)).toMatch(/Voorlopig of definitief\s*Voorlopig/);
  });

  test('in English: no Dutch outside the sources, and fits a 320 px wide screen', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/cijfers'));
    await page.evaluate(() => localStorage.setItem('zv-lang', 'en'));
    await openView(page, dashboard.url('/cijfers'));
    await eventually(async () => expect(await h1Texts(page)).toEqual(['About the figures']));
    expect(await dutchOnPage(page)).toEqual([]);
    expect(await mainText(page)).toContain('running cases ÷ inhabitants on 1 January of the year of the count date × 10,000');
    await screenshot('cijfers-en-1280');
    await page.setViewportSize({ width: 320, height: 720 });
    await openView(page, dashboard.url('/cijfers/CASES_PER_10K'));
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Cases per 10,000 inhabitants']));
    expect(await dutchOnPage(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot('cijfers-CASES_PER_10K-en-320');
    await page.screenshot({ path: join(screenshotDir, 'cijfers-CASES_PER_10K-en-320-top.png') });
    await page.setViewportSize({ width: 320, height: 720 });
    await openView(page, dashboard.url('/casuistiek'));
    await screenshot('casuistiek-en-320');
  });
});
