/**
 * The focus ring of a mark: a 3-unit dark stroke on a white halo, so it shows on every fill and on
 * the white page. Hidden until the mark gets keyboard focus (`:focus-visible`, see charts.css).
 */
interface RectProps {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function FocusRect({ x, y, width, height }: RectProps) {
  return (
    <g className="chart-focus" aria-hidden="true">
      <rect className="chart-focus__halo" x={x} y={y} width={width} height={height} rx={4} />
      <rect className="chart-focus__ring" x={x} y={y} width={width} height={height} rx={4} />
    </g>
  );
}

export function FocusCircle({ cx, cy, r }: { cx: number; cy: number; r: number }) {
  return (
    <g className="chart-focus" aria-hidden="true">
      <circle className="chart-focus__halo" cx={cx} cy={cy} r={r} />
      <circle className="chart-focus__ring" cx={cx} cy={cy} r={r} />
    </g>
  );
}

/** A ring along a shape's outline, clipped to its inside so neighbouring shapes cannot cover it. */
export function FocusPath({ d, clipPathId }: { d: string; clipPathId: string }) {
  return (
    <g className="chart-focus chart-focus--inset" aria-hidden="true" clipPath={`url(#${clipPathId})`}>
      <path className="chart-focus__halo" d={d} />
      <path className="chart-focus__ring" d={d} />
    </g>
  );
}
