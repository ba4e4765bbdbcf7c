import { COMPACT_WIDTH } from './sizes';
import { max } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { maxTextWidth, textWidth, wrapText } from './textWidth';
import { fitTicks, type Tick } from './ticks';
import type { LinePoint } from './types';

export interface LineOptions {
  formatTick: (value: number) => string;
  compact?: boolean;
  sparseNote?: string;
  width?: number;
}

export interface PlacedPoint {
  point: LinePoint;
  x: number;
  /** Centre of the marker; on the axis for an unknown value (then no marker is drawn). */
  y: number;
  valueY: number;
  dateY: number;
  /** Texts are left out only when they would run into a neighbour's (many points). */
  showValue: boolean;
  showDate: boolean;
}

export interface LineLayout {
  width: number;
  height: number;
  points: PlacedPoint[];
  /** SVG path through the known values; null with fewer than two. */
  path: string | null;
  /** Two counts say nothing about the course in between: the line is dashed. */
  dashed: boolean;
  yTicks: Tick[];
  plot: { left: number; right: number; top: number; bottom: number };
  note: { x: number; lines: { text: string; y: number }[] } | null;
  font: { value: number; date: number; tick: number; note: number };
  radius: number;
}

const SIZES = {
  normal: { plot: 210, value: 18, date: 15, tick: 14, note: 14, ticks: 5 },
  compact: { plot: 150, value: 16, date: 14, tick: 13, note: 13, ticks: 3 },
};

/** "2023-02-01" as a UTC date (full ISO timestamps are accepted too). */
export function parseDate(iso: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
}

/** Values over count dates: x on a UTC time scale, y linear from 0. */
export function layoutLine(input: LinePoint[], options: LineOptions): LineLayout {
  const { formatTick, compact = false, sparseNote, width = compact ? COMPACT_WIDTH : 640 } = options;
  const size = compact ? SIZES.compact : SIZES.normal;
  const points = [...input].sort((a, b) => parseDate(a.date).getTime() - parseDate(b.date).getTime());
  const radius = compact ? 5 : 6;

  const top = size.value + radius + 12;
  const bottom = top + size.plot;
  const high = max(points, (p) => p.value) ?? 0;
  const y = scaleLinear().domain([0, high > 0 ? high : 1]).nice(5).range([bottom, top]);
  const yTicks = fitTicks(y, size.ticks, formatTick, size.tick, false);
  const left = Math.ceil(maxTextWidth(yTicks.map((t) => t.label), size.tick) + 14);

  // Keep the first and last date texts (centred under their points) inside the viewBox.
  const half = (text: string | undefined) => (text === undefined ? 0 : textWidth(text, size.date) / 2);
  const firstX = Math.max(left + 28, half(points[0]?.dateText) + 6);
  const lastX = Math.min(width - 28, width - half(points[points.length - 1]?.dateText) - 6);
  const dates = points.map((p) => parseDate(p.date));
  const start = dates[0] ?? new Date(0);
  const end = dates[dates.length - 1] ?? start;
  const x = scaleUtc()
    .domain(start.getTime() === end.getTime() ? [start, new Date(start.getTime() + 864e5)] : [start, end])
    .range(points.length === 1 ? [(firstX + lastX) / 2, lastX] : [firstX, lastX]);

  const dateY = bottom + size.date + 10;
  const placed: PlacedPoint[] = points.map((point, i) => {
    const py = point.value === null ? bottom : y(point.value);
    return { point, x: x(dates[i] ?? start), y: py, valueY: py - radius - 8, dateY, showValue: true, showDate: true };
  });
  thin(placed, (p) => p.point.valueText, size.value, 'showValue', (p) => p.valueY);
  thin(placed, (p) => p.point.dateText, size.date, 'showDate');

  const known = placed.filter((p) => p.point.value !== null);
  const path = known.length >= 2 ? line<PlacedPoint>((p) => p.x, (p) => p.y)(known) : null;

  const dashed = points.length < 3 && Boolean(sparseNote);
  const noteTop = dateY + size.note + 12;
  const noteLines = dashed && sparseNote ? wrapText(sparseNote, size.note, width - left - 8) : [];
  const note = noteLines.length
    ? { x: left, lines: noteLines.map((text, i) => ({ text, y: noteTop + i * (size.note + 4) })) }
    : null;
  const height = Math.ceil(note ? noteTop + (noteLines.length - 1) * (size.note + 4) + 6 : dateY + 8);

  return {
    width,
    height,
    points: placed,
    path,
    dashed,
    yTicks,
    plot: { left, right: width - 8, top, bottom },
    note,
    font: { value: size.value, date: size.date, tick: size.tick, note: size.note },
    radius,
  };
}

/** Hides texts that would overlap their left neighbour; the last one always shows. */
function thin(
  points: PlacedPoint[],
  text: (p: PlacedPoint) => string,
  fontSize: number,
  flag: 'showValue' | 'showDate',
  yOf: (p: PlacedPoint) => number = () => 0,
) {
  const span = (p: PlacedPoint) => {
    const w = textWidth(text(p), fontSize, true) / 2;
    return [p.x - w, p.x + w] as const;
  };
  const shown: PlacedPoint[] = [];
  points.forEach((p, i) => {
    const prev = shown[shown.length - 1];
    const clear =
      !prev || span(p)[0] > span(prev)[1] + fontSize * 0.6 || Math.abs(yOf(p) - yOf(prev)) > fontSize * 1.1;
    if (clear) shown.push(p);
    else if (i === points.length - 1) {
      // The latest value matters most: give its place precedence over its neighbour.
      shown.pop();
      shown.push(p);
    }
  });
  for (const p of points) p[flag] = shown.includes(p);
}
