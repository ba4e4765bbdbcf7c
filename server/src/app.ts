import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { examplesDir, sourcesDir } from '@zv/seed';
import express, { type Express, type RequestHandler } from 'express';
import { oidcRoutes } from './auth/oidc/routes.js';
import { withAuthorization } from './graphql/authorization.js';
import { createContext, type Context, type Services } from './graphql/context.js';
import { costLimit } from './graphql/cost.js';
import { formatErrorWith } from './graphql/errors.js';
import { inputLimits } from './graphql/inputLimits.js';
import { LIMITS, queryLimitRules } from './graphql/limits.js';
import { refineErrors } from './graphql/refineErrors.js';
import { resolvers } from './graphql/resolvers/index.js';
import { readTypeDefs } from './graphql/schema.js';
import { errorBody, httpErrorHandler, requireJson } from './http/errors.js';
import { executionGate, perUserConcurrency } from './http/concurrency.js';
import { limitQueryLength } from './http/queryLength.js';
import { capResponseSize } from './http/responseSize.js';
import { importUpload } from './http/importUpload.js';
import { LOGIN_RATE, loginRateLimit } from './http/loginRateLimit.js';
import { persistedQueryCache, readPersistedDocuments, type PersistedDocuments } from './http/persistedQueries.js';
import { createResponseCache, type RequestLocals, type ResponseCache, type ResponseCacheOptions } from './http/responseCache.js';
import { securityHeaders } from './http/security.js';
import { renderedPages } from './http/pageRender.js';
import { compressAnswers, dashboardFiles, dashboardPage } from './http/staticFiles.js';
import { readSessionToken, sessionCookie } from './http/session.js';
import { consoleLogger, type Logger } from './log.js';

export interface AppOptions {
  services: Services;
  /** The built dashboard (client/dist); null serves the API only. */
  clientDir?: string | null;
  production?: boolean;
  logger?: Logger;
  /** Express's "trust proxy" (see config.ts); false: the connection itself says http or https. */
  trustProxy?: string | number | false;
  /** The client's persisted documents (hash → query); read from the generated manifest if omitted. */
  persistedDocuments?: PersistedDocuments;
  /** Largest file `/api/import` accepts; MAX_UPLOAD_BYTES (60 MB) if omitted. Tests set a small one. */
  maxUploadBytes?: number;
  /** Login requests per address per window (LOGIN_RATE if omitted). */
  loginRate?: { limit: number; windowMs: number };
  /** Largest GraphQL answer (MAX_RESPONSE_BYTES if omitted). Tests set a small one. */
  maxResponseBytes?: number;
  /** The response cache's bounds (http/responseCache.ts); tests set small ones, a benchmark 0 to miss every time. */
  responseCacheLimits?: Pick<ResponseCacheOptions, 'maxBytes' | 'maxTextBytes' | 'maxTexts'>;
  /** Pages for a visitor with a session rendered here (http/pageRender.ts); default on. */
  serverRendering?: boolean;
}

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
  responseCache: ResponseCache;
  stop(): Promise<void>;
}

/** The dashboard's own pages (/, /casuistiek, /gemeente/GM0479 …): no API, no file (no dot). */
export const DASHBOARD_PAGE = /^\/(?!graphql|healthz|api\/|auth\/|voorbeelden\/|bronnen\/|assets\/)[^.]*$/;

/** Largest request body accepted: a GraphQL query with variables fits many times over. */
export const MAX_BODY = '100kb';

/** Builds the Apollo server: used by the app and directly by tests (executeOperation). */
export function createApollo(
  options: {
    production?: boolean;
    logger?: Logger;
    persistedDocuments?: PersistedDocuments;
    responseCache?: ResponseCache;
    maxCost?: number;
  } = {},
): ApolloServer<Context> {
  const production = options.production ?? false;
  const typeDefs = readTypeDefs();
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: withAuthorization(resolvers, typeDefs),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Depth, aliases and directives (graphql/limits.ts); tokens are counted while parsing; the
    // cost by what the lists return is checked per request (costLimit, graphql/cost.ts).
    validationRules: queryLimitRules(),
    parseOptions: { maxTokens: LIMITS.tokens },
    // Apollo's landing page loads its scripts from a CDN, which the CSP (http/security.ts) refuses.
    // No cache-control hints (the response cache keys on the data version instead): without
    // them Apollo does not wrap every field resolver to collect hints on every request.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      // Every text and list argument is length-checked before anything runs (graphql/inputLimits.ts).
      inputLimits(),
      costLimit(options.maxCost),
      ...(options.responseCache ? [options.responseCache.plugin] : []),
    ],
    // The dashboard's documents by hash (http/persistedQueries.ts); others may register theirs.
    persistedQueries: { cache: persistedQueryCache(options.persistedDocuments ?? new Map()) },
    // main.ts stops the HTTP server, Apollo and the store in order on SIGTERM/SIGINT.
    stopOnTerminationSignals: false,
    formatError: refineErrors(formatErrorWith(options.logger ?? consoleLogger), { production }),
  });
}

/** Builds express + Apollo without listening: main.ts listens, tests use it directly. */
export async function createApp({
  services,
  clientDir = null,
  production = false,
  logger = consoleLogger,
  trustProxy = false,
  persistedDocuments = readPersistedDocuments(),
  maxUploadBytes,
  loginRate,
  maxResponseBytes,
  responseCacheLimits,
  serverRendering = true,
}: AppOptions): Promise<App> {
  const { store, auth } = services;
  const today = () => new Date(auth.now()).toISOString().slice(0, 10);
  const responseCache = createResponseCache({ store, documents: persistedDocuments, today, ...responseCacheLimits });
  const apollo = createApollo({ production, logger, persistedDocuments, responseCache });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  // First, so that every response carries them: API, static files, fallback, 404 and errors.
  app.use(securityHeaders());
  app.use(compressAnswers());

  app.get('/healthz', async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ok' });
    } catch (error) {
      logger.error('Health check failed', { error: String(error) });
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // Who asks, once per request: the response cache keys on it, the resolvers authorise with it.
  const identify: RequestHandler = async (req, res, next) => {
    const token = readSessionToken(req);
    const viewer = token ? await auth.authenticate(token) : null;
    // A sign-in waiting for its second step is no viewer: only the public and 'pending' fields serve it.
    const pending = token && !viewer ? await auth.pendingSignIn(token) : null;
    (res.locals as RequestLocals).viewer = viewer;
    (res.locals as RequestLocals).pending = pending;
    // A cookie that no longer names a session is cleared, so the browser stops sending it.
    if (token && !viewer && !pending) sessionCookie(req, res, auth.sessionPolicy.absoluteMs).clear();
    next();
  };
  // One count of requests in flight per user, and one line for work that runs queries: GraphQL
  // and the pages rendered on the server share them (http/concurrency.ts).
  const perUser = perUserConcurrency();
  const execution = executionGate();

  // Single sign-on (auth/oidc): to the provider and back; plain pages, no GraphQL.
  app.use(oidcRoutes(services.sso, auth.sessionPolicy.absoluteMs, logger, loginRate ?? LOGIN_RATE, services.store));
  app.post('/api/import', importUpload(services, maxUploadBytes));
  // Example files for imports: real figures only, but like everything else behind the login.
  app.use('/voorbeelden', requireSession(services), express.static(examplesDir, { index: false, fallthrough: false }));
  // The council documents the figures cite (seed/sources/), as text: every source line links here.
  app.use('/bronnen', requireSession(services), express.static(sourcesDir, { index: false, fallthrough: false, dotfiles: 'deny' }));

  app.use(
    '/graphql',
    requireJson,
    express.json({ limit: MAX_BODY }),
    limitQueryLength,
    loginRateLimit(persistedDocuments, services.store, loginRate),
    identify,
    perUser,
    responseCache.middleware,
    capResponseSize(maxResponseBytes),
    // Answers the cache did not have are worked out a few at a time (http/concurrency.ts).
    execution,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const locals = res.locals as RequestLocals;
        const session = sessionCookie(req, res, auth.sessionPolicy.absoluteMs);
        return createContext(services, {
          viewer: locals.viewer ?? null,
          pending: locals.pending ?? null,
          origin: req.ip ?? req.socket.remoteAddress ?? 'onbekend',
          session,
          userAgent: req.get('user-agent') ?? null,
          cacheEntry: locals.responseCache,
        });
      },
    }),
  );

  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    // A page of the dashboard, for a visitor with a session, arrives rendered (http/pageRender.ts);
    // otherwise, and whenever that cannot be done, the plain index.html below.
    if (serverRendering) {
      app.get(
        DASHBOARD_PAGE,
        identify,
        (req, res, next) => ((res.locals as RequestLocals).viewer ? perUser(req, res, () => execution(req, res, next)) : next()),
        renderedPages({ clientDir, services, apollo, logger }),
      );
    }
    app.use(dashboardFiles(clientDir));
    // Client-side routes (/casuistiek, /gemeente/GM0479, ...) all load the app; a file that is not
    // there (an asset of an older build) is a 404, not the page.
    app.get(DASHBOARD_PAGE, dashboardPage(clientDir));
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('Het dashboard is nog niet gebouwd. Start met `npm start` (bouwt en start) of bouw met `npm run build`.');
    });
  }

  app.use((_req, res) => {
    res.status(404).json(errorBody('Deze pagina of dit adres bestaat niet.', 'NOT_FOUND', 'This page or address does not exist.'));
  });
  app.use(httpErrorHandler(logger, MAX_BODY));

  return { app, apollo, responseCache, stop: () => apollo.stop() };
}

/** Lets only requests with a valid session through (for files served outside GraphQL). */
function requireSession(services: Services): RequestHandler {
  return async (req, res, next) => {
    const token = readSessionToken(req);
    if (token && (await services.auth.authenticate(token))) {
      next();
      return;
    }
    res.status(401).json(errorBody('Log in om dit bestand te downloaden.', 'UNAUTHENTICATED', 'Sign in to download this file.'));
  };
}
