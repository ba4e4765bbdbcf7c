/**
 * Number, money and date formats of the dashboard: nl-NL by default (`€ 285.499`,
 * `1 februari 2023`, `2,9`), English as the second language.
 */
export type Lang = 'nl' | 'en';

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), options);
    cache.set(key, format);
  }
  return format;
}

/** Non-breaking spaces (Intl's) become plain spaces so texts read and search alike. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A whole number: 285.499 */
export function formatInteger(value: number, lang: Lang = 'nl'): string {
  return plain(numberFormat(lang, { maximumFractionDigits: 0, useGrouping: 'always' } as Intl.NumberFormatOptions).format(value));
}

/** A number with `digits` decimals: 2,9 */
export function formatDecimal(value: number, digits = 1, lang: Lang = 'nl'): string {
  return plain(
    numberFormat(lang, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: 'always',
    } as Intl.NumberFormatOptions).format(value),
  );
}

/** Whole euros: € 285.499 */
export function formatEuro(value: number, lang: Lang = 'nl'): string {
  return plain(
    numberFormat(lang, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
      useGrouping: 'always',
    } as Intl.NumberFormatOptions).format(value),
  );
}

/** Euros with cents: € 0,84 */
export function formatEuroCents(value: number, lang: Lang = 'nl'): string {
  return plain(
    numberFormat(lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value),
  );
}

/** A share: 47% (or 46,9% with one digit) */
export function formatPercent(share: number, digits = 0, lang: Lang = 'nl'): string {
  return plain(numberFormat(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share));
}

/** A change with its sign: +118% or −4,7% (a real minus sign). */
export function formatChange(change: number, digits = 0, lang: Lang = 'nl'): string {
  const text = formatPercent(Math.abs(change), digits, lang);
  if (Math.abs(change) < 0.5 * 10 ** -(digits + 2)) return text;
  return `${change > 0 ? '+' : '−'}${text}`;
}

/** 1 februari 2023; with precision MONTH: januari 2022. */
export function formatDate(iso: string, lang: Lang = 'nl', precision: 'DAY' | 'MONTH' = 'DAY'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const options: Intl.DateTimeFormatOptions =
    precision === 'MONTH'
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(lang), options).format(date);
}

/** 14:05 on the day itself, otherwise the date with the time: when figures were last answered. */
export function formatMoment(date: Date, lang: Lang = 'nl', now: Date = new Date()): string {
  if (date.toDateString() === now.toDateString()) return new Intl.DateTimeFormat(locale(lang), { timeStyle: 'short' }).format(date);
  return formatDateTime(date, lang);
}

/** 22-11-2026 14:05 style date and time for "printed on". */
export function formatDateTime(date: Date, lang: Lang = 'nl'): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** 04-03-2025 09:15:32: a timestamp in a log, to the second. */
export function formatTimestamp(date: Date, lang: Lang = 'nl'): string {
  const day = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'short' }).format(date);
  const time = new Intl.DateTimeFormat(locale(lang), { timeStyle: 'medium' }).format(date);
  return `${day} ${time}`;
}

/** A list in the language's words: "2023 en 2024", "2023, 2024 and 2025". */
export function formatList(items: readonly string[], lang: Lang = 'nl'): string {
  return new Intl.ListFormat(locale(lang), { style: 'long', type: 'conjunction' }).format(items);
}
