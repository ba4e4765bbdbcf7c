import { lineRange, type ColumnRef } from './errors.js';
import { BoundedCache, looksLikeDate, normaliseName, parseDate, wordCount } from './values.js';

/**
 * The anonymisation guard. The dashboard keeps aggregated counts only; a file that holds anything
 * about a person is refused as a whole, and the report says which column and which lines, never
 * the values themselves (every message of a refused file is rendered without cell values).
 *
 * What it looks at:
 * 1. Column names (compared without case, accents, spaces or punctuation): BSN, names,
 *    birth dates and ages, addresses and postcodes, phone and e-mail, dossier/client numbers,
 *    personal attributes (sex, nationality). Such a column is refused even when it is empty.
 * 2. Every cell, in any column:
 *    - a BSN: 9 digits (spaces, dots or hyphens between them allowed) passing the 11-test
 *      (Σ digit·(9,8,7,6,5,4,3,2,−1) divisible by 11, not all zeros); outside amount, date and
 *      year columns also 8 plain digits that pass it with a leading zero (Excel drops that zero;
 *      a count or number of inhabitants that large is implausible anyway). In text
 *      cells also a 9-digit number standing on its own inside the text;
 *    - an e-mail address or a Dutch phone number (06-…, 020-…, +31…);
 *    - a postcode on its own (`1234 AB`, optionally with house number) or a postcode followed by a
 *      house number inside text (`1234 AB 12`, `1234AB, 12`).
 * 3. Per kind of column:
 *    - an unexpected column (not in the kind's header): a date (possibly a birth date), or text
 *      with letters — a name when it is 1–5 capitalised words, otherwise free text. Numbers and
 *      names of the region's municipalities or domains there are not personal (just an unknown
 *      column, reported as such);
 *    - the count date column: dates before 2000 (no ZVH count is that old; likely birth dates);
 *    - gemeente, kennisdomein: a whole-cell date, or prose (over 100 characters or 12 words or
 *      more); more than 5 distinct unknown values in such a column (they look like names, not
 *      like typos; also FUNDING's bron when the known sources are given);
 *    - bron (POPULATION's source text, FUNDING's source): a whole-cell date, or over 300
 *      characters or 50 words (shorter texts that are too long get a plain row error);
 *    - number columns: only the checks of 2 (an unreadable number is a row error, shown without
 *      the value when it has letters).
 * 4. One row per person (decided by the kinds, see `kinds/caseload.ts`).
 *
 * When no header was recognised (the first line is data), the weak signals of 3 for unexpected
 * columns (dates, names, text) are not applied: the file is refused for its header anyway, and
 * a headerless file of real counts would otherwise look like dates and names.
 */

export type ColumnRole = 'date' | 'municipality' | 'domain' | 'fundingSource' | 'count' | 'amount' | 'year' | 'text' | 'unexpected';

export type GuardCategory =
  | 'bsn'
  | 'name'
  | 'birth'
  | 'date'
  | 'oldDate'
  | 'address'
  | 'postcode'
  | 'contact'
  | 'identifier'
  | 'attributes'
  | 'freetext'
  | 'unknownNames';

const PHRASES: Record<GuardCategory, string> = {
  bsn: 'lijkt burgerservicenummers te bevatten',
  name: 'lijkt namen van personen te bevatten',
  birth: 'lijkt geboortedata of leeftijden te bevatten',
  date: 'bevat datums waar die niet horen (mogelijk geboortedata)',
  oldDate: 'bevat datums vóór 2000; dat zijn geen peildata van een telling (mogelijk geboortedata)',
  address: 'lijkt adresgegevens te bevatten',
  postcode: 'bevat postcodes (met huisnummer), dus adresgegevens',
  contact: 'lijkt e-mailadressen of telefoonnummers te bevatten',
  identifier: 'lijkt dossier- of cliëntnummers te bevatten (één regel per persoon of casus)',
  attributes: 'lijkt persoonskenmerken te bevatten (zoals geslacht of nationaliteit)',
  freetext: 'bevat vrije tekst; hier horen alleen codes, namen van gemeenten of kennisdomeinen en getallen',
  unknownNames:
    'bevat meer dan vijf verschillende onbekende waarden; dat lijken geen gemeenten of kennisdomeinen maar mogelijk namen van personen',
};

/** Column names that say personal data, tested in this order on the normalised name. */
const COLUMN_NAME_RULES: readonly [GuardCategory, RegExp][] = [
  ['bsn', /^(bsn|bsnnummer|bsnnr|sofinummer|sofinr|ssn|socialsecuritynumber|citizenservicenumber)$|^bsn|bsn$|burgerservicenummer/],
  [
    'identifier',
    /^(dossier|client|clienten|casus|zaak|registratie|persoons|patient|person|case)(nummer|nr|id|no|number)|^(anummer|vnummer)$/,
  ],
  ['birth', /geboorte|^gebdat|^geb$|^dob$|dateofbirth|birthdate|birthday|^leeftijd|^age$/],
  ['contact', /^(telefoon|telefoonnummer|telnr|tel|mobiel|mobielnummer|gsm|email|emailadres|mail|phone|phonenumber)$/],
  [
    'address',
    /^(straat|straatnaam|adres|adressen|address|huisnummer|huisnr|huisnummertoevoeging|toevoeging|postcode|postalcode|zipcode|zip|woonplaats|woonadres|verblijfadres|verblijfplaats|street|streetname)$|adres$|straat/,
  ],
  ['attributes', /^(geslacht|gender|sekse|nationaliteit|nationality|etniciteit|ethnicity)$/],
  [
    'name',
    /^(naam|namen|voornaam|voornamen|achternaam|familienaam|geslachtsnaam|roepnaam|voorletters|tussenvoegsel|name|firstname|lastname|surname|fullname|volledigenaam|persoon|personen|persoonsnaam|client|clienten|patient|betrokkene|betrokkenen|dader|slachtoffer|verdachte|melder|contactpersoon)$|^naam|voornaam|achternaam|client|persoon|patient/,
  ],
];

/** The category a column's name puts it in, or null. */
export function columnNameCategory(header: string): GuardCategory | null {
  const name = normaliseName(header);
  if (name === '') return null;
  for (const [category, rule] of COLUMN_NAME_RULES) if (rule.test(name)) return category;
  return null;
}

/** The Dutch 11-test ("elfproef") for a BSN of nine digits. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** The whole value is a BSN: 9 digits (or 8 when a leading zero may have been dropped). */
export function isBsnLike(value: string, allowDroppedZero: boolean): boolean {
  const v = value.trim();
  if (!/^\d[\d\s.-]*\d$/.test(v)) return false;
  const digits = v.replace(/[\s.-]/g, '');
  if (digits.length === 9) return passesElevenTest(digits);
  // Eight plain digits: a BSN whose leading zero Excel dropped ("15.716.600" is a number).
  return allowDroppedZero && /^\d{8}$/.test(v) && passesElevenTest(`0${digits}`);
}

const EMBEDDED_BSN = /(?<![\w./:#=?&-])\d{9}(?![\w/-])/g;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const PHONE = /(?:^|[^\w])(?:\+31|0031|0)[\s-]?[1-9](?:[\s-]?\d){8}(?!\d)/;
const POSTCODE_ALONE = /^[1-9]\d{3}\s?[A-Za-z]{2}(?:[\s,-]*\d{1,5}\s*[A-Za-z]{0,4})?$/;
const POSTCODE_WITH_NUMBER = /(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?!\w)[\s,]*\d{1,5}(?!\d)/;

function hasEmbeddedBsn(value: string): boolean {
  for (const match of value.matchAll(EMBEDDED_BSN)) if (passesElevenTest(match[0])) return true;
  return false;
}

/** A name: 1–5 words of letters, at least one capitalised ("Jan de Vries", "Jansen"). */
function looksLikePersonName(value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (words.length > 5) return false;
  if (!words.every((w) => /^[\p{L}'’.-]+$/u.test(w))) return false;
  return words.some((w) => /^\p{Lu}/u.test(w));
}

/**
 * The category of one cell in a column of `role`, or null when it looks harmless.
 * `strict` false leaves out the weak signals for unexpected columns (see above).
 */
export function classifyCell(
  value: string,
  role: ColumnRole,
  strict: boolean,
  isKnownName: (normalised: string) => boolean,
): GuardCategory | null {
  const v = value.trim();
  if (v === '') return null;
  if (isBsnLike(v, role !== 'amount' && role !== 'date' && role !== 'year')) return 'bsn';
  const textual = role === 'unexpected' || role === 'text' || role === 'municipality' || role === 'domain' || role === 'fundingSource';
  if (textual && hasEmbeddedBsn(v)) return 'bsn';
  if (EMAIL.test(v) || PHONE.test(v)) return 'contact';
  if (POSTCODE_ALONE.test(v) || POSTCODE_WITH_NUMBER.test(v)) return 'postcode';
  switch (role) {
    case 'date': {
      const date = parseDate(v);
      return date.ok && date.iso < '2000-01-01' ? 'oldDate' : null;
    }
    case 'count':
    case 'amount':
    case 'year':
      return null;
    case 'municipality':
    case 'domain':
      if (looksLikeDate(v)) return 'date';
      return v.length > 100 || wordCount(v) >= 12 ? 'freetext' : null;
    case 'fundingSource':
    case 'text':
      if (looksLikeDate(v)) return 'date';
      return v.length > 300 || wordCount(v) >= 50 ? 'freetext' : null;
    case 'unexpected':
      if (!strict) return null;
      if (looksLikeDate(v)) return 'date';
      if (!/\p{L}/u.test(v) || isKnownName(normaliseName(v))) return null;
      return looksLikePersonName(v) ? 'name' : 'freetext';
  }
}

interface Seen {
  first: number;
  last: number;
}

interface GuardColumn {
  ref: ColumnRef;
  role: ColumnRole;
  nameCategory: GuardCategory | null;
  values: Seen | null;
  categories: Map<GuardCategory, Seen>;
  unknown: Set<string>;
  unknownSeen: Seen | null;
  /** Each distinct value is classified once. */
  verdicts: BoundedCache<string, GuardCategory | null>;
}

function see(seen: Seen | null | undefined, line: number): Seen {
  if (!seen) return { first: line, last: line };
  seen.first = Math.min(seen.first, line);
  seen.last = Math.max(seen.last, line);
  return seen;
}

export interface GuardFinding {
  line: number | null;
  column: ColumnRef | null;
  message: string;
}

/** Collects what the guard sees while the rows stream past; a few numbers per column. */
export class Guard {
  private readonly columns: GuardColumn[] = [];
  private readonly personLevel: GuardFinding[] = [];
  private flagged = false;

  constructor(
    /** False when no header was recognised (see the module comment). */
    private readonly strict: boolean,
    private readonly isKnownName: (normalised: string) => boolean,
  ) {}

  /**
   * Registers a column at `index`. Its name is checked; the header cell is also checked as a value
   * (a file without header has data there): when it looks personal the column is marked unsafe to
   * name and the header line counts as a finding.
   */
  addColumn(index: number, header: string, role: ColumnRole, ref: ColumnRef, headerLine: number | null): void {
    const nameCategory = columnNameCategory(header);
    const column: GuardColumn = {
      ref,
      role,
      nameCategory,
      values: null,
      categories: new Map(),
      unknown: new Set(),
      unknownSeen: null,
      verdicts: new BoundedCache(2048),
    };
    this.columns[index] = column;
    if (nameCategory) this.flagged = true;
    if (headerLine !== null) {
      const asValue = classifyCell(header, 'unexpected', false, this.isKnownName);
      if (asValue) {
        ref.safe = false;
        column.categories.set(asValue, see(null, headerLine));
        this.flagged = true;
      }
    }
  }

  has(index: number): boolean {
    return this.columns[index] !== undefined;
  }

  /** Looks at one cell; true when it looks personal (the row is then not validated further). */
  inspect(index: number, value: string, line: number): boolean {
    const column = this.columns[index];
    if (!column || value === '' || (value.charCodeAt(0) <= 32 && value.trim() === '')) return false;
    let category = column.verdicts.get(value);
    if (category === undefined) category = column.verdicts.set(value, classifyCell(value, column.role, this.strict, this.isKnownName));
    column.values = see(column.values, line);
    if (!category) return false;
    column.categories.set(category, see(column.categories.get(category), line));
    this.flagged = true;
    return true;
  }

  /** A value of a matched column (gemeente, kennisdomein) that matched nothing. */
  noteUnknown(index: number, normalised: string, line: number): void {
    const column = this.columns[index];
    if (!column) return;
    if (column.unknown.size <= 5) column.unknown.add(normalised);
    column.unknownSeen = see(column.unknownSeen, line);
    if (column.unknown.size > 5) this.flagged = true;
  }

  /** The file looks like one row per person; `message` says why, without values. */
  notePersonLevel(line: number | null, message: string): void {
    this.personLevel.push({ line, column: null, message });
    this.flagged = true;
  }

  /** Whether any value in a column was seen (empty columns of stray separators are ignored). */
  hasValues(index: number): boolean {
    return this.columns[index]?.values != null;
  }

  /** Whether the guard has something about this column. */
  flags(index: number): boolean {
    const column = this.columns[index];
    return !!column && (column.nameCategory !== null || column.categories.size > 0 || column.unknown.size > 5);
  }

  get refused(): boolean {
    return this.flagged;
  }

  findings(): GuardFinding[] {
    const out: GuardFinding[] = [];
    for (const column of this.columns) {
      if (!column) continue;
      const label = column.ref.safe ? `Kolom '${column.ref.display}'` : `Kolom ${column.ref.position}`;
      if (column.nameCategory) {
        const where = column.values ? ` (${lineRange(column.values.first, column.values.last)})` : '';
        out.push({ line: column.values?.first ?? null, column: column.ref, message: `${label}${where} ${PHRASES[column.nameCategory]}.` });
      }
      for (const [category, seen] of column.categories) {
        if (category === column.nameCategory) continue;
        out.push({ line: seen.first, column: column.ref, message: `${label} (${lineRange(seen.first, seen.last)}) ${PHRASES[category]}.` });
      }
      if (column.unknown.size > 5 && column.unknownSeen) {
        const seen = column.unknownSeen;
        out.push({
          line: seen.first,
          column: column.ref,
          message: `${label} (${lineRange(seen.first, seen.last)}) ${PHRASES.unknownNames}.`,
        });
      }
    }
    return [...out, ...this.personLevel];
  }
}

/** The first message of a refused file. */
export const REFUSAL =
  'Bestand geweigerd: het lijkt gegevens over personen te bevatten. Het dashboard bewaart alleen geaggregeerde aantallen, nooit gegevens over een persoon. Verwijder de genoemde kolommen of gegevens en lever alleen totalen aan; dit bestand wordt niet geïmporteerd.';
