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

/** The least widths charts are laid out for: narrower boxes scale the chart down as a whole. */
export const LEAST_WIDTH = { compact: 300, normal: 420 } as const;
