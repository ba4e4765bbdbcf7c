/**
 * The million-row caseload import through the one import code path (ImportService.run, as
 * `npm run import` calls it): wall time and peak RSS of the importing process.
 *
 * - generateCaseloadCsv writes a valid CASELOAD file (`peildatum;gemeente;kennisdomein;aantal`)
 *   with a seeded PRNG: per count date, per municipality its total (empty kennisdomein, the sum
 *   of its domains) and one row per domain, then the region's "Totaal" (the sum of the
 *   municipalities' totals). Consecutive days, newest first.
 * - measureImport loads the national dataset in a temporary DATA_DIR, writes the file for its largest
 *   region, runs the import in a child process (importChild.ts), reads the count dates back
 *   through the store and checks them against what was written.
 *
 * Which region: a count date holds each peildatum + gemeente + kennisdomein once, so a million rows
 * need many municipalities or many dates. The file is for the largest region of the generated
 * national dataset (bench/src/national.ts: 26 municipalities, 183 rows a count date), with daily
 * count dates going back from today — about fifteen years, all between 2000 and today, so the
 * import runs exactly as `npm run import` does, clock included. The region already holds ten
 * years of monthly counts: those dates are replaced (and kept as versions), as a re-import does.
 *
 * Alone: `node bench/dist/importBench.js [rows] [--cpu-prof] [--keep]` (--cpu-prof: the child's
 * .cpuprofile in a temporary directory, named in the result; --keep: keep DATA_DIR and the CSV).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 as prng } from '@zv/shared';
import { DATABASE_FILE } from '@zv/server/dist/config.js';
import { SqliteStore } from '@zv/server/dist/store/index.js';
import type { ChildReport } from './importChild.js';
import { generateNational, loadNational } from './national.js';

const DAY_MS = 86_400_000;
const FIRST_ALLOWED = '2000-01-01';

export interface GenerateOptions {
  /** Exactly this many data rows (the header not counted). */
  rows: number;
  /** What the gemeente column says (the name) per municipality. */
  municipalities: readonly { code: string; name: string }[];
  /** What the kennisdomein column says per domain (names or codes). */
  domains: readonly string[];
  /** The newest count date (YYYY-MM-DD); default: today, or later when the dates do not fit between 2000-01-01 and today. */
  lastDate?: string;
  /** PRNG seed; the same seed and options write the same file. */
  seed?: number;
}

export interface GeneratedCsv {
  path: string;
  rows: number;
  fileBytes: number;
  /** Rows of a complete count date: municipalities × (1 + domains) + the "Totaal" row. */
  rowsPerDate: number;
  countDates: number;
  /** Oldest and newest count date. */
  firstDate: string;
  lastDate: string;
  /**
   * The last (oldest) date holds the remainder when `rows` is not a multiple of rowsPerDate:
   * whole municipalities first, each with its total and as many domains as fit (the total then
   * the sum of those), no "Totaal". 0 when every date is complete.
   */
  partialDateRows: number;
  /** Sum over the count dates of their total: what the store's snapshots must add up to. */
  sumOfTotals: number;
  /** "Totaal" rows written: the store keeps them as the snapshot's total, not as a breakdown row. */
  regionTotalRows: number;
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (iso: string) => {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`"${iso}" is geen datum (YYYY-MM-DD).`);
  return Math.floor(ms / DAY_MS);
};
const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Streams a valid CASELOAD CSV of exactly `rows` data rows to `path`; see GeneratedCsv. */
export async function generateCaseloadCsv(
  path: string,
  { rows, municipalities, domains, lastDate, seed = 20_230_201 }: GenerateOptions,
): Promise<GeneratedCsv> {
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`rows moet een positief geheel getal zijn, niet ${rows}.`);
  if (municipalities.length === 0) throw new Error('Geen gemeenten.');
  const m = municipalities.length;
  const d = domains.length;
  const rowsPerDate = m * (1 + d) + 1;
  const countDates = Math.ceil(rows / rowsPerDate);
  const partialDateRows = rows % rowsPerDate;

  const today = Math.floor(Date.now() / DAY_MS);
  const first = dayOf(FIRST_ALLOWED);
  const last = lastDate ? dayOf(lastDate) : Math.max(today, first + countDates - 1);
  if (last - countDates + 1 < first) {
    throw new Error(`${countDates} peildata eindigend op ${isoDay(last)} beginnen vóór ${FIRST_ALLOWED}; kies een latere lastDate.`);
  }

  const random = prng(seed);
  const names = municipalities.map((x) => cell(x.name));
  const domainCells = domains.map(cell);
  // Larger municipalities have more cases: a weight per municipality, fixed by the seed.
  const weights = municipalities.map(() => 4 + Math.floor(random() * 30));

  const out = createWriteStream(path);
  let buffer = 'peildatum;gemeente;kennisdomein;aantal\n';
  const flush = async (force = false) => {
    if (buffer.length < 1 << 20 && !force) return;
    const chunk = buffer;
    buffer = '';
    if (!out.write(chunk)) await once(out, 'drain');
  };

  let written = 0;
  let sumOfTotals = 0;
  let regionTotalRows = 0;
  const counts = new Array<number>(d).fill(0);
  for (let k = 0; k < countDates; k++) {
    const date = isoDay(last - k);
    const partial = k === countDates - 1 && partialDateRows > 0;
    let left = partial ? partialDateRows : rowsPerDate;
    let regionTotal = 0;
    for (let i = 0; i < m && left > 0; i++) {
      // The municipality's total and as many of its domains as this date has room for.
      const shown = Math.min(d, left - 1);
      let total = 0;
      for (let j = 0; j < shown; j++) {
        const n = Math.floor(random() * (weights[i] as number));
        counts[j] = n;
        total += n;
      }
      // A total without any domain row: a count of its own (never all ones: the weights are ≥ 4).
      if (shown === 0) total = Math.floor(random() * 10 * (weights[i] as number));
      buffer += `${date};${names[i]};;${total}\n`;
      for (let j = 0; j < shown; j++) buffer += `${date};${names[i]};${domainCells[j]};${counts[j]}\n`;
      left -= 1 + shown;
      written += 1 + shown;
      regionTotal += total;
    }
    if (left === 1) {
      buffer += `${date};Totaal;;${regionTotal}\n`;
      written++;
      regionTotalRows++;
      left--;
    }
    if (left !== 0) throw new Error(`generator: ${left} rijen over op ${date}`);
    sumOfTotals += regionTotal;
    await flush();
  }
  await flush(true);
  out.end();
  await once(out, 'close');
  if (written !== rows) throw new Error(`generator: ${written} rijen geschreven in plaats van ${rows}`);
  return {
    path,
    rows: written,
    fileBytes: statSync(path).size,
    rowsPerDate,
    countDates,
    firstDate: isoDay(last - countDates + 1),
    lastDate: isoDay(last),
    partialDateRows,
    sumOfTotals,
    regionTotalRows,
  };
}

export interface ImportBenchOptions {
  rows?: number;
  /** Run the child with --cpu-prof, writing its .cpuprofile into this directory. */
  cpuProfileDir?: string;
  /** Keep the temporary DATA_DIR (database and CSV) and report where it is. */
  keep?: boolean;
}

export interface ImportBenchResult {
  rows: number;
  fileBytes: number;
  /** Wall time around services.imports.run in the child. */
  seconds: number;
  /** Wall time of the whole child process (start of node to exit), seen from the parent. */
  childSeconds: number;
  /** Peak RSS of the importing child (maxRSS), MB (MiB). */
  peakRssMb: number;
  /** The child's VmHWM, MB (MiB), where /proc has it. */
  vmHwmMb: number | null;
  countDates: number;
  firstDate: string;
  lastDate: string;
  /** "Today" of the import (the child's clock). */
  today: string;
  rowsRead: number;
  /** Count dates added / replaced (the region's monthly count dates inside the range are replaced, kept as versions). */
  datesAdded: number;
  datesChanged: number;
  /** Seconds to write the CSV (not part of the import). */
  generateSeconds: number;
  /** What was read back through the store after the import. */
  verified: { snapshots: number; sumOfTotals: number; breakdownRows: number };
  dataDir?: string;
  cpuProfileDir?: string;
}

const childScript = fileURLToPath(new URL('./importChild.js', import.meta.url));

/** The seeded database, a generated file for its region, the import in a child, the read-back check. */
export async function measureImport({
  rows = 1_000_000,
  cpuProfileDir,
  keep = false,
}: ImportBenchOptions = {}): Promise<ImportBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zv-bench-import-'));
  try {
    const databasePath = join(dataDir, DATABASE_FILE);
    const national = generateNational();
    const region = [...national.regions].sort((a, b) => b.municipalities.length - a.municipalities.length)[0];
    if (!region) throw new Error('De landelijke gegevens hebben geen regio’s.');
    await loadNational(databasePath, national);
    const store = SqliteStore.open(databasePath, { region: region.code });
    let municipalities;
    let domains;
    let seedSnapshots;
    try {
      municipalities = await store.listMunicipalities();
      domains = await store.listKnowledgeDomains();
      seedSnapshots = await store.listCaseloadSnapshots();
    } finally {
      await store.close();
    }

    const generateStarted = performance.now();
    const csv = await generateCaseloadCsv(join(dataDir, 'caseload.csv'), {
      rows,
      municipalities,
      domains: domains.map((x) => x.name),
    });
    const generateSeconds = (performance.now() - generateStarted) / 1000;

    // The real clock unless the count dates run past today (see the comment at the top).
    const realToday = new Date().toISOString().slice(0, 10);
    const today = csv.lastDate > realToday ? csv.lastDate : null;
    if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });
    const nodeArgs = [
      ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : []),
      childScript,
      csv.path,
      '--kind',
      'CASELOAD',
      ...(today ? ['--today', today] : []),
    ];
    const childStarted = performance.now();
    const child = spawn(process.execPath, nodeArgs, {
      env: { ...process.env, DATA_DIR: dataDir, ZV_REGION: region.code },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-8000)));
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
    const childSeconds = (performance.now() - childStarted) / 1000;
    if (code !== 0) throw new Error(`Het importproces stopte met ${signal ?? `code ${code}`}:\n${stderr}`);
    const report = JSON.parse(stdout.trim().split('\n').pop() ?? '') as ChildReport;
    if (report.errors.length > 0) {
      throw new Error(
        `De import weigerde het bestand (${report.errors.length + report.moreErrors} fouten): ${JSON.stringify(report.errors.slice(0, 5))}`,
      );
    }
    if (report.rowsRead !== csv.rows) throw new Error(`De import las ${report.rowsRead} regels, het bestand heeft er ${csv.rows}.`);
    if (report.keysAdded + report.keysChanged !== csv.countDates) {
      throw new Error(
        `De import voegde ${report.keysAdded} peildata toe en verving er ${report.keysChanged}; het bestand heeft er ${csv.countDates}.`,
      );
    }

    const verified = await verify(
      databasePath,
      region.code,
      csv,
      seedSnapshots.map((s) => s.peildatum),
    );
    return {
      rows: csv.rows,
      fileBytes: csv.fileBytes,
      seconds: report.seconds,
      childSeconds,
      peakRssMb: report.maxRssKiB / 1024,
      vmHwmMb: report.vmHwmKiB === null ? null : report.vmHwmKiB / 1024,
      countDates: csv.countDates,
      firstDate: csv.firstDate,
      lastDate: csv.lastDate,
      today: report.today,
      rowsRead: report.rowsRead,
      datesAdded: report.keysAdded,
      datesChanged: report.keysChanged,
      generateSeconds,
      verified,
      ...(keep ? { dataDir } : {}),
      ...(cpuProfileDir ? { cpuProfileDir } : {}),
    };
  } finally {
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Reads the count dates back through the store: every generated date is a snapshot, their totals
 * add up to what was written, their breakdown rows are the file's rows but the "Totaal" ones, and
 * the region's other count dates are still there. Throws otherwise.
 */
async function verify(
  databasePath: string,
  regionCode: string,
  csv: GeneratedCsv,
  seedDates: string[],
): Promise<ImportBenchResult['verified']> {
  const store = SqliteStore.open(databasePath, { region: regionCode });
  try {
    const inRange = (date: string) => date >= csv.firstDate && date <= csv.lastDate;
    const snapshots = await store.listCaseloadSnapshots();
    const imported = snapshots.filter((s) => inRange(s.peildatum));
    const sumOfTotals = imported.reduce((sum, s) => sum + s.total, 0);
    let breakdownRows = 0;
    let sumOfScopeTotals = 0;
    for (let i = 0; i < imported.length; i += 1000) {
      const batch = await store.caseCountsBySnapshot(imported.slice(i, i + 1000).map((s) => s.peildatum));
      for (const counts of batch) {
        breakdownRows += counts.length;
        for (const c of counts) if (c.domainCode === null) sumOfScopeTotals += c.count;
      }
    }
    const problems: string[] = [];
    if (imported.length !== csv.countDates) problems.push(`${imported.length} peildata in de store, ${csv.countDates} geschreven`);
    if (sumOfTotals !== csv.sumOfTotals) problems.push(`som van de totalen ${sumOfTotals}, geschreven ${csv.sumOfTotals}`);
    if (breakdownRows !== csv.rows - csv.regionTotalRows)
      problems.push(`${breakdownRows} uitsplitsingsrijen, verwacht ${csv.rows - csv.regionTotalRows}`);
    if (sumOfScopeTotals !== csv.sumOfTotals)
      problems.push(`som van de gemeentetotalen ${sumOfScopeTotals}, geschreven ${csv.sumOfTotals}`);
    const outside = seedDates.filter((date) => !inRange(date));
    if (snapshots.length !== imported.length + outside.length)
      problems.push(`${snapshots.length} peildata in totaal, verwacht ${imported.length + outside.length}`);
    if (problems.length > 0) throw new Error(`De import staat niet (goed) in de store: ${problems.join('; ')}.`);
    return { snapshots: imported.length, sumOfTotals, breakdownRows };
  } finally {
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const rows = Number(args.find((a) => /^\d+$/.test(a.replace(/_/g, '')))?.replace(/_/g, '') ?? 1_000_000);
  const profile = args.includes('--cpu-prof');
  const result = await measureImport({
    rows,
    keep: args.includes('--keep'),
    ...(profile ? { cpuProfileDir: mkdtempSync(join(tmpdir(), 'zv-bench-import-profile-')) } : {}),
  });
  console.log(JSON.stringify(result, null, 2));
}
