// Exam documents for officers: the exam list, taking an attempt (start/resume, autosave, submit),
// results, and the wrong-answer book. Operation names carry the "Exams" prefix.
import { graphql } from "../gql";

export const examsOverviewQuery = graphql(`
  query ExamsOverview {
    exams(first: 100) {
      edges {
        node {
          id
          title
          status
          practice
          opensAt
          closesAt
          durationMinutes
          passScore
          maxAttempts
          releaseResults
          resultsReleased
          myResult
        }
      }
    }
    myAttempts(first: 100) {
      edges {
        node {
          id
          status
          number
          startedAt
          deadline
          submittedAt
          timedOut
          maxScore
          score
          passed
          exam {
            id
            title
            practice
            releaseResults
            resultsReleased
            closesAt
          }
        }
      }
    }
  }
`);

export const examsStartAttemptMutation = graphql(`
  mutation ExamsStartAttempt($input: StartExamAttemptInput!) {
    startExamAttempt(input: $input) {
      attempt {
        id
        status
        number
        startedAt
        deadline
        secondsLeft
        maxScore
        exam {
          id
          title
          practice
          durationMinutes
          passScore
          releaseResults
          closesAt
        }
        questions {
          id
          number
          type
          stem
          points
          options {
            key
            text
          }
          myAnswer
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

export const examsSaveAnswersMutation = graphql(`
  mutation ExamsSaveAnswers($input: SaveAnswersInput!) {
    saveAnswers(input: $input) {
      attempt {
        id
        status
        deadline
        secondsLeft
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const examsSubmitAttemptMutation = graphql(`
  mutation ExamsSubmitAttempt($input: SubmitExamAttemptInput!) {
    submitExamAttempt(input: $input) {
      attempt {
        id
        status
        submittedAt
        score
        passed
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const examsAttemptResultQuery = graphql(`
  query ExamsAttemptResult($id: ID!) {
    node(id: $id) {
      ... on ExamAttempt {
        id
        status
        number
        startedAt
        deadline
        submittedAt
        timedOut
        maxScore
        score
        passed
        exam {
          id
          title
          practice
          passScore
          releaseResults
          resultsReleased
          closesAt
        }
        questions {
          id
          number
          type
          stem
          points
          options {
            key
            text
          }
          myAnswer
          correctAnswer
          explanation
          awarded
          feedback
          needsGrading
          keyWithheld
        }
      }
    }
  }
`);

export const examsWrongAnswersQuery = graphql(`
  query ExamsWrongAnswers {
    wrongAnswers {
      stem
      type
      options {
        key
        text
      }
      myAnswer
      correctAnswer
      explanation
      reference
      timesWrong
    }
  }
`);
