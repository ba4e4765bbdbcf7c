import type { LinePoint } from '../charts/types';
import { explainPoints, explainTable, explanationPlace, numberExplanations, ofPlace, type ExplanationData } from './explanationModel';
import { translator } from '../i18n/LanguageContext';
import type { TextContext } from '../models/context';

const ctx: TextContext = { lang: 'nl', t: translator('nl') };

const explanation = (id: string, peildatum: string, figure: string, municipality: string | null, text: string): ExplanationData => ({
  __typename: 'Explanation',
  id,
  peildatum,
  figure,
  municipality: municipality
    ? { __typename: 'Municipality', code: municipality === 'Zaanstad' ? 'GM0479' : 'GM0439', name: municipality }
    : null,
  domain: null,
  text,
  version: 1,
});

const ALL = [
  explanation('3', '2023-02-01', 'RUNNING_CASES', 'Zaanstad', 'Zaanstad telt mee.'),
  explanation('1', '2023-02-01', 'RUNNING_CASES', null, 'Campagne.'),
  explanation('2', '2022-01-01', 'CASES_CHANGE', null, 'Eerste telling.'),
  explanation('4', '2023-02-01', 'CASES_PER_10K', 'Purmerend', 'Nieuwe wijken.'),
];

const point = (date: string, value: number): LinePoint => ({
  key: date,
  date,
  dateText: date,
  label: date,
  value,
  valueText: String(value),
  ariaLabel: `${date}: ${value} lopende casussen`,
});

describe('explanations beside a trend', () => {
  it('are numbered oldest count date first, the region before the municipalities by name', () => {
    const numbered = numberExplanations(ALL, undefined);
    expect(numbered.map((x) => [x.n, x.explanation.id])).toEqual([
      [1, '2'],
      [2, '1'],
      [3, '4'],
      [4, '3'],
    ]);
    expect(numberExplanations(ALL, 'GM0479').map((x) => [x.n, x.explanation.text])).toEqual([[1, 'Zaanstad telt mee.']]);
    expect(ofPlace(numbered, null).map((x) => x.n)).toEqual([1, 2]);
    expect(explanationPlace(numbered[2]!, ctx)).toBe('1 februari 2023 · Casussen per 10.000 inwoners · Purmerend');
  });

  it('mark the points of their count dates and name their text there, and add a column to the table', () => {
    const region = ofPlace(numberExplanations(ALL, undefined), null);
    const points = explainPoints([point('2022-01-01', 44), point('2023-02-01', 96), point('2023-06-01', 90)], region, ctx);
    expect(points.map((p) => p.marker)).toEqual(['1', '2', undefined]);
    expect(points[1]!.ariaLabel).toBe('2023-02-01: 96 lopende casussen. Toelichting 2: Campagne.');
    expect(points[2]!.ariaLabel).toBe('2023-06-01: 90 lopende casussen');

    const table = explainTable(
      {
        columns: [{ key: 'total', label: 'Totaal' }],
        rows: ['2022-01-01', '2023-06-01'].map((key) => ({ key, header: key, cells: { total: '1' }, raw: { total: 1 } })),
      },
      region,
      ctx,
    );
    expect(table.columns.map((c) => c.label)).toEqual(['Totaal', 'Toelichting']);
    expect(table.rows.map((r) => r.cells['explanation'])).toEqual(['[1] Eerste telling.', '–']);
    expect(table.rows.map((r) => r.raw?.['explanation'])).toEqual(['[1] Eerste telling.', null]);
  });

  it('leave a table without explanations as it is', () => {
    const table = { columns: [{ key: 'total', label: 'Totaal' }], rows: [] };
    expect(explainTable(table, [], ctx)).toBe(table);
  });
});
