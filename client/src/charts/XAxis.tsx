import type { Tick } from './ticks';
import { GRID_COLOR, TEXT_MUTED_COLOR } from './palette';

interface XAxisProps {
  ticks: Tick[];
  /** Gridlines run from top to bottom; labels sit below bottom. */
  top: number;
  bottom: number;
  fontSize: number;
}

/** Light vertical gridlines with tick labels under them; decorative (the marks carry the values). */
export function XAxis({ ticks, top, bottom, fontSize }: XAxisProps) {
  return (
    <g className="chart-axis" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.position} x2={tick.position} y1={top} y2={bottom} stroke={GRID_COLOR} strokeWidth={1} />
          <text x={tick.position} y={bottom + fontSize + 4} textAnchor="middle" fontSize={fontSize} fill={TEXT_MUTED_COLOR}>
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
