import { CHART_FONT, COMPACT_WIDTH, isNarrow, NORMAL_WIDTH } from './sizes';
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3-shape';
import { layoutLegend, type LegendItemLayout } from './legendLayout';
import { maxTextWidth } from './textWidth';
import { axisStart, fitTicks, type Tick } from './ticks';
import type { ShareComparisonChartProps } from './types';

type Row = ShareComparisonChartProps['rows'][number];
type ShareSeries = ShareComparisonChartProps['series'][number];
export type Shape = ShareSeries['shape'];

export interface PlacedMarker {
  mark: Row['values'][number];
  seriesIndex: number;
  /** null for an unknown value: no marker, only its value text. */
  x: number | null;
  /** Centre: each series has its own lane within the row (above, middle, below), so equal values never hide each other. */
  y: number;
}

export interface PlacedRow {
  key: string;
  label: string;
  y: number;
  /** The middle of the name and of the value columns' texts: the row's middle, but on a narrow screen a line of their own above and below the markers. */
  labelY: number;
  valueY: number;
  /** Thin line from the smallest to the largest share: the gap at a glance. */
  range: { x1: number; x2: number } | null;
  markers: PlacedMarker[];
}

export interface ShareLayout {
  width: number;
  height: number;
  legend: { items: LegendItemLayout[]; height: number; swatch: number };
  rows: PlacedRow[];
  /** Light bands behind every other row, so the eye can follow a row to its value columns. */
  bands: { y: number; height: number }[];
  /** Value columns at the right, one per series (not in the compact version). */
  columns: { seriesIndex: number; x: number }[];
  headerY: number;
  ticks: Tick[];
  plot: { left: number; right: number; top: number; bottom: number };
  font: { label: number; value: number; tick: number; legend: number };
  /** Marker "radius": equal-area symbols of a circle with this radius. */
  radius: number;
  /** Names end left of the axis at labelX; on a narrow screen they start there, above each row's markers. */
  labelX: number;
  labelAnchor: 'start' | 'end';
}

const SIZES = {
  normal: {
    row: 44,
    radius: 7,
    lane: 12,
    label: CHART_FONT.text,
    value: CHART_FONT.small,
    tick: CHART_FONT.small,
    legend: CHART_FONT.small,
    ticks: 5,
  },
  compact: {
    row: 30,
    radius: 5,
    lane: 9,
    label: CHART_FONT.text,
    value: CHART_FONT.small,
    tick: CHART_FONT.small,
    legend: CHART_FONT.small,
    ticks: 3,
  },
};

const SYMBOLS = { circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle };

/** Path of a marker centred on (0, 0), with the area of a circle of `radius` (so no shape looks bigger). */
export function markerPath(shape: Shape, radius: number): string {
  return symbol(SYMBOLS[shape], Math.PI * radius * radius)() ?? '';
}

/** A dot plot: one row per municipality, a marker per series on a shared 0…max axis. */
export function layoutShares(
  rows: Row[],
  series: ShareSeries[],
  options: { formatTick: (value: number) => string; compact?: boolean; width?: number },
): ShareLayout {
  const { formatTick, compact = false, width = compact ? COMPACT_WIDTH : NORMAL_WIDTH } = options;
  const size = compact ? SIZES.compact : SIZES.normal;
  const r = size.radius;
  const narrow = isNarrow(width, compact);
  const legend = layoutLegend(series, { left: 4, top: 0, width: width - 8, fontSize: size.legend, swatchSize: r * 2 + 4 });

  // Value columns (normal size only), right-aligned, each as wide as its longest value.
  const columns: { seriesIndex: number; x: number }[] = [];
  let right = width - 6;
  if (!compact) {
    for (let i = series.length - 1; i >= 0; i--) {
      const key = series[i]?.key;
      const texts = rows.flatMap((row) => row.values.filter((v) => v.series === key).map((v) => v.valueText));
      columns.unshift({ seriesIndex: i, x: right });
      right -= Math.max(maxTextWidth(texts, size.value, true), 2 * r) + 14;
    }
    right -= 14;
  }
  // On a narrow screen the value columns have a line of their own below each row's markers.
  if (narrow) right = width - 6;

  const headerY = legend.height + (compact ? 0 : r + 8);
  const top = compact ? legend.height + 2 : headerY + r + 4;
  // Narrow: the markers start near the edge, as far in as the first tick's text needs.
  const left = narrow
    ? Math.max(4, axisStart(0, formatTick, size.tick) - r - 2)
    : Math.ceil(
        maxTextWidth(
          rows.map((row) => row.label),
          size.label,
        ) + 18,
      );
  // Narrow: the name's line (a text box reaches 0.72 em above its middle and 0.64 em below), the markers, the values' line.
  const spread = (series.length - 1) * size.lane;
  const narrowRow = {
    label: 0.72 * size.label,
    markers: 26 + spread / 2 + r + 2,
    values: 26 + spread + 2 * r + 4 + 0.72 * size.value + 1,
    height: 26 + spread + 2 * r + 4 + 1.36 * size.value + 6,
  };
  const rowHeight = narrow ? narrowRow.height : size.row;
  const bottom = top + rows.length * rowHeight;
  const high =
    max(
      rows.flatMap((row) => row.values),
      (v) => v.value,
    ) ?? 0;
  // Half a marker of room on both ends, so markers at 0 or at the maximum are not cut by the axis ends.
  const x = scaleLinear()
    .domain([0, high > 0 ? high : 1])
    .nice(5)
    .range([left + r + 2, right - r - 2]);
  const band = scaleBand<string>()
    .domain(rows.map((row) => row.key))
    .range([top, bottom]);

  const placed = rows.map((row): PlacedRow => {
    const rowTop = band(row.key) ?? top;
    const y = narrow ? rowTop + narrowRow.markers : rowTop + band.bandwidth() / 2;
    const markers = series.flatMap((s, seriesIndex) => {
      const mark = row.values.find((v) => v.series === s.key);
      const lane = y + (seriesIndex - (series.length - 1) / 2) * size.lane;
      return mark ? [{ mark, seriesIndex, x: mark.value === null ? null : x(mark.value), y: lane }] : [];
    });
    const xs = markers.flatMap((m) => (m.x === null ? [] : [m.x]));
    const range = xs.length >= 2 ? { x1: Math.min(...xs), x2: Math.max(...xs) } : null;
    const labelY = narrow ? rowTop + narrowRow.label + 2 : y;
    const valueY = narrow ? rowTop + narrowRow.values : y;
    return { key: row.key, label: row.label, y, labelY, valueY, range, markers };
  });

  return {
    width,
    height: Math.ceil(bottom + size.tick + 10),
    legend: { ...legend, swatch: r * 2 + 4 },
    rows: placed,
    bands: compact ? [] : rows.filter((_, i) => i % 2 === 0).map((row) => ({ y: band(row.key) ?? top, height: band.bandwidth() })),
    columns,
    headerY,
    ticks: fitTicks(x, size.ticks, formatTick, size.tick),
    plot: { left, right, top, bottom },
    font: { label: size.label, value: size.value, tick: size.tick, legend: size.legend },
    radius: r,
    labelX: narrow ? left + 2 : left - 10,
    labelAnchor: narrow ? 'start' : 'end',
  };
}
