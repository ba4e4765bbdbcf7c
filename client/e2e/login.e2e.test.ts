/**
 * Logging in and out in a real browser, against the real server: without a session the dashboard
 * shows only the login page; the server's generic message on a failed login; deep links survive
 * the login; logging out ends the session on the server; the beheerder manages users.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { ADMIN_USERNAME, eventually, h1Texts, loginThroughForm, mainText, normalize, openView, tileText, useDashboard } from './harness.js';

const dashboard = useDashboard({ loggedIn: false });

async function expectLoginPage(page: Page): Promise<void> {
  await eventually(async () => expect(await h1Texts(page)).toEqual(['Inloggen']));
  expect(await page.getByRole('navigation').count()).toBe(0);
  expect(await page.getByText(/Ingelogd als/).count()).toBe(0);
}

async function failedLoginMessage(page: Page, username: string, password: string): Promise<string> {
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('"Login"'),
  );
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await answered;
  return eventually(async () => {
    const text = normalize(await page.getByRole('alert').innerText());
    expect(text).not.toBe('');
    return text;
  });
}

describe('without a session', () => {
  test('/ shows the login page: h1 "Inloggen", labelled fields, no navigation and no figures', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await expectLoginPage(page);
    expect(await page.getByLabel('Gebruikersnaam', { exact: true }).getAttribute('autocomplete')).toBe('username');
    expect(await page.getByLabel('Wachtwoord', { exact: true }).getAttribute('type')).toBe('password');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('username');
    const text = await mainText(page);
    expect(text).not.toContain('Lopende casussen');
    expect(text).not.toMatch(/\b96\b/);
    expect(await page.getByRole('button', { name: 'English', exact: true }).count()).toBe(1);
    // A real deployment: no demonstration banner, no demo accounts (demo.e2e.test.ts has both).
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('region', { name: 'Demonstratiegegevens' }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(text).not.toMatch(/demonstratie|proberen/i);
    expect(dashboard.errors).toEqual([]);
  });

  test('a wrong password and an unknown user get the same generic alert', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    const wrongPassword = await failedLoginMessage(page, ADMIN_USERNAME, 'dit-is-niet-het-wachtwoord');
    expect(wrongPassword.length).toBeGreaterThan(0);
    const unknownUser = await failedLoginMessage(page, 'niemand-bekend', 'dit-is-niet-het-wachtwoord');
    expect(unknownUser).toBe(wrongPassword);
    await expectLoginPage(page);
  });
});

describe('logging in and out', () => {
  test('admin logs in with Enter and sees the overview with 96 and "Ingelogd als admin"; "Uitloggen" ends the session', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await loginThroughForm(page, ADMIN_USERNAME, dashboard.adminPassword);
    await eventually(async () => expect(await tileText(page, 'Lopende casussen')).toMatch(/\b96\b/));
    expect(await page.getByText('Ingelogd als admin (Beheerder)').count()).toBe(1);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Beheer', exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await expectLoginPage(page);
    await page.reload();
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 15_000 });
    await expectLoginPage(page);
    expect(dashboard.errors).toEqual([]);
  });

  test('a direct link to /casuistiek?maat=per10k opens that view, with that measure, after logging in', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek?maat=per10k'));
    await expectLoginPage(page);
    await loginThroughForm(page, ADMIN_USERNAME, dashboard.adminPassword);
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Casuïstiek']));
    expect(new URL(page.url()).searchParams.get('maat')).toBe('per10k');
    expect(await page.getByRole('group', { name: 'Maat' }).getByRole('radio', { name: 'Per 10.000 inwoners' }).isChecked()).toBe(true);
  });

  test('when the server no longer knows the session, the next request shows "Uw sessie is verlopen. Log opnieuw in."', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await loginThroughForm(page, ADMIN_USERNAME, dashboard.adminPassword);
    await page.context().clearCookies();
    await page.getByRole('navigation').getByRole('link', { name: 'Financiën', exact: true }).click();
    await page.getByText('Uw sessie is verlopen. Log opnieuw in.').waitFor({ state: 'visible', timeout: 10_000 });
    await expectLoginPage(page);
    expect(new URL(page.url()).pathname).toBe('/financien');
  });
});

describe('user management', () => {
  test('the beheerder creates a GEMEENTE user for Zaanstad, who can log in and has no "Beheer"', async () => {
    const page = dashboard.page;
    const username = `zaanstad-${randomBytes(3).toString('hex')}`;
    const password = randomBytes(15).toString('base64url');
    await openView(page, dashboard.url('/beheer/gebruikers'));
    await loginThroughForm(page, ADMIN_USERNAME, dashboard.adminPassword);
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Gebruikers']));

    const form = page.getByRole('region', { name: 'Gebruiker toevoegen' });
    await form.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
    await form.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await form.getByLabel('Rol', { exact: true }).selectOption('GEMEENTE');
    await form.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zaanstad' });
    await form.getByRole('button', { name: 'Gebruiker toevoegen', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Gebruiker ${username} is toegevoegd.` })
      .waitFor({ timeout: 10_000 });
    const row = page.getByRole('row').filter({ hasText: username });
    await eventually(async () => expect(await row.innerText()).toContain('Zaanstad'));

    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await expectLoginPage(page);
    await loginThroughForm(page, username, password);
    expect(await page.getByText(`Ingelogd als ${username} (Gemeente Zaanstad)`).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Beheer', exact: true }).count()).toBe(0);
    // Logged out on the users page, the new user starts on the overview.
    expect(new URL(page.url()).pathname).toBe('/');

    await page.goto(dashboard.url('/beheer/gebruikers'));
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Geen toegang']));
  });
});
