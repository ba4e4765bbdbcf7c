import type { TableData } from '../components/ChartFrame';
import type { LinePoint } from '../charts/types';
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

/** The numbered explanations of one place: the region (null) or a municipality. */
export function ofPlace(numbered: Numbered[], municipalityCode: string | null): Numbered[] {
  return numbered.filter((x) => (x.explanation.municipality?.code ?? null) === municipalityCode);
}

/** Where it belongs, in words: "1 februari 2023 · Lopende casussen · Zaanstad". */
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

/**
 * The trend's points with their explanations: a numbered marker on the point of each count date
 * that has one, and its text in the point's accessible name (so it is read when the point has focus).
 * `numbered`: those of the place the trend is of (`ofPlace`).
 */
export function explainPoints(points: LinePoint[], numbered: Numbered[], ctx: TextContext): LinePoint[] {
  return points.map((point) => {
    const here = numbered.filter((x) => x.explanation.peildatum === point.date);
    if (here.length === 0) return point;
    const said = here.map((x) => ctx.t('explanationMarkerAria', { n: x.n, text: x.explanation.text })).join(' ');
    return { ...point, marker: here.map((x) => String(x.n)).join(','), ariaLabel: `${point.ariaLabel}. ${said}` };
  });
}

/** The trend's table with a column of the explanations at each count date ("[1] Meer meldingen …"). */
export function explainTable(table: TableData, numbered: Numbered[], ctx: TextContext): TableData {
  const byDate = new Map<string, Numbered[]>();
  for (const x of numbered) {
    byDate.set(x.explanation.peildatum, [...(byDate.get(x.explanation.peildatum) ?? []), x]);
  }
  if (byDate.size === 0) return table;
  const text = (key: string) => (byDate.get(key) ?? []).map((x) => `[${x.n}] ${x.explanation.text}`).join(' ');
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
