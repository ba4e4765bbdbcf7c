import { useCallback, useEffect, useRef, useState } from 'react';
import { CHART_EM, COMPACT_WIDTH, LEAST_WIDTH, NORMAL_WIDTH } from './sizes';

/**
 * The width of a chart's box in layout units, where CHART_EM units are one em of the chart's own
 * text (the body text, see charts.css): so a chart's text is as large on screen as the text around
 * it, whatever the chart's width, and a wider box gives the bars more room instead of bigger text.
 *
 * The server and the first render use `initial` (no box to measure yet); after that a
 * ResizeObserver follows the box, also when the page is printed. Never less than `least`: in a very
 * narrow box (320 px reflow) the chart scales down as a whole rather than squeezing its marks.
 */
export function useChartWidth(initial: number, least: number): [(svg: SVGSVGElement | null) => void, number] {
  const [width, setWidth] = useState(initial);
  const observer = useRef<ResizeObserver | null>(null);

  const ref = useCallback(
    (svg: SVGSVGElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!svg || typeof ResizeObserver === 'undefined') return;
      const measure = () => {
        const box = svg.getBoundingClientRect().width;
        const em = Number.parseFloat(getComputedStyle(svg).fontSize);
        if (!(box > 0) || !(em > 0)) return;
        const units = Math.max(least, Math.round((box * CHART_EM) / em));
        // Steps of 2 units: no re-layout for a scrollbar's pixel of rounding.
        setWidth((current) => (Math.abs(current - units) >= 2 ? units : current));
      };
      observer.current = new ResizeObserver(measure);
      observer.current.observe(svg);
      measure();
    },
    [least],
  );

  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, width];
}

/** useChartWidth with the defaults of a compact or a full-size chart. */
export function useChartBox(compact = false): [(svg: SVGSVGElement | null) => void, number] {
  return useChartWidth(compact ? COMPACT_WIDTH : NORMAL_WIDTH, compact ? LEAST_WIDTH.compact : LEAST_WIDTH.normal);
}
