import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ConfigError, readConfig } from '../config.js';
import { migrations } from '../store/migrations/index.js';
import { migrate } from '../store/sqlite/migrate.js';
import { StoreOpenError } from '../store/sqlite/open.js';

const usage = `Gebruik: npm run backup -- <bestand> [--force]

Maakt een back-up van de database onder DATA_DIR naar <bestand>, ook terwijl de server draait.
Controleert de back-up daarna (integriteit, schemaversie) en meldt wat erin staat.
  --force   overschrijft <bestand> als het al bestaat`;

/** A refusal or failure with a message for the user (Dutch, naming the file); no stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}

/**
 * Pages per step of the online backup: all of them. The first step (0 pages) opens the backup;
 * the second copies every page within one read transaction on the source, so the copy is one
 * consistent snapshot even while the server (or an import) writes. SQLite restarts a backup whose
 * source was changed by another connection *between* steps; with a single copying step a restart
 * happens at most once and cannot repeat forever under a steady stream of writes.
 */
const ALL_PAGES = 0x7fffffff;

export interface DatabaseSummary {
  path: string;
  sizeBytes: number;
  schemaVersion: number;
  snapshots: number | null;
  contributions: number | null;
  users: number | null;
}

/** The tables a database of schema version `version` has: the migrations up to it, run in memory. */
export function expectedTables(version: number): string[] {
  const db = new Database(':memory:');
  try {
    migrate(db, migrations.filter((m) => m.version <= version));
    return tableNames(db);
  } finally {
    db.close();
  }
}

function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").pluck().all() as string[]);
}

/**
 * Checks that `path` is a sound database of this app and says what is in it: it opens as SQLite,
 * `PRAGMA integrity_check` and `foreign_key_check` find nothing, its schema version is one this
 * app knows (1 … latest) and it has every table of that version. Messages name `shownAs` (the
 * file the user gave). `readonly`: open without write access (only for files not in WAL mode).
 */
export function inspectDatabaseFile(path: string, shownAs: string, { readonly = false } = {}): DatabaseSummary {
  const latest = migrations.at(-1)?.version ?? 0;
  let db: Database.Database | undefined;
  try {
    try {
      db = new Database(path, { readonly, fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      const problems = db.pragma('integrity_check') as { integrity_check: string }[];
      if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') {
        throw new CliError(`${shownAs} is beschadigd: ${problems.slice(0, 5).map((p) => p.integrity_check).join('; ')}`);
      }
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`${shownAs} is geen bruikbare SQLite-database: ${(error as Error).message}.`);
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version === 0) throw new CliError(`${shownAs} is geen database van dit dashboard: er staat geen schemaversie in.`);
    if (version > latest) {
      throw new CliError(`${shownAs} heeft schemaversie ${version}; deze versie van de app kent tot en met ${latest}. Gebruik een nieuwere versie van de app.`);
    }
    const present = new Set(tableNames(db));
    const missing = expectedTables(version).filter((name) => !present.has(name));
    if (missing.length > 0) {
      throw new CliError(`${shownAs} is geen volledige database van dit dashboard (schemaversie ${version}): de tabel(len) ${missing.join(', ')} ontbreken.`);
    }
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) throw new CliError(`${shownAs} is niet consistent: ${orphans.length} verwijzing(en) naar ontbrekende rijen (PRAGMA foreign_key_check).`);
    const count = (table: string) => (present.has(table) ? (db!.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) : null);
    return {
      path: shownAs,
      sizeBytes: statSync(path).size,
      schemaVersion: version,
      snapshots: count('caseload_snapshot'),
      contributions: count('contribution'),
      users: count('app_user'),
    };
  } finally {
    db?.close();
  }
}

/** "2 peildata, 14 bijdragen, 1 gebruiker" */
export function describeContents(summary: DatabaseSummary): string {
  const part = (n: number | null, one: string, many: string) => (n === null ? null : `${n} ${n === 1 ? one : many}`);
  return [part(summary.snapshots, 'peildatum', 'peildata'), part(summary.contributions, 'bijdrage', 'bijdragen'), part(summary.users, 'gebruiker', 'gebruikers')]
    .filter((p) => p !== null)
    .join(', ');
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1).replace('.', ',')} kB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** The same file (or one of its -wal/-shm/-journal files)? Compares real paths where they exist. */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : join(existsSync(dirname(p)) ? realpathSync(dirname(p)) : dirname(p), basename(p)));
  const x = real(a);
  const y = real(b);
  return x === y || [`${y}-wal`, `${y}-shm`, `${y}-journal`].includes(x);
}

async function run(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  if (positionals.length !== 1) throw Object.assign(new CliError('Geef precies één bestand op voor de back-up.'), { showUsage: true });
  const config = readConfig(process.env);
  const target = resolve(positionals[0]!);
  if (!existsSync(config.databasePath)) {
    throw new CliError(`Er is geen database om te back-uppen: ${config.databasePath} bestaat niet. Klopt DATA_DIR?`);
  }
  if (samePath(target, config.databasePath)) throw new CliError(`${target} is de database zelf: kies een ander bestand voor de back-up.`);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) throw new CliError(`${target} is een map: geef een bestandsnaam op, bijvoorbeeld ${join(target, 'zorg-veiligheid-backup.sqlite')}.`);
    if (!values.force) throw new CliError(`${target} bestaat al en wordt niet overschreven. Kies een andere naam, of overschrijf het met --force.`);
  }
  mkdirSync(dirname(target), { recursive: true });

  // Written under a temporary name next to the target and renamed when complete and checked:
  // the target is never a half-written backup.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const source = new Database(config.databasePath, { fileMustExist: true });
    try {
      source.pragma('busy_timeout = 5000');
      await source.backup(temp, { progress: () => ALL_PAGES });
    } finally {
      source.close();
    }
    // The copy carries the live database's WAL mode; a backup is one self-contained file.
    const copy = new Database(temp, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const summary = inspectDatabaseFile(temp, `De back-up ${target}`, { readonly: true });
    if (!values.force && existsSync(target)) throw new CliError(`${target} is intussen aangemaakt en wordt niet overschreven; gebruik --force.`);
    renameSync(temp, target);
    console.log(
      `Back-up gemaakt: ${target}\n` +
        `  van ${config.databasePath}\n` +
        `  ${formatSize(summary.sizeBytes)}, schemaversie ${summary.schemaVersion}, integriteitscontrole ok\n` +
        `  ${describeContents(summary)}`,
    );
  } finally {
    for (const leftover of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) if (existsSync(leftover)) unlinkSync(leftover);
  }
}

export function reportError(error: unknown, usageText: string): void {
  const known = error instanceof CliError || error instanceof ConfigError || error instanceof StoreOpenError;
  if (known) console.error(`Fout: ${error.message}`);
  else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(`Fout: ${(error as Error).message}`);
  else console.error('Fout:', error);
  if ((error as { showUsage?: boolean }).showUsage || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(usageText);
  process.exitCode = 1;
}

/** Runs only as `node server/dist/cli/backup.js`, not when restore.js imports the checks above. */
const isEntry = process.argv[1] !== undefined && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url));
if (isEntry) run().catch((error: unknown) => reportError(error, usage));
