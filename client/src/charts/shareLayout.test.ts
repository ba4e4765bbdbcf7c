import { describe, expect, it } from '@jest/globals';
import { layoutShares, markerPath } from './shareLayout';
import { SHARE_SERIES, shareRows } from './testData';

const formatTick = (value: number) => `${Math.round(value * 100)}%`;

describe('layoutShares', () => {
  const layout = layoutShares(shareRows(), SHARE_SERIES, { formatTick });

  it('has one row per municipality and a marker per series', () => {
    expect(layout.rows).toHaveLength(7);
    for (const row of layout.rows) expect(row.markers.map((m) => m.mark.series)).toEqual(['bijdrage', 'casussen', 'gelijk']);
  });

  it('places markers on a shared axis from 0%: Zaanstad’s 45 of 96 cases lie 15 times as far out as Edam-Volendam’s 3', () => {
    const zero = layout.ticks[0]!;
    expect(zero.label).toBe('0%');
    const cases = (label: string) => layout.rows.find((r) => r.label === label)!.markers.find((m) => m.mark.series === 'casussen')!;
    expect((cases('Zaanstad').x! - zero.position) / (cases('Edam-Volendam').x! - zero.position)).toBeCloseTo(45 / 3, 6);
  });

  it('joins each row from its smallest to its largest share', () => {
    const zaanstad = layout.rows.find((r) => r.label === 'Zaanstad')!;
    const xs = zaanstad.markers.map((m) => m.x!);
    expect(zaanstad.range).toEqual({ x1: Math.min(...xs), x2: Math.max(...xs) });
  });

  it('gives each series its own lane in the row, so equal shares never hide each other', () => {
    const row = layout.rows[0]!;
    const ys = row.markers.map((m) => m.y);
    expect(new Set(ys).size).toBe(3);
    expect(ys[1]).toBe(row.y);
  });

  it('shows value columns at the right, but not in the compact version', () => {
    expect(layout.columns.map((c) => c.seriesIndex)).toEqual([0, 1, 2]);
    expect(Math.max(...layout.rows.flatMap((r) => r.markers.map((m) => m.x!)))).toBeLessThan(layout.columns[0]!.x - 30);
    const compact = layoutShares(shareRows(), SHARE_SERIES, { formatTick, compact: true });
    expect(compact.columns).toEqual([]);
    expect(compact.height).toBeLessThanOrEqual(265); // with names at the body text's size
  });
});

describe('markerPath', () => {
  it('draws a different shape per kind', () => {
    const paths = (['circle', 'square', 'triangle'] as const).map((shape) => markerPath(shape, 7));
    expect(new Set(paths).size).toBe(3);
    expect(paths[0]).toContain('A'); // a circle is drawn with arcs
    expect(paths[1]).toMatch(/^M[-\d.]+,[-\d.]+h[\d.]+v[\d.]+h-[\d.]+Z$/); // four straight sides
    expect(paths[2]!.split('L')).toHaveLength(3); // three corners
  });
});
