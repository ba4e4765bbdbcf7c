import type { ColumnRef } from '../errors.js';
import type { CaseloadRecord } from '../types.js';
import { dutchDate, normaliseName } from '../values.js';
import { readPeildatum, readPlace, readWhole, type KindContext, type KindSpec, type RowValidator, type RowView } from './common.js';

/**
 * CASELOAD: `peildatum;gemeente;kennisdomein;aantal`, the running cases per count date.
 *
 * - `gemeente`: a municipality of the region, "Niet gespecificeerd", or "Totaal"/"Regio" — the
 *   stated total of the count date (with a domain: the region's count for that domain).
 * - `kennisdomein`: a domain by code or name; empty (or "Totaal") for the total of the row's scope.
 *   The column may be left out altogether: every row is then a total.
 * - `aantal`: a whole number, 0 or more.
 *
 * Cross-row checks, at the end of the file (per count date):
 * - each peildatum + gemeente + kennisdomein once;
 * - a stated total ("Totaal", no domain) equals the sum of the municipalities' and "Niet
 *   gespecificeerd"'s totals, when those are given; a stated region count for a domain equals the
 *   sum of the finer counts for that domain, when the file breaks domains down finer at all;
 * - a municipality (or "Niet gespecificeerd") with counts per domain also has its total, and its
 *   counts per domain add up to at most that total (the rest are cases without a domain); so do
 *   the region's stated counts per domain;
 * - a count date has a total: stated, or the sum of its municipalities.
 *
 * One row per person (anonymisation guard), two signals:
 * - every count is 1 in a file of 20 or more rows with a count: a list of persons or cases, not
 *   counts (a real count file has a total, and totals above 1);
 * - the same peildatum + gemeente + kennisdomein on 3 or more rows (also when the file has no
 *   `aantal` column): one row per case. (Twice is reported as a duplicate: a file pasted twice.)
 *
 * Memory: per count date one small table of "slots" (scope × domain: 9 × 7 for a region of seven
 * municipalities) holding the line each slot was first seen on and its count — 504 bytes a date,
 * whatever the number of rows. With a wide reference (more than 512 slots, e.g. all 342
 * municipalities) a date holds a Map of the slots it has instead. Everything else is derived at
 * the end. So a million-row file costs a few MB, not a Map of a million keys.
 */
export const caseloadSpec: KindSpec = {
  kind: 'CASELOAD',
  columns: [
    { name: 'peildatum', role: 'date', required: true },
    { name: 'gemeente', role: 'municipality', required: true },
    { name: 'kennisdomein', role: 'domain', required: false },
    { name: 'aantal', role: 'count', required: true },
  ],
  create: (context) => new CaseloadValidator(context),
};

/** Rows with a count at or above which "every count is 1" means one row per person. */
export const ALL_ONES_MIN_ROWS = 20;
/** Rows with the same key at or above which the file is one row per person. */
export const REPEATED_KEY_ROWS = 3;
/** Above this many slots a date keeps a Map of its slots instead of a table. */
const DENSE_MAX_SLOTS = 512;

/**
 * Per count date, per slot: the line the slot was first seen on (0: not seen; also set when the
 * row's count was wrong, for the duplicate check) and its count (−1: no valid count).
 */
class DateSlots {
  private readonly dense: Int32Array | null;
  private readonly sparse: Map<number, { line: number; count: number }> | null;

  constructor(slots: number) {
    this.dense = slots <= DENSE_MAX_SLOTS ? new Int32Array(slots * 2) : null;
    this.sparse = this.dense ? null : new Map();
    this.dense?.fill(-1);
    if (this.dense) for (let i = 0; i < this.dense.length; i += 2) this.dense[i] = 0;
  }

  line(slot: number): number {
    return this.dense ? (this.dense[slot * 2] as number) : (this.sparse?.get(slot)?.line ?? 0);
  }

  count(slot: number): number {
    return this.dense ? (this.dense[slot * 2 + 1] as number) : (this.sparse?.get(slot)?.count ?? -1);
  }

  see(slot: number, line: number): void {
    if (this.dense) this.dense[slot * 2] = line;
    else this.sparse?.set(slot, { line, count: -1 });
  }

  setCount(slot: number, count: number): void {
    if (this.dense) this.dense[slot * 2 + 1] = count;
    else {
      const entry = this.sparse?.get(slot);
      if (entry) entry.count = count;
    }
  }

  /** The slots seen, in slot order for a table, in first-seen order for a Map. */
  *seen(): Generator<[slot: number, line: number, count: number]> {
    if (this.dense) {
      for (let slot = 0; slot * 2 < this.dense.length; slot++) {
        const line = this.dense[slot * 2] as number;
        if (line > 0) yield [slot, line, this.dense[slot * 2 + 1] as number];
      }
    } else {
      for (const [slot, { line, count }] of this.sparse ?? []) yield [slot, line, count];
    }
  }
}

class CaseloadValidator implements RowValidator {
  /** Per ISO date ('' when the file has no peildatum column). */
  private readonly dates = new Map<string, DateSlots>();
  /** Rows per repeated slot, until one-row-per-person has been noted. */
  private readonly repeats = new Map<string, number>();
  private personLevelNoted = false;
  private rowsWithCount = 0;
  private ones = 0;
  /** Municipalities; scopes are 0..m−1 a municipality, m "Niet gespecificeerd", m+1 "Totaal". */
  private readonly m: number;
  /** Domains; per scope the slots are 0 the total, 1..d a domain. */
  private readonly w: number;
  private readonly slots: number;
  /** How the file names the columns, for the messages of the cross-row checks. */
  private countColumn: ColumnRef | string = 'aantal';
  private domainColumn: ColumnRef | string = 'kennisdomein';

  constructor(private readonly context: KindContext) {
    this.m = context.lookup.municipalityCount;
    this.w = context.lookup.domainCount + 1;
    this.slots = (this.m + 2) * this.w;
  }

  row(view: RowView): CaseloadRecord | null {
    const { line } = view;
    const { report, lookup, reference, guard } = this.context;
    let ok = true;

    const dateCell = view.cell('peildatum');
    const peildatum = dateCell ? readPeildatum(dateCell, reference.today, line, report) : null;
    if (dateCell && peildatum === null) ok = false;

    let scope: number | null = null;
    let municipalityCode: string | null = null;
    const placeCell = view.cell('gemeente');
    const place = placeCell ? readPlace(placeCell, line, this.context) : null;
    if (place?.type === 'municipality') {
      scope = place.index;
      municipalityCode = place.code;
    } else if (place) {
      scope = place.type === 'unspecified' ? this.m : this.m + 1;
    }
    if (scope === null) ok = false;

    let domain: number | null = 0;
    const domainCell = view.cell('kennisdomein');
    if (domainCell) {
      this.domainColumn = domainCell.column;
      const match = lookup.matchDomain(domainCell.value);
      if (match === null) {
        guard.noteUnknown(domainCell.index, normaliseName(domainCell.value), line);
        report(line, domainCell.column, lookup.unknownDomain(domainCell.value));
        domain = null;
        ok = false;
      } else {
        domain = match === 'total' ? 0 : match + 1;
      }
    }

    const countCell = view.cell('aantal');
    let count: number | null = null;
    if (countCell) {
      this.countColumn = countCell.column;
      count = readWhole(countCell, 'count', line, report);
      if (count !== null) {
        this.rowsWithCount++;
        if (count === 1) this.ones++;
      }
    }
    if (count === null) ok = false;

    // Duplicates, also for rows with a bad count (and without a peildatum column).
    if (scope === null || domain === null || (dateCell && peildatum === null)) return null;
    const dateKey = peildatum ?? '';
    let slots = this.dates.get(dateKey);
    if (!slots) this.dates.set(dateKey, (slots = new DateSlots(this.slots)));
    const slot = scope * this.w + domain;
    const first = slots.line(slot);
    if (first > 0) {
      this.noteRepeat(`${dateKey}|${slot}`, first, line);
      report(
        line,
        placeCell?.column ?? null,
        `Dubbele regel: ${this.describe(peildatum, scope, domain)} staat ook op regel ${first}; elke combinatie van peildatum, gemeente en kennisdomein mag één keer voorkomen.`,
      );
      return null;
    }
    slots.see(slot, line);
    if (!ok || peildatum === null || count === null) return null;
    slots.setCount(slot, count);
    return {
      kind: 'CASELOAD',
      line,
      peildatum,
      scope: scope < this.m ? 'municipality' : scope === this.m ? 'unspecified' : 'region',
      municipalityCode,
      domainCode: domain === 0 ? null : (reference.domains[domain - 1]?.code ?? null),
      count,
    };
  }

  private noteRepeat(key: string, first: number, line: number): void {
    if (this.personLevelNoted) return;
    const times = (this.repeats.get(key) ?? 1) + 1;
    this.repeats.set(key, times);
    if (times < REPEATED_KEY_ROWS) return;
    this.personLevelNoted = true;
    this.repeats.clear();
    this.context.guard.notePersonLevel(
      line,
      `Regel ${first}, regel ${line} en andere hebben dezelfde peildatum, gemeente en kennisdomein (${times} keer of vaker): dat lijkt één regel per persoon of casus. Lever per peildatum, gemeente en kennisdomein één regel met het aantal.`,
    );
  }

  private scopeName(scope: number): string {
    if (scope === this.m) return 'Niet gespecificeerd';
    if (scope === this.m + 1) return 'Totaal';
    return this.context.reference.municipalities[scope]?.name ?? '?';
  }

  private domainName(domain: number): string {
    return domain === 0 ? 'leeg (totaal)' : (this.context.reference.domains[domain - 1]?.name ?? '?');
  }

  private describe(peildatum: string | null, scope: number, domain: number): string {
    const date = peildatum ? `peildatum ${dutchDate(peildatum)}, ` : '';
    return `${date}gemeente ${this.scopeName(scope)}, kennisdomein ${this.domainName(domain)}`;
  }

  finish(): { totals: { peildatum: string; total: number }[] } {
    const { report, guard } = this.context;
    if (this.rowsWithCount >= ALL_ONES_MIN_ROWS && this.ones === this.rowsWithCount) {
      guard.notePersonLevel(
        null,
        `Alle ${this.rowsWithCount} regels hebben aantal 1: dat lijkt een lijst van personen of casussen, geen telling. Lever per peildatum en gemeente het aantal dossiers.`,
      );
    }
    const totals: { peildatum: string; total: number }[] = [];
    const region = this.m + 1;
    for (const peildatum of [...this.dates.keys()].sort()) {
      if (peildatum === '') continue;
      const slots = this.dates.get(peildatum) as DateSlots;
      const date = dutchDate(peildatum);
      let regionTotal: { line: number; count: number } | null = null;
      let partsTotal = 0;
      let hasPartsTotal = false;
      const stated = new Map<number, { line: number; count: number }>();
      const parts = new Map<number, number>();
      const firstDomainLine = new Map<number, number>();
      /** Per scope (also the region): the sum of its counts per domain. */
      const domainSums = new Map<number, number>();
      for (const [slot, line, count] of slots.seen()) {
        const scope = Math.floor(slot / this.w);
        const domain = slot % this.w;
        if (domain > 0 && scope !== region) {
          const before = firstDomainLine.get(scope);
          if (before === undefined || line < before) firstDomainLine.set(scope, line);
        }
        if (count < 0) continue;
        if (domain > 0) domainSums.set(scope, (domainSums.get(scope) ?? 0) + count);
        if (scope === region) {
          if (domain === 0) regionTotal = { line, count };
          else stated.set(domain, { line, count });
        } else if (domain === 0) {
          partsTotal += count;
          hasPartsTotal = true;
        } else {
          parts.set(domain, (parts.get(domain) ?? 0) + count);
        }
      }
      for (const [scope, line] of firstDomainLine) {
        if (slots.line(scope * this.w) > 0) continue;
        const who = scope === this.m ? "'Niet gespecificeerd'" : `Gemeente ${this.scopeName(scope)}`;
        report(
          line,
          this.domainColumn,
          `${who} heeft op ${date} aantallen per kennisdomein maar geen totaal; voeg een regel toe met een leeg kennisdomein en het totaal.`,
        );
      }
      for (const [scope, sum] of domainSums) {
        const totalLine = slots.line(scope * this.w);
        const total = slots.count(scope * this.w);
        if (totalLine === 0 || total < 0 || sum <= total) continue;
        const who =
          scope === this.m ? "'Niet gespecificeerd'" : scope === region ? 'De regio (Totaal)' : `Gemeente ${this.scopeName(scope)}`;
        report(
          totalLine,
          this.countColumn,
          `${who} heeft op ${date} aantallen per kennisdomein die samen ${sum} zijn, meer dan het totaal ${total} op deze regel; ` +
            'de aantallen per kennisdomein zijn een uitsplitsing van het totaal en mogen samen niet hoger zijn. Verbeter het totaal of de aantallen per kennisdomein.',
        );
      }
      const ofParts = "de som van de gemeenten en 'Niet gespecificeerd'";
      if (regionTotal && hasPartsTotal && regionTotal.count !== partsTotal) {
        report(
          regionTotal.line,
          this.countColumn,
          `Totaal op ${date} is ${regionTotal.count}, maar ${ofParts} is ${partsTotal}; het totaal moet gelijk zijn aan de som van de delen.`,
        );
      }
      if (parts.size > 0) {
        for (const [domain, { line, count }] of stated) {
          const sum = parts.get(domain) ?? 0;
          if (count !== sum) {
            report(
              line,
              this.countColumn,
              `Totaal voor kennisdomein ${this.domainName(domain)} op ${date} is ${count}, maar ${ofParts} voor dat kennisdomein is ${sum}.`,
            );
          }
        }
      }
      const total = regionTotal?.count ?? (hasPartsTotal ? partsTotal : null);
      if (total !== null) totals.push({ peildatum, total });
      else if (stated.size > 0) {
        const line = Math.min(...[...stated.values()].map((s) => s.line));
        report(
          line,
          null,
          `Peildatum ${date} heeft geen totaal: geef een regel 'Totaal' met een leeg kennisdomein, of de totalen per gemeente.`,
        );
      }
    }
    return { totals };
  }
}
