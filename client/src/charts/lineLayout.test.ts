import { describe, expect, it } from '@jest/globals';
import { layoutLine, parseDate } from './lineLayout';
import { TOTALS } from './testData';
import type { LinePoint } from './types';

const formatTick = (value: number) => String(value);
const note = 'Twee peildata: het verloop daartussen is niet bekend';

function monthly(count: number): LinePoint[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2022, i, 1)).toISOString().slice(0, 10);
    return { key: date, date, dateText: `1 september ${2022 + Math.floor(i / 12)}`, label: date, value: 40 + i, valueText: String(40 + i), ariaLabel: date };
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
    const layout = layoutLine(monthly(24), { formatTick });
    const shown = layout.points.filter((p) => p.showDate);
    expect(shown.length).toBeLessThan(24);
    expect(shown.length).toBeGreaterThan(1);
    expect(layout.points[23]!.showDate).toBe(true);
  });

  it('gives an unknown value no place in the line', () => {
    const points = [...TOTALS, { ...TOTALS[1]!, key: 'x', date: '2024-02-01', value: null, valueText: 'onbekend' }];
    const layout = layoutLine(points, { formatTick });
    expect(layout.path?.split('L')).toHaveLength(2);
    expect(layout.points[2]!.y).toBe(layout.plot.bottom);
  });
});

describe('parseDate', () => {
  it('reads a plain ISO date as midnight UTC', () => {
    expect(parseDate('2023-02-01').toISOString()).toBe('2023-02-01T00:00:00.000Z');
  });
});
