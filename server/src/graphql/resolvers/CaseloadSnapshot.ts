import {
  municipalityTotals,
  previousSnapshot,
  unspecifiedTotal,
} from '../../domain/caseload.js';
import { populationAtDate } from '../../domain/population.js';
import { per10k, relativeChange } from '../../domain/ratios.js';
import type { CaseloadSnapshotResolvers } from '../generated/resolvers.js';
import { byMunicipalityName, regionPopulation, sourceOf } from '../helpers.js';
import { byDomainPosition } from './DomainCaseCount.js';

export const CaseloadSnapshot: CaseloadSnapshotResolvers = {
  peildatumPrecision: (snapshot) => snapshot.precision,
  unspecified: async (snapshot, _args, { loaders }) => unspecifiedTotal(await loaders.caseCounts.load(snapshot.peildatum)),
  byMunicipality: async (snapshot, _args, ctx) => {
    const totals = municipalityTotals(await ctx.loaders.caseCounts.load(snapshot.peildatum));
    const models = totals.map((t) => ({ ...t, peildatum: snapshot.peildatum, snapshotTotal: snapshot.total }));
    return byMunicipalityName(ctx, models);
  },
  byDomain: async (snapshot, _args, ctx) =>
    byDomainPosition(ctx, (await ctx.loaders.domainVisibility.load(snapshot.peildatum)).region()),
  previous: async (snapshot, _args, { loaders }) => previousSnapshot(await loaders.snapshots(), snapshot.peildatum),
  changeFromPrevious: async (snapshot, _args, { loaders }) =>
    relativeChange(snapshot.total, previousSnapshot(await loaders.snapshots(), snapshot.peildatum)?.total),
  regionPopulation: (snapshot, _args, ctx) => regionPopulation(ctx, (rows) => populationAtDate(rows, snapshot.peildatum)),
  per10kInhabitants: async (snapshot, _args, ctx) => {
    const population = await regionPopulation(ctx, (rows) => populationAtDate(rows, snapshot.peildatum));
    // A rate over part of the region would look like the region's: only with every municipality.
    return population?.complete ? per10k(snapshot.total, population.inhabitants) : null;
  },
  source: (snapshot, _args, ctx) => sourceOf(ctx, snapshot.sourceId),
};
