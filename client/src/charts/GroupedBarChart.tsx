import { useContext } from 'react';
import { ChartSvg } from './ChartSvg';
import { HighlightContext } from './highlight';
import { RowLabel } from './RowLabel';
import { FocusRect } from './FocusRing';
import { LABEL_LINE, layoutGroupedBars } from './groupedBarLayout';
import { Legend } from './Legend';
import { markProps } from './markProps';
import { FillPattern, fillOf, seriesFill } from './Patterns';
import { AXIS_COLOR, HALO_COLOR, OUTLINE_COLOR, TEXT_COLOR } from './palette';
import { useSvgId } from './svgId';
import type { GroupedBarChartProps } from './types';
import { XAxis } from './XAxis';
import { useChartBox } from './useChartWidth';

/**
 * Grouped horizontal bars (e.g. contributions per municipality per year). Series differ in colour
 * AND pattern (solid, hatched, …) and always in the same order within a group.
 */
export function GroupedBarChart({ series, groups, formatTick, label, describedBy, compact, onSelect, reference }: GroupedBarChartProps) {
  const [svgRef, boxWidth] = useChartBox(compact);
  // A GEMEENTE user's own municipality, named in bold.
  const highlight = useContext(HighlightContext);
  const layout = layoutGroupedBars(groups, series, { formatTick, compact, width: boxWidth, reference });
  const idPrefix = useSvgId('grouped');
  const fills = series.map((_, i) => seriesFill(i));
  const patternId = (i: number) => `${idPrefix}-s${i}`;
  const { width, height, plot, font } = layout;
  // Values the reference line may cross keep a white halo.
  const halo = layout.reference ? { className: 'chart-halo', stroke: HALO_COLOR, strokeWidth: 4 } : {};

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
          if (!fill) return <ReferenceSwatch size={size} />;
          return <rect width={size} height={size} fill={fillOf(fill, patternId(i))} stroke={fill.outlined ? OUTLINE_COLOR : 'none'} />;
        }}
      />
      <XAxis ticks={layout.ticks} top={plot.top} bottom={plot.bottom} fontSize={font.tick} />
      {layout.groups.map((group) => (
        <g key={group.key}>
          <RowLabel
            label={group.label}
            x={layout.labelX}
            anchor={layout.labelAnchor}
            lines={group.labelLines}
            lineHeight={LABEL_LINE}
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
                <text x={b.valueX} y={b.textY} dy="0.35em" fontSize={font.value} fontWeight={700} fill={TEXT_COLOR} {...halo}>
                  {b.mark.valueText}
                </text>
                <FocusRect x={plot.left - 5} y={b.textY - font.value / 2 - 4} width={b.valueEnd - plot.left + 10} height={font.value + 8} />
              </g>
            );
          })}
        </g>
      ))}
      <line aria-hidden="true" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={AXIS_COLOR} />
      {layout.reference && (
        // Over the bars, on a white casing so it shows on every fill; its value is in each bar's name.
        <g className="chart-reference chart-passive" aria-hidden="true">
          {layout.reference.paths.map((d) => (
            <g key={d}>
              <path d={d} fill="none" stroke={HALO_COLOR} strokeWidth={5} strokeLinejoin="round" />
              <path
                className="chart-reference__line"
                d={d}
                fill="none"
                stroke={TEXT_COLOR}
                strokeWidth={2.5}
                strokeDasharray={REFERENCE_DASH}
              />
            </g>
          ))}
          {layout.reference.labels.map((l) => (
            <text
              key={`${l.x},${l.y}`}
              className="chart-reference__label"
              x={l.x}
              y={l.y}
              dy="0.35em"
              textAnchor={l.anchor}
              fontSize={font.legend}
              fontWeight={700}
              fill={TEXT_COLOR}
            >
              {l.text}
            </text>
          ))}
        </g>
      )}
    </ChartSvg>
  );
}

/** Dashes of the reference line: tells it from the bars without colour, also in black and white. */
const REFERENCE_DASH = '7 4';

/** The reference line's legend entry: a short stretch of the dashed line. */
function ReferenceSwatch({ size }: { size: number }) {
  return <line x1={size / 2} x2={size / 2} y1={0} y2={size} stroke={TEXT_COLOR} strokeWidth={2.5} strokeDasharray="6 4" />;
}
