// Training and attendance documents: the trainer's calendar, scheduling, check-in codes, the
// roster, quota compliance, and the officer's schedule, check-in, leave and history.
import { graphql } from "../gql";

export const trainingSessionCardFields = graphql(`
  fragment TrainingSessionCard on TrainingSession {
    id
    title
    kind
    format
    startsAt
    endsAt
    venue
    status
    capacity
    seriesId
    organizer {
      id
      name
    }
    trainer {
      id
      username
      person {
        id
        name
      }
    }
  }
`);

export const trainingCalendarQuery = graphql(`
  query TrainingCalendar($from: DateTime!, $to: DateTime!, $after: String, $kind: TrainingKind) {
    trainingSessions(first: 100, after: $after, from: $from, to: $to, kind: $kind) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TrainingSessionCard
          attendanceSummary {
            expected
            present
            late
          }
        }
      }
    }
  }
`);

export const trainingSessionQuery = graphql(`
  query TrainingSessionDetail($id: ID!) {
    node(id: $id) {
      ... on TrainingSession {
        ...TrainingSessionCard
        description
        cancelReason
        audience {
          categories
          units {
            id
            name
          }
          people {
            id
            name
          }
        }
        attendanceSummary {
          expected
          present
          late
          excused
          absent
          unmarked
          rate
        }
      }
    }
  }
`);

export const trainingRosterQuery = graphql(`
  query TrainingRoster($id: ID!, $after: String) {
    node(id: $id) {
      ... on TrainingSession {
        id
        attendance(first: 100, after: $after) {
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
              person {
                id
                name
                badgeNumber
                category
                unit {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const trainingAttendanceSummaryQuery = graphql(`
  query TrainingAttendanceSummary($id: ID!) {
    node(id: $id) {
      ... on TrainingSession {
        id
        title
        startsAt
        endsAt
        status
        attendanceSummary {
          expected
          present
          late
          excused
          absent
          unmarked
          rate
        }
      }
    }
  }
`);

export const trainingUnitsQuery = graphql(`
  query TrainingUnits($after: String) {
    units(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
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
    }
  }
`);

export const trainingPeopleSearchQuery = graphql(`
  query TrainingPeopleSearch($search: String!) {
    people(first: 20, search: $search) {
      edges {
        node {
          id
          name
          badgeNumber
          category
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export const scheduleSessionMutation = graphql(`
  mutation TrainingScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      session {
        id
        startsAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const scheduleSeriesMutation = graphql(`
  mutation TrainingScheduleSeries($input: ScheduleSeriesInput!) {
    scheduleSeries(input: $input) {
      sessions {
        id
        startsAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const cancelSessionMutation = graphql(`
  mutation TrainingCancelSession($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      session {
        id
        status
        cancelReason
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const openCheckInMutation = graphql(`
  mutation TrainingOpenCheckIn($input: OpenCheckInInput!) {
    openCheckIn(input: $input) {
      code
      expiresAt
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const markAttendanceMutation = graphql(`
  mutation TrainingMarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      attendance {
        id
        status
        note
        checkedInAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const trainingComplianceQuery = graphql(`
  query TrainingCompliance($year: Int!) {
    trainingCompliance(year: $year) {
      year
      units {
        people
        compliant
        onTrack
        atRisk
        nonCompliant
        rate
        unit {
          id
          name
          kind
          parent {
            id
          }
        }
      }
    }
  }
`);

export const trainingCompliancePeopleQuery = graphql(`
  query TrainingCompliancePeople($year: Int!, $unitId: ID, $status: ComplianceStatus, $after: String) {
    trainingCompliance(year: $year, unitId: $unitId) {
      year
      people(first: 50, after: $after, status: $status) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            status
            person {
              id
              name
              badgeNumber
              category
              unit {
                id
                name
              }
            }
            items {
              requirement
              period
              required
              attended
              scheduledRemaining
              status
            }
          }
        }
      }
    }
  }
`);

export const myScheduleQuery = graphql(`
  query TrainingMySchedule($from: DateTime, $to: DateTime) {
    mySchedule(from: $from, to: $to) {
      ...TrainingSessionCard
      myAttendance {
        id
        status
        checkedInAt
        excuseReason
      }
    }
  }
`);

export const checkInMutation = graphql(`
  mutation TrainingCheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      attendance {
        id
        status
        checkedInAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const requestLeaveMutation = graphql(`
  mutation TrainingRequestLeave($input: RequestLeaveInput!) {
    requestLeave(input: $input) {
      attendance {
        id
        status
        excuseReason
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const sessionAttendanceSubscription = graphql(`
  subscription TrainingSessionAttendance($sessionId: ID!) {
    sessionAttendance(sessionId: $sessionId) {
      session {
        id
      }
      summary {
        expected
        present
        late
        excused
        absent
        unmarked
        rate
      }
    }
  }
`);
