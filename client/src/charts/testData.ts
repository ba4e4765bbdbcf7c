/** Realistic test data: cases on 1 February 2023 per municipality (total 96). */
import type { Mark } from './types';

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
  const valueText = value === null ? '< 5' : String(value);
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
