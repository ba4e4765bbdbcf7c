/**
 * The derived figures of the dashboard, for the server (resolvers, exports, goals) and the client
 * alike. Pure; each returns null when it has no basis.
 */

/** part / whole; null when the whole is zero. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Cases (or euros) per 10.000 inhabitants; null without inhabitants. */
export function per10k(count: number, inhabitants: number | null | undefined): number | null {
  return inhabitants ? (count / inhabitants) * 10_000 : null;
}

/** Amount per inhabitant; null without inhabitants. */
export function perInhabitant(amount: number, inhabitants: number | null | undefined): number | null {
  return inhabitants ? amount / inhabitants : null;
}

/** (current - previous) / previous; null without a previous value or when it is zero. */
export function relativeChange(current: number, previous: number | null | undefined): number | null {
  return previous ? (current - previous) / previous : null;
}
