import { describe, expect, it } from '@jest/globals';
import type { FlowCountRow, FlowMonthRow } from '../store/types.js';
import {
  checkConsistency,
  linkedCountDates,
  monthsOverlapping,
  municipalityFlows,
  publishedThroughput,
  regionFlows,
  type RunningCount,
} from './flows.js';

const row = (
  month: string,
  scope: FlowCountRow['scope'],
  code: string | null,
  inflow: number,
  outflow: number,
  extra: Partial<FlowCountRow> = {},
): FlowCountRow => ({
  month,
  scope,
  municipalityCode: code,
  domainCode: null,
  inflow,
  outflow,
  closedWithinNorm: null,
  medianDays: null,
  p80Days: null,
  ...extra,
});

const MONTHS: FlowMonthRow[] = [
  { month: '2024-01', inflow: 10, normDays: 56, sourceId: 1 },
  { month: '2024-02', inflow: 7, normDays: null, sourceId: 1 },
];
const ROWS: FlowCountRow[] = [
  row('2024-01', 'municipality', 'GM0479', 6, 4, { closedWithinNorm: 3, medianDays: 40, p80Days: 70 }),
  row('2024-01', 'municipality', 'GM0479', 2, 1, { domainCode: 'mensenhandel' }),
  row('2024-01', 'municipality', 'GM0439', 3, 4, { closedWithinNorm: 1 }),
  row('2024-01', 'unspecified', null, 1, 0),
  row('2024-02', 'municipality', 'GM0479', 5, 2),
  row('2024-02', 'municipality', 'GM0439', 2, 2),
  row('2024-02', 'region', null, 7, 4, { closedWithinNorm: 2, medianDays: 33.5, p80Days: 61 }),
];

describe('flows per month', () => {
  it('gives the region the sum of its parts, and closed within the norm only when every part with closed cases reported it', () => {
    // January: inflow 6 + 3 + 1 = 10, outflow 4 + 4 + 0 = 8, within 3 + 1 (+ 0 for nothing closed) = 4: half.
    expect(regionFlows(MONTHS, ROWS)[0]).toEqual({
      month: '2024-01',
      inflow: 10,
      outflow: 8,
      closedWithinNorm: 4,
      shareWithinNorm: 0.5,
      medianDays: null,
      p80Days: null,
      normDays: 56,
    });
  });

  it("takes the region's stated Totaal row, with its median and 80th percentile, over the sum of its parts", () => {
    expect(regionFlows(MONTHS, ROWS)[1]).toEqual({
      month: '2024-02',
      inflow: 7,
      outflow: 4,
      closedWithinNorm: 2,
      shareWithinNorm: 0.5,
      medianDays: 33.5,
      p80Days: 61,
      normDays: null,
    });
  });

  it("gives a municipality its own total rows (never a domain's), with its share within the norm", () => {
    expect(municipalityFlows(MONTHS, ROWS, 'GM0479').map((f) => [f.month, f.inflow, f.outflow, f.shareWithinNorm, f.medianDays])).toEqual([
      ['2024-01', 6, 4, 0.75, 40],
      ['2024-02', 5, 2, null, null],
    ]);
  });

  it('publishes throughput to restricted viewers only when k or more cases closed; in- and outflow always', () => {
    const [january] = municipalityFlows(MONTHS, ROWS, 'GM0479');
    expect(publishedThroughput(january!, 5)).toEqual(
      expect.objectContaining({ inflow: 6, outflow: 4, shareWithinNorm: null, medianDays: null, p80Days: null }),
    );
    expect(publishedThroughput(january!, 4)).toEqual(january);
    expect(publishedThroughput({ ...january!, outflow: 0, closedWithinNorm: null, shareWithinNorm: null }, 5).outflow).toBe(0);
  });
});

describe('count dates and months', () => {
  it('lists the months with a day between two count dates', () => {
    expect(monthsOverlapping('2024-01-01', '2024-03-01')).toEqual(['2024-01', '2024-02']);
    expect(monthsOverlapping('2024-01-15', '2024-02-10')).toEqual(['2024-01', '2024-02']);
    expect(monthsOverlapping('2023-12-01', '2024-01-01')).toEqual(['2023-12']);
  });

  it('links two consecutive count dates only when every month between them has flows', () => {
    const dates = ['2023-12-01', '2024-01-01', '2024-03-01', '2024-06-01'];
    expect([...linkedCountDates(dates, new Set(['2024-01', '2024-02', '2024-03']))].sort()).toEqual(['2024-01-01', '2024-03-01']);
    expect(linkedCountDates(dates, new Set(['2024-01', '2024-03', '2024-04'])).size).toBe(0);
  });
});

describe('whether running cases follow from the previous count plus inflow minus outflow', () => {
  const counts: RunningCount[] = [
    {
      peildatum: '2024-01-01',
      total: 50,
      byPlace: new Map<string | null, number>([
        ['GM0479', 30],
        ['GM0439', 15],
        [null, 5],
      ]),
    },
    // Zaanstad 30 + 6 − 4 + 5 − 2 = 35; Purmerend 15 + 3 − 4 + 2 − 2 = 14 but counted 16; unspecified 5 + 1 = 6.
    {
      peildatum: '2024-03-01',
      total: 57,
      byPlace: new Map<string | null, number>([
        ['GM0479', 35],
        ['GM0439', 16],
        [null, 6],
      ]),
    },
  ];
  const flows = [
    { month: '2024-01', municipalityCode: 'GM0479', inflow: 6, outflow: 4 },
    { month: '2024-01', municipalityCode: 'GM0439', inflow: 3, outflow: 4 },
    { month: '2024-01', municipalityCode: null, inflow: 1, outflow: 0 },
    { month: '2024-02', municipalityCode: 'GM0479', inflow: 5, outflow: 2 },
    { month: '2024-02', municipalityCode: 'GM0439', inflow: 2, outflow: 2 },
  ];

  it('names the pair of count dates, the months and the municipality where they do not, and the region', () => {
    const report = checkConsistency(counts, flows, new Set(['2024-02']));
    expect(report.checked).toEqual([{ from: '2024-01-01', to: '2024-03-01', months: ['2024-01', '2024-02'] }]);
    // Region: 50 + (10 − 8) + (7 − 4) = 55, counted 57.
    expect(report.mismatches).toEqual([
      { from: '2024-01-01', to: '2024-03-01', months: ['2024-01', '2024-02'], place: null, expected: 55, actual: 57 },
      { from: '2024-01-01', to: '2024-03-01', months: ['2024-01', '2024-02'], place: 'GM0439', expected: 14, actual: 16 },
    ]);
  });

  it('says which pairs it could not check because a month between them has no flows, and leaves pairs of other months alone', () => {
    const report = checkConsistency(
      counts,
      flows.filter((f) => f.month === '2024-02'),
      new Set(['2024-02']),
    );
    expect(report).toEqual({ checked: [], mismatches: [], unchecked: [{ from: '2024-01-01', to: '2024-03-01', missing: ['2024-01'] }] });
    expect(checkConsistency(counts, flows, new Set(['2024-05']))).toEqual({ checked: [], mismatches: [], unchecked: [] });
  });
});
