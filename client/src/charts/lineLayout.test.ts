import { describe, expect, it } from '@jest/globals';
import { FEW_POINTS, layoutLine, parseDate, type LineLayout } from './lineLayout';
import { TOTALS } from './testData';
import { textWidth } from './textWidth';
import type { LinePoint } from './types';

const formatTick = (value: number) => String(value);
const note = 'Twee peildata: het verloop daartussen is niet bekend';

function monthly(count: number, value: (i: number) => number | null = (i) => 40 + i, startYear = 2022): LinePoint[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(startYear, i, 1)).toISOString().slice(0, 10);
    const v = value(i);
    const valueText = v === null ? 'onbekend' : v.toLocaleString('nl-NL');
    return {
      key: date,
      date,
      dateText: `1 september ${startYear + Math.floor(i / 12)}`,
      label: date,
      value: v,
      valueText,
      ariaLabel: date,
    };
  });
}

/** 120 monthly counts, 2016-01-01 … 2025-12-01, like a region at national size (a wave on a rise). */
const national = () => monthly(120, (i) => Math.round(340 + i * 0.6 + 40 * Math.sin(i / 3.1) + (i === 100 ? 70 : 0)), 2016);

/** The boxes of the shown value texts (as the layout estimates them). */
function valueBoxes(layout: LineLayout) {
  return layout.points
    .filter((p) => p.showValue)
    .map((p) => {
      const half = textWidth(p.point.valueText, layout.font.value, true) / 2;
      return {
        key: p.point.key,
        x0: p.valueX - half,
        x1: p.valueX + half,
        y0: p.valueY - 0.78 * layout.font.value,
        y1: p.valueY + 0.1 * layout.font.value,
      };
    });
}

function expectReadable(layout: LineLayout, compact: boolean) {
  const boxes = valueBoxes(layout);
  for (const [i, a] of boxes.entries()) {
    expect(a.x0).toBeGreaterThanOrEqual(0);
    expect(a.x1).toBeLessThanOrEqual(layout.width);
    expect(a.y0).toBeGreaterThanOrEqual(0);
    expect(a.y1).toBeLessThan(layout.plot.bottom);
    for (const b of boxes.slice(i + 1)) {
      const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
      expect(apart).toBe(true);
    }
  }
  // Marks (dots, tab stops) only at the labelled points; no tick per count date.
  expect(layout.points.filter((p) => p.mark)).toEqual(layout.points.filter((p) => p.showValue));
  expect(layout.points.some((p) => p.tick || p.showDate)).toBe(false);
  // A handful of date ticks whose texts neither touch nor leave the viewBox.
  expect(layout.xTicks.length).toBeGreaterThanOrEqual(1);
  expect(layout.xTicks.length).toBeLessThanOrEqual(compact ? 5 : 7);
  layout.xTicks.forEach((tick, i) => {
    const half = textWidth(tick.label, layout.font.date) / 2;
    expect(tick.position - half).toBeGreaterThanOrEqual(0);
    expect(tick.position + half).toBeLessThanOrEqual(layout.width);
    const next = layout.xTicks[i + 1];
    if (next) expect(tick.position + half).toBeLessThan(next.position - textWidth(next.label, layout.font.date) / 2);
  });
}

describe('layoutLine', () => {
  it('dashes the line between two counts when a sparse note is given, and shows the note', () => {
    const layout = layoutLine(TOTALS, { formatTick, sparseNote: note });
    expect(layout.dashed).toBe(true);
    expect(layout.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(layout.note?.lines.map((l) => l.text).join(' ')).toBe(note);
  });

  it('draws a solid line without a note, or with three or more points', () => {
    expect(layoutLine(TOTALS, { formatTick }).dashed).toBe(false);
    const third: LinePoint = { ...TOTALS[1]!, key: '2024-02-01', date: '2024-02-01', dateText: '1 februari 2024' };
    const three = layoutLine([...TOTALS, third], { formatTick, sparseNote: note });
    expect(three.dashed).toBe(false);
    expect(three.note).toBeNull();
  });

  it('places points in date order on a time scale, even when given out of order', () => {
    const layout = layoutLine([TOTALS[1]!, TOTALS[0]!], { formatTick });
    expect(layout.points.map((p) => p.point.date)).toEqual(['2022-01-01', '2023-02-01']);
    expect(layout.points[0]!.x).toBeLessThan(layout.points[1]!.x);
  });

  it('measures heights from zero: 96 stands 96/44 as high as 44', () => {
    const layout = layoutLine(TOTALS, { formatTick });
    const [jan, feb] = layout.points;
    const bottom = layout.plot.bottom;
    expect((bottom - feb!.y) / (bottom - jan!.y)).toBeCloseTo(96 / 44, 6);
    expect(layout.yTicks[0]).toMatchObject({ value: 0, position: bottom });
  });

  it('shows both date texts and both values, inside the viewBox', () => {
    const layout = layoutLine(TOTALS, { formatTick, compact: true });
    for (const p of layout.points) {
      expect(p.showDate && p.showValue).toBe(true);
      expect(p.x).toBeGreaterThan(layout.plot.left);
      expect(p.x).toBeLessThan(layout.width);
    }
    expect(layout.height).toBeLessThanOrEqual(220);
  });

  it('leaves out date texts that would collide, but always keeps the latest', () => {
    const layout = layoutLine(monthly(FEW_POINTS), { formatTick, compact: true });
    const shown = layout.points.filter((p) => p.showDate);
    expect(shown.length).toBeLessThan(FEW_POINTS);
    expect(shown.length).toBeGreaterThan(1);
    expect(layout.points[FEW_POINTS - 1]!.showDate).toBe(true);
  });

  it(`with up to ${FEW_POINTS} points makes every point a mark with its own axis tick`, () => {
    for (const points of [TOTALS, monthly(FEW_POINTS)]) {
      const layout = layoutLine(points, { formatTick });
      expect(layout.points.every((p) => p.mark && p.tick && p.valueX === p.x)).toBe(true);
      expect(layout.xTicks).toEqual([]);
      expect(layout.labelHalo).toBe(false);
    }
  });

  it('gives an unknown value no place in the line', () => {
    const points = [...TOTALS, { ...TOTALS[1]!, key: 'x', date: '2024-02-01', value: null, valueText: 'onbekend' }];
    const layout = layoutLine(points, { formatTick });
    expect(layout.path?.split('L')).toHaveLength(2);
    expect(layout.points[2]!.y).toBe(layout.plot.bottom);
  });
});

describe('layoutLine with many points', () => {
  it('labels 120 monthly counts only at the last, first, highest and lowest, none overlapping', () => {
    for (const compact of [false, true]) {
      const points = national();
      const layout = layoutLine(points, { formatTick, compact });
      const values = points.map((p) => p.value ?? 0);
      const labelled = layout.points.filter((p) => p.showValue).map((p) => p.point.key);
      expect(labelled).toHaveLength(4);
      expect(labelled).toEqual(
        expect.arrayContaining([
          points[0]!.key,
          points[119]!.key,
          points[values.lastIndexOf(Math.max(...values))]!.key,
          points[values.lastIndexOf(Math.min(...values))]!.key,
        ]),
      );
      expect(layout.labelHalo).toBe(true);
      expectReadable(layout, compact);
    }
  });

  it('puts year ticks on the axis of ten years of months, not a tick per date', () => {
    const wide = layoutLine(national(), { formatTick });
    expect(wide.xTicks.map((t) => t.label)).toEqual(['2016', '2018', '2020', '2022', '2024']);
    expect(wide.xTicks[0]!.position).toBeCloseTo(wide.points[0]!.x, 6);
    const compact = layoutLine(national(), { formatTick, compact: true });
    expect(compact.xTicks.length).toBeLessThanOrEqual(5);
  });

  it('draws monthly data as a solid line without the sparse note, whatever the caller passes', () => {
    const layout = layoutLine(national(), { formatTick, sparseNote: note });
    expect(layout.dashed).toBe(false);
    expect(layout.note).toBeNull();
    expect(layout.path?.split('L')).toHaveLength(120);
  });

  it('stays readable for 13 to 200 points of every shape, always showing the latest value', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const shapes: Record<string, (i: number, n: number) => number | null> = {
      rising: (i) => 100 + 5 * i,
      falling: (i) => 12000 - 37 * i,
      flat: () => 300,
      spike: (i, n) => (i === Math.floor(n / 2) ? 2000 : 300 + (i % 5)),
      endLow: (i, n) => (i === n - 2 ? 5 : 400 + (i % 7)),
      unknowns: (i, n) => (i % 9 === 4 || i === n - 1 ? null : 200 + Math.round(80 * Math.sin(i / 7))),
    };
    for (const n of [13, 24, 60, 120, 200]) {
      let walk = 5000;
      const walked = Array.from({ length: n }, () => (walk = Math.max(0, Math.round(walk + (random() - 0.5) * 900))));
      const all: Record<string, (i: number, n: number) => number | null> = { ...shapes, walk: (i) => walked[i] ?? 0 };
      for (const [name, value] of Object.entries(all)) {
        for (const compact of [false, true]) {
          const layout = layoutLine(
            monthly(n, (i) => value(i, n), 2009),
            { formatTick, compact },
          );
          const labelled = layout.points.filter((p) => p.showValue);
          expect([name, labelled.length <= 4]).toEqual([name, true]);
          expect([name, layout.points[n - 1]!.showValue]).toEqual([name, true]);
          expectReadable(layout, compact);
        }
      }
    }
  });

  it('labels a flat line once at each end: the highest and lowest are those points', () => {
    const layout = layoutLine(
      monthly(120, () => 300),
      { formatTick },
    );
    expect(layout.points.filter((p) => p.showValue).map((p) => p.point.key)).toEqual(['2022-01-01', '2031-12-01']);
  });

  it('over a short span uses spread count dates with their own text, inside the viewBox', () => {
    const weekly: LinePoint[] = Array.from({ length: 30 }, (_, i) => {
      const date = new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);
      return {
        key: date,
        date,
        dateText: `week ${i + 1} 2024`,
        label: date,
        value: 40 + (i % 6),
        valueText: String(40 + (i % 6)),
        ariaLabel: date,
      };
    });
    for (const compact of [false, true]) {
      const layout = layoutLine(weekly, { formatTick, compact });
      expect(layout.xTicks.length).toBeGreaterThanOrEqual(3);
      expect(layout.xTicks.every((t) => /^week \d+ 2024$/.test(t.label))).toBe(true);
      expectReadable(layout, compact);
    }
  });
});

describe('parseDate', () => {
  it('reads a plain ISO date as midnight UTC', () => {
    expect(parseDate('2023-02-01').toISOString()).toBe('2023-02-01T00:00:00.000Z');
  });
});

describe('stretches without counts', () => {
  const gapNote = 'Gestreept: tussen die peildata ligt een langere pauze dan gewoonlijk';

  it('dashes the stretch across a pause longer than the usual interval, draws the rest solid and says why', () => {
    // January 2022, then monthly from 2023: the 12-month pause is dashed.
    const points = [monthly(1, () => 44)[0]!, ...monthly(6, (i) => 90 + i, 2023)];
    const layout = layoutLine(points, { formatTick, sparseNote: note, gapNote });
    expect(layout.segments.map((s) => s.dashed)).toEqual([true, false]);
    expect(layout.segments[0]!.path.split('L')).toHaveLength(2);
    expect(layout.segments[1]!.path.split('L')).toHaveLength(6);
    expect(layout.note?.lines.map((l) => l.text).join(' ')).toContain('langere pauze');
    // every count date keeps its mark
    expect(layout.points.every((p) => p.mark)).toBe(true);
  });

  it('draws counts at a steady interval solid, without a note', () => {
    const layout = layoutLine(monthly(12), { formatTick, sparseNote: note, gapNote });
    expect(layout.segments.map((s) => s.dashed)).toEqual([false]);
    expect(layout.note).toBeNull();
  });

  it('keeps two counts one dashed line with the two-count note', () => {
    const layout = layoutLine(TOTALS, { formatTick, sparseNote: note, gapNote });
    expect(layout.segments).toEqual([{ path: layout.path, dashed: true }]);
    expect(layout.note?.lines.map((l) => l.text).join(' ')).toContain('Twee peildata');
  });
});
