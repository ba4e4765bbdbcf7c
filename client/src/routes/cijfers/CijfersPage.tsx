import { useQuery } from '@apollo/client/react';
import { INDICATOR_TEXTS, type IndicatorCode } from '@zv/shared';
import { Link, useParams } from 'wouter';
import { indicatorHref } from '../../components/AboutFigureLink';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { sourceHref } from '../../components/SourceLine';
import { formatDate } from '../../format';
import type { IndicatorsQuery as IndicatorsData } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import type { TextContext } from '../../models/context';
import { IndicatorsQuery } from './indicatorsQuery';

type Indicator = IndicatorsData['indicators'][number];

/**
 * "Over de cijfers": the definition of every figure on the dashboard (/cijfers), or of one
 * (/cijfers/RUNNING_CASES), where each chart's and tile's "Over dit cijfer" leads.
 */
export default function CijfersPage() {
  const ctx = useLanguage();
  const { code } = useParams<{ code?: string }>();
  const result = useQuery(IndicatorsQuery);
  return (
    <QueryView result={result}>
      {(data) =>
        code === undefined ? (
          <AllIndicators indicators={data.indicators} ctx={ctx} />
        ) : (
          <OneIndicator code={code} indicators={data.indicators} ctx={ctx} />
        )
      }
    </QueryView>
  );
}

function AllIndicators({ indicators, ctx }: { indicators: Indicator[]; ctx: TextContext }) {
  const { t, lang } = ctx;
  return (
    <>
      <PageHeader title={t('indicatorsTitle')} intro={t('indicatorsIntro')} />
      <nav className="zv-section zv-indicator-contents zv-no-print" aria-labelledby="zv-indicator-contents">
        <h2 id="zv-indicator-contents" className="utrecht-heading-2">
          {t('indicatorsContents')}
        </h2>
        <ul className="zv-indicator-contents__list">
          {indicators.map((indicator) => (
            <li key={indicator.code}>
              <Link href={indicatorHref(indicator.code as IndicatorCode)} className="utrecht-link">
                {textsOf(indicator.code, lang).name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {indicators.map((indicator) => (
        <IndicatorDefinition key={indicator.code} indicator={indicator} level={2} ctx={ctx} />
      ))}
    </>
  );
}

function OneIndicator({ code, indicators, ctx }: { code: string; indicators: Indicator[]; ctx: TextContext }) {
  const { t } = ctx;
  const indicator = indicators.find((i) => i.code === code);
  const back = (
    <p className="utrecht-paragraph zv-no-print">
      <Link href="/cijfers" className="utrecht-link">
        ← {t('indicatorAll')}
      </Link>
    </p>
  );
  if (!indicator) {
    return (
      <>
        <PageHeader title={t('indicatorsTitle')} />
        <p className="utrecht-paragraph" role="status">
          {t('indicatorUnknown', { code })}
        </p>
        {back}
      </>
    );
  }
  const texts = textsOf(indicator.code, ctx.lang);
  return (
    <>
      <PageHeader title={texts.name} meta={`${t('indicatorsTitle')} · ${t('indicatorCode')}: ${indicator.code}`} />
      <IndicatorDefinition indicator={indicator} ctx={ctx} />
      {back}
    </>
  );
}

/** One figure's definition as a definition list; with `level`, under a heading of its own (the list page). */
function IndicatorDefinition({ indicator, level, ctx }: { indicator: Indicator; level?: 2; ctx: TextContext }) {
  const { t, lang } = ctx;
  const texts = textsOf(indicator.code, lang);
  const headingId = `cijfer-${indicator.code}`;
  return (
    <section
      className="zv-section zv-indicator"
      aria-labelledby={level ? headingId : undefined}
      aria-label={level ? undefined : texts.name}
    >
      {level ? (
        <h2 id={headingId} className="utrecht-heading-2 zv-indicator__title">
          <Link href={indicatorHref(indicator.code as IndicatorCode)} className="utrecht-link">
            {texts.name}
          </Link>
        </h2>
      ) : null}
      <dl className="zv-indicator__list">
        <dt>{t('indicatorDefinition')}</dt>
        <dd>{texts.definition}</dd>
        {texts.basis ? (
          <>
            <dt>{t('indicatorBasis')}</dt>
            <dd>{texts.basis}</dd>
          </>
        ) : null}
        <dt>{t('indicatorUnit')}</dt>
        <dd>{texts.unit}</dd>
        <dt>{t('indicatorSources')}</dt>
        <dd>
          {indicator.sources.length === 0 ? (
            t('indicatorNoSources')
          ) : (
            <ul className="zv-indicator__sources">
              {distinctSources(indicator.sources).map((source) => {
                const href = sourceHref(source);
                const name = source.title ?? source.document;
                return (
                  // The documents and their sections are Dutch, whatever the page's language.
                  <li key={`${source.document}-${source.section ?? ''}`} lang="nl">
                    {href ? (
                      <a className="utrecht-link" href={href} rel="noreferrer">
                        {name}
                      </a>
                    ) : (
                      name
                    )}
                    {source.section ? `, ${source.section}` : ''}
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
        <dt>{t('indicatorFrequency')}</dt>
        <dd>{texts.frequency}</dd>
        <dt>{t('indicatorStatus')}</dt>
        <dd>
          <strong>{t(indicator.status === 'FINAL' ? 'indicatorFinal' : 'indicatorProvisional')}</strong>. {texts.statusNote}
        </dd>
        <dt>{t('indicatorLastUpdate')}</dt>
        <dd>{lastUpdateText(indicator.lastUpdate, ctx)}</dd>
        <dt>{t('indicatorNextUpdate')}</dt>
        <dd>{indicator.nextUpdate ? formatDate(indicator.nextUpdate, lang) : t('indicatorNotKnown')}</dd>
      </dl>
    </section>
  );
}

/** A document and section once: the two counts of source 003 are two rows there, differing only in their notes. */
function distinctSources(sources: Indicator['sources']): Indicator['sources'] {
  return sources.filter((s, i) => sources.findIndex((o) => o.document === s.document && o.section === s.section) === i);
}

function textsOf(code: string, lang: TextContext['lang']) {
  const texts = INDICATOR_TEXTS[code as IndicatorCode];
  // The server serves only codes of the same catalogue (@zv/shared); a newer server's code reads as itself.
  return texts ? texts[lang] : { name: code, definition: '', unit: '', basis: null, frequency: '', statusNote: '' };
}

/** "peildatum 1 februari 2023; inwoners per 1 januari 2021", or "not known" when the data carry no date. */
export function lastUpdateText(update: Indicator['lastUpdate'], { t, lang }: TextContext): string {
  if (!update) return t('indicatorNoDate');
  const parts = [
    update.peildatum ? t('indicatorPeildatum', { date: formatDate(update.peildatum, lang) }) : null,
    update.year !== null && update.year !== undefined ? t('indicatorYear', { year: String(update.year) }) : null,
    update.populationYear !== null && update.populationYear !== undefined
      ? t('indicatorPopulationYear', { year: String(update.populationYear) })
      : null,
    update.month ? t('indicatorMonth', { month: formatDate(`${update.month}-01`, lang, 'MONTH') }) : null,
    update.changedOn ? t('indicatorChangedOn', { date: formatDate(update.changedOn, lang) }) : null,
  ].filter((p): p is string => p !== null);
  return parts.join('; ');
}
