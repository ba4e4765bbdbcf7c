import type { Request, RequestHandler, Response } from 'express';
import { Gate } from '../gate.js';
import { errorBody } from './errors.js';
import type { RequestLocals } from './responseCache.js';

/**
 * Requests one user (or, before logging in, one address) may have in flight at once. A browser
 * opens at most six connections to a server over HTTP/1.1, so the dashboard itself never needs
 * more; a script that sends more at once gets 429 for the rest.
 */
export const PER_USER_REQUESTS = 6;

/**
 * GraphQL operations executing at once, over all users. The resolvers are synchronous over
 * SQLite and hand the event loop back between the levels of a query (graphql/loaders.ts): with
 * two at a time those slices stay short, so /healthz, static files and cached answers keep
 * flowing while costly queries run. The others wait their turn, up to `queue`; beyond it 503.
 */
export const EXECUTION = { concurrency: 2, queue: 200 } as const;

function whoAsks(req: Request, res: Response): string {
  const viewer = (res.locals as RequestLocals).viewer;
  return viewer ? `user:${viewer.userId}` : `address:${req.ip ?? req.socket.remoteAddress ?? '?'}`;
}

/** Runs `release` once, when the response is finished or the connection is gone. */
function whenDone(res: Response, release: () => void): void {
  if (res.writableFinished || res.destroyed) release();
  else res.once('close', release);
}

/** 429 beyond `limit` requests in flight per user or address (after the viewer is known). */
export function perUserConcurrency(limit = PER_USER_REQUESTS): RequestHandler {
  const inFlight = new Map<string, number>();
  return (req, res, next) => {
    const key = whoAsks(req, res);
    const count = inFlight.get(key) ?? 0;
    if (count >= limit) {
      res
        .status(429)
        .set('Retry-After', '1')
        .json(
          errorBody(
            `Te veel verzoeken tegelijk: ten hoogste ${limit} per gebruiker. Wacht op de antwoorden en probeer het dan opnieuw. ` +
              `(Too many requests at once: at most ${limit} per user.)`,
            'TOO_MANY_REQUESTS',
            `Too many requests at once: at most ${limit} per user. Wait for the answers, then try again.`,
          ),
        );
      return;
    }
    inFlight.set(key, count + 1);
    whenDone(res, () => {
      const left = (inFlight.get(key) ?? 1) - 1;
      if (left > 0) inFlight.set(key, left);
      else inFlight.delete(key);
    });
    next();
  };
}

/** Lets `concurrency` requests through at a time; the rest wait in line, beyond `queue` 503. */
export function executionGate({ concurrency, queue }: { concurrency: number; queue: number } = EXECUTION): RequestHandler {
  const gate = new Gate(concurrency, queue);
  return async (_req, res, next) => {
    const release = await gate.enter();
    if (!release) {
      res
        .status(503)
        .set('Retry-After', '1')
        .json(
          errorBody(
            'De server is even druk: probeer het over een seconde opnieuw. (The server is busy; try again in a second.)',
            'SERVICE_UNAVAILABLE',
            'The server is busy for a moment: try again in a second.',
          ),
        );
      return;
    }
    whenDone(res, release);
    // The asker may have gone while waiting: then the slot goes straight to the next.
    if (res.destroyed) return;
    next();
  };
}
