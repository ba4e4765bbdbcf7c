/** A ring of projected points; a polygon is its outer ring followed by its holes. */
export type Ring = [number, number][];

/**
 * A point well inside a polygon, for its label: the point farthest from the outline (the "pole of
 * inaccessibility"), found on a grid and refined once. Unlike the centroid it never falls outside a
 * bent shape, and it sits where there is room. `xScale` > 1 favours wide spots (labels are wide).
 */
export function interiorPoint(polygon: Ring[], xScale = 1.5): [number, number] {
  const points = polygon.flat();
  if (!points.length) return [0, 0];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let step = Math.max(x1 - x0, y1 - y0) / 40 || 1;
  let best: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestDistance = -Infinity;
  const consider = (x: number, y: number) => {
    if (!inside(polygon, x, y)) return;
    const d = edgeDistance(polygon, x, y, xScale);
    if (d > bestDistance) {
      bestDistance = d;
      best = [x, y];
    }
  };
  for (let x = x0 + step / 2; x < x1; x += step) for (let y = y0 + step / 2; y < y1; y += step) consider(x, y);
  // Refine around the best grid cell.
  const [bx, by] = best;
  step /= 8;
  for (let i = -8; i <= 8; i++) for (let j = -8; j <= 8; j++) consider(bx + i * step, by + j * step);
  return best;
}

/** Even-odd rule: inside the outer ring and not in a hole. */
export function inside(polygon: Ring[], x: number, y: number): boolean {
  let result = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (!a || !b) continue;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) result = !result;
    }
  }
  return result;
}

function edgeDistance(polygon: Ring[], x: number, y: number, xScale: number): number {
  let min = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (!a || !b) continue;
      min = Math.min(min, segmentDistance(x / xScale, y, a[0] / xScale, a[1], b[0] / xScale, b[1]));
    }
  }
  return min;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
