import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';

/** Runs the built CLIs as `npm run seed` and `npm run import` do. */
const dist = fileURLToPath(new URL('../../dist/cli/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'zv-crash-'));
const database = join(dir, 'zorg-veiligheid.sqlite');
const file = join(dir, 'groot.csv');

/** Every row of every figure table, to compare the database before and after. */
function figures(): Record<string, unknown[]> {
  const db = new Database(database, { readonly: true });
  try {
    const tables = ['caseload_snapshot', 'caseload_count', 'contribution', 'contribution_year', 'population', 'source', 'data_version'];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all()]));
  } finally {
    db.close();
  }
}

beforeAll(() => {
  if (!existsSync(join(dist, 'import.js'))) throw new Error(`${dist}import.js ontbreekt: bouw eerst de server (npm run typecheck).`);
  const seeded = spawnSync(process.execPath, [join(dist, 'seed.js')], { env: { PATH: process.env.PATH, DATA_DIR: dir }, encoding: 'utf8' });
  expect(seeded.status).toBe(0);
  // 9.000 count dates × 8 rows: long enough to be killed while it writes.
  const names = ['Edam-Volendam', 'Landsmeer', 'Oostzaan', 'Purmerend', 'Waterland', 'Wormerland', 'Zaanstad', 'Niet gespecificeerd'];
  const lines = ['peildatum;gemeente;kennisdomein;aantal'];
  for (let day = 0; day < 9000; day += 1) {
    const date = new Date(Date.UTC(2000, 0, 1) + day * 86_400_000);
    const text = `${date.getUTCDate()}-${date.getUTCMonth() + 1}-${date.getUTCFullYear()}`;
    names.forEach((name, i) => lines.push(`${text};${name};;${(day * 7 + i * 3) % 50}`));
  }
  writeFileSync(file, lines.join('\r\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an import killed while it writes', () => {
  it('leaves the database exactly as it was', async () => {
    const before = figures();
    const wal = `${database}-wal`;
    const walAtStart = existsSync(wal) ? statSync(wal).size : 0;
    const child = spawn(process.execPath, [join(dist, 'import.js'), file, '--kind', 'CASELOAD'], {
      env: { PATH: process.env.PATH, DATA_DIR: dir },
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    // The write-ahead log grows only once the import's transaction writes: kill it then.
    let killedWhileWriting = false;
    while (child.exitCode === null) {
      if (existsSync(wal) && statSync(wal).size > walAtStart + 256 * 1024) {
        child.kill('SIGKILL');
        killedWhileWriting = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await exited).toBe('SIGKILL');
    expect(killedWhileWriting).toBe(true);
    expect(figures()).toEqual(before);

    // And the same import, not interrupted, does go through afterwards.
    const done = spawnSync(process.execPath, [join(dist, 'import.js'), file, '--kind', 'CASELOAD'], {
      env: { PATH: process.env.PATH, DATA_DIR: dir },
      encoding: 'utf8',
    });
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/Klaar: 71992 toegevoegd/);
  }, 60_000);
});
