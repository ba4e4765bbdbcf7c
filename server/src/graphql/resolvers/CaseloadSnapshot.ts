import { municipalityTotals, previousSnapshot } from '../../domain/caseload.js';
import { populationAtDate } from '../../domain/population.js';
import { per10k, regionPer10k, relativeChange, share } from '../../domain/ratios.js';
import type { MunicipalityCaseCountModel } from '../models.js';
import type { CaseloadSnapshotResolvers } from '../generated/resolvers.js';
import type { Loaders } from '../loaders.js';
import { sourceOf } from '../helpers.js';
import type { CaseloadSnapshotRow } from '../../store/types.js';

export const CaseloadSnapshot: CaseloadSnapshotResolvers = {
  peildatumPrecision: (snapshot) => snapshot.precision,
  unspecified: (snapshot, _args, { loaders }) => loaders.unspecified.load(snapshot.peildatum),
  // Every figure of every municipality at once (a count of 26 municipalities over 120 dates is
  // 3.120 items: one pass here instead of a promise per field).
  byMunicipality: (snapshot, _args, { loaders }) => countsByMunicipality(snapshot, loaders),
  byDomain: async (snapshot, _args, { loaders }) => (await loaders.domainVisibility.load(snapshot.peildatum)).region(),
  previous: async (snapshot, _args, { loaders }) => previousSnapshot(await loaders.snapshots(), snapshot.peildatum),
  changeFromPrevious: async (snapshot, _args, { loaders }) =>
    relativeChange(snapshot.total, previousSnapshot(await loaders.snapshots(), snapshot.peildatum)?.total),
  regionPopulation: (snapshot, _args, { loaders }) => loaders.regionPopulationAtDate.load(snapshot.peildatum),
  per10kInhabitants: async (snapshot, _args, { loaders }) =>
    regionPer10k(snapshot.total, await loaders.regionPopulationAtDate.load(snapshot.peildatum)),
  source: (snapshot, _args, ctx) => sourceOf(ctx, snapshot.sourceId),
};

/**
 * Every municipality's count at a count date with the figures derived from it, ordered by name;
 * empty when the count is not broken down by municipality.
 */
export async function countsByMunicipality(snapshot: CaseloadSnapshotRow, loaders: Loaders): Promise<MunicipalityCaseCountModel[]> {
  const totals = municipalityTotals(await loaders.caseTotals.load(snapshot.peildatum));
  // Every municipality's total is shown to every role, so their sum is no secret either.
  const assigned = totals.reduce((sum, t) => sum + t.count, 0);
  const municipalities = await loaders.municipalities();
  const populations = await loaders.population.loadMany(municipalities.map((m) => m.code));
  const at = new Map(municipalities.map((m, i) => [m.code, i]));
  const models = totals.map((t): MunicipalityCaseCountModel => {
    const index = at.get(t.municipalityCode);
    const municipality = index === undefined ? undefined : municipalities[index];
    if (!municipality) throw new Error(`Gemeente ${t.municipalityCode} ontbreekt in de database.`);
    const rows = populations[index!];
    if (rows instanceof Error) throw rows;
    const people = populationAtDate(rows ?? [], snapshot.peildatum);
    return {
      peildatum: snapshot.peildatum,
      municipality,
      count: t.count,
      shareOfRegion: share(t.count, snapshot.total),
      shareOfAssigned: share(t.count, assigned),
      per10kInhabitants: per10k(t.count, people?.inhabitants),
      populationYear: people?.year ?? null,
    };
  });
  // Ordered by name, as every list of municipalities.
  return models.sort((a, b) => (at.get(a.municipality.code) ?? 0) - (at.get(b.municipality.code) ?? 0));
}
