import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { Kind, parse, visit } from 'graphql';
import { errorBody } from './errors.js';
import type { RateLimitStore } from '../store/RateLimitStore.js';
import type { PersistedDocuments } from './persistedQueries.js';
import { DatabaseRateLimit } from './rateLimitStore.js';

/** Login requests from one address per window before 429. */
export const LOGIN_RATE = { limit: 30, windowMs: 60_000 } as const;

/**
 * Per client address, at most `limit` login requests a window (express-rate-limit, counted in the
 * database so that several servers count together); beyond that 429 with Retry-After, before
 * anything is parsed by Apollo, counted or hashed. Other GraphQL requests are not counted. The address is Express's `req.ip`, so behind a
 * proxy ZV_TRUST_PROXY must be set, or every user shares the proxy's address.
 */
export function loginRateLimit(
  documents: PersistedDocuments,
  counts: RateLimitStore,
  rate: { limit: number; windowMs: number } = LOGIN_RATE,
): RequestHandler {
  const seconds = Math.ceil(rate.windowMs / 1000);
  return rateLimit({
    windowMs: rate.windowMs,
    limit: rate.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new DatabaseRateLimit(counts, 'login:'),
    skip: (req) => !asksLogin(req, documents),
    handler: (_req, res) => {
      res.setHeader('Retry-After', String(seconds));
      res
        .status(429)
        .json(
          errorBody(
            `Te veel inlogpogingen vanaf dit adres: probeer het over ${seconds} seconden opnieuw. (Too many logins from this address.)`,
            'TOO_MANY_REQUESTS',
            `Too many sign-in attempts from this address: try again in ${seconds} seconds.`,
          ),
        );
    },
  });
}

/** Whether the request's operation has a `login` field anywhere (aliases and fragments included), sent as text or by hash. */
function asksLogin(req: Request, documents: PersistedDocuments): boolean {
  const body = req.body as { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;
  if (!body || typeof body !== 'object') return false;
  const hash = body.extensions?.persistedQuery?.sha256Hash;
  const text = typeof body.query === 'string' ? body.query : typeof hash === 'string' ? documents.get(hash)?.text : undefined;
  if (!text || !/login/i.test(text)) return false;
  try {
    let found = false;
    visit(parse(text), {
      [Kind.FIELD]: (node) => {
        if (node.name.value === 'login') found = true;
      },
    });
    return found;
  } catch {
    return false; // not GraphQL: Apollo refuses it
  }
}
