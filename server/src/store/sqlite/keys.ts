/**
 * Batch look-ups bind the keys as one JSON array (`IN (SELECT value FROM json_each(?))`), so
 * each query is one prepared statement whatever the number of keys.
 */
export const keysParam = (keys: readonly (string | number)[]): string => JSON.stringify(keys);

/** Groups rows by key and answers in the order of `keys` (an empty list for a key without rows). */
export function groupInKeyOrder<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Answers in the order of `keys`, undefined for a key without a row. */
export function pickInKeyOrder<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | undefined)[] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k));
}
