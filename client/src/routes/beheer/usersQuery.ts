import { graphql } from '../../generated';

export const UserRowFields = graphql(`
  fragment UserRowFields on User {
    username
    role
    active
    lastLoginAt
    activeSessions
    secondFactors
    signInProvider {
      id
      label
    }
    municipality {
      code
      name
    }
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users {
      ...UserRowFields
    }
    municipalities {
      code
      name
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRowFields
    }
  }
`);

export const SetUserRoleMutation = graphql(`
  mutation SetUserRole($username: String!, $role: Role!, $municipalityCode: ID) {
    setUserRole(username: $username, role: $role, municipalityCode: $municipalityCode) {
      ...UserRowFields
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($username: String!) {
    deactivateUser(username: $username) {
      ...UserRowFields
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($username: String!) {
    reactivateUser(username: $username) {
      ...UserRowFields
    }
  }
`);

export const EndSessionsMutation = graphql(`
  mutation EndSessions($username: String!) {
    endSessions(username: $username)
  }
`);

export const UnlockLoginsMutation = graphql(`
  mutation UnlockLogins($username: String!) {
    unlockLogins(username: $username)
  }
`);

export const ResetSecondFactorMutation = graphql(`
  mutation ResetSecondFactor($username: String!) {
    resetSecondFactor(username: $username)
  }
`);
