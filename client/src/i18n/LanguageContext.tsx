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

export function fill(template: string, vars?: Vars): string {
  return vars ? template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : template;
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
    const messages = lang === 'en' ? en : nl;
    return { lang, setLang, t: (key, vars) => fill(messages[key], vars) };
  }, [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage needs a LanguageProvider');
  return value;
}
