import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { authErrorLink, createCache } from '../apollo';
import { LanguageProvider } from '../i18n/LanguageContext';
import type { SessionUser } from '../session/SessionContext';
import { SignInOptionsQuery } from '../session/sessionQueries';

export type Mock = MockLink.MockedResponse;

/** A GraphQL error answer as the server gives it. */
export function graphqlError(message: string, code: string) {
  return { errors: [new GraphQLError(message, { extensions: { code } })] };
}

export const admin: SessionUser & { __typename: 'User' } = {
  __typename: 'User',
  username: 'admin',
  role: 'BEHEERDER',
  active: true,
  municipality: null,
  signInProvider: null,
};

/** A real deployment, as `me` and the login page learn it: no demonstration (decision 0023). */
export const realDeployment = { __typename: 'Deployment', demonstration: false } as const;

/** The login page's question how to sign in, answered "passwords, no single sign-on" as often as it is asked. */
export function signInOptions(
  providers: { id: string; label: string }[] = [],
  passwordLogin = true,
  demoAccounts: { username: string; password: string; role: string; municipalityName: string | null }[] = [],
): Mock {
  return {
    request: { query: SignInOptionsQuery },
    result: {
      data: {
        signInOptions: {
          __typename: 'SignInOptions',
          passwordLogin,
          providers: providers.map((p) => ({ __typename: 'SignInProvider', ...p })),
        },
        deployment: {
          ...realDeployment,
          demonstration: demoAccounts.length > 0,
          demoAccounts: demoAccounts.map((a) => ({ __typename: 'DemoAccount', ...a })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/**
 * The app's cache and error link over mocked answers, in Dutch. `onUnauthenticated` is what the
 * real client tells the SessionProvider.
 */
export function TestProviders({
  mocks,
  onUnauthenticated,
  children,
}: {
  mocks: Mock[];
  onUnauthenticated?: () => void;
  children: ReactNode;
}) {
  const link = ApolloLink.from([authErrorLink(onUnauthenticated ?? (() => undefined)), new MockLink(mocks)]);
  return (
    <MockedProvider link={link} cache={createCache()}>
      <LanguageProvider lang="nl">{children}</LanguageProvider>
    </MockedProvider>
  );
}
