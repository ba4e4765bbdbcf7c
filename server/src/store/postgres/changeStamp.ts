import type pg from 'pg';

/**
 * The change stamp on PostgreSQL (Store.changeStamp): moves with every committed write, by any
 * server on the database, to a table a cached answer can hold. The database keeps it itself —
 * statement triggers on every table not in UNSTAMPED_TABLES move one counter (schema version 3
 * in migrations.ts) — so no write path can forget it.
 *
 * The stamp is the counter and the transaction id of the counter row's latest version (`xmin`).
 * The counter alone could come back to a value it had before, with other figures, when the
 * database is restored from a dump or made again; the row version's transaction id is new then.
 */
export class PgChangeStamp {
  constructor(private readonly pool: pg.Pool) {}

  /** One read of one row: cheap enough for every request (the response cache keys on it). */
  async current(): Promise<string> {
    // Named: each connection of the pool parses and plans it once.
    const { rows } = await this.pool.query<{ stamp: string }>({
      name: 'change-stamp',
      text: `SELECT n::text || '.' || xmin::text AS stamp FROM change_stamp`,
    });
    const stamp = rows[0]?.stamp;
    if (stamp === undefined) {
      throw new Error('De tabel change_stamp is leeg: de database is niet door de app gemaakt of is beschadigd. Zet een back-up terug.');
    }
    return stamp;
  }
}
