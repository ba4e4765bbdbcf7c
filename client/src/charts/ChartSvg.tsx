import type { ReactNode, Ref } from 'react';
import './charts.css';
import { CHART_EM } from './sizes';

/**
 * The root of every chart: a viewBox as wide as the chart's box (in units of CHART_EM per em, see
 * useChartWidth, so text keeps the size of the body text), and a group named by the chart's title and
 * described by its summary, so that its focusable marks are announced in context.
 */
export function ChartSvg({
  kind,
  width,
  height,
  label,
  describedBy,
  svgRef,
  children,
}: {
  kind: string;
  width: number;
  height: number;
  label: string;
  describedBy?: string | undefined;
  /** Receives the svg element, to measure its box (useChartWidth). */
  svgRef?: Ref<SVGSVGElement>;
  children: ReactNode;
}) {
  return (
    <svg
      ref={svgRef}
      className={`chart chart--${kind}`}
      viewBox={`0 0 ${width} ${height}`}
      // As wide as its layout (the box once measured: see useChartWidth) and never wider than the
      // box. Before the chart has measured its box (the server's page, the first paint) its text
      // is already at the body text's size instead of stretched.
      width={`${width / CHART_EM}em`}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
    >
      {children}
    </svg>
  );
}
