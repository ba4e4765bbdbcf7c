import type { RequestHandler } from 'express';
import { LIMITS } from '../graphql/limits.js';
import { errorBody } from './errors.js';

/**
 * Refuses a GraphQL query text over LIMITS.characters before Apollo parses it. The body limit
 * (100kb) bounds the request; this bounds the query itself, with a message that names the limit.
 * Runs after express.json (POST body) and also reads GET's ?query=.
 */
export const limitQueryLength: RequestHandler = (req, res, next) => {
  const body = req.body as { query?: unknown } | undefined;
  const query = req.method === 'GET' ? req.query.query : body?.query;
  if (typeof query === 'string' && query.length > LIMITS.characters) {
    const max = LIMITS.characters.toLocaleString('nl-NL');
    res
      .status(400)
      .json(
        errorBody(
          `De query is te lang: ten hoogste ${max} tekens, deze heeft er ${query.length.toLocaleString('nl-NL')}. / ` +
            `Query length limit of ${LIMITS.characters} characters exceeded, found ${query.length}.`,
          'GRAPHQL_VALIDATION_FAILED',
          `The query is too long: at most ${LIMITS.characters.toLocaleString('en-GB')} characters, this one has ${query.length.toLocaleString('en-GB')}.`,
        ),
      );
    return;
  }
  next();
};
