import { isBrokenDown } from '../../domain/caseload.js';
import { findIndicator, indicatorCatalogue } from '../../domain/indicators.js';
import { exportCsv } from '../../management/exportCsv.js';
import { signalsFor } from '../../management/signalSeries.js';
import { regionFlowsFor } from './Flows.js';
import { all } from '../loaders.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { indicatorFacts } from './IndicatorDefinition.js';
import { municipalityComparison, nationalComparison } from './Comparison.js';
import { visibleExplanations } from './Explanation.js';

export const Query: QueryResolvers = {
  region: (_parent, _args, { store }) => store.getRegion(),
  municipalities: (_parent, _args, { loaders }) => loaders.municipalities(),
  municipality: async (_parent, { code }, { loaders }) => (await loaders.municipality.load(code)) ?? null,
  caseloadSnapshots: (_parent, _args, { loaders }) => loaders.snapshots(),
  caseload: async (_parent, { peildatum }, { loaders }) => {
    const snapshots = await loaders.snapshots();
    if (peildatum == null) return snapshots.at(-1) ?? null;
    return snapshots.find((s) => s.peildatum === peildatum) ?? null;
  },
  caseloadBreakdown: async (_parent, _args, { loaders }) => {
    const snapshots = await loaders.snapshots();
    for (let i = snapshots.length - 1; i >= 0; i--) {
      const snapshot = snapshots[i]!;
      if (isBrokenDown(await loaders.caseCounts.load(snapshot.peildatum))) return snapshot;
    }
    return null;
  },
  contributionYears: async (_parent, _args, { loaders }) => (await loaders.contributionYears()).map((y) => y.year),
  contributions: async (_parent, { year }, { loaders }) => (await loaders.contributionYears()).find((y) => y.year === year) ?? null,
  contributionHistory: (_parent, _args, { loaders }) => loaders.contributionYears(),
  knowledgeDomains: (_parent, _args, { loaders }) => loaders.knowledgeDomains(),
  themes: (_parent, _args, { loaders }) => loaders.themes(),
  fundingSources: (_parent, _args, { store }) => store.listFundingSources(),
  capacity: (_parent, _args, { store }) => store.listCapacityFigures(),
  sources: (_parent, _args, { store }) => store.listSources(),
  indicators: async (_parent, _args, ctx) => indicatorCatalogue(await indicatorFacts(ctx)),
  indicator: async (_parent, { code }, ctx) => findIndicator(code, await indicatorFacts(ctx)),
  me: async (_parent, _args, { viewer, loaders }) => (viewer ? ((await loaders.user.load(viewer.userId)) ?? null) : null),
  signInOptions: (_parent, _args, { sso }) => ({
    passwordLogin: sso.config.passwordLogin,
    providers: sso.config.providers.map(({ id, label }) => ({ id, label })),
  }),
  // Public: the login page says it is a demonstration too; the accounts exist only there (decision 0023).
  deployment: async (_parent, _args, { demonstration, loaders }) => ({
    demonstration: demonstration !== null,
    demoAccounts: await Promise.all(
      (demonstration?.accounts ?? []).map(async ({ username, password, role, municipalityCode }) => ({
        username,
        password,
        role,
        municipalityName: municipalityCode === null ? null : ((await loaders.municipality.load(municipalityCode))?.name ?? null),
      })),
    ),
  }),
  providerLogout: (_parent, _args, { sso, viewer }) => (viewer ? sso.providerLogout(viewer) : null),
  users: (_parent, _args, { loaders }) => loaders.users(),
  signInStep: async (_parent, _args, { viewer, pending, secondFactors, loaders }) => {
    if (viewer) return { ...(await secondFactors.signInStep(null, viewer.role)), user: (await loaders.user.load(viewer.userId)) ?? null };
    return pending ? { ...(await secondFactors.signInStep(pending, null)), user: null } : null;
  },
  mySessions: (_parent, _args, { viewer, auth }) => (viewer ? auth.mySessions(viewer) : []),
  myPasskeys: (_parent, _args, { viewer, passkeys }) => (viewer ? passkeys.list(viewer.userId) : []),
  suppressBelow: (_parent, _args, { suppressBelow }) => suppressBelow,
  exportCsv: (_parent, { dataset, peildatum }, { store, demonstration }) =>
    exportCsv(store, dataset, peildatum ?? null, { demonstration: demonstration !== null }),
  goals: (_parent, _args, { loaders }) => loaders.goals(),
  notes: (_parent, { target }, { store }) => store.listNotes(target ?? null),
  explanations: (_parent, { peildatum, municipalityCode }, ctx) =>
    visibleExplanations(ctx, { peildatum: peildatum ?? null, municipalityCode: municipalityCode ?? null }),
  flows: (_parent, _args, context) => regionFlowsFor(context),
  signals: (_parent, _args, { loaders, auth }) =>
    signalsFor(
      {
        snapshots: loaders.snapshots,
        municipalities: loaders.municipalities,
        knowledgeDomains: loaders.knowledgeDomains,
        goals: loaders.goals,
        goalSeries: (goals) => all(loaders.recentGoalSeries, goals),
        domainVisibility: (peildata) => all(loaders.domainVisibility, peildata),
      },
      new Date(auth.now()).toISOString().slice(0, 10),
    ),
  municipalityComparison: (_parent, { code, peildatum }, ctx) => municipalityComparison(ctx, code, peildatum),
  nationalComparison: (_parent, { peildatum }, ctx) => nationalComparison(ctx, peildatum),
  dataVersions: (_parent, { kind, key }, { store }) => store.listVersions(kind ?? null, key ?? null),
  importFormats: (_parent, _args, { imports }) => imports.formats(),
  auditLog: (_parent, { filter, limit, offset }, { store }) =>
    store.queryAudit({
      actor: filter?.actor ?? null,
      actionPrefix: filter?.action ?? null,
      result: filter?.result ?? null,
      from: filter?.from ?? null,
      to: filter?.to ?? null,
      limit: Math.min(Math.max(limit ?? 100, 1), 1000),
      offset: Math.max(offset ?? 0, 0),
    }),
};
