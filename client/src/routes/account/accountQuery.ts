import { graphql } from '../../generated';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      current
      method
      provider
      createdAt
      lastUsedAt
      client
      address
    }
  }
`);

export const EndMySessionMutation = graphql(`
  mutation EndMySession($id: ID!) {
    endMySession(id: $id)
  }
`);

export const EndMyOtherSessionsMutation = graphql(`
  mutation EndMyOtherSessions {
    endMyOtherSessions
  }
`);

/** The caller's second factors, and whether the role requires one. */
export const MySecondFactorsQuery = graphql(`
  query MySecondFactors {
    me {
      username
      secondFactors
    }
    signInStep {
      required
    }
  }
`);

export const MyPasskeysQuery = graphql(`
  query MyPasskeys {
    myPasskeys {
      id
      name
      createdAt
      lastUsedAt
      backedUp
    }
  }
`);

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`);

export const RemoveTotpMutation = graphql(`
  mutation RemoveTotp {
    removeTotp
  }
`);

export const RemovePasskeyMutation = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id)
  }
`);
