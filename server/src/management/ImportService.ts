import type { AuditAction } from '@zv/shared';
import type { Actor, AuthService } from '../auth/AuthService.js';
import {
  IMPORT_KINDS,
  importFormat,
  validateImport,
  type ImportError,
  type ImportFormat,
  type ImportInput,
  type ImportKind,
} from '../import/index.js';
import { checkConsistency, type RunningCount } from '../domain/flows.js';
import type { FlowTotal } from '../import/types.js';
import type { Store } from '../store/index.js';
import type { KeyChange, KeyChangeSummary, RowChange } from '../store/ImportStore.js';

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
export interface ImportResult {
  kind: ImportKind;
  dryRun: boolean;
  rowsRead: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  errors: ImportError[];
  moreErrors: number;
  changes: KeyChangeSummary[];
  /** The rows added, changed or removed, by name, as far as the store listed them. */
  rowChanges: NamedRowChange[];
  /** Rows added, changed or removed past those listed. */
  moreRowChanges: number;
  /** FLOWS: whether the stored counts follow from the flows; null for other kinds and refused files. */
  flowConsistency?: FlowConsistencyModel | null;
}

/** Where running cases do not follow from the previous count plus inflow minus outflow. */
export interface FlowMismatchModel {
  from: string;
  to: string;
  months: string[];
  /** null: the region, or the unspecified cases (`unspecified`). */
  municipalityCode: string | null;
  /** The municipality's name (the upload door answers JSON, without resolvers). */
  municipality: string | null;
  unspecified: boolean;
  expected: number;
  actual: number;
}

export interface FlowConsistencyModel {
  checked: { from: string; to: string; months: string[] }[];
  mismatches: FlowMismatchModel[];
  unchecked: { from: string; to: string; months: string[] }[];
}

/** A row change with its count date or year, and the names of what it is about. */
export interface NamedRowChange extends RowChange {
  key: string;
  municipality: string | null;
  domain: string | null;
  fundingSource: string | null;
}

type Names = Record<'municipalities' | 'domains' | 'fundingSources', readonly { code: string; name: string }[]>;

/** Every change's listed rows in one list, with names for the codes; how many more were not listed. */
function namedRows(changes: KeyChange[], names: Names): { rowChanges: NamedRowChange[]; moreRowChanges: number } {
  const lookup = (list: readonly { code: string; name: string }[]) => {
    const byCode = new Map(list.map((item) => [item.code, item.name]));
    return (code: string | null) => (code === null ? null : (byCode.get(code) ?? code));
  };
  const municipality = lookup(names.municipalities);
  const domain = lookup(names.domains);
  const fundingSource = lookup(names.fundingSources);
  const rowChanges = changes.flatMap((change) =>
    change.rows.map((row) => ({
      ...row,
      key: change.key,
      municipality: municipality(row.municipalityCode),
      domain: domain(row.domainCode),
      fundingSource: fundingSource(row.fundingCode),
    })),
  );
  const total = changes.reduce((n, c) => n + c.added + c.changed + c.removed, 0);
  return { rowChanges, moreRowChanges: Math.max(0, total - rowChanges.length) };
}

const summaries = (changes: KeyChange[]): KeyChangeSummary[] => changes.map(({ rows: _rows, ...summary }) => summary);
const errorCount = (n: number) => `${n} ${n === 1 ? 'fout' : 'fouten'}`;
const sum = (changes: KeyChange[], field: 'added' | 'changed' | 'unchanged' | 'removed') => changes.reduce((s, c) => s + c[field], 0);

/**
 * The one code path of every import — dashboard, CLI and API: validate the whole file while
 * staging its valid records, then apply them in one transaction (or, in a dry run, compute what
 * would change and roll back). Imports in this process run one at a time; the database's write
 * lock serialises them with other processes. Nothing is written unless the file is good.
 */
export class ImportService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly auth: AuthService,
  ) {}

  run(
    kind: ImportKind,
    input: ImportInput,
    options: {
      dryRun: boolean;
      actor: Actor;
      fileName?: string | null;
      /** The imported figures' source; by default "Import <file>", imported by whom and when. */
      source?: { document: string; note: string | null };
    },
  ): Promise<ImportResult> {
    return this.serialised(async () => {
      const at = new Date(this.auth.now()).toISOString();
      const reference = {
        municipalities: await this.store.listMunicipalities(),
        domains: await this.store.listKnowledgeDomains(),
        fundingSources: await this.store.listFundingSources(),
        today: at.slice(0, 10),
      };
      await this.store.startStaging();
      try {
        const summary = await validateImport(kind, input, reference, (batch) => this.store.stage(batch));
        const base = { kind, dryRun: options.dryRun, rowsRead: summary.rowsRead, errors: summary.errors, moreErrors: summary.moreErrors };
        if (summary.errors.length > 0) {
          await this.auth.audit(
            options.actor,
            options.dryRun ? 'import.check' : 'import',
            `${kind} ${options.fileName ?? ''}`.trim(),
            'refused',
            `${errorCount(summary.errors.length + summary.moreErrors)}${summary.refusedByGuard ? '; geweigerd door de anonimiseringscontrole' : ''}`,
          );
          return {
            ...base,
            added: 0,
            changed: 0,
            unchanged: 0,
            removed: 0,
            changes: [],
            rowChanges: [],
            moreRowChanges: 0,
            flowConsistency: null,
          };
        }
        const flowConsistency = kind === 'FLOWS' ? await this.flowConsistency(summary.flowTotals ?? []) : null;
        const changes = await this.store.applyStaged(kind, {
          dryRun: options.dryRun,
          actor: options.actor.username,
          at,
          source: options.source ?? {
            document: options.fileName ? `Import ${options.fileName}` : `Import ${kind.toLowerCase()}`,
            // A source note is Dutch, like the sources: the date in words, never ISO in a sentence.
            note: `Geïmporteerd door ${options.actor.username ?? 'onbekend'} op ${DUTCH_DATE.format(new Date(at))}`,
          },
          totals: new Map((summary.totals ?? []).map((t) => [t.peildatum, t.total])),
        });
        const result = {
          ...base,
          added: sum(changes, 'added'),
          changed: sum(changes, 'changed'),
          unchanged: sum(changes, 'unchanged'),
          removed: sum(changes, 'removed'),
          changes: summaries(changes),
          ...namedRows(changes, reference),
          flowConsistency,
        };
        if (!options.dryRun) await this.audit(options.actor, 'import', `${kind} ${options.fileName ?? ''}`.trim(), changes);
        return result;
      } finally {
        await this.store.discardStaging();
      }
    });
  }

  /**
   * Whether running cases follow from the previous count plus inflow minus outflow, for the pairs
   * of stored count dates around the file's months (the file's flows over the stored ones). A
   * warning, not a refusal: counts and flows come from different moments of the registration
   * (cases re-registered, moved to another municipality, entered late), so a difference is a
   * question for the ZVH to answer, not proof that the file is wrong.
   */
  private async flowConsistency(fileTotals: readonly FlowTotal[]): Promise<FlowConsistencyModel> {
    const months = new Set(fileTotals.map((t) => t.month));
    const stored = (await this.store.listFlowCounts()).filter((r) => r.domainCode === null && r.scope !== 'region' && !months.has(r.month));
    const flows = [...stored, ...fileTotals];
    const snapshots = await this.store.listCaseloadSnapshots();
    const totals = await this.store.caseTotalsBySnapshot(snapshots.map((s) => s.peildatum));
    const counts: RunningCount[] = snapshots.map((s, i) => ({
      peildatum: s.peildatum,
      total: s.total,
      byPlace: new Map(
        (totals[i] ?? []).filter((r) => r.scope !== 'region').map((r) => [r.scope === 'unspecified' ? null : r.municipalityCode, r.count]),
      ),
    }));
    const report = checkConsistency(counts, flows, months);
    const names = new Map((await this.store.listMunicipalities()).map((m) => [m.code, m.name]));
    return {
      checked: report.checked,
      mismatches: report.mismatches.map(({ place, ...m }) => ({
        ...m,
        municipalityCode: place === null || place === 'unspecified' ? null : place,
        municipality: place === null || place === 'unspecified' ? null : (names.get(place) ?? place),
        unspecified: place === 'unspecified',
      })),
      unchecked: report.unchecked.map(({ missing, ...pair }) => ({ ...pair, months: missing })),
    };
  }

  /** The columns, accepted values and blank template of every kind, against this region's lists. */
  async formats(): Promise<ImportFormat[]> {
    const reference = {
      municipalities: await this.store.listMunicipalities(),
      domains: await this.store.listKnowledgeDomains(),
      fundingSources: await this.store.listFundingSources(),
    };
    return IMPORT_KINDS.map((kind) => importFormat(kind, reference));
  }

  /** Puts a kept version back; the content it replaces is kept as a version in turn. */
  restore(id: number, options: { dryRun: boolean; actor: Actor }): Promise<ImportResult & { found: boolean }> {
    return this.serialised(async () => {
      const version = await this.store.getVersion(id);
      const empty = {
        dryRun: options.dryRun,
        rowsRead: 0,
        errors: [],
        moreErrors: 0,
        added: 0,
        changed: 0,
        unchanged: 0,
        removed: 0,
        changes: [],
        rowChanges: [],
        moreRowChanges: 0,
        flowConsistency: null,
      };
      if (!version) return { ...empty, kind: 'CASELOAD' as const, found: false };
      const at = new Date(this.auth.now()).toISOString();
      const changes = await this.store.restoreVersion(id, { dryRun: options.dryRun, actor: options.actor.username, at });
      if (!options.dryRun) await this.audit(options.actor, 'import.restore', `${version.kind} ${version.key} (versie ${id})`, changes);
      return {
        ...empty,
        kind: version.kind,
        rowsRead: version.rows,
        added: sum(changes, 'added'),
        changed: sum(changes, 'changed'),
        unchanged: sum(changes, 'unchanged'),
        removed: sum(changes, 'removed'),
        changes: summaries(changes),
        ...namedRows(changes, {
          municipalities: await this.store.listMunicipalities(),
          domains: await this.store.listKnowledgeDomains(),
          fundingSources: await this.store.listFundingSources(),
        }),
        found: true,
      };
    });
  }

  /** Old → new per count date or year, in the audit log. */
  private audit(actor: Actor, action: AuditAction, object: string, changes: KeyChange[]): Promise<void> {
    const detail = changes
      .filter((c) => c.effect !== 'UNCHANGED')
      .map(
        (c) =>
          `${c.key}: ${c.effect === 'ADDED' ? 'nieuw' : `${c.added} toegevoegd, ${c.changed} gewijzigd, ${c.removed} verwijderd`}${c.totalBefore !== c.totalAfter ? ` (totaal ${c.totalBefore ?? '–'} → ${c.totalAfter ?? '–'})` : ''}`,
      )
      .join('; ');
    return this.auth.audit(actor, action, object, 'ok', detail || 'niets gewijzigd');
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
