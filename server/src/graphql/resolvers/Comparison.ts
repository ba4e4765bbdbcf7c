import { municipalityTotals, previousSnapshot } from '../../domain/caseload.js';
import { compareMunicipality, compareNationally, type NationalComparison } from '../../domain/comparison.js';
import { populationAt, populationAtDate } from '../../domain/population.js';
import type { CaseloadSnapshotRow, MunicipalityRow } from '../../store/types.js';
import type { Context } from '../context.js';
import { all } from '../loaders.js';

/** The count at `peildatum`, or the latest when omitted; null when there is none. */
async function countAt({ loaders }: Context, peildatum: string | null | undefined): Promise<CaseloadSnapshotRow | null> {
  const snapshots = await loaders.snapshots();
  return (peildatum == null ? snapshots.at(-1) : snapshots.find((s) => s.peildatum === peildatum)) ?? null;
}

/**
 * Query.municipalityComparison: the figures the rules need, read through the request's loaders
 * (municipality totals are shown to every role, so nothing here is hidden from anyone).
 */
export async function municipalityComparison(ctx: Context, code: string, peildatum: string | null | undefined) {
  const { loaders } = ctx;
  const municipality: MunicipalityRow | null = (await loaders.municipality.load(code.toUpperCase())) ?? null;
  if (!municipality) return null;
  const latest = await countAt(ctx, peildatum);
  if (peildatum != null && !latest) return null;
  const municipalities = await loaders.municipalities();
  const populations = await all(
    loaders.population,
    municipalities.map((m) => m.code),
  );
  const inhabitantsOf = new Map(municipalities.map((m, i) => [m.code, populations[i] ?? []]));
  const previous = latest ? previousSnapshot(await loaders.snapshots(), latest.peildatum) : null;
  const totalsAt = async (snapshot: CaseloadSnapshotRow) => municipalityTotals(await loaders.caseTotals.load(snapshot.peildatum));
  const years = await loaders.contributionYears();
  const year = years.at(-1) ?? null;
  const contributions = year ? await loaders.contributions.load(year.year) : [];

  const result = compareMunicipality({
    code: municipality.code,
    municipalityCodes: municipalities.map((m) => m.code),
    latest: latest && {
      peildatum: latest.peildatum,
      total: latest.total,
      municipalities: (await totalsAt(latest)).map((t) => {
        const people = populationAtDate(inhabitantsOf.get(t.municipalityCode) ?? [], latest.peildatum);
        return { code: t.municipalityCode, count: t.count, inhabitants: people?.inhabitants ?? null, populationYear: people?.year ?? null };
      }),
    },
    previous: previous && {
      peildatum: previous.peildatum,
      total: previous.total,
      municipalities: (await totalsAt(previous)).map((t) => ({ code: t.municipalityCode, count: t.count })),
    },
    contributions: year && {
      year: year.year,
      municipalities: contributions.map((c) => ({
        code: c.municipalityCode,
        amountEur: c.amountEur,
        inhabitants: populationAt(inhabitantsOf.get(c.municipalityCode) ?? [], year.year)?.inhabitants ?? null,
      })),
    },
  });
  return { ...result, municipality };
}

/** Query.nationalComparison: the served region at its count date beside every region's totals. */
export async function nationalComparison(ctx: Context, peildatum: string | null | undefined): Promise<NationalComparison | null> {
  const latest = await countAt(ctx, peildatum);
  if (!latest) return null;
  const [region, regions] = await Promise.all([ctx.store.getRegion(), ctx.store.regionTotals(latest.peildatum)]);
  return compareNationally(region.code, latest.peildatum, regions);
}
