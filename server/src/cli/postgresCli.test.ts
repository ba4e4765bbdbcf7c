import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import Database from 'better-sqlite3';
import { loadSeed } from '@zv/seed';
import { DEMO_ACCOUNTS, DEMONSTRATION_MARK, fillDemonstration } from '../demo/demonstration.js';
import { SqliteStore } from '../store/index.js';
import { testServices } from '../testing/api.js';
import { freshPostgres } from '../testing/postgres.js';

/**
 * The operations commands with ZV_DATABASE_URL, as the user runs them: the built CLIs
 * (`npx tsc -b server` first) as child processes on temporary DATA_DIRs.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const script = (name: string) => join(dist, 'cli', `${name}.js`);
const DB = 'zorg-veiligheid.sqlite';

jest.setTimeout(120_000);

beforeAll(() => {
  for (const name of ['backup', 'restore', 'seed', 'copyToPostgres']) {
    if (!existsSync(script(name))) throw new Error(`${script(name)} ontbreekt: bouw eerst de server met \`npx tsc -b server\`.`);
  }
});

const cleanUps: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zv-pg-cli-'));
  cleanUps.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(name: string, args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script(name), ...args], { env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env } });
    const result: Result = { status: null, stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (result.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (status) => resolve({ ...result, status }));
  });
}

async function seededDir(): Promise<string> {
  const dir = tempDir();
  const seeded = await run('seed', [], { DATA_DIR: dir });
  expect(seeded.status).toBe(0);
  return dir;
}

/** An address nothing listens on: these commands must not even try it. */
const UNUSED_URL = 'postgres://zv:geheim@127.0.0.1:9/zv';

describe('npm run backup and npm run restore with ZV_DATABASE_URL', () => {
  it('backup touches nothing and gives the exact pg_dump command, and says to keep the key file with it', async () => {
    const dir = await seededDir();
    const before = readFileSync(join(dir, DB));
    const keyFile = join(dir, 'sleutels', 'tweede-factor.key');

    const result = await run('backup', [join(dir, 'back-up.sqlite')], {
      DATA_DIR: dir,
      ZV_DATABASE_URL: UNUSED_URL,
      ZV_SECOND_FACTOR_KEY_FILE: keyFile,
    });

    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Fout: ZV_DATABASE_URL is gezet: de gegevens staan in PostgreSQL');
    expect(result.stderr).toContain('npm run backup maakt daarvan geen back-up en heeft niets aangeraakt.');
    expect(result.stderr).toMatch(/\n {2}pg_dump --format=custom --file=zv-\d{4}-\d{2}-\d{2}\.dump "\$ZV_DATABASE_URL"\n/);
    expect(result.stderr).toContain(`ZV_SECOND_FACTOR_KEY_FILE, nu ${keyFile}) bij de dump`);
    expect(result.stderr).not.toContain('geheim');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'back-up.sqlite'))).toBe(false);
    expect(readFileSync(join(dir, DB)).equals(before)).toBe(true);
  });

  it('backup without a file still points to pg_dump, and creates no SQLite database', async () => {
    const dir = tempDir();
    const result = await run('backup', [], { DATA_DIR: dir, ZV_DATABASE_URL: UNUSED_URL });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('pg_dump --format=custom');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('restore touches nothing and gives the steps: stop every server, the exact pg_restore command, end the sessions, the key file, start', async () => {
    const dir = await seededDir();
    const before = readFileSync(join(dir, DB));
    const keyFile = join(dir, 'second-factor.key');

    const result = await run('restore', ['zv-2026-12-01.dump'], { DATA_DIR: dir, ZV_DATABASE_URL: UNUSED_URL });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run restore zet daar niets terug en heeft niets aangeraakt.');
    const steps = result.stderr.split('\n').filter((line) => /^ {2}\d\. /.test(line));
    expect(steps).toEqual([
      '  1. Stop alle servers: elk houdt een antwoordcache en sessies bij die na het terugzetten niet meer kloppen.',
      '  2. pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$ZV_DATABASE_URL" zv-2026-12-01.dump',
      '  3. Beëindig alle sessies, zoals bij SQLite: psql "$ZV_DATABASE_URL" --command="DELETE FROM session"',
      `  4. Zet het sleutelbestand van de tweede factor terug dat bij de dump hoort (ZV_SECOND_FACTOR_KEY_FILE, nu ${keyFile}), op elke server hetzelfde bestand.`,
      '  5. Start de servers weer.',
    ]);
    expect(readdirSync(dir).filter((name) => name.startsWith(DB))).toEqual([DB]);
    expect(readFileSync(join(dir, DB)).equals(before)).toBe(true);

    // A file name the shell would split is quoted; without a file the name is a placeholder.
    const spaced = await run('restore', ["dump van 1 dec's.dump"], { DATA_DIR: dir, ZV_DATABASE_URL: UNUSED_URL });
    expect(spaced.stderr).toContain(`--dbname="$ZV_DATABASE_URL" 'dump van 1 dec'\\''s.dump'\n`);
    const none = await run('restore', [], { DATA_DIR: dir, ZV_DATABASE_URL: UNUSED_URL });
    expect(none.stderr).toContain('--dbname="$ZV_DATABASE_URL" zv-<datum>.dump\n');
  });
});

describe('npm run copy-to-postgres', () => {
  it('copies a seeded DATA_DIR into an empty database, prints the check per table, and refuses a second time', async () => {
    const dir = await seededDir();
    const database = await freshPostgres();
    cleanUps.push(() => database.drop());

    const first = await run('copyToPostgres', [], { DATA_DIR: dir, ZV_DATABASE_URL: database.url });

    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Van ${join(dir, DB)}\nnaar postgres://zv:***@127.0.0.1:`);
    expect(first.stdout).not.toContain(new URL(database.url).password);
    expect(first.stdout).toMatch(/Gekopieerd: \d+ rijen in \d+ tabellen, in \d+,\d s \(\d+ rijen\/s\), in één transactie vastgelegd\./);
    const table = first.stdout.split('Controle:\n')[1]!.trim().split('\n');
    expect(table[0]).toMatch(/^tabel +rijen SQLite +rijen PostgreSQL +controlegetal +ok$/);
    const rows = table.slice(
      2,
      table.findIndex((line) => line.startsWith('Gecontroleerd in ')),
    );
    expect(rows.length).toBeGreaterThan(25);
    for (const row of rows) expect(row).toMatch(/^[a-z_]+ +\d+ +\d+ +[0-9a-f]{16} +ok$/);
    expect(rows.find((row) => row.startsWith('municipality ')!)).toMatch(/^municipality +7 +7 /);
    expect(first.stdout).toContain(`Alle ${rows.length} tabellen komen overeen.`);

    const again = await run('copyToPostgres', [], { DATA_DIR: dir, ZV_DATABASE_URL: database.url });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /^Fout: De PostgreSQL-database bevat al gegevens \(in [a-z_, ]*municipality[a-z_, ]*\); er is niets gekopieerd\./,
    );
  });

  it('copies a demonstration with its mark, and says so instead of "start the servers now"', async () => {
    const dir = tempDir();
    const sqlite = SqliteStore.open(join(dir, DB));
    try {
      await fillDemonstration({ ...testServices(sqlite), demonstration: { accounts: DEMO_ACCOUNTS } }, loadSeed());
    } finally {
      await sqlite.close();
    }
    const database = await freshPostgres();
    cleanUps.push(() => database.drop());

    const copied = await run('copyToPostgres', [], { DATA_DIR: dir, ZV_DATABASE_URL: database.url });

    expect(copied.stderr).toBe('');
    expect(copied.status).toBe(0);
    expect(copied.stdout).toContain(
      'Let op: dit is een demonstratiedatabase (npm run demo, verzonnen cijfers), ook in PostgreSQL: npm start weigert die.',
    );
    expect(copied.stdout).not.toContain('Start de servers nu met ZV_DATABASE_URL.');
    const { rows } = await database.pool.query<{ purpose: string }>('SELECT purpose FROM deployment_secret');
    expect(rows.map((row) => row.purpose)).toContain(DEMONSTRATION_MARK);
  });

  it('says what is missing: ZV_DATABASE_URL, the SQLite database, a stopped server, a reachable PostgreSQL', async () => {
    const dir = await seededDir();
    const noUrl = await run('copyToPostgres', [], { DATA_DIR: dir });
    expect(noUrl.status).toBe(1);
    expect(noUrl.stderr).toContain('Fout: ZV_DATABASE_URL is niet gezet');

    const empty = tempDir();
    const noFile = await run('copyToPostgres', [], { DATA_DIR: empty, ZV_DATABASE_URL: UNUSED_URL });
    expect(noFile.status).toBe(1);
    expect(noFile.stderr).toContain(`Fout: Er is geen SQLite-database om te kopiëren: ${join(empty, DB)} bestaat niet.`);
    expect(readdirSync(empty)).toEqual([]);

    // A server on the SQLite file (its open WAL connection): what it writes after the copy would be lost.
    const server = new Database(join(dir, DB));
    server.pragma('journal_mode = WAL');
    server.prepare('SELECT count(*) FROM region').get();
    const inUse = await run('copyToPostgres', [], { DATA_DIR: dir, ZV_DATABASE_URL: UNUSED_URL });
    server.close();
    expect(inUse.status).toBe(1);
    expect(inUse.stderr).toContain(`Fout: De database ${join(dir, DB)} is in gebruik: draait de server nog op DATA_DIR=${dir}?`);

    const unreachable = await run('copyToPostgres', [], { DATA_DIR: dir, ZV_DATABASE_URL: UNUSED_URL });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toContain('Fout: Kan de PostgreSQL-database postgres://zv:***@127.0.0.1:9/zv niet bereiken');
    expect(unreachable.stderr).not.toContain('geheim');
    expect(unreachable.stderr).not.toMatch(/\n\s+at /);
  });
});
