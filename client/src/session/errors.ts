import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { MessageKey } from '../i18n/messages';

/** Whether a GraphQL error of the answer carries `extensions.code === code`. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === code);
}

/**
 * The server's own (Dutch) message for a GraphQL error; for anything else (no answer at all) the
 * text under `unreachable`.
 */
export function errorText(error: unknown, t: (key: MessageKey) => string, unreachable: MessageKey = 'errorUnreachable'): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join(' ');
  return t(unreachable);
}

/**
 * What a failed save, delete or other action says: the server's reason, or — when no answer came —
 * that nothing was saved and what was typed is still there (not "could not be loaded").
 */
export function actionFailed(error: unknown, t: (key: MessageKey, vars?: Record<string, string>) => string): string {
  return t('actionFailed', { message: errorText(error, t, 'actionUnreachable') });
}
