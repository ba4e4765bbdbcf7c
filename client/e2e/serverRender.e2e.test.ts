/**
 * First visits arrive rendered (decision 0009): the page a logged-in visitor opens comes with its
 * figures in the HTML and the answers they came from; the browser takes it over (hydrates)
 * without asking for them again. What it may carry is exactly what the API gives that viewer.
 */
import { ApolloClient, ApolloLink, type DocumentNode, type NormalizedCacheObject } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import type { APIRequestContext, Request } from 'playwright-core';
import { createCache } from '../src/apollo.js';
import { MunicipalityComparisonQuery } from '../src/routes/gemeente/comparisonQuery.js';
import { MunicipalityHistoryQuery } from '../src/routes/gemeente/municipalityHistoryQuery.js';
import { MunicipalityFlowsQuery } from '../src/components/flowsQuery.js';
import { ExplanationsQuery } from '../src/explanations/explanationQueries.js';
import { MunicipalityQuery } from '../src/routes/gemeente/municipalityQuery.js';
import { MeQuery } from '../src/session/sessionQueries.js';
import { loginRequest, normalize, openView, useDashboard, ADMIN_USERNAME } from './harness.js';

const dashboard = useDashboard();

const GEMEENTE = { username: 'purmerend', password: 'een lange zin als wachtwoord', role: 'GEMEENTE', municipalityCode: 'GM0439' };
/** A goal title that tries to end the data block and run a script of its own. */
const HOSTILE_TITLE = '</script><script>window.__injected = 1</script><!-- doel';

async function graphql(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const response = await request.post(dashboard.url('/graphql'), {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data ?? {};
}

/** The state block of a page as the server sent it, or null. */
function stateOf(html: string): { lang: string; cache: NormalizedCacheObject } | null {
  const match = /<script type="application\/json" id="zv-state">([\s\S]*?)<\/script>/.exec(html);
  return match ? (JSON.parse(match[1] as string) as { lang: string; cache: NormalizedCacheObject }) : null;
}

beforeAll(async () => {
  const context = await dashboard.browser.newContext();
  await loginRequest(context.request, dashboard.baseUrl, ADMIN_USERNAME, dashboard.adminPassword);
  await graphql(context.request, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { username } }', { input: GEMEENTE });
  await graphql(context.request, 'mutation ($input: GoalInput!) { createGoal(input: $input) { id } }', {
    input: { title: HOSTILE_TITLE, indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 200 },
  });
  await context.close();
}, 60_000);

describe('a page rendered on the server', () => {
  it('shows the overview, the presentation and the report with their figures before any JavaScript runs', async () => {
    const session = await dashboard.page.context().storageState();
    const context = await dashboard.browser.newContext({ javaScriptEnabled: false, storageState: session });
    try {
      const page = await context.newPage();
      const response = await page.goto(dashboard.url('/'));
      expect(response?.headers()['cache-control']).toBe('no-store');
      expect(await page.locator('h1').allInnerTexts()).toEqual(['Overzicht']);
      const main = normalize(await page.locator('main').innerText());
      expect(main).toContain('Lopende casussen');
      expect(main).toContain('96');
      expect(main).toContain('Peildatum: 1 februari 2023');

      await page.goto(dashboard.url('/presentatie'));
      expect(normalize(await page.locator('main, body').first().innerText())).toContain('96');
      await page.goto(dashboard.url('/rapport'));
      expect(normalize(await page.locator('main').innerText())).toMatch(/Bestuurlijke rapportage[\s\S]*96/);
    } finally {
      await context.close();
    }
  });

  it('is taken over by the browser without asking for its data again, and without errors', async () => {
    const { page } = dashboard;
    const operations: string[] = [];
    page.on('request', (request: Request) => {
      if (request.url().endsWith('/graphql')) operations.push(String((request.postDataJSON() as { operationName?: string }).operationName));
    });
    await openView(page, dashboard.url('/'));
    // Taken over: React has attached itself to the server's elements, and a button it handles works.
    const chart = page.getByRole('region', { name: /Lopende casussen per peildatum/ });
    await chart.getByRole('button', { name: 'Tabel tonen' }).click();
    await expect(chart.getByRole('table').isVisible()).resolves.toBe(true);
    expect(operations).not.toContain('Me');
    expect(operations).not.toContain('Overview');
    // A client-side navigation still asks what the next view needs.
    await page.getByRole('link', { name: 'Financiën', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Financiën' }).waitFor();
    expect(dashboard.errors).toEqual([]);
  });

  it('comes in the language the visitor chose', async () => {
    const { page } = dashboard;
    await page.context().addCookies([{ name: 'zv_lang', value: 'en', url: dashboard.baseUrl }]);
    const html = await (await page.context().request.get(dashboard.url('/'))).text();
    expect(html).toContain('<html lang="en">');
    expect(stateOf(html)?.lang).toBe('en');
    await openView(page, dashboard.url('/'));
    expect(await page.locator('h1').allInnerTexts()).toEqual(['Overview']);
    expect(dashboard.errors).toEqual([]);
  });

  it('is not made for a visitor without a session: the plain page, then the login form', async () => {
    const context = await dashboard.browser.newContext();
    try {
      const response = await context.request.get(dashboard.url('/'));
      expect(response.headers()['cache-control']).toBe('no-cache');
      const html = await response.text();
      expect(stateOf(html)).toBeNull();
      expect(html).toContain('<div id="root"></div>');
      const page = await context.newPage();
      await page.goto(dashboard.url('/'));
      await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('carries exactly what the API gives this viewer: a GEMEENTE user gets its own page, nothing more', async () => {
    const context = await dashboard.browser.newContext();
    try {
      await loginRequest(context.request, dashboard.baseUrl, GEMEENTE.username, GEMEENTE.password);
      const state = stateOf(await (await context.request.get(dashboard.url('/'))).text());
      expect(state).not.toBeNull();

      // Its home is its municipality's page: the same queries over /graphql as this user,
      // written into a cache the way the browser would.
      const client = new ApolloClient({ cache: createCache(), link: ApolloLink.empty() });
      const queries: [DocumentNode, Record<string, unknown>][] = [
        [MeQuery, {}],
        [MunicipalityQuery, {}],
        [MunicipalityHistoryQuery, { code: GEMEENTE.municipalityCode }],
        // The comparison with the region; not the national comparison, which a GEMEENTE user may not ask (0022).
        [MunicipalityComparisonQuery, { code: GEMEENTE.municipalityCode }],
        [ExplanationsQuery, {}],
        [MunicipalityFlowsQuery, { code: GEMEENTE.municipalityCode }],
      ];
      for (const [query, variables] of queries) {
        const data = await graphql(context.request, print(addTypenameToDocument(query)), variables);
        client.writeQuery({ query, variables, data });
      }
      expect(state?.cache).toEqual(client.extract());
      expect(JSON.stringify(state?.cache)).toContain('"role":"GEMEENTE"');
    } finally {
      await context.close();
    }
  });

  it('keeps a text from the data inside its data block: no script of its own, the title shown as text', async () => {
    const { page } = dashboard;
    const html = await (await page.context().request.get(dashboard.url('/doelen'))).text();
    expect(html).not.toContain(HOSTILE_TITLE);
    expect(JSON.stringify(stateOf(html)?.cache)).toContain(HOSTILE_TITLE);
    await openView(page, dashboard.url('/doelen'));
    await expect(page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).resolves.toBeUndefined();
    expect(normalize(await page.locator('main').innerText())).toContain(normalize(HOSTILE_TITLE));
    expect(dashboard.errors).toEqual([]);
  });
});

describe("a municipality's own view (issue [5/8], point 5)", () => {
  it('a GEMEENTE user lands on its own municipality, and sees it highlighted in the region’s charts', async () => {
    const context = await dashboard.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' });
    try {
      await loginRequest(context.request, dashboard.baseUrl, GEMEENTE.username, GEMEENTE.password);
      const page = await context.newPage();
      await openView(page, dashboard.url('/'));
      expect(await page.locator('h1').allInnerTexts()).toEqual([expect.stringContaining('Purmerend')]);
      // Its share of the region's inhabitants beside its share of cases and of contributions.
      expect(normalize(await page.locator('main').innerText())).toMatch(/Aandeel inwoners van de regio \d{1,2},\d ?% 14,3 ?% 100 ?%/);
      const nav = page.getByRole('navigation');
      expect(await nav.getByRole('link', { name: 'Gemeente', exact: true }).getAttribute('aria-current')).toBe('page');

      await nav.getByRole('link', { name: 'Overzicht', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/overzicht');
      const chart = page.getByRole('region', { name: /Lopende casussen per gemeente/ });
      expect(
        await chart
          .locator('svg text', { hasText: /^Purmerend$/ })
          .first()
          .getAttribute('font-weight'),
      ).toBe('700');
      expect(
        await chart
          .locator('svg text', { hasText: /^Zaanstad$/ })
          .first()
          .getAttribute('font-weight'),
      ).toBe('400');
    } finally {
      await context.close();
    }
  });
});
