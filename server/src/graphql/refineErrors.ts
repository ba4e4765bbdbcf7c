import type { GraphQLFormattedError } from 'graphql';
import { LIMITS } from './limits.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** graphql-js's " Did you mean "x", "y"?" and " Did you mean the enum value "X"?". */
const SUGGESTION = / ?Did you mean [^?]*\?/g;
// graphql-js 16 spells it "more that".
const TOO_MANY_TOKENS = /Document contains more tha[nt] \d+ tokens/;

/**
 * Runs after the app's formatError. In production it drops graphql-js's suggestions, which
 * would otherwise spell out the schema that introspection hides; development keeps them. The
 * English beside the message (extensions.messageEn, decision 0025) is refined the same way.
 * graphql-js's token-limit message gets the Dutch text the other limits have.
 */
export function refineErrors(format: FormatError, { production }: { production: boolean }): FormatError {
  return (formatted, error) => {
    const result = format(formatted, error);
    let message = result.message;
    let messageEn = result.extensions?.['messageEn'];
    if (TOO_MANY_TOKENS.test(message)) {
      message = `De query is te lang: ten hoogste ${LIMITS.tokens} tokens (namen, haakjes, waarden). / ${message}`;
      messageEn = `The query is too long: at most ${LIMITS.tokens} tokens (names, brackets, values). ${String(messageEn ?? '')}`.trim();
    }
    if (production) {
      message = message.replace(SUGGESTION, '');
      if (typeof messageEn === 'string') messageEn = messageEn.replace(SUGGESTION, '');
    }
    if (message === result.message && messageEn === result.extensions?.['messageEn']) return result;
    return { ...result, message, ...(result.extensions ? { extensions: { ...result.extensions, messageEn } } : {}) };
  };
}
