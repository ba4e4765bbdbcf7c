/**
 * The narrow layouts: every chart on a 320 px phone, laid out for its box of about 240 units, so
 * its text keeps the body text's size. Names go above the bars, dates over two lines, the map's
 * legend below the map; nothing is left out and no text box runs into another or out of the view
 * box. A text's box reaches 0.72 em above the middle it is centred on and 0.64 em below.
 */
import { describe, expect, it } from '@jest/globals';
import { layoutBars } from './barLayout';
import { LABEL_LINE, layoutGroupedBars } from './groupedBarLayout';
import { layoutLine, splitYear } from './lineLayout';
import { layoutMap } from './mapLayout';
import { layoutShares } from './shareLayout';
import { CHART_FONT, isNarrow, LEAST_WIDTH } from './sizes';
import { caseMarks, contributionGroups, euro, regionFeatures, SHARE_SERIES, shareRows, TOTALS, unspecified, YEARS } from './testData';
import { textWidth } from './textWidth';
import type { Mark } from './types';

const NARROW = 240;
const formatTick = (value: number) => String(value);
const mark = (key: string, label: string, value: number): Mark => ({ key, label, value, valueText: String(value), ariaLabel: label });
const DOMAINS = [
  mark('hg', 'Ernstig huiselijk geweld', 61),
  mark('og', "Personen met onbegrepen gedrag met hoge veiligheidsrisico's", 42),
  mark('nz', "Nazorg aan ex-gedetineerden met veiligheidsrisico's", 15),
  mark('mh', 'Mensenhandel', 6),
];

describe('the least widths', () => {
  it('lay a chart out for a 320 px phone’s box (238 units) rather than scale it down', () => {
    expect(LEAST_WIDTH.normal).toBeLessThanOrEqual(240);
    expect(LEAST_WIDTH.compact).toBeLessThanOrEqual(240);
    // The smallest chart text stays at 12 px or more down to a box of 185 px.
    expect((CHART_FONT.small * 185) / Math.max(LEAST_WIDTH.normal, LEAST_WIDTH.compact)).toBeGreaterThanOrEqual(11.9);
  });

  it('switch to the narrow layouts only below the widths the side-by-side layouts were made for', () => {
    expect([isNarrow(419, false), isNarrow(420, false), isNarrow(299, true), isNarrow(300, true)]).toEqual([true, false, true, false]);
  });
});

describe('bars on a narrow screen', () => {
  for (const compact of [false, true]) {
    it(`${compact ? 'compact' : 'full size'}: names above their bars, wrapped, in a view box no wider than the box`, () => {
      const layout = layoutBars(DOMAINS, { formatTick, compact, width: NARROW });
      expect(layout.width).toBe(NARROW);
      expect(layout.labelAnchor).toBe('start');
      const font = layout.fontSize;
      for (const row of layout.rows) {
        for (const line of row.labelLines) expect(row.labelX + textWidth(line, font, true)).toBeLessThanOrEqual(NARROW);
        // The name's last line ends above the value text beside the bar, which is inside the bar's height.
        const nameBottom = row.labelY + (row.labelLines.length - 1) * layout.lineHeight + 0.64 * font;
        expect(row.textY - 0.72 * font).toBeGreaterThanOrEqual(nameBottom - 1);
        expect(row.bar!.y).toBeGreaterThan(nameBottom - 1);
        expect(row.valueX + textWidth(row.mark.valueText, font, true)).toBeLessThanOrEqual(NARROW);
        // Next row below the value text.
        expect(row.rowTop + row.rowHeight).toBeGreaterThanOrEqual(row.textY + 0.64 * font - 1);
      }
      const og = layout.rows.find((row) => row.mark.key === 'og')!;
      expect(og.labelLines.length).toBeGreaterThan(1);
      expect(og.labelLines.join(' ')).toBe("Personen met onbegrepen gedrag met hoge veiligheidsrisico's");
      // Bars from a thin margin, across the width.
      expect(layout.plot.left).toBeLessThan(10);
      expect(layout.rows[0]!.bar!.width).toBeGreaterThan(0.6 * NARROW);
    });
  }

  it('keeps the apart marks below the rule', () => {
    const layout = layoutBars(caseMarks(), { formatTick, apart: [unspecified], width: NARROW });
    const last = layout.rows.at(-1)!;
    expect(last.apart).toBe(true);
    expect(layout.separator!.y).toBeGreaterThan(layout.rows.at(-2)!.rowTop + layout.rows.at(-2)!.rowHeight - 0.01);
    expect(layout.separator!.y).toBeLessThan(last.rowTop);
  });

  it('keeps the side-by-side layout from 420 units on', () => {
    const layout = layoutBars(caseMarks(), { formatTick, width: 420 });
    expect(layout.labelAnchor).toBe('end');
    expect(layout.rows.every((row) => row.labelY === row.textY && row.labelLines.length === 1)).toBe(true);
  });
});

describe('grouped bars on a narrow screen', () => {
  const groups = [
    ...contributionGroups(),
    {
      key: 'long',
      label: 'Casussen per 10.000 inwoners van de gemeente',
      values: [{ key: 'long-2024', label: '2023', series: YEARS[0]!.key, value: 10, valueText: euro(10), ariaLabel: 'x' }],
    },
  ];
  for (const compact of [false, true]) {
    it(`${compact ? 'compact' : 'full size'}: each name above its group, wrapped, clear of the bars' values`, () => {
      const layout = layoutGroupedBars(groups, YEARS, { formatTick, compact, width: NARROW });
      expect(layout.width).toBe(NARROW);
      expect(layout.labelAnchor).toBe('start');
      const { label, value } = layout.font;
      for (const group of layout.groups) {
        for (const line of group.labelLines) expect(layout.labelX + textWidth(line, label)).toBeLessThanOrEqual(NARROW - 4);
        const nameBottom = group.labelY + (group.labelLines.length - 1) * LABEL_LINE + 0.64 * label;
        const first = group.bars[0]!;
        expect(first.textY - 0.72 * value).toBeGreaterThanOrEqual(nameBottom - 1);
        // Values of neighbouring bars: their text boxes apart.
        group.bars.slice(1).forEach((bar, i) => expect(bar.textY - group.bars[i]!.textY).toBeGreaterThanOrEqual(1.36 * value - 1));
        for (const bar of group.bars) expect(bar.valueEnd).toBeLessThanOrEqual(NARROW);
      }
      expect(layout.groups.at(-1)!.labelLines.length).toBeGreaterThan(1);
      // The next group's name below this group's last value.
      layout.groups.slice(1).forEach((group, i) => {
        const above = layout.groups[i]!;
        expect(group.labelY - 0.72 * label).toBeGreaterThanOrEqual(above.bars.at(-1)!.textY + 0.64 * value - 1);
      });
    });
  }

  it('keeps the side-by-side layout from 420 units on', () => {
    const layout = layoutGroupedBars(contributionGroups(), YEARS, { formatTick, width: 420 });
    expect(layout.labelAnchor).toBe('end');
    expect(layout.labelX).toBe(layout.plot.left - 10);
  });
});

describe('the share comparison on a narrow screen', () => {
  it('puts each name above its markers and the value columns on a line below them, all inside the box', () => {
    const layout = layoutShares(shareRows(), SHARE_SERIES, { formatTick, width: NARROW });
    const { label, value } = layout.font;
    expect(layout.columns).toHaveLength(SHARE_SERIES.length);
    expect(layout.plot.right).toBe(NARROW - 6);
    for (const row of layout.rows) {
      const markersTop = Math.min(...row.markers.map((m) => m.y)) - layout.radius;
      const markersBottom = Math.max(...row.markers.map((m) => m.y)) + layout.radius;
      expect(row.labelY + 0.64 * label).toBeLessThanOrEqual(markersTop);
      expect(row.valueY - 0.72 * value).toBeGreaterThanOrEqual(markersBottom);
      expect(layout.labelX + textWidth(row.label, label)).toBeLessThanOrEqual(NARROW);
    }
    layout.rows
      .slice(1)
      .forEach((row, i) => expect(row.labelY - 0.72 * label).toBeGreaterThanOrEqual(layout.rows[i]!.valueY + 0.64 * value - 1));
    // The columns do not run into each other.
    const widest = (seriesIndex: number) =>
      Math.max(
        ...layout.rows.flatMap((row) =>
          row.markers.filter((m) => m.seriesIndex === seriesIndex).map((m) => textWidth(m.mark.valueText, value, true)),
        ),
      );
    layout.columns.slice(1).forEach((column, i) => expect(column.x - layout.columns[i]!.x).toBeGreaterThan(widest(column.seriesIndex)));
  });
});

describe('the trend on a narrow screen', () => {
  it('splits a date before its year', () => {
    expect(splitYear('1 februari 2023')).toEqual(['1 februari', '2023']);
    expect(splitYear('januari 2022')).toEqual(['januari', '2022']);
    expect(splitYear('2022')).toEqual(['2022']);
  });

  it('shows both dates of two counts, each over two lines, inside the box', () => {
    const layout = layoutLine(TOTALS.slice(0, 2), { formatTick, width: NARROW });
    expect(layout.points.every((p) => p.showDate && p.dateLines.length === 2)).toBe(true);
    for (const p of layout.points) {
      const half = Math.max(...p.dateLines.map((line) => textWidth(line, layout.font.date))) / 2;
      expect(p.x - half).toBeGreaterThanOrEqual(0);
      expect(p.x + half).toBeLessThanOrEqual(NARROW);
    }
    expect(layout.height).toBeGreaterThanOrEqual(layout.dateY + layout.dateLineHeight);
  });

  it('puts a date with no room beside its neighbours a row lower instead of leaving it out', () => {
    const points = [
      TOTALS[0]!,
      TOTALS[1]!,
      { ...TOTALS[1]!, key: '2024-06-01', date: '2024-06-01', dateText: '1 juni 2024', value: 140, valueText: '140' },
    ];
    const layout = layoutLine(points, { formatTick, width: NARROW });
    expect(layout.points.map((p) => p.showDate)).toEqual([true, true, true]);
    const [first, middle, last] = layout.points;
    expect(first!.dateY).toBe(last!.dateY);
    // Below the two lines of its neighbours' dates, their text boxes clear.
    expect(middle!.dateY - 1.07 * layout.font.date).toBeGreaterThanOrEqual(first!.dateY + layout.dateLineHeight + 0.3 * layout.font.date);
    expect(layout.height).toBeGreaterThanOrEqual(middle!.dateY + layout.dateLineHeight);
  });

  it('with many points: year ticks that fit, and the value texts inside the box', () => {
    const points = Array.from({ length: 36 }, (_, i) => {
      const date = new Date(Date.UTC(2021, i, 1)).toISOString().slice(0, 10);
      return {
        key: date,
        label: date,
        date,
        dateText: date,
        value: 40 + (i % 7) * 3,
        valueText: String(40 + (i % 7) * 3),
        ariaLabel: date,
      };
    });
    const layout = layoutLine(points, { formatTick, width: NARROW });
    expect(layout.xTicks.length).toBeGreaterThanOrEqual(2);
    for (const tick of layout.xTicks) {
      expect(tick.position - textWidth(tick.label, layout.font.date) / 2).toBeGreaterThanOrEqual(0);
      expect(tick.position + textWidth(tick.label, layout.font.date) / 2).toBeLessThanOrEqual(NARROW);
    }
    for (const p of layout.points.filter((p) => p.showValue)) {
      const half = textWidth(p.point.valueText, layout.font.value, true) / 2;
      expect(p.valueX - half).toBeGreaterThanOrEqual(0);
      expect(p.valueX + half).toBeLessThanOrEqual(NARROW);
    }
  });

  it('keeps one-line dates from 420 units on', () => {
    const layout = layoutLine(TOTALS.slice(0, 2), { formatTick, width: 420 });
    expect(layout.points.every((p) => p.dateLines.length === 1)).toBe(true);
  });
});

describe('the map on a narrow screen', () => {
  it('takes the whole width, with every label inside it and the legend below the map', () => {
    const layout = layoutMap(regionFeatures(), caseMarks(), { formatTick, legendTitle: 'Casussen op 1 februari 2023', width: NARROW });
    expect(layout.width).toBe(NARROW);
    expect(layout.legend.x).toBeLessThan(10);
    const mapBottom = Math.max(...layout.labels.map((l) => l.box.y + l.box.height / 2));
    expect(layout.legend.title[0]!.y - layout.font.legend).toBeGreaterThanOrEqual(mapBottom);
    for (const l of layout.labels) {
      expect(l.box.x - l.box.width / 2).toBeGreaterThanOrEqual(0);
      expect(l.box.x + l.box.width / 2).toBeLessThanOrEqual(NARROW);
      // Name and value texts clear of each other.
      expect(l.valueY - 1.07 * layout.font.value).toBeGreaterThanOrEqual(l.nameY + 0.3 * layout.font.name - 1);
    }
    expect(layout.height).toBeGreaterThan(layout.attributionY);
  });
});

describe('axes on a narrow screen', () => {
  const inside = (layout: { width: number; ticks: { position: number; label: string }[] }, fontSize: number) =>
    layout.ticks.every(
      (t) => t.position - textWidth(t.label, fontSize) / 2 >= 0 && t.position + textWidth(t.label, fontSize) / 2 <= layout.width,
    );

  it('keep every tick text, the first "€ 0" too, inside the view box', () => {
    const bars = layoutBars(caseMarks(), { formatTick: euro, width: NARROW });
    expect(bars.ticks.length).toBeGreaterThanOrEqual(2);
    expect(inside(bars, bars.tickFontSize)).toBe(true);
    const grouped = layoutGroupedBars(contributionGroups(), YEARS, { formatTick: euro, width: NARROW });
    expect(grouped.ticks.length).toBeGreaterThanOrEqual(2);
    expect(inside(grouped, grouped.font.tick)).toBe(true);
    const shares = layoutShares(shareRows(), SHARE_SERIES, { formatTick: (v) => `${Math.round(v * 100)}%`, width: NARROW });
    expect(inside(shares, shares.font.tick)).toBe(true);
  });
});
