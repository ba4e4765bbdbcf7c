import type { TableData } from '../components/ChartFrame';
import type { LinePoint, Mark } from '../charts/types';
import { formatDate } from '../format';
import type { ExplanationFieldsFragment } from '../generated/graphql';
import type { MessageKey } from '../i18n/messages';
import type { TextContext } from '../models/context';

export type ExplanationData = ExplanationFieldsFragment;

/** Characters of an explanation (the server's limit, domain/explanations.ts). */
export const EXPLANATION_MAX_LENGTH = 500;

/** An explanation with the number it has in the list under the chart (and on its marker). */
export interface Numbered {
  n: number;
  explanation: ExplanationData;
}

const FIGURE_KEYS: Readonly<Record<string, MessageKey>> = {
  RUNNING_CASES: 'explanationFigureRunningCases',
  CASES_CHANGE: 'explanationFigureCasesChange',
  CASES_PER_10K: 'explanationFigurePer10k',
  SHARE_OF_REGION: 'explanationFigureShare',
  CASES_PER_DOMAIN: 'explanationFigurePerDomain',
  UNSPECIFIED_CASES: 'explanationFigureUnspecified',
};

/** The figures a form offers: for the region, or for one municipality. */
export const REGION_FIGURES = ['RUNNING_CASES', 'CASES_CHANGE', 'CASES_PER_10K', 'UNSPECIFIED_CASES'] as const;
export const MUNICIPALITY_FIGURES = ['RUNNING_CASES', 'CASES_PER_10K', 'SHARE_OF_REGION'] as const;

/** The figure counted per knowledge domain: its explanations name a domain too. */
export const PER_DOMAIN_FIGURE = 'CASES_PER_DOMAIN';

/**
 * The figures the form offers for a place (a municipality or the region) at a count date: the
 * count per knowledge domain only when that count is broken down by domain there (the server
 * refuses it otherwise).
 */
export function formFigures(municipality: boolean, domainsCounted: boolean): readonly string[] {
  const figures = municipality ? MUNICIPALITY_FIGURES : REGION_FIGURES;
  return domainsCounted ? [...figures, PER_DOMAIN_FIGURE] : figures;
}

interface DomainCount {
  domain: { code: string; name: string };
  count: number | null;
  suppressed: boolean;
}

/**
 * The knowledge domains counted at a count date for the region (`municipalityCode` null) or one
 * municipality, as this viewer sees them: only a count that is shown can be explained.
 */
export function countedDomains(
  snapshot: { byDomain: DomainCount[]; byMunicipality: { municipality: { code: string }; byDomain: DomainCount[] }[] } | null | undefined,
  municipalityCode: string | null,
): { code: string; name: string }[] {
  if (!snapshot) return [];
  const counts =
    municipalityCode === null
      ? snapshot.byDomain
      : (snapshot.byMunicipality.find((m) => m.municipality.code === municipalityCode)?.byDomain ?? []);
  return counts.filter((c) => !c.suppressed && c.count !== null).map((c) => c.domain);
}

/** The figure in words ("Lopende casussen"); the code itself for one this client does not know. */
export function figureName(figure: string, t: TextContext['t']): string {
  const key = FIGURE_KEYS[figure];
  return key ? t(key) : figure;
}

/**
 * The explanations of one place — the region (`municipalityCode` null) or one municipality, or all
 * (`undefined`) — oldest count date first, the region's before the municipalities' (by name),
 * numbered from 1 in that order.
 */
export function numberExplanations(all: readonly ExplanationData[], municipalityCode: string | null | undefined): Numbered[] {
  return all
    .filter((e) => municipalityCode === undefined || (e.municipality?.code ?? null) === municipalityCode)
    .slice()
    .sort(
      (a, b) =>
        a.peildatum.localeCompare(b.peildatum) ||
        (a.municipality?.name ?? '').localeCompare(b.municipality?.name ?? '', 'nl') ||
        a.figure.localeCompare(b.figure) ||
        Number(a.id) - Number(b.id),
    )
    .map((explanation, i) => ({ n: i + 1, explanation }));
}

/**
 * The explanations of the region's trend: the region's own figures at its count dates (those per
 * knowledge domain are not on it).
 */
export function onRegionTrend(all: readonly ExplanationData[], countDates: readonly { peildatum: string }[]): ExplanationData[] {
  const dates = new Set(countDates.map((d) => d.peildatum));
  return all.filter((e) => e.municipality === null && !e.domain && dates.has(e.peildatum));
}

/** The numbered explanations of one place: the region (null) or a municipality. */
export function ofPlace(numbered: Numbered[], municipalityCode: string | null): Numbered[] {
  return numbered.filter((x) => (x.explanation.municipality?.code ?? null) === municipalityCode);
}

/**
 * Where it belongs, in words: "1 februari 2023 · Lopende casussen · Zaanstad", with the knowledge
 * domain last for one per domain (the source's Dutch name: `ExplanationPlace` marks it so).
 */
export function explanationPlace({ explanation: e }: Numbered, ctx: TextContext): string {
  return [
    formatDate(e.peildatum, ctx.lang),
    figureName(e.figure, ctx.t),
    e.municipality?.name ?? ctx.t('explanationRegion'),
    e.domain?.name,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Whether it explains a count per knowledge domain (shown on the domain chart, not on a trend). */
function perDomain(x: Numbered): boolean {
  return x.explanation.domain !== null && x.explanation.domain !== undefined;
}

/**
 * Those on the count per knowledge domain at one count date, for the domain chart of that count
 * (`numbered`: those of the place the chart is of, `ofPlace`).
 */
export function ofDomainCount(numbered: Numbered[], peildatum: string): Numbered[] {
  return numbered.filter((x) => perDomain(x) && x.explanation.peildatum === peildatum);
}

/** The marks with their explanations: a numbered marker, and the text in the mark's accessible name. */
function explainMarks<M extends Mark>(marks: M[], numbered: Numbered[], belongs: (x: Numbered, mark: M) => boolean, ctx: TextContext): M[] {
  return marks.map((mark) => {
    const here = numbered.filter((x) => belongs(x, mark));
    if (here.length === 0) return mark;
    const said = here.map((x) => ctx.t('explanationMarkerAria', { n: x.n, text: x.explanation.text })).join(' ');
    return { ...mark, marker: here.map((x) => String(x.n)).join(','), ariaLabel: `${mark.ariaLabel}. ${said}` };
  });
}

/**
 * The trend's points with their explanations: a numbered marker on the point of each count date
 * that has one, and its text in the point's accessible name (so it is read when the point has focus).
 * `numbered`: those of the place the trend is of (`ofPlace`); one per knowledge domain is on the
 * domain chart instead (`explainBars`).
 */
export function explainPoints(points: LinePoint[], numbered: Numbered[], ctx: TextContext): LinePoint[] {
  return explainMarks(
    points,
    numbered.filter((x) => !perDomain(x)),
    (x, point) => x.explanation.peildatum === point.date,
    ctx,
  );
}

/**
 * The bars of a count per knowledge domain (keyed by domain code) with their explanations, as the
 * trend's points: `numbered` are those of that count (`ofDomainCount`).
 */
export function explainBars(marks: Mark[], numbered: Numbered[], ctx: TextContext): Mark[] {
  return explainMarks(marks, numbered.filter(perDomain), (x, bar) => x.explanation.domain?.code === bar.key, ctx);
}

/**
 * A chart's table with a column of the explanations of each row ("[1] Meer meldingen …"): the
 * trend's rows are count dates (`by` 'date', those per domain left out), the domain chart's rows
 * are knowledge domains (`by` 'domain', only those per domain).
 */
export function explainTable(table: TableData, numbered: Numbered[], ctx: TextContext, by: 'date' | 'domain' = 'date'): TableData {
  const byKey = new Map<string, Numbered[]>();
  for (const x of numbered) {
    if (perDomain(x) !== (by === 'domain')) continue;
    const key = by === 'domain' ? (x.explanation.domain?.code ?? '') : x.explanation.peildatum;
    byKey.set(key, [...(byKey.get(key) ?? []), x]);
  }
  if (byKey.size === 0) return table;
  const text = (key: string) => (byKey.get(key) ?? []).map((x) => `[${x.n}] ${x.explanation.text}`).join(' ');
  return {
    ...table,
    columns: [...table.columns, { key: 'explanation', label: ctx.t('explanationColumn') }],
    rows: table.rows.map((row) => ({
      ...row,
      cells: { ...row.cells, explanation: text(row.key) || '–' },
      raw: { ...row.raw, explanation: text(row.key) || null },
    })),
  };
}
