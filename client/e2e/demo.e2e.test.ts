/**
 * npm run demo (decision 0023): the dashboard on a demonstration database says so everywhere — the
 * login page with its accounts, every view (rendered by the server too), a CSV download, the
 * printed report on every page, the presentation — in both languages; and the signals fire on its
 * 24 counts. The server is the demo command itself (server/dist/cli/demo.js) on its own folder.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { eventually, loginRequest, normalize, openView, repoRoot, screenshotDir, useDashboard } from './harness';
import { pdfPageTexts } from './checks';

const demoDir = mkdtempSync(join(tmpdir(), 'zv-e2e-demo-'));
afterAll(() => rmSync(demoDir, { recursive: true, force: true }));

const dashboard = useDashboard({
  loggedIn: false,
  serverMain: join(repoRoot, 'server', 'dist', 'cli', 'demo.js'),
  serverEnv: async () => ({ ZV_DEMO_DATA_DIR: join(demoDir, 'data-demo') }),
});

async function signIn(page: Page, username = 'demo-zvh', password = 'zvh-medewerker-proberen'): Promise<void> {
  await loginRequest(page.context().request, dashboard.baseUrl, username, password);
}

async function bannerText(page: Page): Promise<string> {
  return normalize(
    await page
      .getByRole('region', { name: /^(Demonstratiegegevens|Demonstration data)$/ })
      .first()
      .innerText(),
  );
}

describe('npm run demo', () => {
  test('the login page says it is a demonstration and lists an account per role; one of them signs in', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    expect(await bannerText(page)).toMatch(/^DEMONSTRATIEGEGEVENS Verzonnen cijfers/i);
    const accounts = page.getByRole('table', { name: 'Inloggen in de demonstratie' });
    for (const row of [
      'Beheerder demo-beheerder beheerder-proberen',
      'Bestuurder demo-bestuurder bestuurder-proberen',
      'ZVH-medewerker demo-zvh zvh-medewerker-proberen',
      'Gemeente Zaanstad demo-gemeente gemeente-zaanstad-proberen',
    ])
      await expect(accounts.getByRole('row', { name: row }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(screenshotDir, 'demo-login.png'), animations: 'disabled' });
    // The footer does not claim that every figure comes from council documents.
    expect(normalize(await page.locator('footer').innerText())).toContain(
      'Demonstratie: tellingen, doelen en toelichtingen zijn verzonnen',
    );
    // At 320 px (a phone, 400 % zoom) the accounts' table scrolls in its own box; the page never sideways.
    await page.setViewportSize({ width: 320, height: 720 });
    await expect(page.evaluate(() => document.scrollingElement?.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await expect(accounts.getByRole('row', { name: /^Beheerder demo-beheerder/ }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(screenshotDir, 'demo-login-320.png'), animations: 'disabled', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.getByLabel('Gebruikersnaam').fill('demo-bestuurder');
    await page.getByLabel('Wachtwoord').fill('bestuurder-proberen');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    expect(await bannerText(page)).toContain('Verzonnen cijfers');
    expect(dashboard.errors).toEqual([]);
  });

  test('the overview, as the server renders it and in the browser, carries the banner, and the signals fire on 24 counts', async () => {
    const page = dashboard.page;
    await signIn(page);
    const html = await (await page.context().request.get(dashboard.url('/'))).text();
    expect(html).toContain('zv-demo-banner');
    expect(html).toContain('Demonstratiegegevens');

    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) operations.push(String((request.postDataJSON() as { operationName?: string }).operationName));
    });
    await openView(page, dashboard.url('/'));
    expect(await bannerText(page)).toContain('Verzonnen cijfers');
    // The browser takes the server's page over knowing it is a demonstration: it does not ask again.
    expect(operations).not.toContain('Deployment');
    expect(operations).not.toContain('Me');
    const signals = normalize(await page.getByTestId('signals').innerText());
    expect(signals).toMatch(/Hoog: .*1 november 2026/);
    expect(signals).toMatch(/en \d+ andere signalen/);
    await page.getByTestId('signals').getByRole('button', { name: 'Tabel tonen' }).click();
    const table = page.getByRole('table', { name: 'Signalen' });
    await table.waitFor({ state: 'visible' });
    const rows = normalize(await table.innerText());
    // The jumps of the last count: Purmerend as a whole, the region, a knowledge domain.
    expect(rows).toContain('Lopende casussen in Purmerend');
    expect(rows).toContain('buiten de recente bandbreedte');
    expect(rows).toContain('Ernstig huiselijk geweld');
    await page.getByTestId('signals').getByRole('button', { name: 'Tabel verbergen' }).click();
    // Sources say what the figures are: "Over dit cijfer"/"Bron" name the demonstration.
    await openView(page, dashboard.url('/casuistiek'));
    expect(normalize(await page.locator('main').innerText())).toContain('Bron: Demonstratiegegevens');
    await page.screenshot({ path: join(screenshotDir, 'demo-casuistiek.png'), animations: 'disabled' });
    await openView(page, dashboard.url('/'));
    await page.screenshot({ path: join(screenshotDir, 'demo-overzicht.png'), animations: 'disabled' });
    expect(dashboard.errors).toEqual([]);
  });

  test.each([
    ['demo-beheerder', 'beheerder-proberen'],
    ['demo-bestuurder', 'bestuurder-proberen'],
    ['demo-zvh', 'zvh-medewerker-proberen'],
    ['demo-gemeente', 'gemeente-zaanstad-proberen'],
  ])('the overview of %s, with the banner, fits one 1280×720 projector screen without scrolling', async (username, password) => {
    const page = dashboard.page;
    await page.setViewportSize({ width: 1280, height: 720 });
    await signIn(page, username, password);
    // A GEMEENTE user's first page is its municipality; the overview is at /overzicht for everyone.
    await openView(page, dashboard.url('/overzicht'));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // The charts lay themselves out for their measured width after the page is taken over.
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screenshotDir, `demo-overzicht-${username}-1280.png`), animations: 'disabled' });
    expect(await bannerText(page)).toContain('Verzonnen cijfers');
    const { scrollHeight, innerHeight } = await page.evaluate(() => ({
      scrollHeight: document.scrollingElement?.scrollHeight ?? Number.POSITIVE_INFINITY,
      innerHeight: window.innerHeight,
    }));
    expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
    expect(dashboard.errors).toEqual([]);
  });

  test('a CSV download says "Demonstratiegegevens" on every row, in a last column', async () => {
    const page = dashboard.page;
    await signIn(page);
    await openView(page, dashboard.url('/casuistiek'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV downloaden' }).first().click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/;gegevens$/);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(1)) expect(line).toMatch(/;Demonstratiegegevens$/);
  });

  test('the printed report says it on every page, and the presentation on its slides', async () => {
    const page = dashboard.page;
    await signIn(page);
    await openView(page, dashboard.url('/rapport'));
    await eventually(async () => expect(normalize(await page.locator('main').innerText())).toContain('Kerncijfers'));
    await page.emulateMedia({ media: 'print' });
    const file = join(repoRoot, 'artifacts', 'demo-rapport.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    await page.screenshot({ path: join(screenshotDir, 'demo-rapport-print.png'), animations: 'disabled' });
    const texts = await pdfPageTexts(file);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    texts.forEach((text) => expect(text).toContain('DEMONSTRATIEGEGEVENS — Dashboard Zorg & Veiligheid — Zaanstreek-Waterland'));
    expect(texts[0]).toContain('Verzonnen cijfers om het dashboard uit te proberen');
    await page.emulateMedia({ media: 'screen' });

    await openView(page, dashboard.url('/presentatie'));
    const slideBanner = page.locator('.zv-present').getByRole('region', { name: 'Demonstratiegegevens' });
    await expect(slideBanner.isVisible()).resolves.toBe(true);
    // Only the slide's own: the page's banner is hidden behind the slides.
    await expect(page.getByRole('region', { name: 'Demonstratiegegevens' }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(screenshotDir, 'demo-presentatie.png'), animations: 'disabled' });
    await page.goto(dashboard.url('/presentatie?dia=3'));
    await expect(slideBanner.isVisible()).resolves.toBe(true);
    expect(dashboard.errors).toEqual([]);
  });

  test('in English: "Demonstration data" on the views, the CSV and the login page, no Dutch in the banner', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await bannerText(page)).toBe('DEMONSTRATION DATA Made-up figures to try the dashboard: not real counts.');
    await expect(page.getByRole('table', { name: 'Signing in to the demonstration' }).count()).resolves.toBe(1);
    expect(normalize(await page.locator('footer').innerText())).toContain('Demonstration: counts, goals and explanations are made up');

    await signIn(page);
    await openView(page, dashboard.url('/casuistiek'));
    expect(await bannerText(page)).toBe('DEMONSTRATION DATA Made-up figures to try the dashboard: not real counts.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).first().click(),
    ]);
    const lines = readFileSync((await download.path()) as string, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toMatch(/;data$/);
    for (const line of lines.slice(1)) expect(line).toMatch(/;Demonstration data$/);
    await openView(page, dashboard.url('/presentatie'));
    await expect(page.getByRole('region', { name: 'Demonstration data' }).isVisible()).resolves.toBe(true);
    expect(dashboard.errors).toEqual([]);
  });
});
