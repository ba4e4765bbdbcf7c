import { AboutFigureLink } from '../../components/AboutFigureLink';
import { SourceLine } from '../../components/SourceLine';
import { formatDecimal, formatEuro } from '../../format';
import type { FinanceQuery } from '../../generated/graphql';
import type { TextContext } from '../../models/context';

/** The ZVH's money sources as far as the sources name them, and the core team's size. */
export function FundingSection({
  funding,
  capacity,
  ctx,
}: {
  funding: FinanceQuery['fundingSources'];
  capacity: FinanceQuery['capacity'];
  ctx: TextContext;
}) {
  const { t, lang } = ctx;
  const before = capacity.find((c) => c.stage === 'before');
  const after = capacity.find((c) => c.stage === 'after');
  return (
    <section className="zv-chart" aria-labelledby="zv-funding-title">
      <h2 id="zv-funding-title" className="utrecht-heading-2 zv-chart__title">
        {t('fundingTitle')}
      </h2>
      <p className="utrecht-paragraph zv-chart__summary">{t('fundingSummary')}</p>
      <ul className="zv-funding">
        {funding.map((f) => (
          <li key={f.code} className="zv-funding__item">
            <span className="zv-funding__name" lang="nl">
              {f.name}
            </span>
            <span className="zv-funding__amount">
              {f.amountEurPerYear === null
                ? t('amountUnknown')
                : `${t('perYear', { amount: formatEuro(f.amountEurPerYear, lang) })}${f.structural === null ? '' : `, ${t(f.structural ? 'structural' : 'incidental')}`}${f.fromYear ? ` (${f.fromYear}–)` : ''}`}
            </span>
            {f.description ? (
              <span className="zv-funding__description" lang="nl">
                {f.description}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {before && after ? (
        <>
          <h3 id="zv-capacity-title" className="utrecht-heading-3">
            {t('capacityTitle')}
          </h3>
          <p className="utrecht-paragraph">
            {t('capacityText', {
              before: formatDecimal(before.fte, 1, lang),
              after: formatDecimal(after.fte, 1, lang),
              temporary: formatDecimal(after.temporaryFte ?? 0, 1, lang),
            })}{' '}
            <AboutFigureLink code="CAPACITY_FTE" label={t('aboutFigure')} describedBy="zv-capacity-title" />
          </p>
        </>
      ) : null}
      <SourceLine sources={[...funding.map((f) => f.source), ...capacity.map((c) => c.source)]} />
      <p className="zv-chart__about">
        <AboutFigureLink code="FUNDING_SOURCES" label={t('aboutFigure')} describedBy="zv-funding-title" />
      </p>
    </section>
  );
}
