/**
 * The front end's two numbers, measured the way the browser test (client/e2e/performance.e2e.test.ts)
 * measures them — the code is shared, see clientMeasure.ts:
 *
 * - the JavaScript the first page load needs: the module script and modulepreload links of
 *   client/dist/index.html, each gzipped at level 9, in bytes;
 * - the time from navigation to the overview's figures (tile "Lopende casussen" shows the seeded
 *   database's 96) in headless Chromium: per run a fresh browser context, a login through the
 *   form at /, the HTTP cache cleared (so the measured load is cold, as a first visit after
 *   logging in would be without the login page's downloads), then a navigation to /.
 *
 * Needs a built client and server. Given `baseUrl`, `username` and `password` it measures that
 * running server (a seeded database: the figure is 96); without them it starts the built server
 * itself (`node server/dist/main.js`, fresh DATA_DIR, user admin with a random password) and
 * stops it afterwards.
 *
 * Alone: `node bench/dist/client.js` (own server), or against a running one:
 * `BENCH_URL=http://127.0.0.1:4123 ZV_ADMIN_PASSWORD=… [BENCH_USERNAME=admin] node bench/dist/client.js`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  initialJavaScript,
  installFigureProbe,
  loginThroughForm,
  median,
  SEEDED_RUNNING_CASES,
  startServer,
  timeToFigures,
} from './clientMeasure.js';

/** Lighthouse's mobile profile ("Slow 4G" with a 4× slower CPU), as issue [4/8] measures it. */
export const LIGHTHOUSE_MOBILE = {
  cpuSlowdown: 4,
  roundTripMs: 150,
  downBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  upBytesPerSecond: (750 * 1024) / 8,
} as const;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** client/dist, from bench/dist (compiled) as from bench/src. */
export const clientDist = join(repoRoot, 'client', 'dist');
const serverMain = join(repoRoot, 'server', 'dist', 'main.js');

export type ClientOptions = {
  /** Page loads to measure; the median is reported. */
  runs?: number;
  /** The figure the tile "Lopende casussen" shows once loaded (the seeded database: 96). */
  figure?: string;
} & (
  | {
      /** A running server, e.g. http://127.0.0.1:4000, and a user of it. */
      baseUrl: string;
      username: string;
      password: string;
    }
  | { baseUrl?: undefined; username?: undefined; password?: undefined }
);

/** One way of serving the overview, measured: each a median over the runs. */
export interface LoadFigures {
  timeToFiguresMs: { runs: number[]; median: number };
  /** What the browser received for the overview, cold (headers and bodies as sent, compressed): median over the runs. */
  wire: { bytes: number; requests: number };
  /** The same navigation on Lighthouse's mobile profile: CPU 4× slower, 150 ms round trip, 1,6 Mbit/s down. */
  throttledMs: { runs: number[]; median: number };
}

export interface ClientResult {
  /** Sum over `files`. */
  initialJsGzipBytes: number;
  files: { src: string; gzipBytes: number }[];
  /** As `npm start` serves it: a first visit with a session arrives rendered (decision 0009). */
  rendered: LoadFigures;
  /** The same build with ZV_SERVER_RENDERING=off: the browser renders after fetching its data (the baseline); null against a given server. */
  browserRendered: LoadFigures | null;
}

export async function measureClient(options: ClientOptions = {}): Promise<ClientResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium ontbreekt (${CHROMIUM}): installeer het met \`sudo apt-get install -y chromium\`.`);
  if (!existsSync(join(clientDist, 'index.html')))
    throw new Error(`Het dashboard is niet gebouwd: bouw het met \`npm run build -w client\`.`);
  const initial = initialJavaScript(clientDist);
  const summary = { initialJsGzipBytes: initial.gzipBytes, files: initial.files };
  if (options.baseUrl !== undefined) {
    return { ...summary, rendered: await measure(options.baseUrl, options.username, options.password, options), browserRendered: null };
  }
  if (!existsSync(serverMain)) throw new Error(`De server is niet gebouwd: ${serverMain} ontbreekt (\`npx tsc -b server\`).`);
  const rendered = await withOwnServer({}, (baseUrl, password) => measure(baseUrl, 'admin', password, options));
  const browserRendered = await withOwnServer({ ZV_SERVER_RENDERING: 'off' }, (baseUrl, password) =>
    measure(baseUrl, 'admin', password, options),
  );
  return { ...summary, rendered, browserRendered };
}

/** Starts the built server on a fresh DATA_DIR (user admin, random password), runs `use`, stops it. */
async function withOwnServer<T>(env: Record<string, string>, use: (baseUrl: string, password: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zv-bench-client-'));
  const password = randomBytes(18).toString('base64url');
  try {
    const server = await startServer({ serverMain, cwd: repoRoot, dataDir, adminPassword: password, env });
    try {
      return await use(server.baseUrl, password);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * One cold load of the overview in a fresh context: log in through the form, clear the HTTP cache
 * (the login page downloaded the bundle already), then navigate to `home` — on Lighthouse's mobile
 * profile when `throttle`. Answers the time to the figures and what travelled on the wire: every
 * response of the load, headers and body as sent (compressed).
 */
async function coldLoad(
  browser: Browser,
  home: string,
  { username, password, figure, throttle }: { username: string; password: string; figure: string; throttle: boolean },
): Promise<{ ms: number; bytes: number; requests: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    await installFigureProbe(page);
    await page.goto(home);
    await loginThroughForm(page, username, password);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.enable');
    if (throttle) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: LIGHTHOUSE_MOBILE.cpuSlowdown });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: LIGHTHOUSE_MOBILE.roundTripMs,
        downloadThroughput: LIGHTHOUSE_MOBILE.downBytesPerSecond,
        uploadThroughput: LIGHTHOUSE_MOBILE.upBytesPerSecond,
      });
    }
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    const ms = await timeToFigures(page, home, { figure, timeout: throttle ? 120_000 : 15_000 });
    await page.waitForLoadState('networkidle');
    await cdp.detach();
    return { ms, bytes, requests };
  } finally {
    await context.close();
  }
}

async function measure(
  baseUrl: string,
  username: string,
  password: string,
  { runs = 5, figure = String(SEEDED_RUNNING_CASES) }: ClientOptions,
): Promise<LoadFigures> {
  const home = new URL('/', baseUrl).toString();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const times: number[] = [];
  const wire: { bytes: number; requests: number }[] = [];
  const throttled: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const load = await coldLoad(browser, home, { username, password, figure, throttle: false });
      times.push(load.ms);
      wire.push({ bytes: load.bytes, requests: load.requests });
    }
    for (let run = 0; run < runs; run++) throttled.push((await coldLoad(browser, home, { username, password, figure, throttle: true })).ms);
  } finally {
    await browser.close();
  }
  return {
    timeToFiguresMs: { runs: times, median: median(times) },
    wire: [...wire].sort((a, b) => a.bytes - b.bytes)[Math.floor(wire.length / 2)] ?? { bytes: Number.NaN, requests: 0 },
    throttledMs: { runs: throttled, median: median(throttled) },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.env.BENCH_URL;
  const password = process.env.ZV_ADMIN_PASSWORD;
  if (baseUrl && !password) {
    console.error('Met BENCH_URL hoort ZV_ADMIN_PASSWORD: het wachtwoord van de gebruiker (BENCH_USERNAME, standaard admin).');
    process.exit(2);
  }
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const result = await measureClient(
    baseUrl && password ? { baseUrl, username: process.env.BENCH_USERNAME ?? 'admin', password, runs } : { runs },
  );
  console.log(JSON.stringify(result, null, 2));
}
