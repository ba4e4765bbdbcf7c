import { BarChart } from '../../charts/BarChart';
import { ChartFrame } from '../../components/ChartFrame';
import { formatInteger } from '../../format';
import type { CaseloadQuery } from '../../generated/graphql';
import { snapshotDate } from '../../models/caseload';
import type { TextContext } from '../../models/context';

type Snapshot = NonNullable<CaseloadQuery['caseload']>;

/** Cases per knowledge domain, when the count has that breakdown; otherwise says so. */
export function DomainSection({ snapshot, ctx }: { snapshot: Snapshot; ctx: TextContext }) {
  const { t, lang } = ctx;
  const title = t('domainsTitle', { date: snapshotDate(snapshot, ctx) });
  if (snapshot.byDomain.length === 0) {
    return (
      <section className="zv-chart" aria-label={title}>
        <h2 className="utrecht-heading-2 zv-chart__title">{title}</h2>
        <p className="utrecht-paragraph zv-notice">{t('domainsEmpty')}</p>
      </section>
    );
  }
  const marks = snapshot.byDomain.map((d) => {
    const valueText = d.count === null ? '–' : formatInteger(d.count, lang);
    return { key: d.domain.code, label: d.domain.name, value: d.count, valueText, ariaLabel: `${d.domain.name} ${valueText}` };
  });
  return (
    <ChartFrame
      title={title}
      summary={marks.map((m) => `${m.label}: ${m.valueText}`).join('; ')}
      sources={[snapshot.source]}
      table={{
        columns: [
          { key: 'domain', label: t('colDomain') },
          { key: 'count', label: t('colCases'), numeric: true },
        ],
        rows: marks.map((m) => ({ key: m.key, header: m.label, cells: { count: m.valueText } })),
      }}
    >
      {(summaryId) => <BarChart label={title} describedBy={summaryId} data={marks} formatTick={(v) => formatInteger(v, lang)} />}
    </ChartFrame>
  );
}
