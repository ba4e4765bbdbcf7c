import { useEffect, useState, useSyncExternalStore } from 'react';
import { formatDateTime, formatTimestamp, type Lang } from '../format';

/**
 * Time as the reader's browser knows it. A page the server renders (http/pageRender.ts) cannot
 * know the reader's clock or time zone, and the browser's first render must match the server's
 * HTML: so moments and "now" appear once the browser has taken the page over.
 */

/** For a store that never changes after the browser has taken the page over. */
export const noSubscription = () => () => undefined;

/** False while the server renders and while the browser takes its HTML over; true from then on. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The browser's clock, set once the page is mounted and again before printing; null until then. */
export function useNow(): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    const update = () => setNow(new Date());
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return now;
}

/**
 * Formats moments (ISO timestamps) in the reader's time zone — "6 december 2026 om 09:15", or to
 * the second — and an unreadable one as it came; '' until the browser has taken the page over.
 */
export function useMomentText(lang: Lang): (at: string, precision?: 'minute' | 'second') => string {
  const hydrated = useHydrated();
  return (at, precision = 'minute') => {
    if (!hydrated) return '';
    const date = new Date(at);
    if (Number.isNaN(date.getTime())) return at;
    return precision === 'second' ? formatTimestamp(date, lang) : formatDateTime(date, lang);
  };
}
