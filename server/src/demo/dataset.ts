/**
 * The demonstration dataset of `npm run demo` (decision 0023): the real region, municipalities,
 * inhabitants, knowledge domains, contributions, funding and themes of the seed, and made-up
 * figures around them — two years of monthly counts per municipality and knowledge domain, the
 * inflow and outflow between them, goals, theme statuses, notes and explanations. Deterministic: every part draws from its own seeded generator (seeded
 * by the part's name), so the same parts give the same bytes on every run, and adding a part
 * changes no other part's figures.
 *
 * A part is made (pure) and loaded through the store's and the services' own checks (the import
 * pipeline, Steering, Explanations), never by SQL of its own. A further part is one object,
 * added to DEMO_PARTS.
 */
import type { SeedData } from '@zv/seed';
import type { Actor } from '../auth/AuthService.js';
import type { Explanations, Writer } from '../management/Explanations.js';
import type { ImportService } from '../management/ImportService.js';
import type { GoalInput, Steering } from '../management/Steering.js';
import type { Store } from '../store/index.js';
import type { ThemeStatus } from '../store/types.js';
import { seededRandom, seedOf, type Random } from './random.js';

/** The source of every made-up figure: it says on screen ("Bron", "Over dit cijfer") that it is not real. */
export const DEMO_SOURCE = {
  document: 'Demonstratiegegevens',
  note: 'Verzonnen cijfers van npm run demo om het dashboard uit te proberen; geen echte telling.',
} as const;

/** The count dates: the first of every month of two years, oldest first. */
export const DEMO_MONTHS: readonly string[] = Array.from({ length: 24 }, (_, i) => {
  const month = 11 + i; // December 2024 … November 2026
  return `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
});

/** Municipalities whose last count jumps, so that the signals (decision 0019) have something to say. */
export const DEMO_JUMPS: readonly { municipalityCode: string; domainCode: string | null; factor: number }[] = [
  { municipalityCode: 'GM0439', domainCode: null, factor: 1.45 }, // Purmerend: every domain up
  { municipalityCode: 'GM0479', domainCode: 'huiselijk-geweld', factor: 1.8 }, // Zaanstad: one domain
];

/** The parts' common ground: the real figures of the seed. */
export interface DemoBasis {
  seed: SeedData;
}

/** What a part loads through: the store and the services with their checks, as the demo's ZVH account. */
export interface DemoTarget {
  store: Store;
  imports: ImportService;
  steering: Steering;
  explanations: Explanations;
  actor: Actor;
  /** Explanations are written as the ZVH, who may write them. */
  writer: Writer;
}

/** One part of the dataset: made from its own random numbers, then loaded. */
export interface DemoPart<T> {
  /** Names the part in the report and seeds its random numbers. */
  readonly name: string;
  make(basis: DemoBasis, random: Random): T;
  /** Loads what `make` made; answers a line for the report ("24 tellingen, 1.234 rijen"). */
  load(data: T, target: DemoTarget, basis: DemoBasis): Promise<string>;
}

export function randomFor(part: { name: string }): Random {
  return seededRandom(seedOf(`zv-demo:${part.name}`));
}

/** A part's data, made afresh: parts that build on another make it again (it is cheap and the same). */
export function makePart<T>(part: DemoPart<T>, basis: DemoBasis): T {
  return part.make(basis, randomFor(part));
}

// --- reference: the real figures of the seed, without its counts --------------------------------

/**
 * The seed as it is, but no counts: the counts are the made-up ones below, and a real count among
 * them would be a figure no one could tell apart. Real figures keep their real source.
 */
export const referencePart: DemoPart<SeedData> = {
  name: 'reference',
  make: ({ seed }) => ({ ...seed, caseloadSnapshots: [] }),
  load: async (data, { store }) => {
    const report = await store.loadSeed(data);
    return `${report.added} rijen uit de bronwaarden (regio, gemeenten, inwoners, bijdragen, thema's)`;
  },
};

// --- caseload: running cases per count date, municipality and knowledge domain -----------------

export interface DemoCount {
  peildatum: string;
  /** null: "Niet gespecificeerd". */
  municipalityCode: string | null;
  /** null: the total of the municipality (or of "Niet gespecificeerd"). */
  domainCode: string | null;
  count: number;
}

/** The share of a municipality's cases in each domain (the rest have none yet); about as source 003 describes the work. */
const DOMAIN_WEIGHTS: Readonly<Record<string, number>> = {
  'onbegrepen-gedrag': 0.3,
  'huiselijk-geweld': 0.24,
  'excessief-geweld': 0.14,
  'nazorg-ex-gedetineerden': 0.1,
  mensenhandel: 0.08,
  cter: 0.04,
};

/** Running cases per 10.000 inhabitants at the start, about what source 003 counted in February 2023. */
const BASE_PER_10K = 2.9;

function latestInhabitants(seed: SeedData, code: string): number {
  const years = seed.population.filter((p) => p.municipalityCode === code).sort((a, b) => b.year - a.year);
  return years[0]?.inhabitants ?? 0;
}

export const caseloadPart: DemoPart<DemoCount[]> = {
  name: 'caseload',
  make: ({ seed }, random) => {
    const counts: DemoCount[] = [];
    const last = DEMO_MONTHS.length - 1;
    const shapes = seed.municipalities.map((m) => ({
      code: m.code,
      base: (latestInhabitants(seed, m.code) / 10_000) * BASE_PER_10K * random.between(0.75, 1.25),
      trend: random.between(-0.1, 0.25),
      phase: random.between(0, 2 * Math.PI),
    }));
    DEMO_MONTHS.forEach((peildatum, i) => {
      for (const shape of shapes) {
        const jumps = i === last ? DEMO_JUMPS.filter((j) => j.municipalityCode === shape.code) : [];
        const level = shape.base * (1 + (shape.trend * i) / last) * (1 + 0.04 * Math.sin(shape.phase + (i * Math.PI) / 6));
        const noise = random.between(-1, 1) * Math.sqrt(shape.base) * 0.35;
        const wholeJump = jumps.find((j) => j.domainCode === null)?.factor ?? 1;
        let domains = Object.entries(DOMAIN_WEIGHTS).map(([domainCode, weight]) => {
          const factor = jumps.find((j) => j.domainCode === domainCode)?.factor ?? 1;
          return { domainCode, count: Math.max(0, Math.round(level * wholeJump * weight * factor * random.between(0.85, 1.15))) };
        });
        const assigned = domains.reduce((sum, d) => sum + d.count, 0);
        const unassigned = Math.max(0, Math.round(level * wholeJump * 0.08 + noise));
        const total = assigned + unassigned;
        domains = domains.filter((d) => d.count > 0 || random.next() < 0.5);
        counts.push({ peildatum, municipalityCode: shape.code, domainCode: null, count: total });
        for (const d of domains) counts.push({ peildatum, municipalityCode: shape.code, domainCode: d.domainCode, count: d.count });
      }
      counts.push({ peildatum, municipalityCode: null, domainCode: null, count: Math.floor(random.between(0, 4)) });
    });
    return counts;
  },
  load: async (counts, { imports, actor }, { seed }) => {
    const result = await imports.run('CASELOAD', caseloadCsv(counts, seed), {
      dryRun: false,
      actor,
      fileName: 'demonstratiegegevens-casuistiek.csv',
      source: DEMO_SOURCE,
    });
    if (result.errors.length > 0) throw new Error(`De demonstratietellingen zijn geweigerd: ${result.errors[0]?.message}`);
    return `${DEMO_MONTHS.length} tellingen, ${result.added} rijen`;
  },
};

/** Per count date, the region's total: the municipalities' totals and "Niet gespecificeerd". */
export function regionTotals(counts: readonly DemoCount[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of counts) if (c.domainCode === null) totals.set(c.peildatum, (totals.get(c.peildatum) ?? 0) + c.count);
  return totals;
}

/** The counts as a CASELOAD import file (`peildatum;gemeente;kennisdomein;aantal`), with the region's total per date. */
export function caseloadCsv(counts: readonly DemoCount[], seed: SeedData): string {
  const names = new Map(seed.municipalities.map((m) => [m.code, m.name]));
  const lines = ['peildatum;gemeente;kennisdomein;aantal'];
  for (const c of counts) {
    const municipality = c.municipalityCode === null ? 'Niet gespecificeerd' : (names.get(c.municipalityCode) ?? c.municipalityCode);
    lines.push(`${c.peildatum};${municipality};${c.domainCode ?? ''};${c.count}`);
  }
  for (const [peildatum, total] of regionTotals(counts)) lines.push(`${peildatum};Totaal;;${total}`);
  return `${lines.join('\n')}\n`;
}

// --- goals: one on track, one at risk, one off track, one reported by hand ---------------------

export interface DemoGoal {
  goal: GoalInput;
  /** MANUAL goals: the values reported, oldest first. */
  values: { date: string; value: number }[];
}

export const goalsPart: DemoPart<DemoGoal[]> = {
  name: 'goals',
  make: (basis, random) => {
    const counts = makePart(caseloadPart, basis);
    const latest = DEMO_MONTHS[DEMO_MONTHS.length - 1] as string;
    const regionLatest = regionTotals(counts).get(latest) ?? 0;
    const purmerend = counts.find((c) => c.peildatum === latest && c.municipalityCode === 'GM0439' && c.domainCode === null)?.count ?? 0;
    const purmerendPer10k = (purmerend / latestInhabitants(basis.seed, 'GM0439')) * 10_000;
    const staleAfterDays = 365;
    return [
      {
        goal: {
          title: 'Lopende casussen in de regio beheersbaar houden',
          themeCode: 'zorg-en-veiligheidshuis',
          indicator: 'RUNNING_CASES',
          direction: 'AT_MOST',
          // The last count lies 5% above it: at risk, within the 10% margin.
          target: Math.round(regionLatest / 1.05),
          deadline: '2027-12-31',
          staleAfterDays,
        },
        values: [],
      },
      {
        goal: {
          title: 'Purmerend: casussen per 10.000 inwoners',
          municipalityCode: 'GM0439',
          indicator: 'CASES_PER_10K',
          direction: 'AT_MOST',
          // The jump of the last count takes it well past the margin: off track.
          target: Math.round(purmerendPer10k * 0.75 * 10) / 10,
          deadline: '2027-06-30',
          staleAfterDays,
        },
        values: [],
      },
      {
        goal: {
          title: 'Casussen besproken binnen vier weken na aanmelding',
          themeCode: 'zorg-en-veiligheidshuis',
          indicator: 'MANUAL',
          direction: 'AT_LEAST',
          target: 80,
          unit: '%',
          deadline: '2027-12-31',
          staleAfterDays,
        },
        values: DEMO_MONTHS.slice(-12).map((date, i) => ({ date, value: Math.round(72 + i * 1.1 + random.between(-2, 2)) })),
      },
    ];
  },
  load: async (goals, { steering, actor }) => {
    for (const { goal, values } of goals) {
      const { id } = await steering.createGoal(actor, goal);
      for (const { date, value } of values) await steering.reportValue(actor, id, value, date);
    }
    return `${goals.length} doelen`;
  },
};

// --- themes: statuses, owners and milestones --------------------------------------------------

export interface DemoThemeStatus {
  code: string;
  status: ThemeStatus;
  note: string;
  owner: string;
  nextMilestone: string;
  nextMilestoneDate: string;
}

export const themesPart: DemoPart<DemoThemeStatus[]> = {
  name: 'themes',
  make: ({ seed }) => {
    const known = new Set(seed.themes.map((t) => t.code));
    const statuses: DemoThemeStatus[] = [
      {
        code: 'zorg-en-veiligheidshuis',
        status: 'ON_TRACK',
        note: 'Voorbeeld (demonstratie): de werkwijze ligt op schema.',
        owner: 'Manager ZVH (demonstratie)',
        nextMilestone: 'Jaarverslag aan het bestuur',
        nextMilestoneDate: '2027-03-01',
      },
      {
        code: 'mensenhandel',
        status: 'AT_RISK',
        note: 'Voorbeeld (demonstratie): minder meldingen dan verwacht; de ketenpartners worden gevraagd waarom.',
        owner: 'Coördinator mensenhandel (demonstratie)',
        nextMilestone: 'Ketenoverleg over signalering',
        nextMilestoneDate: '2027-01-15',
      },
      {
        code: 'onbegrepen-gedrag',
        status: 'OFF_TRACK',
        note: 'Voorbeeld (demonstratie): de wachttijd voor een plan loopt op.',
        owner: 'Programmaleider (demonstratie)',
        nextMilestone: 'Besluit over extra capaciteit',
        nextMilestoneDate: '2027-02-01',
      },
      {
        code: 'informatie-ontsluiting',
        status: 'DONE',
        note: 'Voorbeeld (demonstratie): het dashboard is in gebruik.',
        owner: 'Informatiemanager (demonstratie)',
        nextMilestone: 'Evaluatie met de gemeenten',
        nextMilestoneDate: '2027-04-01',
      },
    ];
    return statuses.filter((s) => known.has(s.code));
  },
  load: async (statuses, { steering, actor }) => {
    for (const { code, status, note, ...details } of statuses) {
      await steering.setThemeStatus(actor, code, status, note);
      await steering.editTheme(actor, code, details, null);
    }
    return `${statuses.length} themastatussen`;
  },
};

// --- notes: a few remarks beside the figures --------------------------------------------------

export interface DemoNote {
  target: string;
  peildatum: string | null;
  text: string;
}

export const notesPart: DemoPart<DemoNote[]> = {
  name: 'notes',
  make: () => {
    const latest = DEMO_MONTHS[DEMO_MONTHS.length - 1] as string;
    return [
      {
        target: 'casuistiek',
        peildatum: latest,
        text: 'Voorbeeldnotitie (demonstratie): de stijging in Purmerend volgt op een nieuwe werkwijze bij de wijkteams.',
      },
      {
        target: 'financien',
        peildatum: null,
        text: 'Voorbeeldnotitie (demonstratie): de bijdragen 2025 worden in het voorjaar vastgesteld.',
      },
      {
        target: 'theme:mensenhandel',
        peildatum: null,
        text: 'Voorbeeldnotitie (demonstratie): rode draad — signalen komen vooral via de politie binnen.',
      },
    ];
  },
  load: async (notes, { steering, actor }) => {
    for (const note of notes) await steering.addNote(actor, note);
    return `${notes.length} notities`;
  },
};

// --- inflow and outflow: the months between the counts, so that the counts follow from them -----

export interface DemoFlow {
  month: string;
  /** null: the cases assigned to no municipality ("Niet gespecificeerd"). */
  municipalityCode: string | null;
  inflow: number;
  outflow: number;
  closedWithinNorm: number | null;
  medianDays: number | null;
  p80Days: number | null;
}

/** The ZVH's norm in the demonstration: a case closed within eight weeks. */
export const DEMO_NORM_DAYS = 56;

/**
 * Per month between two counts and per place, new and closed cases such that the later count is
 * the earlier plus inflow minus outflow (the import's consistency check finds nothing): about a
 * quarter of the open cases closes every month, the rest of the change comes in. Throughput times
 * where cases closed.
 */
export const flowsPart: DemoPart<DemoFlow[]> = {
  name: 'flows',
  make: (basis, random) => {
    const totals = new Map<string, number>();
    for (const c of makePart(caseloadPart, basis)) {
      if (c.domainCode === null) totals.set(`${c.peildatum}|${c.municipalityCode ?? ''}`, c.count);
    }
    const places = [...basis.seed.municipalities.map((m) => m.code), null];
    const flows: DemoFlow[] = [];
    for (let i = 1; i < DEMO_MONTHS.length; i++) {
      const from = DEMO_MONTHS[i - 1] as string;
      const to = DEMO_MONTHS[i] as string;
      for (const code of places) {
        const before = totals.get(`${from}|${code ?? ''}`) ?? 0;
        const after = totals.get(`${to}|${code ?? ''}`) ?? 0;
        let outflow = Math.round(before * random.between(0.18, 0.32));
        if (after - before + outflow < 0) outflow = before - after;
        const inflow = after - before + outflow;
        const closed = outflow > 0;
        const median = closed ? Math.round(random.between(30, 62)) : null;
        flows.push({
          month: from.slice(0, 7),
          municipalityCode: code,
          inflow,
          outflow,
          closedWithinNorm: closed ? Math.round(outflow * random.between(0.55, 0.9)) : null,
          medianDays: median,
          p80Days: median === null ? null : Math.round(median * random.between(1.35, 1.9)),
        });
      }
    }
    return flows;
  },
  load: async (flows, { imports, actor }, { seed }) => {
    const result = await imports.run('FLOWS', flowsCsv(flows, seed), {
      dryRun: false,
      actor,
      fileName: 'demonstratiegegevens-instroom-uitstroom.csv',
      source: DEMO_SOURCE,
    });
    if (result.errors.length > 0) throw new Error(`De demonstratiestromen zijn geweigerd: ${result.errors[0]?.message}`);
    return `${new Set(flows.map((f) => f.month)).size} maanden, ${result.added} rijen`;
  },
};

/** The flows as a FLOWS import file, one line per month and place (no domains), with the norm. */
export function flowsCsv(flows: readonly DemoFlow[], seed: SeedData): string {
  const names = new Map(seed.municipalities.map((m) => [m.code, m.name]));
  const cell = (value: number | null) => (value === null ? '' : String(value));
  const lines = ['maand;gemeente;kennisdomein;instroom;uitstroom;binnen_norm;norm_dagen;mediaan_dagen;p80_dagen'];
  for (const f of flows) {
    const place = f.municipalityCode === null ? 'Niet gespecificeerd' : (names.get(f.municipalityCode) ?? f.municipalityCode);
    lines.push(
      [f.month, place, '', f.inflow, f.outflow, cell(f.closedWithinNorm), DEMO_NORM_DAYS, cell(f.medianDays), cell(f.p80Days)].join(';'),
    );
  }
  return `${lines.join('\n')}\n`;
}

// --- explanations: what the ZVH would say about the jumps of the last count --------------------

export interface DemoExplanation {
  peildatum: string;
  figure: string;
  municipalityCode: string | null;
  text: string;
}

export const explanationsPart: DemoPart<DemoExplanation[]> = {
  name: 'explanations',
  make: () => {
    const last = DEMO_MONTHS.at(-1) as string;
    const middle = DEMO_MONTHS[12] as string;
    return [
      {
        peildatum: last,
        figure: 'RUNNING_CASES',
        municipalityCode: 'GM0439',
        text: 'Demonstratie: een gezin met meerdere betrokkenen en twee nieuwe woonzorgcasussen kwamen in dezelfde maand binnen.',
      },
      {
        peildatum: last,
        figure: 'RUNNING_CASES',
        municipalityCode: null,
        text: 'Demonstratie: de stijging komt vooral uit Purmerend en uit huiselijk geweld in Zaanstad; het ZVH bespreekt haar in het kernteam.',
      },
      {
        peildatum: middle,
        figure: 'RUNNING_CASES',
        municipalityCode: null,
        text: 'Demonstratie: vanaf deze maand telt het ZVH ook de casussen van het nazorgteam mee.',
      },
    ];
  },
  load: async (explanations, { explanations: service, actor, writer }) => {
    for (const e of explanations) await service.add(actor, writer, { ...e, domainCode: null });
    return `${explanations.length} toelichtingen`;
  },
};

/** A part whatever its data: what the list of parts holds. */
export interface DemoStep {
  readonly name: string;
  make(basis: DemoBasis): unknown;
  load(basis: DemoBasis, target: DemoTarget): Promise<string>;
}

export function step<T>(part: DemoPart<T>): DemoStep {
  return {
    name: part.name,
    make: (basis) => makePart(part, basis),
    load: (basis, target) => part.load(makePart(part, basis), target, basis),
  };
}

/** Every part, in the order they are loaded: the seam for more (one DemoPart each, added here). */
export const DEMO_PARTS: readonly DemoStep[] = [
  step(referencePart),
  step(caseloadPart),
  step(flowsPart),
  step(goalsPart),
  step(themesPart),
  step(notesPart),
  step(explanationsPart),
];

/** The whole dataset, part by part: what the determinism test hashes. */
export function demoDataset(basis: DemoBasis): { name: string; data: unknown }[] {
  return DEMO_PARTS.map((part) => ({ name: part.name, data: part.make(basis) }));
}

/** Makes and loads every part, in order; answers a line per part for the report. */
export async function loadDemoParts(basis: DemoBasis, target: DemoTarget): Promise<string[]> {
  const lines: string[] = [];
  for (const part of DEMO_PARTS) lines.push(`${part.name}: ${await part.load(basis, target)}`);
  return lines;
}
