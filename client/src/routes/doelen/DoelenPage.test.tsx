import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { GoalInput } from '../../generated/graphql';
import { LanguageProvider } from '../../i18n/LanguageContext';
import { SessionContext, type SessionUser } from '../../session/SessionContext';
import { CreateGoalMutation, GoalsQuery } from '../../steering/steeringQueries';
import { admin, graphqlError, TestProviders, type Mock } from '../../test-support/apollo';
import DoelenPage from './DoelenPage';
import { GoalForm } from './GoalForm';

const goal = (id: string, title: string, extra: object) => ({
  __typename: 'Goal',
  id,
  title,
  theme: null,
  municipality: null,
  indicator: 'RUNNING_CASES',
  direction: 'AT_MOST',
  target: 100,
  targetUpper: null,
  margin: 0.1,
  deadline: '2025-12-31',
  latestValue: 96,
  latestValueDate: '2023-02-01',
  status: 'ON_TRACK',
  staleAfterDays: 90,
  basis: 'telling van 1 februari 2023',
  history: [
    { __typename: 'GoalValue', value: 44, date: '2022-01-01' },
    { __typename: 'GoalValue', value: 96, date: '2023-02-01' },
  ],
  ...extra,
});
const goals = [
  goal('1', 'Lopende casussen hoogstens 100', {}),
  goal('2', 'Per 10.000 tussen 2 en 3', {
    indicator: 'CASES_PER_10K',
    direction: 'BETWEEN',
    target: 2,
    targetUpper: 3,
    latestValue: 3.2,
    status: 'AT_RISK',
    history: [],
  }),
  goal('3', 'Wachttijd', { indicator: 'MANUAL', latestValue: null, latestValueDate: null, basis: null, status: 'NO_DATA', history: [] }),
  goal('4', 'Oud gemeld', { indicator: 'MANUAL', latestValue: 12, status: 'STALE', history: [] }),
  goal('5', 'Bijdragen', {
    indicator: 'CONTRIBUTIONS_TOTAL',
    direction: 'AT_LEAST',
    target: 300000,
    latestValue: 250000,
    status: 'OFF_TRACK',
    history: [],
  }),
];
const lists = {
  themes: [{ __typename: 'Theme', code: 'zvh', number: 1, title: 'Zorg- en Veiligheidshuis' }],
  municipalities: [{ __typename: 'Municipality', code: 'GM0479', name: 'Zaanstad' }],
};
const goalsAnswer = (list: object[]): Mock => ({ request: { query: GoalsQuery }, result: { data: { goals: list, ...lists } } });

function renderPage(mocks: Mock[], me: SessionUser = admin) {
  render(
    <TestProviders mocks={mocks}>
      <SessionContext.Provider value={{ user: me, regionName: 'Zaanstreek-Waterland', logout: async () => undefined }}>
        <DoelenPage />
      </SessionContext.Provider>
    </TestProviders>,
  );
}

describe('DoelenPage', () => {
  it('shows every status with icon and word, the target and the trend in words', async () => {
    renderPage([goalsAnswer(goals)]);
    const table = await screen.findByRole('table', { name: 'Alle doelen' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Lopende casussen')).toHaveTextContent('hoogstens 100');
    expect(row('Lopende casussen')).toHaveTextContent('✓Op koers');
    expect(row('Lopende casussen')).toHaveTextContent('44 → 96');
    expect(row('Lopende casussen')).toHaveTextContent('96op 1 februari 2023');
    expect(row('Per 10.000')).toHaveTextContent('tussen 2,0 en 3,0');
    expect(row('Per 10.000')).toHaveTextContent('!Risico');
    expect(row('Wachttijd')).toHaveTextContent('–Geen gegevens');
    expect(row('Oud gemeld')).toHaveTextContent('⌛Verouderd');
    expect(row('Bijdragen')).toHaveTextContent('✕Uit koers');
    expect(row('Bijdragen')).toHaveTextContent('minstens € 300.000');
    // The icon is decoration: the word says it.
    expect(within(row('Bijdragen')).getByText('✕')).toHaveAttribute('aria-hidden', 'true');
    // "Waarde melden" only for MANUAL goals.
    expect(within(row('Wachttijd')).getByRole('button', { name: 'Waarde melden: Wachttijd' })).toBeInTheDocument();
    expect(within(row('Lopende casussen')).queryByRole('button', { name: /Waarde melden/ })).not.toBeInTheDocument();
  });

  it('hides the form and the actions from the board', async () => {
    renderPage([goalsAnswer(goals)], { ...admin, username: 'bestuur', role: 'BESTUURDER' });
    await screen.findByRole('table', { name: 'Alle doelen' });
    expect(screen.queryByRole('region', { name: 'Doel toevoegen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Bewerken|Verwijderen/ })).not.toBeInTheDocument();
  });

  it("sends a new goal and shows the server's objection in the alert", async () => {
    const input = {
      title: 'Lopende casussen hoogstens 100',
      indicator: 'RUNNING_CASES',
      direction: 'AT_MOST',
      target: 100,
      targetUpper: null,
      margin: 0.1,
      deadline: null,
      themeCode: null,
      municipalityCode: null,
      staleAfterDays: null,
    };
    renderPage([
      goalsAnswer([]),
      {
        request: { query: CreateGoalMutation, variables: { input } },
        result: graphqlError('Alleen de ZVH en de beheerder beheren doelen.', 'FORBIDDEN'),
      },
    ]);
    const form = await screen.findByRole('region', { name: 'Doel toevoegen' });
    expect(screen.getByText('Er zijn nog geen doelen.')).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText('Titel'), { target: { value: input.title } });
    fireEvent.change(within(form).getByLabelText('Indicator'), { target: { value: 'RUNNING_CASES' } });
    fireEvent.change(within(form).getByLabelText('Doelwaarde'), { target: { value: '100' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Doel toevoegen' }));
    await waitFor(() => expect(within(form).getByRole('alert')).toHaveTextContent('Alleen de ZVH en de beheerder beheren doelen.'));
  });
});

describe('GoalForm', () => {
  function renderForm(onSubmit: (input: GoalInput) => Promise<void>) {
    render(
      <LanguageProvider lang="nl">
        <GoalForm themes={lists.themes} municipalities={lists.municipalities} submitLabel="Doel toevoegen" onSubmit={onSubmit} />
      </LanguageProvider>,
    );
  }

  it('asks an upper bound for "tussen", and sends the margin in percent as a fraction', async () => {
    const onSubmit = jest.fn(async (_input: GoalInput) => undefined);
    renderForm(onSubmit);
    expect(screen.queryByLabelText('Bovengrens')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Per 10.000 tussen 2 en 3' } });
    fireEvent.change(screen.getByLabelText('Indicator'), { target: { value: 'CASES_PER_10K' } });
    fireEvent.change(screen.getByLabelText('Richting'), { target: { value: 'BETWEEN' } });
    fireEvent.change(screen.getByLabelText('Ondergrens'), { target: { value: '2,0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Vul bij "tussen" ook een bovengrens in (een getal).');
    expect(screen.getByLabelText('Bovengrens')).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Bovengrens'), { target: { value: '3,0' } });
    fireEvent.change(screen.getByLabelText('Marge (%)'), { target: { value: '25' } });
    fireEvent.change(screen.getByLabelText('Gemeente'), { target: { value: 'GM0479' } });
    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      direction: 'BETWEEN',
      target: 2,
      targetUpper: 3,
      margin: 0.25,
      municipalityCode: 'GM0479',
      staleAfterDays: null,
    });
  });

  it('asks the days after which a MANUAL value is out of date, only for MANUAL', async () => {
    const onSubmit = jest.fn(async (_input: GoalInput) => undefined);
    renderForm(onSubmit);
    expect(screen.queryByLabelText('Verouderd na (dagen)')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Wachttijd' } });
    fireEvent.change(screen.getByLabelText('Indicator'), { target: { value: 'MANUAL' } });
    fireEvent.change(screen.getByLabelText('Doelwaarde'), { target: { value: '14' } });
    fireEvent.change(screen.getByLabelText('Verouderd na (dagen)'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Vul een heel aantal dagen groter dan 0 in.');
    fireEvent.change(screen.getByLabelText('Verouderd na (dagen)'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ indicator: 'MANUAL', staleAfterDays: 30, margin: 0.1 });
  });
});
