/**
 * Child process of importBench.ts: runs one import the way `npm run import` does
 * (server/src/cli/import.ts) — readConfig from the environment (DATA_DIR, ZV_REGION), SqliteStore.open,
 * createServices, services.imports.run on a read stream of the file — and prints one JSON line
 * with the time around the import call and this process's peak RSS. Its own process, so that
 * the peak RSS is the import's alone.
 *
 *   DATA_DIR=… node bench/dist/importChild.js <file> [--kind CASELOAD] [--today YYYY-MM-DD]
 *
 * `--today` sets the clock the import reads "today" from (AuthService's `now`, an option of
 * createServices); without it the real clock, as in the CLI.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readConfig } from '@zv/server/dist/config.js';
import type { ImportKind } from '@zv/server/dist/import/index.js';
import { createServices } from '@zv/server/dist/services.js';
import { SqliteStore } from '@zv/server/dist/store/index.js';

export interface ChildReport {
  kind: ImportKind;
  /** Seconds around services.imports.run (validation, staging, apply, audit). */
  seconds: number;
  /** Peak resident set of this process (process.resourceUsage().maxRSS), KiB. */
  maxRssKiB: number;
  /** VmHWM of /proc/self/status, KiB (null where there is none). */
  vmHwmKiB: number | null;
  rowsRead: number;
  /** Rows added, changed, unchanged, removed (summed over the count dates, as the CLI prints them). */
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  /** Count dates (or years) the import added, replaced, left as they were. */
  keysAdded: number;
  keysChanged: number;
  keysUnchanged: number;
  /** The first errors, when the file was refused. */
  errors: { line: number | null; column: string | null; message: string }[];
  moreErrors: number;
  today: string;
}

function vmHwmKiB(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { kind: { type: 'string', default: 'CASELOAD' }, today: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file) throw new Error('Gebruik: DATA_DIR=… node importChild.js <bestand> [--kind CASELOAD] [--today YYYY-MM-DD]');
  const kind = String(values.kind).toUpperCase() as ImportKind;
  const fixedNow = values.today ? Date.parse(`${values.today}T12:00:00Z`) : null;
  if (fixedNow !== null && Number.isNaN(fixedNow)) throw new Error(`--today "${values.today}" is geen datum (YYYY-MM-DD).`);

  const config = readConfig(process.env);
  const store = SqliteStore.open(config.databasePath, { region: config.region });
  try {
    const services = createServices(store, {
      suppressBelow: config.suppressBelow,
      ...(fixedNow !== null ? { auth: { now: () => fixedNow } } : {}),
    });
    const started = performance.now();
    const result = await services.imports.run(kind, createReadStream(file), {
      dryRun: false,
      actor: { username: 'cli:bench', origin: 'cli' },
      fileName: basename(file),
    });
    const seconds = (performance.now() - started) / 1000;
    const report: ChildReport = {
      kind,
      seconds,
      maxRssKiB: process.resourceUsage().maxRSS,
      vmHwmKiB: vmHwmKiB(),
      rowsRead: result.rowsRead,
      added: result.added,
      changed: result.changed,
      unchanged: result.unchanged,
      removed: result.removed,
      keysAdded: result.changes.filter((c) => c.effect === 'ADDED').length,
      keysChanged: result.changes.filter((c) => c.effect === 'CHANGED').length,
      keysUnchanged: result.changes.filter((c) => c.effect === 'UNCHANGED').length,
      errors: result.errors.slice(0, 10).map((e) => ({ line: e.line ?? null, column: e.column ?? null, message: e.message })),
      moreErrors: result.moreErrors + Math.max(0, result.errors.length - 10),
      today: new Date(services.auth.now()).toISOString().slice(0, 10),
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
