import { markerBox } from './markerBox';
import { HALO_COLOR, TEXT_COLOR } from './palette';

/**
 * The numbered marker of a mark's explanations ("1", "1,2"), its left edge at `left` and top at
 * `top`. The numbers match the list under the charts; the text itself is in the mark's accessible
 * name, so the marker is hidden from assistive technology.
 */
export function ExplanationBadge({ left, top, text }: { left: number; top: number; text: string }) {
  const { width, height, fontSize } = markerBox(text);
  return (
    <g className="chart-explanation-marker" aria-hidden="true">
      <rect x={left} y={top} width={width} height={height} rx={height / 2} fill={TEXT_COLOR} stroke={HALO_COLOR} strokeWidth={2} />
      <text
        x={left + width / 2}
        y={top + height / 2}
        dy="0.35em"
        textAnchor="middle"
        fontSize={fontSize}
        fontWeight={700}
        fill={HALO_COLOR}
      >
        {text}
      </text>
    </g>
  );
}
