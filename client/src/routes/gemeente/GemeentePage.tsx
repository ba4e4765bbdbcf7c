import { MunicipalityFlowsSection } from '../../components/FlowsSection';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { DataTable } from '../../components/DataTable';
import { CsvButton } from '../../components/ChartFrame';
import { Per10kFrame } from '../../components/Per10kFrame';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { SelectFilter } from '../../components/SelectFilter';
import { SourceLine } from '../../components/SourceLine';
import { formatEuro, formatInteger, formatPercent } from '../../format';
import type { MunicipalityViewQuery } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { shareBasisNote, snapshotDate } from '../../models/caseload';
import type { TextContext } from '../../models/context';
import { MunicipalityQuery } from './municipalityQuery';
import { municipalityRows } from './municipalityModel';
import { MunicipalityHistory } from './MunicipalityHistory';
import { ComparisonSection, NationalSection } from './ComparisonSection';
import { useOptionalSession } from '../../session/SessionContext';
import '../../styles/factsheet.css';

/** `home`: the municipality to show at / (a GEMEENTE user's own), when the address names none. */
export default function GemeentePage({ home }: { home?: string }) {
  const ctx = useLanguage();
  const params = useParams<{ code?: string }>();
  const result = useQuery(MunicipalityQuery);
  // CBS codes are written GM0439; an address typed as gm0439 means the same municipality.
  const code = params.code ? params.code.toUpperCase() : (home ?? null);
  return <QueryView result={result}>{(data) => <Municipality data={data} code={code} ctx={ctx} />}</QueryView>;
}

function Municipality({ data, code, ctx }: { data: MunicipalityViewQuery; code: string | null; ctx: TextContext }) {
  const { t, lang } = ctx;
  const id = useId();
  const [, navigate] = useLocation();
  // The region beside other regions is for those who steer or run the region (decision 0022).
  const role = useOptionalSession()?.user.role;
  const municipality = code ? data.municipalities.find((m) => m.code === code) : undefined;
  const chooser = (
    <div className="zv-filters">
      <SelectFilter
        label={t('chooseMunicipality')}
        value={municipality?.code ?? ''}
        options={[
          ...(municipality ? [] : [{ value: '', label: '—' }]),
          ...data.municipalities.map((m) => ({ value: m.code, label: m.name })),
        ]}
        onChange={(value) => navigate(`/gemeente/${value}`)}
      />
    </div>
  );

  if (!municipality) {
    return (
      <>
        <PageHeader title={t('municipalityTitle')} intro={code ? t('unknownMunicipality', { code }) : undefined}>
          {chooser}
        </PageHeader>
        <ul className="zv-link-grid">
          {data.municipalities.map((m) => (
            <li key={m.code}>
              <Link href={`/gemeente/${m.code}`} className="utrecht-link">
                {m.name}
              </Link>
            </li>
          ))}
        </ul>
      </>
    );
  }

  const snapshot = data.caseload;
  const year = data.contributionHistory.at(-1);
  const own = snapshot?.byMunicipality.find((m) => m.municipality.code === municipality.code);
  const contribution = year?.byMunicipality.find((c) => c.municipality.code === municipality.code);
  const onSelect = (next: string) => navigate(`/gemeente/${next}`);
  const table = {
    columns: [
      { key: 'figure', label: t('colFigure') },
      { key: 'own', label: municipality.name, numeric: true },
      { key: 'average', label: t('colRegionAverage'), numeric: true },
      { key: 'total', label: t('colRegionTotal'), numeric: true },
    ],
    rows: municipalityRows(data, municipality.code, ctx),
  };

  return (
    <>
      <PageHeader
        title={`${t('municipalityTitle')} ${municipality.name}`}
        intro={t('municipalityIntro', { name: municipality.name })}
        meta={snapshot ? `${t('peildatum')}: ${snapshotDate(snapshot, ctx)}` : undefined}
      >
        {chooser}
        <p className="zv-no-print">
          <Link href={`/gemeente/${municipality.code}/factsheet`} className="utrecht-link">
            {t('factsheetLink')}
          </Link>
        </p>
      </PageHeader>
      <section className="zv-chart" aria-labelledby={`${id}-table-title`}>
        <h2 id={`${id}-table-title`} className="utrecht-heading-2 zv-chart__title">
          {t('municipalityTableTitle', { name: municipality.name })}
        </h2>
        {snapshot && own && year && contribution ? (
          <p className="utrecht-paragraph zv-chart__summary">
            {t('municipalityTableSummary', {
              name: municipality.name,
              count: own.count === null ? '–' : formatInteger(own.count, lang),
              total: formatInteger(snapshot.total, lang),
              share: own.shareOfAssigned === null ? '–' : formatPercent(own.shareOfAssigned, 0, lang),
              amount: formatEuro(contribution.amountEur, lang),
              contribShare: formatPercent(contribution.shareOfTotal, 0, lang),
            })}
          </p>
        ) : null}
        <DataTable caption={t('municipalityTableTitle', { name: municipality.name })} {...table} />
        <SourceLine
          sources={[
            ...(snapshot ? [snapshot.source] : []),
            ...(year ? [year.source] : []),
            ...(municipality.population ? [municipality.population.source] : []),
          ]}
          extra={snapshot ? `${t('averageNote')} ${shareBasisNote(snapshot, ctx)}` : t('averageNote')}
        />
        <div className="zv-chart__actions">
          <CsvButton title={t('municipalityTableTitle', { name: municipality.name })} table={table} />
          {/* The table holds several figures: the link leads to all their definitions. */}
          <Link href="/cijfers" className="utrecht-link zv-about-figure zv-no-print">
            {t('footerFigures')}
          </Link>
        </div>
      </section>
      {snapshot && snapshot.byMunicipality.length > 0 ? (
        <Per10kFrame snapshot={snapshot} highlight={municipality.code} onSelect={onSelect} ctx={ctx} />
      ) : null}
      <ComparisonSection code={municipality.code} ctx={ctx} />
      <MunicipalityHistory code={municipality.code} name={municipality.name} ctx={ctx} />
      {role && role !== 'GEMEENTE' ? <NationalSection ctx={ctx} /> : null}
      <MunicipalityFlowsSection code={municipality.code} name={municipality.name} />
    </>
  );
}
