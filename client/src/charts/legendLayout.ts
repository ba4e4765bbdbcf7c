import { textWidth } from './textWidth';

export interface LegendItemLayout {
  key: string;
  label: string;
  /** Left of the swatch. */
  x: number;
  /** Vertical centre of the row. */
  y: number;
  index: number;
}

export interface LegendOptions {
  left: number;
  top: number;
  width: number;
  fontSize: number;
  swatchSize: number;
}

/** Legend items side by side, wrapping onto a new row when the width runs out. */
export function layoutLegend(items: { key: string; label: string }[], options: LegendOptions) {
  const { left, top, width, fontSize, swatchSize } = options;
  const rowHeight = Math.max(fontSize, swatchSize) + 8;
  const placed: LegendItemLayout[] = [];
  let x = left;
  let row = 0;
  items.forEach((item, index) => {
    const itemWidth = swatchSize + 6 + textWidth(item.label, fontSize);
    if (x > left && x + itemWidth > left + width) {
      row += 1;
      x = left;
    }
    placed.push({ key: item.key, label: item.label, x, y: top + row * rowHeight + rowHeight / 2, index });
    x += itemWidth + fontSize * 1.5;
  });
  return { items: placed, height: items.length ? (row + 1) * rowHeight : 0 };
}
