/** A label block (municipality name over its value) centred on (x, y). */
export interface LabelBox {
  key: string;
  /** Where the label belongs (the centroid); a leader line is drawn when it moved far from it. */
  anchorX: number;
  anchorY: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far two boxes overlap on each axis, counting the wanted gap (words side by side need more room). */
const overlapOf = (a: LabelBox, b: LabelBox, gapX: number, gapY: number) => ({
  x: (a.width + b.width) / 2 + gapX - Math.abs(a.x - b.x),
  y: (a.height + b.height) / 2 + gapY - Math.abs(a.y - b.y),
});

/**
 * Pushes overlapping labels apart (small municipalities such as Oostzaan and Landsmeer lie close
 * together), along the axis where they overlap least, and keeps them inside `bounds`.
 */
export function separateLabels(
  input: LabelBox[],
  bounds: { left: number; top: number; right: number; bottom: number },
  gap = { x: 10, y: 2 },
): LabelBox[] {
  const boxes = input.map((box) => ({ ...box }));
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b) continue;
        const overlap = overlapOf(a, b, gap.x, gap.y);
        if (overlap.x <= 0 || overlap.y <= 0) continue;
        moved = true;
        if (overlap.y <= overlap.x) {
          const shift = overlap.y / 2 + 0.5;
          const sign = a.y < b.y || (a.y === b.y && a.anchorY <= b.anchorY) ? -1 : 1;
          a.y += sign * shift;
          b.y -= sign * shift;
        } else {
          const shift = overlap.x / 2 + 0.5;
          const sign = a.x < b.x || (a.x === b.x && a.anchorX <= b.anchorX) ? -1 : 1;
          a.x += sign * shift;
          b.x -= sign * shift;
        }
      }
    }
    for (const box of boxes) clamp(box, bounds);
    if (!moved) break;
  }
  return boxes;
}

function clamp(box: LabelBox, bounds: { left: number; top: number; right: number; bottom: number }) {
  box.x = Math.min(Math.max(box.x, bounds.left + box.width / 2), bounds.right - box.width / 2);
  box.y = Math.min(Math.max(box.y, bounds.top + box.height / 2), bounds.bottom - box.height / 2);
}

/** True when two boxes overlap (used by tests and to decide on leader lines). */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  const overlap = overlapOf(a, b, 0, 0);
  return overlap.x > 0 && overlap.y > 0;
}
