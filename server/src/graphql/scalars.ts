import { isIsoCalendarDate } from '@zv/shared';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const formatHint =
  'Gebruik een ISO 8601-datum in de vorm JJJJ-MM-DD, bijvoorbeeld "2023-02-01" (expected an ISO 8601 calendar date, YYYY-MM-DD).';

/** Marks the errors of the Date scalar so they reach the client as BAD_USER_INPUT. */
export const DATE_ERROR = 'INVALID_DATE';

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isIsoCalendarDate(value)) return value;
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
  throw new GraphQLError(`Ongeldige datum ${shown}. ${formatHint}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      reason: DATE_ERROR,
      messageEn: `Invalid date ${shown}. Use an ISO 8601 date in the form YYYY-MM-DD, for example "2023-02-01".`,
    },
  });
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO 8601 calendar date, for example "2023-02-01" (YYYY-MM-DD).',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : ast.kind),
});
