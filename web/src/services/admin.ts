// Admin documents: units, people, accounts and roles, the audit log.
import { graphql } from "../gql";

export const adminUnitsQuery = graphql(`
  query AdminUnits($first: Int, $after: String) {
    units(first: $first, after: $after) {
      edges {
        node {
          id
          name
          kind
          parent {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const adminCreateUnitMutation = graphql(`
  mutation AdminCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      unit {
        id
        name
        kind
        parent {
          id
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const adminUpdateUnitMutation = graphql(`
  mutation AdminUpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      unit {
        id
        name
        kind
        parent {
          id
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const adminPeopleQuery = graphql(`
  query AdminPeople(
    $first: Int
    $after: String
    $unitId: ID
    $category: PersonCategory
    $search: String
    $includeInactive: Boolean!
  ) {
    people(
      first: $first
      after: $after
      unitId: $unitId
      category: $category
      search: $search
      includeInactive: $includeInactive
    ) {
      edges {
        node {
          id
          name
          category
          badgeNumber
          phone
          active
          unit {
            id
            name
          }
          account {
            id
            username
            roles
            active
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const adminCreatePersonMutation = graphql(`
  mutation AdminCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      person {
        id
        name
        category
        badgeNumber
        phone
        active
        unit {
          id
          name
        }
        account {
          id
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const adminUpdatePersonMutation = graphql(`
  mutation AdminUpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      person {
        id
        name
        category
        badgeNumber
        phone
        active
        unit {
          id
          name
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const adminUsersQuery = graphql(`
  query AdminUsers($first: Int, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      edges {
        node {
          id
          username
          roles
          active
          person {
            id
            name
            unit {
              id
              name
            }
          }
          scopeUnit {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const adminCreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        username
        roles
        active
        person {
          id
          name
          account {
            id
          }
        }
        scopeUnit {
          id
          name
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const adminUpdateUserMutation = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        username
        roles
        active
        person {
          id
          name
        }
        scopeUnit {
          id
          name
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const adminDeactivateUserMutation = graphql(`
  mutation AdminDeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      user {
        id
        active
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const adminResetPasswordMutation = graphql(`
  mutation AdminResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const adminPersonOptionsQuery = graphql(`
  query AdminPersonOptions($search: String) {
    people(first: 20, search: $search) {
      edges {
        node {
          id
          name
          badgeNumber
          unit {
            id
            name
          }
          account {
            id
          }
        }
      }
    }
  }
`);

export const adminAuditLogQuery = graphql(`
  query AdminAuditLog($first: Int, $after: String, $operation: String, $userId: ID) {
    auditLog(first: $first, after: $after, operation: $operation, userId: $userId, newestFirst: true) {
      edges {
        node {
          id
          username
          operation
          objectType
          objectId
          input
          succeeded
          errorCodes
          requestId
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
