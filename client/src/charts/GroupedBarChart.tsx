import { useContext } from 'react';
import { ChartSvg } from './ChartSvg';
import { HighlightContext } from './highlight';
import { RowLabel } from './RowLabel';
import { FocusRect } from './FocusRing';
import { layoutGroupedBars } from './groupedBarLayout';
import { Legend } from './Legend';
import { markProps } from './markProps';
import { FillPattern, fillOf, seriesFill } from './Patterns';
import { AXIS_COLOR, OUTLINE_COLOR, TEXT_COLOR } from './palette';
import { useSvgId } from './svgId';
import type { GroupedBarChartProps } from './types';
import { XAxis } from './XAxis';
import { useChartBox } from './useChartWidth';

/**
 * Grouped horizontal bars (e.g. contributions per municipality per year). Series differ in colour
 * AND pattern (solid, hatched, …) and always in the same order within a group.
 */
export function GroupedBarChart({ series, groups, formatTick, label, describedBy, compact, onSelect }: GroupedBarChartProps) {
  const [svgRef, boxWidth] = useChartBox(compact);
  // A GEMEENTE user's own municipality, named in bold.
  const highlight = useContext(HighlightContext);
  const layout = layoutGroupedBars(groups, series, { formatTick, compact, width: boxWidth });
  const idPrefix = useSvgId('grouped');
  const fills = series.map((_, i) => seriesFill(i));
  const patternId = (i: number) => `${idPrefix}-s${i}`;
  const { width, height, plot, font } = layout;

  return (
    <ChartSvg svgRef={svgRef} kind="grouped" width={width} height={height} label={label} describedBy={describedBy}>
      <defs>
        {fills.map((fill, i) => (
          <FillPattern key={i} id={patternId(i)} kind={fill.kind} color={fill.color} />
        ))}
      </defs>
      <Legend
        items={layout.legend.items}
        fontSize={font.legend}
        swatchSize={layout.legend.swatch}
        swatch={(i, size) => {
          const fill = fills[i];
          if (!fill) return null;
          return <rect width={size} height={size} fill={fillOf(fill, patternId(i))} stroke={fill.outlined ? OUTLINE_COLOR : 'none'} />;
        }}
      />
      <XAxis ticks={layout.ticks} top={plot.top} bottom={plot.bottom} fontSize={font.tick} />
      {layout.groups.map((group) => (
        <g key={group.key}>
          <RowLabel
            label={group.label}
            x={plot.left - 10}
            y={group.labelY}
            fontSize={font.label}
            highlighted={group.key === highlight}
            onClick={onSelect ? () => onSelect(group.key) : undefined}
          />
          {group.bars.map((b) => {
            const fill = fills[b.seriesIndex] ?? seriesFill(b.seriesIndex);
            return (
              <g key={b.mark.key} {...markProps(b.mark.ariaLabel, group.key, onSelect)}>
                <rect
                  className="chart-hit"
                  x={plot.left}
                  y={b.slot.y}
                  width={b.valueEnd - plot.left}
                  height={b.slot.height}
                  fill="transparent"
                />
                {b.bar && (
                  <rect
                    className="chart-bar"
                    {...b.bar}
                    fill={fillOf(fill, patternId(b.seriesIndex))}
                    stroke={fill.outlined ? OUTLINE_COLOR : 'none'}
                    strokeWidth={1}
                  />
                )}
                <text x={b.valueX} y={b.textY} dy="0.35em" fontSize={font.value} fontWeight={700} fill={TEXT_COLOR}>
                  {b.mark.valueText}
                </text>
                <FocusRect x={plot.left - 5} y={b.textY - font.value / 2 - 4} width={b.valueEnd - plot.left + 10} height={font.value + 8} />
              </g>
            );
          })}
        </g>
      ))}
      <line aria-hidden="true" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={AXIS_COLOR} />
    </ChartSvg>
  );
}
