import { readPersistedDocuments, type PersistedDocument } from '@zv/server/dist/http/persistedQueries.js';
import { percentile } from '../report.js';

/** A persisted operation of the dashboard by its name (Overview, Caseload, …). */
export function persistedDocument(name: string): PersistedDocument {
  const found = [...readPersistedDocuments().values()].find((d) => d.operationName === name);
  if (!found) throw new Error(`${name} ontbreekt in persisted-documents.json: npm run codegen`);
  return found;
}

export interface SequentialTiming {
  p50Ms: number;
  p99Ms: number;
  /** Bytes of the answer. */
  bytes: number;
  /** The first answer's text. */
  first: string;
}

/**
 * One client asking `operation` `requests` times, one after another (after five to warm up):
 * persisted as the dashboard sends it (`cached`), or as text. Every answer must be a 200 without
 * errors.
 */
export async function sequentialTimings(
  base: string,
  cookie: string,
  operation: PersistedDocument,
  { cached, requests }: { cached: boolean; requests: number },
): Promise<SequentialTiming> {
  const body = JSON.stringify(
    cached
      ? {
          operationName: operation.operationName,
          variables: {},
          extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } },
        }
      : { operationName: operation.operationName, variables: {}, query: operation.text },
  );
  const ask = async () => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) {
      throw new Error(`${operation.operationName}: ${response.status} ${text.slice(0, 300)}`);
    }
    return text;
  };
  const first = await ask();
  for (let i = 0; i < 5; i++) await ask();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    await ask();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), bytes: Buffer.byteLength(first), first };
}
