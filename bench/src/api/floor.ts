import type { RequestHandler } from 'express';
import type { AuthService } from '@zv/server/dist/auth/AuthService.js';
import { goalStatus } from '@zv/server/dist/domain/goalStatus.js';
import type { SignalList } from '@zv/server/dist/domain/signals.js';
import { suppressBelowFromEnv } from '@zv/server/dist/domain/suppression.js';
import { secretChoices, SUPPRESSION_SECRET } from '@zv/server/dist/domain/suppressionSecret.js';
import { domainVisibility } from '@zv/server/dist/domain/visibility.js';
import { populationAt, populationAtDate, sumPopulation } from '@zv/server/dist/domain/population.js';
import { per10k, perInhabitant, relativeChange, share } from '@zv/server/dist/domain/ratios.js';
import { readSessionToken } from '@zv/server/dist/http/session.js';
import { goalSeries } from '@zv/server/dist/management/goalSeries.js';
import { signalsFor } from '@zv/server/dist/management/signalSeries.js';
import { RANGE_COUNTS_NEEDED } from '@zv/server/dist/domain/signals.js';
import type { SqliteStore } from '@zv/server/dist/store/index.js';
import type { GoalRow, PopulationRow } from '@zv/server/dist/store/types.js';

/**
 * The floor: what a hand-written REST endpoint would do for the overview — check the session,
 * run plain SQL on the same database, compute the derived figures with the same domain
 * functions, send JSON. It returns the same data as the Overzicht view's GraphQL query (the
 * benchmark checks that before it measures). No cache, no GraphQL, nothing else.
 */

interface SourceColumns {
  document: string;
  section: string | null;
  note: string | null;
  title: string | null;
  url: string | null;
}

const SOURCE = 'src.document, src.section, src.note, src.title, src.url';
const sourceOf = (row: SourceColumns) => ({ document: row.document, section: row.section, note: row.note, title: row.title, url: row.url });

export function floorOverview(store: SqliteStore, auth: AuthService): RequestHandler {
  const { db } = store;
  // The region this server serves (ZV_REGION), settled on the first request as the store does.
  let regionCode: string | undefined;
  const inRegion = (alias: string) => `${alias}.region_code = @region`;

  const municipalities = db.prepare('SELECT code, name FROM municipality WHERE region_code = @region ORDER BY name COLLATE NOCASE');
  const population = db.prepare(
    `SELECT p.municipality_code AS municipalityCode, p.year, p.inhabitants, p.reference_date AS referenceDate, p.source_id AS sourceId
       FROM population p JOIN municipality m ON m.code = p.municipality_code WHERE m.region_code = @region ORDER BY p.year`,
  );
  const snapshots = db.prepare(
    `SELECT s.peildatum, s.precision, s.total, ${SOURCE} FROM caseload_snapshot s JOIN source src ON src.id = s.source_id
      WHERE ${inRegion('s')} ORDER BY s.peildatum`,
  );
  const totals = db.prepare(
    `SELECT c.peildatum, c.scope, c.municipality_code AS code, c.count FROM caseload_count c
      WHERE c.domain_code IS NULL AND ${inRegion('c')}`,
  );
  const years = db.prepare(
    `SELECT y.year, y.total_eur AS totalEur, ${SOURCE} FROM contribution_year y JOIN source src ON src.id = y.source_id
      WHERE ${inRegion('y')} ORDER BY y.year`,
  );
  const contributions = db.prepare(
    `SELECT c.year, c.municipality_code AS code, c.amount_eur AS amountEur FROM contribution c WHERE ${inRegion('c')}`,
  );
  const themes = db.prepare('SELECT code, number, title, status FROM theme ORDER BY number');
  const goals = db.prepare(
    `SELECT id, title, theme_code AS themeCode, municipality_code AS municipalityCode, indicator, direction, target,
            target_upper AS targetUpper, margin, deadline, stale_after_days AS staleAfterDays FROM goal ORDER BY id`,
  );

  return async (req, res) => {
    const token = readSessionToken(req);
    const viewer = token ? await auth.authenticate(token) : null;
    if (!viewer) {
      res.status(401).json({ error: 'UNAUTHENTICATED' });
      return;
    }
    regionCode ??= (await store.getRegion()).code;
    const region = { region: regionCode };
    const towns = municipalities.all(region) as { code: string; name: string }[];
    const rank = new Map(towns.map((m, i) => [m.code, i]));
    const populationOf = new Map<string, PopulationRow[]>(towns.map((m) => [m.code, []]));
    for (const row of population.all(region) as PopulationRow[]) populationOf.get(row.municipalityCode)?.push(row);
    const regionPopulation = (pick: (rows: PopulationRow[]) => PopulationRow | null) =>
      sumPopulation(towns.map((m) => pick(populationOf.get(m.code) ?? [])));

    const countsOf = new Map<string, { scope: string; code: string | null; count: number }[]>();
    for (const row of totals.all(region) as { peildatum: string; scope: string; code: string | null; count: number }[]) {
      const list = countsOf.get(row.peildatum) ?? [];
      list.push(row);
      countsOf.set(row.peildatum, list);
    }
    let previousTotal: number | null = null;
    const breakdownRows = (rows: { scope: string; code: string | null; count: number }[]) =>
      rows.filter((r) => r.scope === 'municipality' && r.code !== null).sort((a, b) => (rank.get(a.code!) ?? 0) - (rank.get(b.code!) ?? 0));
    const caseloadSnapshots = (snapshots.all(region) as (SourceColumns & { peildatum: string; precision: string; total: number })[]).map(
      (s) => {
        const rows = countsOf.get(s.peildatum) ?? [];
        const unspecified = rows.find((r) => r.scope === 'unspecified')?.count ?? (breakdownRows(rows).length > 0 ? 0 : null);
        const inhabitants = regionPopulation((list) => populationAtDate(list, s.peildatum));
        const snapshot = {
          peildatum: s.peildatum,
          peildatumPrecision: s.precision,
          total: s.total,
          unspecified,
          changeFromPrevious: relativeChange(s.total, previousTotal),
          per10kInhabitants: inhabitants?.complete ? per10k(s.total, inhabitants.inhabitants) : null,
          regionPopulation: inhabitants && {
            inhabitants: inhabitants.inhabitants,
            years: inhabitants.years,
            complete: inhabitants.complete,
          },
          source: sourceOf(s),
        };
        previousTotal = s.total;
        return snapshot;
      },
    );
    // The latest count broken down by municipality, with that breakdown.
    const broken = [...caseloadSnapshots].reverse().find((s) => breakdownRows(countsOf.get(s.peildatum) ?? []).length > 0);
    const brokenRows = broken ? breakdownRows(countsOf.get(broken.peildatum) ?? []) : [];
    // A municipality's share of the cases assigned to a municipality (decision 0010).
    const assigned = brokenRows.reduce((sum, r) => sum + r.count, 0);
    const caseloadBreakdown = broken && {
      ...broken,
      byMunicipality: brokenRows.map((r) => {
        const people = populationAtDate(populationOf.get(r.code!) ?? [], broken.peildatum);
        return {
          municipality: { code: r.code, name: towns[rank.get(r.code!) ?? 0]?.name },
          count: r.count,
          suppressed: false,
          shareOfAssigned: share(r.count, assigned),
          per10kInhabitants: per10k(r.count, people?.inhabitants),
          populationYear: people?.year ?? null,
        };
      }),
    };

    const amounts = new Map<number, { code: string; amountEur: number }[]>();
    for (const row of contributions.all(region) as { year: number; code: string; amountEur: number }[]) {
      amounts.set(row.year, [...(amounts.get(row.year) ?? []), row]);
    }
    const yearRows = years.all(region) as (SourceColumns & { year: number; totalEur: number })[];
    const contributionHistory = yearRows.map((y) => {
      const parts = (amounts.get(y.year) ?? []).sort((a, b) => (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0));
      const sumOfParts = parts.reduce((sum, p) => sum + p.amountEur, 0);
      const inhabitants = regionPopulation((list) => populationAt(list, y.year));
      return {
        year: y.year,
        totalEur: y.totalEur,
        changeFromPreviousYear: relativeChange(y.totalEur, yearRows.find((p) => p.year === y.year - 1)?.totalEur),
        perInhabitantEur: inhabitants?.complete ? perInhabitant(y.totalEur, inhabitants.inhabitants) : null,
        source: sourceOf(y),
        byMunicipality: parts.map((p) => {
          const people = populationAt(populationOf.get(p.code) ?? [], y.year);
          return {
            municipality: { code: p.code, name: towns[rank.get(p.code) ?? 0]?.name },
            amountEur: p.amountEur,
            shareOfTotal: share(p.amountEur, sumOfParts) ?? 0,
            changeFromPreviousYear: relativeChange(p.amountEur, amounts.get(y.year - 1)?.find((q) => q.code === p.code)?.amountEur),
            perInhabitantEur: perInhabitant(p.amountEur, people?.inhabitants),
            populationYear: people?.year ?? null,
            inhabitants: people?.inhabitants ?? null,
          };
        }),
      };
    });

    const goalRows = goals.all() as GoalRow[];
    // A status reads the last value, the signals the last seven: as the server's loaders read them.
    const recent = (rows: readonly GoalRow[]) => goalSeries(store, rows, { last: RANGE_COUNTS_NEEDED });
    const series = await recent(goalRows);
    const today = new Date(auth.now()).toISOString().slice(0, 10);
    const goalList = goalRows.map((goal, i) => ({
      id: String(goal.id),
      title: goal.title,
      status: goalStatus(goal, series[i]?.at(-1) ?? null, {
        manual: goal.indicator === 'MANUAL',
        staleAfterDays: goal.staleAfterDays,
        today,
      }),
    }));

    // The signals as the same rules compute them, from the store's own reads (as the viewer may see the domains).
    const domains = await store.listKnowledgeDomains();
    const domainCodes = domains.map((d) => d.code);
    const suppressBelow = suppressBelowFromEnv(process.env);
    const signals = await signalsFor(
      {
        snapshots: () => store.listCaseloadSnapshots(),
        municipalities: () => store.listMunicipalities(),
        knowledgeDomains: () => store.listKnowledgeDomains(),
        goals: async () => goalRows,
        goalSeries: recent,
        domainVisibility: async (peildata) => {
          const [rows, key] = await Promise.all([store.caseCountsBySnapshot(peildata), store.deploymentSecret(SUPPRESSION_SECRET)]);
          return rows.map((r, i) =>
            domainVisibility(r, domainCodes, viewer, suppressBelow, secretChoices(key, regionCode!, peildata[i]!, domainCodes)),
          );
        },
      },
      today,
    );

    res.json({
      caseloadSnapshots,
      caseloadBreakdown: caseloadBreakdown ?? null,
      contributionHistory,
      themes: themes.all(),
      goals: goalList,
      signals: signalsAnswer(signals, towns, domains, goalRows),
    });
  };
}

/** The signals as the overview's query selects them (SignalListFields): names beside codes. */
function signalsAnswer(
  list: SignalList,
  towns: readonly { code: string; name: string }[],
  domains: readonly { code: string; name: string }[],
  goals: readonly GoalRow[],
) {
  const municipality = (code: string | null) => (code === null ? null : { code, name: towns.find((t) => t.code === code)?.name });
  const domain = (code: string | null) => (code === null ? null : { code, name: domains.find((d) => d.code === code)?.name });
  return {
    signals: list.signals.map((s) => {
      const goal = goals.find((g) => g.id === s.goalId);
      return {
        rule: s.rule,
        severity: s.severity,
        figure: s.figure,
        municipality: municipality(s.municipalityCode),
        domain: domain(s.domainCode),
        goal: goal ? { id: String(goal.id), title: goal.title, indicator: goal.indicator, unit: goal.unit } : null,
        date: s.date,
        value: s.value,
        direction: s.direction,
        median: s.median,
        mad: s.mad,
        low: s.low,
        high: s.high,
        crossedSince: s.crossedSince,
      };
    }),
    shortfalls: list.shortfalls.map((s) => ({
      rule: s.rule,
      appliesToAll: s.appliesToAll,
      figure: s.figure,
      municipality: municipality(s.municipalityCode),
      domain: domain(s.domainCode),
      counts: s.counts,
      needed: s.needed,
    })),
  };
}
