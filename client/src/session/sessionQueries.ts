import { graphql } from '../generated';

/** What the dashboard needs to know of the logged-in user. */
export const SessionUserFields = graphql(`
  fragment SessionUserFields on User {
    username
    role
    active
    municipality {
      code
      name
    }
    signInProvider {
      id
      label
    }
  }
`);

/** Who is logged in, and the region this server serves (one database may hold several). */
export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
    region {
      code
      name
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      ...SessionUserFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** How people sign in here: the single sign-on providers, and whether passwords are on (public). */
export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      passwordLogin
      providers {
        id
        label
      }
    }
  }
`);

/** The identity provider's own logout for this single sign-on session; asked just before logging out. */
export const ProviderLogoutQuery = graphql(`
  query ProviderLogout {
    providerLogout {
      label
      url
    }
  }
`);
