import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeed } from '@zv/seed';
import type { App, AppOptions } from '../app.js';
import { SqliteStore } from '../store/index.js';
import { testServices } from './api.js';
import { generateTable, insertTable } from './domainCounts.js';
import { loginOver, serveOnLoopback } from './http.js';

/** Every role once, two board members (same role, other people) and two municipalities. */
export const VIEWERS = [
  { username: 'beheer', role: 'BEHEERDER' },
  { username: 'bestuur', role: 'BESTUURDER' },
  { username: 'bestuur2', role: 'BESTUURDER' },
  { username: 'zvh', role: 'ZVH' },
  { username: 'zaanstad', role: 'GEMEENTE', municipalityCode: 'GM0479' },
  { username: 'purmerend', role: 'GEMEENTE', municipalityCode: 'GM0439' },
] as const;

export const VIEWER_PASSWORD = 'een lange zin als wachtwoord';

export interface ServedToViewers {
  base: string;
  app: App;
  /** The database file's store (another process may open the same file). */
  store: SqliteStore;
  path: string;
  /** Cookie header value per username of VIEWERS. */
  cookies: ReadonlyMap<string, string>;
  close(): Promise<void>;
}

/**
 * The real figures plus a breakdown by municipality and knowledge domain on 2024-06-01 (where what
 * may be seen differs per role), served on a loopback port, with a session for each of VIEWERS.
 */
export async function serveToViewers(options: Partial<AppOptions> = {}): Promise<ServedToViewers> {
  const dir = mkdtempSync(join(tmpdir(), 'zv-viewers-'));
  const path = join(dir, 'zv.sqlite');
  const store = SqliteStore.open(path);
  await store.loadSeed(loadSeed());
  await insertTable(store, '2024-06-01', generateTable(7));
  const services = testServices(store);
  for (const viewer of VIEWERS) await services.users.create({ username: 'test', origin: 'test' }, { password: VIEWER_PASSWORD, ...viewer });
  const served = await serveOnLoopback({ ...options, services });
  const cookies = new Map<string, string>();
  for (const { username } of VIEWERS) cookies.set(username, await loginOver(served.base, username, VIEWER_PASSWORD));
  return {
    ...served,
    store,
    path,
    cookies,
    close: async () => {
      await served.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
