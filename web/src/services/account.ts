// Account documents: who is logged in, login, password change.
// Convention for every src/services/<domain>.ts: `export const <camelCaseName> = graphql(...)`.
// Never name the constant `<Name>Document`: the build turns each graphql() call into an import of
// the generated `<Name>Document`, and the two names would clash.
import { graphql } from "../gql";

export const meQuery = graphql(`
  query Me {
    me {
      id
      username
      roles
      person {
        id
        name
        unit {
          id
          name
        }
      }
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        id
        username
        roles
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      token
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
