import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The box around a table that may be wider than the screen (a phone, 400 % zoom). When it does
 * scroll sideways it can be reached with the keyboard and is announced as a region named after
 * its table, so the arrow keys scroll it (WCAG 2.1.1; axe's scrollable-region-focusable); when
 * everything fits it adds no tab stop. Whether it scrolls is known only in the browser: a page
 * rendered on the server gets it once taken over.
 */
export function TableScroller({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    const table = box.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="utrecht-table-container zv-table-container"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
