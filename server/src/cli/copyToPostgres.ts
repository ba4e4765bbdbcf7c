import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { isDemonstration } from '../demo/demonstration.js';
import { copySqliteToPostgres, CopyError, refuseWhileInUse } from '../store/postgres/copyFromSqlite.js';
import { formatChecks, verifyCopy } from '../store/postgres/copyCheck.js';
import { migratePostgres } from '../store/postgres/migrate.js';
import { createPool } from '../store/postgres/pool.js';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';
import { CliError, reportError } from './backup.js';

const usage = `Gebruik: npm run copy-to-postgres

Kopieert de SQLite-database onder DATA_DIR naar de (lege) PostgreSQL-database van ZV_DATABASE_URL:
alle tabellen, met hun ids, in één transactie. Controleert daarna per tabel het aantal rijen en
een controlegetal (SHA-256 over alle rijen) in beide databases.
Stop eerst de server die de SQLite-database gebruikt, en start nog geen server op PostgreSQL.`;

/** "postgres://zv@db.example:5432/zv": the address without its password, to show. */
function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** A failure to reach PostgreSQL (refused, unknown host, wrong password): said plainly, without a stack. */
function connectionProblem(error: unknown, address: string): CliError | undefined {
  const code = (error as { code?: string } | null)?.code ?? '';
  const network = ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(code);
  // 28xxx: invalid authorisation; 3D000: no such database.
  if (!network && !code.startsWith('28') && code !== '3D000') return undefined;
  const reason = error instanceof Error ? error.message : String(error);
  return new CliError(`Kan de PostgreSQL-database ${address} niet bereiken: ${reason}. Klopt ZV_DATABASE_URL, en draait de server?`);
}

async function run(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(usage);
    return;
  }
  if (positionals.length > 0)
    throw Object.assign(new CliError('Deze opdracht neemt geen bestanden of andere argumenten.'), { showUsage: true });
  const config = readConfig(process.env);
  if (!config.databaseUrl) {
    throw new CliError(
      'ZV_DATABASE_URL is niet gezet: geef het adres van de PostgreSQL-database waarheen gekopieerd wordt, ' +
        'bijvoorbeeld ZV_DATABASE_URL=postgres://gebruiker:wachtwoord@host:5432/database?sslmode=require npm run copy-to-postgres',
    );
  }
  if (!existsSync(config.databasePath)) {
    throw new CliError(`Er is geen SQLite-database om te kopiëren: ${config.databasePath} bestaat niet. Klopt DATA_DIR?`);
  }
  try {
    refuseWhileInUse(config.databasePath, config.dataDir);
  } catch (error) {
    throw error instanceof CopyError ? new CliError(error.message) : error;
  }
  const address = withoutPassword(config.databaseUrl);
  // Opened the way the server opens it: brought to the latest schema version first.
  const store = SqliteStore.open(config.databasePath);
  const pool = createPool(config.databaseUrl, { max: 2 });
  try {
    const applied = await migratePostgres(pool);
    console.log(
      `Van ${config.databasePath}\nnaar ${address}` +
        (applied.length > 0 ? ` (schemaversie ${applied.join(', ')} aangemaakt)` : ' (schema al bijgewerkt)'),
    );
    // One read transaction on SQLite for the copy and the check: both see the same rows.
    store.db.exec('BEGIN');
    try {
      const started = performance.now();
      const copied = await copySqliteToPostgres(store.db, pool, ({ table, rows }) =>
        console.log(`  ${table}: ${rows} ${rows === 1 ? 'rij' : 'rijen'}`),
      );
      const rows = copied.reduce((sum, table) => sum + table.rows, 0);
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `Gekopieerd: ${rows} rijen in ${copied.length} tabellen, in ${seconds.toFixed(1).replace('.', ',')} s ` +
          `(${Math.round(rows / Math.max(seconds, 0.001))} rijen/s), in één transactie vastgelegd.\n\nControle:`,
      );
      const checkStarted = performance.now();
      const checks = await verifyCopy(store.db, pool);
      console.log(formatChecks(checks));
      console.log(`Gecontroleerd in ${((performance.now() - checkStarted) / 1000).toFixed(1).replace('.', ',')} s.`);
      const different = checks.filter((check) => !check.ok).map((check) => check.table);
      if (different.length > 0) {
        throw new CliError(
          `De kopie verschilt van de SQLite-database in ${different.join(', ')}. ` +
            'Gebruik deze PostgreSQL-database niet: maak een nieuwe lege aan en kopieer opnieuw, en meld het als het blijft.',
        );
      }
      console.log(
        (await isDemonstration(store))
          ? `\nAlle ${checks.length} tabellen komen overeen. Let op: dit is een demonstratiedatabase (npm run demo, verzonnen cijfers), ` +
              'ook in PostgreSQL: npm start weigert die. Gebruik deze PostgreSQL-database niet als de echte.'
          : `\nAlle ${checks.length} tabellen komen overeen. Start de servers nu met ZV_DATABASE_URL.`,
      );
    } finally {
      store.db.exec('COMMIT');
    }
  } catch (error) {
    if (error instanceof CopyError) throw new CliError(error.message);
    throw connectionProblem(error, address) ?? error;
  } finally {
    await pool.end();
    await store.close();
  }
}

run().catch((error: unknown) => reportError(error, usage));
