/**
 * Import core of the Dashboard Zorg & Veiligheid: reads a CSV or JSON file of one of four kinds,
 * validates it completely, refuses anything person-level, and hands valid records over. Pure: no
 * store, no I/O besides reading the input it is given.
 *
 * Files (see each for its rules):
 * - decode.ts       bytes → text: BOM, UTF-8 or Windows-1252 from the first non-ASCII bytes
 * - csvRecords.ts   separator from the header (';' or ','), rows via csv-parse's stream API
 * - jsonRecords.ts  an array of flat objects, one object at a time
 * - values.ts       Dutch numbers, dates, names
 * - suggest.ts      closest name ("bedoelt u 'Zaanstad'?")
 * - guard.ts        the anonymisation guard
 * - kinds/*.ts      the columns and checks of each kind
 * - pipeline.ts     the whole run
 * - formats.ts      the columns and accepted values of each kind, and its blank template
 *
 * Column headers per kind (case, accents and order free):
 * - CASELOAD       peildatum;gemeente;kennisdomein;aantal   (kennisdomein may be left out)
 * - CONTRIBUTIONS  jaar;gemeente;bedrag
 * - POPULATION     jaar;gemeente;inwoners;bron
 * - FUNDING        jaar;bron;bedrag
 */
import { runPipeline, type ImportInput } from './pipeline.js';
import type { ImportKind, ImportOptions, ImportRecord, ImportSink, ImportSummary, ReferenceData } from './types.js';

export type * from './types.js';
export { IMPORT_KINDS } from './types.js';
export type { ImportInput } from './pipeline.js';
export { KIND_SPECS, DEFAULT_BATCH_SIZE, DEFAULT_MAX_ERRORS } from './pipeline.js';
export { ALL_ONES_MIN_ROWS, REPEATED_KEY_ROWS } from './kinds/caseload.js';
export { LIMITS } from './kinds/common.js';
export { importFormat, type ImportFormat, type FormatColumn, type AcceptedValue } from './formats.js';

/**
 * Validates a file streamed in chunks (a Node Readable, any async or sync iterable of
 * Buffer/string chunks, or the whole content) and hands valid records to `sink` in batches
 * (default 5 000), in file order. Memory stays bounded by the batch, a buffered batch of CSV
 * records or one JSON object, a few small caches, and what the cross-row checks keep: for
 * CASELOAD one table of slots per count date (504 bytes a date for a region of seven
 * municipalities and six domains), for the other kinds one map entry per jaar+gemeente or
 * jaar+bron. A 50 MB file of a million rows runs in a 48 MB heap (see streaming.test.ts).
 *
 * Every error of the file is reported (up to `maxErrors`, default 1 000; the rest are counted in
 * `moreErrors`); the file is good only when `errors` is empty.
 *
 * The sink contract — important for the caller:
 * - The sink is called only while no error has been found. Once one is found (in any row, by the
 *   guard, or at the header) no further batch is delivered, and the last partial batch is held
 *   back when `errors` is not empty at the end.
 * - But a sink may have received batches before a later row, or a cross-row check at the end of
 *   the file (duplicates, totals, one-row-per-person), turns out wrong. So write into a
 *   transaction or staging area and commit only when the returned `errors` is empty; roll back
 *   otherwise.
 * - The sink is awaited before reading on; if it throws, `validateImport` rejects with that error.
 *
 * Rejects only for programming errors (a `reference.today` that is not an ISO date, a failing
 * sink, a failing input stream); everything wrong with the file itself is in the summary.
 */
export async function validateImport(
  kind: ImportKind,
  input: ImportInput,
  reference: ReferenceData,
  sink?: ImportSink,
  options?: ImportOptions,
): Promise<ImportSummary> {
  return runPipeline(kind, input, reference, sink, options);
}

/**
 * For small content already in memory (the GraphQL door): the same pipeline, with the records
 * collected. All or nothing: `records` is empty whenever `errors` is not.
 */
export async function parseImport(
  kind: ImportKind,
  content: string | Uint8Array,
  reference: ReferenceData,
  options?: Pick<ImportOptions, 'maxErrors'>,
): Promise<ImportSummary & { records: ImportRecord[] }> {
  const records: ImportRecord[] = [];
  const summary = await runPipeline(kind, content, reference, (batch) => void records.push(...batch), {
    maxErrors: options?.maxErrors,
  });
  return { ...summary, records: summary.errors.length === 0 && summary.moreErrors === 0 ? records : [] };
}
