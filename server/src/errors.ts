import { GraphQLError } from 'graphql';

/** The errors a person can act on, with the code a program can act on. */
export const badUserInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
export const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
export const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
/** What was to be changed was changed by someone else meanwhile: read again, then decide. */
export const conflict = (message: string) => new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
