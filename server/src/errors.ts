import { GraphQLError } from 'graphql';

/**
 * A message for a person in both languages of the dashboard. The Dutch text is the error's
 * `message` (what API users and the logs read); the English one travels beside it as
 * `extensions.messageEn`, which the dashboard shows in English mode (decision 0025).
 */
export interface Message {
  nl: string;
  en: string;
}

const personal = (code: string) => (message: Message) => new GraphQLError(message.nl, { extensions: { code, messageEn: message.en } });

/** The errors a person can act on, with the code a program can act on. */
export const badUserInput = personal('BAD_USER_INPUT');
export const unauthenticated = personal('UNAUTHENTICATED');
export const forbidden = personal('FORBIDDEN');
/** What was to be changed was changed by someone else meanwhile: read again, then decide. */
export const conflict = personal('CONFLICT');

/** A municipality code that is not one of this region's (user admin, goals, explanations). */
export const noSuchMunicipality = (code: string): Message => ({
  nl: `Gemeente "${code}" bestaat niet in deze regio.`,
  en: `Municipality "${code}" does not exist in this region.`,
});
