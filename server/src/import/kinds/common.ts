import type { ColumnRef, Message, Quote } from '../errors.js';
import type { ColumnRole, Guard } from '../guard.js';
import { closest } from '../suggest.js';
import type { FlowTotal, ImportKind, ImportRecord, ReferenceData } from '../types.js';
import { BoundedCache, dutchDate, normaliseName, parseDate, parseWholeNumber, parseYear, type NumberProblem } from '../values.js';

/** One column of a kind: its header name (lower case), what it holds, and whether it must be there. */
export interface ColumnSpec {
  name: string;
  role: ColumnRole;
  required: boolean;
}

/** A cell of the current row in a known column. */
export interface Cell {
  value: string;
  column: ColumnRef;
  /** Position in the row (0-based), for the guard. */
  index: number;
}

/**
 * The current row, by column name; `cell` is undefined when the file lacks the column.
 * The view and its cells are reused for the next row: read them during `row()` only.
 */
export interface RowView {
  line: number;
  cell(name: string): Cell | undefined;
}

export type Report = (line: number | null, column: ColumnRef | string | null, message: Message) => void;

export interface KindContext {
  reference: ReferenceData;
  lookup: Lookup;
  guard: Guard;
  report: Report;
  /** Columns the header lacks (by spec name): a kind skips checks that need them. */
  missing: ReadonlySet<string>;
}

/** Validates the rows of one kind, one at a time, keeping only what its cross-row checks need. */
export interface RowValidator {
  /** The record of a valid row; null after reporting why not. */
  row(view: RowView): ImportRecord | null;
  /** Cross-row checks at the end of the file; CASELOAD also returns its totals. */
  finish(): { totals?: { peildatum: string; total: number }[]; flowTotals?: FlowTotal[] };
}

export interface KindSpec {
  kind: ImportKind;
  columns: readonly ColumnSpec[];
  create(context: KindContext): RowValidator;
}

/** "peildatum;gemeente;kennisdomein;aantal" for messages. */
export function expectedHeader(spec: KindSpec): string {
  return spec.columns.map((c) => c.name).join(';');
}

// ---------------------------------------------------------------------------------------------
// Reference lookups

export type MunicipalityMatch =
  { type: 'municipality'; index: number; code: string; name: string } | { type: 'unspecified' } | { type: 'region' };

/**
 * What a CASELOAD file may write in `gemeente` besides a municipality: the cases without one, and
 * the stated total of the region (each also matched in other spellings, see below).
 */
export const CASELOAD_PLACE_WORDS = ['Niet gespecificeerd', 'Totaal'] as const;
/** What `kennisdomein` may hold for the total of its scope, besides an empty cell. */
export const DOMAIN_TOTAL_WORD = 'Totaal';

const UNSPECIFIED = new Set(['nietgespecificeerd', 'ongespecificeerd']);
const REGION = new Set(['totaal', 'regio', 'totaalregio', 'regiototaal']);
const DOMAIN_TOTAL = new Set(['', 'totaal', 'alle', 'allekennisdomeinen']);

/**
 * Municipalities and knowledge domains by every way a file may name them: CBS code ("GM0479",
 * also "gm0479", "0479", "479"), name without regard to case, accents, spaces or hyphens
 * ("zaanstad", "Edam Volendam"); domains by code ("mensenhandel") or name ("Ernstig huiselijk
 * geweld"). "Niet gespecificeerd" and "Totaal"/"Regio" are recognised as such.
 */
export class Lookup {
  private readonly municipalityKeys = new Map<string, number>();
  private readonly domainKeys = new Map<string, number>();
  private readonly fundingKeys = new Map<string, number>();
  private readonly known = new Set<string>();
  private readonly municipalityMatches = new BoundedCache<string, MunicipalityMatch | null>(2048);
  private readonly domainMatches = new BoundedCache<string, number | 'total' | null>(2048);

  constructor(readonly reference: ReferenceData) {
    reference.municipalities.forEach((m, i) => {
      this.municipalityKeys.set(normaliseName(m.name), i);
      this.municipalityKeys.set(normaliseName(m.code), i);
      this.known.add(normaliseName(m.name));
    });
    reference.domains.forEach((d, i) => {
      this.domainKeys.set(normaliseName(d.name), i);
      this.domainKeys.set(normaliseName(d.code), i);
      this.known.add(normaliseName(d.name));
      this.known.add(normaliseName(d.code));
    });
    (reference.fundingSources ?? []).forEach((f, i) => {
      this.fundingKeys.set(normaliseName(f.name), i);
      this.fundingKeys.set(normaliseName(f.code), i);
    });
    for (const word of [...UNSPECIFIED, ...REGION]) this.known.add(word);
  }

  get municipalityCount(): number {
    return this.reference.municipalities.length;
  }

  get domainCount(): number {
    return this.reference.domains.length;
  }

  /** Whether a normalised value names a municipality, domain or "Totaal" (not a person). */
  isKnownName = (normalised: string): boolean => this.known.has(normalised);

  matchMunicipality(raw: string): MunicipalityMatch | null {
    const known = this.municipalityMatches.get(raw);
    return known !== undefined ? known : this.municipalityMatches.set(raw, this.findMunicipality(raw));
  }

  private findMunicipality(raw: string): MunicipalityMatch | null {
    const key = normaliseName(raw);
    if (UNSPECIFIED.has(key)) return { type: 'unspecified' };
    if (REGION.has(key)) return { type: 'region' };
    let index = this.municipalityKeys.get(key);
    const digits = /^(?:gm)?(\d{1,4})$/.exec(key);
    if (index === undefined && digits) index = this.municipalityKeys.get(`gm${(digits[1] as string).padStart(4, '0')}`);
    if (index === undefined) return null;
    const m = this.reference.municipalities[index] as { code: string; name: string };
    return { type: 'municipality', index, code: m.code, name: m.name };
  }

  /** A domain's index, 'total' for an empty cell (or "Totaal"), null when unknown. */
  matchDomain(raw: string): number | 'total' | null {
    const known = this.domainMatches.get(raw);
    if (known !== undefined) return known;
    const key = normaliseName(raw);
    return this.domainMatches.set(raw, DOMAIN_TOTAL.has(key) ? 'total' : (this.domainKeys.get(key) ?? null));
  }

  matchFundingSource(raw: string): number | null {
    return this.fundingKeys.get(normaliseName(raw)) ?? null;
  }

  /**
   * "Onbekende gemeente; bedoelt u 'Zaanstad'?" or the list to choose from. The value itself is
   * never repeated: it might be a person's name; the line and column say where it is.
   */
  unknownMunicipality(raw: string, specials: boolean): Message {
    const names = this.reference.municipalities.map((m) => m.name);
    const candidates = specials ? [...names, 'Niet gespecificeerd', 'Totaal'] : names;
    const suggestion = closest(raw, candidates);
    const extra = specials ? ", 'Niet gespecificeerd' of 'Totaal'" : '';
    const example = this.reference.municipalities[0]?.code ?? 'GM0479';
    const choose =
      names.length <= 12
        ? `kies uit ${names.map((n) => `'${n}'`).join(', ')}${extra} (of de CBS-code, bijv. ${example})`
        : `gebruik de naam of de CBS-code (bijv. ${example}) van een gemeente in de regio${extra}`;
    return suggestion ? `Onbekende gemeente; bedoelt u '${suggestion}'?` : `Onbekende gemeente; ${choose}.`;
  }

  unknownDomain(raw: string): Message {
    const names = this.reference.domains.map((d) => d.name);
    const suggestion = closest(raw, [...names, ...this.reference.domains.map((d) => d.code)]);
    const shown = suggestion ? (this.reference.domains.find((d) => d.code === suggestion)?.name ?? suggestion) : null;
    return shown
      ? `Onbekend kennisdomein; bedoelt u '${shown}'?`
      : `Onbekend kennisdomein; kies uit ${names.map((n) => `'${n}'`).join(', ')}, of laat het leeg voor het totaal.`;
  }

  unknownFundingSource(raw: string): Message {
    const names = (this.reference.fundingSources ?? []).map((f) => f.name);
    const suggestion = closest(raw, names);
    return suggestion ? `Onbekende bron; bedoelt u '${suggestion}'?` : `Onbekende bron; kies uit ${names.map((n) => `'${n}'`).join(', ')}.`;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading cells with messages

/** Limits that keep typing errors (and stray identifiers) out. */
export const LIMITS = {
  /** Cases on one count date in one municipality or domain. */
  count: 100_000,
  /** Inhabitants of one municipality (the largest Dutch one has under a million). */
  inhabitants: 2_000_000,
  /** Whole euros. */
  amount: 1_000_000_000,
  /** No ZVH count or budget before this year. */
  firstYear: 2000,
  /** Years ahead a budget (contribution, funding) may be planned. */
  yearsAhead: 10,
} as const;

/** The value for a message about a number or date: left out when it holds letters (may be a name). */
function numeric(q: Quote, raw: string): string {
  return /\p{L}/u.test(raw.replace(/€|\bEUR\b/gi, '')) ? '' : ` ${q(raw)}`;
}

export type WholeKind = 'count' | 'inhabitants' | 'amount';

const WHOLE_LABELS: Record<WholeKind, { label: string; example: string }> = {
  count: { label: 'Aantal', example: '27' },
  inhabitants: { label: 'Inwoners', example: '156.794 of 156794' },
  amount: { label: 'Bedrag', example: '€ 131.804, 131.804 of 131804' },
};

/** A whole number ≥ 0 from a cell, or null after reporting what would be right. */
export function readWhole(cell: Cell, kind: WholeKind, line: number, report: Report): number | null {
  const { label, example } = WHOLE_LABELS[kind];
  const result = parseWholeNumber(cell.value, { currency: kind === 'amount' });
  const raw = cell.value;
  if (result.ok) {
    const max = LIMITS[kind];
    if (result.value <= max) return result.value;
    report(
      line,
      cell.column,
      (q) => `${label}${numeric(q, raw)} is onwaarschijnlijk groot (meer dan ${max.toLocaleString('nl-NL')}); controleer de waarde.`,
    );
    return null;
  }
  const messages: Record<NumberProblem, (q: Quote) => string> = {
    empty: () =>
      kind === 'count'
        ? `${label} ontbreekt; vul een heel getal van 0 of meer in (bijv. ${example}).`
        : `${label} ontbreekt; vul een heel getal in (bijv. ${example}).`,
    invalid: (q) => `${label}${numeric(q, raw)} is geen getal; schrijf een heel getal, bijv. ${example}.`,
    fraction: (q) =>
      kind === 'amount'
        ? `${label}${numeric(q, raw)} heeft centen; alleen hele euro's zijn toegestaan (bijv. ${example}).`
        : `${label}${numeric(q, raw)} is geen heel getal; schrijf een heel getal van 0 of meer (bijv. ${example}).`,
    negative: (q) => `${label}${numeric(q, raw)} is negatief; schrijf 0 of meer.`,
    currency: (q) => `${label}${numeric(q, raw)} bevat een euroteken; schrijf alleen het getal (bijv. ${example}).`,
    tooLarge: (q) => `${label}${numeric(q, raw)} is te groot.`,
  };
  report(line, cell.column, messages[result.problem]);
  return null;
}

/** An ISO count date not after today, or null after reporting. */
export function readPeildatum(cell: Cell, today: string, line: number, report: Report): string | null {
  const raw = cell.value;
  const result = parseDate(raw);
  if (result.ok) {
    if (result.iso <= today) return result.iso;
    report(
      line,
      cell.column,
      (q) => `Peildatum ${q(dutchDate(result.iso))} ligt na vandaag (${dutchDate(today)}); een telling kan niet in de toekomst liggen.`,
    );
    return null;
  }
  const write = 'schrijf dag-maand-jaar (1-2-2023 of 01-02-2023) of jaar-maand-dag (2023-02-01)';
  const messages = {
    empty: () => 'Peildatum ontbreekt; schrijf de datum van de telling, bijv. 1-2-2023.',
    invalid: (q: Quote) => `Peildatum${numeric(q, raw)} is geen datum; ${write}.`,
    twoDigitYear: (q: Quote) => `Peildatum${numeric(q, raw)} heeft een jaartal van twee cijfers; schrijf het jaar voluit (1-2-2023).`,
    excelSerial: (q: Quote) =>
      `Peildatum${numeric(q, raw)} is een Excel-datumgetal; maak de kolom in Excel op als datum (1-2-2023) en sla opnieuw op.`,
    noSuchDay: (q: Quote) => `Peildatum${numeric(q, raw)} bestaat niet; controleer dag en maand en ${write}.`,
  } as const;
  report(line, cell.column, messages[result.problem]);
  return null;
}

/** A year within [LIMITS.firstYear, maxYear], or null after reporting. */
export function readYear(cell: Cell, maxYear: number, line: number, report: Report): number | null {
  const raw = cell.value;
  const result = parseYear(raw);
  if (!result.ok) {
    report(
      line,
      cell.column,
      result.problem === 'empty'
        ? 'Jaar ontbreekt; schrijf vier cijfers, bijv. 2023.'
        : (q) => `Jaar${numeric(q, raw)} is geen jaartal; schrijf vier cijfers, bijv. 2023.`,
    );
    return null;
  }
  if (result.year < LIMITS.firstYear || result.year > maxYear) {
    report(line, cell.column, (q) => `Jaar ${q(raw)} valt buiten ${LIMITS.firstYear}–${maxYear}.`);
    return null;
  }
  return result.year;
}

/**
 * The place of a row that counts cases (CASELOAD, FLOWS): a municipality of the region, "Niet
 * gespecificeerd" or "Totaal"; null after reporting an empty or unknown one.
 */
export function readPlace(cell: Cell, line: number, context: KindContext): MunicipalityMatch | null {
  const raw = cell.value;
  if (raw.trim() === '') {
    context.report(
      line,
      cell.column,
      "Gemeente ontbreekt; schrijf de naam of CBS-code van een gemeente, 'Niet gespecificeerd' of 'Totaal'.",
    );
    return null;
  }
  const match = context.lookup.matchMunicipality(raw);
  if (match === null) {
    context.guard.noteUnknown(cell.index, normaliseName(raw), line);
    context.report(line, cell.column, context.lookup.unknownMunicipality(raw, true));
  }
  return match;
}

/** A municipality of the region (not "Niet gespecificeerd" or "Totaal"), or null after reporting. */
export function readMunicipalityOnly(cell: Cell, line: number, context: KindContext): { index: number; code: string; name: string } | null {
  const raw = cell.value;
  if (raw.trim() === '') {
    context.report(line, cell.column, 'Gemeente ontbreekt; schrijf de naam of CBS-code van een gemeente (bijv. Zaanstad of GM0479).');
    return null;
  }
  const match = context.lookup.matchMunicipality(raw);
  if (match === null) {
    context.guard.noteUnknown(cell.index, normaliseName(raw), line);
    context.report(line, cell.column, context.lookup.unknownMunicipality(raw, false));
    return null;
  }
  if (match.type !== 'municipality') {
    context.report(
      line,
      cell.column,
      "Hier hoort één gemeente; 'Niet gespecificeerd' en 'Totaal' horen niet in dit bestand (het totaal wordt berekend).",
    );
    return null;
  }
  return match;
}

/** The current year of an ISO date. */
/** Kinds with one row per jaar + gemeente: the first row of a pair is taken, a later one reported. */
export class OncePerYearAndMunicipality {
  private readonly firstLine = new Map<number, number>();

  accept(year: number, place: { index: number; name: string }, line: number, cell: Cell | undefined, report: Report): boolean {
    const key = year * 10_000 + place.index;
    const first = this.firstLine.get(key);
    if (first !== undefined) {
      report(
        line,
        cell?.column ?? null,
        `Dubbele regel: jaar ${year}, gemeente ${place.name} staat ook op regel ${first}; elke gemeente mag per jaar één keer voorkomen.`,
      );
      return false;
    }
    this.firstLine.set(key, line);
    return true;
  }
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
