import { describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { readFileSync } from 'node:fs';
import { IMPORT_KINDS, KIND_SPECS, importFormat, parseImport, type FormatColumn, type ImportKind, type ReferenceData } from './index.js';

const seed = loadSeed();
const reference: ReferenceData = {
  municipalities: seed.municipalities,
  domains: seed.knowledgeDomains,
  fundingSources: seed.fundingSources,
  today: '2024-06-01',
};

/** A valid value of a column by its name, using the format's own lists where it has one. */
function valueFor(column: FormatColumn, row: number): string {
  if (column.accepts) {
    const item = column.accepts[row % column.accepts.length]!;
    // By name on even rows, by code on odd ones: both must be accepted.
    return row % 2 === 0 ? item.name : item.code;
  }
  const values: Record<string, string> = {
    peildatum: '1-2-2024',
    jaar: '2024',
    aantal: String(10 + row),
    inwoners: '12.345',
    bedrag: '€ 131.804',
    bron: 'CBS, bevolking per 1 januari 2024',
    maand: '2024-02',
    instroom: String(4 + row),
    uitstroom: String(3 + row),
    binnen_norm: '2',
    norm_dagen: '56',
    mediaan_dagen: '31,5',
    p80_dagen: '60',
  };
  return values[column.name] ?? 'onbekende kolom';
}

/** The template as downloaded, filled in as a person would: one row per value of the first list. */
function filledIn(kind: ImportKind): string {
  const format = importFormat(kind, reference);
  const rows = format.columns.find((c) => c.accepts)?.accepts?.length ?? 1;
  const totalsOnly = kind === 'CASELOAD' || kind === 'FLOWS';
  const lines = Array.from({ length: kind === 'CASELOAD' ? rows : Math.min(rows, 7) }, (_, row) =>
    format.columns.map((column) => (totalsOnly && column.name === 'kennisdomein' ? '' : valueFor(column, row))).join(';'),
  );
  return format.template + lines.join('\r\n') + '\r\n';
}

describe('the import formats', () => {
  it.each(IMPORT_KINDS)('%s: the blank template, filled in with the listed values, imports without errors', async (kind) => {
    const summary = await parseImport(kind, filledIn(kind), reference);
    expect(summary.errors).toEqual([]);
    expect(summary.records.length).toBeGreaterThan(0);
  });

  it('a template is the header the importer checks, with a BOM for Excel and nothing else', () => {
    for (const kind of IMPORT_KINDS) {
      const format = importFormat(kind, reference);
      expect(format.template).toBe(`\uFEFF${KIND_SPECS[kind].columns.map((c) => c.name).join(';')}\r\n`);
      expect(format.columns.map((c) => c.name)).toEqual(KIND_SPECS[kind].columns.map((c) => c.name));
    }
  });

  it('the templates offered in seed/examples are the generated ones', () => {
    for (const kind of IMPORT_KINDS) {
      const file = readFileSync(new URL(`../../../seed/examples/sjabloon-${kind.toLowerCase()}.csv`, import.meta.url), 'utf8');
      expect(file.replace(/\r?\n$/, '')).toBe(importFormat(kind, reference).template.replace(/\r\n$/, ''));
    }
  });

  it('lists the region’s municipalities and domains from the reference, and the words a count file may use', async () => {
    const caseload = importFormat('CASELOAD', reference);
    const place = caseload.columns.find((c) => c.name === 'gemeente')!;
    expect(place.accepts).toEqual(seed.municipalities.map(({ code, name }) => ({ code, name })));
    expect(place.alsoAccepts).toEqual(['Niet gespecificeerd', 'Totaal']);
    const domain = caseload.columns.find((c) => c.name === 'kennisdomein')!;
    expect(domain).toMatchObject({ required: false, mayBeEmpty: true });
    expect(domain.accepts?.map((d) => d.code)).toEqual(seed.knowledgeDomains.map((d) => d.code));
    // The extra words are accepted as they are listed.
    const words = [
      'peildatum;gemeente;kennisdomein;aantal',
      '1-2-2024;Zaanstad;;5',
      '1-2-2024;Niet gespecificeerd;;2',
      '1-2-2024;Totaal;Totaal;7',
    ];
    expect((await parseImport('CASELOAD', words.join('\n'), reference)).errors).toEqual([]);
    expect(importFormat('CONTRIBUTIONS', reference).columns.find((c) => c.name === 'gemeente')!.alsoAccepts).toEqual([]);
    expect(importFormat('FUNDING', reference).columns.find((c) => c.name === 'bron')!.accepts).toHaveLength(seed.fundingSources.length);
  });
});
