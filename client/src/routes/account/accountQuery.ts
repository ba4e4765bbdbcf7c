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

export const RemovePasskeyMutation = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id)
  }
`);
