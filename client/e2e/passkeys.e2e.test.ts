/**
 * Passkeys in a real browser against the real server, with Chromium's virtual authenticator (CDP
 * `WebAuthn.addVirtualAuthenticator`) and the product's default (beheerders need a second factor):
 * admin sets up a passkey right after the password, signs in with password and passkey, adds a
 * second one on Mijn account (the same authenticator twice is refused), and removes one. WebAuthn
 * needs a host name for its RP ID, so these tests use http://localhost:<port> as ZV_PUBLIC_URL.
 */
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './checks.js';
import { ADMIN_USERNAME, eventually, h1Texts, normalize, openView, screenshotDir, tileText, useDashboard } from './harness.js';

const localhost = (baseUrl: string) => baseUrl.replace('127.0.0.1', 'localhost');
const dashboard = useDashboard({
  loggedIn: false,
  mfaRequired: 'default',
  serverEnv: async (baseUrl) => ({ ZV_PUBLIC_URL: localhost(baseUrl) }),
});
const local = (path: string) => new URL(path, localhost(dashboard.baseUrl)).toString();

/** A platform authenticator (fingerprint or PIN) that says yes without a person. */
async function addAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

async function signInWithPassword(page: Page): Promise<void> {
  await openView(page, local('/'));
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(ADMIN_USERNAME);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(dashboard.adminPassword);
  await page.getByLabel('Wachtwoord', { exact: true }).press('Enter');
}

async function expectDashboard(page: Page): Promise<void> {
  await page.getByText(`Ingelogd als ${ADMIN_USERNAME}`).waitFor({ state: 'visible', timeout: 15_000 });
  await eventually(async () => expect(await tileText(page, 'Lopende casussen')).toMatch(/\b96\b/));
}

async function expectAxeClean(page: Page): Promise<void> {
  expect(describeViolations(await seriousViolations(page))).toBe('');
}

test('admin sets up a passkey at sign-in, signs in with password and passkey, adds a second and removes one', async () => {
  const page = dashboard.page;
  const { cdp, authenticatorId } = await addAuthenticator(page);

  // 1. Right after the password: the choice of the second factor, with the passkey.
  await signInWithPassword(page);
  await eventually(async () => expect(await h1Texts(page)).toEqual(['Tweestapsverificatie instellen']));
  await page.getByRole('radio', { name: 'Passkey' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByLabel('Naam van de passkey').fill('Laptop werk');
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Passkey maken' }).click();
  const codes = page.getByRole('list', { name: 'Uw herstelcodes' });
  await codes.waitFor({ state: 'visible' });
  expect(await codes.getByRole('listitem').count()).toBe(10);
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials.map((c) => c.rpId)).toEqual(['localhost']);
  await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
  await expectDashboard(page);

  // 2. Out and in again: after the password, the passkey is offered first.
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await eventually(async () => expect(await h1Texts(page)).toEqual(['Inloggen']));
  await signInWithPassword(page);
  await eventually(async () => expect(await h1Texts(page)).toEqual(['Tweestapsverificatie']));
  expect(await page.getByRole('navigation').count()).toBe(0);
  const passkeyButton = page.getByRole('button', { name: 'Inloggen met passkey' });
  await eventually(async () => expect(await passkeyButton.evaluate((button) => button === document.activeElement)).toBe(true));
  expect(await page.getByRole('button', { name: 'Gebruik een herstelcode' }).count()).toBe(1);
  await expectAxeClean(page);
  await page.screenshot({ path: join(screenshotDir, 'passkey-step-1280.png'), fullPage: true });
  await page.keyboard.press('Enter');
  await expectDashboard(page);

  // 3. Mijn account: the session says how it began; a second passkey; the same authenticator twice is refused.
  await openView(page, local('/account'));
  const sessions = page.getByRole('table', { name: 'Uw actieve sessies' });
  await eventually(async () => expect(normalize(await sessions.locator('tbody tr').first().innerText())).toMatch(/^Wachtwoord en passkey/));
  const section = page.getByRole('region', { name: 'Passkeys' });
  const table = section.getByRole('table', { name: 'Uw passkeys' });
  await eventually(async () => expect(await table.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^Laptop werk\s/)]));
  await section.getByLabel('Naam van de passkey').fill('Nog een keer');
  await section.getByRole('button', { name: 'Passkey toevoegen' }).click();
  await eventually(async () => expect(await section.getByRole('alert').innerText()).toMatch(/al een passkey voor uw account/));
  expect(await section.getByLabel('Naam van de passkey').inputValue()).toBe('Nog een keer');

  // The last passkey of a beheerder stays: the server says why.
  await section.getByRole('button', { name: 'Passkey Laptop werk verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, passkey verwijderen' }).click();
  await eventually(async () =>
    expect(await page.getByRole('alert').allInnerTexts()).toContainEqual(expect.stringMatching(/laatste passkey/)),
  );
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // A second device (another authenticator): added, and then the first may go.
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
  await addAuthenticator(page);
  await section.getByLabel('Naam van de passkey').fill('Beveiligingssleutel');
  await section.getByRole('button', { name: 'Passkey toevoegen' }).click();
  await eventually(async () =>
    expect(await page.getByRole('status').allInnerTexts()).toContain('De passkey "Beveiligingssleutel" is toegevoegd.'),
  );
  await eventually(async () => expect(await table.locator('tbody tr').count()).toBe(2));
  await page.screenshot({ path: join(screenshotDir, 'passkeys-account.png'), fullPage: true });
  await section.getByRole('button', { name: 'Passkey Laptop werk verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, passkey verwijderen' }).click();
  await eventually(async () => expect(await page.getByRole('status').allInnerTexts()).toContain('De passkey "Laptop werk" is verwijderd.'));
  await eventually(async () =>
    expect(await table.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^Beveiligingssleutel\s/)]),
  );
  await expectAxeClean(page);
  expect(dashboard.errors).toEqual([]);
}, 120_000);
