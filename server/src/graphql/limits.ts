import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * What one GraphQL operation may ask for. The dashboard's own queries
 * (client/src/generated/graphql.ts, with the __typename fields Apollo Client adds) reach at
 * most: depth 5, 0 aliases, 0 directives, 129 tokens and 1 378 characters; hardening.test.ts
 * sends them all through these limits. What a query costs by the lists it returns is limited by
 * graphql/cost.ts, which needs this request's data.
 */
export const LIMITS = {
  /** Nesting of fields; fragments count as the fields they hold (flattenFragments). */
  depth: 10,
  aliases: 15,
  directives: 10,
  /** graphql-js stops parsing after this many tokens. */
  tokens: 2000,
  /** Characters of the query text; checked before parsing (see http/queryLength.ts). */
  characters: 15_000,
} as const;

/**
 * The armor's English message ("Syntax Error: Query depth limit of 10 exceeded, found 51.") after a
 * Dutch one; the same in our own English as messageEn (errors.ts).
 */
function reject(words: (found: string) => { nl: string; en: string }): GraphQLArmorRejectCallback {
  return (context, error) => {
    const english = error.message.replace(/^Syntax Error: /, '');
    // The cost is a fraction: round it up for the Dutch text.
    const found = /found (\d+(?:\.\d+)?)/.exec(english)?.[1];
    const message = words(found ? String(Math.ceil(Number(found))) : '?');
    context?.reportError(
      new GraphQLError(`${message.nl} / ${english}`, {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', messageEn: message.en },
      }),
    );
  };
}

/**
 * The armor's validation rules, with Dutch + English messages and code GRAPHQL_VALIDATION_FAILED.
 * Its two plugin-based protections (tokens, suggestions) are replaced, so there are no plugins.
 */
export function queryLimitRules(): ValidationRule[] {
  return new ApolloArmor({
    maxDepth: {
      n: LIMITS.depth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [
        reject((found) => ({
          nl: `De query is te diep genest: ten hoogste ${LIMITS.depth} niveaus, deze heeft er ${found}.`,
          en: `The query is nested too deeply: at most ${LIMITS.depth} levels, this one has ${found}.`,
        })),
      ],
    },
    maxAliases: {
      n: LIMITS.aliases,
      propagateOnRejection: false,
      onReject: [
        reject((found) => ({
          nl: `De query gebruikt te veel aliassen: ten hoogste ${LIMITS.aliases}, deze heeft er ${found}.`,
          en: `The query uses too many aliases: at most ${LIMITS.aliases}, this one has ${found}.`,
        })),
      ],
    },
    maxDirectives: {
      n: LIMITS.directives,
      propagateOnRejection: false,
      onReject: [
        reject((found) => ({
          nl: `De query gebruikt te veel directives: ten hoogste ${LIMITS.directives}, deze heeft er ${found}.`,
          en: `The query uses too many directives: at most ${LIMITS.directives}, this one has ${found}.`,
        })),
      ],
    },
    // The armor's cost ignores how long lists are: graphql/cost.ts counts them per request instead.
    costLimit: { enabled: false },
    // The armor's token plugin throws from a parsing hook, which Apollo answers with a 500;
    // graphql-js's own maxTokens (parseOptions in app.ts) refuses with a 400 instead.
    maxTokens: { enabled: false },
    // Suggestions are removed by withoutSuggestions (production only): the armor's pattern
    // misses "Did you mean the enum value …".
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}
