import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startTestProvider, type TestProvider } from '../../server/src/testing/oidcProvider.js';
import { screenshotDir, useDashboard } from './harness.js';

/**
 * Single sign-on in Chromium: the built server, configured by environment for an OpenID provider
 * that this test starts (oidc-provider with its development login form) on `localhost`, while the
 * dashboard is on 127.0.0.1: another site, so the provider's redirect back is cross-site as with a
 * real provider, and the SameSite=Strict session cookie must still end up working.
 */

let provider: TestProvider | undefined;
const LABEL = 'Testgemeente (OIDC)';

const dashboard = useDashboard({
  loggedIn: false,
  serverEnv: async (baseUrl) => {
    provider = await startTestProvider({
      redirectUris: [`${baseUrl}/auth/oidc/test/callback`],
      postLogoutRedirectUris: [baseUrl],
      host: 'localhost',
    });
    provider.accounts.set('anna', { preferred_username: 'anna@zaanstad.nl', groups: ['g-other', 'g-zaanstad'] });
    provider.accounts.set('nobody', { preferred_username: 'nobody@zaanstad.nl', groups: ['g-other'] });
    return {
      ZV_PUBLIC_URL: baseUrl,
      ZV_OIDC_PROVIDERS: 'test',
      ZV_OIDC_TEST_ISSUER: provider.issuer,
      ZV_OIDC_TEST_CLIENT_ID: provider.clientId,
      ZV_OIDC_TEST_CLIENT_SECRET: provider.clientSecret,
      ZV_OIDC_TEST_LABEL: LABEL,
      ZV_OIDC_TEST_ROLE_MAP: 'g-zvh=ZVH; g-zaanstad=GEMEENTE:GM0479',
    };
  },
});

afterAll(async () => {
  await provider?.close();
});

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** From the login page through the provider's login form (any password; the login is the account). */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.goto(dashboard.url('/casuistiek'));
  await page.getByRole('link', { name: `Inloggen met ${LABEL}` }).click();
  await page.waitForURL((url) => url.host.startsWith('localhost:'));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describe('single sign-on in the browser', () => {
  it('signs in at the provider and opens the page asked for, signed in with the mapped role; logout offers the provider logout', async () => {
    const { page } = dashboard;
    await page.goto(dashboard.url('/'));
    await page.getByRole('link', { name: `Inloggen met ${LABEL}` }).waitFor();
    await screenshot(page, 'oidc-login-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'oidc-login-390');
    await page.setViewportSize({ width: 1280, height: 720 });

    await signInAtProvider(page, 'anna');
    await page.getByText('Ingelogd als anna@zaanstad.nl (Gemeente Zaanstad)').waitFor();
    expect(new URL(page.url()).pathname).toBe('/casuistiek');

    // Mijn account: no password form for a single sign-on user.
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await page.getByText(`U logt in met het account van uw organisatie: ${LABEL}.`, { exact: false }).waitFor();
    expect(await page.getByLabel('Huidig wachtwoord').count()).toBe(0);
    await screenshot(page, 'oidc-account');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    const providerLogout = page.getByRole('link', { name: `Ook afmelden bij ${LABEL}` });
    await providerLogout.waitFor();
    // The way back in is there right away.
    await page.getByRole('link', { name: `Inloggen met ${LABEL}` }).waitFor();
    const href = new URL((await providerLogout.getAttribute('href')) ?? '');
    expect(`${href.origin}${href.pathname}`).toBe(`${provider!.issuer}/session/end`);
    expect(href.searchParams.get('post_logout_redirect_uri')).toBe(dashboard.baseUrl);
    await screenshot(page, 'oidc-logged-out');
    // Logged out here: a reload shows the login page, not the dashboard.
    await page.reload();
    await page.getByRole('link', { name: `Inloggen met ${LABEL}` }).waitFor();
    expect(await page.getByText(/Ingelogd als/).count()).toBe(0);
    // The provider's development pages ask for a favicon it has not, and a web font from the internet.
    expect(dashboard.errors.filter((e) => !e.includes('fonts.googleapis.com') && !e.includes(provider!.issuer))).toEqual([]);
  });

  it('shows a user who maps to no role a clear refusal page with the way back', async () => {
    const { page } = dashboard;
    await signInAtProvider(page, 'nobody');
    await page.getByRole('heading', { level: 1, name: 'Inloggen is niet gelukt' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('u heeft geen rol in dit dashboard');
    await screenshot(page, 'oidc-refused');
    await page.getByRole('link', { name: 'Terug naar de inlogpagina' }).click();
    await page.getByRole('link', { name: `Inloggen met ${LABEL}` }).waitFor();
  });

  it('offers the sign-in in English too, without Dutch', async () => {
    const { page } = dashboard;
    await page.goto(dashboard.url('/'));
    await page.evaluate(() => localStorage.setItem('zv-lang', 'en'));
    await page.reload();
    await page.getByRole('link', { name: `Log in with ${LABEL}` }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain("Log in with your organisation's account");
    expect(text).toContain('Or log in with username and password');
    expect(text).not.toMatch(/Inloggen|organisatie|wachtwoord/);
  });
});
