import type { ReactNode } from 'react';
import './charts.css';

/**
 * The root of every chart: a scalable viewBox, and a group named by the chart's title and
 * described by its summary, so that its focusable marks are announced in context.
 */
export function ChartSvg({
  kind,
  width,
  height,
  label,
  describedBy,
  children,
}: {
  kind: string;
  width: number;
  height: number;
  label: string;
  describedBy?: string | undefined;
  children: ReactNode;
}) {
  return (
    <svg
      className={`chart chart--${kind}`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
    >
      {children}
    </svg>
  );
}
