import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import type { RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * How the dashboard's files travel. The build writes every text file also as .br and .gz
 * (client/vite.config.ts); the browser gets the smallest it accepts, with `Vary: Accept-Encoding`.
 * Files under /assets/ have the hash of their content in their name: cached for a year and never
 * asked again (`immutable`). index.html (and the routes that answer it) is revalidated on every
 * visit, so a new build is picked up at once.
 */
export const HASHED_ASSETS = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

function cacheHeaders(res: ServerResponse, path: string): void {
  res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? HASHED_ASSETS : REVALIDATE);
}

/** The built dashboard (client/dist), precompressed where the build made .br/.gz. */
export function dashboardFiles(clientDir: string): RequestHandler {
  return expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: 'index.html',
    serveStatic: { cacheControl: false, setHeaders: cacheHeaders },
  });
}

/** index.html for a client-side route (/casuistiek, /gemeente/GM0479 …), revalidated. */
export function dashboardPage(clientDir: string): RequestHandler {
  return (_req, res) => {
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(join(clientDir, 'index.html'));
  };
}

/**
 * Compression of what is made per request (GraphQL answers, the source documents, index.html for
 * a route): brotli or gzip by what the browser accepts, from 1 kB. Files the build compressed
 * already carry their Content-Encoding and pass untouched.
 */
export function compressAnswers(): RequestHandler {
  return compression({ threshold: 1024 });
}
