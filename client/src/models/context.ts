import type { Lang } from '../format';
import type { MessageKey } from '../i18n/messages';

/** What the view models need to write texts: the language and its messages. */
export interface TextContext {
  lang: Lang;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
}
