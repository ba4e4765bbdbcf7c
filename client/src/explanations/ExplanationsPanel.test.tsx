import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SessionContext, type SessionUser } from '../session/SessionContext';
import { graphqlError, TestProviders, type Mock } from '../test-support/apollo';
import { AddExplanationMutation, ExplanationDomainsQuery, ExplanationsQuery } from './explanationQueries';
import { ExplanationsPanel } from './ExplanationsPanel';

const zvh: SessionUser & { __typename: 'User' } = {
  __typename: 'User',
  username: 'zvh',
  role: 'ZVH',
  active: true,
  municipality: null,
  signInProvider: null,
};
const purmerend: SessionUser & { __typename: 'User' } = {
  ...zvh,
  username: 'purmerend',
  role: 'GEMEENTE',
  municipality: { __typename: 'Municipality', code: 'GM0439', name: 'Purmerend' },
};

const count = (code: string, name: string, n: number | null, suppressed = false) => ({
  __typename: 'DomainCaseCount',
  domain: { __typename: 'KnowledgeDomain', code, name },
  count: n,
  suppressed,
});
const ofMunicipality = (code: string, byDomain: object[]) => ({
  __typename: 'MunicipalityCaseCount',
  municipality: { __typename: 'Municipality', code },
  byDomain,
});

/** 2024-06-01 is broken down by domain (Zaanstad's row too, Purmerend's hidden "Radicalisering"); 2023-02-01 is not. */
const domainsAt = (peildatum: string): Mock => ({
  request: { query: ExplanationDomainsQuery, variables: { peildatum } },
  result: {
    data: {
      caseload: {
        __typename: 'CaseloadSnapshot',
        peildatum,
        byDomain: peildatum === '2024-06-01' ? [count('hg', 'Huiselijk geweld', 31), count('rad', 'Radicalisering', 4)] : [],
        byMunicipality:
          peildatum === '2024-06-01'
            ? [
                ofMunicipality('GM0479', [count('hg', 'Huiselijk geweld', 20), count('rad', 'Radicalisering', 3)]),
                ofMunicipality('GM0439', [count('hg', 'Huiselijk geweld', 11), count('rad', 'Radicalisering', null, true)]),
              ]
            : [],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const added = {
  __typename: 'Explanation',
  id: '9',
  peildatum: '2024-06-01',
  figure: 'CASES_PER_DOMAIN',
  municipality: null,
  domain: { __typename: 'KnowledgeDomain', code: 'rad', name: 'Radicalisering' },
  text: 'Twee nieuwe casussen.',
  version: 1,
};

const listed = (explanations: object[]): Mock => ({ request: { query: ExplanationsQuery }, result: { data: { explanations } } });

const countDates = [
  { peildatum: '2023-02-01', label: '1 februari 2023' },
  { peildatum: '2024-06-01', label: '1 juni 2024' },
];

function renderPanel(mocks: Mock[], me: SessionUser, municipality?: { code: string; name: string }) {
  render(
    <TestProviders mocks={mocks}>
      <SessionContext.Provider value={{ user: me, regionName: 'Zaanstreek-Waterland', logout: async () => undefined }}>
        <ExplanationsPanel
          countDates={countDates}
          municipality={municipality}
          municipalities={[
            { code: 'GM0439', name: 'Purmerend' },
            { code: 'GM0479', name: 'Zaanstad' },
          ]}
        />
      </SessionContext.Provider>
    </TestProviders>,
  );
}

const form = () => within(screen.getByRole('heading', { name: 'Een cijfer toelichten' }).closest('form')!);
const figureOptions = () =>
  within(form().getByLabelText('Cijfer'))
    .getAllByRole('option')
    .map((o) => (o as HTMLOptionElement).value);

describe('the form of an explanation per knowledge domain', () => {
  it('offers the figure only at a count date broken down by domain, then a domain select, and sends domainCode', async () => {
    const add: Mock = {
      request: {
        query: AddExplanationMutation,
        variables: {
          input: {
            peildatum: '2024-06-01',
            figure: 'CASES_PER_DOMAIN',
            municipalityCode: null,
            domainCode: 'rad',
            text: 'Twee nieuwe casussen.',
          },
        },
      },
      result: { data: { addExplanation: added } },
    };
    renderPanel([listed([]), domainsAt('2024-06-01'), domainsAt('2023-02-01'), add, listed([added])], zvh);

    await waitFor(() => expect(figureOptions()).toContain('CASES_PER_DOMAIN'));
    expect(form().queryByLabelText('Kennisdomein')).toBeNull();

    // Not at a count date without a split by domain.
    fireEvent.change(form().getByLabelText('Bij peildatum'), { target: { value: '2023-02-01' } });
    await waitFor(() => expect(figureOptions()).not.toContain('CASES_PER_DOMAIN'));
    fireEvent.change(form().getByLabelText('Bij peildatum'), { target: { value: '2024-06-01' } });
    await waitFor(() => expect(figureOptions()).toContain('CASES_PER_DOMAIN'));

    fireEvent.change(form().getByLabelText('Cijfer'), { target: { value: 'CASES_PER_DOMAIN' } });
    const domain = form().getByLabelText('Kennisdomein');
    const options = within(domain).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Huiselijk geweld', 'Radicalisering']);
    expect(options.every((o) => o.getAttribute('lang') === 'nl')).toBe(true);

    fireEvent.change(domain, { target: { value: 'rad' } });
    fireEvent.change(form().getByLabelText('Toelichting'), { target: { value: 'Twee nieuwe casussen.' } });
    fireEvent.click(form().getByRole('button', { name: 'Toelichting toevoegen' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('De toelichting is toegevoegd.'));
    const item = await screen.findByText('Twee nieuwe casussen.');
    const place = item.closest('li')!.querySelector('.zv-explanations__place')!;
    expect(place).toHaveTextContent('1 juni 2024 · Casussen per kennisdomein · regio · Radicalisering');
    expect(within(place as HTMLElement).getByText('Radicalisering')).toHaveAttribute('lang', 'nl');
  });

  it("offers a GEMEENTE user only its own municipality's domains it sees counted", async () => {
    renderPanel([listed([]), domainsAt('2024-06-01')], purmerend, { code: 'GM0439', name: 'Purmerend' });
    await waitFor(() => expect(figureOptions()).toEqual(['RUNNING_CASES', 'CASES_PER_10K', 'SHARE_OF_REGION', 'CASES_PER_DOMAIN']));
    fireEvent.change(form().getByLabelText('Cijfer'), { target: { value: 'CASES_PER_DOMAIN' } });
    expect(
      within(form().getByLabelText('Kennisdomein'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Huiselijk geweld']);
  });

  it('shows the server’s refusal and keeps what was typed', async () => {
    const refused: Mock = {
      request: {
        query: AddExplanationMutation,
        variables: {
          input: { peildatum: '2024-06-01', figure: 'CASES_PER_DOMAIN', municipalityCode: 'GM0479', domainCode: 'hg', text: 'Tekst.' },
        },
      },
      result: graphqlError('De telling van 2024-06-01 is niet voor deze gemeente per kennisdomein uitgesplitst.', 'BAD_USER_INPUT'),
    };
    renderPanel([listed([]), domainsAt('2024-06-01'), refused], zvh);
    fireEvent.change(form().getByLabelText('Van'), { target: { value: 'GM0479' } });
    await waitFor(() => expect(figureOptions()).toContain('CASES_PER_DOMAIN'));
    fireEvent.change(form().getByLabelText('Cijfer'), { target: { value: 'CASES_PER_DOMAIN' } });
    fireEvent.change(form().getByLabelText('Toelichting'), { target: { value: 'Tekst.' } });
    fireEvent.click(form().getByRole('button', { name: 'Toelichting toevoegen' }));
    const alert = await screen.findByText(/niet voor deze gemeente per kennisdomein uitgesplitst/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(form().getByLabelText('Toelichting')).toHaveValue('Tekst.');
  });
});
