import { describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { execFile } from 'node:child_process';
import { createReadStream, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { parseImport, validateImport, type ImportRecord, type ReferenceData } from './index.js';

const seed = loadSeed();
const reference: ReferenceData = { municipalities: seed.municipalities, domains: seed.knowledgeDomains, today: '2024-06-01' };
const here = dirname(fileURLToPath(import.meta.url));
const example = readFileSync(join(here, '..', '..', '..', 'seed', 'examples', 'caseload.csv'));

describe('the sink', () => {
  it('receives the records in batches of the given size, in file order', async () => {
    const batches: ImportRecord[][] = [];
    const summary = await validateImport('CASELOAD', [example], reference, (batch) => void batches.push(batch), { batchSize: 4 });
    expect(summary.errors).toEqual([]);
    expect(batches.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(batches.flat()).toEqual((await parseImport('CASELOAD', example, reference)).records);
  });

  it('is awaited before reading on', async () => {
    const events: string[] = [];
    await validateImport(
      'CASELOAD',
      [example],
      reference,
      async (batch) => {
        events.push(`start ${batch[0]?.line}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`end ${batch[0]?.line}`);
      },
      { batchSize: 5 },
    );
    expect(events).toEqual(['start 2', 'end 2', 'start 7', 'end 7']);
  });

  it('gets nothing more once an error is found, and the caller must roll back what it got', async () => {
    const lines = ['peildatum;gemeente;kennisdomein;aantal', ...seed.municipalities.map((m) => `1-2-2023;${m.name};;1`)];
    lines.splice(6, 0, '1-2-2023;Zaanstat;;5');
    const received: number[] = [];
    const summary = await validateImport(
      'CASELOAD',
      [lines.join('\n')],
      reference,
      (batch) => void received.push(...batch.map((r) => r.line)),
      {
        batchSize: 2,
      },
    );
    // Lines 2–5 went out before line 7 turned out wrong; nothing after it did.
    expect(received).toEqual([2, 3, 4, 5]);
    expect(summary.errors.map((e) => e.line)).toEqual([7]);
    expect(summary.validRows).toBe(7);
  });

  it('holds back the last batch when a check at the end of the file fails', async () => {
    const received: ImportRecord[] = [];
    const summary = await validateImport(
      'CASELOAD',
      ['peildatum;gemeente;aantal\n1-2-2023;Zaanstad;45\n1-2-2023;Totaal;44\n'],
      reference,
      (batch) => void received.push(...batch),
    );
    expect(summary.errors.map((e) => e.line)).toEqual([3]);
    expect(received).toEqual([]);
  });
});

describe('streams and chunks', () => {
  it('reads a Node Readable of a file the same as content in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zv-import-'));
    try {
      const path = join(dir, 'caseload.csv');
      writeFileSync(path, example);
      const records: ImportRecord[] = [];
      const summary = await validateImport(
        'CASELOAD',
        createReadStream(path, { highWaterMark: 64 }),
        reference,
        (batch) => void records.push(...batch),
      );
      const inMemory = await parseImport('CASELOAD', example, reference);
      expect(summary.errors).toEqual([]);
      expect(records).toEqual(inMemory.records);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a file delivered one byte at a time (BOM, CRLF and "ë" cut in two) the same', async () => {
    const file = Buffer.from(
      '\ufeffjaar;gemeente;inwoners;bron\r\n2023;Zaanstad;157.000;Financiële bijlage\r\n2023;Oostzaan;9.800;Financiële bijlage\r\n',
    );
    const bytes = Readable.from([...file].map((b) => Buffer.from([b])));
    const records: ImportRecord[] = [];
    const summary = await validateImport('POPULATION', bytes, reference, (batch) => void records.push(...batch));
    expect(summary.errors).toEqual([]);
    expect(records).toEqual((await parseImport('POPULATION', file, reference)).records);
    expect(records.map((r) => (r.kind === 'POPULATION' ? r.source : ''))).toEqual(['Financiële bijlage', 'Financiële bijlage']);
  });

  it('stops reading a stream it cannot use and leaves it destroyed', async () => {
    const stream = Readable.from(['peildatum\tgemeente\n', '1-2-2023\tZaanstad\n']);
    const summary = await validateImport('CASELOAD', stream, reference);
    expect(summary.errors.map((e) => e.line)).toEqual([1]);
    expect(stream.destroyed).toBe(true);
  });
});

/**
 * The core compiled to plain JavaScript in a temporary folder, for a child process: Jest runs
 * modules in a sandbox whose global object is a Proxy, which makes csv-parse (it calls Math.max
 * for every character) several times slower than in production. A fresh process also measures
 * memory without Jest's own.
 */
function compileCore(into: string): string {
  const require = createRequire(import.meta.url);
  const csvParse = pathToFileURL(join(dirname(require.resolve('csv-parse')), '..', '..', 'lib', 'index.js')).href;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'examples' ? [] : walk(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
    });
  for (const file of walk(here)) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    const out = join(into, relative(here, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText.replaceAll("from 'csv-parse'", `from '${csvParse}'`));
  }
  return join(into, 'index.js');
}

/** Generates a CASELOAD file of `megabytes` as Dutch Excel writes it and validates it as a stream. */
const CHILD = `
import { validateImport } from './index.js';
const [reference, megabytes] = [JSON.parse(process.argv[2]), Number(process.argv[3])];
const names = [...reference.municipalities.map((m) => m.name), 'Niet gespecificeerd'];
const domains = reference.domains.map((d) => d.name);
let bytes = 0;
function* file() {
  let day = Date.UTC(2000, 0, 1);
  const header = Buffer.from('\\ufeffpeildatum;gemeente;kennisdomein;aantal\\r\\n');
  bytes += header.length;
  yield header;
  while (bytes < megabytes * 1024 * 1024) {
    const d = new Date(day);
    const date = d.getUTCDate() + '-' + (d.getUTCMonth() + 1) + '-' + d.getUTCFullYear();
    let text = '';
    let total = 0;
    names.forEach((name, i) => {
      let sum = 0;
      domains.forEach((domain, j) => {
        const count = (i + j + day / 86400000) % 7;
        sum += count;
        text += date + ';' + name + ';' + domain + ';' + count + '\\r\\n';
      });
      text += date + ';' + name + ';;' + sum + '\\r\\n';
      total += sum;
    });
    text += date + ';Totaal;;' + total + '\\r\\n';
    const chunk = Buffer.from(text);
    bytes += chunk.length;
    yield chunk;
    day += 86400000;
  }
}
const before = process.memoryUsage().rss;
let peak = before;
let records = 0;
const started = Date.now();
const summary = await validateImport('CASELOAD', file(), reference, (batch) => {
  records += batch.length;
  peak = Math.max(peak, process.memoryUsage().rss);
});
process.stdout.write(JSON.stringify({
  ms: Date.now() - started, bytes, records, rowsRead: summary.rowsRead, errors: summary.errors, dates: summary.totals.length, rssGrowth: peak - before,
}));
`;

describe('a 50 MB file', () => {
  it('streams through with bounded memory: a heap of 48 MB suffices and RSS grows less than twice the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zv-import-core-'));
    try {
      const index = compileCore(dir);
      writeFileSync(join(dir, 'child.mjs'), CHILD);
      // Up to 2060, so that the million rows fit between 2000 and "today".
      const childReference = { ...reference, today: '2060-12-31' };
      const { stdout } = await promisify(execFile)(
        process.execPath,
        // The young generation pinned (V8's default grew in Node 24), so that RSS means the same on every Node.
        ['--max-old-space-size=48', '--max-semi-space-size=8', join(dir, 'child.mjs'), JSON.stringify(childReference), '50'],
        { cwd: dirname(index), timeout: 60_000, maxBuffer: 1 << 20 },
      );
      const result = JSON.parse(stdout) as {
        ms: number;
        bytes: number;
        records: number;
        rowsRead: number;
        errors: unknown[];
        dates: number;
        rssGrowth: number;
      };
      expect(result.errors).toEqual([]);
      expect(result.bytes).toBeGreaterThanOrEqual(50 * 1024 * 1024);
      expect(result.rowsRead).toBeGreaterThan(1_000_000);
      expect(result.records).toBe(result.rowsRead);
      expect(result.dates).toBe(Math.ceil(result.rowsRead / 57));
      // The file as one text (50 MB, or 100 MB in UTF-16) or as a million parsed rows does not fit
      // in the 48 MB heap the child is given: a reader that buffered would fail here. RSS (heap up
      // to its cap, young generation, code, Buffers) stays below twice the file's size.
      expect(result.rssGrowth).toBeLessThan(2 * result.bytes);
      // About 3 s on a laptop; a generous bound still catches a quadratic slip.
      expect(result.ms).toBeLessThan(30_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
