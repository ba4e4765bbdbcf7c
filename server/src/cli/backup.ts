import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config.js';
import { copyLiveDatabase, DatabaseFileError, inspectDatabaseFile, type DatabaseSummary } from '../store/sqlite/files.js';
import { StoreOpenError } from '../store/sqlite/open.js';
import { postgresBackupAdvice } from './postgresAdvice.js';

const usage = `Gebruik: npm run backup -- <bestand> [--force]

Maakt een back-up van de database onder DATA_DIR naar <bestand>, ook terwijl de server draait.
Controleert de back-up daarna (integriteit, schemaversie) en meldt wat erin staat.
  --force   overschrijft <bestand> als het al bestaat
Met ZV_DATABASE_URL (PostgreSQL) zegt deze opdracht welke pg_dump u uitvoert.`;

/** A refusal or failure with a message for the user (Dutch, naming the file); no stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}

/** "2 peildata, 14 bijdragen, 1 gebruiker" */
export function describeContents(summary: DatabaseSummary): string {
  const part = (n: number | null, one: string, many: string) => (n === null ? null : `${n} ${n === 1 ? one : many}`);
  return [
    part(summary.snapshots, 'peildatum', 'peildata'),
    part(summary.contributions, 'bijdrage', 'bijdragen'),
    part(summary.users, 'gebruiker', 'gebruikers'),
  ]
    .filter((p) => p !== null)
    .join(', ');
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1).replace('.', ',')} kB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** The same file (or one of its -wal/-shm/-journal files)? Compares real paths where they exist. */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) =>
    existsSync(p) ? realpathSync(p) : join(existsSync(dirname(p)) ? realpathSync(dirname(p)) : dirname(p), basename(p));
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
  const config = readConfig(process.env);
  if (config.databaseUrl) throw new CliError(postgresBackupAdvice(config.secondFactorKeyFile));
  if (positionals.length !== 1) throw Object.assign(new CliError('Geef precies één bestand op voor de back-up.'), { showUsage: true });
  const target = resolve(positionals[0]!);
  if (!existsSync(config.databasePath)) {
    throw new CliError(`Er is geen database om te back-uppen: ${config.databasePath} bestaat niet. Klopt DATA_DIR?`);
  }
  if (samePath(target, config.databasePath)) throw new CliError(`${target} is de database zelf: kies een ander bestand voor de back-up.`);
  if (existsSync(target)) {
    if (statSync(target).isDirectory())
      throw new CliError(`${target} is een map: geef een bestandsnaam op, bijvoorbeeld ${join(target, 'zorg-veiligheid-backup.sqlite')}.`);
    if (!values.force)
      throw new CliError(`${target} bestaat al en wordt niet overschreven. Kies een andere naam, of overschrijf het met --force.`);
  }
  mkdirSync(dirname(target), { recursive: true });

  // Written under a temporary name next to the target and renamed when complete and checked:
  // the target is never a half-written backup.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await copyLiveDatabase(config.databasePath, temp);
    const summary = inspectDatabaseFile(temp, `De back-up ${target}`, { readonly: true });
    if (!values.force && existsSync(target))
      throw new CliError(`${target} is intussen aangemaakt en wordt niet overschreven; gebruik --force.`);
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
  const known =
    error instanceof CliError || error instanceof DatabaseFileError || error instanceof ConfigError || error instanceof StoreOpenError;
  if (known) console.error(`Fout: ${error.message}`);
  else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(`Fout: ${(error as Error).message}`);
  else console.error('Fout:', error);
  if ((error as { showUsage?: boolean }).showUsage || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
    console.error(usageText);
  process.exitCode = 1;
}

/** Runs only as `node server/dist/cli/backup.js`, not when restore.js imports the checks above. */
const isEntry = process.argv[1] !== undefined && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url));
if (isEntry) run().catch((error: unknown) => reportError(error, usage));
