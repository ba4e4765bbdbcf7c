import { constants, copyFileSync, existsSync, mkdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { readConfig } from '../config.js';
import { migrate } from '../store/sqlite/migrate.js';
import { openDatabase } from '../store/sqlite/open.js';
import { CliError, describeContents, formatSize, inspectDatabaseFile, reportError, samePath } from './backup.js';

const usage = `Gebruik: npm run restore -- <bestand>

Zet de back-up <bestand> terug als database onder DATA_DIR. Stop eerst de server.
Controleert het bestand eerst (SQLite, integriteit, schemaversie, tabellen) en weigert het anders.
De huidige database blijft bewaard als zorg-veiligheid.sqlite.voor-herstel-<tijdstip>; de
teruggezette database wordt naar het huidige schema gebracht. Alle sessies worden beëindigd.`;

/** 2025-11-22T08-36-12Z: the moment in UTC, usable in a file name. */
function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/** `base`, or `base-2`, `base-3` … whichever does not exist yet. */
function freeName(base: string): string {
  let name = base;
  for (let n = 2; existsSync(name); n++) name = `${base}-${n}`;
  return name;
}

const sqliteCode = (error: unknown) => (error as { code?: string }).code ?? '';

/**
 * Makes sure no server has the live database open, and folds its WAL into the file.
 *
 * How a running server is detected: the server keeps one connection open in WAL mode, and a
 * WAL-mode connection holds a shared lock on the database file for as long as it is open. This
 * connection asks for `locking_mode = EXCLUSIVE` and `BEGIN EXCLUSIVE`, which needs the file's
 * exclusive lock: with a short busy timeout that fails (SQLITE_BUSY) while any other process has
 * the database open. (A plain `BEGIN EXCLUSIVE` would not do: in WAL mode it does not conflict
 * with an idle reader.) Holding that lock, it checkpoints the WAL into the file and switches the
 * file to journal mode DELETE, so that the database is one self-contained file to keep.
 *
 * Answers false when the file is not a readable database (damaged): it is then kept as it is.
 */
function takeOverLiveDatabase(path: string, dataDir: string): boolean {
  let live: Database.Database | undefined;
  try {
    live = new Database(path, { fileMustExist: true, timeout: 1000 });
    live.pragma('locking_mode = EXCLUSIVE');
    live.exec('BEGIN EXCLUSIVE');
    live.exec('COMMIT');
    live.pragma('wal_checkpoint(TRUNCATE)');
    live.pragma('journal_mode = DELETE');
    return true;
  } catch (error) {
    if (['SQLITE_BUSY', 'SQLITE_LOCKED'].some((code) => sqliteCode(error).startsWith(code))) {
      throw new CliError(
        `De database ${path} is in gebruik: draait de server nog op DATA_DIR=${dataDir}? ` +
          'Stop de server eerst (Ctrl+C of de service stoppen) en start het terugzetten daarna opnieuw. Er is niets veranderd.',
      );
    }
    if (['SQLITE_NOTADB', 'SQLITE_CORRUPT'].some((code) => sqliteCode(error).startsWith(code))) {
      console.error(`Let op: de huidige database ${path} is beschadigd (${(error as Error).message}); hij wordt bewaard zoals hij is.`);
      return false;
    }
    throw error;
  } finally {
    live?.close();
  }
}

async function run(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(usage);
    return;
  }
  if (positionals.length !== 1) throw Object.assign(new CliError('Geef precies één back-upbestand op.'), { showUsage: true });
  const config = readConfig(process.env);
  const backup = resolve(positionals[0]!);
  const livePath = config.databasePath;
  if (!existsSync(backup)) throw new CliError(`Het back-upbestand ${backup} bestaat niet.`);
  if (!statSync(backup).isFile()) throw new CliError(`${backup} is geen bestand.`);
  if (samePath(backup, livePath)) throw new CliError(`${backup} is de database zelf: geef een back-upbestand op.`);
  mkdirSync(config.dataDir, { recursive: true });

  const stamp = timestamp();
  // The backup is copied next to the database first and everything is checked and done on that
  // copy: the user's file is never opened by SQLite (no -wal/-shm beside it), and the database in
  // use is only replaced once the copy is sound and migrated.
  const temp = freeName(`${livePath}.herstel-${stamp}.tmp`);
  const cleanUp = () => {
    for (const leftover of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) if (existsSync(leftover)) unlinkSync(leftover);
  };
  try {
    copyFileSync(backup, temp, constants.COPYFILE_EXCL);
    const before = inspectDatabaseFile(temp, `Het back-upbestand ${backup}`);

    // Bring an older backup to the current schema, and end every session it holds: after a
    // restore everyone logs in again. Recorded in the (append-only) audit log.
    const db = openDatabase(temp);
    let applied: number[];
    try {
      applied = migrate(db);
      db.transaction(() => {
        db.prepare('DELETE FROM session').run();
        db.prepare('INSERT INTO audit_log (at, actor, action, object, result, origin, detail) VALUES (?, NULL, ?, ?, ?, ?, ?)').run(
          new Date().toISOString(),
          'database.restore',
          backup,
          'ok',
          'cli',
          `schemaversie ${before.schemaVersion}${applied.length ? ` → ${applied.at(-1)}` : ''}; sessies beëindigd`,
        );
      })();
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    const after = inspectDatabaseFile(temp, `De teruggezette database ${backup}`);

    // Only now the database in use: refuse while a server has it open, then keep it.
    let kept: string | null = null;
    if (existsSync(livePath)) {
      takeOverLiveDatabase(livePath, config.dataDir);
      kept = freeName(`${livePath}.voor-herstel-${stamp}`);
      renameSync(livePath, kept);
      // After the checkpoint these are gone; of a damaged database the WAL is kept with it.
      if (existsSync(`${livePath}-wal`)) {
        if (statSync(`${livePath}-wal`).size > 0) renameSync(`${livePath}-wal`, `${kept}-wal`);
        else unlinkSync(`${livePath}-wal`);
      }
      for (const stale of [`${livePath}-shm`, `${livePath}-journal`]) if (existsSync(stale)) unlinkSync(stale);
    }
    renameSync(temp, livePath);

    console.log(
      `Database teruggezet uit ${backup}\n` +
        `  naar ${livePath}\n` +
        `  ${formatSize(after.sizeBytes)}, schemaversie ${before.schemaVersion}` +
        (applied.length ? ` → ${after.schemaVersion} (migratie ${applied.join(', ')} toegepast)` : '') +
        ', integriteitscontrole ok\n' +
        `  ${describeContents(after)}\n` +
        (kept ? `  De vorige database is bewaard als ${kept}\n` : '  Er was nog geen database.\n') +
        '  Alle sessies zijn beëindigd: iedereen logt opnieuw in.',
    );
  } finally {
    cleanUp();
  }
}

run().catch((error: unknown) => reportError(error, usage));
