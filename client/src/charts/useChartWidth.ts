import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { CHART_EM, COMPACT_WIDTH, LEAST_WIDTH, NORMAL_WIDTH } from './sizes';

/**
 * The width of a chart's box in layout units, where CHART_EM units are one em of the chart's own
 * text (the body text, see charts.css): so a chart's text is as large on screen as the text around
 * it, whatever the chart's width, and a wider box gives the bars more room instead of bigger text.
 *
 * The server and the first render use `initial` (no box to measure yet); after that a
 * ResizeObserver follows the box. Never less than `least`: in a box narrower than a 320 px phone's
 * the chart scales down as a whole rather than squeezing its marks (on the phone itself it takes
 * its narrow layout, see NARROW_WIDTH).
 *
 * Printing lays the page out anew, on A4, without telling the observer: the chart then lays itself
 * out for its printed box when the print media query changes (see below).
 */
export function useChartWidth(initial: number, least: number): [(svg: SVGSVGElement | null) => void, number] {
  const [width, setWidth] = useState(initial);
  const observer = useRef<ResizeObserver | null>(null);
  const unlisten = useRef<(() => void) | null>(null);

  const ref = useCallback(
    (svg: SVGSVGElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      unlisten.current?.();
      unlisten.current = null;
      if (!svg || typeof ResizeObserver === 'undefined') return;
      // The box is the svg's parent's content box: the svg itself is at most as wide as its layout
      // (ChartSvg), so measuring it would never let the chart grow.
      const host = svg.parentElement ?? svg;
      const measure = () => {
        const style = getComputedStyle(host);
        const sides = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
        const box = host.getBoundingClientRect().width - sides.reduce((sum, side) => sum + (Number.parseFloat(style[side]) || 0), 0);
        const em = Number.parseFloat(getComputedStyle(svg).fontSize);
        if (!(box > 0) || !(em > 0)) return;
        const units = Math.max(least, Math.round((box * CHART_EM) / em));
        // Steps of 2 units: no re-layout for a scrollbar's pixel of rounding.
        setWidth((current) => (Math.abs(current - units) >= 2 ? units : current));
      };
      const print = matchMedia('print');
      // Printing lays the page out anew, on A4, without telling the observer; the print media query
      // does, in the print layout, and the chart lays itself out for its printed box right then.
      const onPrintChange = () => {
        if (print.matches) flushSync(measure);
      };
      // Where print media were already in force before printing (an emulated print preview), the
      // query does not change: the chart then takes the share of the printed page it has on screen.
      const beforePrint = () => {
        if (!print.matches) return;
        const page = svg.closest('main') ?? document.body;
        const share = Math.min(1, host.getBoundingClientRect().width / Math.max(1, page.getBoundingClientRect().width));
        // Synchronously: the browser prints right after this event, before React would render.
        flushSync(() => setWidth(Math.max(least, Math.round(share * PRINT_UNITS))));
      };
      observer.current = new ResizeObserver(measure);
      observer.current.observe(host);
      window.addEventListener('beforeprint', beforePrint);
      window.addEventListener('afterprint', measure);
      print.addEventListener('change', onPrintChange);
      unlisten.current = () => {
        print.removeEventListener('change', onPrintChange);
        window.removeEventListener('beforeprint', beforePrint);
        window.removeEventListener('afterprint', measure);
      };
      measure();
    },
    [least],
  );

  useEffect(
    () => () => {
      observer.current?.disconnect();
      unlisten.current?.();
    },
    [],
  );
  return [ref, width];
}

/**
 * The width of a printed A4 page's text in layout units: 186 mm (210 mm less the margins of
 * print.css) is 703 CSS px, and chart text prints at 1.0625rem of 9pt (12.75 px).
 */
export const PRINT_UNITS = Math.round((703 * CHART_EM) / 12.75);

/** useChartWidth with the defaults of a compact or a full-size chart. */
export function useChartBox(compact = false): [(svg: SVGSVGElement | null) => void, number] {
  return useChartWidth(compact ? COMPACT_WIDTH : NORMAL_WIDTH, compact ? LEAST_WIDTH.compact : LEAST_WIDTH.normal);
}
