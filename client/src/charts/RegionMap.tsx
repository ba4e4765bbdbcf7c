import { useContext } from 'react';
import { ChartSvg } from './ChartSvg';
import { HighlightContext } from './highlight';
import { FocusPath } from './FocusRing';
import { layoutMap, type MapLabel } from './mapLayout';
import { markProps } from './markProps';
import { ApartPattern } from './Patterns';
import {
  HALO_COLOR,
  MAP_BORDER_COLOR,
  MAP_CLASS_COLORS,
  MAP_DARK_FROM_CLASS,
  MAP_DARK_HALO,
  TEXT_COLOR,
  TEXT_MUTED_COLOR,
} from './palette';
import { useSvgId } from './svgId';
import type { RegionMapProps } from './types';
import { useChartBox } from './useChartWidth';

/** The municipalities shaded in five classes (Blues), each labelled with its name and value. */
export function RegionMap({ features, data, legendTitle, formatTick, attribution, label, describedBy, compact, onSelect }: RegionMapProps) {
  const [svgRef, boxWidth] = useChartBox(compact);
  const highlight = useContext(HighlightContext);
  const layout = layoutMap(features, data, { formatTick, legendTitle, compact, width: boxWidth });
  const idPrefix = useSvgId('map');
  const hatchId = `${idPrefix}-none`;
  const clipId = (i: number) => `${idPrefix}-clip-${i}`;
  const fillOf = (classIndex: number | null) =>
    classIndex === null ? `url(#${hatchId})` : (MAP_CLASS_COLORS[classIndex] ?? MAP_CLASS_COLORS[0]);
  const { width, height, font, swatch, legend } = layout;

  return (
    <ChartSvg svgRef={svgRef} kind="map" width={width} height={height} label={label} describedBy={describedBy}>
      <defs>
        <ApartPattern id={hatchId} />
        {layout.areas.map((area, i) => (
          <clipPath key={area.key} id={clipId(i)}>
            <path d={area.d} />
          </clipPath>
        ))}
      </defs>
      {layout.areas.map((area, i) => {
        const shape = (
          <path
            className="chart-map-area"
            d={area.d}
            fill={fillOf(area.classIndex)}
            stroke={MAP_BORDER_COLOR}
            strokeWidth={1}
            strokeLinejoin="round"
          />
        );
        // Without a mark there is nothing to announce: the area is drawn but not focusable.
        if (!area.mark)
          return (
            <g key={area.key} aria-hidden="true">
              {shape}
            </g>
          );
        return (
          <g key={area.key} {...markProps(area.mark.ariaLabel, area.key, onSelect)}>
            {shape}
            {area.key === highlight ? (
              // A GEMEENTE user's own municipality: a heavy border drawn inside its own area.
              <path d={area.d} fill="none" stroke={TEXT_COLOR} strokeWidth={5} clipPath={`url(#${clipId(i)})`} aria-hidden="true" />
            ) : null}
            <FocusPath d={area.d} clipPathId={clipId(i)} />
          </g>
        );
      })}
      {/* Labels sit above all areas; the marks' aria-labels already say the same. */}
      <g className="chart-map-labels" aria-hidden="true">
        {layout.labels.map((l) => (
          <MapLabelText key={l.key} label={l} font={font} />
        ))}
      </g>
      <g className="chart-legend">
        {/* One <text>, so the wrapped title reads as one sentence; the trailing spaces keep the words apart. */}
        <text fontSize={font.legend} fontWeight={700} fill={TEXT_COLOR}>
          {legend.title.map((line, i) => (
            <tspan key={line.y} x={legend.x} y={line.y}>
              {i < legend.title.length - 1 ? `${line.text} ` : line.text}
            </tspan>
          ))}
        </text>
        {legend.items.map((item) => (
          <g key={item.label} transform={`translate(${legend.x},${item.y})`}>
            <rect aria-hidden="true" width={swatch.width} height={swatch.height} fill={fillOf(item.classIndex)} stroke={MAP_BORDER_COLOR} />
            <text x={swatch.width + 8} y={swatch.height / 2} dy="0.35em" fontSize={font.legend} fill={TEXT_COLOR}>
              {item.label}
            </text>
          </g>
        ))}
      </g>
      <text x={layout.attributionX} y={layout.attributionY} fontSize={font.attribution} fill={TEXT_MUTED_COLOR}>
        {attribution}
      </text>
    </ChartSvg>
  );
}

/** Dark text on a white halo on light classes, white text on a dark halo on the dark ones. */
function MapLabelText({ label, font }: { label: MapLabel; font: { name: number; value: number } }) {
  const dark = label.classIndex !== null && label.classIndex >= MAP_DARK_FROM_CLASS;
  const fill = dark ? HALO_COLOR : TEXT_COLOR;
  const halo = dark ? MAP_DARK_HALO : HALO_COLOR;
  return (
    <g>
      {label.leader && (
        <>
          <line {...label.leader} stroke={TEXT_COLOR} strokeWidth={1.25} />
          <circle cx={label.leader.x1} cy={label.leader.y1} r={2.5} fill={TEXT_COLOR} />
        </>
      )}
      <text
        className="chart-halo"
        x={label.x}
        y={label.nameY}
        textAnchor="middle"
        fontSize={font.name}
        fill={fill}
        stroke={halo}
        strokeWidth={3}
      >
        {label.name}
      </text>
      {label.value !== null && (
        <text
          className="chart-halo"
          x={label.x}
          y={label.valueY}
          textAnchor="middle"
          fontSize={font.value}
          fontWeight={700}
          fill={fill}
          stroke={halo}
          strokeWidth={3.5}
        >
          {label.value}
        </text>
      )}
    </g>
  );
}
