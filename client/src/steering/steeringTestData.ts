import { contributions2023, contributions2024, feb2023, jan2022, totalsOf } from '../test-support/fixtures';
import type { SteeringData } from './slides';

const source = {
  __typename: 'Source' as const,
  document: '003_8a1aa5aa1d12b1c5.txt',
  section: 'Casuïstiek',
  note: null,
  title: 'Raadsinformatiebrief',
  url: null,
};
const financeSource = {
  __typename: 'Source' as const,
  document: '005_finance.txt',
  section: null,
  note: null,
  title: 'Begroting ZVH',
  url: 'https://example.org/begroting',
};

const population2023 = { __typename: 'RegionPopulation' as const, inhabitants: 340_557, years: [2020, 2021, 2022], complete: true };

const theme = (
  code: string,
  number: number,
  title: string,
  extra: Partial<SteeringData['themes'][number]> = {},
): SteeringData['themes'][number] => ({
  __typename: 'Theme',
  code,
  number,
  title,
  summary: `Samenvatting van ${title}.`,
  status: 'NOT_ASSESSED',
  owner: null,
  progressNote: null,
  nextMilestone: null,
  nextMilestoneDate: null,
  parent: null,
  source,
  ...extra,
});

/** A small but complete answer of the Steering query (96 running cases on 1 February 2023). */
export function steeringData(overrides: Partial<SteeringData> = {}): SteeringData {
  return {
    __typename: 'Query',
    region: { __typename: 'Region', code: 'ZaWa', name: 'Zaanstreek-Waterland' },
    // Every count with its totals; only the latest broken-down count with its municipalities.
    caseloadSnapshots: [
      { ...totalsOf(jan2022), regionPopulation: null, source },
      { ...totalsOf(feb2023), regionPopulation: population2023, source },
    ],
    caseloadBreakdown: { ...feb2023, regionPopulation: population2023, source },
    contributionHistory: [
      {
        ...contributions2023,
        perInhabitantEur: null,
        source: financeSource,
        byMunicipality: contributions2023.byMunicipality.map((c) => ({
          ...c,
          changeFromPreviousYear: null,
          perInhabitantEur: null,
          populationYear: null,
          inhabitants: null,
        })),
      },
      {
        ...contributions2024,
        perInhabitantEur: null,
        source: financeSource,
        byMunicipality: contributions2024.byMunicipality.map((c) => ({
          ...c,
          changeFromPreviousYear: c.changeFromPreviousYear ?? null,
          perInhabitantEur: null,
          populationYear: null,
          inhabitants: null,
        })),
      },
    ],
    themes: [
      theme('mensenhandel', 4, 'Mensenhandel', {
        status: 'AT_RISK',
        owner: 'Wethouder Jansen',
        progressNote: 'Aanpak loopt; meer meldingen.',
        nextMilestone: 'Evaluatie',
        nextMilestoneDate: '2025-06-01',
      }),
      theme('onbegrepen-gedrag', 1, 'Onbegrepen gedrag', { status: 'ON_TRACK' }),
    ],
    goals: [
      {
        __typename: 'Goal',
        id: '1',
        title: 'Lopende casussen onder 90',
        status: 'OFF_TRACK',
        indicator: 'RUNNING_CASES',
        direction: 'AT_MOST',
        target: 90,
        targetUpper: null,
        deadline: '2025-12-31',
        latestValue: 96,
        latestValueDate: '2023-02-01',
        basis: null,
        unit: null,
        theme: null,
        municipality: null,
      },
      {
        __typename: 'Goal',
        id: '2',
        title: 'Bijdragen op peil',
        status: 'ON_TRACK',
        indicator: 'CONTRIBUTIONS_TOTAL',
        direction: 'AT_LEAST',
        target: 280_000,
        targetUpper: null,
        deadline: null,
        latestValue: 298_809,
        latestValueDate: '2024-01-01',
        basis: null,
        unit: null,
        theme: null,
        municipality: null,
      },
      {
        __typename: 'Goal',
        id: '3',
        title: 'Voortgang handmatig',
        status: 'STALE',
        indicator: 'MANUAL',
        direction: 'BETWEEN',
        target: 2,
        targetUpper: 4,
        deadline: null,
        latestValue: 3,
        latestValueDate: '2023-01-01',
        basis: null,
        unit: null,
        theme: { __typename: 'Theme', code: 'mensenhandel', number: 4, title: 'Mensenhandel' },
        municipality: null,
      },
    ],
    // The real figures: two counts, too few for the range rule.
    signals: {
      __typename: 'SignalList',
      signals: [],
      shortfalls: [
        {
          __typename: 'SignalShortfall',
          rule: 'OUT_OF_RANGE',
          appliesToAll: true,
          figure: 'RUNNING_CASES',
          municipality: null,
          domain: null,
          counts: 2,
          needed: 7,
        },
      ],
    },
    notes: [
      {
        __typename: 'Note',
        id: 'n1',
        target: 'theme:mensenhandel',
        peildatum: '2023-02-01',
        text: 'Meer meldingen uit Zaanstad.',
        author: 'zvh',
        createdAt: '2023-02-10T10:00:00Z',
      },
      {
        __typename: 'Note',
        id: 'n2',
        target: 'overzicht',
        peildatum: null,
        text: 'Algemeen signaal.',
        author: 'zvh',
        createdAt: '2023-02-11T10:00:00Z',
      },
    ],
    explanations: [
      {
        __typename: 'Explanation',
        id: 'e1',
        peildatum: '2023-02-01',
        figure: 'RUNNING_CASES',
        municipality: null,
        domain: null,
        text: 'Meer meldingen na de voorlichtingscampagne.',
        version: 1,
      },
    ],
    ...overrides,
  };
}
