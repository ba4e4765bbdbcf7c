import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3-shape';
import { layoutLegend, type LegendItemLayout } from './legendLayout';
import { maxTextWidth } from './textWidth';
import { fitTicks, type Tick } from './ticks';
import type { ShareComparisonChartProps } from './types';

type Row = ShareComparisonChartProps['rows'][number];
type ShareSeries = ShareComparisonChartProps['series'][number];
export type Shape = ShareSeries['shape'];

export interface PlacedMarker {
  mark: Row['values'][number];
  seriesIndex: number;
  /** null for an unknown value: no marker, only its value text. */
  x: number | null;
  /** Centre; markers that would cover each other are moved apart vertically. */
  y: number;
}

export interface PlacedRow {
  key: string;
  label: string;
  y: number;
  /** Thin line from the smallest to the largest share: the gap at a glance. */
  range: { x1: number; x2: number } | null;
  markers: PlacedMarker[];
}

export interface ShareLayout {
  width: number;
  height: number;
  legend: { items: LegendItemLayout[]; height: number; swatch: number };
  rows: PlacedRow[];
  /** Value columns at the right, one per series (not in the compact version). */
  columns: { seriesIndex: number; x: number }[];
  headerY: number;
  ticks: Tick[];
  plot: { left: number; right: number; top: number; bottom: number };
  font: { label: number; value: number; tick: number; legend: number };
  /** Marker "radius": equal-area symbols of a circle with this radius. */
  radius: number;
}

const SIZES = {
  normal: { row: 44, radius: 7, dodge: 13, label: 16, value: 15, tick: 14, legend: 15, ticks: 5 },
  compact: { row: 24, radius: 5, dodge: 8, label: 14, value: 13, tick: 13, legend: 13, ticks: 3 },
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
  const { formatTick, compact = false, width = 640 } = options;
  const size = compact ? SIZES.compact : SIZES.normal;
  const r = size.radius;
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

  const headerY = legend.height + (compact ? 0 : r + 8);
  const top = compact ? legend.height + 2 : headerY + r + 4;
  const left = Math.ceil(maxTextWidth(rows.map((row) => row.label), size.label) + 18);
  const bottom = top + rows.length * size.row;
  const high = max(rows.flatMap((row) => row.values), (v) => v.value) ?? 0;
  // Half a marker of room on both ends, so markers at 0 or at the maximum are not cut by the axis ends.
  const x = scaleLinear().domain([0, high > 0 ? high : 1]).nice(size.ticks).range([left + r + 2, right - r - 2]);
  const band = scaleBand<string>().domain(rows.map((row) => row.key)).range([top, bottom]);

  const placed = rows.map((row): PlacedRow => {
    const y = (band(row.key) ?? top) + band.bandwidth() / 2;
    const markers = series.flatMap((s, seriesIndex) => {
      const mark = row.values.find((v) => v.series === s.key);
      return mark ? [{ mark, seriesIndex, x: mark.value === null ? null : x(mark.value), y }] : [];
    });
    dodge(markers, r, size.dodge);
    const xs = markers.flatMap((m) => (m.x === null ? [] : [m.x]));
    const range = xs.length >= 2 ? { x1: Math.min(...xs), x2: Math.max(...xs) } : null;
    return { key: row.key, label: row.label, y, range, markers };
  });

  return {
    width,
    height: Math.ceil(bottom + size.tick + 10),
    legend: { ...legend, swatch: r * 2 + 4 },
    rows: placed,
    columns,
    headerY,
    ticks: fitTicks(x, size.ticks, formatTick, size.tick),
    plot: { left, right, top, bottom },
    font: { label: size.label, value: size.value, tick: size.tick, legend: size.legend },
    radius: r,
  };
}

/** Markers closer than a marker's width form a cluster; its members are spread out vertically in series order. */
function dodge(markers: PlacedMarker[], r: number, step: number) {
  const known = markers.filter((m): m is PlacedMarker & { x: number } => m.x !== null);
  const byX = known.sort((a, b) => a.x - b.x);
  const clusters: PlacedMarker[][] = [];
  for (const m of byX) {
    const last = clusters[clusters.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.x !== null && m.x - prev.x < 2 * r + 2) last.push(m);
    else clusters.push([m]);
  }
  for (const cluster of clusters) {
    if (cluster.length < 2) continue;
    cluster.sort((a, b) => a.seriesIndex - b.seriesIndex);
    cluster.forEach((m, j) => {
      m.y += (j - (cluster.length - 1) / 2) * step;
    });
  }
}
