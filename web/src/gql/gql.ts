/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      roles\n      person {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        username\n        roles\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      user {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query ExamsOverview {\n    exams(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          practice\n          opensAt\n          closesAt\n          durationMinutes\n          passScore\n          maxAttempts\n          releaseResults\n          resultsReleased\n          myResult\n        }\n      }\n    }\n    myAttempts(first: 100) {\n      edges {\n        node {\n          id\n          status\n          number\n          startedAt\n          deadline\n          submittedAt\n          timedOut\n          maxScore\n          score\n          passed\n          exam {\n            id\n            title\n            practice\n            releaseResults\n            resultsReleased\n            closesAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExamsOverviewDocument,
    "\n  mutation ExamsStartAttempt($input: StartExamAttemptInput!) {\n    startExamAttempt(input: $input) {\n      attempt {\n        id\n        status\n        number\n        startedAt\n        deadline\n        maxScore\n        exam {\n          id\n          title\n          practice\n          durationMinutes\n          passScore\n          releaseResults\n          closesAt\n        }\n        questions {\n          id\n          number\n          type\n          stem\n          points\n          options {\n            key\n            text\n          }\n          myAnswer\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExamsStartAttemptDocument,
    "\n  mutation ExamsSaveAnswers($input: SaveAnswersInput!) {\n    saveAnswers(input: $input) {\n      attempt {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExamsSaveAnswersDocument,
    "\n  mutation ExamsSubmitAttempt($input: SubmitExamAttemptInput!) {\n    submitExamAttempt(input: $input) {\n      attempt {\n        id\n        status\n        submittedAt\n        score\n        passed\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExamsSubmitAttemptDocument,
    "\n  query ExamsAttemptResult($id: ID!) {\n    node(id: $id) {\n      ... on ExamAttempt {\n        id\n        status\n        number\n        startedAt\n        deadline\n        submittedAt\n        timedOut\n        maxScore\n        score\n        passed\n        exam {\n          id\n          title\n          practice\n          passScore\n          releaseResults\n          resultsReleased\n          closesAt\n        }\n        questions {\n          id\n          number\n          type\n          stem\n          points\n          options {\n            key\n            text\n          }\n          myAnswer\n          correctAnswer\n          explanation\n          awarded\n          feedback\n          needsGrading\n          keyWithheld\n        }\n      }\n    }\n  }\n": typeof types.ExamsAttemptResultDocument,
    "\n  query ExamsWrongAnswers {\n    wrongAnswers {\n      stem\n      type\n      options {\n        key\n        text\n      }\n      myAnswer\n      correctAnswer\n      explanation\n      reference\n      timesWrong\n    }\n  }\n": typeof types.ExamsWrongAnswersDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      roles\n      person {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        username\n        roles\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      user {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query ExamsOverview {\n    exams(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          practice\n          opensAt\n          closesAt\n          durationMinutes\n          passScore\n          maxAttempts\n          releaseResults\n          resultsReleased\n          myResult\n        }\n      }\n    }\n    myAttempts(first: 100) {\n      edges {\n        node {\n          id\n          status\n          number\n          startedAt\n          deadline\n          submittedAt\n          timedOut\n          maxScore\n          score\n          passed\n          exam {\n            id\n            title\n            practice\n            releaseResults\n            resultsReleased\n            closesAt\n          }\n        }\n      }\n    }\n  }\n": types.ExamsOverviewDocument,
    "\n  mutation ExamsStartAttempt($input: StartExamAttemptInput!) {\n    startExamAttempt(input: $input) {\n      attempt {\n        id\n        status\n        number\n        startedAt\n        deadline\n        maxScore\n        exam {\n          id\n          title\n          practice\n          durationMinutes\n          passScore\n          releaseResults\n          closesAt\n        }\n        questions {\n          id\n          number\n          type\n          stem\n          points\n          options {\n            key\n            text\n          }\n          myAnswer\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ExamsStartAttemptDocument,
    "\n  mutation ExamsSaveAnswers($input: SaveAnswersInput!) {\n    saveAnswers(input: $input) {\n      attempt {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ExamsSaveAnswersDocument,
    "\n  mutation ExamsSubmitAttempt($input: SubmitExamAttemptInput!) {\n    submitExamAttempt(input: $input) {\n      attempt {\n        id\n        status\n        submittedAt\n        score\n        passed\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ExamsSubmitAttemptDocument,
    "\n  query ExamsAttemptResult($id: ID!) {\n    node(id: $id) {\n      ... on ExamAttempt {\n        id\n        status\n        number\n        startedAt\n        deadline\n        submittedAt\n        timedOut\n        maxScore\n        score\n        passed\n        exam {\n          id\n          title\n          practice\n          passScore\n          releaseResults\n          resultsReleased\n          closesAt\n        }\n        questions {\n          id\n          number\n          type\n          stem\n          points\n          options {\n            key\n            text\n          }\n          myAnswer\n          correctAnswer\n          explanation\n          awarded\n          feedback\n          needsGrading\n          keyWithheld\n        }\n      }\n    }\n  }\n": types.ExamsAttemptResultDocument,
    "\n  query ExamsWrongAnswers {\n    wrongAnswers {\n      stem\n      type\n      options {\n        key\n        text\n      }\n      myAnswer\n      correctAnswer\n      explanation\n      reference\n      timesWrong\n    }\n  }\n": types.ExamsWrongAnswersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      roles\n      person {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      roles\n      person {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        username\n        roles\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        username\n        roles\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      user {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      user {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamsOverview {\n    exams(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          practice\n          opensAt\n          closesAt\n          durationMinutes\n          passScore\n          maxAttempts\n          releaseResults\n          resultsReleased\n          myResult\n        }\n      }\n    }\n    myAttempts(first: 100) {\n      edges {\n        node {\n          id\n          status\n          number\n          startedAt\n          deadline\n          submittedAt\n          timedOut\n          maxScore\n          score\n          passed\n          exam {\n            id\n            title\n            practice\n            releaseResults\n            resultsReleased\n            closesAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExamsOverview {\n    exams(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          practice\n          opensAt\n          closesAt\n          durationMinutes\n          passScore\n          maxAttempts\n          releaseResults\n          resultsReleased\n          myResult\n        }\n      }\n    }\n    myAttempts(first: 100) {\n      edges {\n        node {\n          id\n          status\n          number\n          startedAt\n          deadline\n          submittedAt\n          timedOut\n          maxScore\n          score\n          passed\n          exam {\n            id\n            title\n            practice\n            releaseResults\n            resultsReleased\n            closesAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExamsStartAttempt($input: StartExamAttemptInput!) {\n    startExamAttempt(input: $input) {\n      attempt {\n        id\n        status\n        number\n        startedAt\n        deadline\n        maxScore\n        exam {\n          id\n          title\n          practice\n          durationMinutes\n          passScore\n          releaseResults\n          closesAt\n        }\n        questions {\n          id\n          number\n          type\n          stem\n          points\n          options {\n            key\n            text\n          }\n          myAnswer\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExamsStartAttempt($input: StartExamAttemptInput!) {\n    startExamAttempt(input: $input) {\n      attempt {\n        id\n        status\n        number\n        startedAt\n        deadline\n        maxScore\n        exam {\n          id\n          title\n          practice\n          durationMinutes\n          passScore\n          releaseResults\n          closesAt\n        }\n        questions {\n          id\n          number\n          type\n          stem\n          points\n          options {\n            key\n            text\n          }\n          myAnswer\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExamsSaveAnswers($input: SaveAnswersInput!) {\n    saveAnswers(input: $input) {\n      attempt {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExamsSaveAnswers($input: SaveAnswersInput!) {\n    saveAnswers(input: $input) {\n      attempt {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExamsSubmitAttempt($input: SubmitExamAttemptInput!) {\n    submitExamAttempt(input: $input) {\n      attempt {\n        id\n        status\n        submittedAt\n        score\n        passed\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExamsSubmitAttempt($input: SubmitExamAttemptInput!) {\n    submitExamAttempt(input: $input) {\n      attempt {\n        id\n        status\n        submittedAt\n        score\n        passed\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamsAttemptResult($id: ID!) {\n    node(id: $id) {\n      ... on ExamAttempt {\n        id\n        status\n        number\n        startedAt\n        deadline\n        submittedAt\n        timedOut\n        maxScore\n        score\n        passed\n        exam {\n          id\n          title\n          practice\n          passScore\n          releaseResults\n          resultsReleased\n          closesAt\n        }\n        questions {\n          id\n          number\n          type\n          stem\n          points\n          options {\n            key\n            text\n          }\n          myAnswer\n          correctAnswer\n          explanation\n          awarded\n          feedback\n          needsGrading\n          keyWithheld\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExamsAttemptResult($id: ID!) {\n    node(id: $id) {\n      ... on ExamAttempt {\n        id\n        status\n        number\n        startedAt\n        deadline\n        submittedAt\n        timedOut\n        maxScore\n        score\n        passed\n        exam {\n          id\n          title\n          practice\n          passScore\n          releaseResults\n          resultsReleased\n          closesAt\n        }\n        questions {\n          id\n          number\n          type\n          stem\n          points\n          options {\n            key\n            text\n          }\n          myAnswer\n          correctAnswer\n          explanation\n          awarded\n          feedback\n          needsGrading\n          keyWithheld\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamsWrongAnswers {\n    wrongAnswers {\n      stem\n      type\n      options {\n        key\n        text\n      }\n      myAnswer\n      correctAnswer\n      explanation\n      reference\n      timesWrong\n    }\n  }\n"): (typeof documents)["\n  query ExamsWrongAnswers {\n    wrongAnswers {\n      stem\n      type\n      options {\n        key\n        text\n      }\n      myAnswer\n      correctAnswer\n      explanation\n      reference\n      timesWrong\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;