import { pauseFlags } from '../models/pauses';
import { CHART_FONT, COMPACT_WIDTH, isNarrow, NORMAL_WIDTH } from './sizes';
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { maxTextWidth, textWidth, wrapText } from './textWidth';
import { fitTicks, type Tick } from './ticks';
import type { LinePoint } from './types';

export interface LineOptions {
  formatTick: (value: number) => string;
  compact?: boolean;
  sparseNote?: string | undefined;
  gapNote?: string | undefined;
  width?: number;
}

export interface PlacedPoint {
  point: LinePoint;
  x: number;
  /** Centre of the marker; on the axis for an unknown value (then no marker is drawn). */
  y: number;
  /**
   * Centre and baseline of the value text: centred above the point; with many points also beside
   * or below it, wherever it is clear of the line and the other texts.
   */
  valueX: number;
  valueY: number;
  dateY: number;
  /** The date text's lines: one, but on a narrow screen the year on a line of its own ("1 februari" over "2023"). */
  dateLines: string[];
  /**
   * Few points: texts are left out only when they would run into a neighbour's. Many points: only
   * the first, last, highest and lowest have a value, and the dates are on `xTicks` instead.
   */
  showValue: boolean;
  showDate: boolean;
  /**
   * Drawn as a focusable mark with a dot: every point when there are few, only the labelled ones
   * when there are many (the line carries the shape; the data table holds every value).
   */
  mark: boolean;
  /** A tick on the axis at this count date (few points; many get `xTicks` instead). */
  tick: boolean;
}

export interface LineLayout {
  width: number;
  height: number;
  points: PlacedPoint[];
  /** SVG path through the known values; null with fewer than two. */
  path: string | null;
  /** Two counts say nothing about the course in between: the line is dashed. */
  dashed: boolean;
  /**
   * The line in stretches: between two count dates further apart than usual (more than 1,5 times
   * the median interval) it is dashed, since nothing was counted in between.
   */
  segments: { path: string; dashed: boolean }[];
  yTicks: Tick[];
  /** Date ticks along the x axis when there are many points (at most a handful); empty with few. */
  xTicks: Tick[];
  /** Baseline of the date texts, under the axis; dateLineHeight apart where they have two lines. */
  dateY: number;
  dateLineHeight: number;
  /** Value texts get a white halo, so they stay legible where the line runs close (many points). */
  labelHalo: boolean;
  plot: { left: number; right: number; top: number; bottom: number };
  note: { x: number; lines: { text: string; y: number }[] } | null;
  font: { value: number; date: number; tick: number; note: number };
  radius: number;
}

const SIZES = {
  normal: {
    plot: 210,
    value: CHART_FONT.text,
    date: CHART_FONT.small,
    tick: CHART_FONT.small,
    note: CHART_FONT.small,
    ticks: 5,
    xTicks: 7,
  },
  compact: {
    plot: 110,
    value: CHART_FONT.text,
    date: CHART_FONT.small,
    tick: CHART_FONT.small,
    note: CHART_FONT.small,
    ticks: 3,
    xTicks: 5,
  },
};

/**
 * Up to this many points every point is a mark with its value and date (thinned only where texts
 * would touch). Beyond it the chart reads as a course: values only at the first, last, highest and
 * lowest point, a few date ticks on the axis.
 */
export const FEW_POINTS = 12;

/** "2023-02-01" as a UTC date (full ISO timestamps are accepted too). */
export function parseDate(iso: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
}

/** Values over count dates: x on a UTC time scale, y linear from 0. */
export function layoutLine(input: LinePoint[], options: LineOptions): LineLayout {
  const { formatTick, compact = false, sparseNote, gapNote, width = compact ? COMPACT_WIDTH : NORMAL_WIDTH } = options;
  const size = compact ? SIZES.compact : SIZES.normal;
  const points = [...input].sort((a, b) => parseDate(a.date).getTime() - parseDate(b.date).getTime());
  const radius = compact ? 5 : 6;
  const many = points.length > FEW_POINTS;
  const narrow = isNarrow(width, compact);
  const dateLinesOf = (text: string) => (narrow ? splitYear(text) : [text]);
  /** The widest line of a date text: what must fit. */
  const dateFit = (text: string) => dateLinesOf(text).reduce((a, b) => (textWidth(b, size.date) > textWidth(a, size.date) ? b : a));

  const top = size.value + radius + 12;
  // A wider box draws a somewhat taller plot, so the line does not flatten out (up to 1,6 times).
  const defaultWidth = compact ? COMPACT_WIDTH : NORMAL_WIDTH;
  const bottom = top + Math.round(size.plot * Math.min(1.6, Math.max(1, width / defaultWidth)));
  const high = max(points, (p) => p.value) ?? 0;
  const y = scaleLinear()
    .domain([0, high > 0 ? high : 1])
    .nice(5)
    .range([bottom, top]);
  const yTicks = fitTicks(y, size.ticks, formatTick, size.tick, false);
  const left = Math.ceil(
    maxTextWidth(
      yTicks.map((t) => t.label),
      size.tick,
    ) + 14,
  );

  const first = points[0];
  const last = points[points.length - 1];
  let firstX: number;
  let lastX: number;
  if (many) {
    // Only the value texts stand at the ends (dates go to the axis ticks): keep those inside.
    const half = (p: LinePoint | undefined) => (p ? textWidth(p.valueText, size.value, true) / 2 : 0);
    firstX = Math.max(left + 20, left - 4 + half(first));
    lastX = Math.min(width - 20, width - 4 - half(last));
  } else {
    // Keep the first and last date texts (centred under their points) inside the viewBox.
    const half = (text: string | undefined) => (text === undefined ? 0 : textWidth(dateFit(text), size.date) / 2);
    firstX = Math.max(left + 28, half(first?.dateText) + 6);
    lastX = Math.min(width - 28, width - half(last?.dateText) - 6);
  }
  const dates = points.map((p) => parseDate(p.date));
  const start = dates[0] ?? new Date(0);
  const end = dates[dates.length - 1] ?? start;
  // Time as milliseconds on a linear scale: the same positions as d3's time scale, whose calendar
  // ticks and formats (d3-time, d3-time-format) the dashboard does not use (its ticks are below).
  const x = scaleLinear<number>()
    .domain(start.getTime() === end.getTime() ? [start.getTime(), start.getTime() + 864e5] : [start.getTime(), end.getTime()])
    .range(points.length === 1 ? [(firstX + lastX) / 2, lastX] : [firstX, lastX]);

  // Narrow: two units lower, clear of the lowest y tick's text box beside it.
  const dateY = bottom + size.date + (narrow ? 12 : 10);
  const dateLineHeight = Math.round(size.date * 1.25);
  const placed: PlacedPoint[] = points.map((point, i) => {
    const py = point.value === null ? bottom : y(point.value);
    const px = x((dates[i] ?? start).getTime());
    const dateLines = dateLinesOf(point.dateText);
    return {
      point,
      x: px,
      y: py,
      valueX: px,
      valueY: py - radius - 8,
      dateY,
      dateLines,
      showValue: true,
      showDate: true,
      mark: true,
      tick: true,
    };
  });
  const known = placed.filter((p) => p.point.value !== null);
  let xTicks: Tick[] = [];
  if (many) {
    labelKeyPoints(placed, known, { fontSize: size.value, radius, left: left - 4, right: width - 2, top: 0, bottom });
    for (const p of placed) {
      // A point with an explanation stays a mark: its text is read when it has focus.
      p.mark = p.showValue || Boolean(p.point.marker);
      p.showDate = false;
      p.tick = false;
    }
    xTicks = dateTicks(placed, dates, (date) => x(date.getTime()), { fontSize: size.date, max: size.xTicks, width });
  } else {
    thin(
      placed,
      (p) => p.point.valueText,
      size.value,
      'showValue',
      (p) => p.valueY,
    );
    thin(placed, (p) => dateFit(p.point.dateText), size.date, 'showDate');
    // Narrow: a date with no room beside its neighbours goes a row lower rather than being left out.
    if (narrow) stagger(placed, (p) => dateFit(p.point.dateText), size.date, dateY + 2 * dateLineHeight + 4);
  }

  const path =
    known.length >= 2
      ? line<PlacedPoint>(
          (p) => p.x,
          (p) => p.y,
        )(known)
      : null;

  const dashed = points.length < 3 && Boolean(sparseNote);
  const segments = dashed && path ? [{ path, dashed: true }] : lineSegments(known, dates, points);
  const noteText = dashed ? sparseNote : segments.some((s) => s.dashed) ? gapNote : undefined;
  const dateBottom = Math.max(dateY, ...placed.filter((p) => p.showDate).map((p) => p.dateY + (p.dateLines.length - 1) * dateLineHeight));
  const noteTop = dateBottom + size.note + 12;
  const noteLines = noteText ? wrapText(noteText, size.note, width - left - 8) : [];
  const note = noteLines.length ? { x: left, lines: noteLines.map((text, i) => ({ text, y: noteTop + i * (size.note + 4) })) } : null;
  const height = Math.ceil(note ? noteTop + (noteLines.length - 1) * (size.note + 4) + 6 : dateBottom + 8);

  return {
    width,
    height,
    points: placed,
    path,
    dashed,
    segments,
    yTicks,
    xTicks,
    dateY,
    dateLineHeight,
    labelHalo: many,
    plot: { left, right: width - 8, top, bottom },
    note,
    font: { value: size.value, date: size.date, tick: size.tick, note: size.note },
    radius,
  };
}

/** "1 februari 2023" as ["1 februari", "2023"]: the year on a line of its own (a text without one stays whole). */
export function splitYear(text: string): string[] {
  const match = /^(.*\S)\s+(\d{4})$/.exec(text);
  return match?.[1] && match[2] ? [match[1], match[2]] : [text];
}

/** Shows the dates `thin` left out on a row lower (at `lowerY`), each clear of the one before it there. */
function stagger(points: PlacedPoint[], text: (p: PlacedPoint) => string, fontSize: number, lowerY: number) {
  let before: { x: number; half: number } | null = null;
  for (const p of points) {
    if (p.showDate) continue;
    const half = textWidth(text(p), fontSize) / 2;
    if (before && p.x - half < before.x + before.half + fontSize * 0.6) continue;
    p.showDate = true;
    p.dateY = lowerY;
    before = { x: p.x, half };
  }
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
    const clear = !prev || span(p)[0] > span(prev)[1] + fontSize * 0.6 || Math.abs(yOf(p) - yOf(prev)) > fontSize * 1.1;
    if (clear) shown.push(p);
    else if (i === points.length - 1) {
      // The latest value matters most: give its place precedence over its neighbour.
      shown.pop();
      shown.push(p);
    }
  });
  for (const p of points) p[flag] = shown.includes(p);
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const overlap = (a: Box, b: Box, gapX = 0, gapY = 0) =>
  a.x0 < b.x1 + gapX && b.x0 < a.x1 + gapX && a.y0 < b.y1 + gapY && b.y0 < a.y1 + gapY;

/** The box of a value text centred on x with its baseline at y (digits: no descenders). */
function textBox(text: string, fontSize: number, x: number, y: number): Box {
  const w = textWidth(text, fontSize, true) / 2;
  return { x0: x - w, x1: x + w, y0: y - 0.78 * fontSize, y1: y + 0.1 * fontSize };
}

/** Highest and lowest y of the line (through `known`, left to right) between x0 and x1. */
function lineExtent(known: PlacedPoint[], x0: number, x1: number): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (v: number) => {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  };
  for (let i = 0; i < known.length; i++) {
    const p = known[i];
    if (!p) continue;
    if (p.x >= x0 && p.x <= x1) take(p.y);
    const q = known[i + 1];
    if (!q || q.x === p.x) continue;
    // Where the segment p–q crosses the edges of the span.
    for (const edge of [x0, x1]) {
      if (edge > p.x && edge < q.x) take(p.y + ((q.y - p.y) * (edge - p.x)) / (q.x - p.x));
    }
  }
  return lo === Infinity ? null : [lo, hi];
}

/**
 * Many points: values only at the last, first, highest and lowest point (in that order of
 * precedence; a point is labelled once). Each text goes above its point (below for the lowest),
 * centred or else ending or starting over it, or on the other side: the first of these clear of the
 * line, else the first clear of it when lifted by up to its own height, else across the line on a
 * halo. A text that would touch an earlier one (or its dot) is left out, and so is its point's
 * mark; so is a point almost on top of one already labelled.
 */
function labelKeyPoints(
  placed: PlacedPoint[],
  known: PlacedPoint[],
  {
    fontSize,
    radius,
    left,
    right,
    top,
    bottom,
  }: { fontSize: number; radius: number; left: number; right: number; top: number; bottom: number },
) {
  for (const p of placed) p.showValue = false;
  const first = placed[0];
  const last = placed[placed.length - 1];
  // The highest (lowest) value; when the last or first point has it, that point (it is labelled
  // already), otherwise its latest occurrence.
  const extreme = (better: (a: number, b: number) => boolean) => {
    const value = known.reduce<number | null>((v, p) => (v === null || better(p.point.value ?? 0, v) ? p.point.value : v), null);
    if (value === null) return undefined;
    if (last?.point.value === value) return last;
    if (first?.point.value === value) return first;
    return known.findLast((p) => p.point.value === value);
  };
  const highest = extreme((a, b) => a > b);
  const lowest = extreme((a, b) => a < b);
  const candidates: [PlacedPoint | undefined, 'above' | 'below'][] = [
    [last, 'above'],
    [first, 'above'],
    [highest, 'above'],
    [lowest, 'below'],
  ];

  const clearance = 4.5; // half the line's width and a little air
  const maxLift = fontSize;
  const texts: Box[] = [];
  const dots: Box[] = [];
  const dotOf = (p: PlacedPoint): Box | null =>
    p.point.value === null ? null : { x0: p.x - radius - 2, x1: p.x + radius + 2, y0: p.y - radius - 2, y1: p.y + radius + 2 };

  for (const [p, preferred] of candidates) {
    if (!p || p.showValue) continue;
    const dot = dotOf(p);
    if (dot && texts.some((t) => overlap(t, dot))) continue;
    // A point (nearly) on top of a labelled one: two values there could not be told apart.
    if (placed.some((q) => q.showValue && Math.hypot(q.x - p.x, q.y - p.y) < radius * 2.5)) continue;
    const text = p.point.valueText;
    const half = textWidth(text, fontSize, true) / 2;
    const sides = preferred === 'above' ? (['above', 'below'] as const) : (['below', 'above'] as const);
    // Centred on the point, else ending or starting over it (still reads as that point's value).
    const shifts = [0, -(half - radius), half - radius];
    const options = sides.flatMap((side) =>
      shifts.map((shift) => {
        const valueX = Math.min(Math.max(p.x + shift, left + half), right - half);
        const base = side === 'above' ? p.y - radius - 8 : p.y + radius + 6 + 0.78 * fontSize;
        const extent = lineExtent(known, valueX - half - 2, valueX + half + 2);
        let lifted = base;
        if (extent) {
          lifted =
            side === 'above'
              ? Math.min(base, extent[0] - clearance - 0.1 * fontSize)
              : Math.max(base, extent[1] + clearance + 0.78 * fontSize);
        }
        const fits = (baseline: number) => {
          const box = textBox(text, fontSize, valueX, baseline);
          const inside = box.y0 >= top && box.y1 <= bottom - 3;
          return inside && !texts.some((t) => overlap(t, box, fontSize * 0.3, 2)) && !dots.some((d) => overlap(d, box));
        };
        return { valueX, base, lifted, clear: Math.abs(lifted - base) <= maxLift && fits(lifted), crossing: fits(base) };
      }),
    );
    // Clear of the line where it stands, else lifted clear of it, else across it (on its halo).
    const clear = options.find((o) => o.clear && Math.abs(o.lifted - o.base) < 1) ?? options.find((o) => o.clear);
    const crossing = options.find((o) => o.crossing);
    const chosen = clear ? { x: clear.valueX, y: clear.lifted } : crossing ? { x: crossing.valueX, y: crossing.base } : null;
    if (!chosen) continue;
    p.showValue = true;
    p.valueX = chosen.x;
    p.valueY = chosen.y;
    texts.push(textBox(text, fontSize, chosen.x, chosen.y));
    if (dot) dots.push(dot);
  }
}

/**
 * Many points: a handful of date ticks whose texts do not touch. Whole years ("2016", the same in
 * every language) every 1, 2, 5, … years; for a short span (fewer than three years fit) evenly
 * spread count dates with their own date text instead, when more of those fit.
 */
function dateTicks(
  placed: PlacedPoint[],
  dates: Date[],
  x: (date: Date) => number,
  { fontSize, max, width }: { fontSize: number; max: number; width: number },
): Tick[] {
  const inside = (t: Tick) => {
    const w = textWidth(t.label, fontSize) / 2;
    return t.position - w >= 2 && t.position + w <= width - 2;
  };
  const fits = (ticks: Tick[]) =>
    ticks.every((t, i) => {
      const prev = ticks[i - 1];
      const gap = prev ? t.position - prev.position - (textWidth(prev.label, fontSize) + textWidth(t.label, fontSize)) / 2 : Infinity;
      return inside(t) && gap > fontSize * 0.8;
    });

  let years: Tick[] = [];
  const start = dates[0];
  const end = dates[dates.length - 1];
  if (start && end) {
    const from = start.getUTCFullYear() + (start.getTime() === Date.UTC(start.getUTCFullYear(), 0, 1) ? 0 : 1);
    for (const step of [1, 2, 5, 10, 20, 50, 100]) {
      const ticks: Tick[] = [];
      for (let year = Math.ceil(from / step) * step; year <= end.getUTCFullYear(); year += step) {
        const date = new Date(Date.UTC(year, 0, 1));
        ticks.push({ value: date.getTime(), position: x(date), label: String(year) });
      }
      if (ticks.length < 2) break;
      if (ticks.length <= max && fits(ticks)) {
        years = ticks;
        break;
      }
    }
  }
  if (years.length >= 3) return years;

  // Count dates whose text fits in the viewBox, evenly spread, as many as do not touch.
  const candidates = placed
    .map((p): Tick => ({ value: parseDate(p.point.date).getTime(), position: p.x, label: p.point.dateText }))
    .filter(inside);
  let own: Tick[] = candidates.slice(-1);
  for (let count = Math.min(max, candidates.length); count >= 2; count--) {
    const ticks = Array.from({ length: count }, (_, i) => candidates[Math.round((i * (candidates.length - 1)) / (count - 1))]).filter(
      (t): t is Tick => t !== undefined,
    );
    if (fits(ticks)) {
      own = ticks;
      break;
    }
  }
  return own.length > years.length ? own : years;
}

/**
 * The line through the known points in stretches of solid (count dates at the usual interval)
 * and dashed (a pause longer than 1,5 times the median interval: nothing counted in between).
 */
function lineSegments(known: PlacedPoint[], dates: Date[], points: LinePoint[]): { path: string; dashed: boolean }[] {
  if (known.length < 2) return [];
  const dateOf = new Map(points.map((p, i) => [p, dates[i]?.getTime() ?? 0]));
  // The same rule as the sentence that names the pauses (models/pauses.ts).
  const pauses = pauseFlags(known.map((p) => dateOf.get(p.point) ?? 0));
  const draw = line<PlacedPoint>(
    (p) => p.x,
    (p) => p.y,
  );
  const segments: { path: string; dashed: boolean }[] = [];
  let run: PlacedPoint[] = [known[0] as PlacedPoint];
  let runDashed = false;
  pauses.forEach((dashed, i) => {
    const next = known[i + 1] as PlacedPoint;
    if (dashed !== runDashed && run.length > 1) {
      segments.push({ path: draw(run) ?? '', dashed: runDashed });
      run = [run.at(-1) as PlacedPoint];
    }
    runDashed = dashed;
    run.push(next);
  });
  if (run.length > 1) segments.push({ path: draw(run) ?? '', dashed: runDashed });
  return segments;
}
