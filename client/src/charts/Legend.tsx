import type { ReactNode } from 'react';
import type { LegendItemLayout } from './legendLayout';
import { TEXT_COLOR } from './palette';

interface LegendProps {
  items: LegendItemLayout[];
  fontSize: number;
  swatchSize: number;
  /** Draws the swatch of item `index` in a box of `size` with its top-left at (0, 0). */
  swatch: (index: number, size: number) => ReactNode;
}

/** A row of legend entries: swatch (decorative, hidden from screen readers) and its text. */
export function Legend({ items, fontSize, swatchSize, swatch }: LegendProps) {
  return (
    <g className="chart-legend">
      {items.map((item) => (
        <g key={item.key} transform={`translate(${item.x},${item.y})`}>
          <g aria-hidden="true" transform={`translate(0,${-swatchSize / 2})`}>
            {swatch(item.index, swatchSize)}
          </g>
          <text x={swatchSize + 6} dy="0.35em" fontSize={fontSize} fill={TEXT_COLOR}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
