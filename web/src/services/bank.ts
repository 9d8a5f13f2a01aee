// The question bank and the exam builder (trainers): GraphQL documents of the `bank` pages.
import { graphql } from "../gql";

export const bankQuestionFields = graphql(`
  fragment BankQuestionFields on Question {
    id
    category
    type
    stem
    options {
      key
      text
    }
    answer
    explanation
    difficulty
    reference
    tags
    active
    version
    isCurrent
  }
`);

export const bankQuestionsQuery = graphql(`
  query BankQuestions(
    $first: Int
    $after: String
    $category: String
    $type: QuestionType
    $difficulty: Int
    $search: String
    $includeRetired: Boolean!
  ) {
    questions(
      first: $first
      after: $after
      category: $category
      type: $type
      difficulty: $difficulty
      search: $search
      includeRetired: $includeRetired
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...BankQuestionFields
        }
      }
    }
  }
`);

export const bankCategoryCountsQuery = graphql(`
  query BankCategoryCounts($type: QuestionType, $difficulty: Int) {
    questionCategoryCounts(type: $type, difficulty: $difficulty) {
      category
      ownCount
      count
    }
  }
`);

export const bankCreateQuestionMutation = graphql(`
  mutation BankCreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      question {
        ...BankQuestionFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const bankUpdateQuestionMutation = graphql(`
  mutation BankUpdateQuestion($input: UpdateQuestionInput!) {
    updateQuestion(input: $input) {
      question {
        ...BankQuestionFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const bankRetireQuestionMutation = graphql(`
  mutation BankRetireQuestion($input: RetireQuestionInput!) {
    retireQuestion(input: $input) {
      question {
        ...BankQuestionFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const bankCorrectAnswerKeyMutation = graphql(`
  mutation BankCorrectAnswerKey($input: CorrectAnswerKeyInput!) {
    correctAnswerKey(input: $input) {
      question {
        ...BankQuestionFields
      }
      regradedAttempts
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const bankImportQuestionsMutation = graphql(`
  mutation BankImportQuestions($input: ImportQuestionsInput!) {
    importQuestions(input: $input) {
      imported
      rejected
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const bankExamFields = graphql(`
  fragment BankExamFields on Exam {
    id
    title
    opensAt
    closesAt
    durationMinutes
    passScore
    maxAttempts
    gradingMethod
    shuffleQuestions
    shuffleOptions
    releaseResults
    partialCredit
    practice
    cancelledAt
    cancelReason
    status
    resultsReleased
    paper {
      category
      type
      difficulty
      count
      points
      question {
        id
        stem
        type
        category
        difficulty
      }
    }
    audience {
      units {
        id
      }
      categories
      people {
        id
        name
        unit {
          name
        }
      }
    }
  }
`);

export const bankExamsQuery = graphql(`
  query BankExams($first: Int, $after: String, $status: ExamStatus) {
    exams(first: $first, after: $after, status: $status) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...BankExamFields
          progress {
            audience
            started
            inProgress
            submitted
          }
        }
      }
    }
  }
`);

export const bankExamQuery = graphql(`
  query BankExam($id: ID!) {
    node(id: $id) {
      ... on Exam {
        ...BankExamFields
        progress {
          audience
          started
          inProgress
          submitted
        }
      }
    }
  }
`);

export const bankCreateExamMutation = graphql(`
  mutation BankCreateExam($input: CreateExamInput!) {
    createExam(input: $input) {
      exam {
        ...BankExamFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const bankUpdateExamMutation = graphql(`
  mutation BankUpdateExam($input: UpdateExamInput!) {
    updateExam(input: $input) {
      exam {
        ...BankExamFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const bankPublishExamMutation = graphql(`
  mutation BankPublishExam($input: PublishExamInput!) {
    publishExam(input: $input) {
      exam {
        ...BankExamFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const bankCancelExamMutation = graphql(`
  mutation BankCancelExam($input: CancelExamInput!) {
    cancelExam(input: $input) {
      exam {
        ...BankExamFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const bankReleaseResultsMutation = graphql(`
  mutation BankReleaseResults($input: ExamIdInput!) {
    releaseExamResults(input: $input) {
      exam {
        ...BankExamFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const bankGradingQueueQuery = graphql(`
  query BankGradingQueue($examId: ID!, $first: Int, $after: String) {
    gradingQueue(examId: $examId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          stem
          points
          answer
          referenceAnswer
        }
      }
    }
  }
`);

export const bankGradeAnswerMutation = graphql(`
  mutation BankGradeAnswer($input: GradeAnswerInput!) {
    gradeAnswer(input: $input) {
      attempt {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const bankExamTitleQuery = graphql(`
  query BankExamTitle($id: ID!) {
    node(id: $id) {
      ... on Exam {
        id
        title
        status
      }
    }
  }
`);

export const bankExamStatisticsQuery = graphql(`
  query BankExamStatistics($examId: ID!) {
    examStatistics(examId: $examId) {
      attempts
      mean
      median
      stdDev
      passRate
      reliability
      histogram {
        lower
        upper
        count
      }
      items {
        number
        facility
        discrimination
        attempts
        question {
          id
          stem
          type
          category
        }
      }
      byUnit {
        attempts
        mean
        passRate
        unit {
          id
          name
        }
      }
    }
  }
`);

export const bankUnitsQuery = graphql(`
  query BankUnits($first: Int, $after: String) {
    units(first: $first, after: $after) {
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

export const bankPeopleQuery = graphql(`
  query BankPeople($search: String, $first: Int) {
    people(search: $search, first: $first) {
      edges {
        node {
          id
          name
          badgeNumber
          unit {
            id
            name
          }
        }
      }
    }
  }
`);
