import { beforeAll, describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { loadLanguage, translator } from '../../i18n/LanguageContext';
import type { TextContext } from '../../models/context';
import { TestProviders } from '../../test-support/apollo';
import { NationalSection } from './ComparisonSection';
import { NationalComparisonQuery } from './comparisonQuery';

const leftOut = (code: string, name: string, peildatum: string | null, reason: string, isServedRegion = false) => ({
  __typename: 'RegionLeftOut',
  code,
  name,
  peildatum,
  reason,
  isServedRegion,
});

/** The national comparison when no other region qualifies, or the region itself does not. */
function answer(own: boolean, regions: ReturnType<typeof leftOut>[]) {
  return {
    request: { query: NationalComparisonQuery },
    result: {
      data: {
        region: { __typename: 'Region', code: 'zaanstreek-waterland', name: 'Zaanstreek-Waterland' },
        nationalComparison: {
          __typename: 'NationalComparison',
          peildatum: '2023-02-01',
          regionsInDatabase: regions.length + 1,
          regionsCompared: own ? 1 : 0,
          regionsLeftOut: regions.length,
          nationalPer10k: null,
          own: own
            ? {
                __typename: 'RegionFigures',
                code: 'zaanstreek-waterland',
                name: 'Zaanstreek-Waterland',
                peildatum: '2023-02-01',
                total: 96,
                inhabitants: 340_557,
                per10kInhabitants: 2.8189,
              }
            : null,
          figure: { __typename: 'ComparisonFigure', own: own ? 2.8189 : null, reference: null, relativeDifference: null, direction: null },
          similar: [],
          leftOut: regions,
        },
      },
    },
  };
}

let nl: TextContext;
beforeAll(async () => {
  await loadLanguage('en');
  nl = { lang: 'nl', t: translator('nl') };
});

describe('NationalSection without a national figure', () => {
  it('says there is nothing to compare with, and names the regions left out, each name marked as Dutch', async () => {
    const regions = [leftOut('b', 'Regio Brabant', null, 'NO_COUNT'), leftOut('c', 'Regio Drenthe', '2021-06-01', 'COUNT_TOO_OLD')];
    const { container } = render(
      <TestProviders mocks={[answer(true, regions)]}>
        <NationalSection ctx={nl} />
      </TestProviders>,
    );
    await screen.findByText(/^Geen andere regio heeft een telling/);
    expect(container.querySelector('.zv-national__left-out')?.textContent).toBe(
      'Niet meegeteld: Regio Brabant (geen telling op of vóór 1 februari 2023) en Regio Drenthe (laatste telling 1 juni 2021, ouder dan 12 maanden).',
    );
    expect([...container.querySelectorAll('[lang="nl"]')].map((e) => e.textContent)).toEqual(['Regio Brabant', 'Regio Drenthe']);
  });

  it('names the region itself as left out when its inhabitants are incomplete', async () => {
    const { container } = render(
      <TestProviders
        mocks={[answer(false, [leftOut('zaanstreek-waterland', 'Zaanstreek-Waterland', '2023-02-01', 'INHABITANTS_INCOMPLETE', true)])]}
      >
        <NationalSection ctx={nl} />
      </TestProviders>,
    );
    await screen.findByText(/niet van alle gemeenten de inwoners bekend: er is geen cijfer/);
    expect(container.querySelector('.zv-national__left-out')?.textContent).toBe(
      'Niet meegeteld: Zaanstreek-Waterland (deze regio; laatste telling 1 februari 2023, niet van alle gemeenten de inwoners bekend).',
    );
  });
});
