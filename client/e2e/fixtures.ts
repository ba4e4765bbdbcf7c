/**
 * Data the browser tests put in through the dashboard's own doors: a count with cases per
 * knowledge domain (imported through the upload the Beheer page uses) and users of each role
 * (created through the API as the beheerder; addRoleUsers without the count).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { loadSeed, type SeedData, type SeedSource } from '@zv/seed';
import { ADMIN_USERNAME, loginRequest, repoRoot, type Dashboard } from './harness.js';

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

/** A made-up region for `useDashboard({ otherRegions })`: see madeUpRegion. */
export interface MadeUpRegion {
  /** "A" → region "Testregio A", municipality "Testgemeente A". */
  letter: string;
  inhabitants: number;
  cases: number;
  /** Its one count date. */
  peildatum: string;
}

/**
 * A made-up region of one made-up municipality (GM99xx from `index`: real CBS codes are below
 * GM2000) with its inhabitants of 2021 and one count, every figure citing `source` (which must say
 * it is invented).
 */
export function madeUpRegion({ letter, inhabitants, cases, peildatum }: MadeUpRegion, index: number, source: SeedSource): SeedData {
  const municipality = { code: `GM99${String(index + 1).padStart(2, '0')}`, name: `Testgemeente ${letter}` };
  return {
    region: { code: `testregio-${letter.toLowerCase()}`, name: `Testregio ${letter}`, source },
    municipalities: [municipality],
    population: [{ municipalityCode: municipality.code, year: 2021, inhabitants, referenceDate: '2021-01-01', source }],
    knowledgeDomains: loadSeed().knowledgeDomains,
    caseloadSnapshots: [
      {
        peildatum,
        precision: 'DAY',
        total: cases,
        unspecified: 0,
        byMunicipality: [{ municipalityCode: municipality.code, count: cases }],
        source,
      },
    ],
    contributionYears: [],
    fundingSources: [],
    capacity: [],
    themes: [],
  };
}

/** The import report of a FLOWS file, as far as the browser tests read it. */
export interface FlowsReport {
  errors?: unknown[];
  flowConsistency?: { checked: unknown[] };
}

/**
 * Imports a FLOWS file as admin, through the upload the Beheer page uses (by default the example
 * seed/examples/flows.csv); answers the report.
 */
export async function importFlows(
  dashboard: Dashboard,
  {
    data = readFileSync(join(repoRoot, 'seed', 'examples', 'flows.csv')),
    fileName = 'flows.csv',
  }: { data?: Buffer | string; fileName?: string } = {},
): Promise<FlowsReport> {
  const context = await dashboard.browser.newContext();
  try {
    await loginRequest(context.request, dashboard.baseUrl, ADMIN_USERNAME, dashboard.adminPassword);
    const imported = await context.request.post(`${dashboard.baseUrl}/api/import?kind=FLOWS&dryRun=false&fileName=${fileName}`, {
      headers: { 'content-type': 'text/csv' },
      data,
    });
    return (await imported.json()) as FlowsReport;
  } finally {
    await context.close();
  }
}
