import { CASELOAD_PLACE_WORDS, DOMAIN_TOTAL_WORD, expectedHeader } from './kinds/common.js';
import { KIND_SPECS } from './pipeline.js';
import type { ImportKind, ReferenceData } from './types.js';

/** A value a column accepts from a closed list: written as its code or its name. */
export interface AcceptedValue {
  code: string;
  name: string;
}

export interface FormatColumn {
  /** The header name, as the template writes it. */
  name: string;
  required: boolean;
  /** For a column with a closed list (gemeente, kennisdomein, bron): what it accepts; else null. */
  accepts: AcceptedValue[] | null;
  /** Words a column accepts besides the list ('Niet gespecificeerd', 'Totaal'). */
  alsoAccepts: string[];
  /** Whether the cell may be left empty (kennisdomein: the total of the row's scope). */
  mayBeEmpty: boolean;
}

/** How a file of one kind must look, from the importer's own definition of the kind. */
export interface ImportFormat {
  kind: ImportKind;
  columns: FormatColumn[];
  /** The blank template: a UTF-8 BOM (so Excel reads accents) and the header line. */
  template: string;
}

/**
 * The format of `kind` as the importer checks it: the columns of its KindSpec, and for the
 * columns with a closed list the values of `reference` — the same lists the import is checked
 * against, never a copy.
 */
export function importFormat(kind: ImportKind, reference: Omit<ReferenceData, 'today'>): ImportFormat {
  const spec = KIND_SPECS[kind];
  const columns = spec.columns.map((column): FormatColumn => {
    const base = { name: column.name, required: column.required, accepts: null, alsoAccepts: [], mayBeEmpty: false };
    switch (column.role) {
      case 'municipality':
        return {
          ...base,
          accepts: reference.municipalities.map(({ code, name }) => ({ code, name })),
          alsoAccepts: kind === 'CASELOAD' || kind === 'FLOWS' ? [...CASELOAD_PLACE_WORDS] : [],
        };
      case 'domain':
        return {
          ...base,
          accepts: reference.domains.map(({ code, name }) => ({ code, name })),
          alsoAccepts: [DOMAIN_TOTAL_WORD],
          mayBeEmpty: true,
        };
      case 'fundingSource':
        return { ...base, accepts: reference.fundingSources ? reference.fundingSources.map(({ code, name }) => ({ code, name })) : null };
      default:
        return base;
    }
  });
  return { kind, columns, template: `\uFEFF${expectedHeader(spec)}\r\n` };
}
