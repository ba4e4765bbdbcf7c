import type { LinePoint } from '../charts/types';
import type { Mark } from '../charts/types';
import {
  countedDomains,
  explainBars,
  explainPoints,
  explainTable,
  explanationPlace,
  formFigures,
  numberExplanations,
  ofDomainCount,
  ofPlace,
  onRegionTrend,
  type ExplanationData,
} from './explanationModel';
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

const onDomain = (id: string, peildatum: string, municipality: string | null, code: string, text: string): ExplanationData => ({
  ...explanation(id, peildatum, 'CASES_PER_DOMAIN', municipality, text),
  domain: { __typename: 'KnowledgeDomain', code, name: code === 'JEUGD' ? 'Jeugd' : 'Zorg en veiligheid' },
});

const bar = (code: string, value: number | null): Mark => ({
  key: code,
  label: code,
  value,
  valueText: value === null ? 'afgeschermd' : String(value),
  ariaLabel: `${code} ${value ?? 'afgeschermd'}`,
  lang: 'nl',
});

describe('explanations of a count per knowledge domain', () => {
  const WITH_DOMAINS = [
    ...ALL,
    onDomain('5', '2023-02-01', null, 'JEUGD', 'Meer jeugdzaken.'),
    onDomain('6', '2022-01-01', null, 'JEUGD', 'Eerder.'),
    onDomain('7', '2023-02-01', 'Zaanstad', 'ZV', 'Zaanstad apart.'),
  ];

  it('are offered in the form only where the count is broken down by domain', () => {
    expect(formFigures(false, false)).toEqual(['RUNNING_CASES', 'CASES_CHANGE', 'CASES_PER_10K', 'UNSPECIFIED_CASES']);
    expect(formFigures(false, true)).toContain('CASES_PER_DOMAIN');
    expect(formFigures(true, true)).toEqual(['RUNNING_CASES', 'CASES_PER_10K', 'SHARE_OF_REGION', 'CASES_PER_DOMAIN']);
    expect(formFigures(true, false)).not.toContain('CASES_PER_DOMAIN');
  });

  it('name the domains the viewer sees counted, for the region or one municipality', () => {
    const count = (code: string, n: number | null, suppressed = false) => ({ domain: { code, name: code }, count: n, suppressed });
    const snapshot = {
      byDomain: [count('JEUGD', 12), count('ZV', null, true)],
      byMunicipality: [
        { municipality: { code: 'GM0479' }, byDomain: [count('JEUGD', 7), count('ZV', 3)] },
        { municipality: { code: 'GM0439' }, byDomain: [] },
      ],
    };
    expect(countedDomains(snapshot, null).map((d) => d.code)).toEqual(['JEUGD']);
    expect(countedDomains(snapshot, 'GM0479').map((d) => d.code)).toEqual(['JEUGD', 'ZV']);
    expect(countedDomains(snapshot, 'GM0439')).toEqual([]);
    expect(countedDomains(null, null)).toEqual([]);
  });

  it('are numbered with the rest, named with their domain, and marked on their bar, not on the trend', () => {
    const numbered = numberExplanations(WITH_DOMAINS, undefined);
    const region = ofPlace(numbered, null);
    const jeugd = region.find((x) => x.explanation.id === '5')!;
    expect(explanationPlace(jeugd, ctx)).toBe('1 februari 2023 · Casussen per kennisdomein · regio · Jeugd');

    // The trend: the domain ones are left out of the points and of the table.
    const points = explainPoints([point('2022-01-01', 44), point('2023-02-01', 96)], region, ctx);
    expect(points.map((p) => p.marker)).toEqual([
      String(region.find((x) => x.explanation.id === '2')!.n),
      String(region.find((x) => x.explanation.id === '1')!.n),
    ]);
    expect(points[1]!.ariaLabel).not.toContain('Meer jeugdzaken');

    // The domain chart of 1 February 2023: the region's one on Jeugd, not the older one nor Zaanstad's.
    const here = ofDomainCount(region, '2023-02-01');
    expect(here.map((x) => x.explanation.id)).toEqual(['5']);
    const bars = explainBars([bar('JEUGD', 12), bar('ZV', 30)], here, ctx);
    expect(bars.map((b) => b.marker)).toEqual([String(jeugd.n), undefined]);
    expect(bars[0]!.ariaLabel).toBe(`JEUGD 12. Toelichting ${jeugd.n}: Meer jeugdzaken.`);
    expect(bars[1]!.ariaLabel).toBe('ZV 30');

    const table = explainTable(
      {
        columns: [{ key: 'domain', label: 'Kennisdomein' }],
        rows: ['JEUGD', 'ZV'].map((key) => ({ key, header: key, cells: { count: '1' }, raw: { domain: key } })),
      },
      here,
      ctx,
      'domain',
    );
    expect(table.columns.map((c) => c.label)).toEqual(['Kennisdomein', 'Toelichting']);
    expect(table.rows.map((r) => r.raw?.['explanation'])).toEqual([`[${jeugd.n}] Meer jeugdzaken.`, null]);
    // ... and a trend's table does not take them.
    expect(explainTable({ columns: [], rows: [] }, here, ctx)).toEqual({ columns: [], rows: [] });
  });

  it("on the slide: the region's own figures at the trend's count dates only", () => {
    const extra = explanation('8', '2021-01-01', 'RUNNING_CASES', null, 'Geen telling meer.');
    const shown = onRegionTrend([...WITH_DOMAINS, extra], [{ peildatum: '2022-01-01' }, { peildatum: '2023-02-01' }]);
    expect(shown.map((e) => e.id).sort()).toEqual(['1', '2']);
  });
});
