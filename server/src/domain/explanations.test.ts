import { describe, expect, it } from '@jest/globals';
import { cleanText, explanationVisible, figureProblem, textProblem } from './explanations.js';
import type { DomainVisibility } from './visibility.js';

describe('the figures an explanation can belong to', () => {
  it('are the figures of a count date, each where it exists', () => {
    expect(figureProblem('RUNNING_CASES', null, null)).toBeNull();
    expect(figureProblem('RUNNING_CASES', 'GM0479', null)).toBeNull();
    expect(figureProblem('SHARE_OF_REGION', 'GM0479', null)).toBeNull();
    expect(figureProblem('CASES_PER_DOMAIN', null, 'cter')).toBeNull();
    expect(figureProblem('CONTRIBUTIONS', null, null)?.nl).toMatch(/Onbekend cijfer "CONTRIBUTIONS"/);
    expect(figureProblem('toString', null, null)?.nl).toMatch(/Onbekend cijfer/);
    expect(figureProblem('SHARE_OF_REGION', null, null)?.nl).toMatch(/kies een gemeente/);
    expect(figureProblem('UNSPECIFIED_CASES', 'GM0479', null)?.nl).toMatch(/laat de gemeente leeg/);
    expect(figureProblem('CASES_PER_DOMAIN', 'GM0479', null)?.nl).toMatch(/kies een kennisdomein/);
    expect(figureProblem('RUNNING_CASES', null, 'cter')?.nl).toMatch(/Alleen bij CASES_PER_DOMAIN/);
  });
});

describe('the text', () => {
  it('is plain text of 1 to 500 characters, counted as a person counts them', () => {
    expect(textProblem(cleanText('  Twee regels\r\nvan tekst. '))).toBeNull();
    expect(cleanText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(textProblem(cleanText('   '))?.nl).toMatch(/1 tot 500 tekens/);
    expect(textProblem('😀'.repeat(500))).toBeNull();
    expect(textProblem('a'.repeat(501))?.nl).toMatch(/hoogstens 500 tekens, dit zijn er 501/);
    expect(textProblem('bel\u0007')?.nl).toMatch(/stuurtekens/);
  });
});

describe('who may know of an explanation on a count per knowledge domain', () => {
  const visibility: DomainVisibility = {
    region: () => [
      { domainCode: 'cter', count: 3, suppressed: false },
      { domainCode: 'mensenhandel', count: null, suppressed: true },
    ],
    municipality: (code) => (code === 'GM0479' ? [{ domainCode: 'cter', count: null, suppressed: true }] : []),
  };
  it('only one who sees that count; every other figure is everyone’s', () => {
    expect(explanationVisible({ municipalityCode: null, domainCode: null }, visibility)).toBe(true);
    expect(explanationVisible({ municipalityCode: 'GM0479', domainCode: null }, visibility)).toBe(true);
    expect(explanationVisible({ municipalityCode: null, domainCode: 'cter' }, visibility)).toBe(true);
    expect(explanationVisible({ municipalityCode: null, domainCode: 'mensenhandel' }, visibility)).toBe(false);
    expect(explanationVisible({ municipalityCode: 'GM0479', domainCode: 'cter' }, visibility)).toBe(false);
    // A count without a breakdown by domain (nothing to see).
    expect(explanationVisible({ municipalityCode: 'GM0439', domainCode: 'cter' }, visibility)).toBe(false);
  });
});
