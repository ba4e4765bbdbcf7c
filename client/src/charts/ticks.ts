import type { ScaleLinear } from 'd3-scale';
import { textWidth } from './textWidth';

export interface Tick {
  value: number;
  /** Position along the axis (x for horizontal axes, y for vertical ones). */
  position: number;
  label: string;
}

/**
 * Nice ticks for `scale`, as many as `count` but fewer when their labels would touch
 * (horizontal axes: long euro labels need room).
 */
export function fitTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  formatTick: (value: number) => string,
  fontSize: number,
  horizontal = true,
): Tick[] {
  let ticks: Tick[] = [];
  for (let n = count; n >= 1; n--) {
    ticks = scale.ticks(n).map((value) => ({ value, position: scale(value), label: formatTick(value) }));
    if (!horizontal || !overlaps(ticks, fontSize)) return ticks;
  }
  return ticks;
}

/**
 * The left end of a horizontal axis on a narrow screen, where the bars start at the edge: far
 * enough in that the first tick's text, centred on it, stays inside the view box.
 */
export function axisStart(low: number, formatTick: (value: number) => string, fontSize: number): number {
  return Math.max(4, Math.ceil(textWidth(formatTick(low), fontSize) / 2 + 2));
}

function overlaps(ticks: Tick[], fontSize: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1];
    const b = ticks[i];
    if (!a || !b) continue;
    const room = b.position - a.position;
    if ((textWidth(a.label, fontSize) + textWidth(b.label, fontSize)) / 2 + fontSize * 0.8 > room) return true;
  }
  return false;
}
