import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../log.js';
import { DATE_ERROR } from './scalars.js';

/** Codes whose messages were written for the person asking and may be shown as they are. */
const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  // Changed by someone else meanwhile (an explanation's version moved): read again, then decide.
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'QUERY_TOO_COSTLY',
]);

/** Errors that graphql-js and Apollo write themselves (internalErrorClasses), always in English. */
const WRITTEN_IN_ENGLISH = new Set([
  'SyntaxError',
  'ValidationError',
  'UserInputError',
  'BadRequestError',
  'PersistedQueryNotFoundError',
  'PersistedQueryNotSupportedError',
  'OperationResolutionError',
]);

/** The first `extensions[key]` on the error or the errors it wraps. */
function extensionOf(error: unknown, key: string): unknown {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const value = (current as { extensions?: Record<string, unknown> }).extensions?.[key];
    if (value !== undefined) return value;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

const hasReason = (error: unknown, reason: string) => extensionOf(error, 'reason') === reason;

/**
 * The English beside the Dutch message (errors.ts, decision 0025): the one the error carries, or the
 * message itself when graphql-js or Apollo wrote it (they write English). Undefined otherwise.
 */
function englishOf(error: unknown, message: string): string | undefined {
  const messageEn = extensionOf(error, 'messageEn');
  if (typeof messageEn === 'string') return messageEn;
  return error instanceof Error && WRITTEN_IN_ENGLISH.has(error.name) ? message : undefined;
}

/**
 * Shapes every error before it leaves the server: a code a program can act on and a message a
 * person can act on. Anything unexpected is logged in full with an id and reaches the client
 * only as a generic message with that id: never a stack trace, SQL text or file path.
 */
export function formatErrorWith(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    // A malformed Date is a user error wherever graphql-js catches it (literal or variable).
    if (hasReason(error, DATE_ERROR)) {
      const original = unwrapResolverError(error) as { message?: string; originalError?: { message?: string } };
      const message = /Ongeldige datum/.test(formatted.message)
        ? formatted.message
        : (original.originalError?.message ?? original.message ?? formatted.message);
      return { ...base, message, extensions: { code: 'BAD_USER_INPUT', messageEn: englishOf(error, message) } };
    }
    if (SAFE_CODES.has(code)) {
      const messageEn = englishOf(error, formatted.message);
      return { ...base, extensions: messageEn === undefined ? { code } : { code, messageEn } };
    }
    // Apollo gives this client mistake no code (so it would read as a server fault, with a stack in the log).
    if (formatted.message === 'provided sha does not match query') {
      return {
        message:
          'De sha256-hash van de persisted query past niet bij de meegestuurde querytekst: stuur de hash van precies deze tekst, of de tekst zonder hash. ' +
          '(The persisted query hash does not match the query text.)',
        extensions: { code: 'BAD_REQUEST', messageEn: 'The persisted query hash does not match the query text.' },
      };
    }

    const errorId = randomUUID();
    const original = unwrapResolverError(error);
    logger.error('GraphQL error', {
      errorId,
      code,
      message: formatted.message,
      path: formatted.path,
      stack: original instanceof Error ? original.stack : undefined,
    });
    return {
      message: `Er ging iets mis op de server. Probeer het later opnieuw; blijft het misgaan, geef dan foutcode ${errorId} door aan de beheerder.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}
