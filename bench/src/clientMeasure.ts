/**
 * How the dashboard's front end is measured — one module for the browser tests
 * (client/e2e/performance.e2e.test.ts, through client/e2e/harness.ts) and the bench
 * (bench/src/client.ts): the JavaScript the first page load needs, the in-page check that the
 * overview's figures are there, the time from navigation to that moment, the login form, and
 * starting the built server on a free port.
 *
 * Compiled twice: by tsc for the bench (Node types, no DOM library) and by ts-jest/tsc with the
 * client's tsconfig (DOM library). So the in-page function below describes the few DOM members
 * it uses itself instead of relying on the DOM library.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** Debian's Chromium; nothing is ever downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The tile whose figure marks "the overview's figures are visible", and the seeded database's figure. */
export const FIGURE_TILE = 'Lopende casussen';
export const SEEDED_RUNNING_CASES = 96;

export interface InitialJavaScript {
  /** Sum of the files' gzip -9 sizes, in bytes. */
  gzipBytes: number;
  /** In the order of index.html: the module script(s), then the modulepreload links. */
  files: { src: string; gzipBytes: number }[];
}

/** Attributes of every `<tag …>` in an HTML text. */
export function tags(html: string, tag: string): Record<string, string>[] {
  return Array.from(html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi')), (match) => {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? '').matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      const name = attribute[1];
      if (name) attributes[name.toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    }
    return attributes;
  });
}

/**
 * The JavaScript the first page load needs: the module script(s) and modulepreload links of the
 * built index.html in `clientDist`, each gzipped at level 9 (node:zlib), in bytes.
 */
export function initialJavaScript(clientDist: string): InitialJavaScript {
  const html = readFileSync(join(clientDist, 'index.html'), 'utf8');
  const sources = [
    ...tags(html, 'script')
      .filter((a) => a.type === 'module' && a.src)
      .map((a) => a.src!),
    ...tags(html, 'link')
      .filter((a) => a.rel === 'modulepreload' && a.href)
      .map((a) => a.href!),
  ];
  const files = sources.map((src) => {
    const path = join(clientDist, new URL(src, 'http://dashboard.test/').pathname);
    return { src, gzipBytes: gzipSync(readFileSync(path), { level: 9 }).length };
  });
  return { gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), files };
}

/** The few DOM members tileTextInPage uses (the bench compiles without the DOM library). */
interface PageElement {
  readonly textContent: string | null;
  readonly children: ArrayLike<PageElement>;
  readonly parentElement: PageElement | null;
  /** HTML elements only (not SVG). */
  readonly innerText?: string;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
}

/**
 * In-page function (also used with waitForFunction): the text of the tile titled `title` in the
 * main content, i.e. the nearest ancestor of the title element that holds more than the title.
 * null while the title is not there. Self-contained: it is sent to the browser as source text.
 */
export function tileTextInPage(title: string): string | null {
  const doc = (globalThis as unknown as { document: { querySelector(selectors: string): PageElement | null; body: PageElement } }).document;
  const norm = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const root = doc.querySelector('main') ?? doc.body;
  const titleElement = Array.from(root.querySelectorAll('*')).find(
    (element) => norm(element.textContent) === title && !Array.from(element.children).some((child) => norm(child.textContent) === title),
  );
  if (!titleElement) return null;
  let tile: PageElement = titleElement;
  while (tile.parentElement && norm(tile.textContent) === title) tile = tile.parentElement;
  return norm(typeof tile.innerText === 'string' ? tile.innerText : tile.textContent);
}

/**
 * Makes `tileTextInPage` available in every document the page loads. The page's CSP forbids eval,
 * so the in-page check cannot be sent as source text: an init script (run by the browser itself,
 * not subject to the CSP) defines it on every load. Call once per page, before navigating.
 */
export async function installFigureProbe(page: Page): Promise<void> {
  await page.addInitScript(`window.tileTextInPage = ${tileTextInPage.toString()};`);
}

/**
 * Navigates `page` to `url` and answers the milliseconds from navigation start
 * (performance.now() in the new document) until the tile `title` shows `figure` as a whole
 * word — "the overview's figures are visible". Needs installFigureProbe(page) first.
 */
export async function timeToFigures(
  page: Page,
  url: string,
  {
    title = FIGURE_TILE,
    figure = String(SEEDED_RUNNING_CASES),
    timeout = 15_000,
  }: { title?: string; figure?: string; timeout?: number } = {},
): Promise<number> {
  // From the first byte of the page on: a page the server rendered shows its figures before the
  // scripts have loaded (the check runs per animation frame, i.e. when the browser can paint).
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    ({ title, figure }) => {
      const probe = (globalThis as unknown as { tileTextInPage: typeof tileTextInPage }).tileTextInPage;
      const text = probe(title);
      const word = new RegExp(`\\b${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
      return text !== null && word.test(text) ? performance.now() : false;
    },
    { title, figure },
    { timeout },
  );
  const ms = Number(await handle.jsonValue());
  await handle.dispose();
  return ms;
}

/** The median (of an odd count; the upper middle of an even one), NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Logs in through the login form on `page` (which shows it) and waits until the form is gone. */
export async function loginThroughForm(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Wachtwoord', { exact: true }).press('Enter');
  await page.getByText(`Ingelogd als ${username}`).waitFor({ state: 'visible', timeout: 15_000 });
}

export interface RunningServer {
  /** http://127.0.0.1:<port> */
  readonly baseUrl: string;
  /** The last 8 000 characters the server wrote (stdout and stderr). */
  output(): string;
  /** SIGTERM, SIGKILL after 8 s; resolves once the process is gone. */
  stop(): Promise<void>;
}

/**
 * Starts the built server (`node <serverMain>`, NODE_ENV=production) on a free port of 127.0.0.1
 * with DATA_DIR `dataDir` and ZV_ADMIN_PASSWORD `adminPassword` (the password of `admin` on a new
 * database), and waits until /healthz answers {"status":"ok"}; stops it again when it does not.
 */
export async function startServer({
  serverMain,
  cwd,
  dataDir,
  adminPassword,
  env = {},
}: {
  serverMain: string;
  cwd: string;
  dataDir: string;
  adminPassword: string;
  /** More environment for the server (e.g. ZV_SERVER_RENDERING=off); a function gets the server's address first. */
  env?: Record<string, string> | ((baseUrl: string) => Promise<Record<string, string>>);
}): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const extraEnv = typeof env === 'function' ? await env(baseUrl) : env;
  let output = '';
  const child = spawn(process.execPath, [serverMain], {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ZV_ADMIN_PASSWORD: adminPassword,
      // Sign-ins with a password alone, as the views measured and tested need; mfa.e2e.test.ts asks for the default.
      ZV_MFA_REQUIRED: 'none',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: RunningServer = { baseUrl, output: () => output, stop: () => stopServer(child) };
  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 45_000;
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  let last = '';
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new Error(`De server stopte bij het starten (exit ${exited}):\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      const body = await response.text();
      if (response.ok && JSON.parse(body).status === 'ok') return;
      last = `${response.status} ${body}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`De server gaf binnen 45 s geen {"status":"ok"} op ${baseUrl}/healthz (laatste antwoord: ${last}).\n${output()}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
  await exited;
  clearTimeout(timer);
}
