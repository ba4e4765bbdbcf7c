/**
 * Layout units per em of chart text. Charts lay out in these units with their viewBox as wide as
 * their box (see useChartWidth): text of CHART_EM units is exactly as large as the body text, on
 * any screen, in print and in presentation mode.
 */
export const CHART_EM = 17;

/** Chart text: names and values at the body text's size; axes, legends and notes a little smaller. */
export const CHART_FONT = { text: CHART_EM, small: Math.round(CHART_EM * 0.9 * 2) / 2 } as const;

/** The width compact charts are laid out for before their box is measured (three in a row on the overview). */
export const COMPACT_WIDTH = 420;

/** The width full-size charts are laid out for before their box is measured. */
export const NORMAL_WIDTH = 640;

/**
 * The least widths charts are laid out for: narrower boxes scale the chart down as a whole. A
 * full-size chart on a 320 px phone has a box of about 238 units: it is laid out for that, so its
 * text stays as large as the body text (and at 12 px or more down to a box of about 185 px).
 */
export const LEAST_WIDTH = { compact: 240, normal: 240 } as const;

/**
 * Below these widths charts take their narrow layouts (names above the bars instead of beside
 * them, fewer ticks): the side-by-side layouts hold down to here.
 */
export const NARROW_WIDTH = { compact: 300, normal: 420 } as const;

/** Whether a chart of `width` units takes its narrow layout. */
export function isNarrow(width: number, compact: boolean): boolean {
  return width < NARROW_WIDTH[compact ? 'compact' : 'normal'];
}
