import { describe, expect, it } from '@jest/globals';
import { layoutBars } from './barLayout';
import { layoutGroupedBars } from './groupedBarLayout';
import { layoutLine } from './lineLayout';
import { layoutMap } from './mapLayout';
import { layoutShares } from './shareLayout';
import { CHART_EM, CHART_FONT } from './sizes';
import { caseMarks, contributionGroups, regionFeatures, SHARE_SERIES, shareRows, TOTALS, YEARS } from './testData';

const formatTick = (v: number) => String(v);

/** Every font size the layouts use, at `width`. */
function fontSizes(width: number, compact: boolean): number[] {
  const bars = layoutBars(caseMarks(), { formatTick, compact, width });
  return [
    bars.fontSize,
    bars.tickFontSize,
    ...Object.values(layoutGroupedBars(contributionGroups(), YEARS, { formatTick, compact, width }).font),
    ...Object.values(layoutLine(TOTALS, { formatTick, compact, width }).font),
    ...Object.values(layoutShares(shareRows(), SHARE_SERIES, { formatTick, compact, width }).font),
    ...Object.values(layoutMap(regionFeatures(), caseMarks(), { formatTick, legendTitle: 'Casussen', compact, width }).font),
  ];
}

describe('chart text', () => {
  it.each([
    [420, true],
    [640, false],
    [1200, false],
    [2000, false],
  ])('is the same size in every chart, compact or not, at width %i: the body text’s size or a tenth less', (width, compact) => {
    for (const size of fontSizes(width, compact)) {
      expect(size).toBeLessThanOrEqual(CHART_EM);
      expect(size).toBeGreaterThanOrEqual(CHART_FONT.small);
    }
    expect(CHART_FONT.small / CHART_EM).toBeGreaterThanOrEqual(0.88);
  });

  it('gives a wider chart longer bars, not larger text', () => {
    const narrow = layoutBars(caseMarks(), { formatTick, width: 640 });
    const wide = layoutBars(caseMarks(), { formatTick, width: 1600 });
    expect(wide.width).toBe(1600);
    expect(wide.fontSize).toBe(narrow.fontSize);
    expect(wide.plot.right - wide.plot.left).toBeGreaterThan(2 * (narrow.plot.right - narrow.plot.left));
    expect(wide.height).toBe(narrow.height);
  });
});
