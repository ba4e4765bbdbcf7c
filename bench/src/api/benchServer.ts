/**
 * The server the API benchmark measures: the production app exactly as `npm start` builds it
 * (createApp, production mode, the same middleware), plus the floor route beside it in the same
 * process. Started by apiBench.ts in a child process; prints "ready <port>" when listening.
 * With ZV_BENCH_UNCACHED=1 the response cache can keep nothing: every request is a miss, as the
 * first one after every change is (the cache still looks, and the plugin still judges the answer).
 *
 *   node bench/dist/api/benchServer.js <database> <port>
 *
 * <database> is a SQLite file, or a postgres://… URL (the PostgreSQL store, as ZV_DATABASE_URL).
 */
import { fileURLToPath } from 'node:url';
import express from 'express';
import { createApp } from '@zv/server/dist/app.js';
import { securityHeaders } from '@zv/server/dist/http/security.js';
import { silentLogger } from '@zv/server/dist/log.js';
import { createServices } from '@zv/server/dist/services.js';
import { openStore, SqliteStore } from '@zv/server/dist/store/index.js';
import { floorOverview } from './floor.js';
import { BENCH_USER, BENCH_USERS } from './names.js';

const [databasePath, port] = process.argv.slice(2);
const password = process.env.ZV_BENCH_PASSWORD;
if (!databasePath || !port || !password) {
  console.error('Gebruik: ZV_BENCH_PASSWORD=… node benchServer.js <database> <port>');
  process.exit(2);
}

// The region to serve when the database holds several (the national dataset), as in production.
const postgres = /^postgres(ql)?:\/\//.test(databasePath);
const store = await openStore({
  databasePath: postgres ? '' : databasePath,
  databaseUrl: postgres ? databasePath : null,
  region: process.env.ZV_REGION || undefined,
});
// The bench measures password sign-ins and the figures; a second factor is not what it measures.
const services = createServices(store, { auth: { mfaRequiredRoles: [] } });
if (!(await store.findUser(BENCH_USER))) {
  await services.users.create({ username: 'bench', origin: 'bench' }, { username: BENCH_USER, password, role: 'BESTUURDER' });
}
// The other bench users share the first one's password hash: one scrypt instead of eleven.
const { passwordHash } = (await store.findUser(BENCH_USER))!;
for (const username of BENCH_USERS.slice(1)) {
  if (!(await store.findUser(username)))
    await store.createUser({ username, passwordHash, role: 'BESTUURDER', municipalityCode: null, createdAt: new Date().toISOString() });
}
const clientDir = fileURLToPath(new URL('../../../client/dist/', import.meta.url));
const uncached = process.env.ZV_BENCH_UNCACHED === '1';
const { app } = await createApp({
  services,
  clientDir,
  production: true,
  logger: silentLogger,
  ...(uncached ? { responseCacheLimits: { maxBytes: 0, maxTextBytes: 0 } } : {}),
});
const root = express();
root.disable('x-powered-by');
// The floor is direct SQL on SQLite: there is none for PostgreSQL.
if (store instanceof SqliteStore) root.get('/floor/overview', securityHeaders(), floorOverview(store, services.auth));
root.use(app);
root.listen(Number(port), '127.0.0.1', () => console.log(`ready ${port}`));
// A normal exit on a signal, so that `node --cpu-prof` writes its profile.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
