import { createHash } from 'node:crypto';
import pg from 'pg';

/** PostgreSQL's OID of int8 (bigint), also the type of count(*) and sum() of integers. */
const INT8_OID = 20;

/**
 * bigint columns (times in ms, money, ids of long tables) come back as JS numbers, as from
 * SQLite. node-postgres answers them as strings by default because a bigint may pass 2^53; every
 * value this schema keeps stays far below it, and one that does not is refused loudly here
 * rather than rounded.
 */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`bigint ${text} past JavaScript's safe integers`);
  return value;
}

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? parseInt8 : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * A pool of connections to the database at `url` with this store's type parsing. The parser is
 * set per pool, not on node-postgres' global registry, so nothing else in the process changes.
 */
export function createPool(url: string, options: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types });
  prepareReads(pool);
  // An idle connection that breaks (a restarted server) is dropped by the pool; the next query
  // opens a new one. Without a listener the error would end the process.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Every single SELECT sent through the pool's own `query` with parameters becomes a named
 * (prepared) statement: each connection parses and plans it once, then only binds and runs it.
 * The store's reads are a fixed set of texts, asked on every request that the response cache
 * does not answer; it cut PostgreSQL's CPU per uncached Overzicht by about a quarter (npm run bench).
 * Writes, statements inside transactions (on a client of their own) and text without parameters
 * go as they are.
 */
function prepareReads(pool: pg.Pool): void {
  const names = new Map<string, string>();
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    const [text, values] = args;
    if (
      typeof text === 'string' &&
      Array.isArray(values) &&
      typeof args[2] !== 'function' &&
      /^\s*SELECT\b/i.test(text) &&
      !text.includes(';')
    ) {
      let name = names.get(text);
      if (name === undefined) names.set(text, (name = `zv_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`));
      return query({ name, text, values });
    }
    return query(...args);
  }) as typeof pool.query;
}

/** Runs `work` in one transaction on one connection of the pool: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Keys of the advisory locks this store takes, in their two-number form (namespace, key) so
 * that they never meet another application's single-number locks on the same database.
 */
export const LOCK_NAMESPACE = {
  /** Schema migrations: one server migrates, the others wait and then find nothing to do. */
  migrate: 0x7a76_0001,
  /** Failed logins of one account (key: hashtext of the lower-cased name). */
  loginAccount: 0x7a76_0002,
  /** Failed logins from one address (key: hashtext of the address). */
  loginAddress: 0x7a76_0003,
  /** Loading the seed and clearing figures (key 0): one server at a time, whichever region. */
  seed: 0x7a76_0004,
  /** Imports and restores (key 0): one at a time in the whole database, whichever server runs it. */
  imports: 0x7a76_0005,
} as const;
