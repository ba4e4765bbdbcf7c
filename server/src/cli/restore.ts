import { constants, copyFileSync, existsSync, mkdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { inspectDatabaseFile, prepareRestoredDatabase, takeOverLiveDatabase } from '../store/sqlite/files.js';
import { CliError, describeContents, formatSize, reportError, samePath } from './backup.js';
import { postgresRestoreAdvice } from './postgresAdvice.js';

const usage = `Gebruik: npm run restore -- <bestand>

Zet de back-up <bestand> terug als database onder DATA_DIR. Stop eerst de server.
Controleert het bestand eerst (SQLite, integriteit, schemaversie, tabellen) en weigert het anders.
De huidige database blijft bewaard als zorg-veiligheid.sqlite.voor-herstel-<tijdstip>; de
teruggezette database wordt naar het huidige schema gebracht. Alle sessies worden beëindigd.
Met ZV_DATABASE_URL (PostgreSQL) zegt deze opdracht hoe u met pg_restore terugzet.`;

/** 2025-11-22T08-36-12Z: the moment in UTC, usable in a file name. */
function timestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

/** `base`, or `base-2`, `base-3` … whichever does not exist yet. */
function freeName(base: string): string {
  let name = base;
  for (let n = 2; existsSync(name); n++) name = `${base}-${n}`;
  return name;
}

async function run(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(usage);
    return;
  }
  const config = readConfig(process.env);
  if (config.databaseUrl) throw new CliError(postgresRestoreAdvice(config.secondFactorKeyFile, positionals[0]));
  if (positionals.length !== 1) throw Object.assign(new CliError('Geef precies één back-upbestand op.'), { showUsage: true });
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
    const applied = prepareRestoredDatabase(temp, { backup, schemaVersion: before.schemaVersion });
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
