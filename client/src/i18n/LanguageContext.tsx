import IntlMessageFormat from 'intl-messageformat';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../format';
import { en, nl, type MessageKey } from './messages';

type Vars = Record<string, string | number>;

interface LanguageValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The text for `key` in the current language, with {placeholders} filled in. */
  t: (key: MessageKey, vars?: Vars) => string;
}

const STORAGE_KEY = 'zv-lang';
const LanguageContext = createContext<LanguageValue | null>(null);

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * The one translate function: `key` from the one catalogue (i18n/messages.ts) in `lang`, as an ICU
 * message (FormatJS intl-messageformat): `{name}` placeholders, and plurals and selects where the
 * words depend on a number ("{count, plural, one {# fout} other {# fouten}}"). Each message is
 * parsed once per language.
 */
export function translator(lang: Lang): (key: MessageKey, vars?: Vars) => string {
  const messages = lang === 'en' ? en : nl;
  const parsed = new Map<MessageKey, IntlMessageFormat>();
  return (key, vars) => {
    let message = parsed.get(key);
    if (!message) {
      message = new IntlMessageFormat(messages[key], LOCALES[lang], undefined, { ignoreTag: true });
      parsed.set(key, message);
    }
    return String(message.format(vars));
  };
}

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function LanguageProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(fixed ?? initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this visit only
    }
  }, []);
  const value = useMemo<LanguageValue>(() => {
    return { lang, setLang, t: translator(lang) };
  }, [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage needs a LanguageProvider');
  return value;
}
