import type { IndicatorCode } from '@zv/shared';
import { useId, useState, type ReactNode } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { AboutFigureLink } from './AboutFigureLink';
import { useDemonstration } from './DemonstrationBanner';
import { DataTable, tableCsv, type Column, type Row } from './DataTable';
import { SourceLine, type SourceInfo } from './SourceLine';

export interface ChartFrameProps {
  title: string;
  /** One sentence that says what the chart shows, in words. */
  summary: ReactNode;
  sources: SourceInfo[];
  /** Basis of derived figures, count date, etc.: shown with the source (names in it may be marked lang="nl"). */
  note?: ReactNode;
  table: TableData;
  /** Heading level inside the page (2 on views, 3 inside a section). */
  level?: 2 | 3;
  /** Renders the chart; gets the id of the summary for aria-describedby. */
  children: (summaryId: string) => ReactNode;
  className?: string;
  /** A link to the full view (on the overview). */
  more?: ReactNode;
  /** Small version for the overview: brief source line, smaller type. */
  compact?: boolean;
  /** The figure the chart shows: its "Over dit cijfer" link opens the definition. */
  indicator?: IndicatorCode;
  /** Further figures the chart or its table shows, each with a link named after it. */
  alsoAbout?: { code: IndicatorCode; label: string }[];
}

export type TableData = { columns: Column[]; rows: Row[]; footer?: Row };

/** "Lopende casussen per gemeente, 1 februari 2023" → "lopende-casussen-per-gemeente-1-februari-2023.csv". */
export function csvFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // Casuïstiek → Casuistiek
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return `${slug || 'tabel'}.csv`;
}

/**
 * Saves `text` as a file: a Blob behind a temporary `<a download>`. No inline script, no eval:
 * fine under the server's Content-Security-Policy.
 */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers read the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The demonstration's CSV (decision 0023): a last column saying "Demonstratiegegevens" on every row.
 * A column, not a first comment line: Excel shows it, and it stays with every row that is sorted,
 * filtered or copied elsewhere; a comment line is lost at the first sort and breaks the header row.
 */
export function withDemonstrationColumn(table: TableData, label: string, value: string): TableData {
  const key = 'zvDemonstration';
  const mark = (row: Row): Row => ({ ...row, cells: { ...row.cells, [key]: value } });
  return {
    ...table,
    columns: [...table.columns, { key, label }],
    rows: table.rows.map(mark),
    ...(table.footer ? { footer: mark(table.footer) } : {}),
  };
}

/**
 * The "CSV downloaden" button: the table as CSV (nl-NL numbers, `;`, UTF-8 with BOM), named after
 * the title. Exported for tables that live outside a ChartFrame.
 */
export function CsvButton({
  title,
  table,
  describedBy,
  compact = false,
}: {
  title: string;
  table: TableData;
  describedBy?: string;
  compact?: boolean;
}) {
  const { t } = useLanguage();
  const demonstration = useDemonstration();
  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--subtle zv-chart__toggle zv-chart__csv"
      aria-describedby={describedBy}
      // Small frames (the overview, one projector screen) show just "CSV"; the name stays "CSV downloaden".
      aria-label={compact ? t('csvDownload') : undefined}
      onClick={() =>
        downloadText(
          csvFileName(title),
          tableCsv(demonstration ? withDemonstrationColumn(table, t('demoCsvColumn'), t('demoBannerTitle')) : table),
        )
      }
    >
      <span aria-hidden="true" className="zv-chart__toggle-icon">
        ↓
      </span>
      {compact ? t('csvShort') : t('csvDownload')}
    </button>
  );
}

/**
 * Every chart in one frame: title, summary sentence, the chart, its source and count date, and
 * the table alternative behind one button (one keystroke away: Enter or Space on it), and the
 * same table as a CSV download.
 */
export function ChartFrame({
  title,
  summary,
  sources,
  note,
  table,
  level = 2,
  children,
  className,
  more,
  compact = false,
  indicator,
  alsoAbout = [],
}: ChartFrameProps) {
  const { t } = useLanguage();
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  const summaryId = `${id}-summary`;
  const tableId = `${id}-table`;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`zv-chart${compact ? ' zv-chart--compact' : ''} ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className={`utrecht-heading-${level} zv-chart__title`}>
        {title}
      </Heading>
      <p id={summaryId} className="utrecht-paragraph zv-chart__summary">
        {summary}
      </p>
      <div className="zv-chart__body">{children(summaryId)}</div>
      <div id={tableId} className={`zv-chart__table${showTable ? '' : ' zv-chart__table--hidden'}`} hidden={!showTable}>
        <DataTable caption={title} {...table} />
      </div>
      <SourceLine sources={sources} extra={note} brief={compact} />
      <div className="zv-chart__actions">
        <div className="utrecht-button-group zv-chart__buttons">
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle zv-chart__toggle"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            <span aria-hidden="true" className="zv-chart__toggle-icon">
              {showTable ? '▴' : '▾'}
            </span>
            {showTable ? t('tableHide') : t('tableShow')}
          </button>
          <CsvButton title={title} table={table} describedBy={`${id}-title`} compact={compact} />
          {indicator ? <AboutFigureLink code={indicator} label={t('aboutFigure')} describedBy={`${id}-title`} iconOnly={compact} /> : null}
          {alsoAbout.map((about) => (
            <AboutFigureLink key={about.code} code={about.code} label={about.label} describedBy={`${id}-title`} iconOnly={compact} />
          ))}
        </div>
        {more ? <div className="zv-chart__more">{more}</div> : null}
      </div>
    </section>
  );
}
