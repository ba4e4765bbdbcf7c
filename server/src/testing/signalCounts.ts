/**
 * Eight monthly counts (1 January to 1 August 2024) by municipality and knowledge domain, steady
 * for seven months and with a jump in the eighth: what the signal tests import (API and browser).
 * In August Zaanstad's huiselijk geweld goes from about 9 to 24 cases and the region's mensenhandel
 * from 2 to 9 — a count of 2 that restricted roles do not see, so for them that signal must not fire.
 */
export const SIGNAL_DOMAINS = [
  'onbegrepen-gedrag',
  'mensenhandel',
  'cter',
  'excessief-geweld',
  'huiselijk-geweld',
  'nazorg-ex-gedetineerden',
];

const BASE: Record<string, number[]> = {
  'Edam-Volendam': [6, 0, 0, 2, 9, 2],
  Landsmeer: [5, 0, 1, 1, 10, 3],
  Oostzaan: [7, 0, 0, 2, 8, 2],
  Purmerend: [6, 1, 1, 1, 8, 2],
  Waterland: [5, 0, 0, 3, 9, 2],
  Wormerland: [6, 0, 1, 2, 9, 2],
  Zaanstad: [7, 1, 0, 2, 8, 2],
};

const ZAANSTAD_HUISELIJK_GEWELD = [8, 9, 8, 10, 9, 8, 9, 24];
const AUGUST_MENSENHANDEL: Record<string, number> = { Purmerend: 4, Zaanstad: 5 };

/** The cells of one municipality in month 0..7, in SIGNAL_DOMAINS order. */
export function signalCells(name: string, month: number): number[] {
  const cells = [...(BASE[name] ?? [])];
  if (name === 'Zaanstad') cells[4] = ZAANSTAD_HUISELIJK_GEWELD[month] ?? 0;
  if (month === 7 && name in AUGUST_MENSENHANDEL) cells[1] = AUGUST_MENSENHANDEL[name] ?? 0;
  return cells;
}

export const SIGNAL_MONTHS = Array.from({ length: 8 }, (_, month) => `1-${month + 1}-2024`);

/** The counts as the CSV a ZVH would import (CASELOAD). */
export function signalCountFile(): string {
  const lines = SIGNAL_MONTHS.flatMap((date, month) =>
    Object.keys(BASE).flatMap((name) => {
      const cells = signalCells(name, month);
      return [`${date};${name};;${cells.reduce((a, b) => a + b, 0)}`, ...cells.map((n, i) => `${date};${name};${SIGNAL_DOMAINS[i]};${n}`)];
    }),
  );
  return `peildatum;gemeente;kennisdomein;aantal\r\n${lines.join('\r\n')}\r\n`;
}
