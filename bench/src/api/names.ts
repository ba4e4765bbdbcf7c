/** The user the benchmarks log in as (a board member: the overview's audience). */
export const BENCH_USER = 'bestuurder-bench';
