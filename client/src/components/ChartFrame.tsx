import { useId, useState, type ReactNode } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { DataTable, type Column, type Row } from './DataTable';
import { SourceLine, type SourceInfo } from './SourceLine';

export interface ChartFrameProps {
  title: string;
  /** One sentence that says what the chart shows, in words. */
  summary: string;
  sources: SourceInfo[];
  /** Basis of derived figures, count date, etc.: shown with the source. */
  note?: string;
  table: { columns: Column[]; rows: Row[]; footer?: Row };
  /** Heading level inside the page (2 on views, 3 inside a section). */
  level?: 2 | 3;
  /** Renders the chart; gets the id of the summary for aria-describedby. */
  children: (summaryId: string) => ReactNode;
  className?: string;
  /** A link to the full view (on the overview). */
  more?: ReactNode;
  /** Small version for the overview: brief source line, smaller type. */
  compact?: boolean;
}

/**
 * Every chart in one frame: title, summary sentence, the chart, its source and count date, and
 * the table alternative behind one button (one keystroke away: Enter or Space on it).
 */
export function ChartFrame({ title, summary, sources, note, table, level = 2, children, className, more, compact = false }: ChartFrameProps) {
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
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle zv-chart__toggle"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          <span aria-hidden="true" className="zv-chart__toggle-icon">{showTable ? '▴' : '▾'}</span>
          {showTable ? t('tableHide') : t('tableShow')}
        </button>
        {more ? <div className="zv-chart__more">{more}</div> : null}
      </div>
    </section>
  );
}
