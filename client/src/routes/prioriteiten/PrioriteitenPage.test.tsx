import { afterEach, describe, expect, it } from '@jest/globals';
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
    {
      __typename: 'ThemeEdit',
      at: '2025-03-04T09:15:00Z',
      by: 'admin',
      field: 'domains',
      oldValue: null,
      newValue: 'hg, ovd',
      note: null,
    },
    {
      __typename: 'ThemeEdit',
      at: '2025-03-04T09:15:00Z',
      by: 'admin',
      field: 'status',
      oldValue: 'NOT_ASSESSED',
      newValue: 'ON_TRACK',
      note: null,
    },
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

afterEach(() => sessionStorage.clear());

function renderPage(mocks: Mock[], me: SessionUser = admin) {
  return render(
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
    // The history in words: statuses and domains by their names, not their codes.
    expect(card).toHaveTextContent('Status gewijzigd: Niet beoordeeld → Op koers');
    expect(card).toHaveTextContent('Kennisdomeinen gewijzigd: (leeg) → Huiselijk geweld, Ondermijning');
    expect(card).not.toHaveTextContent('hg, ovd');
    expect(await within(card).findByText('Meer meldingen')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Bewerken/ })).not.toBeInTheDocument();
    expect(within(card).queryByLabelText('Signaal of trend')).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Verwijderen/ })).not.toBeInTheDocument();
  });

  const changedTheme = (note: string) => ({
    ...theme,
    status: 'AT_RISK',
    history: [
      { __typename: 'ThemeEdit', at: '2025-03-06T08:00:00Z', by: 'zvh1', field: 'status', oldValue: 'ON_TRACK', newValue: 'AT_RISK', note },
      ...steering.history,
    ],
  });
  const setStatus = (asCommonThread: boolean): Mock => ({
    request: {
      query: SetThemeStatusMutation,
      variables: { code: 'zvh', status: 'AT_RISK', note: 'Capaciteit onder druk', asCommonThread },
    },
    result: { data: { setThemeStatus: changedTheme('Capaciteit onder druk') } },
  });
  const commonThread = {
    __typename: 'Note',
    id: '2',
    target: 'theme:zvh',
    peildatum: null,
    text: 'Capaciteit onder druk',
    author: 'zvh1',
    createdAt: '2025-03-06T08:00:00Z',
  };
  async function changeStatus() {
    const card = await screen.findByRole('article', { name: /Zorg- en Veiligheidshuis/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Bewerken: Zorg- en Veiligheidshuis' }));
    const panel = within(card).getByRole('group', { name: 'Prioriteit bewerken: Zorg- en Veiligheidshuis' });
    fireEvent.change(within(panel).getByLabelText('Status'), { target: { value: 'AT_RISK' } });
    fireEvent.change(within(panel).getByLabelText('Toelichting bij de statuswijziging'), { target: { value: 'Capaciteit onder druk' } });
    return { card, panel };
  }

  it('gives ZVH a "Bewerken" panel whose status note stays with the change, not as a rode draad', async () => {
    renderPage([prioritiesAnswer, notesAnswer(), setStatus(false)], { ...admin, username: 'zvh1', role: 'ZVH' });
    const { card, panel } = await changeStatus();
    expect(panel).toHaveFocus();
    expect(within(panel).getByLabelText('Huiselijk geweld')).toBeChecked();
    expect(within(panel).getByLabelText('Ondermijning')).not.toBeChecked();
    const asThread = within(panel).getByLabelText('Ook als rode draad tonen');
    expect(asThread).not.toBeChecked();
    expect(asThread).toHaveAccessibleDescription(/ook onder "Rode draden" bij deze prioriteit/);
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByText('Prioriteit "Zorg- en Veiligheidshuis" is opgeslagen.')).toHaveAttribute('role', 'status'));
    expect(within(card).queryByRole('group', { name: /Prioriteit bewerken/ })).not.toBeInTheDocument();
    expect(card).toHaveTextContent('!Risico');
    expect(card).toHaveTextContent('Toelichting bij de statusCapaciteit onder druk');
    expect(card).toHaveTextContent('Status gewijzigd: Op koers → Risico — toelichting: “Capaciteit onder druk”');
    expect(within(card).getByRole('region', { name: 'Rode draden' })).toHaveTextContent('Er zijn nog geen rode draden.');
  });

  it('shows the status note as a rode draad as well when ZVH ticks "Ook als rode draad tonen"', async () => {
    renderPage([prioritiesAnswer, notesAnswer(), setStatus(true), notesAnswer([commonThread])], {
      ...admin,
      username: 'zvh1',
      role: 'ZVH',
    });
    const { card, panel } = await changeStatus();
    fireEvent.click(within(panel).getByLabelText('Ook als rode draad tonen'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    const threads = within(card).getByRole('region', { name: 'Rode draden' });
    expect(await within(threads).findByText('Capaciteit onder druk')).toBeInTheDocument();
  });

  it('refuses a status note without a status change, and a rode draad without a note, keeping what was typed', async () => {
    renderPage([prioritiesAnswer, notesAnswer()], { ...admin, username: 'zvh1', role: 'ZVH' });
    const { panel } = await changeStatus();
    fireEvent.change(within(panel).getByLabelText('Status'), { target: { value: 'ON_TRACK' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent('Een toelichting hoort bij een statuswijziging');
    expect(within(panel).getByLabelText('Toelichting bij de statuswijziging')).toHaveValue('Capaciteit onder druk');
    fireEvent.change(within(panel).getByLabelText('Status'), { target: { value: 'AT_RISK' } });
    fireEvent.change(within(panel).getByLabelText('Toelichting bij de statuswijziging'), { target: { value: '' } });
    fireEvent.click(within(panel).getByLabelText('Ook als rode draad tonen'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent('Schrijf een toelichting om die ook als rode draad te tonen');
  });

  it('keeps an unsent rode draad and an unsaved edit for the same user across an expired session', async () => {
    const zvh = { ...admin, username: 'zvh1', role: 'ZVH' as const };
    const first = renderPage([prioritiesAnswer, notesAnswer()], zvh);
    const { card } = await changeStatus();
    fireEvent.change(within(card).getByLabelText('Signaal of trend'), { target: { value: 'Meer meldingen uit Purmerend' } });
    first.unmount(); // the session expired: the app made way for the login page

    const other = renderPage([prioritiesAnswer, notesAnswer()], { ...zvh, username: 'zvh2' });
    const otherCard = await screen.findByRole('article', { name: /Zorg- en Veiligheidshuis/ });
    expect(within(otherCard).getByLabelText('Signaal of trend')).toHaveValue('');
    expect(within(otherCard).queryByRole('group', { name: /Prioriteit bewerken/ })).not.toBeInTheDocument();
    other.unmount();

    renderPage([prioritiesAnswer, notesAnswer()], zvh);
    const again = await screen.findByRole('article', { name: /Zorg- en Veiligheidshuis/ });
    expect(within(again).getByLabelText('Signaal of trend')).toHaveValue('Meer meldingen uit Purmerend');
    expect(again).toHaveTextContent('Uw niet-verzonden notitie is bewaard.');
    // The edit that was not saved opens again, as it was left.
    const panel = within(again).getByRole('group', { name: 'Prioriteit bewerken: Zorg- en Veiligheidshuis' });
    await waitFor(() => expect(panel).toHaveTextContent('Uw niet-opgeslagen wijzigingen zijn bewaard.'));
    expect(within(panel).getByLabelText('Status')).toHaveValue('AT_RISK');
    expect(within(panel).getByLabelText('Toelichting bij de statuswijziging')).toHaveValue('Capaciteit onder druk');
  });
});
