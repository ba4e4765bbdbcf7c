import { beforeAll, describe, expect, it } from '@jest/globals';
import type { MunicipalityComparisonQuery } from '../../generated/graphql';
import { loadLanguage, translator } from '../../i18n/LanguageContext';
import type { TextContext } from '../../models/context';
import {
  comparisonGroups,
  comparisonSentences,
  comparisonTable,
  differenceText,
  leftOutItems,
  leftOutPieces,
  leftOutSentence,
  nationalMarks,
  nationalSentences,
  nationalTable,
} from './comparisonModel';

const source = { __typename: 'Source' as const, document: '003_8a1aa5aa1d12b1c5.txt', section: null, note: null, title: null, url: null };
const figure = (
  kind: 'CASES_PER_10K' | 'SHARE_OF_CASES' | 'CONTRIBUTION_PER_INHABITANT' | 'CASES_CHANGE',
  own: number | null,
  reference: number | null,
  direction: 'ABOVE' | 'BELOW' | 'ABOUT_EQUAL' | null,
) => ({
  __typename: 'ComparisonFigure' as const,
  kind,
  own,
  reference,
  difference: own === null || reference === null ? null : own - reference,
  relativeDifference: own === null || reference === null ? null : own / reference - 1,
  direction,
});

/** Zaanstad on 1-2-2023 as the API answers it for the real seed. */
const ZAANSTAD: MunicipalityComparisonQuery = {
  __typename: 'Query',
  caseloadSnapshots: [
    { __typename: 'CaseloadSnapshot', peildatum: '2022-01-01', peildatumPrecision: 'MONTH' },
    { __typename: 'CaseloadSnapshot', peildatum: '2023-02-01', peildatumPrecision: 'DAY' },
  ],
  caseload: { __typename: 'CaseloadSnapshot', peildatum: '2023-02-01', source },
  contributionHistory: [{ __typename: 'ContributionYear', year: 2024, source }],
  municipality: {
    __typename: 'Municipality',
    code: 'GM0479',
    population: { __typename: 'Population', year: 2022, inhabitants: 157_166, source },
  },
  municipalityComparison: {
    __typename: 'MunicipalityComparison',
    municipality: { __typename: 'Municipality', code: 'GM0479', name: 'Zaanstad' },
    peildatum: '2023-02-01',
    previousPeildatum: '2022-01-01',
    contributionYear: 2024,
    populationYear: 2022,
    assignedCases: 87,
    figures: [
      figure('CASES_PER_10K', (45 / 157_166) * 10_000, (87 / 340_557) * 10_000, 'ABOVE'),
      figure('SHARE_OF_CASES', 45 / 87, 157_166 / 340_557, 'ABOVE'),
      figure('CONTRIBUTION_PER_INHABITANT', 137_949 / 157_166, 298_809 / 340_557, 'ABOUT_EQUAL'),
      figure('CASES_CHANGE', null, 52 / 44, null),
    ],
  },
};

let nl: TextContext;
let en: TextContext;
beforeAll(async () => {
  await loadLanguage('en');
  nl = { lang: 'nl', t: translator('nl') };
  en = { lang: 'en', t: translator('en') };
});

describe('the comparison of a municipality with its region', () => {
  it('says per figure whether it is above, below or about equal, and by how much', () => {
    expect(comparisonSentences(ZAANSTAD, nl)).toEqual([
      'Zaanstad heeft 2,9 casussen per 10.000 inwoners, 12% meer dan de regio (2,6).',
      'Zaanstad heeft 51,7% van de casussen en 46,1% van de inwoners van de regio: een groter aandeel in de casussen dan in de inwoners (5,6 procentpunt meer).',
      'Zaanstad draagt in 2024 € 0,88 per inwoner bij, ongeveer evenveel als de regio gemiddeld (€ 0,88).',
      'De telling van januari 2022 is niet per gemeente uitgesplitst: voor Zaanstad is er geen verandering te berekenen. De regio veranderde sindsdien met +118%.',
    ]);
  });

  it('says the same in English, with English numbers', () => {
    expect(comparisonSentences(ZAANSTAD, en)[0]).toBe('Zaanstad has 2.9 cases per 10,000 inhabitants, 12% more than the region (2.6).');
    expect(comparisonSentences(ZAANSTAD, en)[3]).toContain('The count of January 2022 is not broken down by municipality');
  });

  it('gives the table the figures, the difference (per cent or percentage points) and the verdict in words', () => {
    const table = comparisonTable(ZAANSTAD, nl);
    expect(table.rows.map((r) => [r.header, r.cells['own'], r.cells['reference'], r.cells['difference'], r.cells['verdict']])).toEqual([
      ['Casussen per 10.000 inwoners', '2,9', '2,6', '+12%', 'hoger dan de regio'],
      ['Aandeel casussen tegenover aandeel inwoners', '51,7%', '46,1%', '5,6 pp', 'hoger dan de regio'],
      ['Bijdrage per inwoner 2024', '€ 0,88', '€ 0,88', '0%', 'ongeveer gelijk aan de regio'],
      ['Verandering sinds januari 2022', '–', '+118%', '–', '–'],
    ]);
    expect(differenceText(figure('CASES_CHANGE', 0.1, 0.3, 'BELOW'), 'nl')).toBe('−20,0 pp');
  });

  it('charts the levels as an index with the region at 100, leaving out the share (the same index as the rate)', () => {
    const { groups } = comparisonGroups(ZAANSTAD, nl);
    expect(groups.map((g) => [g.key, g.values.map((v) => v.valueText)])).toEqual([
      ['CASES_PER_10K', ['112', '100']],
      ['CONTRIBUTION_PER_INHABITANT', ['100', '100']],
    ]);
  });
});

describe('the region beside the national network', () => {
  const regionFigures = (code: string, name: string, total: number, inhabitants: number) => ({
    __typename: 'RegionFigures' as const,
    code,
    name,
    peildatum: '2023-02-01',
    total,
    inhabitants,
    per10kInhabitants: (total / inhabitants) * 10_000,
  });
  const national = {
    __typename: 'NationalComparison' as const,
    peildatum: '2023-02-01',
    regionsInDatabase: 3,
    regionsCompared: 3,
    regionsLeftOut: 0,
    nationalPer10k: 2,
    own: regionFigures('zaanstreek-waterland', 'Zaanstreek-Waterland', 96, 340_557),
    figure: { __typename: 'ComparisonFigure' as const, own: 2.8189, reference: 2, relativeDifference: 0.409, direction: 'ABOVE' as const },
    similar: [regionFigures('testregio-5', 'Testregio 5', 33, 330_000), regionFigures('testregio-2', 'Testregio 2', 72, 360_000)],
    leftOut: [] as {
      __typename: 'RegionLeftOut';
      code: string;
      name: string;
      peildatum: string | null;
      reason: 'NO_COUNT' | 'COUNT_TOO_OLD' | 'INHABITANTS_INCOMPLETE';
      isServedRegion: boolean;
    }[],
  };

  it('draws the region and the similar regions as bars, the national average apart', () => {
    const { data, apart } = nationalMarks(national, nl);
    expect(data.map((m) => [m.label, m.valueText])).toEqual([
      ['Zaanstreek-Waterland', '2,8'],
      ['Testregio 5', '1,0'],
      ['Testregio 2', '2,0'],
    ]);
    expect(apart.map((m) => m.ariaLabel)).toEqual(['Landelijk gemiddelde: 2,0 casussen per 10.000 inwoners']);
  });

  it('lists them in a table, the region marked as this one, the national average as its footer', () => {
    const table = nationalTable(national, en);
    expect(table.rows.map((r) => [r.header, r.cells['inhabitants'], r.cells['per10k']])).toEqual([
      ['Zaanstreek-Waterland (this region)', '340,557', '2.8'],
      ['Testregio 5', '330,000', '1.0'],
      ['Testregio 2', '360,000', '2.0'],
    ]);
    expect(table.footer?.cells['per10k']).toBe('2.0');
  });

  it('says the region against the national average, then names the regions most like it with their figures, in both languages', () => {
    expect(nationalSentences(national, 'Zaanstreek-Waterland', nl)).toEqual([
      "Zaanstreek-Waterland heeft 2,8 casussen per 10.000 inwoners, 41% meer dan het landelijke gemiddelde van 2,0 (gewogen naar inwoners, 3 regio's).",
      "De 2 regio's met het meest vergelijkbare inwonertal: Testregio 5 met 1,0 en Testregio 2 met 2,0 casussen per 10.000 inwoners.",
    ]);
    expect(nationalSentences({ ...national, similar: national.similar.slice(0, 1) }, 'Zaanstreek-Waterland', en)).toEqual([
      'Zaanstreek-Waterland has 2.8 cases per 10,000 inhabitants, 41% more than the national average of 2.0 (weighted by inhabitants, 3 regions).',
      'The region most like it in number of inhabitants: Testregio 5 with 1.0 cases per 10,000 inhabitants.',
    ]);
    expect(nationalSentences({ ...national, nationalPer10k: null }, 'Zaanstreek-Waterland', nl)).toEqual([]);
  });

  it('says in the note how many regions were left out, in the singular for one', () => {
    const note = (leftOut: number, ctx: TextContext) => ctx.t('nationalNote', { date: '1 februari 2023', leftOut });
    expect(note(0, nl)).toContain("alle regio's in de database hebben die.");
    expect(note(1, nl)).toContain('1 regio zonder die gegevens telde niet mee.');
    expect(note(2, nl)).toContain("2 regio's zonder die gegevens telden niet mee.");
    expect(note(1, en)).toContain('1 region without them did not count.');
    expect(note(3, en)).toContain('3 regions without them did not count.');
  });

  const leftOut = (
    code: string,
    name: string,
    peildatum: string | null,
    reason: (typeof national.leftOut)[number]['reason'],
    isServedRegion = false,
  ) => ({
    __typename: 'RegionLeftOut' as const,
    code,
    name,
    peildatum,
    reason,
    isServedRegion,
  });

  it('names each region left out with its latest count date and why, in both languages', () => {
    const one = { ...national, regionsLeftOut: 1, leftOut: [leftOut('testregio-g', 'Testregio G', '2021-12-01', 'COUNT_TOO_OLD')] };
    expect(leftOutSentence(one, nl)).toBe('Niet meegeteld: Testregio G (laatste telling 1 december 2021, ouder dan 12 maanden).');
    expect(leftOutSentence(one, en)).toBe('Not counted: Testregio G (last count 1 December 2021, more than 12 months old).');
    const three = {
      ...national,
      regionsLeftOut: 3,
      leftOut: [
        leftOut('testregio-h', 'Testregio H', null, 'NO_COUNT'),
        leftOut('testregio-i', 'Testregio I', '2023-01-01', 'INHABITANTS_INCOMPLETE'),
        leftOut('zaanstreek-waterland', 'Zaanstreek-Waterland', '2023-02-01', 'INHABITANTS_INCOMPLETE', true),
      ],
    };
    expect(leftOutSentence(three, nl)).toBe(
      'Niet meegeteld: Testregio H (geen telling op of vóór 1 februari 2023), ' +
        'Testregio I (laatste telling 1 januari 2023, niet van alle gemeenten de inwoners bekend) en ' +
        'Zaanstreek-Waterland (deze regio; laatste telling 1 februari 2023, niet van alle gemeenten de inwoners bekend).',
    );
    expect(leftOutSentence(three, en)).toBe(
      'Not counted: Testregio H (no count on or before 1 February 2023), ' +
        'Testregio I (last count 1 January 2023, inhabitants of not every municipality known) and ' +
        'Zaanstreek-Waterland (this region; last count 1 February 2023, inhabitants of not every municipality known).',
    );
  });

  it('gives the names apart from the words around them, so that the screen marks each as Dutch', () => {
    const two = {
      ...national,
      leftOut: [leftOut('a', 'Testregio A', null, 'NO_COUNT'), leftOut('b', 'Testregio B', '2021-01-01', 'COUNT_TOO_OLD')],
    };
    const items = leftOutItems(two, en);
    expect(items.map((i) => i.name)).toEqual(['Testregio A', 'Testregio B']);
    expect(leftOutPieces(items, en)).toEqual(['Not counted: ', 0, ' and ', 1, '.']);
    expect(leftOutPieces([], nl)).toEqual([]);
  });
});
