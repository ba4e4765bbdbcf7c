import type { Message } from '../errors.js';
import type { DomainVisibility } from './visibility.js';

/** Characters of an explanation: a sentence or three, short enough for a slide and a footnote. */
export const EXPLANATION_MAX_LENGTH = 500;

/** Where a figure exists: for the region, for a municipality, or both. */
type Scope = 'region' | 'municipality' | 'both';

/**
 * The figures of a count date that can carry an explanation (codes of shared/src/indicators.ts),
 * with where each exists. CASES_PER_DOMAIN is the one per knowledge domain.
 */
export const EXPLAINED_FIGURES: Readonly<Record<string, Scope>> = {
  RUNNING_CASES: 'both',
  CASES_CHANGE: 'region',
  CASES_PER_10K: 'both',
  SHARE_OF_REGION: 'municipality',
  CASES_PER_DOMAIN: 'both',
  UNSPECIFIED_CASES: 'region',
};

export const PER_DOMAIN_FIGURE = 'CASES_PER_DOMAIN';

export function isExplainedFigure(figure: string): boolean {
  return Object.hasOwn(EXPLAINED_FIGURES, figure);
}

/**
 * What is wrong with this figure, municipality and domain together, in words a person can act
 * on; null when it names a figure that exists.
 */
export function figureProblem(figure: string, municipalityCode: string | null, domainCode: string | null): Message | null {
  const scope = EXPLAINED_FIGURES[figure];
  if (!isExplainedFigure(figure) || !scope) {
    const figures = Object.keys(EXPLAINED_FIGURES).join(', ');
    return {
      nl: `Onbekend cijfer "${figure}": een toelichting hoort bij ${figures}.`,
      en: `Unknown figure "${figure}": an explanation belongs to ${figures}.`,
    };
  }
  if (scope === 'region' && municipalityCode) {
    return {
      nl: `${figure} is een cijfer van de regio: laat de gemeente leeg.`,
      en: `${figure} is a figure of the region: leave the municipality empty.`,
    };
  }
  if (scope === 'municipality' && !municipalityCode) {
    return {
      nl: `${figure} is een cijfer per gemeente: kies een gemeente.`,
      en: `${figure} is a figure per municipality: choose a municipality.`,
    };
  }
  if (figure === PER_DOMAIN_FIGURE && !domainCode) {
    return {
      nl: `${figure} is een cijfer per kennisdomein: kies een kennisdomein.`,
      en: `${figure} is a figure per knowledge domain: choose a knowledge domain.`,
    };
  }
  if (figure !== PER_DOMAIN_FIGURE && domainCode) {
    return {
      nl: `Alleen bij ${PER_DOMAIN_FIGURE} hoort een kennisdomein; laat het leeg bij ${figure}.`,
      en: `Only ${PER_DOMAIN_FIGURE} has a knowledge domain; leave it empty for ${figure}.`,
    };
  }
  return null;
}

/**
 * What is wrong with a text (after `cleanText`): empty, too long, or holding control characters;
 * null when it may be stored. Plain text: it is always shown as text, never read as markup.
 */
export function textProblem(text: string): Message | null {
  const trimmed = text.trim();
  if (!trimmed) {
    return {
      nl: `Schrijf een toelichting van 1 tot ${EXPLANATION_MAX_LENGTH} tekens.`,
      en: `Write an explanation of 1 to ${EXPLANATION_MAX_LENGTH} characters.`,
    };
  }
  const length = [...trimmed].length;
  if (length > EXPLANATION_MAX_LENGTH) {
    return {
      nl: `De toelichting is te lang: hoogstens ${EXPLANATION_MAX_LENGTH} tekens, dit zijn er ${length}. Maak haar korter.`,
      en: `The explanation is too long: at most ${EXPLANATION_MAX_LENGTH} characters, and this one has ${length}. Make it shorter.`,
    };
  }
  // eslint-disable-next-line no-control-regex -- the point: refuse control characters other than a line end or tab
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(trimmed)) {
    return {
      nl: 'De toelichting bevat stuurtekens; typ gewone tekst.',
      en: 'The explanation contains control characters; type plain text.',
    };
  }
  return null;
}

/** Trimmed, with every line end as \n. */
export function cleanText(text: string): string {
  return text.trim().replace(/\r\n?/g, '\n');
}

/**
 * Whether a viewer may know of an explanation on this figure: one per knowledge domain only when
 * this viewer sees that count (visibility.ts), so neither its text nor its existence says anything
 * about a hidden count. Every other figure it is attached to is published to every role.
 */
export function explanationVisible(
  explanation: { municipalityCode: string | null; domainCode: string | null },
  visibility: DomainVisibility,
): boolean {
  if (explanation.domainCode === null) return true;
  const counts = explanation.municipalityCode === null ? visibility.region() : visibility.municipality(explanation.municipalityCode);
  const count = counts.find((c) => c.domainCode === explanation.domainCode);
  return count !== undefined && !count.suppressed;
}
