/**
 * Which intervals between count dates are pauses: longer than 1,5 times the median interval, so
 * that nothing was counted in between. One rule for the dashed stretches of a line chart and for
 * the sentence that names them. `times` are the count dates in milliseconds, oldest first; the
 * answer has one flag per interval (times.length − 1). With fewer than two intervals there is no
 * usual interval to compare with, so nothing is a pause.
 */
export function pauseFlags(times: readonly number[]): boolean[] {
  const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
  if (gaps.length < 2) return gaps.map(() => false);
  const sorted = [...gaps].sort((a, b) => a - b);
  const usual = sorted[Math.floor((sorted.length - 1) / 2)] as number;
  return gaps.map((gap) => gap > usual * 1.5);
}
