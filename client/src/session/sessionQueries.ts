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
    deployment {
      demonstration
    }
  }
`);

/** Where a sign-in stands after the password, or after a second step. */
export const SignInStepFields = graphql(`
  fragment SignInStepFields on SignInStep {
    next
    methods
    required
    user {
      ...SessionUserFields
    }
  }
`);

/** A sign-in still waiting for its second step (after a reload); null without any session. */
export const SignInStepQuery = graphql(`
  query SignInStep {
    signInStep {
      ...SignInStepFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      ...SignInStepFields
    }
  }
`);

export const VerifyTotpMutation = graphql(`
  mutation VerifyTotp($code: String!) {
    verifyTotp(code: $code) {
      ...SignInStepFields
    }
  }
`);

export const UseRecoveryCodeMutation = graphql(`
  mutation UseRecoveryCode($code: String!) {
    useRecoveryCode(code: $code) {
      remaining
      step {
        ...SignInStepFields
      }
    }
  }
`);

export const StartTotpEnrolmentMutation = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      uri
      qrSvg
      secret
    }
  }
`);

export const ConfirmTotpEnrolmentMutation = graphql(`
  mutation ConfirmTotpEnrolment($code: String!) {
    confirmTotpEnrolment(code: $code)
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
    deployment {
      demonstration
      demoAccounts {
        username
        password
        role
        municipalityName
      }
    }
  }
`);

/** Whether this server shows the demonstration (npm run demo): every page then says so (decision 0023). */
export const DeploymentQuery = graphql(`
  query Deployment {
    deployment {
      demonstration
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
