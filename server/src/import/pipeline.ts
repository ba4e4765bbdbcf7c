import { csvTable, detectLayout, firstLine, rejoin, sniff, type Sniffed } from './csvRecords.js';
import { decodeText, normaliseNewlines } from './decode.js';
import { ErrorCollector, ImportFileError, type ColumnRef } from './errors.js';
import { Guard, REFUSAL, type ColumnRole } from './guard.js';
import { jsonTable } from './jsonRecords.js';
import { caseloadSpec } from './kinds/caseload.js';
import { Lookup, expectedHeader, type Cell, type KindSpec, type RowValidator, type RowView } from './kinds/common.js';
import { contributionsSpec } from './kinds/contributions.js';
import { fundingSpec } from './kinds/funding.js';
import { flowsSpec } from './kinds/flows.js';
import { populationSpec } from './kinds/population.js';
import type { RawRow, TableEvent } from './rows.js';
import type {
  DetectedEncoding,
  FlowTotal,
  ImportKind,
  ImportOptions,
  ImportRecord,
  ImportSink,
  ImportSummary,
  ReferenceData,
} from './types.js';
import { BoundedCache, hasControlCharacters, hasMojibake, hasUndecodableBytes, looksLikeFormula, normaliseName } from './values.js';

export const KIND_SPECS: Readonly<Record<ImportKind, KindSpec>> = {
  CASELOAD: caseloadSpec,
  CONTRIBUTIONS: contributionsSpec,
  POPULATION: populationSpec,
  FUNDING: fundingSpec,
  FLOWS: flowsSpec,
};

export const DEFAULT_BATCH_SIZE = 5_000;
export const DEFAULT_MAX_ERRORS = 1_000;

/** A file: a Node Readable, any (async) iterable of Buffer/string chunks, or the whole content. */
export type ImportInput = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> | Uint8Array | string;

interface Column {
  ref: ColumnRef;
  role: ColumnRole;
  /** The spec name when this is the kind's column. */
  specName: string | null;
  /** Header cell as written, trimmed. */
  header: string;
}

/**
 * The import pipeline: bytes → text (encoding decided from the first bytes) → rows (csv-parse
 * stream, or the JSON array scanner) → per row: shape, anonymisation guard, cell hygiene, the
 * kind's checks → records in batches to the sink → cross-row checks at the end → summary.
 * See `validateImport` in index.ts for the contract.
 */
export async function runPipeline(
  kind: ImportKind,
  input: ImportInput,
  reference: ReferenceData,
  sink: ImportSink | undefined,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  checkReference(reference);
  const spec = KIND_SPECS[kind];
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const errors = new ErrorCollector(Math.max(0, Math.floor(options.maxErrors ?? DEFAULT_MAX_ERRORS)));
  const lookup = new Lookup(reference);
  const expected = expectedHeader(spec);
  const decoded: { encoding: DetectedEncoding | null } = { encoding: null };

  let format: 'csv' | 'json' | null = null;
  let delimiter: ';' | ',' | null = null;
  let rowsRead = 0;
  let validRows = 0;
  let aborted = false;
  let guard = new Guard(true, lookup.isKnownName);
  let validator: RowValidator | null = null;
  let headerLine: number | null = null;
  let noHeader = false;
  let columns: Column[] = [];
  let width = 0;
  let headerKey = '';
  let headerFirst = '';
  const specIndex = new Map<string, number>();
  const unexpected: number[] = [];
  const extraColumns = new Map<string, number>();
  let batch: ImportRecord[] = [];
  let delivering = sink !== undefined;

  const setUpHeader = (names: string[], line: number) => {
    headerLine = line;
    width = names.length;
    const normalised = names.map(normaliseName);
    headerKey = normalised.join('\u0000');
    headerFirst = normalised[0] ?? '';
    // Spec names compare as the header's do (FLOWS' binnen_norm matches 'Binnen norm' too).
    const bySpec = new Map(spec.columns.map((c) => [normaliseName(c.name), c]));
    const duplicates: number[] = [];
    normalised.forEach((name, i) => {
      const column = bySpec.get(name);
      if (!column) return;
      if (specIndex.has(column.name)) duplicates.push(i);
      else specIndex.set(column.name, i);
    });
    noHeader = specIndex.size === 0;
    guard = new Guard(!noHeader, lookup.isKnownName);
    columns = names.map((raw, i) => {
      const header = raw.trim();
      const specName = noHeader ? null : ([...specIndex].find(([, index]) => index === i)?.[0] ?? null);
      const role: ColumnRole = specName ? (bySpec.get(normaliseName(specName))?.role ?? 'unexpected') : 'unexpected';
      const ref: ColumnRef = { display: noHeader || header === '' ? `kolom ${i + 1}` : header, position: i + 1, safe: !noHeader };
      guard.addColumn(i, header, role, ref, line);
      if (!specName && !duplicates.includes(i)) unexpected.push(i);
      return { ref, role, specName, header };
    });
    if (noHeader) {
      errors.add(
        line,
        null,
        `De eerste regel is geen kopregel: geen van de verwachte kolommen gevonden. Begin het bestand met de kopregel ${expected} (hoofdletters en volgorde vrij).`,
      );
      return;
    }
    for (const i of duplicates) {
      const column = columns[i] as Column;
      errors.add(line, column.ref, `Kolom '${column.header}' staat meer dan eens in de kopregel; elke kolom mag één keer voorkomen.`);
    }
    const missing = new Set<string>();
    for (const column of spec.columns) {
      if (specIndex.has(column.name)) continue;
      missing.add(column.name);
      if (column.required) {
        errors.add(line, column.name, `Kolom '${column.name}' ontbreekt; verwachte kolommen: ${expected} (hoofdletters en volgorde vrij).`);
      }
    }
    validator = spec.create({ reference, lookup, guard, missing, report: (l, c, m) => errors.add(l, c, m) });
  };

  /** A CSV field beyond the header's width: checked by the guard under its position. */
  const positionalColumn = (index: number): number => {
    if (!guard.has(index))
      guard.addColumn(index, '', 'unexpected', { display: `kolom ${index + 1}`, position: index + 1, safe: false }, null);
    return index;
  };

  /** A JSON key the first object lacked: an unexpected column from here on. */
  const extraKeyColumn = (name: string, line: number): number => {
    const key = normaliseName(name);
    let at = extraColumns.get(key);
    if (at === undefined) {
      at = width + extraColumns.size;
      extraColumns.set(key, at);
      const ref: ColumnRef = { display: name.trim() || `kolom ${at + 1}`, position: at + 1, safe: true };
      guard.addColumn(at, name, 'unexpected', ref, line);
      columns[at] = { ref, role: 'unexpected', specName: null, header: name.trim() };
      unexpected.push(at);
    }
    return at;
  };

  /** Per expected column: the verdict of the hygiene checks per distinct value (null: clean). */
  const hygiene = new Map<number, BoundedCache<string, string | null>>();
  const hygieneOf = (value: string, column: Column): string | null => {
    if (hasUndecodableBytes(value) || (decoded.encoding === 'windows-1252' && hasMojibake(value))) {
      return "Deze waarde bevat tekens in een andere tekenset dan de rest van het bestand (gemengde codering). Sla het hele bestand opnieuw op, bij voorkeur als 'CSV UTF-8 (door lijstscheidingsteken gescheiden)'.";
    }
    if (looksLikeFormula(value)) {
      const first = value
        .trim()
        .replace(/^["']+/, '')
        .charAt(0);
      return `Kolom '${column.header}' begint met '${first}' en zou in een spreadsheet als formule worden uitgevoerd; formules worden niet geïmporteerd. Schrijf de waarde als gewone tekst of getal.`;
    }
    if (hasControlCharacters(value)) return `Kolom '${column.header}' bevat een regeleinde of stuurteken; schrijf de waarde op één regel.`;
    return null;
  };
  const cellsAreClean = (line: number, cells: string[]): boolean => {
    let clean = true;
    for (const [, i] of specIndex) {
      const value = cells[i] ?? '';
      if (value === '') continue;
      const column = columns[i] as Column;
      let cache = hygiene.get(i);
      if (!cache) hygiene.set(i, (cache = new BoundedCache(2048)));
      let verdict = cache.get(value);
      if (verdict === undefined) verdict = cache.set(value, hygieneOf(value, column));
      if (verdict !== null) {
        errors.add(line, column.ref, verdict);
        clean = false;
      }
    }
    return clean;
  };

  /** One view and one cell object per column, refilled for every row (no garbage per row). */
  const view = { line: 0, cells: [] as string[], cell: (_name: string): Cell | undefined => undefined };
  const cellObjects = new Map<string, Cell>();
  view.cell = (name: string): Cell | undefined => {
    const index = specIndex.get(name);
    if (index === undefined) return undefined;
    let cell = cellObjects.get(name);
    if (!cell) cellObjects.set(name, (cell = { value: '', column: (columns[index] as Column).ref, index }));
    cell.value = view.cells[index] ?? '';
    return cell;
  };
  const viewOf = (line: number, cells: string[]): RowView => {
    view.line = line;
    view.cells = cells;
    return view;
  };

  const processRow = ({ line, cells, extras }: RawRow): ImportRecord | null => {
    const blank = cells.every((c) => c.trim() === '') && !(extras ?? []).some((e) => e.value.trim() !== '');
    if (blank) return null;
    rowsRead++;
    if (
      !noHeader &&
      cells.length === width &&
      normaliseName(cells[0] ?? '') === headerFirst &&
      cells.map(normaliseName).join('\u0000') === headerKey
    ) {
      errors.add(line, null, 'De kopregel staat hier nog een keer (twee bestanden aan elkaar geplakt?); verwijder deze regel.');
      return null;
    }
    let shapeOk = true;
    if (format === 'csv' && cells.length < width) {
      errors.add(
        line,
        null,
        `Deze regel heeft ${cells.length} ${cells.length === 1 ? 'veld' : 'velden'}, de kopregel ${width}; vul de ontbrekende velden aan (leeg mag, maar met het scheidingsteken '${delimiter}').`,
      );
      shapeOk = false;
    } else if (format === 'csv' && cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
      const comma =
        delimiter === ','
          ? " Bevat een getal een decimale komma? Gebruik dan ';' als scheidingsteken of zet de waarde tussen aanhalingstekens."
          : '';
      errors.add(
        line,
        null,
        `Deze regel heeft ${cells.length} velden, de kopregel ${width}; staat het scheidingsteken '${delimiter}' ook in een waarde?${comma}`,
      );
      shapeOk = false;
    }
    let flagged = false;
    cells.forEach((value, i) => {
      if (i >= width) positionalColumn(i);
      if (guard.inspect(i, value, line)) flagged = true;
    });
    for (const extra of extras ?? []) {
      if (guard.inspect(extraKeyColumn(extra.name, line), extra.value, line)) flagged = true;
    }
    if (!shapeOk || flagged || noHeader || validator === null) return null;
    if (!cellsAreClean(line, cells)) return null;
    return (validator as RowValidator).row(viewOf(line, cells));
  };

  const stopDeliveringOnError = () => {
    if (delivering && (errors.count > 0 || guard.refused)) {
      delivering = false;
      batch = [];
    }
  };
  const deliver = async (all: boolean) => {
    stopDeliveringOnError();
    if (!delivering || !sink) return;
    while (batch.length >= batchSize || (all && batch.length > 0)) await sink(batch.splice(0, batchSize));
  };

  let sniffed: Sniffed | null = null;
  try {
    const text = normaliseNewlines(decodeText(toAsync(input), decoded));
    sniffed = await sniff(text);
    if (sniffed.head.trim() === '') {
      errors.add(null, null, `Het bestand is leeg. Verwacht: de kopregel ${expected} en daaronder de gegevens.`);
    } else {
      let table: AsyncIterable<TableEvent[]>;
      const reportRow = (line: number | null, column: string | null, message: string) => errors.add(line, column, message);
      if (/^\s*[[{]/.test(sniffed.head)) {
        format = 'json';
        table = jsonTable(rejoin(sniffed), reportRow);
      } else {
        const layout = detectLayout(firstLine(sniffed.head), expected);
        format = 'csv';
        delimiter = layout.delimiter;
        table = csvTable(rejoin(sniffed), layout, reportRow);
      }
      for await (const events of table) {
        for (const event of events) {
          if (event.type === 'header') {
            setUpHeader(event.names, event.line);
            continue;
          }
          const record = processRow(event.row);
          if (record) {
            validRows++;
            if (delivering) batch.push(record);
          }
          stopDeliveringOnError();
          if (delivering && batch.length >= batchSize) await deliver(false);
        }
      }
    }
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    errors.add(error.line, null, error.message, true);
    aborted = true;
  } finally {
    // Stop reading (and destroy a Readable) when the file was refused before its end.
    await sniffed?.rest.return?.();
  }

  let totals: { peildatum: string; total: number }[] | undefined;
  let flowTotals: FlowTotal[] | undefined;
  if (!aborted && format !== null) {
    if (headerLine === null) {
      errors.add(
        null,
        null,
        format === 'json'
          ? 'De JSON-lijst is leeg; er zijn geen gegevens.'
          : `Het bestand heeft geen kopregel en geen gegevens. Verwacht: de kopregel ${expected}.`,
      );
    } else if (rowsRead === 0 && !noHeader) {
      errors.add(
        null,
        null,
        `Het bestand bevat alleen een kopregel en geen gegevens; zet onder de kopregel ${expected} één regel per ${rowUnit(kind)}.`,
      );
    }
    if (validator !== null) ({ totals, flowTotals } = (validator as RowValidator).finish());
  }
  if (headerLine !== null && !noHeader) {
    for (const i of unexpected) {
      const column = columns[i] as Column;
      if (guard.flags(i) || (column.header === '' && !guard.hasValues(i))) continue;
      errors.add(
        headerLine,
        column.ref,
        column.header === ''
          ? `Kolom ${i + 1} heeft geen naam in de kopregel maar wel waarden; verwachte kolommen: ${expected}.`
          : `Onbekende kolom '${column.header}'; verwachte kolommen: ${expected} (hoofdletters en volgorde vrij). Verwijder de kolom of geef haar de juiste naam.`,
      );
    }
  }
  if (guard.refused) {
    for (const finding of guard.findings()) errors.add(finding.line, finding.column, finding.message, true);
    errors.lead(REFUSAL);
  }
  await deliver(true);

  const rendered = errors.render(guard.refused);
  const summary: ImportSummary = {
    kind,
    format,
    encoding: decoded.encoding,
    delimiter,
    rowsRead,
    validRows,
    errors: rendered.errors,
    moreErrors: rendered.moreErrors,
    refusedByGuard: guard.refused,
  };
  if (kind === 'CASELOAD') summary.totals = totals ?? [];
  if (kind === 'FLOWS') summary.flowTotals = flowTotals ?? [];
  return summary;
}

function rowUnit(kind: ImportKind): string {
  switch (kind) {
    case 'CASELOAD':
      return 'peildatum, gemeente en kennisdomein';
    case 'FUNDING':
      return 'jaar en bron';
    case 'FLOWS':
      return 'maand, gemeente en kennisdomein';
    default:
      return 'jaar en gemeente';
  }
}

function checkReference(reference: ReferenceData): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reference.today) || Number.isNaN(Date.parse(reference.today))) {
    throw new TypeError(`ReferenceData.today moet een ISO-datum zijn (JJJJ-MM-DD), niet ${JSON.stringify(reference.today)}`);
  }
}

async function* toAsync(input: ImportInput): AsyncGenerator<Uint8Array | string> {
  // A string is iterable too (per character): take it, like a Buffer, as one chunk.
  if (typeof input === 'string' || input instanceof Uint8Array) yield input;
  else if (Symbol.asyncIterator in input) yield* input as AsyncIterable<Uint8Array | string>;
  else yield* input as Iterable<Uint8Array | string>;
}
