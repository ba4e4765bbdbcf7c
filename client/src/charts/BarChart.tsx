import { useContext } from 'react';
import { ChartSvg } from './ChartSvg';
import { layoutBars, type BarRow } from './barLayout';
import { ExplanationBadge } from './ExplanationBadge';
import { FocusRect } from './FocusRing';
import { markerBox } from './markerBox';
import { markProps } from './markProps';
import { ApartPattern } from './Patterns';
import { AXIS_COLOR, BAR_COLOR, BAR_HIGHLIGHT_COLOR, BAR_MUTED_COLOR, OUTLINE_COLOR, TEXT_COLOR } from './palette';
import { useSvgId } from './svgId';
import type { BarChartProps } from './types';
import { XAxis } from './XAxis';
import { useChartBox } from './useChartWidth';
import { HighlightContext } from './highlight';

/** Horizontal bars, largest first, with `apart` marks (hatched) below a rule. */
export function BarChart({ data, apart, formatTick, unselectable = [], highlight, label, describedBy, compact, onSelect }: BarChartProps) {
  const standing = useContext(HighlightContext);
  const [svgRef, boxWidth] = useChartBox(compact);
  const layout = layoutBars(data, { apart, formatTick, compact, highlight: highlight ?? standing ?? undefined, width: boxWidth });
  const patternId = useSvgId('bar-apart');
  const { width, height, plot, fontSize } = layout;

  const fillOf = (row: BarRow) => {
    if (row.apart) return `url(#${patternId})`;
    if (row.highlighted) return BAR_HIGHLIGHT_COLOR;
    return layout.highlighting ? BAR_MUTED_COLOR : BAR_COLOR;
  };

  return (
    <ChartSvg svgRef={svgRef} kind="bar" width={width} height={height} label={label} describedBy={describedBy}>
      <defs>
        <ApartPattern id={patternId} />
      </defs>
      <XAxis ticks={layout.ticks} top={plot.top} bottom={plot.bottom} fontSize={layout.tickFontSize} />
      {layout.separator && (
        <line
          aria-hidden="true"
          x1={layout.separator.x1}
          x2={layout.separator.x2}
          y1={layout.separator.y}
          y2={layout.separator.y}
          stroke={AXIS_COLOR}
          strokeWidth={1}
        />
      )}
      {layout.rows.map((row) => (
        <g key={row.mark.key} {...markProps(row.mark.ariaLabel, row.mark.key, onSelect, !unselectable.includes(row.mark.key))}>
          {/* The whole row is the click target, not just the (possibly tiny) bar. */}
          <rect className="chart-hit" x={0} y={row.rowTop} width={width} height={row.rowHeight} fill="transparent" />
          {row.bar && (
            <rect
              className="chart-bar"
              {...row.bar}
              fill={fillOf(row)}
              stroke={row.apart || row.highlighted ? OUTLINE_COLOR : 'none'}
              strokeWidth={row.highlighted ? 2 : 1}
            />
          )}
          <text x={row.valueX} y={row.textY} dy="0.35em" fontSize={fontSize} fontWeight={700} fill={TEXT_COLOR}>
            {row.mark.valueText}
          </text>
          {row.mark.marker && row.markerX !== null ? (
            <ExplanationBadge left={row.markerX} top={row.textY - markerBox(row.mark.marker).height / 2} text={row.mark.marker} />
          ) : null}
          <FocusRect x={3} y={row.rowTop + 1} width={width - 6} height={row.rowHeight - 2} />
        </g>
      ))}
      {/*
        Names outside the marks: a link's visible text must be part of its accessible name (WCAG 2.5.3),
        and "Zaanstad" + "45" would read as "Zaanstad45". Clicks pass through to the row underneath.
      */}
      <g className="chart-passive" aria-hidden="true">
        {layout.rows.map((row) => (
          <text
            key={row.mark.key}
            x={row.labelX}
            y={row.labelY}
            dy="0.35em"
            textAnchor={layout.labelAnchor}
            fontSize={fontSize}
            fontWeight={row.highlighted ? 700 : 400}
            fill={TEXT_COLOR}
            lang={row.mark.lang}
          >
            {row.labelLines.length === 1
              ? row.mark.label
              : row.labelLines.map((line, i) => (
                  // The first line keeps the text's own dy; each next one a line lower.
                  <tspan key={i} x={row.labelX} dy={i === 0 ? undefined : layout.lineHeight}>
                    {line}
                  </tspan>
                ))}
          </text>
        ))}
      </g>
      <line aria-hidden="true" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={AXIS_COLOR} strokeWidth={1} />
    </ChartSvg>
  );
}
