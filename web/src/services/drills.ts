// Drills documents: the list, a drill with its rubric, scores and comments (live), evaluation,
// the after-action report and corrective actions. Operation names start with "Drill" or
// "Action" so they stay unique across the client.
import { graphql } from "../gql";

export const drillsListQuery = graphql(`
  query DrillsList($status: DrillStatus, $first: Int, $after: String) {
    drills(status: $status, first: $first, after: $after) {
      edges {
        node {
          id
          title
          type
          status
          scheduledAt
          location
          startedAt
          completedAt
          reviewedAt
          unreadCommentCount
          organizer {
            id
            name
          }
          participants {
            role
            unit {
              id
              name
            }
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

export const drillCommentFields = graphql(`
  fragment DrillCommentFields on DrillComment {
    id
    body
    isReview
    taskKey
    createdAt
    editedAt
    author {
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
    parent {
      id
    }
  }
`);

export const drillDetailQuery = graphql(`
  query DrillDetail($id: ID!) {
    node(id: $id) {
      ... on Drill {
        id
        title
        type
        status
        scenarioKey
        scheduledAt
        location
        startedAt
        completedAt
        reviewedAt
        unreadCommentCount
        organizer {
          id
          name
        }
        participants {
          role
          unit {
            id
            name
          }
        }
        rubric {
          key
          title
          maxPoints
          tasks {
            key
            title
            maxPoints
            criteria
          }
        }
        coordination {
          key
          title
          maxPoints
          tasks {
            key
            title
            maxPoints
            criteria
          }
        }
      }
    }
    drillCommentsList(drillId: $id) {
      ...DrillCommentFields
    }
  }
`);

// Only userErrors: a Drill in the result would make urql refetch every query holding drills.
export const markDrillCommentsReadMutation = graphql(`
  mutation DrillMarkCommentsRead($input: MarkDrillCommentsReadInput!) {
    markDrillCommentsRead(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const drillScoresQuery = graphql(`
  query DrillScores($id: ID!) {
    drillReport(drillId: $id) {
      score
      maxScore
      units {
        score
        maxScore
        evaluators
        unit {
          id
          name
        }
        sections {
          key
          title
          score
          maxScore
        }
      }
      coordination {
        score
        maxScore
        evaluators
        sections {
          key
          title
          score
          maxScore
        }
      }
    }
  }
`);

export const drillCommentsSubscription = graphql(`
  subscription DrillCommentsLive($drillId: ID!) {
    drillComments(drillId: $drillId) {
      ...DrillCommentFields
    }
  }
`);

export const addDrillCommentMutation = graphql(`
  mutation DrillAddComment($input: AddDrillCommentInput!) {
    addDrillComment(input: $input) {
      comment {
        ...DrillCommentFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const editDrillCommentMutation = graphql(`
  mutation DrillEditComment($input: EditDrillCommentInput!) {
    editDrillComment(input: $input) {
      comment {
        ...DrillCommentFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const actionItemFields = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    title
    description
    source
    status
    dueDate
    evidence
    completedAt
    overdue
    ownerUnit {
      id
      name
    }
    assignee {
      id
      name
    }
  }
`);

export const createActionItemMutation = graphql(`
  mutation ActionCreateItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      actionItem {
        ...ActionItemFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const updateActionItemMutation = graphql(`
  mutation ActionUpdateItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      actionItem {
        ...ActionItemFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const actionItemsQuery = graphql(`
  query ActionItemsList($status: ActionStatus, $overdue: Boolean, $first: Int, $after: String) {
    actionItems(status: $status, overdue: $overdue, first: $first, after: $after) {
      edges {
        node {
          ...ActionItemFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const drillReportQuery = graphql(`
  query DrillReportPage($id: ID!) {
    drillReport(drillId: $id) {
      drill {
        id
        title
        type
        status
        scheduledAt
        location
        startedAt
        completedAt
        reviewedAt
        organizer {
          id
          name
        }
        participants {
          role
          unit {
            id
            name
          }
        }
      }
      score
      maxScore
      units {
        score
        maxScore
        evaluators
        unit {
          id
          name
        }
        sections {
          key
          title
          score
          maxScore
        }
      }
      coordination {
        score
        maxScore
        evaluators
        sections {
          key
          title
          score
          maxScore
        }
      }
      strengths {
        key
        title
        maxPoints
      }
      areasForImprovement {
        key
        title
        maxPoints
      }
      observations
      comments {
        ...DrillCommentFields
      }
      actionItems {
        ...ActionItemFields
      }
    }
  }
`);

export const drillEvaluationQuery = graphql(`
  query DrillEvaluation($id: ID!) {
    node(id: $id) {
      ... on Drill {
        id
        title
        status
        participants {
          role
          unit {
            id
            name
          }
        }
        rubric {
          key
          title
          maxPoints
          tasks {
            key
            title
            maxPoints
            criteria
          }
        }
        coordination {
          key
          title
          maxPoints
          tasks {
            key
            title
            maxPoints
            criteria
          }
        }
        myRatings {
          taskKey
          points
          rating
          note
          unit {
            id
          }
        }
      }
    }
  }
`);

export const submitDrillEvaluationMutation = graphql(`
  mutation DrillSubmitEvaluation($input: SubmitDrillEvaluationInput!) {
    submitDrillEvaluation(input: $input) {
      ratings {
        taskKey
        points
        rating
        note
        unit {
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
