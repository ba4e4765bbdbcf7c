import IntlMessageFormat from 'intl-messageformat';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../format';
import { nl, type MessageKey, type Messages } from './messages';

type Vars = Record<string, string | number>;

interface LanguageValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The text for `key` in the current language, with {placeholders} filled in. */
  t: (key: MessageKey, vars?: Vars) => string;
}

const STORAGE_KEY = 'zv-lang';
const COOKIE = 'zv_lang';
const LanguageContext = createContext<LanguageValue | null>(null);

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Dutch is always there, in two parts (decision 0024): the first page's texts (i18n/messages.ts)
 * with the first load, the other pages' (i18n/pageMessages.ts) added by loadPageTexts(). English
 * is one chunk of its own (i18n/messagesEn.ts), loaded when chosen.
 */
const catalogues: Partial<Record<Lang, Partial<Messages>>> = { nl: { ...nl } };
let pageTexts: Promise<void> | null = null;

/** Makes `lang`'s texts available to translator(); at once for Dutch or a language loaded before. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (catalogues[lang]) return;
  catalogues.en = (await import('./messagesEn')).en;
}

/**
 * Adds the Dutch texts of the pages that are not the first (lazyView waits for it with the page's
 * own code). Once; a failed load (the server gone) is tried again by the next page.
 */
export function loadPageTexts(): Promise<void> {
  pageTexts ??= import('./pageMessages').then(
    ({ pageNl }) => void Object.assign(catalogues.nl!, pageNl),
    (error: unknown) => {
      pageTexts = null;
      throw error;
    },
  );
  return pageTexts;
}

/**
 * The one translate function: `key` from the one catalogue (i18n/messages.ts) in `lang`, as an ICU
 * message (FormatJS intl-messageformat): `{name}` placeholders, and plurals and selects where the
 * words depend on a number ("{count, plural, one {# fout} other {# fouten}}"). The built dashboard
 * gets the messages already parsed (client/build/precompiledMessages.ts); each is set up once per language.
 */
export function translator(lang: Lang): (key: MessageKey, vars?: Vars) => string {
  const messages = catalogues[lang];
  if (!messages) throw new Error(`De teksten in "${lang}" zijn niet geladen: wacht eerst op loadLanguage('${lang}').`);
  const parsed = new Map<MessageKey, IntlMessageFormat>();
  return (key, vars) => {
    let message = parsed.get(key);
    if (!message) {
      const text = messages[key];
      // A page's text on the first page: build/firstLoad.test.ts keeps that from being built.
      if (text === undefined)
        throw new Error(`De tekst "${key}" is niet geladen: hij hoort in i18n/messages.ts, of de pagina wacht op loadPageTexts().`);
      message = new IntlMessageFormat(text, LOCALES[lang], undefined, { ignoreTag: true });
      parsed.set(key, message);
    }
    return String(message.format(vars));
  };
}

function storedLang(): Lang | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'nl' ? stored : null;
  } catch {
    return null;
  }
}

/** The language the visitor chose last in this browser, Dutch if none. */
export const initialLang = (): Lang => storedLang() ?? 'nl';

/**
 * The choice is also kept in a cookie, so that a page the server renders (http/pageRender.ts)
 * comes in the visitor's language.
 */
function rememberForServer(lang: Lang): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}

/** The texts of another language could not be loaded (the server is gone): the page stays as it is. */
function keepLanguage(error: unknown): void {
  console.warn('De teksten van de andere taal konden niet worden geladen.', error);
}

/** `lang`: the language to start in (the server's, for a page it rendered); otherwise the last choice. */
export function LanguageProvider({ children, lang: initial }: { children: ReactNode; lang?: Lang | undefined }) {
  const [lang, setLangState] = useState<Lang>(initial ?? initialLang);
  // A page the server rendered before the cookie knew the choice: switch once it is taken over.
  useEffect(() => {
    const stored = initial ? storedLang() : null;
    if (stored && stored !== initial) void loadLanguage(stored).then(() => setLangState(stored), keepLanguage);
  }, [initial]);
  useEffect(() => {
    document.documentElement.lang = lang;
    rememberForServer(lang);
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    void loadLanguage(next).then(() => {
      setLangState(next);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // private mode: the choice lasts for this visit only
      }
    }, keepLanguage);
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
