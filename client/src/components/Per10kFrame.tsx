import { BarChart } from '../charts/BarChart';
import { formatDecimal } from '../format';
import { caseMarks, caseTable, per10kNote, snapshotDate, type SnapshotLike } from '../models/caseload';
import type { TextContext } from '../models/context';
import type { SourceInfo } from './SourceLine';
import { ChartFrame } from './ChartFrame';

/**
 * Running cases per 10.000 inhabitants per municipality at one count date, with the region's rate
 * in its summary and the caution on small numbers in its note. `highlight` marks one municipality
 * (the page's own); `onSelect` opens a municipality.
 */
export function Per10kFrame({
  snapshot,
  ctx,
  highlight,
  onSelect,
  level,
}: {
  snapshot: SnapshotLike & { source: SourceInfo };
  ctx: TextContext;
  highlight?: string;
  onSelect?: (code: string) => void;
  level?: 2 | 3;
}) {
  const { t, lang } = ctx;
  const title = t('chartCasesPer10kTitle', { date: snapshotDate(snapshot, ctx) });
  const { data } = caseMarks(snapshot, 'per10k', ctx);
  const top = [...data].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  return (
    <ChartFrame
      indicator="CASES_PER_10K"
      level={level}
      title={title}
      summary={t('chartCasesPer10kSummary', {
        top: top?.label ?? '–',
        value: top?.valueText ?? '–',
        region: snapshot.per10kInhabitants === null ? '–' : formatDecimal(snapshot.per10kInhabitants, 1, lang),
      })}
      sources={[snapshot.source]}
      note={per10kNote(snapshot, ctx)}
      table={caseTable(snapshot, ctx)}
    >
      {(summaryId) => (
        <BarChart
          label={title}
          describedBy={summaryId}
          data={data}
          highlight={highlight}
          onSelect={onSelect}
          formatTick={(v) => formatDecimal(v, 1, lang)}
        />
      )}
    </ChartFrame>
  );
}
