import { Fragment } from 'react';
import { BarChart } from '../charts/BarChart';
import { AboutFigureLink } from './AboutFigureLink';
import { ChartFrame } from './ChartFrame';
import { formatInteger } from '../format';
import type { CaseloadQuery } from '../generated/graphql';
import { snapshotDate } from '../models/caseload';
import type { TextContext } from '../models/context';
import { domainMarks, suppressionNote } from '../models/domains';
import { explainBars, explainTable, ofDomainCount, type Numbered } from '../explanations/explanationModel';

type Snapshot = Pick<NonNullable<CaseloadQuery['caseload']>, 'peildatum' | 'peildatumPrecision' | 'byDomain' | 'source'>;

/**
 * Cases per knowledge domain, when the count has that breakdown; otherwise says so. Small counts
 * may come back suppressed (`suppressBelow` is the k of "< k"). The region's split by default;
 * `title` names another one's (a municipality's own split on its page). An explanation of a
 * domain's count is a numbered marker on its bar and a column in the table, as on the trend.
 */
export function DomainSection({
  snapshot,
  suppressBelow,
  ctx,
  title = ctx.t('domainsTitle', { date: snapshotDate(snapshot, ctx) }),
  explanations = [],
}: {
  snapshot: Snapshot;
  suppressBelow: number;
  ctx: TextContext;
  title?: string;
  /** The numbered explanations of the place this split is of (`ofPlace`): those on this count per domain are marked on their bars. */
  explanations?: Numbered[];
}) {
  const { t, lang } = ctx;
  if (snapshot.byDomain.length === 0) {
    return (
      <section className="zv-chart" aria-label={title}>
        <h2 className="utrecht-heading-2 zv-chart__title">{title}</h2>
        <p className="utrecht-paragraph zv-notice">{t('domainsEmpty')}</p>
        {/* What the figure would count, while the data has none yet. */}
        <AboutFigureLink code="CASES_PER_DOMAIN" label={t('aboutFigure')} />
      </section>
    );
  }
  const here = ofDomainCount(explanations, snapshot.peildatum);
  const marks = explainBars(domainMarks(snapshot.byDomain, suppressBelow, ctx), here, ctx);
  return (
    <ChartFrame
      indicator="CASES_PER_DOMAIN"
      title={title}
      // The domains are named as the source names them, in Dutch whatever the page's language.
      summary={marks.map((m, i) => (
        <Fragment key={m.key}>
          {i > 0 ? '; ' : ''}
          <span lang="nl">{m.label}</span>: {m.valueText}
        </Fragment>
      ))}
      sources={[snapshot.source]}
      note={suppressionNote(snapshot.byDomain, suppressBelow, ctx) ?? undefined}
      table={explainTable(
        {
          columns: [
            { key: 'domain', label: t('colDomain') },
            { key: 'count', label: t('colCases'), numeric: true },
          ],
          rows: marks.map((m) => ({
            key: m.key,
            header: <span lang="nl">{m.label}</span>,
            cells: { count: m.valueText },
            raw: { domain: m.label },
          })),
        },
        here,
        ctx,
        'domain',
      )}
    >
      {(summaryId) => <BarChart label={title} describedBy={summaryId} data={marks} formatTick={(v) => formatInteger(v, lang)} />}
    </ChartFrame>
  );
}
