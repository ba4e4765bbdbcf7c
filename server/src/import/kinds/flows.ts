import type { ColumnRef, Quote } from '../errors.js';
import type { FlowRecord, FlowTotal } from '../types.js';
import { normaliseName, parseWholeNumber } from '../values.js';
import { LIMITS, readPlace, type Cell, type KindContext, type KindSpec, type Report, type RowValidator, type RowView } from './common.js';

/**
 * FLOWS: `maand;gemeente;kennisdomein;instroom;uitstroom;binnen_norm;norm_dagen;mediaan_dagen;p80_dagen`,
 * the cases that came in and were closed in a month.
 *
 * - `maand`: 2023-02, 2-2023 or 02-2023 (also 2023-02-01 or 1-2-2023: the month of that day); not
 *   after the current month.
 * - `gemeente`: a municipality, "Niet gespecificeerd", or "Totaal" (the region's own figures:
 *   its median and 80th percentile cannot be computed from the municipalities').
 * - `kennisdomein`: optional; empty for the total of the scope over every domain, as in CASELOAD.
 * - `instroom`, `uitstroom`: new and closed cases, whole numbers ≥ 0.
 * - Optional: `binnen_norm` (closed within the norm, at most `uitstroom`), `norm_dagen` (the norm
 *   in days, the same on every row of a month; required with `binnen_norm`), `mediaan_dagen` and
 *   `p80_dagen` (days from opening to closing of the closed cases, p80 at least the median; only
 *   with closed cases).
 *
 * Cross-row checks at the end, per month: each maand + gemeente + kennisdomein once; a scope with
 * figures per domain also has its total, and its domains add up to at most that total (the rest
 * are cases without a domain); a stated "Totaal" equals the sum of the municipalities and "Niet
 * gespecificeerd" when those are given.
 */
export const flowsSpec: KindSpec = {
  kind: 'FLOWS',
  columns: [
    { name: 'maand', role: 'date', required: true },
    { name: 'gemeente', role: 'municipality', required: true },
    { name: 'kennisdomein', role: 'domain', required: false },
    { name: 'instroom', role: 'count', required: true },
    { name: 'uitstroom', role: 'count', required: true },
    { name: 'binnen_norm', role: 'count', required: false },
    { name: 'norm_dagen', role: 'count', required: false },
    { name: 'mediaan_dagen', role: 'count', required: false },
    { name: 'p80_dagen', role: 'count', required: false },
  ],
  create: (context) => new FlowsValidator(context),
};

/** The longest norm or throughput time accepted, in days (ten years: anything longer is a typing error). */
export const MAX_DAYS = 3650;

type Scope = FlowRecord['scope'];

interface Seen {
  line: number;
  scope: Scope;
  municipalityCode: string | null;
  municipalityName: string;
  domain: string | null;
  inflow: number;
  outflow: number;
  closedWithinNorm: number | null;
}

const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "februari 2023" for messages. */
export function dutchMonth(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${y}`;
}

/** 'YYYY-MM' from the forms a file may use, or null. */
export function parseMonth(raw: string): string | null {
  const v = raw.trim();
  let match = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(v);
  let year: string | undefined;
  let month: string | undefined;
  if (match) [, year, month] = match;
  else if ((match = /^(?:(\d{1,2})[-/])?(\d{1,2})[-/](\d{4})$/.exec(v))) [, , month, year] = match;
  if (!year || !month) return null;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  return `${year}-${String(m).padStart(2, '0')}`;
}

class FlowsValidator implements RowValidator {
  private readonly seen = new Map<string, Seen>();
  /** Per month: the norm and the line it was first given on. */
  private readonly norms = new Map<string, { days: number; line: number }>();
  /** Per month: the first row with closed-within-norm figures (the month must then have a norm). */
  private readonly withinNorm = new Map<string, { line: number; column: ColumnRef | string }>();
  private countColumn: ColumnRef | string = 'instroom';
  private domainColumn: ColumnRef | string = 'kennisdomein';

  constructor(private readonly context: KindContext) {}

  row(view: RowView): FlowRecord | null {
    const { line } = view;
    const { report, lookup, reference, guard } = this.context;
    let ok = true;

    const monthCell = view.cell('maand');
    const month = monthCell ? this.readMonth(monthCell, line) : null;
    if (month === null) ok = false;

    let scope: Scope | null = null;
    let municipalityCode: string | null = null;
    let municipalityName = '';
    const placeCell = view.cell('gemeente');
    const place = placeCell ? readPlace(placeCell, line, this.context) : null;
    if (place?.type === 'municipality') {
      scope = 'municipality';
      municipalityCode = place.code;
      municipalityName = place.name;
    } else if (place) {
      scope = place.type === 'unspecified' ? 'unspecified' : 'region';
      municipalityName = place.type === 'unspecified' ? 'Niet gespecificeerd' : 'Totaal';
    }
    if (scope === null) ok = false;

    let domainCode: string | null = null;
    const domainCell = view.cell('kennisdomein');
    if (domainCell) {
      this.domainColumn = domainCell.column;
      const match = lookup.matchDomain(domainCell.value);
      if (match === null) {
        guard.noteUnknown(domainCell.index, normaliseName(domainCell.value), line);
        report(line, domainCell.column, lookup.unknownDomain(domainCell.value));
        ok = false;
      } else if (match !== 'total') {
        domainCode = reference.domains[match]?.code ?? null;
      }
    }

    const inflowCell = view.cell('instroom');
    if (inflowCell) this.countColumn = inflowCell.column;
    const inflow = inflowCell ? readNumber(inflowCell, 'Instroom', line, report, LIMITS.count, false) : null;
    const outflowCell = view.cell('uitstroom');
    const outflow = outflowCell ? readNumber(outflowCell, 'Uitstroom', line, report, LIMITS.count, false) : null;
    const withinCell = view.cell('binnen_norm');
    const within = optional(withinCell, (c) => readNumber(c, 'Binnen de norm', line, report, LIMITS.count, false));
    const normCell = view.cell('norm_dagen');
    const norm = optional(normCell, (c) => readNumber(c, 'Norm in dagen', line, report, MAX_DAYS, false));
    const medianCell = view.cell('mediaan_dagen');
    const median = optional(medianCell, (c) => readNumber(c, 'Mediaan dagen', line, report, MAX_DAYS, true));
    const p80Cell = view.cell('p80_dagen');
    const p80 = optional(p80Cell, (c) => readNumber(c, 'P80 dagen', line, report, MAX_DAYS, true));
    if (inflow === null || outflow === null || within === false || norm === false || median === false || p80 === false) ok = false;

    if (norm === 0) {
      report(line, normCell?.column ?? null, 'Norm in dagen is 0; de norm is een aantal dagen van 1 of meer (bijv. 56).');
      ok = false;
    }
    if (typeof within === 'number' && outflow !== null && within > outflow) {
      report(
        line,
        withinCell?.column ?? null,
        `Binnen de norm (${within}) is meer dan de uitstroom (${outflow}); het aantal afgesloten binnen de norm hoort bij de afgesloten casussen en kan niet hoger zijn.`,
      );
      ok = false;
    }
    if (typeof within === 'number' && month !== null && !this.withinNorm.has(month)) {
      this.withinNorm.set(month, { line, column: withinCell?.column ?? 'binnen_norm' });
    }
    if (typeof median === 'number' && typeof p80 === 'number' && p80 < median) {
      report(
        line,
        p80Cell?.column ?? null,
        `P80 dagen (${p80}) is kleiner dan de mediaan (${median}); het 80e percentiel van de doorlooptijd is altijd minstens de mediaan.`,
      );
      ok = false;
    }
    if (outflow === 0 && (typeof median === 'number' || typeof p80 === 'number')) {
      report(
        line,
        (typeof median === 'number' ? medianCell : p80Cell)?.column ?? null,
        'Er is een doorlooptijd ingevuld terwijl de uitstroom 0 is; zonder afgesloten casussen is er geen doorlooptijd. Laat de cel leeg.',
      );
      ok = false;
    }
    if (typeof norm === 'number' && norm > 0 && month !== null) {
      const first = this.norms.get(month);
      if (!first) this.norms.set(month, { days: norm, line });
      else if (first.days !== norm) {
        report(
          line,
          normCell?.column ?? null,
          `Norm in dagen is ${norm}, maar regel ${first.line} geeft voor ${dutchMonth(month)} ${first.days}; een maand heeft één norm. Maak de norm op alle regels van de maand gelijk.`,
        );
        ok = false;
      }
    }

    if (month === null || scope === null || (domainCell && lookup.matchDomain(domainCell.value) === null)) return null;
    const key = `${month}|${scope}|${municipalityCode ?? ''}|${domainCode ?? ''}`;
    const first = this.seen.get(key);
    if (first) {
      report(
        line,
        placeCell?.column ?? null,
        `Dubbele regel: ${dutchMonth(month)}, gemeente ${municipalityName}, kennisdomein ${this.domainName(domainCode)} staat ook op regel ${first.line}; elke combinatie van maand, gemeente en kennisdomein mag één keer voorkomen.`,
      );
      return null;
    }
    this.seen.set(key, {
      line,
      scope,
      municipalityCode,
      municipalityName,
      domain: domainCode,
      inflow: inflow ?? -1,
      outflow: outflow ?? -1,
      closedWithinNorm: typeof within === 'number' ? within : null,
    });
    if (!ok || inflow === null || outflow === null) return null;
    return {
      kind: 'FLOWS',
      line,
      month,
      scope,
      municipalityCode,
      domainCode,
      inflow,
      outflow,
      closedWithinNorm: typeof within === 'number' ? within : null,
      medianDays: typeof median === 'number' ? median : null,
      p80Days: typeof p80 === 'number' ? p80 : null,
      normDays: typeof norm === 'number' ? norm : null,
    };
  }

  private readMonth(cell: Cell, line: number): string | null {
    const { report, reference } = this.context;
    const month = parseMonth(cell.value);
    if (month === null) {
      report(
        line,
        cell.column,
        cell.value.trim() === ''
          ? 'Maand ontbreekt; schrijf jaar-maand (2023-02) of maand-jaar (2-2023).'
          : 'Maand is geen maand; schrijf jaar-maand (2023-02) of maand-jaar (2-2023).',
      );
      return null;
    }
    if (month < `${LIMITS.firstYear}-01`) {
      report(line, cell.column, `Maand ${dutchMonth(month)} ligt voor ${LIMITS.firstYear}; controleer het jaartal.`);
      return null;
    }
    if (month > reference.today.slice(0, 7)) {
      report(line, cell.column, `Maand ${dutchMonth(month)} ligt na de huidige maand; in- en uitstroom kunnen niet in de toekomst liggen.`);
      return null;
    }
    return month;
  }

  private domainName(code: string | null): string {
    return code === null ? 'leeg (totaal)' : (this.context.reference.domains.find((d) => d.code === code)?.name ?? code);
  }

  finish(): { flowTotals: FlowTotal[] } {
    const { report } = this.context;
    const byMonth = new Map<string, Seen[]>();
    for (const [key, seen] of this.seen) {
      const month = key.slice(0, 7);
      const list = byMonth.get(month);
      if (list) list.push(seen);
      else byMonth.set(month, [seen]);
    }
    for (const [month, { line, column }] of this.withinNorm) {
      if (!this.norms.has(month))
        report(line, column, 'Binnen de norm is ingevuld zonder norm; vul in de kolom norm_dagen de norm in dagen in (bijv. 56).');
    }
    const flowTotals: FlowTotal[] = [];
    for (const month of [...byMonth.keys()].sort()) {
      const rows = byMonth.get(month) as Seen[];
      const place = (r: Seen) => `${r.scope}|${r.municipalityCode ?? ''}`;
      const totals = new Map(rows.filter((r) => r.domain === null).map((r) => [place(r), r]));
      const byScope = new Map<string, Seen[]>();
      for (const r of rows) {
        if (r.domain === null) continue;
        const list = byScope.get(place(r));
        if (list) list.push(r);
        else byScope.set(place(r), [r]);
      }
      for (const [scopeKey, parts] of byScope) {
        const first = parts[0] as Seen;
        const total = totals.get(scopeKey);
        const who =
          first.scope === 'region'
            ? 'De regio (Totaal)'
            : first.scope === 'unspecified'
              ? "'Niet gespecificeerd'"
              : `Gemeente ${first.municipalityName}`;
        if (!total) {
          report(
            Math.min(...parts.map((p) => p.line)),
            this.domainColumn,
            `${who} heeft in ${dutchMonth(month)} cijfers per kennisdomein maar geen totaal; voeg een regel toe met een leeg kennisdomein en het totaal.`,
          );
          continue;
        }
        for (const [field, label] of [
          ['inflow', 'instroom'],
          ['outflow', 'uitstroom'],
          ['closedWithinNorm', 'binnen de norm'],
        ] as const) {
          const own = total[field];
          if (own === null || own < 0 || parts.some((p) => p[field] === null || (p[field] as number) < 0)) continue;
          const sum = parts.reduce((s, p) => s + (p[field] as number), 0);
          if (sum > own) {
            report(
              total.line,
              this.countColumn,
              `${who} heeft in ${dutchMonth(month)} een ${label} per kennisdomein van samen ${sum}, meer dan het totaal ${own} op deze regel; de kennisdomeinen zijn een uitsplitsing van het totaal. Verbeter het totaal of de kennisdomeinen.`,
            );
          }
        }
      }
      const partsOfRegion = [...totals.values()].filter((r) => r.scope !== 'region');
      const stated = totals.get('region|');
      if (stated && partsOfRegion.length > 0) {
        for (const [field, label] of [
          ['inflow', 'Instroom'],
          ['outflow', 'Uitstroom'],
        ] as const) {
          if (stated[field] < 0 || partsOfRegion.some((p) => p[field] < 0)) continue;
          const sum = partsOfRegion.reduce((s, p) => s + p[field], 0);
          if (sum !== stated[field]) {
            report(
              stated.line,
              this.countColumn,
              `${label} van Totaal in ${dutchMonth(month)} is ${stated[field]}, maar de som van de gemeenten en 'Niet gespecificeerd' is ${sum}; het totaal moet gelijk zijn aan de som van de delen.`,
            );
          }
        }
      }
      for (const r of partsOfRegion) {
        if (r.inflow >= 0 && r.outflow >= 0)
          flowTotals.push({ month, municipalityCode: r.municipalityCode, inflow: r.inflow, outflow: r.outflow });
      }
    }
    return { flowTotals };
  }
}

/** `undefined`: no column or an empty cell; `false`: reported as wrong. */
function optional<T>(cell: Cell | undefined, read: (cell: Cell) => T | null): T | undefined | false {
  if (!cell || cell.value.trim() === '') return undefined;
  const value = read(cell);
  return value === null ? false : value;
}

/** A number ≥ 0 up to `max` (whole, or with decimals when `decimals`), or null after reporting. */
function readNumber(cell: Cell, label: string, line: number, report: Report, max: number, decimals: boolean): number | null {
  const raw = cell.value.trim();
  const shown = (q: Quote) => (/\p{L}/u.test(raw) ? '' : ` ${q(raw)}`);
  if (decimals && /^\d{1,5}[.,]\d{1,2}$/.test(raw)) {
    const value = Number(raw.replace(',', '.'));
    if (value <= max) return value;
  }
  const result = parseWholeNumber(raw, { currency: false });
  if (result.ok) {
    if (result.value <= max) return result.value;
    report(
      line,
      cell.column,
      (q) => `${label}${shown(q)} is onwaarschijnlijk groot (meer dan ${max.toLocaleString('nl-NL')}); controleer de waarde.`,
    );
    return null;
  }
  const messages: Record<string, (q: Quote) => string> = {
    empty: () => `${label} ontbreekt; vul een heel getal van 0 of meer in (bijv. 12).`,
    negative: (q) => `${label}${shown(q)} is negatief; schrijf 0 of meer.`,
    fraction: (q) =>
      decimals
        ? `${label}${shown(q)} heeft te veel decimalen; schrijf dagen met hoogstens twee decimalen (bijv. 34,5).`
        : `${label}${shown(q)} is geen heel getal; schrijf een heel getal van 0 of meer (bijv. 12).`,
  };
  const message =
    messages[result.problem] ?? ((q: Quote) => `${label}${shown(q)} is geen getal; schrijf een getal van 0 of meer (bijv. 12).`);
  report(line, cell.column, message);
  return null;
}
