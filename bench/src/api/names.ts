/** The user the benchmarks log in as (a board member: the overview's audience). */
export const BENCH_USER = 'bestuurder-bench';

/**
 * The board members the load is spread over: a user may have six requests in flight
 * (server/src/http/concurrency.ts), so 64 connections need at least 11 users, as in a real meeting.
 */
export const BENCH_USERS = [BENCH_USER, ...Array.from({ length: 11 }, (_, i) => `${BENCH_USER}-${i + 2}`)];
export const BENCH_USER_2 = BENCH_USERS[1]!;
