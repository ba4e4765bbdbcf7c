import { Fragment } from 'react';
import { AboutFigureLink } from '../../components/AboutFigureLink';
import { useQuery } from '@apollo/client/react';
import { BarChart } from '../../charts/BarChart';
import { GroupedBarChart } from '../../charts/GroupedBarChart';
import { ChartFrame } from '../../components/ChartFrame';
import { QueryView } from '../../components/QueryView';
import { formatDate, formatDecimal, formatInteger } from '../../format';
import type { MunicipalityComparisonQuery, NationalComparisonQuery } from '../../generated/graphql';
import type { TextContext } from '../../models/context';
import { MunicipalityComparisonQuery as ComparisonQuery, NationalComparisonQuery as NationalQuery } from './comparisonQuery';
import {
  comparisonBasis,
  comparisonSources,
  comparisonGroups,
  comparisonSentences,
  comparisonTable,
  countDate,
  leftOutItems,
  leftOutPieces,
  nationalMarks,
  nationalSentences,
  nationalTable,
} from './comparisonModel';

/** "{name} vergeleken met de regio": a sentence per figure, an index chart and the table (decision 0022). */
export function ComparisonSection({ code, ctx }: { code: string; ctx: TextContext }) {
  const result = useQuery(ComparisonQuery, { variables: { code } });
  return <QueryView result={result}>{(data) => <Comparison data={data} ctx={ctx} />}</QueryView>;
}

export function Comparison({ data, ctx, level = 2 }: { data: MunicipalityComparisonQuery; ctx: TextContext; level?: 2 | 3 }) {
  const { t, lang } = ctx;
  const comparison = data.municipalityComparison;
  if (!comparison) return null;
  const name = comparison.municipality.name;
  const sentences = comparisonSentences(data, ctx);
  const { series, groups } = comparisonGroups(data, ctx);
  const date = comparison.peildatum ? countDate(comparison.peildatum, data.caseloadSnapshots, lang) : '–';
  const title = t('comparisonChartTitle', { name, date });
  if (comparison.assignedCases === null) return <p className="utrecht-paragraph">{t('comparisonNoCount', { name })}</p>;
  return (
    <ChartFrame
      indicator="COMPARISON_WITH_REGION"
      level={level}
      className="zv-comparison"
      title={title}
      // One paragraph (the frame's summary is a <p>): the rate first, then the other figures.
      summary={sentences.join(' ')}
      sources={comparisonSources(data)}
      note={`${comparisonBasis(data, ctx)} ${t('comparisonChartNote', { name })}`}
      table={comparisonTable(data, ctx)}
    >
      {(summaryId) =>
        groups.length > 0 ? (
          <GroupedBarChart
            label={t('comparisonChartLabel', { name })}
            describedBy={summaryId}
            series={series}
            groups={groups}
            formatTick={(v) => formatInteger(v, lang)}
          />
        ) : null
      }
    </ChartFrame>
  );
}

/** The region beside the national network: for BESTUURDER, ZVH and BEHEERDER only (decision 0022). */
export function NationalSection({ ctx }: { ctx: TextContext }) {
  const result = useQuery(NationalQuery);
  return <QueryView result={result}>{(data) => <National data={data} ctx={ctx} />}</QueryView>;
}

function National({ data, ctx }: { data: NationalComparisonQuery; ctx: TextContext }) {
  const { t, lang } = ctx;
  const national = data.nationalComparison;
  const region = data.region.name;
  const heading = (
    <h2 className="utrecht-heading-2 zv-chart__title" id="landelijk">
      {t('nationalTitle', { region })}
    </h2>
  );
  if (!national) return null;
  const date = formatDate(national.peildatum, lang);
  const leftOut = <LeftOut national={national} ctx={ctx} />;
  const plain = (text: string) => (
    <section className="zv-chart zv-national" aria-labelledby="landelijk">
      {heading}
      <p className="utrecht-paragraph">{text}</p>
      {national.leftOut.length > 0 ? <p className="utrecht-paragraph zv-national__left-out">{leftOut}</p> : null}
      {/* What the comparison would show, while there is nothing to compare with. */}
      <AboutFigureLink code="NATIONAL_CASES_PER_10K" label={t('aboutFigure')} />
    </section>
  );
  if (national.regionsInDatabase <= 1) return plain(t('nationalOnlyRegion', { region }));
  if (!national.own) return plain(t('nationalNoOwn', { region, date }));
  if (national.nationalPer10k === null || national.figure.direction === null) return plain(t('nationalTooFew', { date }));
  const title = t('nationalChartTitle', { region });
  const { data: marks, apart } = nationalMarks(national, ctx);
  return (
    <ChartFrame
      indicator="NATIONAL_CASES_PER_10K"
      className="zv-national"
      title={title}
      // One paragraph: the region beside the national average, then the regions most like it.
      summary={nationalSentences(national, region, ctx).join(' ')}
      sources={[]}
      note={
        <>
          {t('nationalNote', { date, leftOut: national.regionsLeftOut })} {leftOut}
        </>
      }
      table={nationalTable(national, ctx)}
    >
      {(summaryId) => (
        <BarChart
          label={title}
          describedBy={summaryId}
          data={marks}
          apart={apart}
          highlight={national.own?.code}
          unselectable={[...marks.map((m) => m.key), ...apart.map((m) => m.key)]}
          formatTick={(v) => formatDecimal(v, 1, lang)}
        />
      )}
    </ChartFrame>
  );
}

/** "Niet meegeteld: Testregio G (laatste telling …, ouder dan 12 maanden)." — each region's name marked as Dutch. */
function LeftOut({ national, ctx }: { national: NonNullable<NationalComparisonQuery['nationalComparison']>; ctx: TextContext }) {
  const items = leftOutItems(national, ctx);
  return (
    <>
      {leftOutPieces(items, ctx).map((piece, i) =>
        typeof piece === 'number' ? (
          <span key={items[piece]!.code}>
            <span lang="nl">{items[piece]!.name}</span>
            {items[piece]!.reason}
          </span>
        ) : (
          <Fragment key={`text-${i}`}>{piece}</Fragment>
        ),
      )}
    </>
  );
}
