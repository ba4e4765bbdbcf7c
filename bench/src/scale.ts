/**
 * National size: the generated dataset of 25 regions and 342 municipalities loaded through the
 * store, one server serving its largest region, and the Overzicht and Casuïstiek queries asked
 * one after another — as the dashboard sends them (persisted; the response cache answers) and
 * as text to a second server whose cache keeps nothing (what the first request after an import
 * costs).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { login, startBenchServer } from './api/apiBench.js';
import { persistedDocument, sequentialTimings } from './api/sequential.js';
import { generateNational, loadNational } from './national.js';

export interface QueryTiming {
  name: 'overview' | 'caseload';
  label: string;
  cached: boolean;
  p50Ms: number;
  p99Ms: number;
  bytes: number;
}

export interface ScaleResult {
  regions: number;
  municipalities: number;
  counts: number;
  loadSeconds: number;
  region: { code: string; name: string; municipalities: number; snapshots: number };
  queries: QueryTiming[];
}

export async function measureScale({ requests = 200, port = 4714 } = {}): Promise<ScaleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'zv-bench-scale-'));
  const databasePath = join(dir, 'national.sqlite');
  const password = randomBytes(18).toString('base64url');
  try {
    const data = generateNational();
    const started = performance.now();
    const loaded = await loadNational(databasePath, data);
    const loadSeconds = (performance.now() - started) / 1000;

    const largest = [...data.regions].sort((a, b) => b.municipalities.length - a.municipalities.length)[0];
    if (!largest) throw new Error('De landelijke gegevens hebben geen regio’s.');
    const server = await startBenchServer(databasePath, port, password, { ZV_REGION: largest.code });
    const uncachedServer = await startBenchServer(databasePath, port + 1, password, { ZV_REGION: largest.code, ZV_BENCH_UNCACHED: '1' });
    try {
      const cookie = await login(`http://127.0.0.1:${port}`, password);
      const queries: QueryTiming[] = [];
      let snapshots = 0;
      for (const [name, operation] of [
        ['overview', persistedDocument('Overview')],
        ['caseload', persistedDocument('Caseload')],
      ] as const) {
        for (const cached of [true, false]) {
          const base = `http://127.0.0.1:${cached ? port : port + 1}`;
          const timing = await sequentialTimings(base, cookie, operation, { cached, requests });
          snapshots = (JSON.parse(timing.first) as { data: { caseloadSnapshots: unknown[] } }).data.caseloadSnapshots.length;
          const label = `${name === 'overview' ? 'Overzicht query' : 'Casuïstiek query (time series)'}, ${cached ? 'as the dashboard sends it' : 'as text, uncached'}`;
          queries.push({ name, label, cached, p50Ms: timing.p50Ms, p99Ms: timing.p99Ms, bytes: timing.bytes });
        }
      }
      return {
        regions: data.regions.length,
        municipalities: data.regions.reduce((sum, r) => sum + r.municipalities.length, 0),
        counts: loaded.counts,
        loadSeconds,
        region: { code: largest.code, name: largest.name, municipalities: largest.municipalities.length, snapshots },
        queries,
      };
    } finally {
      server.kill();
      uncachedServer.kill();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
