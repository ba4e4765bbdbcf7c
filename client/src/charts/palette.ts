/**
 * Colours of the charts. Series use Okabe–Ito (safe for the common colour-vision deficiencies);
 * they are always paired with a pattern or shape, so black-and-white prints stay readable.
 */

/** Okabe–Ito, in the order series get them. */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'] as const;

/** The one bar colour (8.3:1 on white, so the bar itself stands out; value text goes outside it). */
export const BAR_COLOR = '#1f4e8c';
/** Bars next to a highlighted one step back (still 3.9:1 against white, WCAG 1.4.11). */
export const BAR_MUTED_COLOR = '#5a82bd';
/** The highlighted bar. */
export const BAR_HIGHLIGHT_COLOR = '#0f3466';

/** "Niet gespecificeerd" and unknown values: light grey, hatched, with a dark outline. */
export const APART_FILL = '#e0e0e0';
export const HATCH_COLOR = '#4d4d4d';

/** Text: main (16:1 on white) and secondary (8.5:1). */
export const TEXT_COLOR = '#1a1a1a';
export const TEXT_MUTED_COLOR = '#4d4d4d';
/** Outline of marks and the focus ring. */
export const OUTLINE_COLOR = '#1a1a1a';
export const AXIS_COLOR = '#767676';
export const GRID_COLOR = '#d9d9d9';
export const RANGE_LINE_COLOR = '#8c8c8c';
export const HALO_COLOR = '#ffffff';
/** Background of every other row (text on it still has 15:1). */
export const BAND_COLOR = '#f3f3f3';

/** ColorBrewer Blues, 5 classes, light to dark (the map). */
export const MAP_CLASS_COLORS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
/** From this class index on, map labels are white with a dark halo instead of dark with a white one. */
export const MAP_DARK_FROM_CLASS = 3;
export const MAP_DARK_HALO = '#0b2545';
export const MAP_NO_DATA_FILL = '#f0f0f0';
export const MAP_BORDER_COLOR = '#4d4d4d';

/** Colour of series `index` (wraps around after six). */
export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? SERIES_COLORS[0];
}
