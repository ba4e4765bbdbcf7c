import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Lang } from '../format';
import type { MessageKey } from '../i18n/messages';

type Translate = (key: MessageKey, vars?: Record<string, string>) => string;

/** Whether a GraphQL error of the answer carries `extensions.code === code`. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === code);
}

/**
 * One message of the server in the dashboard's language: the Dutch `message`, or in English the
 * `extensions.messageEn` beside it (server/src/errors.ts, decision 0025). A server older than
 * the dashboard sends no English: its Dutch is then said to be Dutch.
 */
export function serverMessage(
  error: { message: string; extensions?: Record<string, unknown> | undefined },
  t: Translate,
  lang: Lang,
): string {
  if (lang === 'nl') return error.message;
  const english = error.extensions?.['messageEn'];
  return typeof english === 'string' ? english : t('errorInDutch', { message: error.message });
}

/**
 * The server's own message for a GraphQL error, in `lang`; for anything else (no answer at all)
 * the text under `unreachable`.
 */
export function errorText(error: unknown, t: Translate, lang: Lang, unreachable: MessageKey = 'errorUnreachable'): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => serverMessage(e, t, lang)).join(' ');
  return t(unreachable);
}

/**
 * What a failed save, delete or other action says: the server's reason, or — when no answer came —
 * that nothing was saved and what was typed is still there (not "could not be loaded").
 */
export function actionFailed(error: unknown, t: Translate, lang: Lang): string {
  return t('actionFailed', { message: errorText(error, t, lang, 'actionUnreachable') });
}
