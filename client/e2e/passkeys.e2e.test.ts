/**
 * Passkeys in a real browser against the real server, with Chromium's virtual authenticator (CDP
 * `WebAuthn.addVirtualAuthenticator`): a user adds a passkey on /account, sees it listed, cannot add
 * the same authenticator twice, and removes it. WebAuthn needs a host name for its RP ID, so these
 * tests use http://localhost:<port> (the server's default ZV_PUBLIC_URL) instead of 127.0.0.1.
 */
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ADMIN_USERNAME, eventually, loginThroughForm, openView, screenshotDir, useDashboard } from './harness.js';

const dashboard = useDashboard({ loggedIn: false });

/** The dashboard's address as passkeys know it. */
const local = (path: string) => {
  const url = new URL(dashboard.url(path));
  url.hostname = 'localhost';
  return url.toString();
};

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

async function signedInAccountPage(page: Page): Promise<void> {
  await openView(page, local('/'));
  await loginThroughForm(page, ADMIN_USERNAME, dashboard.adminPassword);
  await openView(page, local('/account'));
}

test('adds a passkey on the account page, lists it, refuses the same authenticator twice and removes it', async () => {
  const page = dashboard.page;
  const { cdp, authenticatorId } = await addAuthenticator(page);
  await signedInAccountPage(page);

  const section = page.getByRole('region', { name: 'Passkeys' });
  await eventually(async () => expect(await section.getByText('U heeft nog geen passkey.').count()).toBe(1));
  await section.getByLabel('Naam van de passkey').fill('Laptop werk');
  await section.getByRole('button', { name: 'Passkey toevoegen' }).click();
  await eventually(async () => expect(await page.getByRole('status').allInnerTexts()).toContain('De passkey "Laptop werk" is toegevoegd.'));
  const table = section.getByRole('table', { name: 'Uw passkeys' });
  await eventually(async () =>
    expect(await table.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^Laptop werk\s.*Nog niet gebruikt/)]),
  );
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]!.rpId).toBe('localhost');
  await page.screenshot({ path: join(screenshotDir, 'passkeys-account.png'), fullPage: true });

  // The same authenticator again: the browser refuses (excludeCredentials) and the page says why.
  await section.getByLabel('Naam van de passkey').fill('Nog een keer');
  await section.getByRole('button', { name: 'Passkey toevoegen' }).click();
  await eventually(async () => expect(await section.getByRole('alert').innerText()).toMatch(/al een passkey voor uw account/));
  expect(await table.locator('tbody tr').count()).toBe(1);
  // What was typed stays, to try again elsewhere.
  expect(await section.getByLabel('Naam van de passkey').inputValue()).toBe('Nog een keer');

  await section.getByRole('button', { name: 'Passkey Laptop werk verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, passkey verwijderen' }).click();
  await eventually(async () => expect(await page.getByRole('status').allInnerTexts()).toContain('De passkey "Laptop werk" is verwijderd.'));
  await eventually(async () => expect(await section.getByText('U heeft nog geen passkey.').count()).toBe(1));
  expect(dashboard.errors).toEqual([]);
});
