/**
 * The national network as benchmark data: 25 made-up ZVH regions with 342 made-up municipalities,
 * ten years of monthly counts per municipality and knowledge domain — about 290.000 rows of
 * caseload_count, the size PRODUCT.md asks SQLite to stay fast at.
 *
 * Everything here is invented and says so: regions "Regio 01" …, municipalities "Gemeente 001" …
 * with codes GM9000–GM9341 (real CBS codes are below GM2000), and every figure cites the source
 * "Gegenereerde landelijke testgegevens (benchmark)". The knowledge domains are the six real ones
 * of the seed. Deterministic: the same options give the same data on every run.
 *
 *   const data = generateNational();
 *   const report = await loadNational('/tmp/national.sqlite', data);
 *
 * or from the command line (after `npx tsc -b server bench`), printing the row count and timings:
 *
 *   node bench/dist/national.js [/tmp/zv-national.sqlite]
 *
 * loadNational writes only through the store (loadSeed per region, then the staged CASELOAD
 * import), as a real deployment would fill it, and checks the result by reading it back.
 */
import { existsSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { mulberry32 as prng } from '@zv/shared';
import { loadSeed, type SeedData, type SeedKnowledgeDomain, type SeedSource } from '@zv/seed';
import type { CaseloadRecord } from '@zv/server/dist/import/types.js';
import { SqliteStore } from '@zv/server/dist/store/index.js';

export const GENERATED_DOCUMENT = 'Gegenereerde landelijke testgegevens (benchmark)';

/** The source of every generated figure: it says that it is not real. */
export const GENERATED_SOURCE: SeedSource = {
  document: GENERATED_DOCUMENT,
  section: null,
  note: "Verzonnen cijfers, deterministisch gegenereerd door bench/src/national.ts: geen echte regio's, gemeenten of aantallen.",
  title: null,
  url: null,
};

export interface NationalOptions {
  /** Seed of the PRNG (default 2026). */
  seed?: number;
  regions?: number;
  municipalities?: number;
  /** Monthly count dates from `firstMonth` (default 120: ten years). */
  months?: number;
  /** YYYY-MM (default 2016-01). */
  firstMonth?: string;
}

export interface NationalMunicipality {
  code: string;
  name: string;
  regionCode: string;
  /** Inhabitants on 1 January of each year of `populationYears`. */
  inhabitants: number[];
}

export interface NationalRegion {
  code: string;
  name: string;
  municipalities: NationalMunicipality[];
  /** The region's count dates with their counts, oldest first. */
  counts: NationalCount[];
}

export interface NationalCount {
  peildatum: string;
  /** Municipality total + unspecified. */
  total: number;
  unspecified: number;
  /** Per municipality (in the region's order): its count per knowledge domain (in `domains` order). */
  byMunicipality: number[][];
}

export interface NationalData {
  regions: NationalRegion[];
  /** The seed's knowledge domains, in their order. */
  domains: SeedKnowledgeDomain[];
  populationYears: number[];
  contributionYears: number[];
  /** Rows the counts make in caseload_count: per date per municipality a total and one per domain, plus the unspecified. */
  caseloadCountRows: number;
}

/** A standard normal draw (Box–Muller). */
const normal = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Region sizes: at least 7 municipalities, at most 30, unevenly (a few large regions, many
 * around ten to fifteen), adding up to `total`.
 */
function regionSizes(random: () => number, regions: number, total: number): number[] {
  const min = 7;
  const max = 30;
  if (total < regions * min || total > regions * max)
    throw new Error(`${total} gemeenten passen niet in ${regions} regio's van ${min} tot ${max}`);
  const sizes = Array.from({ length: regions }, () => min);
  const weights = Array.from({ length: regions }, () => random() ** 2.5 + 0.05);
  for (let left = total - regions * min; left > 0; left -= 1) {
    const open = sizes.map((s, i) => (s < max ? weights[i]! : 0));
    let pick = random() * open.reduce((a, b) => a + b, 0);
    let i = 0;
    while (pick >= open[i]! && i < regions - 1) pick -= open[i++]!;
    sizes[i]! += 1;
  }
  return sizes;
}

/** Generates the national dataset (pure, deterministic). */
export function generateNational(options: NationalOptions = {}): NationalData {
  const random = prng(options.seed ?? 2026);
  const regionCount = options.regions ?? 25;
  const municipalityCount = options.municipalities ?? 342;
  const months = options.months ?? 120;
  const [firstYear, firstMonth] = (options.firstMonth ?? '2016-01').split('-').map(Number) as [number, number];
  const domains = loadSeed().knowledgeDomains;

  const dates = Array.from({ length: months }, (_, i) => {
    const m = firstMonth - 1 + i;
    return `${firstYear + Math.floor(m / 12)}-${pad((m % 12) + 1, 2)}-01`;
  });
  const lastYear = Number(dates.at(-1)!.slice(0, 4));
  const populationYears = [firstYear, Math.round((firstYear + lastYear) / 2), lastYear].filter((y, i, all) => all.indexOf(y) === i);
  const contributionYears = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  // Inhabitants: log-normal around 27.000 (as most Dutch municipalities), 1.000 to 900.000,
  // and a few large cities.
  const large = new Set(Array.from({ length: 4 }, () => Math.floor(random() * municipalityCount)));
  const sizes = regionSizes(random, regionCount, municipalityCount);
  let next = 0;
  const regions: NationalRegion[] = sizes.map((size, r) => {
    const code = `regio-${pad(r + 1, 2)}`;
    const municipalities = Array.from({ length: size }, (): NationalMunicipality => {
      const n = next++;
      const base = large.has(n) ? 350_000 + random() * 550_000 : Math.exp(Math.log(27_000) + 0.85 * normal(random));
      const first = Math.round(Math.min(900_000, Math.max(1_000, base)));
      const growth = 1 + (random() * 0.08 - 0.02); // −2 % … +6 % over the period
      const inhabitants = populationYears.map((_, i) =>
        Math.round(Math.min(900_000, Math.max(1_000, first * growth ** (i / Math.max(1, populationYears.length - 1))))),
      );
      return { code: `GM${9000 + n}`, name: `Gemeente ${pad(n + 1, 3)}`, regionCode: code, inhabitants };
    });
    // The region's mix of knowledge domains, and its level and trend of cases per inhabitant.
    const mix = domains.map(() => 0.3 + random());
    const mixSum = mix.reduce((a, b) => a + b, 0);
    const perInhabitant = 2e-4 + random() * 3e-4; // 2 to 5 running cases per 10.000
    const trend = 0.6 + random() * 1.2; // the last count relative to the first
    const counts = dates.map((peildatum, t): NationalCount => {
      const level = perInhabitant * (1 + ((trend - 1) * t) / Math.max(1, months - 1)) * (1 + 0.08 * Math.sin((2 * Math.PI * t) / 12));
      const byMunicipality = municipalities.map((m) => {
        const expected = m.inhabitants[0]! * level;
        return mix.map((share) => Math.max(0, Math.round(((expected * share) / mixSum) * (0.7 + 0.6 * random()))));
      });
      const assigned = byMunicipality.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
      const unspecified = Math.round(assigned * 0.04 * random());
      return { peildatum, total: assigned + unspecified, unspecified, byMunicipality };
    });
    return { code, name: `Regio ${pad(r + 1, 2)}`, municipalities, counts };
  });

  const caseloadCountRows = months * (municipalityCount * (domains.length + 1) + regionCount);
  return { regions, domains, populationYears, contributionYears, caseloadCountRows };
}

/**
 * One region's reference data as a seed: the region, its municipalities and inhabitants, the
 * knowledge domains, and its contributions per year (about € 0,84 per inhabitant, indexed 2 % a
 * year). No themes, funding or capacity: those are per database, not per region.
 */
export function regionSeed(data: NationalData, region: NationalRegion): SeedData {
  const source = GENERATED_SOURCE;
  return {
    region: { code: region.code, name: region.name, source },
    municipalities: region.municipalities.map((m) => ({ code: m.code, name: m.name })),
    population: region.municipalities.flatMap((m) =>
      data.populationYears.map((year, i) => ({
        municipalityCode: m.code,
        year,
        inhabitants: m.inhabitants[i]!,
        referenceDate: `${year}-01-01`,
        source,
      })),
    ),
    knowledgeDomains: data.domains,
    caseloadSnapshots: [],
    contributionYears: data.contributionYears.map((year, i) => {
      const byMunicipality = region.municipalities.map((m) => ({
        municipalityCode: m.code,
        amountEur: Math.round(m.inhabitants[0]! * 0.84 * 1.02 ** i),
      }));
      return { year, totalEur: byMunicipality.reduce((sum, c) => sum + c.amountEur, 0), byMunicipality, source };
    }),
    fundingSources: [],
    capacity: [],
    themes: [],
  };
}

/** The region's counts as the records a CASELOAD import stages. */
export function caseloadRecords(data: NationalData, region: NationalRegion): CaseloadRecord[] {
  const records: CaseloadRecord[] = [];
  let line = 1;
  for (const count of region.counts) {
    region.municipalities.forEach((m, i) => {
      const perDomain = count.byMunicipality[i]!;
      const record = (domainCode: string | null, n: number): CaseloadRecord => ({
        kind: 'CASELOAD',
        line: ++line,
        peildatum: count.peildatum,
        scope: 'municipality',
        municipalityCode: m.code,
        domainCode,
        count: n,
      });
      records.push(
        record(
          null,
          perDomain.reduce((a, b) => a + b, 0),
        ),
      );
      data.domains.forEach((d, j) => records.push(record(d.code, perDomain[j]!)));
    });
    records.push({
      kind: 'CASELOAD',
      line: ++line,
      peildatum: count.peildatum,
      scope: 'unspecified',
      municipalityCode: null,
      domainCode: null,
      count: count.unspecified,
    });
  }
  return records;
}

export interface NationalLoadReport {
  path: string;
  regions: number;
  municipalities: number;
  snapshots: number;
  /** Rows of caseload_count, as read back through the store. */
  counts: number;
  /** Seconds: reference data and contributions (loadSeed), counts (staged import), reading back. */
  seconds: { seed: number; caseload: number; verify: number; total: number };
}

const STAGE_BATCH = 5_000;

/**
 * Creates the database at `dbPath` and fills it with `data` through the store: per region
 * loadSeed (region, municipalities, inhabitants, domains, contributions), then its counts as one
 * staged CASELOAD import. Then reads everything back through the store and throws when a
 * region, municipality, count date or row is missing or a total does not add up.
 * An existing file is refused unless `replace` is set.
 */
export async function loadNational(
  dbPath: string,
  data: NationalData,
  { replace = false }: { replace?: boolean } = {},
): Promise<NationalLoadReport> {
  const files = [dbPath, `${dbPath}-wal`, `${dbPath}-shm`];
  if (existsSync(dbPath)) {
    if (!replace)
      throw new Error(`${dbPath} bestaat al; loadNational maakt een nieuwe database (geef { replace: true } om hem te vervangen).`);
    for (const file of files) rmSync(file, { force: true });
  }
  const started = performance.now();
  // One store per region, each opened once (opening runs SQLite's quick_check, which grows with
  // the file): all of them load first, then all of them read back.
  const stores = new Map<string, SqliteStore>();
  try {
    for (const region of data.regions) stores.set(region.code, SqliteStore.open(dbPath, { region: region.code }));
    let seedMs = 0;
    let caseloadMs = 0;
    for (const region of data.regions) {
      const store = stores.get(region.code)!;
      let t = performance.now();
      await store.loadSeed(regionSeed(data, region));
      seedMs += performance.now() - t;

      t = performance.now();
      const records = caseloadRecords(data, region);
      await store.startStaging();
      for (let i = 0; i < records.length; i += STAGE_BATCH) await store.stage(records.slice(i, i + STAGE_BATCH));
      const changes = await store.applyStaged('CASELOAD', {
        dryRun: false,
        actor: 'bench',
        at: new Date().toISOString(),
        source: { document: GENERATED_SOURCE.document, note: GENERATED_SOURCE.note },
        totals: new Map(region.counts.map((c) => [c.peildatum, c.total])),
      });
      await store.discardStaging();
      caseloadMs += performance.now() - t;
      if (changes.length !== region.counts.length || changes.some((c) => c.effect !== 'ADDED')) {
        throw new Error(
          `${region.code}: de import voegde ${changes.filter((c) => c.effect === 'ADDED').length} van ${region.counts.length} peildata toe`,
        );
      }
    }

    const t = performance.now();
    const found = await verify(dbPath, data, stores);
    const verifyMs = performance.now() - t;
    const seconds = (ms: number) => Math.round(ms) / 1000;
    return {
      path: dbPath,
      ...found,
      seconds: {
        seed: seconds(seedMs),
        caseload: seconds(caseloadMs),
        verify: seconds(verifyMs),
        total: seconds(performance.now() - started),
      },
    };
  } finally {
    for (const store of stores.values()) await store.close();
  }
}

/** Reads the database back through each region's store; throws on the first difference. */
async function verify(
  dbPath: string,
  data: NationalData,
  stores: ReadonlyMap<string, SqliteStore>,
): Promise<Pick<NationalLoadReport, 'regions' | 'municipalities' | 'snapshots' | 'counts'>> {
  const wrong = (what: string) => {
    throw new Error(`De landelijke testdatabase ${dbPath} klopt niet: ${what}`);
  };
  let municipalities = 0;
  let snapshots = 0;
  let rows = 0;
  for (const region of data.regions) {
    const store = stores.get(region.code)!;
    if ((await store.getRegion()).name !== region.name) wrong(`regio ${region.code} heeft een andere naam`);
    const listed = await store.listMunicipalities();
    if (listed.length !== region.municipalities.length || listed.some((m) => m.regionCode !== region.code)) {
      wrong(`regio ${region.code} heeft ${listed.length} gemeenten, verwacht ${region.municipalities.length}`);
    }
    municipalities += listed.length;
    const population = await store.populationByMunicipality(region.municipalities.map((m) => m.code));
    if (population.some((years) => years.length !== data.populationYears.length)) wrong(`regio ${region.code} mist inwonertallen`);
    const years = await store.listContributionYears();
    if (years.length !== data.contributionYears.length) wrong(`regio ${region.code} heeft ${years.length} bijdragejaren`);

    const dates = await store.listCaseloadSnapshots();
    if (dates.map((s) => s.peildatum).join() !== region.counts.map((c) => c.peildatum).join())
      wrong(`regio ${region.code} heeft andere peildata`);
    snapshots += dates.length;
    const counts = await store.caseCountsBySnapshot(dates.map((s) => s.peildatum));
    dates.forEach((snapshot, i) => {
      const list = counts[i]!;
      rows += list.length;
      const expectedRows = region.municipalities.length * (data.domains.length + 1) + 1;
      if (list.length !== expectedRows) wrong(`${region.code} ${snapshot.peildatum}: ${list.length} rijen, verwacht ${expectedRows}`);
      const totals = new Map<string, number>();
      const domainSums = new Map<string, number>();
      let unspecified = 0;
      for (const c of list) {
        if (c.scope === 'unspecified') unspecified += c.count;
        else if (c.domainCode === null) totals.set(c.municipalityCode!, c.count);
        else domainSums.set(c.municipalityCode!, (domainSums.get(c.municipalityCode!) ?? 0) + c.count);
      }
      for (const [code, total] of totals) {
        if (domainSums.get(code) !== total)
          wrong(`${region.code} ${snapshot.peildatum} ${code}: totaal ${total}, kennisdomeinen samen ${domainSums.get(code)}`);
      }
      const sum = [...totals.values()].reduce((a, b) => a + b, 0) + unspecified;
      if (sum !== snapshot.total || snapshot.total !== region.counts[i]!.total) {
        wrong(`${region.code} ${snapshot.peildatum}: totaal ${snapshot.total}, gemeenten en niet gespecificeerd samen ${sum}`);
      }
    });
  }
  if (rows !== data.caseloadCountRows) wrong(`${rows} rijen in caseload_count, verwacht ${data.caseloadCountRows}`);
  if (municipalities !== data.regions.reduce((n, r) => n + r.municipalities.length, 0)) wrong(`${municipalities} gemeenten`);
  return { regions: data.regions.length, municipalities, snapshots, counts: rows };
}

/** `node bench/dist/national.js [path]`: generates, loads (replacing the file) and reports. */
const isEntry = process.argv[1] !== undefined && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url));
if (isEntry) {
  const path = resolve(process.argv[2] ?? join(tmpdir(), 'zv-national.sqlite'));
  const t = performance.now();
  const data = generateNational();
  const generated = (performance.now() - t) / 1000;
  const report = await loadNational(path, data, { replace: true });
  const nl = (n: number) => n.toLocaleString('nl-NL');
  console.log(
    `Landelijke testgegevens in ${report.path}\n` +
      `  ${report.regions} regio's, ${nl(report.municipalities)} gemeenten, ${nl(report.snapshots)} peildata, ${nl(report.counts)} rijen in caseload_count\n` +
      `  gegenereerd in ${generated.toFixed(2)} s; geladen in ${report.seconds.total.toFixed(2)} s ` +
      `(bronwaarden ${report.seconds.seed.toFixed(2)} s, tellingen ${report.seconds.caseload.toFixed(2)} s, controle ${report.seconds.verify.toFixed(2)} s)`,
  );
}
