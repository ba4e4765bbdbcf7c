/**
 * Shared set-up of the browser tests. `useDashboard()` registers Jest hooks that, per test file,
 * start the built server (`server/dist/main.js`, NODE_ENV=production) on a free port with a fresh
 * database in a temporary DATA_DIR and a random password for the user `admin`, launch Debian's
 * Chromium once, and give every test a fresh page (1280×720, nl-NL) whose console errors and
 * uncaught page errors are collected. Unless told otherwise the page is logged in as admin: the
 * dashboard shows nothing without a session.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { SeedData } from '@zv/seed';
// The browser, the server start, the login form and the figure check are shared with the bench (bench/src/client.ts).
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  loginThroughForm,
  startServer,
  tileTextInPage,
  type RunningServer,
} from '../../bench/src/clientMeasure.js';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const serverMain = join(repoRoot, 'server', 'dist', 'main.js');
export const clientDist = join(repoRoot, 'client', 'dist');
export const screenshotDir = join(repoRoot, 'artifacts', 'screenshots');

export { CHROMIUM, loginThroughForm, tileTextInPage };
export const CHROMIUM_MISSING =
  'Chromium ontbreekt: installeer het met `sudo apt-get install -y chromium` (Debian) — de browsertests gebruiken /usr/bin/chromium';

export const VIEWPORT = { width: 1280, height: 720 };

/** The views of the dashboard, with what their h1 says. */
export const VIEWS = [
  { name: 'overzicht', path: '/', h1: /^Overzicht$/ },
  { name: 'casuistiek', path: '/casuistiek', h1: /^Casuïstiek$/ },
  { name: 'financien', path: '/financien', h1: /^Financiën$/ },
  { name: 'prioriteiten', path: '/prioriteiten', h1: /^Prioriteiten\b/ },
  { name: 'doelen', path: '/doelen', h1: /^Doelen$/ },
  { name: 'gemeente-GM0479', path: '/gemeente/GM0479', h1: /Zaanstad/ },
  { name: 'toegankelijkheid', path: '/toegankelijkheid', h1: /^Toegankelijkheid/i },
  { name: 'beheer-gebruikers', path: '/beheer/gebruikers', h1: /^Gebruikers$/ },
  { name: 'beheer-import', path: '/beheer/import', h1: /^Gegevens importeren$/ },
  { name: 'beheer-versies', path: '/beheer/versies', h1: /^Versies$/ },
  { name: 'beheer-audit', path: '/beheer/audit', h1: /^Auditlog$/ },
  { name: 'account', path: '/account', h1: /^Mijn account$/ },
] as const;

export const ADMIN_USERNAME = 'admin';

type BrowserState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface Dashboard {
  /** http://127.0.0.1:<port> */
  readonly baseUrl: string;
  /** Absolute URL of a path on the test server. */
  url(path: string): string;
  /** The page of the running test (new for every test). */
  readonly page: Page;
  /** Console errors and uncaught exceptions of the running test's page, in order. */
  readonly errors: string[];
  readonly browser: Browser;
  /** The password of `admin` on this test server (random per test file). */
  readonly adminPassword: string;
}

export interface DashboardOptions {
  /** Start every page with a session of admin (default); false: without any session. */
  loggedIn?: boolean;
  /**
   * ZV_MFA_REQUIRED of the test server: 'none' (default) lets admin sign in with a password alone,
   * as every view's test needs; 'default' keeps the product's default (BEHEERDER and ZVH need a second factor).
   */
  mfaRequired?: 'none' | 'default';
  /** More environment for the server, given its address (e.g. ZV_PUBLIC_URL and single sign-on). */
  serverEnv?: (baseUrl: string) => Promise<Record<string, string>>;
  /** The built command to start instead of server/dist/main.js (e.g. server/dist/cli/demo.js for npm run demo). */
  serverMain?: string;
  /**
   * More regions in the same database, as the national network would share one (decision 0022):
   * each loaded through a store of its own before the server starts, which then serves the real
   * seed's region (ZV_REGION) and fills it from the seed as always. Made-up data only, labelled as
   * such ("Testregio A", a source saying it is invented).
   */
  otherRegions?: readonly SeedData[];
}

/** Registers beforeAll/afterAll/beforeEach/afterEach and returns handles to the running test's page. */
export function useDashboard({
  loggedIn = true,
  mfaRequired = 'none',
  serverEnv,
  serverMain: command = serverMain,
  otherRegions = [],
}: DashboardOptions = {}): Dashboard {
  let server: RunningServer | undefined;
  let dataDir: string | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let baseUrl = '';
  let errors: string[] = [];
  // A strong password nobody knows, so that no test can pass with a guessable one.
  const adminPassword = randomBytes(18).toString('base64url');
  let session: BrowserState | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(CHROMIUM_MISSING);
    if (!existsSync(command)) {
      throw new Error(`De server is niet gebouwd: ${command} ontbreekt. Bouw hem met \`npx tsc -b server\` (of \`npm run build\`).`);
    }
    if (!existsSync(join(clientDist, 'index.html'))) {
      throw new Error(
        `Het dashboard is niet gebouwd: ${join(clientDist, 'index.html')} ontbreekt. Bouw het met \`npm run build -w client\`.`,
      );
    }

    dataDir = mkdtempSync(join(tmpdir(), 'zv-e2e-'));
    const region = otherRegions.length > 0 ? await loadOtherRegions(dataDir, otherRegions) : undefined;
    server = await startServer({
      serverMain: command,
      cwd: repoRoot,
      dataDir,
      adminPassword,
      env: async (address) => ({
        // Empty: the server's default (startServer sets none otherwise).
        ...(mfaRequired === 'default' ? { ZV_MFA_REQUIRED: '' } : {}),
        ...(region ? { ZV_REGION: region } : {}),
        ...(serverEnv ? await serverEnv(address) : {}),
      }),
    });
    baseUrl = server.baseUrl;

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    if (loggedIn) {
      // One login per test file; every test's context starts with its session cookie.
      const context = await browser.newContext();
      await loginRequest(context.request, baseUrl, ADMIN_USERNAME, adminPassword);
      session = await context.storageState();
      await context.close();
    }
  }, 90_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  beforeEach(async () => {
    if (!browser) throw new Error('De browser is niet gestart (zie de fout in beforeAll).');
    errors = [];
    context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-NL', ...(session ? { storageState: session } : {}) });
    page = await context.newPage();
    const collected = errors;
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      collected.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => collected.push(`pageerror: ${error.stack ?? error.message}`));
  });

  afterEach(async () => {
    await context?.close().catch(() => undefined);
    context = undefined;
    page = undefined;
  });

  return {
    get baseUrl() {
      return baseUrl;
    },
    url: (path: string) => new URL(path, baseUrl).toString(),
    get page() {
      if (!page) throw new Error('Geen pagina: alleen binnen een test beschikbaar.');
      return page;
    },
    get errors() {
      return errors;
    },
    get browser() {
      if (!browser) throw new Error('De browser is niet gestart.');
      return browser;
    },
    adminPassword,
  };
}

/**
 * Loads `regions` into the database under `dataDir` (the file the server will open), each through a
 * store serving that region, as bench/src/national.ts fills the national network; answers the real
 * seed's region code, the one the server is to serve among them. The built server's store: the
 * same code the server runs.
 */
async function loadOtherRegions(dataDir: string, regions: readonly SeedData[]): Promise<string> {
  const [{ loadSeed }, { DATABASE_FILE }, { SqliteStore }] = await Promise.all([
    import('@zv/seed'),
    import('../../server/dist/config.js'),
    import('../../server/dist/store/index.js'),
  ]);
  const served = loadSeed().region.code;
  for (const seed of regions) {
    if (seed.region.code === served) throw new Error(`otherRegions: ${served} is de regio van de server zelf, geen andere regio.`);
    const store = SqliteStore.open(join(dataDir, DATABASE_FILE), { region: seed.region.code });
    try {
      await store.loadSeed(seed);
    } finally {
      await store.close();
    }
  }
  return served;
}

/**
 * Logs in through the API (the `login` mutation); the session cookie then lives in the request
 * context's browser context. JSON, as Apollo's CSRF prevention asks.
 */
export async function loginRequest(request: APIRequestContext, baseUrl: string, username: string, password: string): Promise<void> {
  const response = await request.post(`${baseUrl}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: {
      operationName: 'Login',
      query:
        'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { next user { username } } }',
      variables: { username, password },
    },
  });
  const body = (await response.json().catch(() => null)) as {
    data?: { login?: { next: string; user: { username: string } | null } };
    errors?: unknown;
  } | null;
  if (!response.ok() || body?.data?.login?.next !== 'NONE' || body.data.login.user?.username !== username) {
    throw new Error(`Inloggen als ${username} via /graphql mislukte (HTTP ${response.status()}): ${JSON.stringify(body)}`);
  }
  const cookies = await request.storageState();
  if (cookies.cookies.length === 0)
    throw new Error(`Inloggen als ${username} gaf geen sessiecookie (Set-Cookie ontbreekt of werd geweigerd).`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Retries an assertion until it passes or the time is up; then throws its last error. */
export async function eventually<T>(assertion: () => Promise<T> | T, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await sleep(100);
  }
}

/** Collapses whitespace, including the no-break spaces of nl-NL number formatting ("€ 285.499"). */
export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * Opens a view and waits until its h1 is there, React has taken the page over (a page rendered on
 * the server shows its h1 before its buttons work) and its data requests have settled.
 */
export async function openView(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('h1').first().waitFor({ state: 'visible', timeout: 15_000 });
  await waitForReact(page);
  await page.waitForLoadState('networkidle');
}

/** Until React has attached itself to the page's elements (rendered them, or hydrated the server's). */
export async function waitForReact(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(document.querySelector('#root > *') ?? {}).some((key) => key.startsWith('__reactFiber')));
}

/** The text of the h1 elements of the page. */
export async function h1Texts(page: Page): Promise<string[]> {
  return (await page.locator('h1').allInnerTexts()).map(normalize);
}

export async function tileText(page: Page, title: string): Promise<string | null> {
  return page.evaluate(tileTextInPage, title);
}

/** aria-labels of the focusable chart marks whose label mentions `name` (e.g. "Zaanstad"). */
export async function markLabels(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (needle) =>
      Array.from(document.querySelectorAll('[aria-label][tabindex="0"]'))
        .map((element) => (element.getAttribute('aria-label') ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim())
        .filter((label) => label.includes(needle)),
    name,
  );
}

/** The visible text of the main content (or the body), whitespace collapsed. */
export async function mainText(page: Page): Promise<string> {
  const main = page.locator('main');
  const text = (await main.count()) > 0 ? await main.first().innerText() : await page.locator('body').innerText();
  return normalize(text);
}
