/** Realistic test data: cases on 1 February 2023 per municipality (total 96). */
import { readFileSync } from 'node:fs';
import type { GroupedBarChartProps, LinePoint, Mark, RegionMapProps, Series, ShareComparisonChartProps } from './types';

const CODES: Record<string, string> = {
  'Edam-Volendam': 'GM0385',
  Landsmeer: 'GM0415',
  Oostzaan: 'GM0431',
  Purmerend: 'GM0439',
  Waterland: 'GM0852',
  Wormerland: 'GM0880',
  Zaanstad: 'GM0479',
};

export const CASES_2023: [string, number][] = [
  ['Edam-Volendam', 3],
  ['Landsmeer', 2],
  ['Oostzaan', 2],
  ['Purmerend', 27],
  ['Waterland', 6],
  ['Wormerland', 2],
  ['Zaanstad', 45],
];

export function codeOf(name: string): string {
  const code = CODES[name];
  if (!code) throw new Error(`unknown municipality ${name}`);
  return code;
}

export function caseMark(name: string, value: number | null): Mark {
  const valueText = value === null ? 'afgeschermd' : String(value);
  return { key: codeOf(name), label: name, value, valueText, ariaLabel: `${name}: ${valueText} casussen` };
}

export const caseMarks = (): Mark[] => CASES_2023.map(([name, value]) => caseMark(name, value));

export const unspecified: Mark = {
  key: 'niet-gespecificeerd',
  label: 'Niet gespecificeerd',
  value: 9,
  valueText: '9',
  ariaLabel: 'Niet gespecificeerd: 9 casussen',
};

export const CONTRIBUTIONS: [string, number, number][] = [
  ['Edam-Volendam', 30467, 31887],
  ['Landsmeer', 9715, 10168],
  ['Oostzaan', 8139, 8519],
  ['Purmerend', 77110, 80705],
  ['Waterland', 14543, 15221],
  ['Wormerland', 13720, 14360],
  ['Zaanstad', 131804, 137949],
];

/** € 131.804, the way the view formats it. */
export const euro = (value: number) => `€ ${value.toLocaleString('nl-NL').replace(/,/g, '.')}`;

/** The regional totals: January 2022 (month precision) and 1 February 2023. */
export const TOTALS: LinePoint[] = [
  {
    key: '2022-01-01',
    date: '2022-01-01',
    dateText: 'januari 2022',
    label: 'januari 2022',
    value: 44,
    valueText: '44',
    ariaLabel: 'januari 2022: 44 casussen',
  },
  {
    key: '2023-02-01',
    date: '2023-02-01',
    dateText: '1 februari 2023',
    label: '1 februari 2023',
    value: 96,
    valueText: '96',
    ariaLabel: '1 februari 2023: 96 casussen',
  },
];

export const YEARS: Series[] = [
  { key: '2023', label: '2023' },
  { key: '2024', label: '2024' },
];

/** Contributions per municipality (group) per year (series), in the given order. */
export const contributionGroups = (): GroupedBarChartProps['groups'] =>
  CONTRIBUTIONS.map(([name, y2023, y2024]) => ({
    key: codeOf(name),
    label: name,
    values: [
      {
        key: `${codeOf(name)}-2023`,
        series: '2023',
        label: '2023',
        value: y2023,
        valueText: euro(y2023),
        ariaLabel: `${name}, 2023: ${euro(y2023)}`,
      },
      {
        key: `${codeOf(name)}-2024`,
        series: '2024',
        label: '2024',
        value: y2024,
        valueText: euro(y2024),
        ariaLabel: `${name}, 2024: ${euro(y2024)}`,
      },
    ],
  }));

export const SHARE_SERIES: ShareComparisonChartProps['series'] = [
  { key: 'bijdrage', label: 'Bijdrage 2023', shape: 'circle' },
  { key: 'casussen', label: 'Casussen', shape: 'square' },
  { key: 'gelijk', label: 'Gelijke verdeling', shape: 'triangle' },
];

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Per municipality: its share of the 2023 contributions, of the cases, and an equal 1/7 split. */
export const shareRows = (): ShareComparisonChartProps['rows'] => {
  const totalContribution = CONTRIBUTIONS.reduce((sum, [, y2023]) => sum + y2023, 0);
  return CONTRIBUTIONS.map(([name, y2023]) => {
    const cases = CASES_2023.find(([n]) => n === name)?.[1] ?? 0;
    const shares: [string, number][] = [
      ['bijdrage', y2023 / totalContribution],
      ['casussen', cases / 96],
      ['gelijk', 1 / 7],
    ];
    return {
      key: codeOf(name),
      label: name,
      values: shares.map(([series, share]) => ({
        key: `${codeOf(name)}-${series}`,
        series,
        label: series,
        value: share,
        valueText: percent(share),
        ariaLabel: `${name}, ${series}: ${percent(share)}`,
      })),
    };
  });
};

/** The real municipal boundaries (shared/data) (CBS/PDOK, simplified). */
export function regionFeatures(): RegionMapProps['features'] {
  const url = new URL('../../../shared/data/zaanstreek-waterland.geo.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as RegionMapProps['features'];
}
