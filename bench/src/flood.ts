/**
 * A login flood against the production server (issue [2/8]): `connections` clients send wrong
 * passwords for `admin` from one address for `seconds`, while the dashboard's JavaScript and
 * /healthz are fetched every 200 ms. Answers what the flood got (by status) and how long the
 * dashboard's own requests took meanwhile and right after.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startServer, tags } from './clientMeasure.js';
import { percentile } from './report.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface Timings {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  samples: number;
}

export interface FloodResult {
  seconds: number;
  connections: number;
  /** HTTP status → answers the flood got. */
  answers: Record<string, number>;
  healthz: Timings;
  asset: Timings;
  /** After the flood: how long until the asset answers within 100 ms again. */
  recoveryMs: number;
}

export const timings = (values: number[]): Timings => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: sorted.at(-1) ?? 0, samples: sorted.length };
};

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(120_000) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

export async function measureFlood({ seconds = 20, connections = 64 } = {}): Promise<FloodResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zv-bench-flood-'));
  const adminPassword = randomBytes(18).toString('base64url');
  const server = await startServer({ serverMain: join(ROOT, 'server', 'dist', 'main.js'), cwd: ROOT, dataDir, adminPassword });
  try {
    const base = server.baseUrl;
    // The dashboard's files are behind the login, as its users get them.
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($p: String!) { login(username: "admin", password: $p) { next user { username } } }',
        variables: { p: adminPassword },
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const html = await (await fetch(`${base}/`, { headers: { cookie } })).text();
    const script = tags(html, 'script').find((t) => t.src)?.src;
    if (!script) throw new Error('Geen script in de dashboardpagina: is de client gebouwd?');
    const asset = new URL(script, base).toString();

    const health: number[] = [];
    const files: number[] = [];
    let flooding = true;
    const sampler = (async () => {
      while (flooding) {
        const [h, a] = await Promise.all([timed(`${base}/healthz`, {}), timed(asset, { cookie })]);
        health.push(h);
        files.push(a);
        await new Promise((done) => setTimeout(done, 200));
      }
    })();
    const result = await autocannon({
      url: `${base}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(username: "admin", password: "een verkeerd wachtwoord") { next user { username } } }',
      }),
      connections,
      duration: seconds,
    });
    flooding = false;
    await sampler;
    const stopped = performance.now();
    while ((await timed(asset, { cookie })) > 100 && performance.now() - stopped < 300_000)
      await new Promise((done) => setTimeout(done, 100));
    const answers = Object.fromEntries(
      Object.entries((result as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats).map(([code, s]) => [
        code,
        s.count,
      ]),
    );
    return { seconds, connections, answers, healthz: timings(health), asset: timings(files), recoveryMs: performance.now() - stopped };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
