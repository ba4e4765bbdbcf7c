import { isIsoCalendarDate } from '@zv/shared';
import { z } from 'zod';

/** A calendar date as the sources use it: "2023-02-01". */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht een datum als "2023-02-01" (JJJJ-MM-DD)')
  .refine(isIsoCalendarDate, 'geen bestaande kalenderdatum');

export const municipalityCode = z.string().regex(/^GM\d{4}$/, 'verwacht een CBS-gemeentecode als "GM0479"');

/** Where a figure comes from: a document of sources.json and its section. */
export const sourceRef = z.strictObject({
  document: z.string().min(1),
  section: z.string().min(1).nullable().optional(),
  note: z.string().min(1).nullable().optional(),
});

export const sourcesFile = z.object({
  documents: z.array(z.strictObject({ document: z.string().min(1), title: z.string().min(1), url: z.string().url().optional() })).min(1),
});

export const regionFile = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  source: sourceRef,
  municipalities: z.array(z.strictObject({ code: municipalityCode, name: z.string().min(1) })).min(1),
});

export const knowledgeDomainsFile = z.object({
  source: sourceRef,
  domains: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z][a-z-]*$/),
        name: z.string().min(1),
        description: z.string().min(1).nullable(),
      }),
    )
    .min(1),
});

const count = z.number().int().nonnegative();

export const caseloadFile = z.object({
  snapshots: z.array(
    z.strictObject({
      peildatum: isoDate,
      precision: z.enum(['DAY', 'MONTH']),
      total: count,
      unspecified: count.optional(),
      byMunicipality: z.record(municipalityCode, count).optional(),
      source: sourceRef,
    }),
  ),
});

const euros = z.number().int().nonnegative();

export const contributionsFile = z.object({
  years: z.array(
    z.strictObject({
      year: z.number().int().min(1900).max(2200),
      total: euros,
      totalNote: z.string().min(1).optional(),
      byMunicipality: z.record(municipalityCode, euros),
      source: sourceRef,
    }),
  ),
});

export const fundingFile = z.object({
  sources: z.array(
    z.strictObject({
      code: z.string().regex(/^[a-z][a-z-]*$/),
      name: z.string().min(1),
      amountEurPerYear: euros.nullable(),
      structural: z.boolean().nullable(),
      fromYear: z.number().int().nullable(),
      description: z.string().min(1).nullable(),
      source: sourceRef,
    }),
  ),
});

export const capacityFile = z.object({
  figures: z.array(
    z.strictObject({
      label: z.string().min(1),
      stage: z.enum(['before', 'after', 'current']),
      fte: z.number().positive(),
      temporaryFte: z.number().nonnegative().nullable(),
      description: z.string().min(1).nullable(),
      source: sourceRef,
    }),
  ),
});

export const themesFile = z.object({
  themes: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z][a-z-]*$/),
        number: z.number().int().positive(),
        title: z.string().min(1),
        parent: z.string().nullable(),
        summary: z.string().min(1).nullable(),
        keyFacts: z.array(z.string().min(1)),
        source: sourceRef,
      }),
    )
    .min(1),
});

/** One row of population.csv, as the CSV parser hands it over (all strings). */
export const populationRow = z.strictObject({
  municipality_code: municipalityCode,
  municipality_name: z.string().min(1),
  year: z.string().regex(/^\d{4}$/, 'verwacht een jaartal'),
  inhabitants: z.string().regex(/^\d+$/, 'verwacht een geheel aantal inwoners'),
  reference_date: isoDate,
  source: z.string().min(1),
});
