import { TextDecoder } from 'node:util';
import { ImportFileError } from './errors.js';
import type { DetectedEncoding } from './types.js';

/**
 * Bytes to text, chunk by chunk, deciding the encoding from the start of the file:
 *
 * - A byte order mark decides: EF BB BF is UTF-8 (the mark is dropped), FF FE / FE FF UTF-16.
 * - Without one, ASCII is passed on as it is (it reads the same in UTF-8 and Windows-1252) until
 *   the first non-ASCII byte; the next 4 KiB from there (or what is left of the file) decide:
 *   valid UTF-8 → UTF-8, otherwise Windows-1252 (what Dutch Excel writes for "CSV (gescheiden
 *   door lijstscheidingsteken)").
 * - Bytes after that decision that do not fit it show up in the text: as U+FFFD in a UTF-8 file,
 *   as "Ã«"-like pairs in a Windows-1252 file. The row checks report those cells as a mixed
 *   encoding, with their line.
 * - An Excel workbook (.xlsx/.xls) or a binary file is refused with a message saying what to do.
 *
 * String chunks are taken as text already (a leading U+FEFF is dropped).
 */
export async function* decodeText(
  input: AsyncIterable<Uint8Array | string>,
  found: { encoding: DetectedEncoding | null },
): AsyncGenerator<string> {
  const PROBE = 4096;
  let decoder: TextDecoder | null = null;
  let pending: Uint8Array = new Uint8Array(0);
  let atStart = true;
  let textStart = true;

  const decide = (encoding: DetectedEncoding): TextDecoder => {
    found.encoding = encoding;
    // Not fatal: bytes that do not fit become U+FFFD and are reported with their line.
    return new TextDecoder(encoding, { fatal: false });
  };

  for await (const chunk of input) {
    if (typeof chunk === 'string') {
      if (pending.length > 0 || decoder !== null)
        throw new ImportFileError('Het bestand mengt tekst en bytes; lever het als één geheel aan.');
      found.encoding ??= 'utf-8';
      let text = chunk;
      if (textStart && text.startsWith('\ufeff')) text = text.slice(1);
      textStart = false;
      if (text) yield text;
      continue;
    }
    if (decoder !== null) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
      continue;
    }
    pending = concat(pending, chunk);
    if (atStart) {
      if (pending.length < 4) continue;
      atStart = false;
      const head = startOfFile(pending);
      if (head) {
        decoder = decide(head.encoding);
        const text = decoder.decode(pending.subarray(head.skip), { stream: true });
        pending = new Uint8Array(0);
        if (text) yield text;
        continue;
      }
    }
    const firstHigh = firstNonAscii(pending);
    if (firstHigh < 0) {
      // All ASCII so far: pass it on, the decision waits for the first non-ASCII byte.
      yield Buffer.from(pending).toString('latin1');
      pending = new Uint8Array(0);
      continue;
    }
    if (firstHigh > 0) {
      yield Buffer.from(pending.subarray(0, firstHigh)).toString('latin1');
      pending = pending.slice(firstHigh);
    }
    if (pending.length < PROBE) continue;
    decoder = decide(isUtf8(pending.subarray(0, PROBE), true) ? 'utf-8' : 'windows-1252');
    const text = decoder.decode(pending, { stream: true });
    pending = new Uint8Array(0);
    if (text) yield text;
  }

  if (decoder === null && pending.length > 0) {
    const head = atStart ? startOfFile(pending) : null;
    if (head) {
      decoder = decide(head.encoding);
      pending = pending.subarray(head.skip);
    } else {
      decoder = decide(isUtf8(pending, false) ? 'utf-8' : 'windows-1252');
    }
    const text = decoder.decode(pending, { stream: true });
    if (text) yield text;
  }
  if (decoder !== null) {
    const rest = decoder.decode();
    if (rest) yield rest;
  }
  found.encoding ??= 'utf-8';
}

/** What the first bytes say: a byte order mark, or a file that is no text at all. */
function startOfFile(bytes: Uint8Array): { encoding: DetectedEncoding; skip: number } | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04) {
    throw new ImportFileError(
      "Dit is een Excel-werkmap (.xlsx), geen CSV-bestand. Kies in Excel 'Opslaan als' → 'CSV UTF-8 (door lijstscheidingsteken gescheiden)' of 'CSV (gescheiden door lijstscheidingsteken)'.",
    );
  }
  if (b0 === 0xd0 && b1 === 0xcf && b2 === 0x11 && b3 === 0xe0) {
    throw new ImportFileError(
      "Dit is een oud Excel-bestand (.xls), geen CSV-bestand. Kies in Excel 'Opslaan als' → 'CSV UTF-8 (door lijstscheidingsteken gescheiden)'.",
    );
  }
  if (bytes.subarray(0, 512).includes(0)) {
    throw new ImportFileError(
      'Dit lijkt geen tekstbestand (het bevat nul-bytes). Lever een CSV-bestand (UTF-8 of Windows-1252) of JSON aan.',
    );
  }
  return null;
}

function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return i;
  return -1;
}

function isUtf8(bytes: Uint8Array, mayBeCut: boolean): boolean {
  try {
    // `stream` tolerates a character cut off at the end of the probe.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: mayBeCut });
    return true;
  } catch {
    return false;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Line ends to "\n": CRLF (Windows, Excel) and a lone CR (old Mac) alike, also when a CRLF is cut
 * between two chunks. The CSV reader then counts lines exactly.
 */
export async function* normaliseNewlines(text: AsyncIterable<string>): AsyncGenerator<string> {
  let carryCr = false;
  for await (let chunk of text) {
    if (carryCr) {
      chunk = '\r' + chunk;
      carryCr = false;
    }
    if (chunk.endsWith('\r')) {
      carryCr = true;
      chunk = chunk.slice(0, -1);
    }
    const out = chunk.replace(/\r\n?/g, '\n');
    if (out) yield out;
  }
  if (carryCr) yield '\n';
}
