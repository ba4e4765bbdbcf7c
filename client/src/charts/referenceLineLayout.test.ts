import { describe, expect, it } from '@jest/globals';
import { layoutGroupedBars } from './groupedBarLayout';
import { referenceStarts } from './referenceLineLayout';
import type { GroupedBarChartProps, ReferenceLine, Series } from './types';

const SERIES: Series[] = [
  { key: 'median', label: 'Mediaan' },
  { key: 'p80', label: '80e percentiel' },
];

/** Months newest first, as the throughput chart draws them: [month, median, p80]. */
function months(rows: [string, number, number][]): GroupedBarChartProps['groups'] {
  return rows.map(([month, median, p80]) => ({
    key: month,
    label: month,
    values: [
      { key: `${month}-median`, series: 'median', label: 'Mediaan', value: median, valueText: String(median), ariaLabel: '' },
      { key: `${month}-p80`, series: 'p80', label: '80e percentiel', value: p80, valueText: String(p80), ariaLabel: '' },
    ],
  }));
}

const norm = (values: [string, number][]): ReferenceLine => ({
  legend: 'Norm',
  values: values.map(([group, value]) => ({ group, value, label: `norm ${value} dagen` })),
});

const GROUPS = months([
  ['2023-04', 30, 50],
  ['2023-03', 45, 80],
  ['2023-02', 44, 75],
  ['2023-01', 20, 40],
]);
const formatTick = String;

describe('the reference line of grouped bars (the norm per month)', () => {
  it('runs through every month’s band at that month’s norm, with a step where the norm changes', () => {
    const reference = norm([
      ['2023-04', 28],
      ['2023-03', 28],
      ['2023-02', 56],
      ['2023-01', 56],
    ]);
    const layout = layoutGroupedBars(GROUPS, SERIES, { formatTick, reference });
    const steps = layout.reference!.steps;
    expect(steps.map((s) => [s.group, s.value])).toEqual([
      ['2023-04', 28],
      ['2023-03', 28],
      ['2023-02', 56],
      ['2023-01', 56],
    ]);
    // On the bars' scale: a median of 45 days ends at 45/28 of the way from zero to the line.
    const march = layout.groups[1]!.bars[0]!.bar!;
    expect(march.width / (steps[1]!.x - march.x)).toBeCloseTo(45 / 28, 6);
    expect(steps[2]!.x - march.x).toBeCloseTo(2 * (steps[0]!.x - march.x), 6);
    // Each stretch covers its month's bars, and the stretches touch: one unbroken line.
    layout.groups.forEach((group, i) => {
      const step = steps[i]!;
      expect(step.y0).toBeLessThan(group.top);
      expect(step.y1).toBeGreaterThan(group.top + group.height);
      if (i > 0) expect(step.y0).toBe(steps[i - 1]!.y1);
    });
    expect(layout.reference!.paths).toHaveLength(1);
    // The step: along the border between March and February from 28 to 56 days.
    const points = [...layout.reference!.paths[0]!.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const border = steps[2]!.y0;
    const at = points.findIndex(([, y]) => y === border);
    expect(points).toHaveLength(6);
    expect(points[at]![0]).toBeCloseTo(steps[1]!.x, 1);
    expect(points[at + 1]).toEqual([expect.closeTo(steps[2]!.x, 1), border]);
    expect(steps[0]!.y0).toBe(layout.plot.top);
    expect(steps[3]!.y1).toBe(layout.plot.bottom);
  });

  it('labels the line where it starts and where it changes, in a lane of its own inside the chart', () => {
    const reference = norm([
      ['2023-04', 28],
      ['2023-03', 28],
      ['2023-02', 56],
      ['2023-01', 56],
    ]);
    expect([...referenceStarts(['2023-04', '2023-03', '2023-02', '2023-01'], reference)]).toEqual(['2023-04', '2023-02']);
    for (const width of [300, 420, 640, 1000]) {
      const layout = layoutGroupedBars(GROUPS, SERIES, { formatTick, reference, width });
      const labels = layout.reference!.labels;
      expect(labels.map((l) => l.text)).toEqual(['norm 28 dagen', 'norm 56 dagen']);
      const [first, second] = layout.reference!.steps.filter((_, i) => i === 0 || i === 2);
      labels.forEach((label, i) => {
        const step = i === 0 ? first! : second!;
        // Between the top of the stretch and its first month's bars, beside the line.
        const group = layout.groups.find((g) => g.key === step.group)!;
        expect(label.y).toBeGreaterThan(step.y0);
        expect(label.y + 8).toBeLessThan(group.top);
        expect(label.anchor === 'start' ? label.x >= step.x : label.x <= step.x).toBe(true);
        expect(label.x).toBeGreaterThanOrEqual(0);
        expect(label.x).toBeLessThanOrEqual(layout.width);
      });
    }
  });

  it('keeps one label when the norm is the same every month, and reads the same without a reference otherwise', () => {
    const same = norm(GROUPS.map((g) => [g.key, 56]));
    const layout = layoutGroupedBars(GROUPS, SERIES, { formatTick, reference: same });
    expect(layout.reference!.labels.map((l) => l.text)).toEqual(['norm 56 dagen']);
    expect(new Set(layout.reference!.steps.map((s) => s.x)).size).toBe(1);
    const plain = layoutGroupedBars(GROUPS, SERIES, { formatTick });
    expect(plain.reference).toBeNull();
    // One lane more than without the line, for its label.
    expect(layout.height - plain.height).toBeGreaterThan(15);
    expect(layout.groups[1]!.top - layout.groups[0]!.top).toBe(plain.groups[1]!.top - plain.groups[0]!.top);
  });

  it('takes the norm into the axis even when every median and p80 stays below it', () => {
    const low = months([
      ['2023-03', 10, 20],
      ['2023-02', 12, 25],
    ]);
    const reference = norm([
      ['2023-03', 56],
      ['2023-02', 56],
    ]);
    const layout = layoutGroupedBars(low, SERIES, { formatTick, reference });
    const step = layout.reference!.steps[0]!;
    expect(step.x).toBeLessThanOrEqual(layout.plot.right);
    expect(step.x).toBeGreaterThan(layout.groups[0]!.bars[1]!.valueEnd);
    expect(Math.max(...layout.ticks.map((t) => t.value))).toBeGreaterThanOrEqual(56);
    expect(layout.legend.items.map((i) => [i.label, i.index])).toEqual([
      ['Mediaan', 0],
      ['80e percentiel', 1],
      ['Norm', 2],
    ]);
  });

  it('breaks the line at a month without a norm and labels it again after', () => {
    const reference = norm([
      ['2023-04', 28],
      ['2023-02', 28],
      ['2023-01', 28],
    ]);
    const layout = layoutGroupedBars(GROUPS, SERIES, { formatTick, reference });
    expect(layout.reference!.steps.map((s) => s.group)).toEqual(['2023-04', '2023-02', '2023-01']);
    expect(layout.reference!.paths).toHaveLength(2);
    expect(layout.reference!.labels).toHaveLength(2);
  });
});
