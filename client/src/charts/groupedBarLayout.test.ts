import { describe, expect, it } from '@jest/globals';
import { layoutGroupedBars } from './groupedBarLayout';
import { YEARS, contributionGroups } from './testData';

const formatTick = (value: number) => `€ ${value}`;

describe('layoutGroupedBars', () => {
  const layout = layoutGroupedBars(contributionGroups(), YEARS, { formatTick });
  const zaanstad = layout.groups.find((g) => g.label === 'Zaanstad')!;

  it('keeps the groups in the given order, one row each, top to bottom', () => {
    expect(layout.groups.map((g) => g.label)).toEqual([
      'Edam-Volendam',
      'Landsmeer',
      'Oostzaan',
      'Purmerend',
      'Waterland',
      'Wormerland',
      'Zaanstad',
    ]);
    const tops = layout.groups.map((g) => g.top);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    for (let i = 1; i < layout.groups.length; i++) expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(layout.groups[0]!.height);
  });

  it('puts the series in the same order within every group, without overlap', () => {
    for (const group of layout.groups) {
      expect(group.bars.map((b) => b.mark.series)).toEqual(['2023', '2024']);
      const [first, second] = group.bars;
      expect(first!.bar!.y + first!.bar!.height).toBeLessThanOrEqual(second!.bar!.y);
    }
  });

  it('draws bar lengths proportional to the contributions', () => {
    const [y2023, y2024] = zaanstad.bars;
    expect(y2024!.bar!.width / y2023!.bar!.width).toBeCloseTo(137949 / 131804, 6);
    const oostzaan = layout.groups.find((g) => g.label === 'Oostzaan')!.bars[0]!;
    expect(y2023!.bar!.width / oostzaan.bar!.width).toBeCloseTo(131804 / 8139, 6);
  });

  it('places every value text right of its bar and inside the viewBox', () => {
    for (const bar of layout.groups.flatMap((g) => g.bars)) {
      expect(bar.valueX).toBeGreaterThan(bar.bar!.x + bar.bar!.width);
      expect(bar.valueEnd).toBeLessThanOrEqual(layout.width);
    }
  });

  it('has a legend entry per series and ticks from € 0', () => {
    expect(layout.legend.items.map((i) => i.label)).toEqual(['2023', '2024']);
    expect(layout.ticks[0]?.label).toBe('€ 0');
  });

  it('leaves out the axis in the compact version and stays short', () => {
    const compact = layoutGroupedBars(contributionGroups(), YEARS, { formatTick, compact: true });
    expect(compact.ticks).toEqual([]);
    expect(compact.height).toBeLessThan(layout.height);
    expect(compact.height).toBeLessThanOrEqual(290); // with names at the body text's size
  });
});
