// The officer's own record: attendance history.
import { graphql } from "../gql";

export const attendanceHistoryQuery = graphql(`
  query MeAttendanceHistory($after: String) {
    attendanceHistory(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          checkedInAt
          note
          excuseReason
          session {
            id
            title
            kind
            format
            startsAt
            endsAt
            venue
            status
          }
        }
      }
    }
  }
`);
