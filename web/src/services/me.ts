// The officer's own record: points by dimension, the ledger events behind them, exams taken, attendance.
import { graphql } from "../gql";

export const meRecordPointsQuery = graphql(`
  query MeRecordPoints($year: Int!) {
    myPoints(year: $year) {
      dimension
      points
    }
  }
`);

export const meScoreEventsQuery = graphql(`
  query MeScoreEvents($first: Int, $after: String, $year: Int, $dimension: Dimension) {
    myScoreEvents(first: $first, after: $after, year: $year, dimension: $dimension) {
      edges {
        node {
          id
          dimension
          points
          occurredAt
          reason
          sourceType
          kind
          reverses
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const meAttemptsQuery = graphql(`
  query MeAttempts($first: Int, $after: String) {
    myAttempts(first: $first, after: $after) {
      edges {
        node {
          id
          status
          number
          startedAt
          submittedAt
          score
          maxScore
          passed
          exam {
            id
            title
            practice
            passScore
            resultsReleased
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
