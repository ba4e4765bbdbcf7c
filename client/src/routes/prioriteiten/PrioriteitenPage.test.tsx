import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SessionContext, type SessionUser } from '../../session/SessionContext';
import { NotesQuery, SetThemeStatusMutation } from '../../steering/steeringQueries';
import { admin, TestProviders, type Mock } from '../../test-support/apollo';
import PrioriteitenPage, { PrioritiesQueryDocument } from './PrioriteitenPage';

const source = { __typename: 'Source', document: 'raad.txt', section: null, note: null, title: null, url: null };
const domains = [
  { __typename: 'KnowledgeDomain', code: 'hg', name: 'Huiselijk geweld', description: null, source },
  { __typename: 'KnowledgeDomain', code: 'ovd', name: 'Ondermijning', description: null, source },
];
const steering = {
  owner: 'Wethouder Zorg',
  progressNote: 'Ketenafspraken getekend',
  nextMilestone: 'Evaluatie',
  nextMilestoneDate: '2025-06-01',
  domains: [{ __typename: 'KnowledgeDomain', code: 'hg', name: 'Huiselijk geweld' }],
  updatedAt: '2025-03-04T09:15:00Z',
  updatedBy: 'admin',
  history: [
    { __typename: 'ThemeEdit', at: '2025-03-04T09:15:00Z', by: 'admin', field: 'status', oldValue: 'NOT_ASSESSED', newValue: 'ON_TRACK' },
  ],
};
const theme = {
  __typename: 'Theme',
  code: 'zvh',
  number: 1,
  title: 'Zorg- en Veiligheidshuis',
  summary: null,
  status: 'ON_TRACK',
  keyFacts: [],
  parent: null,
  source,
  ...steering,
};
const prioritiesAnswer: Mock = {
  request: { query: PrioritiesQueryDocument },
  result: { data: { themes: [theme], knowledgeDomains: domains } },
};
const notesAnswer = (notes: object[] = []): Mock => ({
  request: { query: NotesQuery, variables: { target: 'theme:zvh' } },
  result: { data: { notes } },
});

function renderPage(mocks: Mock[], me: SessionUser = admin) {
  render(
    <TestProviders mocks={mocks}>
      <SessionContext.Provider value={{ user: me, regionName: 'Zaanstreek-Waterland', logout: async () => undefined }}>
        <PrioriteitenPage />
      </SessionContext.Provider>
    </TestProviders>,
  );
}

describe('PrioriteitenPage steering', () => {
  it('shows owner, progress, milestone, domains, the last change and the history to everyone; no "Bewerken" for the board', async () => {
    renderPage(
      [
        prioritiesAnswer,
        notesAnswer([
          {
            __typename: 'Note',
            id: '1',
            target: 'theme:zvh',
            peildatum: null,
            text: 'Meer meldingen',
            author: 'zvh1',
            createdAt: '2025-03-05T10:00:00Z',
          },
        ]),
      ],
      {
        ...admin,
        username: 'bestuur',
        role: 'BESTUURDER',
      },
    );
    const card = await screen.findByRole('article', { name: /Zorg- en Veiligheidshuis/ });
    expect(card).toHaveTextContent('PortefeuillehouderWethouder Zorg');
    expect(card).toHaveTextContent('VoortgangKetenafspraken getekend');
    expect(card).toHaveTextContent('Volgende mijlpaalEvaluatie — 1 juni 2025');
    expect(card).toHaveTextContent('KennisdomeinenHuiselijk geweld');
    expect(card).toHaveTextContent(/Laatst gewijzigd door admin op 4 maart 2025/);
    expect(within(card).getByText('Geschiedenis')).toBeInTheDocument();
    expect(card).toHaveTextContent('Status: Niet beoordeeld → Op koers');
    expect(await within(card).findByText('Meer meldingen')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Bewerken/ })).not.toBeInTheDocument();
    expect(within(card).queryByLabelText('Signaal of trend')).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Verwijderen/ })).not.toBeInTheDocument();
  });

  it('gives ZVH a "Bewerken" panel that changes the status with a note', async () => {
    const changed = {
      ...theme,
      status: 'AT_RISK',
      history: [
        { __typename: 'ThemeEdit', at: '2025-03-06T08:00:00Z', by: 'zvh1', field: 'status', oldValue: 'ON_TRACK', newValue: 'AT_RISK' },
        ...steering.history,
      ],
    };
    renderPage(
      [
        prioritiesAnswer,
        notesAnswer(),
        {
          request: { query: SetThemeStatusMutation, variables: { code: 'zvh', status: 'AT_RISK', note: 'Capaciteit onder druk' } },
          result: { data: { setThemeStatus: changed } },
        },
        notesAnswer([
          {
            __typename: 'Note',
            id: '2',
            target: 'theme:zvh',
            peildatum: null,
            text: 'Capaciteit onder druk',
            author: 'zvh1',
            createdAt: '2025-03-06T08:00:00Z',
          },
        ]),
      ],
      { ...admin, username: 'zvh1', role: 'ZVH' },
    );
    const card = await screen.findByRole('article', { name: /Zorg- en Veiligheidshuis/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Bewerken: Zorg- en Veiligheidshuis' }));
    const panel = within(card).getByRole('group', { name: 'Prioriteit bewerken: Zorg- en Veiligheidshuis' });
    expect(panel).toHaveFocus();
    expect(within(panel).getByLabelText('Huiselijk geweld')).toBeChecked();
    expect(within(panel).getByLabelText('Ondermijning')).not.toBeChecked();
    fireEvent.change(within(panel).getByLabelText('Status'), { target: { value: 'AT_RISK' } });
    fireEvent.change(within(panel).getByLabelText('Toelichting bij de statuswijziging'), { target: { value: 'Capaciteit onder druk' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByText('Prioriteit "Zorg- en Veiligheidshuis" is opgeslagen.')).toHaveAttribute('role', 'status'));
    expect(within(card).queryByRole('group', { name: /Prioriteit bewerken/ })).not.toBeInTheDocument();
    expect(card).toHaveTextContent('!Risico');
    expect(card).toHaveTextContent('Status: Op koers → Risico');
    expect(await within(card).findByText('Capaciteit onder druk')).toBeInTheDocument();
    expect(within(card).getByLabelText('Signaal of trend')).toBeInTheDocument();
  });
});
