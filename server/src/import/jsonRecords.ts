import { ImportFileError } from './errors.js';
import type { ReportRow, TableEvent } from './rows.js';
import { normaliseName } from './values.js';

/** Largest single object read from a JSON array. */
export const MAX_JSON_ELEMENT_CHARS = 65_536;

type Phase = 'start' | 'first' | 'element' | 'after' | 'next' | 'done';

/**
 * The rows of a JSON file that is an array of flat objects, read one object at a time (bounded
 * memory, like the CSV reader) and handed on per chunk of text. A small scanner finds where each object of the outer array starts
 * and ends (minding strings and escapes) and counts lines; `JSON.parse` reads each object.
 *
 * The keys of the first object are the header (its line is the header line); later objects are
 * matched to them by normalised key. A missing key reads as empty; a key the first object did not
 * have is handed on in `extras`. Numbers become text the way the CSV reader sees it (`131804`;
 * a fraction with a decimal comma, `131804,5`, so that it is refused as a fraction); null is empty;
 * a nested object or array is reported. Anything that is not an array of objects stops reading.
 */
export async function* jsonTable(text: AsyncIterable<string>, report: ReportRow): AsyncGenerator<TableEvent[]> {
  let phase: Phase = 'start';
  let line = 1;
  let parts: string[] = [];
  let size = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let elementLine = 0;
  let header: string[] | null = null;
  let headerIndex = new Map<string, number>();

  const syntax = (what: string): never => {
    throw new ImportFileError(
      `Ongeldige JSON op regel ${line}: ${what}. Verwacht: een lijst van objecten, zoals [{"jaar": 2023, …}, …].`,
      line,
    );
  };

  const toEvents = (source: string, at: number): TableEvent[] => {
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch {
      report(at, null, 'Dit object is geen geldige JSON (controleer aanhalingstekens, komma’s en haakjes).');
      return [];
    }
    const object = value as Record<string, unknown>;
    const events: TableEvent[] = [];
    if (header === null) {
      header = Object.keys(object);
      headerIndex = new Map(header.map((key, i) => [normaliseName(key), i]));
      events.push({ type: 'header', line: at, names: header });
    }
    const cells = header.map(() => '');
    const present = new Set<number>();
    const extras: { name: string; value: string }[] = [];
    for (const [key, raw] of Object.entries(object)) {
      let text = cellText(raw);
      if (text === null) {
        report(at, key, 'Geneste waarde (object of lijst) niet toegestaan; gebruik tekst of een getal.');
        text = '';
      }
      const index = headerIndex.get(normaliseName(key));
      if (index === undefined) extras.push({ name: key, value: text });
      else {
        cells[index] = text;
        present.add(index);
      }
    }
    header.forEach((key, i) => {
      if (!present.has(i)) report(at, key, `Sleutel '${key}' ontbreekt in dit object; elk object moet dezelfde sleutels hebben.`);
    });
    events.push({ type: 'row', row: extras.length > 0 ? { line: at, cells, extras } : { line: at, cells } });
    return events;
  };

  for await (const chunk of text) {
    const events: TableEvent[] = [];
    let elementFrom = phase === 'element' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i] as string;
      if (ch === '\n') line++;
      if (phase === 'element') {
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === '\\') escaped = true;
          else if (ch === '"') inString = false;
          continue;
        }
        if (ch === '"') inString = true;
        else if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') {
          depth--;
          if (depth === 0) {
            parts.push(chunk.slice(elementFrom, i + 1));
            const source = parts.join('');
            parts = [];
            size = 0;
            phase = 'after';
            elementFrom = -1;
            if (source.length > MAX_JSON_ELEMENT_CHARS) report(elementLine, null, 'Dit object is te groot.');
            else events.push(...toEvents(source, elementLine));
          }
        }
        continue;
      }
      if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') continue;
      switch (phase) {
        case 'start':
          if (ch === '[') phase = 'first';
          else syntax(ch === '{' ? 'één object in plaats van een lijst (begin met [ )' : 'het bestand begint niet met [');
          break;
        case 'first':
        case 'next':
          if (ch === '{') {
            phase = 'element';
            depth = 1;
            elementLine = line;
            elementFrom = i;
          } else if (ch === ']' && phase === 'first') phase = 'done';
          else syntax(ch === ']' ? 'een komma vóór ]' : 'een element dat geen object is');
          break;
        case 'after':
          if (ch === ',') phase = 'next';
          else if (ch === ']') phase = 'done';
          else syntax('verwacht een komma of ]');
          break;
        case 'done':
          syntax('tekst na het einde van de lijst');
      }
    }
    if (phase === 'element') {
      const piece = chunk.slice(Math.max(elementFrom, 0));
      size += piece.length;
      if (size > MAX_JSON_ELEMENT_CHARS) {
        throw new ImportFileError(
          'Een object in de JSON is te groot (meer dan 64 KiB); is de lijst wel een lijst van platte objecten?',
          elementLine,
        );
      }
      parts.push(piece);
    }
    if (events.length > 0) yield events;
  }
  if ((phase as Phase) !== 'done') syntax('het bestand houdt op voordat de lijst met ] is afgesloten');
}

function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  if (typeof value === 'boolean') return String(value);
  return null;
}
