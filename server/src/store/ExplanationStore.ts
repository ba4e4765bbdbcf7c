/** Which figure at which count date an explanation belongs to. */
export interface ExplanationKey {
  peildatum: string;
  /** An indicator code (shared/src/indicators.ts), e.g. RUNNING_CASES. */
  figure: string;
  /** Null: the region's figure. */
  municipalityCode: string | null;
  /** Only for a figure per knowledge domain. */
  domainCode: string | null;
}

export interface ExplanationRow extends ExplanationKey {
  id: number;
  text: string;
  author: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  /** 1 when made, one more with every edit: an edit or removal names the version it read. */
  version: number;
}

/**
 * Explanations of the served region's figures (one per figure, count date, municipality and
 * domain). Only those whose count date exists are read. Writes that find the row changed answer
 * so instead of overwriting it: the caller says what to do.
 */
export interface ExplanationStore {
  /** Ordered by count date, figure, region before municipalities (by code), domain; for one count date and/or municipality when given. */
  listExplanations(filter: { peildatum: string | null; municipalityCode: string | null }): Promise<ExplanationRow[]>;
  getExplanation(id: number): Promise<ExplanationRow | undefined>;
  /** The new id; null when that figure at that date has an explanation already. */
  addExplanation(key: ExplanationKey, text: string, by: string | null, at: string): Promise<number | null>;
  /** False when there is no such explanation at `version` (changed or removed meanwhile). */
  updateExplanation(id: number, version: number, text: string, by: string | null, at: string): Promise<boolean>;
  /** False when there is no such explanation at `version`. */
  removeExplanation(id: number, version: number): Promise<boolean>;
}
