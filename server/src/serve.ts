import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { loadSeed } from '@zv/seed';
import { createApp } from './app.js';
import { bootstrapAdmin } from './auth/bootstrap.js';
import { secondFactorKeyFor } from './auth/secondFactorKey.js';
import { checkSignInConfig } from './auth/oidc/checkConfig.js';
import type { Config } from './config.js';
import { refuseDemonstrationDatabase, type Demonstration } from './demo/demonstration.js';
import type { Services } from './graphql/context.js';
import { consoleLogger as log } from './log.js';
import { pruneAudit, type AuditRetention } from './management/auditRetention.js';
import { createServices } from './services.js';
import { databaseName, openStore, type Store } from './store/index.js';

const clientDir = fileURLToPath(new URL('../../client/dist/', import.meta.url));

export interface ServeOptions {
  /** The demonstration this server shows (npm run demo); absent: a real deployment, which refuses a demonstration database. */
  demonstration?: {
    accounts: Demonstration['accounts'];
    /** Checks the database before anything else, and fills a new one. */
    check(store: Store): Promise<void>;
    fill(services: Services): Promise<string[]>;
  };
}

/** Opens the database, fills a new one, and serves the dashboard and the API until SIGTERM/SIGINT. */
export async function serve(config: Config, { demonstration }: ServeOptions = {}): Promise<void> {
  const store = await openStore(config);
  try {
    if (demonstration) await demonstration.check(store);
    else await refuseDemonstrationDatabase(store, databaseName(config));
  } catch (error) {
    // Refused before anything is served: the connections (a PostgreSQL pool) end with it.
    await store.close();
    throw error;
  }
  const services = createServices(store, {
    auth: {
      sessionPolicy: { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs },
      mfaRequiredRoles: config.mfaRequiredRoles,
    },
    suppressBelow: config.suppressBelow,
    secondFactorKey: await secondFactorKeyFor(config.secondFactorKeyFile, store, { keyLost: config.secondFactorKeyLost }),
    signIn: config.signIn,
    demonstration: demonstration ? { accounts: demonstration.accounts } : null,
  });
  if (await store.isEmpty()) {
    if (demonstration) {
      const lines = await demonstration.fill(services);
      log.info('Nieuwe demonstratiedatabase gevuld met verzonnen cijfers', { database: databaseName(config), parts: lines });
    } else {
      const seed = loadSeed();
      // The seed holds one region's figures: only that region is filled from it.
      if (config.region === undefined || config.region === seed.region.code) {
        const report = await store.loadSeed(seed);
        log.info('Nieuwe database gevuld met de bronwaarden', { database: databaseName(config), ...report });
      }
    }
  }
  // Stops here, naming ZV_REGION, when the region served is not in the database or is ambiguous.
  const region = await store.getRegion();
  await bootstrapAdmin(store, services.auth, {
    adminPassword: config.adminPassword,
    dataDir: config.dataDir,
    print: (line) => console.log(line),
  });
  // A GEMEENTE mapping names a municipality of the database, a break-glass account a local beheerder.
  await checkSignInConfig(config.signIn, store);
  if (config.auditRetention) scheduleAuditRetention(store, config.auditRetention);
  const { app, stop } = await createApp({
    services,
    clientDir,
    production: config.production,
    trustProxy: config.trustProxy,
    serverRendering: config.serverRendering,
  });
  const server: Server = app.listen(config.port, config.host ?? '::', () => {
    log.info(`Dashboard Zorg & Veiligheid${demonstration ? ' (demonstratie)' : ''} op http://localhost:${config.port}`, {
      database: databaseName(config),
      region: region.code,
    });
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const hint = error.code === 'EADDRINUSE' ? ` Poort ${config.port} is al in gebruik: kies een andere met PORT.` : '';
    log.error(`Kan niet luisteren op poort ${config.port}.${hint}`, { code: error.code });
    process.exit(1);
  });

  const shutdown = (signal: string) => {
    log.info('Stoppen', { signal });
    server.close(() => {
      void stop()
        .then(() => store.close())
        .then(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

/** Exports and removes audit entries past the retention now and then once a day. */
function scheduleAuditRetention(store: Store, retention: AuditRetention): void {
  const prune = async () => {
    try {
      const report = await pruneAudit(store, retention);
      if (report.removed > 0) log.info('Auditlog: oude regels geëxporteerd en verwijderd', { ...report });
    } catch (error) {
      log.error('Auditlog: bewaartermijn niet toegepast; er is niets verwijderd', { error: String(error), exportDir: retention.exportDir });
    }
  };
  void prune();
  setInterval(() => void prune(), 86_400_000).unref();
}
