/**
 * The second factor in a real browser against the real server, with the product's default
 * (ZV_MFA_REQUIRED unset: beheerders and ZVH users need one): admin is led through enrolment right
 * after the password, keyboard only; later sign-ins ask the app's code or a recovery code; the
 * steps are clean for axe and free of Dutch in English.
 */
import { join } from 'node:path';
import * as OTPAuth from 'otpauth';
import type { Page } from 'playwright-core';
import { describeViolations, dutchOnPage, seriousViolations } from './checks.js';
import { ADMIN_USERNAME, eventually, h1Texts, normalize, openView, screenshotDir, sleep, tileText, useDashboard } from './harness.js';

const dashboard = useDashboard({ loggedIn: false, mfaRequired: 'default' });
const PERIOD_MS = 30_000;

/** What the enrolment showed, for the later sign-ins. */
let secret = '';
let recoveryCodes: string[] = [];
/** The last time step whose code was used: codes are single-use, so the next sign-in waits for a later one. */
let lastStep = -1;

/** The app's code for a step after the last one used (waiting for it when needed). */
async function freshCode(): Promise<string> {
  while (Math.floor(Date.now() / PERIOD_MS) <= lastStep) await sleep(500);
  lastStep = Math.floor(Date.now() / PERIOD_MS);
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s/g, '')) }).generate();
}

async function expectAxeClean(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  expect(describeViolations(violations)).toBe('');
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}-1280.png`), animations: 'disabled', fullPage: true });
  await page.setViewportSize({ width: 320, height: 720 });
  await page.screenshot({ path: join(screenshotDir, `${name}-320.png`), animations: 'disabled', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Username and password by keyboard: the username field has the focus, Tab to the password, Enter. */
async function typePassword(page: Page, username: string, password: string): Promise<void> {
  await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('username'));
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

async function expectDashboard(page: Page, username = ADMIN_USERNAME): Promise<void> {
  await page.getByText(new RegExp(`(Ingelogd als|Logged in as) ${username}`)).waitFor({ state: 'visible', timeout: 15_000 });
  await eventually(async () => expect(await tileText(page, 'Lopende casussen')).toMatch(/\b96\b/));
}

describe('the second factor', () => {
  test('admin is led through enrolment right after the password, keyboard only, gets ten recovery codes and lands on the dashboard', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await typePassword(page, ADMIN_USERNAME, dashboard.adminPassword);

    await eventually(async () => expect(await h1Texts(page)).toEqual(['Tweestapsverificatie instellen']));
    // Nothing of the dashboard before the factor is set up.
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByText(/Ingelogd als/).count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    await expectAxeClean(page);
    await shoot(page, 'mfa-enrol-kiezen');
    await page.keyboard.press('Enter');

    const secretText = page.getByTestId('totp-secret');
    await secretText.waitFor({ state: 'visible' });
    secret = normalize(await secretText.innerText());
    expect(secret).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(await page.getByRole('img', { name: 'QR-code voor uw authenticator-app' }).count()).toBe(1);
    await eventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('one-time-code'),
    );
    await expectAxeClean(page);
    await shoot(page, 'mfa-enrol-app');

    // A wrong code first: the alert says so and the focus stays in the field.
    await page.keyboard.type('000000');
    await page.keyboard.press('Enter');
    await eventually(async () => expect(normalize(await page.getByRole('alert').innerText())).toMatch(/^De code klopt niet/));
    await page.keyboard.type(await freshCode());
    await page.keyboard.press('Enter');

    const list = page.getByRole('list', { name: 'Uw herstelcodes' });
    await list.waitFor({ state: 'visible' });
    recoveryCodes = (await list.getByRole('listitem').allInnerTexts()).map(normalize);
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    await expectAxeClean(page);
    await shoot(page, 'mfa-herstelcodes');
    // The heading has the focus; the next Tab reaches "Ik heb de codes bewaard".
    await page.keyboard.press('Tab');
    expect(normalize(await page.evaluate(() => document.activeElement?.textContent ?? ''))).toBe('Ik heb de codes bewaard');
    await page.keyboard.press('Enter');
    await expectDashboard(page);
    expect(dashboard.errors).toEqual([]);
  });

  test('signs out and in again with the code of the app', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await typePassword(page, ADMIN_USERNAME, dashboard.adminPassword);
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Tweestapsverificatie']));
    expect(await page.getByRole('navigation').count()).toBe(0);
    // A reload in the middle goes on with the code, without the password again.
    await page.reload();
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Tweestapsverificatie']));
    await eventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('one-time-code'),
    );
    await expectAxeClean(page);
    await shoot(page, 'mfa-code');
    await page.keyboard.type(await freshCode());
    await page.keyboard.press('Enter');
    await expectDashboard(page);

    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Inloggen']));
    expect(dashboard.errors).toEqual([]);
    // It may wait up to 30 seconds for a code that was not used yet.
  }, 120_000);

  test('signs in with a recovery code, typed loosely, and is told how many remain', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await typePassword(page, ADMIN_USERNAME, dashboard.adminPassword);
    await eventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('one-time-code'),
    );
    // From the code field past "Controleren" to "Gebruik een herstelcode".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(normalize(await page.evaluate(() => document.activeElement?.textContent ?? ''))).toBe('Gebruik een herstelcode');
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('recovery-code'));
    await expectAxeClean(page);
    await page.keyboard.type(recoveryCodes[0]!.toLowerCase().replace(/-/g, ' '));
    await page.keyboard.press('Enter');
    await page.getByText('U heeft nog 9 ongebruikte herstelcodes.', { exact: false }).waitFor({ state: 'visible' });
    await expectAxeClean(page);
    await page.keyboard.press('Enter'); // "Verder naar het dashboard" has the focus
    await expectDashboard(page);
    expect(dashboard.errors).toEqual([]);
  });

  test('in English: the code step, a recovery code and the count left, without Dutch', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/toegankelijkheid'));
    await page.evaluate(() => localStorage.setItem('zv-lang', 'en'));
    await openView(page, dashboard.url('/'));
    await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe('en'));
    await typePassword(page, ADMIN_USERNAME, dashboard.adminPassword);
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Two-step verification']));
    expect(await dutchOnPage(page)).toEqual([]);
    await page.keyboard.type('000000');
    await page.keyboard.press('Enter');
    await eventually(async () => expect(normalize(await page.getByRole('alert').innerText())).toMatch(/^The code is not correct/));
    expect(await dutchOnPage(page)).toEqual([]);
    await page.getByRole('button', { name: 'Use a recovery code', exact: true }).click();
    expect(await dutchOnPage(page)).toEqual([]);
    await page.getByLabel('Recovery code', { exact: true }).fill(recoveryCodes[1]!);
    await page.keyboard.press('Enter');
    await page.getByText('You have 8 unused recovery codes left.', { exact: false }).waitFor({ state: 'visible' });
    expect(await dutchOnPage(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue to the dashboard', exact: true }).click();
    await page.getByText(/Logged in as admin/).waitFor({ state: 'visible', timeout: 15_000 });
    expect(dashboard.errors).toEqual([]);
  });

  test('in English: a ZVH user sets up the app at the first sign-in, without Dutch', async () => {
    const page = dashboard.page;
    // Admin (signed in with a recovery code) creates the user in the browser's own session.
    await openView(page, dashboard.url('/'));
    await typePassword(page, ADMIN_USERNAME, dashboard.adminPassword);
    await page.getByRole('button', { name: 'Gebruik een herstelcode', exact: true }).click();
    await page.getByLabel('Herstelcode', { exact: true }).fill(recoveryCodes[2]!);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Verder naar het dashboard', exact: true }).click();
    await expectDashboard(page);
    const password = 'een lang wachtwoord voor de zvh';
    const created = await page.evaluate(async (pw) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($p: String!) { createUser(input: { username: "zvh-en", password: $p, role: ZVH }) { username } }',
          variables: { p: pw },
        }),
      });
      return response.json();
    }, password);
    expect(created).toEqual({ data: { createUser: { username: 'zvh-en' } } });
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Inloggen']));

    await page.evaluate(() => localStorage.setItem('zv-lang', 'en'));
    await openView(page, dashboard.url('/'));
    await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe('en'));
    await typePassword(page, 'zvh-en', password);
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Set up two-step verification']));
    expect(await dutchOnPage(page)).toEqual([]);
    await page.keyboard.press('Enter');
    const secretText = page.getByTestId('totp-secret');
    await secretText.waitFor({ state: 'visible' });
    expect(await dutchOnPage(page)).toEqual([]);
    await expectAxeClean(page);
    const own = normalize(await secretText.innerText());
    await page.keyboard.type(new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(own.replace(/\s/g, '')) }).generate());
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Your recovery codes' }).waitFor({ state: 'visible' });
    expect(await dutchOnPage(page)).toEqual([]);
    await page.getByRole('button', { name: 'I have saved the codes', exact: true }).click();
    await page.getByText(/Logged in as zvh-en/).waitFor({ state: 'visible', timeout: 15_000 });
    expect(dashboard.errors).toEqual([]);
  });

  test("the beheerder sees who has a second factor and resets zvh-en's after confirmation", async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/beheer/gebruikers'));
    await typePassword(page, ADMIN_USERNAME, dashboard.adminPassword);
    await page.getByRole('button', { name: 'Gebruik een herstelcode', exact: true }).click();
    await page.getByLabel('Herstelcode', { exact: true }).fill(recoveryCodes[3]!);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Verder naar het dashboard', exact: true }).click();
    const table = page.getByRole('table', { name: 'Alle gebruikers' });
    await table.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await table.getByRole('columnheader', { name: 'Tweede factor' }).count()).toBe(1);
    const row = table.getByRole('row', { name: /^zvh-en/ });
    expect(normalize(await row.innerText())).toContain('App, Herstelcodes');
    await page.getByRole('button', { name: 'Tweede factor resetten: zvh-en', exact: true }).click();
    const confirm = page.getByRole('group', { name: /De tweede factor van zvh-en resetten\?/ });
    await confirm.waitFor({ state: 'visible' });
    await expectAxeClean(page);
    await page.screenshot({ path: join(screenshotDir, 'mfa-gebruikers-reset-1280.png'), animations: 'disabled', fullPage: true });
    await confirm.getByRole('button', { name: 'Ja, tweede factor resetten', exact: true }).click();
    await page
      .getByRole('status')
      .getByText('De tweede factor van zvh-en is gereset; alle sessies zijn beëindigd.')
      .waitFor({ state: 'visible' });
    expect(normalize(await table.getByRole('row', { name: /^zvh-en/ }).innerText())).toContain('Geen');
    expect(await page.getByRole('button', { name: 'Tweede factor resetten: zvh-en', exact: true }).count()).toBe(0);
    expect(dashboard.errors).toEqual([]);
  });

  test('a bestuurder, whose role needs no second factor, sets up the app on Mijn account and removes it again', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await typePassword(page, ADMIN_USERNAME, dashboard.adminPassword);
    await page.getByRole('button', { name: 'Gebruik een herstelcode', exact: true }).click();
    await page.getByLabel('Herstelcode', { exact: true }).fill(recoveryCodes[4]!);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Verder naar het dashboard', exact: true }).click();
    await expectDashboard(page);
    const password = 'een lang wachtwoord voor bestuur';
    const created = await page.evaluate(async (pw) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($p: String!) { createUser(input: { username: "bestuur", password: $p, role: BESTUURDER }) { username } }',
          variables: { p: pw },
        }),
      });
      return response.json();
    }, password);
    expect(created).toEqual({ data: { createUser: { username: 'bestuur' } } });
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Inloggen']));

    // A password alone: the role does not require a factor.
    await typePassword(page, 'bestuur', password);
    await page.getByText(/Ingelogd als bestuur/).waitFor({ state: 'visible', timeout: 15_000 });
    await openView(page, dashboard.url('/account'));
    const section = page.getByRole('region', { name: 'Tweestapsverificatie' });
    await section.getByText('U heeft nog geen tweede factor ingesteld.').waitFor({ state: 'visible' });
    await section.getByRole('button', { name: 'Authenticator-app instellen', exact: true }).click();
    await eventually(async () =>
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio'),
    );
    await page.keyboard.press('Enter');
    const secretText = page.getByTestId('totp-secret');
    await secretText.waitFor({ state: 'visible' });
    await expectAxeClean(page);
    await shoot(page, 'mfa-account-instellen');
    const own = normalize(await secretText.innerText());
    await page.keyboard.type(new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(own.replace(/\s/g, '')) }).generate());
    await page.keyboard.press('Enter');
    await section.getByRole('list', { name: 'Uw herstelcodes' }).waitFor({ state: 'visible' });
    await section.getByRole('button', { name: 'Ik heb de codes bewaard', exact: true }).click();
    await page.getByRole('status').getByText('Tweestapsverificatie is ingesteld.').waitFor({ state: 'visible' });
    await section.getByText('Authenticator-app: ingesteld.').waitFor({ state: 'visible' });

    await section.getByRole('button', { name: 'Authenticator-app verwijderen', exact: true }).click();
    await section.getByRole('button', { name: 'Ja, verwijderen', exact: true }).click();
    await page.getByRole('status').getByText('De authenticator-app is verwijderd.').waitFor({ state: 'visible' });
    await section.getByText('U heeft nog geen tweede factor ingesteld.').waitFor({ state: 'visible' });
    expect(dashboard.errors).toEqual([]);
  });
});
