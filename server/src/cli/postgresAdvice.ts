/**
 * What `npm run backup` and `npm run restore` say when ZV_DATABASE_URL is set: the figures then
 * live in PostgreSQL, whose own tools (pg_dump, pg_restore) back them up and put them back.
 * These commands touch nothing then; they give the exact commands to run instead.
 */

/** zv-2026-12-06.dump: the name the PostgreSQL commands below suggest for today's dump. */
export function dumpName(date = new Date()): string {
  return `zv-${date.toISOString().slice(0, 10)}.dump`;
}

/**
 * With ZV_DATABASE_URL the figures live in PostgreSQL, which its own tools back up while the
 * servers run: this command then touches nothing and says what to run instead. The dump needs
 * the second-factor key file beside it: the TOTP secrets in it are encrypted with that key.
 */
export function postgresBackupAdvice(keyFile: string, date = new Date()): string {
  return (
    'ZV_DATABASE_URL is gezet: de gegevens staan in PostgreSQL, niet in een SQLite-bestand onder DATA_DIR. ' +
    'npm run backup maakt daarvan geen back-up en heeft niets aangeraakt.\n' +
    'Maak de back-up met pg_dump (van dezelfde hoofdversie als de server of nieuwer; de servers mogen blijven draaien):\n\n' +
    `  pg_dump --format=custom --file=${dumpName(date)} "$ZV_DATABASE_URL"\n\n` +
    `Bewaar het sleutelbestand van de tweede factor (ZV_SECOND_FACTOR_KEY_FILE, nu ${keyFile}) bij de dump: ` +
    'zonder die sleutel zijn de authenticator-apps in de dump onbruikbaar. Hoe u terugzet: npm run restore.'
  );
}

/**
 * With ZV_DATABASE_URL: the steps to put a pg_dump back with pg_restore, this command touching
 * nothing. Every server stops first: each keeps a response cache, and the sessions it knows of
 * must match the database. Sessions are ended afterwards, as a SQLite restore does.
 */
export function postgresRestoreAdvice(keyFile: string, dump?: string): string {
  // A name with spaces or quotes stays one argument when pasted into a shell; without one, a placeholder.
  const file = dump === undefined ? 'zv-<datum>.dump' : /^[\w./:@+-]+$/.test(dump) ? dump : `'${dump.replace(/'/g, `'\\''`)}'`;
  return (
    'ZV_DATABASE_URL is gezet: de gegevens staan in PostgreSQL, niet in een SQLite-bestand onder DATA_DIR. ' +
    'npm run restore zet daar niets terug en heeft niets aangeraakt.\n' +
    'Zet een dump van pg_dump terug met pg_restore (van dezelfde hoofdversie als de server of nieuwer):\n\n' +
    '  1. Stop alle servers: elk houdt een antwoordcache en sessies bij die na het terugzetten niet meer kloppen.\n' +
    `  2. pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$ZV_DATABASE_URL" ${file}\n` +
    '  3. Beëindig alle sessies, zoals bij SQLite: psql "$ZV_DATABASE_URL" --command="DELETE FROM session"\n' +
    `  4. Zet het sleutelbestand van de tweede factor terug dat bij de dump hoort (ZV_SECOND_FACTOR_KEY_FILE, nu ${keyFile}), ` +
    'op elke server hetzelfde bestand.\n' +
    '  5. Start de servers weer.\n\n' +
    'pg_restore vervangt alle tabellen in één transactie: lukt het niet, dan blijft de database zoals hij was. ' +
    'Is de dump gemaakt door een oudere versie van de app, zet hem dan terug in een nieuwe, lege database en wijs ZV_DATABASE_URL ' +
    'daarheen: --clean ruimt alleen op wat in de dump staat; de servers brengen de database bij het starten naar hun schema.'
  );
}
