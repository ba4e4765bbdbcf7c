/**
 * Working in forms (issue [5/8], point 7) in a real browser, against the real server: while a
 * note is being saved the form says so and takes no second submit; a failed save keeps what was
 * typed; a note typed when the session expires on the server is there again after logging in
 * once more, for that user only.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { request as playwrightRequest, type APIRequestContext, type Page, type Route } from 'playwright-core';
import { ADMIN_USERNAME, eventually, loginRequest, loginThroughForm, normalize, openView, screenshotDir, useDashboard } from './harness.js';

const dashboard = useDashboard({ loggedIn: false });
const password = randomBytes(15).toString('base64url');
const first = `zvh-${randomBytes(3).toString('hex')}`;
const second = `zvh-${randomBytes(3).toString('hex')}`;
let admin: APIRequestContext;

/** A mutation as the beheerder, through the API. */
async function asAdmin(query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await admin.post(`${dashboard.baseUrl}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join(' '));
  return body.data;
}

beforeAll(async () => {
  admin = await playwrightRequest.newContext();
  await loginRequest(admin, dashboard.baseUrl, ADMIN_USERNAME, dashboard.adminPassword);
  for (const username of [first, second]) {
    await asAdmin('mutation ($input: CreateUserInput!) { createUser(input: $input) { username } }', {
      input: { username, password, role: 'ZVH' },
    });
  }
}, 60_000);
afterAll(async () => admin?.dispose());

const notesOf = (page: Page) => page.getByRole('region', { name: /^Rode draden/ });

/** Holds every AddNote request until `release` is called; counts them. */
async function holdAddNote(page: Page): Promise<{ count: () => number; release: (how?: 'continue' | 'abort') => Promise<void> }> {
  const held: Route[] = [];
  let count = 0;
  await page.route(`${dashboard.baseUrl}/graphql`, async (route) => {
    if (!(route.request().postData() ?? '').includes('"operationName":"AddNote"')) return route.fallback();
    count += 1;
    held.push(route);
  });
  return {
    count: () => count,
    release: async (how = 'continue') => {
      await eventually(() => expect(held.length).toBeGreaterThan(0));
      for (const route of held.splice(0)) await (how === 'abort' ? route.abort('connectionrefused') : route.continue());
      await page.unroute(`${dashboard.baseUrl}/graphql`);
    },
  };
}

describe('a note while it is saved', () => {
  test('says "Bezig met toevoegen…", is busy and read-only with the text in sight, sends once, and empties only when saved', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    await loginThroughForm(page, first, password);
    const notes = notesOf(page);
    const field = notes.getByLabel('Signaal of trend', { exact: true });
    await field.fill('Meer meldingen uit Wormerland');
    const hold = await holdAddNote(page);
    await notes.getByRole('button', { name: 'Rode draad toevoegen', exact: true }).click();

    const busy = notes.getByRole('button', { name: 'Bezig met toevoegen…', exact: true });
    await busy.waitFor();
    expect(await busy.getAttribute('aria-disabled')).toBe('true');
    expect(await notes.locator('form').getAttribute('aria-busy')).toBe('true');
    expect(await field.inputValue()).toBe('Meer meldingen uit Wormerland');
    expect(await field.evaluate((el) => (el as HTMLTextAreaElement).readOnly)).toBe(true);
    // Typing and pressing again change nothing while the note is on its way.
    await field.focus();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(' extra');
    await busy.click({ force: true });
    expect(await field.inputValue()).toBe('Meer meldingen uit Wormerland');
    await page.screenshot({ path: join(screenshotDir, 'notitie-bezig.png') });

    await hold.release();
    await eventually(async () => expect(normalize(await notes.innerText())).toContain('De rode draad is toegevoegd.'), 15_000);
    expect(hold.count()).toBe(1);
    expect(await field.inputValue()).toBe('');
    expect(await notes.locator('.zv-notes__text').allInnerTexts()).toEqual(['Meer meldingen uit Wormerland']);
    expect(dashboard.errors).toEqual([]);
  });

  test('keeps the text when the save fails, and says that nothing was saved', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    await loginThroughForm(page, first, password);
    const notes = notesOf(page);
    const field = notes.getByLabel('Signaal of trend', { exact: true });
    await field.fill('Wachtlijst GGZ loopt op');
    const hold = await holdAddNote(page);
    await notes.getByRole('button', { name: 'Rode draad toevoegen', exact: true }).click();
    await hold.release('abort');
    const alert = notes.getByRole('alert');
    await eventually(async () => expect(normalize(await alert.innerText())).toMatch(/^Dat is niet gelukt: /), 15_000);
    expect(await field.inputValue()).toBe('Wachtlijst GGZ loopt op');
    expect(await field.evaluate((el) => (el as HTMLTextAreaElement).readOnly)).toBe(false);
    await notes.getByRole('button', { name: 'Rode draad toevoegen', exact: true }).waitFor();
  });
});

describe('a note typed when the session expires', () => {
  test('is back after logging in again, with a message; another user on the same browser does not see it', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    await loginThroughForm(page, first, password);
    const text = 'Signaal: meer jeugdoverlast in Oostzaan';
    await notesOf(page).getByLabel('Signaal of trend', { exact: true }).fill(text);

    // The beheerder ends the user's sessions on the server; the next request finds none.
    await asAdmin('mutation ($u: String!) { endSessions(username: $u) }', { u: first });
    await notesOf(page).getByRole('button', { name: 'Rode draad toevoegen', exact: true }).click();
    await page.getByText('Uw sessie is verlopen. Log opnieuw in.').waitFor({ timeout: 15_000 });

    await loginThroughForm(page, first, password);
    const notes = notesOf(page);
    await eventually(async () => expect(await notes.getByLabel('Signaal of trend', { exact: true }).inputValue()).toBe(text), 15_000);
    expect(normalize(await notes.innerText())).toContain('Uw niet-verzonden notitie is bewaard.');
    await notes.screenshot({ path: join(screenshotDir, 'notitie-bewaard.png') });

    // Expired once more; this time someone else logs in on the same browser.
    await asAdmin('mutation ($u: String!) { endSessions(username: $u) }', { u: first });
    await page.getByRole('navigation').getByRole('link', { name: 'Financiën', exact: true }).click();
    await page.getByText('Uw sessie is verlopen. Log opnieuw in.').waitFor({ timeout: 15_000 });
    await loginThroughForm(page, second, password);
    await page.getByRole('navigation').getByRole('link', { name: 'Casuïstiek', exact: true }).click();
    const theirs = notesOf(page);
    await theirs.getByLabel('Signaal of trend', { exact: true }).waitFor();
    expect(await theirs.getByLabel('Signaal of trend', { exact: true }).inputValue()).toBe('');
    expect(normalize(await theirs.innerText())).not.toContain('bewaard');
    // Nor is it left in the browser for anyone to find.
    const kept = await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('zv-draft:')));
    expect(kept).toEqual([]);
    expect(dashboard.errors.filter((e) => !/401|UNAUTHENTICATED/.test(e))).toEqual([]);
  });
});
