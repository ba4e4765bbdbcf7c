import { max, min } from 'd3-array';
import { scaleQuantize } from 'd3-scale';
import { MAP_CLASS_COLORS } from './palette';

/** Class widths the legend can show as round numbers (times a power of ten). */
const NICE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest round class width with which `count` classes cover `span`. */
export function niceClassStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const nice = NICE_STEPS.find((step) => step * power >= raw - 1e-12) ?? 10;
  return nice * power;
}

export interface MapClasses {
  /** Class index 0 (lightest) … 4 (darkest) of a value; null for an unknown value. */
  classOf: (value: number | null) => number | null;
  /** Per class: its colour and its range, [from, to). */
  classes: { color: string; from: number; to: number }[];
}

/**
 * Five equal classes from 0 (or the lowest negative value) up to a round maximum, so the legend
 * reads 0–10, 10–20, … rather than 0–9, 9–18.
 */
export function mapClasses(values: (number | null)[]): MapClasses {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const count = MAP_CLASS_COLORS.length;
  const low = Math.min(0, min(known) ?? 0);
  const high = Math.max(low, max(known) ?? 0);
  const step = niceClassStep(high - low, count);
  const start = Math.floor(low / step) * step;
  const scale = scaleQuantize<number>()
    .domain([start, start + step * count])
    .range(MAP_CLASS_COLORS.map((_, i) => i));
  const classes = MAP_CLASS_COLORS.map((color, i) => ({
    color,
    // Rounded so 0.1 + 0.2 style float noise never reaches the formatted legend.
    from: round(start + i * step),
    to: round(start + (i + 1) * step),
  }));
  return { classOf: (value) => (value === null ? null : scale(value)), classes };
}

const round = (value: number) => Number(value.toPrecision(12));
