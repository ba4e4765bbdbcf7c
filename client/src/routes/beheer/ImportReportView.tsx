import { useId, type Ref } from 'react';
import { formatDate, formatInteger } from '../../format';
import type { ImportKind } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/messages';
import type { ImportReport } from './importUpload';
import { TableScroller } from '../../components/TableScroller';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

const KIND_KEY: Record<ImportKind, MessageKey> = {
  CASELOAD: 'kindCASELOAD',
  CONTRIBUTIONS: 'kindCONTRIBUTIONS',
  POPULATION: 'kindPOPULATION',
  FUNDING: 'kindFUNDING',
  FLOWS: 'kindFLOWS',
};

/** The kind in words: "Casuïstiek (aantallen)". */
export function kindName(kind: ImportKind, t: T): string {
  return t(KIND_KEY[kind]);
}

const EFFECT_KEY: Record<string, MessageKey> = {
  ADDED: 'effectADDED',
  CHANGED: 'effectCHANGED',
  UNCHANGED: 'effectUNCHANGED',
  REMOVED: 'effectREMOVED',
};

/** ADDED → "nieuw", CHANGED → "gewijzigd", UNCHANGED → "ongewijzigd". */
export function effectText(effect: string, t: T): string {
  const key = EFFECT_KEY[effect];
  return key ? t(key) : effect.toLowerCase();
}

/** A count date in words ("1 juni 2024"); a year as it is. */
export function keyText(kind: ImportKind, key: string, lang: 'nl' | 'en'): string {
  if (kind === 'FLOWS' && /^\d{4}-\d{2}$/.test(key)) return formatDate(`${key}-01`, lang, 'MONTH');
  return kind === 'CASELOAD' && /^\d{4}-\d{2}-\d{2}$/.test(key) ? formatDate(key, lang) : key;
}

/** Per count date (CASELOAD) or year: what the import adds, changes and removes, and the totals. */
export function ChangesTable({ report, caption }: { report: ImportReport; caption?: string }) {
  const { t, lang } = useLanguage();
  const byDate = report.kind === 'CASELOAD';
  const withTotals = report.changes.some((c) => c.totalBefore !== null || c.totalAfter !== null);
  const number = (value: number | null) => (value === null ? '–' : formatInteger(value, lang));
  const numeric = 'utrecht-table__header-cell utrecht-table__cell--numeric-column';
  return (
    <TableScroller label={caption ?? t(byDate ? 'changesCaptionDate' : 'changesCaptionYear')}>
      <table className="utrecht-table utrecht-table--html-table zv-table zv-changes">
        <caption className="utrecht-table__caption">{caption ?? t(byDate ? 'changesCaptionDate' : 'changesCaptionYear')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t(byDate ? 'colDate' : 'year')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('colEffect')}
            </th>
            <th scope="col" className={numeric}>
              {t('colAdded')}
            </th>
            <th scope="col" className={numeric}>
              {t('colChanged')}
            </th>
            <th scope="col" className={numeric}>
              {t('colUnchanged')}
            </th>
            <th scope="col" className={numeric}>
              {t('colRemoved')}
            </th>
            {withTotals ? (
              <>
                <th scope="col" className={numeric}>
                  {t('colTotalBefore')}
                </th>
                <th scope="col" className={numeric}>
                  {t('colTotalAfter')}
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {report.changes.map((change) => (
            <tr key={change.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {keyText(report.kind, change.key, lang)}
              </th>
              <td className={`utrecht-table__cell zv-effect zv-effect--${change.effect.toLowerCase()}`}>{effectText(change.effect, t)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{number(change.added)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{number(change.changed)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{number(change.unchanged)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{number(change.removed)}</td>
              {withTotals ? (
                <>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{number(change.totalBefore)}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{number(change.totalAfter)}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

/**
 * Why a file was refused, line by line, in an alert that takes the focus (the parent moves it
 * here). The server's messages never repeat a refused file's values, so neither does this.
 */
export function ImportErrors({ report, ref }: { report: ImportReport; ref?: Ref<HTMLDivElement> }) {
  const { t, lang } = useLanguage();
  const titleId = useId();
  const count = report.errors.length + report.moreErrors;
  return (
    <div ref={ref} role="alert" aria-labelledby={titleId} tabIndex={-1} className="zv-alert zv-import-errors">
      <p id={titleId} className="utrecht-paragraph">
        {t('errorsTitle', { count })}
      </p>
      <TableScroller label={t('errorsCaption')}>
        <table className="utrecht-table utrecht-table--html-table zv-table zv-import-errors__table">
          <caption className="utrecht-table__caption zv-visually-hidden">{t('errorsCaption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell utrecht-table__cell--numeric-column">
                {t('colLine')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('colColumn')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('colMessage')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {report.errors.map((error, index) => (
              <tr key={index} className="utrecht-table__row">
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{error.line ?? '–'}</td>
                <td className="utrecht-table__cell">{error.column ?? '–'}</td>
                {/* The server writes its messages in Dutch (in English too, for now). */}
                <td className="utrecht-table__cell" lang="nl">
                  {error.message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      {report.moreErrors > 0 ? (
        <p className="utrecht-paragraph zv-import-errors__more">{t('moreErrors', { count: formatInteger(report.moreErrors, lang) })}</p>
      ) : null}
    </div>
  );
}
