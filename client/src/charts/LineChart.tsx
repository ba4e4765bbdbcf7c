import { ChartSvg } from './ChartSvg';
import { FocusCircle } from './FocusRing';
import { layoutLine } from './lineLayout';
import { markProps } from './markProps';
import { AXIS_COLOR, BAR_COLOR, GRID_COLOR, HALO_COLOR, TEXT_COLOR, TEXT_MUTED_COLOR } from './palette';
import type { LineChartProps } from './types';
import { useChartBox } from './useChartWidth';
import { ExplanationBadge } from './ExplanationBadge';
import { markerBox } from './markerBox';

/**
 * The numbered marker of a count date's explanations ("1", "1,2"), below its point (above the
 * value when the point is too near the axis).
 */
function ExplanationMarker({ x, y, text, radius, bottom }: { x: number; y: number; text: string; radius: number; bottom: number }) {
  const { width, height, fontSize } = markerBox(text);
  const below = bottom - y > radius + height + 10;
  const top = below ? y + radius + 6 : y - radius - 12 - fontSize - height;
  return <ExplanationBadge left={x - width / 2} top={top} text={text} />;
}

/**
 * A value over count dates: a point with its value above it and its date below the axis. With many
 * points (see lineLayout) only the first, last, highest and lowest are marks with a value; the axis
 * gets a few date ticks.
 */
export function LineChart({ points, formatTick, sparseNote, gapNote, label, describedBy, compact, onSelect }: LineChartProps) {
  const [svgRef, boxWidth] = useChartBox(compact);
  const layout = layoutLine(points, { formatTick, compact, sparseNote, gapNote, width: boxWidth });
  const { width, height, plot, font, radius } = layout;
  const halo = layout.labelHalo ? { className: 'chart-halo', stroke: HALO_COLOR, strokeWidth: 4 } : {};

  return (
    <ChartSvg svgRef={svgRef} kind="line" width={width} height={height} label={label} describedBy={describedBy}>
      <g className="chart-axis" aria-hidden="true">
        {layout.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.position} y2={tick.position} stroke={GRID_COLOR} />
            <text x={plot.left - 8} y={tick.position} dy="0.35em" textAnchor="end" fontSize={font.tick} fill={TEXT_MUTED_COLOR}>
              {tick.label}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={AXIS_COLOR} />
      </g>
      {layout.segments.map((segment) => (
        <path
          key={segment.path}
          className={segment.dashed ? 'chart-line chart-line--gap' : 'chart-line'}
          aria-hidden="true"
          d={segment.path}
          fill="none"
          stroke={BAR_COLOR}
          strokeWidth={3}
          strokeLinejoin="round"
          strokeDasharray={segment.dashed ? '9 7' : undefined}
        />
      ))}
      {layout.points.map((p) =>
        p.mark ? (
          <g key={p.point.key} {...markProps(p.point.ariaLabel, p.point.key, onSelect)}>
            <circle className="chart-hit" cx={p.x} cy={p.y} r={radius * 2.4} fill="transparent" />
            {p.point.value !== null && (
              <circle className="chart-point" cx={p.x} cy={p.y} r={radius} fill={BAR_COLOR} stroke={HALO_COLOR} strokeWidth={2} />
            )}
            {/* Axis tick of this count date. */}
            {p.tick && <line x1={p.x} x2={p.x} y1={plot.bottom} y2={plot.bottom + 5} stroke={AXIS_COLOR} />}
            {p.point.marker ? <ExplanationMarker x={p.x} y={p.y} text={p.point.marker} radius={radius} bottom={plot.bottom} /> : null}
            {p.showValue && (
              <text x={p.valueX} y={p.valueY} textAnchor="middle" fontSize={font.value} fontWeight={700} fill={TEXT_COLOR} {...halo}>
                {p.point.valueText}
              </text>
            )}
            <FocusCircle cx={p.x} cy={p.y} r={radius + 6} />
          </g>
        ) : null,
      )}
      {/* Dates outside the marks, like the bar names (WCAG 2.5.3: visible text part of a link's name). */}
      <g className="chart-passive" aria-hidden="true">
        {layout.points.map((p) =>
          p.showDate ? (
            <text key={p.point.key} x={p.x} y={p.dateY} textAnchor="middle" fontSize={font.date} fill={TEXT_COLOR}>
              {p.dateLines.length === 1
                ? p.point.dateText
                : p.dateLines.map((line, i) => (
                    <tspan key={i} x={p.x} dy={i === 0 ? undefined : layout.dateLineHeight}>
                      {line}
                    </tspan>
                  ))}
            </text>
          ) : null,
        )}
        {layout.xTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={tick.position} x2={tick.position} y1={plot.bottom} y2={plot.bottom + 5} stroke={AXIS_COLOR} />
            <text x={tick.position} y={layout.dateY} textAnchor="middle" fontSize={font.date} fill={TEXT_COLOR}>
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      {layout.note && (
        <text className="chart-note" fontSize={font.note} fill={TEXT_MUTED_COLOR} fontStyle="italic">
          {layout.note.lines.map((line, i, lines) => (
            <tspan key={line.y} x={layout.note?.x} y={line.y}>
              {i < lines.length - 1 ? `${line.text} ` : line.text}
            </tspan>
          ))}
        </text>
      )}
    </ChartSvg>
  );
}
