import type { IndicatorCode } from '@zv/shared';
import { Link } from 'wouter';

/** Where a figure's definition is: "Over de cijfers", one figure. */
export function indicatorHref(code: IndicatorCode): string {
  return `/cijfers/${code}`;
}

/**
 * "Over dit cijfer" (`label`, in the language of what it stands in): a real link to the figure's
 * definition (keyboard, a shareable URL, opens in a new tab). `describedBy` names the chart or tile
 * it belongs to, so the link tells which figure.
 * Left out of print: the handout carries the figures, not the way to their definitions.
 */
export function AboutFigureLink({
  code,
  label,
  describedBy,
  iconOnly = false,
}: {
  code: IndicatorCode;
  label: string;
  describedBy?: string;
  /** Only the "i" shows (a tile's corner, where a line of its own would cost the projector screen a row); the label stays its name. */
  iconOnly?: boolean;
}) {
  return (
    <Link
      href={indicatorHref(code)}
      className={`utrecht-link zv-about-figure zv-no-print${iconOnly ? ' zv-about-figure--icon' : ''}`}
      aria-describedby={describedBy}
      title={iconOnly ? label : undefined}
    >
      {/* A drawn "i" in a circle: the font's ⓘ is missing from some systems' fonts. */}
      <svg aria-hidden="true" focusable="false" className="zv-about-figure__icon" viewBox="0 0 16 16" width="14" height="14">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <rect x="7.1" y="6.8" width="1.8" height="5" fill="currentColor" />
        <circle cx="8" cy="4.6" r="1.1" fill="currentColor" />
      </svg>
      {iconOnly ? <span className="zv-visually-hidden">{label}</span> : label}
    </Link>
  );
}
