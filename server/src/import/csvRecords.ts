import { Readable, pipeline } from 'node:stream';
import { parse, type CsvError, type Parser } from 'csv-parse';
import { ImportFileError } from './errors.js';
import type { ReportRow, TableEvent } from './rows.js';

/** Longest record read (a quote that is never closed would otherwise swallow the file). */
export const MAX_RECORD_CHARS = 65_536;
const MAX_HEAD_CHARS = 65_536;

/** The start of a text stream, read far enough to see its first non-blank line, and the rest. */
export interface Sniffed {
  head: string;
  rest: AsyncIterator<string>;
}

/** Reads until the first non-blank line is complete (or 64 KiB, or the end). */
export async function sniff(text: AsyncIterable<string>): Promise<Sniffed> {
  const rest = text[Symbol.asyncIterator]();
  let head = '';
  for (;;) {
    const firstContent = head.search(/\S/);
    if (firstContent >= 0 && head.indexOf('\n', firstContent) >= 0) break;
    if (head.length > MAX_HEAD_CHARS) break;
    const next = await rest.next();
    if (next.done) break;
    head += next.value;
  }
  return { head, rest };
}

/** The head again, then the rest of the stream; stopping early closes the stream. */
export async function* rejoin({ head, rest }: Sniffed): AsyncGenerator<string> {
  try {
    if (head) yield head;
    for (;;) {
      const next = await rest.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await rest.return?.();
  }
}

/** The first non-blank line of a head. */
export function firstLine(head: string): string {
  const start = head.search(/\S/);
  if (start < 0) return '';
  const end = head.indexOf('\n', start);
  return head.slice(head.lastIndexOf('\n', start) + 1, end < 0 ? undefined : end);
}

export interface CsvLayout {
  delimiter: ';' | ',';
  /** Excel's "sep=;" hint line comes before the header: skip it. */
  sepLine: boolean;
}

/**
 * The separator, from the header line: the puntkomma (Dutch Excel) or the komma, whichever occurs
 * more often outside quotes (';' on a tie). A header separated by tabs or '|', or by nothing at
 * all, is refused with a message naming the accepted separators and the expected columns.
 */
export function detectLayout(line: string, expectedHeader: string): CsvLayout {
  const sep = /^\s*sep=(.)\s*$/i.exec(line);
  if (sep) {
    const declared = sep[1];
    if (declared === ';' || declared === ',') return { delimiter: declared, sepLine: true };
    throw new ImportFileError(`De regel 'sep=${declared}' kiest een scheidingsteken dat niet wordt ondersteund. ${ACCEPTED}`, 1);
  }
  const counts = { ';': 0, ',': 0, '\t': 0, '|': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const best = Math.max(counts[';'], counts[',']);
  if (counts['\t'] > best) {
    throw new ImportFileError(
      `De kolommen zijn gescheiden door tabs (zoals Excel 'Unicode-tekst' opslaat). ${ACCEPTED} Verwachte kopregel: ${expectedHeader}`,
      1,
    );
  }
  if (counts['|'] > best) {
    throw new ImportFileError(`De kolommen zijn gescheiden door '|'. ${ACCEPTED} Verwachte kopregel: ${expectedHeader}`, 1);
  }
  if (best === 0) {
    throw new ImportFileError(`In de kopregel staat geen scheidingsteken. ${ACCEPTED} Verwachte kopregel: ${expectedHeader}`, 1);
  }
  return { delimiter: counts[';'] >= counts[','] ? ';' : ',', sepLine: false };
}

const ACCEPTED = "Toegestaan zijn de puntkomma ';' (Excel: 'CSV (gescheiden door lijstscheidingsteken)') en de komma ','.";

/**
 * The rows of a CSV text (newlines already "\n"), read by csv-parse's stream API and handed on
 * in small batches (at most what the stream has buffered, ≤ 1 024 records): memory stays bounded,
 * and there is one await per batch instead of per record. The first non-blank record is the header. Blank rows are skipped. A record
 * csv-parse cannot read (a stray or unclosed quote, a record over 64 KiB) is reported with its
 * line and skipped; reading goes on. Field counts are left to the pipeline.
 */
export async function* csvTable(text: AsyncIterable<string>, layout: CsvLayout, report: ReportRow): AsyncGenerator<TableEvent[]> {
  // Lines are counted here rather than with csv-parse's `info` (which costs an object per record):
  // every record, blank ones included, spans one line plus the line breaks inside its cells. A
  // record csv-parse skips is reported through `on_skip` with the line it ends on, and with the
  // number of records emitted before it, so that it is accounted for in order.
  const skipped: { error: CsvError; after: number }[] = [];
  const parser: Parser = parse({
    delimiter: layout.delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    on_skip: (error) => {
      if (error) skipped.push({ error, after: parser.info.records });
      return undefined;
    },
  });
  const source = Readable.from(text);
  let failure: Error | null = null;
  pipeline(source, parser, (error) => {
    if (error) failure = error;
  });

  let lastEnd = 0;
  let consumed = 0;
  let headerSeen = false;
  let sepPending = layout.sepLine;
  const account = (atEnd: boolean) => {
    while (skipped.length > 0 && (atEnd || (skipped[0] as { after: number }).after <= consumed)) {
      const { error } = skipped.shift() as { error: CsvError };
      report(...skipMessage(error, lastEnd, atEnd));
      if (typeof error.lines === 'number' && error.code !== 'CSV_QUOTE_NOT_CLOSED') lastEnd = Math.max(lastEnd, error.lines);
    }
  };
  try {
    for await (const records of readInBatches<string[]>(parser)) {
      const events: TableEvent[] = [];
      for (const record of records) {
        account(false);
        consumed++;
        const line = lastEnd + 1;
        lastEnd = line;
        for (const cell of record) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) lastEnd++;
        if (sepPending) {
          sepPending = false;
          continue;
        }
        if (record.every((cell) => cell.trim() === '')) continue;
        if (!headerSeen) {
          headerSeen = true;
          events.push({ type: 'header', line, names: record });
        } else {
          events.push({ type: 'row', row: { line, cells: record } });
        }
      }
      if (events.length > 0) yield events;
    }
  } catch (error) {
    failure ??= error as Error;
  } finally {
    source.destroy();
    parser.destroy();
  }
  account(true);
  if (failure) throw new ImportFileError(`Het bestand kon niet verder worden gelezen na regel ${lastEnd}.`, lastEnd + 1);
}

function skipMessage(error: CsvError, lastEnd: number, atEnd: boolean): [number | null, string | null, string] {
  const line = typeof error.lines === 'number' ? error.lines : null;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return [
        atEnd ? lastEnd + 1 : line,
        null,
        'Een aanhalingsteken (") wordt niet afgesloten; de rest van het bestand kon daardoor niet worden gelezen. Sluit de waarde af met een tweede aanhalingsteken.',
      ];
    case 'CSV_MAX_RECORD_SIZE':
      return [
        line,
        null,
        `Deze regel is te lang (meer dan ${MAX_RECORD_CHARS.toLocaleString('nl-NL')} tekens); mogelijk ontbreekt een afsluitend aanhalingsteken.`,
      ];
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return [
        line,
        null,
        'Aanhalingsteken (") op een onverwachte plaats. Zet een waarde met aanhalingstekens helemaal tussen aanhalingstekens en verdubbel de aanhalingstekens erin ("").',
      ];
    default:
      return [line, null, 'Deze regel kon niet als CSV worden gelezen.'];
  }
}

/**
 * The objects of a readable stream in batches of what it has buffered (at most `max`): one await
 * per batch instead of one per object, which matters at a million records.
 */
export async function* readInBatches<T>(stream: Readable, max = 1024): AsyncGenerator<T[]> {
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const onReadable = () => wake?.();
  const onEnd = () => {
    ended = true;
    wake?.();
  };
  const onError = (error: unknown) => {
    failure = error;
    wake?.();
  };
  stream.on('readable', onReadable);
  stream.on('end', onEnd);
  stream.on('close', onEnd);
  stream.on('error', onError);
  try {
    for (;;) {
      const batch: T[] = [];
      let item: T | null;
      while (batch.length < max && (item = stream.read() as T | null) !== null) batch.push(item);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (failure) throw failure;
      if (ended || stream.readableEnded || stream.destroyed) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    stream.off('readable', onReadable);
    stream.off('end', onEnd);
    stream.off('close', onEnd);
    stream.off('error', onError);
  }
}
