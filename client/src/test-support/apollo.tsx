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

/** The login page's question how to sign in, answered "passwords, no single sign-on" as often as it is asked. */
export function signInOptions(providers: { id: string; label: string }[] = [], passwordLogin = true): Mock {
  return {
    request: { query: SignInOptionsQuery },
    result: {
      data: {
        signInOptions: {
          __typename: 'SignInOptions',
          passwordLogin,
          providers: providers.map((p) => ({ __typename: 'SignInProvider', ...p })),
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
