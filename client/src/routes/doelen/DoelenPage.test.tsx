import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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
  unit: null,
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
  goal('4', 'Oud gemeld', {
    indicator: 'MANUAL',
    target: 14,
    latestValue: 12,
    status: 'STALE',
    unit: 'dagen',
    history: [
      { __typename: 'GoalValue', value: 17, date: '2022-01-01' },
      { __typename: 'GoalValue', value: 12, date: '2023-02-01' },
    ],
  }),
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
    // Where the value comes from, in words; no ISO date from the API's Dutch basis sentence.
    expect(row('Lopende casussen')).toHaveTextContent('uit de telling van de ZVH');
    expect(row('Oud gemeld')).toHaveTextContent('handmatig gemeld');
    expect(table).not.toHaveTextContent('telling van 1 februari 2023');
    expect(row('Per 10.000')).toHaveTextContent('tussen 2,0 en 3,0');
    expect(row('Per 10.000')).toHaveTextContent('!Risico');
    expect(row('Wachttijd')).toHaveTextContent('–Geen gegevens');
    expect(row('Oud gemeld')).toHaveTextContent('⌛Verouderd');
    // A goal entered by hand shows its unit with the target, the latest value and the trend.
    expect(row('Oud gemeld')).toHaveTextContent('hoogstens 14 dagen');
    expect(row('Oud gemeld')).toHaveTextContent('12 dagenop 1 februari 2023');
    expect(row('Oud gemeld')).toHaveTextContent('17 → 12 dagen');
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
      unit: null,
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

afterEach(() => sessionStorage.clear());

describe('GoalForm', () => {
  function renderForm(onSubmit: (input: GoalInput) => Promise<void>, me: SessionUser = admin) {
    return render(
      <LanguageProvider lang="nl">
        <SessionContext.Provider value={{ user: me, regionName: 'Zaanstreek-Waterland', logout: async () => undefined }}>
          <GoalForm
            draftKey="goal:new"
            themes={lists.themes}
            municipalities={lists.municipalities}
            submitLabel="Doel toevoegen"
            busyLabel="busyAdding"
            onSubmit={onSubmit}
          />
        </SessionContext.Provider>
      </LanguageProvider>,
    );
  }
  const fillRunningGoal = () => {
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Lopende casussen' } });
    fireEvent.change(screen.getByLabelText('Indicator'), { target: { value: 'RUNNING_CASES' } });
    fireEvent.change(screen.getByLabelText('Doelwaarde'), { target: { value: '100' } });
  };

  it('while saving says so, is busy and read-only with every value in sight, and takes no second submit', async () => {
    let finish: (() => void) | undefined;
    const onSubmit = jest.fn((_input: GoalInput) => new Promise<void>((resolve) => (finish = resolve)));
    renderForm(onSubmit);
    fillRunningGoal();
    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));

    const button = await screen.findByRole('button', { name: 'Bezig met toevoegen…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button.closest('form')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByLabelText('Titel')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Titel')).toHaveValue('Lopende casussen');
    expect(screen.getByLabelText('Titel')).not.toBeDisabled();
    expect(screen.getByLabelText('Indicator')).toHaveAttribute('aria-readonly', 'true');
    // A choice made while saving is not taken.
    fireEvent.change(screen.getByLabelText('Indicator'), { target: { value: 'MANUAL' } });
    expect(screen.getByLabelText('Indicator')).toHaveValue('RUNNING_CASES');
    fireEvent.click(button);
    fireEvent.submit(button.closest('form')!);
    expect(onSubmit).toHaveBeenCalledTimes(1);

    await act(async () => finish!());
    expect(await screen.findByRole('button', { name: 'Doel toevoegen' })).not.toHaveAttribute('aria-disabled');
    // Saved: only now is the form emptied.
    expect(screen.getByLabelText('Titel')).toHaveValue('');
    expect(screen.getByLabelText('Titel')).not.toHaveAttribute('readonly');
  });

  it('keeps everything typed when the save fails, and says what failed', async () => {
    const onSubmit = jest.fn(async (_input: GoalInput) => {
      throw new Error('network down');
    });
    renderForm(onSubmit);
    fillRunningGoal();
    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^Dat is niet gelukt: /));
    expect(screen.getByLabelText('Titel')).toHaveValue('Lopende casussen');
    expect(screen.getByLabelText('Doelwaarde')).toHaveValue('100');
    expect(screen.getByRole('button', { name: 'Doel toevoegen' })).not.toHaveAttribute('aria-disabled');
  });

  it('keeps what was typed for the same user only, and gives it back with a message', async () => {
    const onSubmit = jest.fn(async (_input: GoalInput) => undefined);
    const first = renderForm(onSubmit);
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Wachttijd intake' } });
    first.unmount(); // the session expired: the app made way for the login page

    const other = renderForm(onSubmit, { ...admin, username: 'zvh2', role: 'ZVH' });
    expect(screen.getByLabelText('Titel')).toHaveValue('');
    expect(screen.queryByText(/zijn bewaard/)).not.toBeInTheDocument();
    other.unmount();

    renderForm(onSubmit);
    expect(await screen.findByRole('status')).toHaveTextContent('Uw niet-opgeslagen wijzigingen zijn bewaard.');
    expect(screen.getByLabelText('Titel')).toHaveValue('Wachttijd intake');
    fireEvent.change(screen.getByLabelText('Indicator'), { target: { value: 'RUNNING_CASES' } });
    fireEvent.change(screen.getByLabelText('Doelwaarde'), { target: { value: '100' } });
    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    // Saved: the draft is gone.
    await waitFor(() => expect(Object.keys(sessionStorage).filter((k) => k.startsWith('zv-draft:'))).toEqual([]));
  });

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
      unit: null,
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
    // A goal entered by hand needs its unit.
    expect(screen.getByRole('alert')).toHaveTextContent('Vul de eenheid in, bijvoorbeeld "casussen", "%" of "dagen".');
    expect(screen.getByLabelText('Eenheid')).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(screen.getByLabelText('Eenheid'), { target: { value: 'x'.repeat(41) } });
    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Maak de eenheid korter: hoogstens 40 tekens.');
    fireEvent.change(screen.getByLabelText('Verouderd na (dagen)'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Eenheid'), { target: { value: ' dagen ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ indicator: 'MANUAL', staleAfterDays: 30, margin: 0.1, unit: 'dagen' });
  });
});
