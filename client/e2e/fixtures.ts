/**
 * Data the browser tests put in through the dashboard's own doors: a count with cases per
 * knowledge domain (imported through the upload the Beheer page uses) and users of each role
 * (created through the API as the beheerder; addRoleUsers without the count).
 */
import type { APIRequestContext, Page } from 'playwright-core';
import { ADMIN_USERNAME, loginRequest, type Dashboard } from './harness.js';

export const DOMAINS = ['onbegrepen-gedrag', 'mensenhandel', 'cter', 'excessief-geweld', 'huiselijk-geweld', 'nazorg-ex-gedetineerden'];

/** Seven municipalities of 20 cases each on 1 June 2024: no municipality could hold all but one of 42 or 61. */
export const DOMAIN_COUNTS: Record<string, number[]> = {
  'Edam-Volendam': [6, 1, 0, 2, 9, 2],
  Landsmeer: [5, 0, 1, 1, 10, 3],
  Oostzaan: [7, 1, 0, 2, 8, 2],
  Purmerend: [6, 2, 1, 1, 8, 2],
  Waterland: [5, 1, 0, 3, 9, 2],
  Wormerland: [6, 0, 1, 2, 9, 2],
  Zaanstad: [7, 1, 0, 2, 8, 2],
};
// Region: onbegrepen gedrag 42, mensenhandel 6, CTER 3, excessief geweld 13, huiselijk geweld 61, nazorg 15.

/** DOMAIN_COUNTS as the CSV a ZVH would import. */
export function domainCountFile(): Buffer {
  const lines = Object.entries(DOMAIN_COUNTS).flatMap(([name, cells]) => [
    `1-6-2024;${name};;${cells.reduce((a, b) => a + b, 0)}`,
    ...cells.map((n, i) => `1-6-2024;${name};${DOMAINS[i]};${n}`),
  ]);
  return Buffer.from(`\ufeffpeildatum;gemeente;kennisdomein;aantal\r\n${lines.join('\r\n')}\r\n`, 'utf8');
}

export const TEST_PASSWORD = 'een lange zin als wachtwoord';

/** A user of every role but the beheerder (admin), with TEST_PASSWORD; the GEMEENTE user is Purmerend's. */
export const ROLE_USERS = [
  { username: 'zvh', role: 'ZVH' },
  { username: 'bestuurder', role: 'BESTUURDER' },
  { username: 'purmerend', role: 'GEMEENTE', municipalityCode: 'GM0439' },
] as const;

async function expectOk(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<void> {
  const body = (await response.json()) as { errors?: unknown[] };
  expect(body.errors ?? []).toEqual([]);
}

/** Imports the count with cases per knowledge domain and creates ROLE_USERS, as admin. */
export async function addDomainCountAndUsers(dashboard: Dashboard): Promise<void> {
  const context = await dashboard.browser.newContext();
  try {
    await loginRequest(context.request, dashboard.baseUrl, ADMIN_USERNAME, dashboard.adminPassword);
    await expectOk(
      await context.request.post(`${dashboard.baseUrl}/api/import?kind=CASELOAD&dryRun=false&fileName=domeinen.csv`, {
        headers: { 'content-type': 'text/csv' },
        data: domainCountFile(),
      }),
    );
    await createRoleUsers(context.request, dashboard.baseUrl);
  } finally {
    await context.close();
  }
}

/** Creates ROLE_USERS only, as admin (the data stays as the seed has it). */
export async function addRoleUsers(dashboard: Dashboard): Promise<void> {
  const context = await dashboard.browser.newContext();
  try {
    await loginRequest(context.request, dashboard.baseUrl, ADMIN_USERNAME, dashboard.adminPassword);
    await createRoleUsers(context.request, dashboard.baseUrl);
  } finally {
    await context.close();
  }
}

async function createRoleUsers(request: APIRequestContext, baseUrl: string): Promise<void> {
  for (const user of ROLE_USERS) {
    await expectOk(
      await request.post(`${baseUrl}/graphql`, {
        headers: { 'content-type': 'application/json' },
        data: {
          query: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { username } }',
          variables: { input: { ...user, password: TEST_PASSWORD } },
        },
      }),
    );
  }
}

/**
 * A page of its own browser context, logged in as `username` (admin with its own password, the
 * others with TEST_PASSWORD), in `lang`, at `width` × 720.
 */
export async function pageAs(dashboard: Dashboard, username: string, lang: 'nl' | 'en' = 'nl', width = 1280): Promise<Page> {
  const context = await dashboard.browser.newContext({ viewport: { width, height: 720 }, locale: 'nl-NL' });
  await loginRequest(context.request, dashboard.baseUrl, username, username === ADMIN_USERNAME ? dashboard.adminPassword : TEST_PASSWORD);
  await context.addCookies([{ name: 'zv_lang', value: lang, url: dashboard.baseUrl }]);
  await context.addInitScript((language) => localStorage.setItem('zv-lang', language), lang);
  return context.newPage();
}
