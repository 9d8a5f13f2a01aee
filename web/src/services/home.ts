// Home page documents, one query per role's section.
import { graphql } from "../gql";

export const homeOfficerQuery = graphql(`
  query HomeOfficer($from: DateTime!, $to: DateTime!, $year: Int!) {
    mySchedule(from: $from, to: $to) {
      id
      title
      kind
      format
      startsAt
      endsAt
      venue
      status
      myAttendance {
        id
        status
      }
    }
    exams(status: OPEN, first: 20) {
      edges {
        node {
          id
          title
          closesAt
          durationMinutes
          practice
          maxAttempts
          myResult
        }
      }
    }
    unreadDrillComments(first: 6) {
      id
      body
      isReview
      createdAt
      author {
        id
        username
        person {
          id
          name
        }
      }
      drill {
        id
        title
      }
    }
    myPoints(year: $year) {
      dimension
      points
    }
  }
`);

export const homeTrainerQuery = graphql(`
  query HomeTrainer($from: DateTime!, $to: DateTime!, $year: Int!) {
    trainingSessions(from: $from, to: $to, first: 50) {
      edges {
        node {
          id
          title
          startsAt
          endsAt
          venue
          status
          organizer {
            id
            name
          }
          attendanceSummary {
            expected
            present
            late
          }
        }
      }
    }
    exams(status: OPEN, first: 20) {
      edges {
        node {
          id
          title
          closesAt
          practice
          progress {
            audience
            started
            submitted
          }
        }
      }
    }
    trainingCompliance(year: $year) {
      year
      units {
        people
        compliant
        atRisk
        nonCompliant
      }
    }
  }
`);

export const homeLeaderQuery = graphql(`
  query HomeLeader($year: Int!) {
    inProgress: drills(status: IN_PROGRESS, first: 20) {
      edges {
        node {
          id
          title
          scheduledAt
          startedAt
          location
          unreadCommentCount
          organizer {
            id
            name
          }
        }
      }
    }
    toReview: drills(status: COMPLETED, first: 20) {
      edges {
        node {
          id
          title
          completedAt
          unreadCommentCount
          organizer {
            id
            name
          }
        }
      }
    }
    overdue: actionItems(overdue: true, first: 20) {
      edges {
        node {
          id
          title
          dueDate
          status
          ownerUnit {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
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
        }
      }
    }
  }
`);

export const homeEvaluatorQuery = graphql(`
  query HomeEvaluator {
    inProgress: drills(status: IN_PROGRESS, first: 20) {
      edges {
        node {
          id
          title
          scheduledAt
          location
          myRatings {
            taskKey
          }
          organizer {
            id
            name
          }
        }
      }
    }
    completed: drills(status: COMPLETED, first: 20) {
      edges {
        node {
          id
          title
          completedAt
          myRatings {
            taskKey
          }
          organizer {
            id
            name
          }
        }
      }
    }
    planned: drills(status: PLANNED, first: 20) {
      edges {
        node {
          id
          title
          scheduledAt
          location
          organizer {
            id
            name
          }
        }
      }
    }
  }
`);
