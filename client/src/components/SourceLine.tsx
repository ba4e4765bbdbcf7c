import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/LanguageContext';

export interface SourceInfo {
  document: string;
  section?: string | null;
  note?: string | null;
  title?: string | null;
  url?: string | null;
}

/** A council document that ships with the product (seed/sources/), served at /bronnen/. */
const SHIPPED_DOCUMENT = /^\d{3}_[0-9a-f]{16}\.txt$/;

/** Where a source can be opened: its publication, or the copy that ships with the dashboard. */
export function sourceHref(source: SourceInfo): string | null {
  if (source.url) return source.url;
  return SHIPPED_DOCUMENT.test(source.document) ? `/bronnen/${source.document}` : null;
}

/**
 * "Bron: <document>, <section>. <note>" — every figure shown as real says where it comes from,
 * and the document opens from the line.
 * `brief` (small charts on the overview) names the documents only, without their sections and
 * notes; the full view shows them.
 */
export function SourceLine({ sources, extra, brief = false }: { sources: SourceInfo[]; extra?: ReactNode; brief?: boolean }) {
  const { t } = useLanguage();
  const shown = brief ? sources.map((s) => ({ ...s, section: null, note: null })) : sources;
  const unique = shown.filter(
    (s, i) => shown.findIndex((o) => o.document === s.document && o.section === s.section && o.note === s.note) === i,
  );
  return (
    <div className="zv-source">
      <span className="zv-source__label">{t('source')}: </span>
      {unique.map((s, i) => {
        const href = sourceHref(s);
        return (
          // The documents, their sections and the notes on them are Dutch, whatever the page's language.
          <span key={`${s.document}-${s.section ?? ''}-${i}`} className="zv-source__item" lang="nl">
            {i > 0 ? separator(unique[i - 1] as SourceInfo) : ''}
            {href ? (
              <a className="utrecht-link" href={href} rel="noreferrer">
                {s.title ?? s.document}
              </a>
            ) : (
              <span title={s.document}>{s.title ?? s.document}</span>
            )}
            {s.section ? `, ${s.section}` : ''}
            {s.note ? `. ${s.note}` : ''}
          </span>
        );
      })}
      {extra ? (
        <span className="zv-source__extra">
          {joiner(unique)}
          {extra}
        </span>
      ) : null}
    </div>
  );
}

/** Whether a source's line ends a sentence already ("… per 1-2-2023'."). */
const endsSentence = (source: SourceInfo): boolean => /[.!?]['’"]?$/.test(source.note ?? source.section ?? source.title ?? source.document);

/** What stands between two sources: a semicolon, or a space after one that ends a sentence. */
const separator = (previous: SourceInfo): string => (endsSentence(previous) ? ' ' : '; ');

/** What stands between the sources and the extra note: a full stop unless the last text has one. */
function joiner(sources: SourceInfo[]): string {
  const last = sources.at(-1);
  if (!last) return '';
  return endsSentence(last) ? ' ' : '. ';
}
