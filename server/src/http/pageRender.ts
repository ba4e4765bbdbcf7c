import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import type { PageOperationResult, RenderPage } from '@zv/shared';
import type { Request, RequestHandler } from 'express';
import { createContext, type Context, type Services } from '../graphql/context.js';
import type { Logger } from '../log.js';
import type { RequestLocals } from './responseCache.js';
import { readCookie, sessionCookie } from './session.js';

/**
 * First visits arrive rendered (decision 0009). For a visitor with a session, a page of the
 * dashboard is rendered here by the dashboard's own server entry (client/dist-ssr/render.js): its
 * queries run in this process, for this viewer, through Apollo with every plugin (input limits,
 * cost) and the same resolvers and authorisation as over HTTP; the HTML carries the figures and
 * the answers they came from, and the browser hydrates it without asking again. The page holds
 * the viewer's data: `no-store`, never kept by a browser or proxy.
 *
 * Whenever this cannot give a page (no session, no server entry built, a query with an error,
 * the render fails or takes longer than RENDER_TIMEOUT_MS) the request goes on to the plain
 * index.html, and the browser renders as it always did.
 */
export const RENDER_TIMEOUT_MS = 10_000;
export const RENDERED_PAGE = 'no-store';

/** Where `npm run build -w client` writes the server entry, next to client/dist. */
export function renderEntryFor(clientDir: string): string {
  return join(clientDir, '..', 'dist-ssr', 'render.js');
}

/** The language the visitor chose (the dashboard keeps it in a cookie as well as in the browser). */
export function pageLanguage(req: Request): 'nl' | 'en' {
  return readCookie(req, 'zv_lang') === 'en' ? 'en' : 'nl';
}

export function renderedPages({
  clientDir,
  services,
  apollo,
  logger,
  entry = renderEntryFor(clientDir),
}: {
  clientDir: string;
  services: Services;
  apollo: ApolloServer<Context>;
  logger: Logger;
  entry?: string;
}): RequestHandler {
  let loaded: Promise<{ render: RenderPage; template: string } | null> | null = null;
  const load = () => {
    loaded ??= existsSync(entry)
      ? import(pathToFileURL(entry).href).then(
          (module: { render: RenderPage }) => ({ render: module.render, template: readFileSync(join(clientDir, 'index.html'), 'utf8') }),
          (error: unknown) => {
            logger.error('Server-side rendering unavailable: the entry could not be loaded', { entry, error: String(error) });
            return null;
          },
        )
      : Promise.resolve(null);
    return loaded;
  };

  return async (req, res, next) => {
    const viewer = (res.locals as RequestLocals).viewer;
    const renderer = viewer ? await load() : null;
    if (!viewer || !renderer) {
      next();
      return;
    }
    // One context for the page: its queries share the request's loaders, as one HTTP request would.
    const contextValue = createContext(services, {
      viewer,
      origin: req.ip ?? req.socket.remoteAddress ?? 'onbekend',
      session: sessionCookie(req, res, services.auth.sessionPolicy.absoluteMs),
    });
    const signal = AbortSignal.any([AbortSignal.timeout(RENDER_TIMEOUT_MS), abortedWith(res)]);
    const url = new URL(req.originalUrl, 'http://page');
    const lang = pageLanguage(req);
    try {
      const page = await renderer.render({
        path: url.pathname,
        search: url.search.replace(/^\?/, ''),
        lang,
        signal,
        execute: async (operation) => {
          const response = await apollo.executeOperation(operation, { contextValue });
          if (response.body.kind !== 'single') return { errors: [{ message: 'Incremental delivery is not supported here.' }] };
          return response.body.singleResult as PageOperationResult;
        },
      });
      if (!page || res.destroyed) {
        if (!res.destroyed) next();
        return;
      }
      const html = renderer.template
        .replace('<html lang="nl">', `<html lang="${lang}">`)
        .replace('<div id="root"></div>', `<div id="root">${page.html}</div>${page.state}`);
      res.setHeader('Cache-Control', RENDERED_PAGE);
      res.type('html').send(html);
    } catch (error) {
      if (!signal.aborted)
        logger.error('Server-side rendering failed; the browser renders this page', { path: url.pathname, error: String(error) });
      if (!res.destroyed) next();
    }
  };
}

/** Aborts when the visitor goes away before the page is ready. */
function abortedWith(res: { once(event: 'close', listener: () => void): unknown; writableFinished: boolean }): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
