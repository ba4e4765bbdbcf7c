import { useEffect } from 'react';
import { formatDateTime } from '../format';
import { useLanguage } from '../i18n/LanguageContext';

/** A CSS string literal of `text` (quotes and backslashes escaped, on one line). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;
}

/** The @page rule of a printed page: what it is and when on top, "Pagina 2 van 5" below. */
export function printMarginsRule({ title, printed, pageOf }: { title: string; printed: string; pageOf: [string, string] }): string {
  const small = 'font-size: 8pt; color: #333; font-family: "Noto Sans", Arial, sans-serif;';
  return (
    '@page { ' +
    `@top-left { content: ${cssString(title)}; ${small} } ` +
    `@top-right { content: ${cssString(printed)}; ${small} } ` +
    `@bottom-right { content: ${cssString(pageOf[0])} counter(page) ${cssString(pageOf[1])} counter(pages); ${small} } ` +
    '}'
  );
}

/**
 * Every printed page (a handout, the board report as PDF) carries the dashboard and region, the
 * date it was printed and "Pagina 2 van 5" in its margins. Set as an @page rule through the CSS
 * object model (the CSP allows no inline style), in the reader's language and time zone; renewed
 * when the language changes and right before printing.
 */
export function usePrintMargins(regionName: string, demonstration = false): void {
  const { t, lang } = useLanguage();
  useEffect(() => {
    const sheet = [...document.styleSheets].find((candidate) => {
      try {
        return candidate.cssRules.length >= 0 && candidate.href !== null;
      } catch {
        return false;
      }
    });
    if (!sheet) return;
    let rule: CSSRule | null = null;
    const place = () => {
      if (rule) remove();
      const [before, after] = t('pageOf', { page: '{{page}}', pages: '{{pages}}' }).split(/\{\{pages?\}\}/);
      const index = sheet.insertRule(
        printMarginsRule({
          // The demonstration says so on every printed page, not only above the first (decision 0023).
          title: [demonstration ? t('demoBannerTitle').toUpperCase() : '', t('appTitle'), regionName].filter(Boolean).join(' — '),
          printed: t('printedOn', { date: formatDateTime(new Date(), lang) }),
          pageOf: [before ?? '', after ?? ''],
        }),
        sheet.cssRules.length,
      );
      rule = sheet.cssRules[index] ?? null;
    };
    const remove = () => {
      const index = rule ? [...sheet.cssRules].indexOf(rule) : -1;
      if (index >= 0) sheet.deleteRule(index);
      rule = null;
    };
    place();
    window.addEventListener('beforeprint', place);
    return () => {
      window.removeEventListener('beforeprint', place);
      remove();
    };
  }, [t, lang, regionName, demonstration]);
}
