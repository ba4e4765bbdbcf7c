import { useContext } from 'react';
import { ChartSvg } from './ChartSvg';
import { HighlightContext } from './highlight';
import { RowLabel } from './RowLabel';
import { FocusCircle, FocusRect } from './FocusRing';
import { Legend } from './Legend';
import { markProps } from './markProps';
import { BAND_COLOR, OUTLINE_COLOR, RANGE_LINE_COLOR, TEXT_COLOR, seriesColor } from './palette';
import { layoutShares, markerPath } from './shareLayout';
import { textWidth } from './textWidth';
import type { ShareComparisonChartProps } from './types';
import { XAxis } from './XAxis';
import { useChartBox } from './useChartWidth';

/**
 * Shares side by side per municipality (a dot plot). Series differ in colour AND marker shape;
 * the values are repeated in columns at the right (not in the compact version).
 */
export function ShareComparisonChart({ series, rows, formatTick, label, describedBy, compact, onSelect }: ShareComparisonChartProps) {
  const [svgRef, boxWidth] = useChartBox(compact);
  // A GEMEENTE user's own municipality, named in bold.
  const highlight = useContext(HighlightContext);
  const layout = layoutShares(rows, series, { formatTick, compact, width: boxWidth });
  const { width, height, plot, font, radius } = layout;
  const marker = (seriesIndex: number, x: number, y: number, className?: string) => {
    const shape = series[seriesIndex]?.shape ?? 'circle';
    return (
      <path
        className={className}
        data-shape={shape}
        d={markerPath(shape, radius)}
        transform={`translate(${x},${y})`}
        fill={seriesColor(seriesIndex)}
        stroke={OUTLINE_COLOR}
        strokeWidth={1.25}
      />
    );
  };

  return (
    <ChartSvg svgRef={svgRef} kind="share" width={width} height={height} label={label} describedBy={describedBy}>
      <Legend
        items={layout.legend.items}
        fontSize={font.legend}
        swatchSize={layout.legend.swatch}
        swatch={(i, size) => marker(i, size / 2, size / 2)}
      />
      {/* Column heads: the series' shape above its value column. */}
      <g aria-hidden="true">
        {layout.columns.map((c) => (
          <g key={c.seriesIndex}>{marker(c.seriesIndex, c.x - radius, layout.headerY)}</g>
        ))}
      </g>
      <g aria-hidden="true">
        {layout.bands.map((b) => (
          <rect key={b.y} x={0} y={b.y} width={width} height={b.height} fill={BAND_COLOR} />
        ))}
      </g>
      <XAxis ticks={layout.ticks} top={plot.top} bottom={plot.bottom} fontSize={font.tick} />
      {layout.rows.map((row) => (
        <g key={row.key}>
          <RowLabel
            label={row.label}
            x={layout.labelX}
            anchor={layout.labelAnchor}
            y={row.labelY}
            fontSize={font.label}
            highlighted={row.key === highlight}
            onClick={onSelect ? () => onSelect(row.key) : undefined}
          />
          {row.range && (
            <line aria-hidden="true" x1={row.range.x1} x2={row.range.x2} y1={row.y} y2={row.y} stroke={RANGE_LINE_COLOR} strokeWidth={2} />
          )}
          {row.markers.map((m) => {
            const column = layout.columns.find((c) => c.seriesIndex === m.seriesIndex);
            return (
              <g key={m.mark.key} {...markProps(m.mark.ariaLabel, row.key, onSelect)}>
                {m.x !== null && (
                  <>
                    <circle cx={m.x} cy={m.y} r={radius + 4} fill="transparent" />
                    {marker(m.seriesIndex, m.x, m.y, 'chart-marker')}
                    <FocusCircle cx={m.x} cy={m.y} r={radius + 5} />
                  </>
                )}
                {/* An unknown value has no marker: its text stands in the column, or at the start of the axis. */}
                {(column || m.x === null) && (
                  <text
                    x={column ? column.x : plot.left + 4}
                    y={column ? row.valueY : row.y}
                    dy="0.35em"
                    textAnchor={column ? 'end' : 'start'}
                    fontSize={font.value}
                    fontWeight={700}
                    fill={TEXT_COLOR}
                  >
                    {m.mark.valueText}
                  </text>
                )}
                {m.x === null && (
                  <FocusRect
                    x={(column ? column.x - textWidth(m.mark.valueText, font.value, true) : plot.left + 4) - 5}
                    y={(column ? row.valueY : row.y) - font.value / 2 - 5}
                    width={textWidth(m.mark.valueText, font.value, true) + 10}
                    height={font.value + 10}
                  />
                )}
              </g>
            );
          })}
        </g>
      ))}
    </ChartSvg>
  );
}
