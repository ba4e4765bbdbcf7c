import { useQuery } from '@apollo/client/react';
import { share } from '@zv/shared';
import { Link, useParams } from 'wouter';
import { DataTable } from '../../components/DataTable';
import { QueryView } from '../../components/QueryView';
import { SourceLine } from '../../components/SourceLine';
import { formatDate, formatDecimal, formatEuro, formatEuroCents, formatInteger, formatPercent } from '../../format';
import type { FactsheetQuery as FactsheetData, MunicipalityComparisonQuery } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { snapshotDate } from '../../models/caseload';
import type { TextContext } from '../../models/context';
import { MunicipalityComparisonQuery as ComparisonQuery } from './comparisonQuery';
import { comparisonBasis, comparisonSentences, comparisonSources, comparisonTable, type Comparison } from './comparisonModel';
import { FactsheetExplanations } from './FactsheetExplanations';
import { FactsheetQuery } from './factsheetQuery';
import '../../styles/factsheet.css';

/**
 * One A4 page per municipality for a council member: its figures, trend, contribution against its
 * shares, the comparison with the region, explanations, sources and date. Printing it gives one
 * page (client/e2e/factsheet.e2e.test.ts checks every municipality in both languages).
 */
export default function FactsheetPage() {
  const ctx = useLanguage();
  const params = useParams<{ code: string }>();
  const code = (params.code ?? '').toUpperCase();
  const facts = useQuery(FactsheetQuery, { variables: { code } });
  const comparison = useQuery(ComparisonQuery, { variables: { code } });
  return (
    <QueryView result={facts}>
      {(data) => (
        <QueryView result={comparison}>{(compared) => <Factsheet data={data} compared={compared} code={code} ctx={ctx} />}</QueryView>
      )}
    </QueryView>
  );
}

function Factsheet({
  data,
  compared,
  code,
  ctx,
}: {
  data: FactsheetData;
  compared: MunicipalityComparisonQuery;
  code: string;
  ctx: TextContext;
}) {
  const { t, lang } = ctx;
  const municipality = data.municipality;
  const comparison = compared.municipalityComparison;
  if (!municipality || !comparison) {
    return (
      <div className="zv-factsheet">
        <h1 className="utrecht-heading-1">{t('factsheetUnknown', { code })}</h1>
        <Link href="/gemeente" className="utrecht-link">
          {t('municipalityTitle')}
        </Link>
      </div>
    );
  }
  const name = municipality.name;
  const latest = data.caseloadSnapshots.at(-1);
  const own = municipality.caseloadHistory.at(-1);
  const ownLatest = own && latest && own.peildatum === latest.peildatum ? own : undefined;
  const year = data.contributionHistory.at(-1);
  const contribution = year?.byMunicipality.find((c) => c.municipality.code === municipality.code);
  const inhabitantsTotal = data.municipalities.reduce((sum, m) => sum + (m.population?.inhabitants ?? 0), 0);
  const inhabitantsShare = municipality.population ? share(municipality.population.inhabitants, inhabitantsTotal) : null;
  const figure = (kind: Comparison['figures'][number]['kind']) => comparison.figures.find((f) => f.kind === kind);
  const rate = figure('CASES_PER_10K');
  const sentences = comparisonSentences(compared, ctx);
  const percent = (value: number | null | undefined) => (value == null ? '–' : formatPercent(value, 1, lang));

  // The municipality's own counts beside the region's total, at every count date.
  const trend = {
    columns: [
      { key: 'date', label: t('peildatum') },
      { key: 'own', label: name, numeric: true },
      { key: 'region', label: t('colRegionTotal'), numeric: true },
    ],
    rows: data.caseloadSnapshots.map((s) => {
      const count = municipality.caseloadHistory.find((c) => c.peildatum === s.peildatum)?.count;
      return {
        key: s.peildatum,
        header: snapshotDate(s, ctx),
        cells: { own: count == null ? '–' : formatInteger(count, lang), region: formatInteger(s.total, lang) },
      };
    }),
  };

  return (
    <article className="zv-factsheet" aria-labelledby="factsheet-title">
      <header className="zv-factsheet__header">
        <h1 id="factsheet-title" className="utrecht-heading-1">
          {t('factsheetTitle', { name })}
        </h1>
        <p className="utrecht-paragraph zv-factsheet__subtitle">{t('factsheetSubtitle', { region: data.region.name, name })}</p>
        <div className="zv-factsheet__actions zv-no-print">
          <Link href={`/gemeente/${municipality.code}`} className="utrecht-link">
            {t('factsheetBack', { name })}
          </Link>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>
            {t('factsheetPrint')}
          </button>
        </div>
      </header>

      <section className="zv-factsheet__section" aria-labelledby="factsheet-figures">
        <h2 id="factsheet-figures" className="utrecht-heading-2">
          {t('factsheetFigures')}
        </h2>
        <dl className="zv-factsheet__figures">
          {latest ? (
            <div>
              <dt>{t('factsheetCases', { date: snapshotDate(latest, ctx) })}</dt>
              <dd>
                <span className="zv-factsheet__value">{ownLatest?.count == null ? '–' : formatInteger(ownLatest.count, lang)}</span>
                <span>{t('factsheetCasesValue', { total: formatInteger(latest.total, lang) })}</span>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('factsheetPer10k')}</dt>
            <dd>
              <span className="zv-factsheet__value">{rate?.own == null ? '–' : formatDecimal(rate.own, 1, lang)}</span>
              <span>{t('factsheetPer10kValue', { region: rate?.reference == null ? '–' : formatDecimal(rate.reference, 1, lang) })}</span>
            </dd>
          </div>
          <div>
            <dt>{t('factsheetShares')}</dt>
            <dd>
              <span className="zv-factsheet__value">
                {percent(ownLatest?.shareOfAssigned)} / {percent(inhabitantsShare)}
              </span>
            </dd>
          </div>
          {year && contribution ? (
            <div>
              <dt>{t('factsheetContribution', { year: year.year })}</dt>
              <dd>
                <span className="zv-factsheet__value">{formatEuro(contribution.amountEur, lang)}</span>
                {contribution.perInhabitantEur == null ? null : (
                  <span>{t('factsheetContributionValue', { perInhabitant: formatEuroCents(contribution.perInhabitantEur, lang) })}</span>
                )}
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section className="zv-factsheet__section" aria-labelledby="factsheet-comparison">
        <h2 id="factsheet-comparison" className="utrecht-heading-2">
          {t('factsheetComparison')}
        </h2>
        <ul className="zv-factsheet__sentences">
          {sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <DataTable caption={t('comparisonTitle', { name })} {...comparisonTable(compared, ctx)} />
      </section>

      <div className="zv-factsheet__columns">
        <section className="zv-factsheet__section" aria-labelledby="factsheet-trend">
          <h2 id="factsheet-trend" className="utrecht-heading-2">
            {t('factsheetTrend')}
          </h2>
          <DataTable caption={t('municipalityTrendTitle', { name })} {...trend} />
        </section>
        <section className="zv-factsheet__section" aria-labelledby="factsheet-share">
          <h2 id="factsheet-share" className="utrecht-heading-2">
            {t('factsheetContributionShare')}
          </h2>
          {year && contribution ? (
            <p className="utrecht-paragraph">
              {t('factsheetContributionShareText', {
                name,
                year: year.year,
                contribShare: percent(contribution.shareOfTotal),
                inhabitantsShare: percent(inhabitantsShare),
                casesShare: percent(ownLatest?.shareOfAssigned),
              })}
            </p>
          ) : null}
        </section>
      </div>

      {/* The explanations of its own figures (decision 0021). */}
      <section
        className="zv-factsheet__section zv-factsheet__explanations"
        aria-labelledby="factsheet-explanations"
        data-slot="explanations"
      >
        <h2 id="factsheet-explanations" className="utrecht-heading-2">
          {t('factsheetExplanations')}
        </h2>
        <FactsheetExplanations code={municipality.code} ctx={ctx} />
      </section>

      <footer className="zv-factsheet__section zv-factsheet__sources" aria-labelledby="factsheet-sources">
        <h2 id="factsheet-sources" className="utrecht-heading-2">
          {t('factsheetSources')}
        </h2>
        <SourceLine sources={comparisonSources(compared)} extra={comparisonBasis(compared, ctx)} />
        <p className="utrecht-paragraph">
          {t('factsheetDate', {
            date: latest ? snapshotDate(latest, ctx) : '–',
            year: year?.year ?? '–',
            today: formatDate(new Date().toISOString().slice(0, 10), lang),
          })}
        </p>
      </footer>
    </article>
  );
}
