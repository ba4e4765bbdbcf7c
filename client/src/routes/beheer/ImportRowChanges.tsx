import { toCsv, type CsvCell } from '@zv/shared';
import { useId, useState } from 'react';
import { downloadText } from '../../components/ChartFrame';
import { useDemonstration } from '../../components/DemonstrationBanner';
import { TableScroller } from '../../components/TableScroller';
import { formatEuro, formatInteger } from '../../format';
import type { ImportKind } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/messages';
import type { ImportReport } from './importUpload';
import { keyText } from './ImportReportView';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;
type RowChange = ImportReport['rowChanges'][number];
type Effect = 'CHANGED' | 'ADDED' | 'REMOVED';

/** Rows shown per group before "en 120 meer"; the rest behind a button and in the CSV. */
export const ROWS_SHOWN = 50;

const EFFECTS: readonly Effect[] = ['CHANGED', 'ADDED', 'REMOVED'];
const GROUP_TITLE: Record<Effect, MessageKey> = { CHANGED: 'rowsChangedTitle', ADDED: 'rowsAddedTitle', REMOVED: 'rowsRemovedTitle' };
const EFFECT_WORD: Record<Effect, MessageKey> = { CHANGED: 'effectCHANGED', ADDED: 'effectADDED', REMOVED: 'effectREMOVED' };

/** The columns that name a row of this kind: peildatum/jaar, then gemeente, kennisdomein or bron. */
interface NameColumn {
  label: MessageKey;
  text: (row: RowChange, t: T) => string;
}

function place(row: RowChange, t: T): string {
  if (row.scope === 'unspecified') return t('rowPlaceUnspecified');
  if (row.scope === 'region') return t('rowPlaceRegion');
  return row.municipality ?? row.municipalityCode ?? '–';
}

const NAME_COLUMNS: Record<ImportKind, NameColumn[]> = {
  CASELOAD: [
    { label: 'colMunicipality', text: place },
    { label: 'colDomain', text: (row, t) => row.domain ?? t('rowDomainTotal') },
  ],
  CONTRIBUTIONS: [{ label: 'colMunicipality', text: place }],
  POPULATION: [{ label: 'colMunicipality', text: place }],
  FUNDING: [{ label: 'rowColFundingSource', text: (row) => row.fundingSource ?? row.fundingCode ?? '–' }],
  FLOWS: [
    { label: 'colMunicipality', text: place },
    { label: 'colDomain', text: (row, t) => row.domain ?? t('rowDomainTotal') },
  ],
};

const VALUE_LABEL: Record<ImportKind, MessageKey> = {
  CASELOAD: 'rowValueCount',
  CONTRIBUTIONS: 'rowValueAmount',
  POPULATION: 'rowValueInhabitants',
  FUNDING: 'rowValueAmount',
  FLOWS: 'rowValueInflow',
};

/** The figure as the kind writes it: euros for money, a whole number otherwise. */
function figure(kind: ImportKind, value: number | null, lang: 'nl' | 'en'): string {
  if (value === null) return '–';
  return kind === 'CONTRIBUTIONS' || kind === 'FUNDING' ? formatEuro(value, lang) : formatInteger(value, lang);
}

/** POPULATION: the source text, "old → new" when it changes. */
function sourceText(row: RowChange): string {
  if (row.textBefore !== null && row.textAfter !== null && row.textBefore !== row.textAfter) return `${row.textBefore} → ${row.textAfter}`;
  return row.textAfter ?? row.textBefore ?? '';
}

/** Every listed row as CSV, in the reader's language; codes beside names so a spreadsheet can join on them. */
export function rowChangesCsv(report: ImportReport, t: T, demonstration = false): string {
  const byDate = report.kind === 'CASELOAD';
  const header = [
    t('colEffect'),
    t(byDate ? 'colDate' : 'year'),
    ...NAME_COLUMNS[report.kind].map((c) => t(c.label)),
    t('rowColCode'),
    t('rowColBefore'),
    t('rowColAfter'),
    ...(report.kind === 'POPULATION' ? [t('rowColSourceBefore'), t('rowColSourceAfter')] : []),
    // The demonstration's files say so on every row (decision 0023).
    ...(demonstration ? [t('demoCsvColumn')] : []),
  ];
  const rows = report.rowChanges.map((row): CsvCell[] => [
    t(EFFECT_WORD[row.effect as Effect] ?? 'effectCHANGED'),
    report.kind === 'CASELOAD' ? row.key : Number(row.key),
    ...NAME_COLUMNS[report.kind].map((c) => c.text(row, t)),
    [row.municipalityCode, row.domainCode, row.fundingCode].filter(Boolean).join(' ') || null,
    row.before,
    row.after,
    ...(report.kind === 'POPULATION' ? [row.textBefore, row.textAfter] : []),
    ...(demonstration ? [t('demoBannerTitle')] : []),
  ]);
  return toCsv(header, rows);
}

/**
 * What an import (or a restore) does row by row: the rows it changes (old → new), adds (new) and
 * removes (old), each group its first 50 rows with "en 120 meer" and a button for the rest, and
 * all listed rows as CSV. Unchanged rows are not listed. Only those who may import see a report.
 */
export function RowChanges({ report, headingLevel = 3 }: { report: ImportReport; headingLevel?: 3 | 4 }) {
  const { t } = useLanguage();
  const demonstration = useDemonstration();
  const counts: Record<Effect, number> = { CHANGED: report.changed, ADDED: report.added, REMOVED: report.removed };
  const groups = EFFECTS.map((effect) => ({
    effect,
    rows: report.rowChanges.filter((r) => r.effect === effect),
    count: counts[effect],
  })).filter((g) => g.count > 0 || g.rows.length > 0);
  if (groups.length === 0) return null;
  const fileName = `${t('rowChangesFile')}-${report.kind.toLowerCase()}.csv`;
  return (
    <div className="zv-row-changes">
      {groups.map((group) => (
        <RowGroup
          key={group.effect}
          report={report}
          effect={group.effect}
          rows={group.rows}
          count={group.count}
          headingLevel={headingLevel}
        />
      ))}
      {report.moreRowChanges > 0 ? <p className="utrecht-paragraph">{t('rowChangesBeyond', { count: report.moreRowChanges })}</p> : null}
      <p className="utrecht-paragraph">
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle zv-row-changes__csv"
          onClick={() => downloadText(fileName, rowChangesCsv(report, t, demonstration))}
        >
          {t('rowChangesCsv', { count: report.rowChanges.length })}
        </button>
      </p>
    </div>
  );
}

function RowGroup({
  report,
  effect,
  rows,
  count,
  headingLevel,
}: {
  report: ImportReport;
  effect: Effect;
  rows: RowChange[];
  count: number;
  headingLevel: 3 | 4;
}) {
  const { t, lang } = useLanguage();
  const titleId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, ROWS_SHOWN);
  const hiddenHere = rows.length - shown.length;
  const notListed = Math.max(0, count - rows.length);
  const names = NAME_COLUMNS[report.kind];
  const byDate = report.kind === 'CASELOAD';
  const value = t(VALUE_LABEL[report.kind]);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const numeric = 'utrecht-table__header-cell utrecht-table__cell--numeric-column';
  const title = t(GROUP_TITLE[effect], { count: formatInteger(count, lang) });
  return (
    <section className={`zv-row-group zv-row-group--${effect.toLowerCase()}`} aria-labelledby={titleId}>
      <Heading id={titleId} className={headingLevel === 3 ? 'utrecht-heading-3' : 'utrecht-heading-4'}>
        {title}
      </Heading>
      {/* Past the list's limit a group may have no listed rows: then only the count is said. */}
      {shown.length === 0 ? null : (
        <TableScroller label={title}>
          <table className="utrecht-table utrecht-table--html-table zv-table zv-row-table">
            <caption className="utrecht-table__caption zv-visually-hidden">{title}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t(byDate ? 'colDate' : 'year')}
                </th>
                {names.map((c) => (
                  <th key={c.label} scope="col" className="utrecht-table__header-cell">
                    {t(c.label)}
                  </th>
                ))}
                {effect !== 'ADDED' ? (
                  <th scope="col" className={numeric}>
                    {effect === 'CHANGED' ? t('rowColBeforeOf', { value }) : value}
                  </th>
                ) : null}
                {effect !== 'REMOVED' ? (
                  <th scope="col" className={numeric}>
                    {effect === 'CHANGED' ? t('rowColAfterOf', { value }) : value}
                  </th>
                ) : null}
                {report.kind === 'POPULATION' ? (
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('rowColSource')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {shown.map((row, index) => (
                <tr key={index} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{keyText(report.kind, row.key, lang)}</td>
                  {names.map((c) => (
                    <td
                      key={c.label}
                      className="utrecht-table__cell"
                      title={[row.municipalityCode, row.domainCode, row.fundingCode].filter(Boolean).join(' ') || undefined}
                    >
                      {c.text(row, t)}
                    </td>
                  ))}
                  {effect !== 'ADDED' ? (
                    <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{figure(report.kind, row.before, lang)}</td>
                  ) : null}
                  {effect !== 'REMOVED' ? (
                    <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{figure(report.kind, row.after, lang)}</td>
                  ) : null}
                  {report.kind === 'POPULATION' ? (
                    <td className="utrecht-table__cell" lang="nl">
                      {sourceText(row)}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {hiddenHere > 0 || notListed > 0 ? (
        <p className="utrecht-paragraph zv-row-group__more">
          {t('rowsMore', { count: formatInteger(count - shown.length, lang) })}{' '}
          {hiddenHere > 0 ? (
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setAll(true)}>
              {t('rowsShowAll', { count: formatInteger(rows.length, lang) })}
            </button>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
