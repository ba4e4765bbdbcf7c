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
