import { CHART_FONT, COMPACT_WIDTH, isNarrow, NORMAL_WIDTH } from './sizes';
import { max, min } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { layoutLegend, type LegendItemLayout } from './legendLayout';
import { placeReference, referenceStarts, type PlacedReference } from './referenceLineLayout';
import { maxTextWidth, textWidth, wrapText } from './textWidth';
import { axisStart, fitTicks, type Tick } from './ticks';
import type { GroupedBarChartProps, ReferenceLine, Series } from './types';

type Group = GroupedBarChartProps['groups'][number];
type GroupMark = Group['values'][number];

export interface GroupedOptions {
  formatTick: (value: number) => string;
  compact?: boolean;
  width?: number;
  /** A reference value per group (the norm per month): a dashed step line with its labels. */
  reference?: ReferenceLine | undefined;
}

export interface PlacedBar {
  mark: GroupMark;
  /** Index of the series: its colour and pattern. */
  seriesIndex: number;
  bar: { x: number; y: number; width: number; height: number } | null;
  /** The bar's slot (bar plus half the gap on each side): the click target. */
  slot: { y: number; height: number };
  textY: number;
  valueX: number;
  /** Right end of the value text, for the focus ring. */
  valueEnd: number;
}

export interface PlacedGroup {
  key: string;
  label: string;
  top: number;
  height: number;
  labelY: number;
  /** The name's lines: one, but wrapped above the group on a narrow screen (LABEL_LINE apart). */
  labelLines: string[];
  bars: PlacedBar[];
}

export interface GroupedLayout {
  width: number;
  height: number;
  /** The series' entries, then the reference line's (its `index` is the number of series). */
  legend: { items: LegendItemLayout[]; height: number; swatch: number };
  groups: PlacedGroup[];
  reference: PlacedReference | null;
  /** Empty in the compact version: every bar carries its value anyway. */
  ticks: Tick[];
  plot: { left: number; right: number; top: number; bottom: number };
  font: { label: number; value: number; tick: number; legend: number };
  /** Group names end left of the bars at labelX; in the narrow layout they start there, above each group. */
  labelX: number;
  labelAnchor: 'start' | 'end';
}

export const LABEL_LINE = Math.round(CHART_FONT.text * 1.25);

const SIZES = {
  normal: {
    bar: 17,
    gap: 3,
    pad: 14,
    label: CHART_FONT.text,
    value: CHART_FONT.small,
    tick: CHART_FONT.small,
    legend: CHART_FONT.small,
    swatch: 16,
    ticks: 4,
  },
  compact: {
    bar: 14,
    gap: 3,
    pad: 6,
    label: CHART_FONT.text,
    value: CHART_FONT.small,
    tick: CHART_FONT.small,
    legend: CHART_FONT.small,
    swatch: 15,
    ticks: 0,
  },
};

/** Horizontal grouped bars: one row per group, one thin bar per series inside it. */
export function layoutGroupedBars(groups: Group[], series: Series[], options: GroupedOptions): GroupedLayout {
  const { formatTick, compact = false, width = compact ? COMPACT_WIDTH : NORMAL_WIDTH, reference } = options;
  const narrow = isNarrow(width, compact);
  // Narrow: bars a little further apart, so the value texts' boxes (1.36 em high) of neighbouring bars keep clear.
  const base = compact ? SIZES.compact : SIZES.normal;
  const size = narrow ? { ...base, gap: Math.max(base.gap, Math.ceil(1.36 * base.value - base.bar)) } : base;
  const marks = groups.flatMap((g) => g.values);

  const legendItems = reference ? [...series, { key: 'reference', label: reference.legend }] : series;
  const legend = layoutLegend(legendItems, { left: 4, top: 0, width: width - 8, fontSize: size.legend, swatchSize: size.swatch });
  const top = legend.height + (compact ? 4 : 10);
  const labelLines = new Map(groups.map((g) => [g.key, narrow ? wrapText(g.label, size.label, width - 12) : [g.label]]));
  // Narrow: each group's name has lines of their own above its bars. A text's box reaches 0.72 em
  // above its middle and 0.64 em below: the name's last line keeps clear of the first bar's value.
  const nameToBars = Math.ceil(0.64 * size.label + 0.72 * size.value - size.bar / 2);
  const nameLines = (key: string) => (labelLines.get(key)?.length ?? 1) - 1;
  const labelRow = (key: string) => (narrow ? Math.ceil(0.72 * size.label) + nameLines(key) * LABEL_LINE + nameToBars : 0);
  const lowest = Math.min(0, ...[...marks.map((m) => m.value), ...(reference?.values.map((v) => v.value) ?? [])].filter((v) => v !== null));
  // Narrow: the bars start near the edge, as far in as the first tick's text needs (the compact version has no ticks).
  const left = narrow
    ? compact
      ? 4
      : axisStart(lowest, formatTick, size.tick)
    : Math.ceil(
        maxTextWidth(
          groups.map((g) => g.label),
          size.label,
        ) + 18,
      );
  const right = Math.floor(
    width -
      maxTextWidth(
        marks.map((m) => m.valueText),
        size.value,
        true,
      ) -
      14,
  );

  // The reference belongs on the axis too, also where every bar stays below it.
  const values = [...marks.map((m) => m.value), ...(reference?.values.map((v) => v.value) ?? [])].filter((v): v is number => v !== null);
  const high = Math.max(0, max(values) ?? 0);
  const low = Math.min(0, min(values) ?? 0);
  const x = scaleLinear()
    .domain([low, high > low ? high : low + 1])
    .nice(5)
    .range([left, right]);

  const inner = series.length * size.bar + Math.max(0, series.length - 1) * size.gap;
  const step = inner + size.pad;
  // Every group a step of its own; a lane for the reference's label above each group where it starts or changes.
  const starts = referenceStarts(
    groups.map((g) => g.key),
    reference,
  );
  const lane = size.legend + 10;
  const bands: { key: string; y0: number; y1: number; laneTop: number | null }[] = [];
  let y0 = top;
  for (const group of groups) {
    const laneTop = starts.has(group.key) ? y0 : null;
    const y1 = y0 + (laneTop === null ? 0 : lane) + labelRow(group.key) + step;
    bands.push({ key: group.key, y0, y1, laneTop });
    y0 = y1;
  }
  const bottom = y0;
  const within = scaleBand<string>()
    .domain(series.map((s) => s.key))
    .range([0, inner])
    .paddingInner(size.gap / (size.bar + size.gap));

  const placed: PlacedGroup[] = groups.map((group, i) => {
    const band = bands[i];
    const groupTop = band ? band.y1 - step + size.pad / 2 : top;
    const bars = series.flatMap((s, seriesIndex) => {
      const mark = group.values.find((v) => v.series === s.key);
      if (!mark) return [];
      const y = groupTop + (within(s.key) ?? 0);
      const zero = x(0);
      const end = mark.value === null ? zero : x(mark.value);
      const valueX = Math.max(zero, end) + 6;
      return [
        {
          mark,
          seriesIndex,
          bar: mark.value === null ? null : { x: Math.min(zero, end), y, width: Math.abs(end - zero), height: size.bar },
          slot: { y: y - size.gap / 2, height: size.bar + size.gap },
          textY: y + size.bar / 2,
          valueX,
          valueEnd: valueX + textWidth(mark.valueText, size.value, true),
        },
      ];
    });
    const labelY = narrow ? groupTop - nameToBars - nameLines(group.key) * LABEL_LINE : groupTop + inner / 2;
    return {
      key: group.key,
      label: group.label,
      top: groupTop,
      height: inner,
      labelY,
      labelLines: labelLines.get(group.key) ?? [group.label],
      bars,
    };
  });

  const ticks = compact ? [] : fitTicks(x, size.ticks, formatTick, size.tick);
  return {
    width,
    height: Math.ceil(compact ? bottom : bottom + size.tick + 10),
    legend: { ...legend, swatch: size.swatch },
    groups: placed,
    reference: placeReference(reference, bands, x, { fontSize: size.legend, lane, left, right: width - 4 }),
    ticks,
    plot: { left, right, top, bottom },
    font: { label: size.label, value: size.value, tick: size.tick, legend: size.legend },
    labelX: narrow ? left + 4 : left - 10,
    labelAnchor: narrow ? 'start' : 'end',
  };
}
