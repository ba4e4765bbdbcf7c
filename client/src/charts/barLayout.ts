import { CHART_FONT, COMPACT_WIDTH, isNarrow, NORMAL_WIDTH } from './sizes';
import { max, min } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { markerBox } from './markerBox';
import { maxTextWidth, textWidth, wrapText } from './textWidth';
import { axisStart, fitTicks, type Tick } from './ticks';
import type { Mark } from './types';

export interface BarLayoutOptions {
  apart?: Mark[];
  formatTick: (value: number) => string;
  compact?: boolean;
  highlight?: string;
  /** Width of the viewBox. */
  width?: number;
}

export interface BarRow {
  mark: Mark;
  apart: boolean;
  highlighted: boolean;
  /** The bar; absent when the value is null. */
  bar: { x: number; y: number; width: number; height: number } | null;
  rowTop: number;
  rowHeight: number;
  /** Vertical centre of the row, where label and value text sit. */
  textY: number;
  /** Right end of the label (text-anchor end); in the narrow layout its start (labelAnchor). */
  labelX: number;
  /** The label's lines (more than one only in the narrow layout) and the middle of the first. */
  labelLines: string[];
  labelY: number;
  /** Start of the value text, just past the bar end. */
  valueX: number;
  /** Left edge of the explanations' numbered marker, past the value text; null without one. */
  markerX: number | null;
}

export interface BarLayout {
  width: number;
  height: number;
  rows: BarRow[];
  ticks: Tick[];
  /** The rule above the `apart` rows; null without them. */
  separator: { y: number; x1: number; x2: number } | null;
  plot: { left: number; right: number; top: number; bottom: number };
  fontSize: number;
  tickFontSize: number;
  /** Labels end left of the bars; in the narrow layout they start above them, wrapped. */
  labelAnchor: 'start' | 'end';
  /** Between the label's lines. */
  lineHeight: number;
  /** True when `highlight` names one of the marks: the other bars then step back. */
  highlighting: boolean;
}

const SIZES = {
  normal: { row: 38, barRatio: 0.64, font: CHART_FONT.text, tick: CHART_FONT.small, ticks: 5, gap: 14 },
  compact: { row: 24, barRatio: 0.68, font: CHART_FONT.text, tick: CHART_FONT.small, ticks: 3, gap: 10 },
};

/** Space between a value and its explanations' marker. */
const MARKER_GAP = 8;

/**
 * The narrow layout (a 320 px phone): names above their bars, wrapped, at full width. A text's box
 * runs from 0.72 em above its middle to 0.64 em below; the bar is as high as a value's text box.
 */
const NARROW = { lineHeight: 1.25, bar: 22, pad: 8 };

/** The least share of the chart's width the bars get (compact charts, three in a row, have less to spare). */
const MIN_PLOT_SHARE = { normal: 0.4, compact: 0.3 };

/** Largest first, unknown values last, equal values alphabetically (Dutch collation). */
export function sortMarks(marks: Mark[]): Mark[] {
  return [...marks].sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return b.value - a.value;
    }
    return a.label.localeCompare(b.label, 'nl');
  });
}

/** Horizontal bars: labels left, bars from 0, value text right of each bar end. */
export function layoutBars(data: Mark[], options: BarLayoutOptions): BarLayout {
  const { apart = [], formatTick, compact = false, highlight, width: minWidth = compact ? COMPACT_WIDTH : NORMAL_WIDTH } = options;
  const size = compact ? SIZES.compact : SIZES.normal;
  const sorted = sortMarks(data);
  const all = [...sorted, ...apart];
  const top = 4;

  // Label column fits the longest name (bold, in case it is highlighted); value column the longest value.
  const labelWidth = maxTextWidth(
    all.map((m) => m.label),
    size.font,
    true,
  );
  // A mark with explanations has their numbered marker past its value.
  const markerSpace = (m: Mark) => (m.marker ? MARKER_GAP + markerBox(m.marker).width : 0);
  const valueWidth = Math.max(0, ...all.map((m) => textWidth(m.valueText, size.font, true) + markerSpace(m)));
  const narrow = isNarrow(minWidth, compact);
  if (narrow) return layoutNarrowBars(sorted, apart, { formatTick, size, width: minWidth, valueWidth, highlight });
  const left = Math.ceil(labelWidth + 16);
  // Long names ("Personen met onbegrepen gedrag met hoge veiligheidsrisico's") and long values
  // ("afgeschermd") would leave the bars no room, or less than none: the view box widens instead,
  // so the bars keep at least 40 % of it (and the text is drawn smaller, not cut off).
  const width = Math.max(minWidth, Math.ceil((left + valueWidth + 14) / (1 - MIN_PLOT_SHARE[compact ? 'compact' : 'normal'])));
  const right = Math.floor(width - valueWidth - 14);

  const values = all.map((m) => m.value).filter((v): v is number => v !== null);
  const high = Math.max(0, max(values) ?? 0);
  const low = Math.min(0, min(values) ?? 0);
  const x = scaleLinear()
    .domain([low, high > low ? high : low + 1])
    .nice(5) // not size.ticks: three ticks would round 45 up to 60 and waste a quarter of the width
    .range([left, right]);

  const mainBottom = top + sorted.length * size.row;
  const band = scaleBand<string>()
    .domain(sorted.map((m) => m.key))
    .range([top, mainBottom])
    .padding(0);
  const apartTop = mainBottom + size.gap;
  const bottom = apart.length ? apartTop + apart.length * size.row : mainBottom;
  const highlighting = highlight !== undefined && all.some((m) => m.key === highlight);

  const row = (mark: Mark, rowTop: number, isApart: boolean): BarRow => {
    const barHeight = size.row * size.barRatio;
    const barY = rowTop + (size.row - barHeight) / 2;
    const zero = x(0);
    const end = mark.value === null ? zero : x(mark.value);
    return {
      mark,
      apart: isApart,
      highlighted: highlighting && mark.key === highlight,
      bar: mark.value === null ? null : { x: Math.min(zero, end), y: barY, width: Math.abs(end - zero), height: barHeight },
      rowTop,
      rowHeight: size.row,
      textY: rowTop + size.row / 2,
      labelX: left - 10,
      labelLines: [mark.label],
      labelY: rowTop + size.row / 2,
      valueX: Math.max(zero, end) + 7,
      markerX: mark.marker ? Math.max(zero, end) + 7 + textWidth(mark.valueText, size.font, true) + MARKER_GAP : null,
    };
  };

  const rows = [...sorted.map((m) => row(m, band(m.key) ?? top, false)), ...apart.map((m, i) => row(m, apartTop + i * size.row, true))];

  return {
    width,
    height: Math.ceil(bottom + size.tick + 10),
    rows,
    ticks: fitTicks(x, size.ticks, formatTick, size.tick),
    separator: apart.length ? { y: mainBottom + size.gap / 2, x1: 4, x2: width - 4 } : null,
    plot: { left, right, top, bottom },
    fontSize: size.font,
    tickFontSize: size.tick,
    labelAnchor: 'end',
    lineHeight: size.font,
    highlighting,
  };
}

/**
 * Bars on a narrow screen: each name above its bar (wrapped to the width where long), the bars
 * across the full width from a thin left margin, the value right of each bar end as always.
 */
function layoutNarrowBars(
  sorted: Mark[],
  apart: Mark[],
  {
    formatTick,
    size,
    width,
    valueWidth,
    highlight,
  }: {
    formatTick: (value: number) => string;
    size: (typeof SIZES)['normal'];
    width: number;
    valueWidth: number;
    highlight: string | undefined;
  },
): BarLayout {
  const all = [...sorted, ...apart];
  const top = 4;
  const right = Math.floor(width - valueWidth - 14);
  const font = size.font;
  const lineHeight = font * NARROW.lineHeight;
  const values = all.map((m) => m.value).filter((v): v is number => v !== null);
  const high = Math.max(0, max(values) ?? 0);
  const low = Math.min(0, min(values) ?? 0);
  const left = axisStart(low, formatTick, size.tick);
  const x = scaleLinear()
    .domain([low, high > low ? high : low + 1])
    .nice(5)
    .range([left, right]);
  const highlighting = highlight !== undefined && all.some((m) => m.key === highlight);

  const rows: BarRow[] = [];
  let rowTop = top;
  let separator: BarLayout['separator'] = null;
  for (const [i, mark] of all.entries()) {
    const isApart = i >= sorted.length;
    if (isApart && !separator) {
      separator = { y: rowTop + size.gap / 2, x1: 4, x2: width - 4 };
      rowTop += size.gap;
    }
    // Bold names are some 6 % wider than wrapText reckons.
    const lines = wrapText(mark.label, font, (width - left - 6) / 1.06);
    const labelY = rowTop + 2 + 0.72 * font;
    const barY = labelY + (lines.length - 1) * lineHeight + 0.64 * font + 2;
    const zero = x(0);
    const end = mark.value === null ? zero : x(mark.value);
    const rowHeight = barY + NARROW.bar + NARROW.pad - rowTop;
    rows.push({
      mark,
      apart: isApart,
      highlighted: highlighting && mark.key === highlight,
      bar: mark.value === null ? null : { x: Math.min(zero, end), y: barY, width: Math.abs(end - zero), height: NARROW.bar },
      rowTop,
      rowHeight,
      textY: barY + NARROW.bar / 2,
      labelX: left + 4,
      labelLines: lines,
      labelY,
      valueX: Math.max(zero, end) + 7,
      markerX: mark.marker ? Math.max(zero, end) + 7 + textWidth(mark.valueText, font, true) + MARKER_GAP : null,
    });
    rowTop += rowHeight;
  }
  const bottom = rowTop;
  return {
    width,
    height: Math.ceil(bottom + size.tick + 10),
    rows,
    ticks: fitTicks(x, size.ticks, formatTick, size.tick),
    separator,
    plot: { left, right, top, bottom },
    fontSize: font,
    tickFontSize: size.tick,
    labelAnchor: 'start',
    lineHeight,
    highlighting,
  };
}
