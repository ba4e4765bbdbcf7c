/** The user the benchmarks log in as (a board member: the overview's audience). */
export const BENCH_USER = 'bestuurder-bench';

/** A second board member: the costly-query part sends from two users (each may have six requests in flight). */
export const BENCH_USER_2 = 'bestuurder-bench-2';
