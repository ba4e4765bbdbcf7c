import { useId } from 'react';
import { RowsTable } from '../../components/RowsTable';
import { formatDate, formatInteger } from '../../format';
import { useLanguage } from '../../i18n/LanguageContext';
import type { ImportReport } from './importUpload';

type Consistency = NonNullable<ImportReport['flowConsistency']>;

/** A month 'YYYY-MM' in words: "februari 2023". */
export function monthText(month: string, lang: 'nl' | 'en'): string {
  return formatDate(`${month}-01`, lang, 'MONTH');
}

/**
 * FLOWS: whether running cases follow from the previous count plus inflow minus outflow, between
 * the stored count dates around the file's months. A warning, never a refusal: the import goes on.
 */
export function FlowConsistency({ report }: { report: ImportReport }) {
  const { t, lang } = useLanguage();
  const titleId = useId();
  const check = report.flowConsistency;
  if (report.kind !== 'FLOWS' || !check) return null;
  const period = (p: { from: string; to: string }) => t('flowCheckPeriod', { from: formatDate(p.from, lang), to: formatDate(p.to, lang) });
  const months = (list: readonly string[]) => list.map((m) => monthText(m, lang)).join(', ');
  const place = (m: Consistency['mismatches'][number]) =>
    m.unspecified ? t('rowPlaceUnspecified') : (m.municipality ?? m.municipalityCode ?? t('rowPlaceRegion'));
  return (
    <section className="zv-section zv-flow-check" aria-labelledby={titleId}>
      <h3 id={titleId} className="utrecht-heading-3">
        {t('flowCheckTitle')}
      </h3>
      {check.checked.length === 0 ? <p className="utrecht-paragraph">{t('flowCheckNone')}</p> : null}
      {check.checked.length > 0 && check.mismatches.length === 0 ? (
        <p className="utrecht-paragraph">{t('flowCheckOk', { periods: check.checked.map(period).join('; ') })}</p>
      ) : null}
      {check.mismatches.length > 0 ? (
        <>
          <p className="utrecht-paragraph zv-flow-check__warning" role="status">
            <strong>{t('flowCheckWarning')}</strong> {t('flowCheckMismatch', { count: check.mismatches.length })}
          </p>
          <RowsTable
            caption={t('flowCheckCaption')}
            columns={[
              { key: 'period', label: t('flowCheckColPeriod') },
              { key: 'place', label: t('colMunicipality') },
              { key: 'expected', label: t('flowCheckColExpected'), numeric: true },
              { key: 'counted', label: t('flowCheckColCounted'), numeric: true },
            ]}
          >
            {check.mismatches.map((m) => (
              <tr key={`${m.from}|${m.municipalityCode ?? (m.unspecified ? 'unspecified' : '')}`} className="utrecht-table__row">
                <td className="utrecht-table__cell">
                  {period(m)} ({months(m.months)})
                </td>
                <th scope="row" className="utrecht-table__header-cell">
                  {place(m)}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{formatInteger(m.expected, lang)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{formatInteger(m.actual, lang)}</td>
              </tr>
            ))}
          </RowsTable>
        </>
      ) : null}
      {check.unchecked.map((u) => (
        <p key={u.from} className="utrecht-paragraph">
          {t('flowCheckUnchecked', { period: period(u), months: months(u.months) })}
        </p>
      ))}
    </section>
  );
}
