import { line } from 'd3-shape';
import { textWidth } from './textWidth';
import type { ReferenceLine } from './types';

/** The reference line as drawn: where it runs, and its labels. */
export interface PlacedReference {
  /**
   * One path per unbroken stretch: down through every group's band at that group's value, with a
   * horizontal step at the border between two groups where the value changes.
   */
  paths: string[];
  /** Per group with a value: the line's x there and the stretch it covers (its band, with the gap around it). */
  steps: { group: string; value: number; x: number; y0: number; y1: number }[];
  /** "norm 56 dagen": in the lane above the first group of every stretch with one value, beside the line. */
  labels: { text: string; x: number; y: number; anchor: 'start' | 'end' }[];
}

/**
 * The groups (in drawing order) above which a labelled stretch of the reference starts: the first
 * group with a value, and every group whose value differs from the group above it. Each gets a lane
 * for its label, so the label touches neither bars nor values.
 */
export function referenceStarts(groupKeys: readonly string[], reference: ReferenceLine | undefined): Set<string> {
  const starts = new Set<string>();
  if (!reference) return starts;
  const valueOf = new Map(reference.values.map((v) => [v.group, v.value]));
  let previous: number | undefined;
  for (const key of groupKeys) {
    const value = valueOf.get(key);
    if (value !== undefined && value !== previous) starts.add(key);
    previous = value;
  }
  return starts;
}

/**
 * Places the line over groups already placed. `bands` gives each group's stretch (from the top of
 * its lane, if it has one, to halfway into the gap below it); consecutive bands touch.
 */
export function placeReference(
  reference: ReferenceLine | undefined,
  bands: { key: string; y0: number; y1: number; laneTop: number | null }[],
  x: (value: number) => number,
  { fontSize, lane, left, right }: { fontSize: number; lane: number; left: number; right: number },
): PlacedReference | null {
  if (!reference || reference.values.length === 0) return null;
  const byGroup = new Map(reference.values.map((v) => [v.group, v]));
  const steps: PlacedReference['steps'] = [];
  const labels: PlacedReference['labels'] = [];
  const stretches: [number, number][][] = [];
  let current: [number, number][] | null = null;
  /** The line's x in the group above (when the stretch runs on). */
  let lastX = 0;
  for (const band of bands) {
    const ref = byGroup.get(band.key);
    if (!ref) {
      current = null;
      continue;
    }
    const px = x(ref.value);
    const above: number | undefined = current === null ? undefined : lastX;
    lastX = px;
    steps.push({ group: band.key, value: ref.value, x: px, y0: band.y0, y1: band.y1 });
    // Continuing the stretch above: along the border to this value (a step when it changed), then down.
    if (current && above === px) current.push([px, band.y1]);
    else if (current) current.push([px, band.y0], [px, band.y1]);
    else {
      current = [
        [px, band.y0],
        [px, band.y1],
      ];
      stretches.push(current);
    }
    if (band.laneTop !== null) {
      const width = textWidth(ref.label, fontSize);
      // Away from the step (right of the line after a step down from the left), else right of it, left where the right has no room.
      const fitsRight = px + 6 + width <= right;
      const fitsLeft = px - 6 - width >= left;
      const anchor = (above !== undefined && above > px ? !fitsLeft : fitsRight || !fitsLeft) ? 'start' : 'end';
      const textX = anchor === 'start' ? Math.min(px + 6, right - width) : px - 6;
      labels.push({ text: ref.label, x: textX, y: band.laneTop + lane / 2, anchor });
    }
  }
  const draw = line<[number, number]>();
  return { paths: stretches.map((points) => draw(points) ?? ''), steps, labels };
}
