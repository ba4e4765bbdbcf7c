import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { readCookie, sessionCookie } from '../../http/session.js';
import { DatabaseRateLimit } from '../../http/rateLimitStore.js';
import type { Logger } from '../../log.js';
import type { RateLimitStore } from '../../store/RateLimitStore.js';
import { continuePage, PAGE_CSS, refusalPage, type PageLanguage } from './pages.js';
import { OIDC_REQUEST_TTL_MS, OidcRefusal, type SingleSignOn } from './SingleSignOn.js';

/** Binds a sign-in under way to this browser. Lax: it must come back on the provider's redirect (a top-level GET). */
const STATE_COOKIE = 'zv_oidc_state';
const SECURE_STATE_COOKIE = '__Host-zv_oidc_state';
const stateCookieName = (req: Request) => (req.secure ? SECURE_STATE_COOKIE : STATE_COOKIE);
const stateCookieOptions = (req: Request) => ({ httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' });

/** A path of this dashboard to return to after signing in; anything else (another site, "//x") is "/". */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 500 || !/^\/(?![/\\])[^\s\\]*$/.test(raw)) return '/';
  return raw.startsWith('/auth/') ? '/' : raw;
}

const languageOf = (req: Request): PageLanguage => (req.acceptsLanguages('nl', 'en') === 'en' ? 'en' : 'nl');

function sendPage(res: Response, status: number, html: string): void {
  res.status(status).set('Cache-Control', 'no-store').type('html').send(html);
}

/**
 * GET /auth/oidc/:id/start sends the browser to the provider (authorization code flow with PKCE);
 * GET /auth/oidc/:id/callback takes its answer, starts a session and moves on to the dashboard.
 */
export function oidcRoutes(
  sso: SingleSignOn,
  sessionMaxAgeMs: number,
  logger: Logger,
  rate: { limit: number; windowMs: number },
  counts: RateLimitStore,
): Router {
  const router = Router();
  // Like password logins (http/loginRateLimit.ts): each start writes a row, each callback may ask the provider.
  const limit = rateLimit({
    windowMs: rate.windowMs,
    limit: rate.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new DatabaseRateLimit(counts, 'oidc:'),
    handler: (req, res) => {
      res.setHeader('Retry-After', String(Math.ceil(rate.windowMs / 1000)));
      sendPage(res, 429, refusalPage(languageOf(req), 'too-many'));
    },
  });

  router.get('/auth/oidc/page.css', (_req, res) => {
    res.type('css').set('Cache-Control', 'public, max-age=3600').send(PAGE_CSS);
  });

  router.get('/auth/oidc/:id/start', limit, async (req, res) => {
    const provider = sso.provider(String(req.params.id));
    if (!provider) {
      sendPage(res, 404, refusalPage(languageOf(req), 'unknown-provider'));
      return;
    }
    try {
      const { url, state } = await sso.start(provider, safeReturnPath(req.query.terug));
      res.cookie(stateCookieName(req), state, { ...stateCookieOptions(req), maxAge: OIDC_REQUEST_TTL_MS });
      res.set('Cache-Control', 'no-store').redirect(303, url.href);
    } catch (error) {
      logger.error('Single sign-on: provider niet bereikbaar', { provider: provider.id, error: String(error) });
      sendPage(res, 502, refusalPage(languageOf(req), 'unreachable'));
    }
  });

  router.get('/auth/oidc/:id/callback', limit, async (req, res) => {
    const provider = sso.provider(String(req.params.id));
    if (!provider) {
      sendPage(res, 404, refusalPage(languageOf(req), 'unknown-provider'));
      return;
    }
    const state = readCookie(req, stateCookieName(req));
    // One use, whatever the outcome.
    if (state) res.clearCookie(stateCookieName(req), stateCookieOptions(req));
    const currentUrl = new URL(req.originalUrl, sso.config.publicUrl);
    try {
      const { token, returnTo } = await sso.finish(provider, state, currentUrl, req.ip ?? 'onbekend', req.get('user-agent') ?? null);
      sessionCookie(req, res, sessionMaxAgeMs).set(token);
      sendPage(res, 200, continuePage(languageOf(req), returnTo));
    } catch (error) {
      if (!(error instanceof OidcRefusal)) throw error;
      sendPage(res, 403, refusalPage(languageOf(req), error.reason));
    }
  });

  return router;
}
