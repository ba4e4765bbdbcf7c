/**
 * Costly queries against the national dataset (issue [2/8], item 4): one server serving the
 * largest region, the finding's query (15 aliases of every count date's breakdown), the costliest
 * query the limit still lets through, and eight of those running at once from two users while
 * /healthz and the dashboard's JavaScript are fetched every 50 ms.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { login, startBenchServer } from './api/apiBench.js';
import { BENCH_USER, BENCH_USER_2 } from './api/names.js';
import { tags } from './clientMeasure.js';
import { timings, type Timings } from './flood.js';
import { generateNational, loadNational } from './national.js';

/** The finding: 15 aliases of every count date by municipality and knowledge domain. */
const BREAKDOWN =
  'peildatum total byMunicipality { count suppressed municipality { code name } byDomain { count suppressed domain { code name } } }';
export const FINDING = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: caseloadSnapshots { ${BREAKDOWN} }`).join(' ')} }`;
/** Every count date by municipality and domain, counts only: just inside the limit for the largest region. */
export const COSTLIEST = '{ caseloadSnapshots { byMunicipality { byDomain { count } } } }';

export interface CostlyResult {
  region: string;
  finding: { status: number; code: string; p50Ms: number };
  costliest: { bytes: number; alone: Timings; underLoad: Timings; answers: Record<string, number> };
  idle: { healthz: Timings; asset: Timings };
  during: { healthz: Timings; asset: Timings };
}

async function timed(url: string, init: RequestInit = {}): Promise<{ ms: number; status: number; text: string }> {
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  return { ms: performance.now() - started, status: response.status, text };
}

export async function measureCostly({ seconds = 15, port = 4713 } = {}): Promise<CostlyResult> {
  const dir = mkdtempSync(join(tmpdir(), 'zv-bench-costly-'));
  const databasePath = join(dir, 'national.sqlite');
  const password = randomBytes(18).toString('base64url');
  try {
    const data = generateNational();
    await loadNational(databasePath, data);
    const largest = [...data.regions].sort((a, b) => b.municipalities.length - a.municipalities.length)[0]!;
    // A cache that keeps nothing: the response cache would answer a repeated text, but an attacker
    // varies it (a space, a comment), so what is measured is the query worked out each time.
    const server = await startBenchServer(databasePath, port, password, { ZV_REGION: largest.code, ZV_BENCH_UNCACHED: '1' });
    try {
      const base = `http://127.0.0.1:${port}`;
      const cookies = [await login(base, password, BENCH_USER), await login(base, password, BENCH_USER_2)];
      const html = await (await fetch(`${base}/`, { headers: { cookie: cookies[0]! } })).text();
      const script = tags(html, 'script').find((t) => t.src)?.src;
      if (!script) throw new Error('Geen script in de dashboardpagina: is de client gebouwd?');
      const asset = new URL(script, base).toString();
      const ask = (query: string, cookie: string) =>
        timed(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query }),
        });

      // /healthz and the JavaScript each on their own, every 50 ms.
      const every50ms = async (until: () => boolean, fetchOnce: () => Promise<{ ms: number }>) => {
        const times: number[] = [];
        while (!until()) {
          times.push((await fetchOnce()).ms);
          await new Promise((done) => setTimeout(done, 50));
        }
        return timings(times);
      };
      const sample = async (until: () => boolean) => {
        const [healthz, file] = await Promise.all([
          every50ms(until, () => timed(`${base}/healthz`)),
          every50ms(until, () => timed(asset, { headers: { cookie: cookies[0]! } })),
        ]);
        return { healthz, asset: file };
      };
      const forSeconds = (s: number) => {
        const end = performance.now() + s * 1000;
        return () => performance.now() >= end;
      };

      const idle = await sample(forSeconds(3));

      const refusals: number[] = [];
      let finding = { status: 0, code: '' };
      for (let i = 0; i < 20; i++) {
        const answer = await ask(FINDING, cookies[0]!);
        refusals.push(answer.ms);
        finding = {
          status: answer.status,
          code: String(
            (JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? 'none',
          ),
        };
      }

      const first = await ask(COSTLIEST, cookies[0]!);
      if (first.status !== 200) throw new Error(`De duurste toegestane query werd geweigerd: ${first.status} ${first.text.slice(0, 300)}`);
      const alone: number[] = [];
      for (let i = 0; i < 10; i++) alone.push((await ask(COSTLIEST, cookies[0]!)).ms);

      // Eight at once, four per user, for `seconds`.
      let running = true;
      const underLoad: number[] = [];
      const answers: Record<string, number> = {};
      const workers = Array.from({ length: 8 }, async (_, i) => {
        while (running) {
          const answer = await ask(COSTLIEST, cookies[i % 2]!);
          underLoad.push(answer.ms);
          answers[answer.status] = (answers[answer.status] ?? 0) + 1;
        }
      });
      await new Promise((done) => setTimeout(done, 200));
      const during = await sample(forSeconds(seconds));
      running = false;
      await Promise.all(workers);

      return {
        region: `${largest.name}: ${largest.municipalities.length} municipalities, ${largest.counts.length} count dates`,
        finding: { ...finding, p50Ms: timings(refusals).p50Ms },
        costliest: { bytes: Buffer.byteLength(first.text), alone: timings(alone), underLoad: timings(underLoad), answers },
        idle,
        during,
      };
    } finally {
      server.kill();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
