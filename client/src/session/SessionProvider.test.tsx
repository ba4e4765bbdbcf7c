import { useQuery } from '@apollo/client/react';
import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { Layout } from '../components/Layout';
import { graphql } from '../generated';
import { admin, graphqlError, realDeployment, signInOptions, TestProviders, type Mock } from '../test-support/apollo';
import { createExpirySignal } from './expiry';
import { SessionProvider } from './SessionProvider';
import { LoginMutation, LogoutMutation, MeQuery, ProviderLogoutQuery, SignInStepQuery } from './sessionQueries';

/** Asks for more than `Me` brings along (region code and name), so that it goes to the server. */
const RegionQuery = graphql(`
  query TestRegion {
    region {
      code
      name
      municipalities {
        code
      }
    }
  }
`);

/** Stands in for a view: one query, its name when it is there. */
function Dashboard() {
  const { data } = useQuery(RegionQuery);
  return (
    <Layout>
      <p>Inhoud {data?.region.name}</p>
    </Layout>
  );
}

const unauthenticated = graphqlError('Niet ingelogd.', 'UNAUTHENTICATED');
const meAnonymous: Mock = { request: { query: MeQuery }, result: unauthenticated };
const serverRegion = (name: string) => ({ __typename: 'Region' as const, code: 'regio', name });
const meAdmin: Mock = {
  request: { query: MeQuery },
  result: { data: { me: admin, region: serverRegion('Zaanstreek-Waterland'), deployment: realDeployment } },
};
const loginAdmin: Mock = {
  request: { query: LoginMutation, variables: { username: 'admin', password: 'een-sterk-wachtwoord' } },
  result: { data: { login: { __typename: 'SignInStep', next: 'NONE', methods: [], required: true, user: admin } } },
};
/** The login page asks whether a sign-in waits for its second step: here never. */
const noPendingSignIn: Mock = { request: { query: SignInStepQuery }, result: { data: { signInStep: null } }, maxUsageCount: 10 };
const region = (result: Mock['result']): Mock => ({ request: { query: RegionQuery }, result });

/** A local session: no logout at a provider to offer. */
const noProviderLogout: Mock = {
  request: { query: ProviderLogoutQuery },
  result: { data: { providerLogout: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderApp(mocks: Mock[]) {
  const expiry = createExpirySignal();
  render(
    <TestProviders mocks={[noPendingSignIn, ...mocks, signInOptions(), noProviderLogout]} onUnauthenticated={expiry.notify}>
      <SessionProvider expiry={expiry}>
        <Dashboard />
      </SessionProvider>
    </TestProviders>,
  );
}

describe('SessionProvider', () => {
  it('shows the login page without navigation when the server answers UNAUTHENTICATED, and the app after login', async () => {
    renderApp([
      meAnonymous,
      loginAdmin,
      meAdmin,
      region({ data: { region: { __typename: 'Region', code: 'ZAWA', name: 'Zaanstreek-Waterland', municipalities: [] } } }),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Inhoud/)).not.toBeInTheDocument();
    expect(screen.queryByText('Uw sessie is verlopen. Log opnieuw in.')).not.toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Gebruikersnaam'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'een-sterk-wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText('Inhoud Zaanstreek-Waterland')).toBeInTheDocument();
    expect(screen.getByText('Ingelogd als admin (Beheerder)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeInTheDocument();
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Beheer' })).toHaveAttribute('href', '/beheer/import');
  });

  it('"Uitloggen" ends the session on the server and shows the login page again', async () => {
    const regionData = { data: { region: { __typename: 'Region', code: 'ZAWA', name: 'Zaanstreek-Waterland', municipalities: [] } } };
    renderApp([meAdmin, region(regionData), { request: { query: LogoutMutation }, result: { data: { logout: true } } }, meAnonymous]);
    fireEvent.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.queryByText(/Ingelogd als/)).not.toBeInTheDocument();
    expect(screen.queryByText('Uw sessie is verlopen. Log opnieuw in.')).not.toBeInTheDocument();
  });

  it("after logging out of a single sign-on session, offers the logout at the organisation's provider", async () => {
    const regionData = { data: { region: { __typename: 'Region', code: 'ZAWA', name: 'Zaanstreek-Waterland', municipalities: [] } } };
    const url = 'https://login.example.org/logout?client_id=zv&post_logout_redirect_uri=https%3A%2F%2Fzv.example.org';
    renderApp([
      meAdmin,
      region(regionData),
      {
        request: { query: ProviderLogoutQuery },
        result: { data: { providerLogout: { __typename: 'ProviderLogout', label: 'Gemeente Zaanstad (Entra ID)', url } } },
      },
      { request: { query: LogoutMutation }, result: { data: { logout: true } } },
      meAnonymous,
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    const link = await screen.findByRole('link', { name: 'Ook afmelden bij Gemeente Zaanstad (Entra ID)' });
    expect(link).toHaveAttribute('href', url);
    expect(screen.getByText(/U bent uitgelogd bij het dashboard/)).toBeInTheDocument();
  });

  it('shows a loading status first', () => {
    renderApp([meAdmin]);
    expect(screen.getByRole('status')).toHaveTextContent('Gegevens laden…');
  });

  it('switches to the login page with "Uw sessie is verlopen" when a query of the app answers UNAUTHENTICATED', async () => {
    renderApp([meAdmin, region(unauthenticated)]);
    expect(await screen.findByText('Uw sessie is verlopen. Log opnieuw in.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.queryByText(/Ingelogd als/)).not.toBeInTheDocument();
  });

  it('names in the header the region the server serves, as the API states it', async () => {
    const regionData = { data: { region: { __typename: 'Region', code: 'ZAWA', name: 'Zaanstreek-Waterland', municipalities: [] } } };
    renderApp([
      { request: { query: MeQuery }, result: { data: { me: admin, region: serverRegion('Regio 21'), deployment: realDeployment } } },
      region(regionData),
    ]);
    expect(await screen.findByText('Regio 21', { selector: '.zv-header__region' })).toBeInTheDocument();
  });

  it('says that the server is not reachable when `me` gets no answer', async () => {
    renderApp([{ request: { query: MeQuery }, error: new Error('Failed to fetch') }]);
    expect(await screen.findByRole('alert')).toHaveTextContent('niet bereikbaar');
  });
});
