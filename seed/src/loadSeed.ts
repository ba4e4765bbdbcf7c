import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import type { z } from 'zod';
import {
  capacityFile,
  caseloadFile,
  contributionsFile,
  fundingFile,
  knowledgeDomainsFile,
  populationRow,
  regionFile,
  sourceRef,
  sourcesFile,
  themesFile,
} from './schema.js';
import type { SeedData, SeedSource } from './types.js';

/** The folder with the seed's data files, next to this package's `src/` and `dist/`. */
export const defaultSeedDir = fileURLToPath(new URL('../data/', import.meta.url));

/** Example and template files for imports (served on the Beheer page as downloads). */
export const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
/** The source documents the figures cite (seed/sources/), served at /bronnen/. */
export const sourcesDir = fileURLToPath(new URL('../sources/', import.meta.url));

/** Raised when a seed file is missing, malformed or inconsistent; the message names file and place. */
export class SeedError extends Error {
  override name = 'SeedError';
}

function readJson<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SeedError(`Kan seedbestand ${path} niet lezen: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(bestand)'}: ${issue.message}`);
    throw new SeedError(`Seedbestand ${path} is ongeldig:\n  ${issues.join('\n  ')}`);
  }
  return result.data;
}

/**
 * The population file's `source` column reads "publication: URL" or "publication: note".
 * The publication becomes the source document; the rest its URL or note.
 */
export function splitPopulationSource(text: string): Pick<SeedSource, 'document' | 'url' | 'note'> {
  const at = text.indexOf(': ');
  if (at < 0) return { document: text.trim(), url: null, note: null };
  const document = text.slice(0, at).trim();
  const rest = text.slice(at + 2).trim();
  return /^https?:\/\//.test(rest) ? { document, url: rest, note: null } : { document, url: null, note: rest };
}

function readPopulation(dir: string, knownCodes: Set<string>): SeedData['population'] {
  const path = join(dir, 'population.csv');
  const records = parseCsv(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as unknown[];
  const seen = new Set<string>();
  return records.map((record, index) => {
    const line = index + 2; // header is line 1
    const result = populationRow.safeParse(record);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new SeedError(`${path} regel ${line}: ${issues.join('; ')}`);
    }
    const row = result.data;
    if (!knownCodes.has(row.municipality_code)) {
      throw new SeedError(`${path} regel ${line}: gemeentecode ${row.municipality_code} hoort niet bij de regio`);
    }
    const key = `${row.municipality_code}/${row.year}`;
    if (seen.has(key)) throw new SeedError(`${path} regel ${line}: ${key} staat er twee keer in`);
    seen.add(key);
    return {
      municipalityCode: row.municipality_code,
      year: Number(row.year),
      inhabitants: Number(row.inhabitants),
      referenceDate: row.reference_date,
      source: { ...splitPopulationSource(row.source), section: null, title: null },
    };
  });
}

/**
 * Reads and checks every seed file: the real figures of the sources, each with its source.
 * Throws SeedError naming the file and place of the first problem found.
 */
export function loadSeed(dir: string = defaultSeedDir): SeedData {
  const documents = readJson(dir, 'sources.json', sourcesFile).documents;
  const titles = new Map(documents.map((d) => [d.document, d]));
  const source = (ref: z.infer<typeof sourceRef>, where: string): SeedSource => {
    const document = titles.get(ref.document);
    if (!document) throw new SeedError(`${where}: bron ${ref.document} staat niet in sources.json`);
    return {
      document: ref.document,
      section: ref.section ?? null,
      note: ref.note ?? null,
      title: document.title,
      url: document.url ?? null,
    };
  };

  const region = readJson(dir, 'region.json', regionFile);
  const codes = new Set(region.municipalities.map((m) => m.code));
  if (codes.size !== region.municipalities.length) throw new SeedError('region.json: een gemeentecode staat er twee keer in');
  const checkCode = (code: string, where: string) => {
    if (!codes.has(code)) throw new SeedError(`${where}: gemeentecode ${code} hoort niet bij de regio`);
  };

  const domainsFile = readJson(dir, 'knowledge-domains.json', knowledgeDomainsFile);
  const knowledgeDomains = domainsFile.domains.map((d, i) => ({
    ...d,
    position: i + 1,
    source: source(domainsFile.source, 'knowledge-domains.json'),
  }));

  const caseloadSnapshots = readJson(dir, 'caseload.json', caseloadFile).snapshots.map((s) => {
    const where = `caseload.json ${s.peildatum}`;
    const byMunicipality = Object.entries(s.byMunicipality ?? {}).map(([municipalityCode, count]) => {
      checkCode(municipalityCode, where);
      return { municipalityCode, count };
    });
    const brokenDown = byMunicipality.length > 0 || s.unspecified !== undefined;
    if (brokenDown) {
      const sum = byMunicipality.reduce((acc, m) => acc + m.count, 0) + (s.unspecified ?? 0);
      if (sum !== s.total) throw new SeedError(`${where}: de delen tellen op tot ${sum}, het totaal is ${s.total}`);
    }
    return {
      peildatum: s.peildatum,
      precision: s.precision,
      total: s.total,
      unspecified: brokenDown ? (s.unspecified ?? 0) : null,
      byMunicipality,
      source: source(s.source, where),
    };
  });
  const dates = caseloadSnapshots.map((s) => s.peildatum);
  if (new Set(dates).size !== dates.length) throw new SeedError('caseload.json: een peildatum staat er twee keer in');

  const contributionYears = readJson(dir, 'contributions.json', contributionsFile).years.map((y) => {
    const where = `contributions.json ${y.year}`;
    const byMunicipality = Object.entries(y.byMunicipality).map(([municipalityCode, amountEur]) => {
      checkCode(municipalityCode, where);
      return { municipalityCode, amountEur };
    });
    const sum = byMunicipality.reduce((acc, m) => acc + m.amountEur, 0);
    // A stated total may differ from the sum of its parts only when the file says why.
    if (sum !== y.total && !y.totalNote) {
      throw new SeedError(`${where}: de bedragen tellen op tot ${sum}, het totaal is ${y.total} en totalNote ontbreekt`);
    }
    const ref = y.totalNote ? { ...y.source, note: [y.source.note, y.totalNote].filter(Boolean).join(' ') } : y.source;
    return { year: y.year, totalEur: y.total, byMunicipality, source: source(ref, where) };
  });

  const fundingSources = readJson(dir, 'funding.json', fundingFile).sources.map((f) => ({
    ...f,
    source: source(f.source, `funding.json ${f.code}`),
  }));
  const capacity = readJson(dir, 'capacity.json', capacityFile).figures.map((c) => ({
    ...c,
    source: source(c.source, `capacity.json ${c.label}`),
  }));

  const themeEntries = readJson(dir, 'themes.json', themesFile).themes;
  const themeCodes = new Set(themeEntries.map((t) => t.code));
  const themes = themeEntries.map((t) => {
    if (t.parent !== null && (!themeCodes.has(t.parent) || t.parent === t.code)) {
      throw new SeedError(`themes.json ${t.code}: onbekend bovenliggend thema ${t.parent}`);
    }
    return {
      code: t.code,
      number: t.number,
      title: t.title,
      parentCode: t.parent,
      summary: t.summary,
      keyFacts: t.keyFacts,
      source: source(t.source, `themes.json ${t.code}`),
    };
  });

  return {
    region: { code: region.code, name: region.name, source: source(region.source, 'region.json') },
    municipalities: region.municipalities,
    population: readPopulation(dir, codes),
    knowledgeDomains,
    caseloadSnapshots,
    contributionYears,
    fundingSources,
    capacity,
    themes,
  };
}
