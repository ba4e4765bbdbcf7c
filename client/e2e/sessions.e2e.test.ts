/**
 * A user's own sessions on /account, in a real browser against the real server: two browsers
 * signed in as the same user both appear, the first ends the second, and the second is signed out
 * at its next request. Another user's session cannot be ended by its id.
 */
import { join } from 'node:path';
import type { APIRequestContext, BrowserContext } from 'playwright-core';
import {
  ADMIN_USERNAME,
  eventually,
  h1Texts,
  loginRequest,
  loginThroughForm,
  openView,
  screenshotDir,
  useDashboard,
  VIEWPORT,
} from './harness.js';

const dashboard = useDashboard({ loggedIn: false });

const contexts: BrowserContext[] = [];
async function newContext(): Promise<BrowserContext> {
  const context = await dashboard.browser.newContext({ viewport: VIEWPORT, locale: 'nl-NL' });
  contexts.push(context);
  return context;
}
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
});

/** One GraphQL operation over this request context's session. */
async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const response = await request.post(dashboard.url('/graphql'), {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  return (await response.json()) as { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

const MY_SESSIONS = '{ mySessions { id current method } }';

test('two browsers as the same user: both sessions are listed, the first ends the second, and the second is signed out', async () => {
  const first = dashboard.page;
  await openView(first, dashboard.url('/'));
  await loginThroughForm(first, ADMIN_USERNAME, dashboard.adminPassword);

  const second = await (await newContext()).newPage();
  await openView(second, dashboard.url('/'));
  await loginThroughForm(second, ADMIN_USERNAME, dashboard.adminPassword);
  await openView(second, dashboard.url('/account'));
  await eventually(async () => expect(await h1Texts(second)).toContain('Mijn account'));

  await openView(first, dashboard.url('/account'));
  const table = first.getByRole('table', { name: 'Uw actieve sessies' });
  await eventually(async () => expect(await table.locator('tbody tr').count()).toBe(2));
  const rows = await table.locator('tbody tr').allInnerTexts();
  expect(rows.filter((row) => row.includes('Deze sessie'))).toHaveLength(1);
  expect(rows.every((row) => row.startsWith('Wachtwoord'))).toBe(true);
  expect(rows.every((row) => /Chrome/.test(row))).toBe(true);
  await first.getByRole('heading', { name: 'Actieve sessies' }).scrollIntoViewIfNeeded();
  await first.screenshot({ path: join(screenshotDir, 'account-sessies.png'), animations: 'disabled', fullPage: true });

  await first.getByRole('button', { name: /^Sessie van .*beëindigen$/ }).click();
  await first.screenshot({ path: join(screenshotDir, 'account-sessie-beeindigen.png'), animations: 'disabled', fullPage: true });
  await first.getByRole('button', { name: 'Ja, sessie beëindigen' }).click();
  await eventually(async () => expect(await first.getByText('De sessie is beëindigd.').count()).toBe(1));
  expect(await table.locator('tbody tr').count()).toBe(1);
  expect(await first.getByText('U bent alleen in deze sessie ingelogd.').count()).toBe(1);

  // The second browser's next request finds no session: it shows the login page.
  await second.reload();
  await eventually(async () => expect(await h1Texts(second)).toEqual(['Inloggen']));
  // The first is still signed in.
  await openView(first, dashboard.url('/account'));
  await eventually(async () => expect(await h1Texts(first)).toContain('Mijn account'));
  expect(dashboard.errors.filter((e) => !/401|UNAUTHENTICATED/.test(e))).toEqual([]);
});

test("another user's session cannot be ended with its id: the answer is 'not found' and that session keeps working", async () => {
  const admin = (await newContext()).request;
  await loginRequest(admin, dashboard.baseUrl, ADMIN_USERNAME, dashboard.adminPassword);
  const password = 'een lange zin voor de collega';
  const created = await graphql(admin, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { username } }', {
    input: { username: 'collega', password, role: 'ZVH' },
  });
  expect(created.errors).toBeUndefined();

  const colleague = (await newContext()).request;
  await loginRequest(colleague, dashboard.baseUrl, 'collega', password);
  const theirs = await graphql<{ mySessions: { id: string }[] }>(colleague, MY_SESSIONS);
  const theirId = theirs.data!.mySessions[0]!.id;
  expect(theirId).toMatch(/^[0-9a-f]{32}$/);

  for (const id of [theirId, '0123456789abcdef0123456789abcdef']) {
    const attempt = await graphql(admin, 'mutation ($id: ID!) { endMySession(id: $id) }', { id });
    expect(attempt.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(attempt.errors?.[0]?.message).toMatch(/niet gevonden/);
  }
  const still = await graphql<{ mySessions: { id: string; current: boolean }[] }>(colleague, MY_SESSIONS);
  expect(still.data?.mySessions).toEqual([{ id: theirId, current: true, method: 'PASSWORD' }]);
  // Nor does the admin's list show the colleague's session.
  const mine = await graphql<{ mySessions: { id: string }[] }>(admin, MY_SESSIONS);
  expect(mine.data!.mySessions.map((s) => s.id)).not.toContain(theirId);
});
