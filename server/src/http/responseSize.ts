import type { RequestHandler } from 'express';
import { errorBody } from './errors.js';

/**
 * Largest GraphQL answer sent. The cost limit (graphql/cost.ts) keeps answers far below it (the
 * dashboard's largest is about 60 kB); this is the backstop for what it cannot foresee, such as
 * long texts in many rows.
 */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

/**
 * Replaces an answer over `maxBytes` with a 400 that says so. Mounted after the response cache,
 * so that its wrapper runs first and a refused answer is never kept.
 */
export function capResponseSize(maxBytes = MAX_RESPONSE_BYTES): RequestHandler {
  const megabytes = (maxBytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body === 'string' && Buffer.byteLength(body) > maxBytes) {
        res.status(400).type('application/json; charset=utf-8');
        return send(
          JSON.stringify(
            errorBody(
              `Het antwoord wordt groter dan ${megabytes} MB: vraag minder velden of minder rijen tegelijk. ` +
                `(The answer would be larger than ${(maxBytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB; ask for fewer fields or rows.)`,
              'RESPONSE_TOO_LARGE',
              `The answer would be larger than ${(maxBytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB: ask for fewer fields or fewer rows at once.`,
            ),
          ),
        );
      }
      return send(body);
    };
    next();
  };
}
