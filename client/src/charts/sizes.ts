/**
 * The viewBox width of the compact charts. Compact charts sit three in a row on the overview
 * (about 400 px wide at 1280×720), so a narrower viewBox keeps their text at its nominal size.
 */
export const COMPACT_WIDTH = 420;
