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
    "\n  fragment BankQuestionFields on Question {\n    id\n    category\n    type\n    stem\n    options {\n      key\n      text\n    }\n    answer\n    explanation\n    difficulty\n    reference\n    tags\n    active\n    version\n    isCurrent\n  }\n": typeof types.BankQuestionFieldsFragmentDoc,
    "\n  query BankQuestions(\n    $first: Int\n    $after: String\n    $category: String\n    $type: QuestionType\n    $difficulty: Int\n    $search: String\n    $includeRetired: Boolean!\n  ) {\n    questions(\n      first: $first\n      after: $after\n      category: $category\n      type: $type\n      difficulty: $difficulty\n      search: $search\n      includeRetired: $includeRetired\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BankQuestionFields\n        }\n      }\n    }\n  }\n": typeof types.BankQuestionsDocument,
    "\n  query BankCategoryCounts($type: QuestionType, $difficulty: Int) {\n    questionCategoryCounts(type: $type, difficulty: $difficulty) {\n      category\n      ownCount\n      count\n    }\n  }\n": typeof types.BankCategoryCountsDocument,
    "\n  mutation BankCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BankCreateQuestionDocument,
    "\n  mutation BankUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BankUpdateQuestionDocument,
    "\n  mutation BankRetireQuestion($input: RetireQuestionInput!) {\n    retireQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BankRetireQuestionDocument,
    "\n  mutation BankCorrectAnswerKey($input: CorrectAnswerKeyInput!) {\n    correctAnswerKey(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      regradedAttempts\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BankCorrectAnswerKeyDocument,
    "\n  mutation BankImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      imported\n      rejected\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BankImportQuestionsDocument,
    "\n  fragment BankExamFields on Exam {\n    id\n    title\n    opensAt\n    closesAt\n    durationMinutes\n    passScore\n    maxAttempts\n    gradingMethod\n    shuffleQuestions\n    shuffleOptions\n    releaseResults\n    partialCredit\n    practice\n    cancelledAt\n    cancelReason\n    status\n    resultsReleased\n    paper {\n      category\n      type\n      difficulty\n      count\n      points\n    }\n  }\n": typeof types.BankExamFieldsFragmentDoc,
    "\n  query BankExams($first: Int, $after: String, $status: ExamStatus) {\n    exams(first: $first, after: $after, status: $status) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BankExamFields\n          progress {\n            audience\n            started\n            inProgress\n            submitted\n          }\n        }\n      }\n    }\n  }\n": typeof types.BankExamsDocument,
    "\n  query BankExam($id: ID!) {\n    node(id: $id) {\n      ... on Exam {\n        ...BankExamFields\n        progress {\n          audience\n          started\n          inProgress\n          submitted\n        }\n      }\n    }\n  }\n": typeof types.BankExamDocument,
    "\n  mutation BankCreateExam($input: CreateExamInput!) {\n    createExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BankCreateExamDocument,
    "\n  mutation BankUpdateExam($input: UpdateExamInput!) {\n    updateExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BankUpdateExamDocument,
    "\n  mutation BankPublishExam($input: PublishExamInput!) {\n    publishExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BankPublishExamDocument,
    "\n  mutation BankCancelExam($input: CancelExamInput!) {\n    cancelExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BankCancelExamDocument,
    "\n  mutation BankReleaseResults($input: ExamIdInput!) {\n    releaseExamResults(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BankReleaseResultsDocument,
    "\n  query BankGradingQueue($examId: ID!, $first: Int, $after: String) {\n    gradingQueue(examId: $examId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          stem\n          points\n          answer\n          referenceAnswer\n        }\n      }\n    }\n  }\n": typeof types.BankGradingQueueDocument,
    "\n  mutation BankGradeAnswer($input: GradeAnswerInput!) {\n    gradeAnswer(input: $input) {\n      attempt {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BankGradeAnswerDocument,
    "\n  query BankExamTitle($id: ID!) {\n    node(id: $id) {\n      ... on Exam {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.BankExamTitleDocument,
    "\n  query BankExamStatistics($examId: ID!) {\n    examStatistics(examId: $examId) {\n      attempts\n      mean\n      median\n      stdDev\n      passRate\n      reliability\n      histogram {\n        lower\n        upper\n        count\n      }\n      items {\n        number\n        facility\n        discrimination\n        attempts\n        question {\n          id\n          stem\n          type\n          category\n        }\n      }\n      byUnit {\n        attempts\n        mean\n        passRate\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.BankExamStatisticsDocument,
    "\n  query BankUnits($first: Int, $after: String) {\n    units(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.BankUnitsDocument,
    "\n  query BankPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.BankPeopleDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      roles\n      person {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        username\n        roles\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      user {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment BankQuestionFields on Question {\n    id\n    category\n    type\n    stem\n    options {\n      key\n      text\n    }\n    answer\n    explanation\n    difficulty\n    reference\n    tags\n    active\n    version\n    isCurrent\n  }\n": types.BankQuestionFieldsFragmentDoc,
    "\n  query BankQuestions(\n    $first: Int\n    $after: String\n    $category: String\n    $type: QuestionType\n    $difficulty: Int\n    $search: String\n    $includeRetired: Boolean!\n  ) {\n    questions(\n      first: $first\n      after: $after\n      category: $category\n      type: $type\n      difficulty: $difficulty\n      search: $search\n      includeRetired: $includeRetired\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BankQuestionFields\n        }\n      }\n    }\n  }\n": types.BankQuestionsDocument,
    "\n  query BankCategoryCounts($type: QuestionType, $difficulty: Int) {\n    questionCategoryCounts(type: $type, difficulty: $difficulty) {\n      category\n      ownCount\n      count\n    }\n  }\n": types.BankCategoryCountsDocument,
    "\n  mutation BankCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BankCreateQuestionDocument,
    "\n  mutation BankUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BankUpdateQuestionDocument,
    "\n  mutation BankRetireQuestion($input: RetireQuestionInput!) {\n    retireQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BankRetireQuestionDocument,
    "\n  mutation BankCorrectAnswerKey($input: CorrectAnswerKeyInput!) {\n    correctAnswerKey(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      regradedAttempts\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BankCorrectAnswerKeyDocument,
    "\n  mutation BankImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      imported\n      rejected\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BankImportQuestionsDocument,
    "\n  fragment BankExamFields on Exam {\n    id\n    title\n    opensAt\n    closesAt\n    durationMinutes\n    passScore\n    maxAttempts\n    gradingMethod\n    shuffleQuestions\n    shuffleOptions\n    releaseResults\n    partialCredit\n    practice\n    cancelledAt\n    cancelReason\n    status\n    resultsReleased\n    paper {\n      category\n      type\n      difficulty\n      count\n      points\n    }\n  }\n": types.BankExamFieldsFragmentDoc,
    "\n  query BankExams($first: Int, $after: String, $status: ExamStatus) {\n    exams(first: $first, after: $after, status: $status) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BankExamFields\n          progress {\n            audience\n            started\n            inProgress\n            submitted\n          }\n        }\n      }\n    }\n  }\n": types.BankExamsDocument,
    "\n  query BankExam($id: ID!) {\n    node(id: $id) {\n      ... on Exam {\n        ...BankExamFields\n        progress {\n          audience\n          started\n          inProgress\n          submitted\n        }\n      }\n    }\n  }\n": types.BankExamDocument,
    "\n  mutation BankCreateExam($input: CreateExamInput!) {\n    createExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BankCreateExamDocument,
    "\n  mutation BankUpdateExam($input: UpdateExamInput!) {\n    updateExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BankUpdateExamDocument,
    "\n  mutation BankPublishExam($input: PublishExamInput!) {\n    publishExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BankPublishExamDocument,
    "\n  mutation BankCancelExam($input: CancelExamInput!) {\n    cancelExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BankCancelExamDocument,
    "\n  mutation BankReleaseResults($input: ExamIdInput!) {\n    releaseExamResults(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BankReleaseResultsDocument,
    "\n  query BankGradingQueue($examId: ID!, $first: Int, $after: String) {\n    gradingQueue(examId: $examId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          stem\n          points\n          answer\n          referenceAnswer\n        }\n      }\n    }\n  }\n": types.BankGradingQueueDocument,
    "\n  mutation BankGradeAnswer($input: GradeAnswerInput!) {\n    gradeAnswer(input: $input) {\n      attempt {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BankGradeAnswerDocument,
    "\n  query BankExamTitle($id: ID!) {\n    node(id: $id) {\n      ... on Exam {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.BankExamTitleDocument,
    "\n  query BankExamStatistics($examId: ID!) {\n    examStatistics(examId: $examId) {\n      attempts\n      mean\n      median\n      stdDev\n      passRate\n      reliability\n      histogram {\n        lower\n        upper\n        count\n      }\n      items {\n        number\n        facility\n        discrimination\n        attempts\n        question {\n          id\n          stem\n          type\n          category\n        }\n      }\n      byUnit {\n        attempts\n        mean\n        passRate\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.BankExamStatisticsDocument,
    "\n  query BankUnits($first: Int, $after: String) {\n    units(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.BankUnitsDocument,
    "\n  query BankPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.BankPeopleDocument,
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
export function graphql(source: "\n  fragment BankQuestionFields on Question {\n    id\n    category\n    type\n    stem\n    options {\n      key\n      text\n    }\n    answer\n    explanation\n    difficulty\n    reference\n    tags\n    active\n    version\n    isCurrent\n  }\n"): (typeof documents)["\n  fragment BankQuestionFields on Question {\n    id\n    category\n    type\n    stem\n    options {\n      key\n      text\n    }\n    answer\n    explanation\n    difficulty\n    reference\n    tags\n    active\n    version\n    isCurrent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankQuestions(\n    $first: Int\n    $after: String\n    $category: String\n    $type: QuestionType\n    $difficulty: Int\n    $search: String\n    $includeRetired: Boolean!\n  ) {\n    questions(\n      first: $first\n      after: $after\n      category: $category\n      type: $type\n      difficulty: $difficulty\n      search: $search\n      includeRetired: $includeRetired\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BankQuestionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankQuestions(\n    $first: Int\n    $after: String\n    $category: String\n    $type: QuestionType\n    $difficulty: Int\n    $search: String\n    $includeRetired: Boolean!\n  ) {\n    questions(\n      first: $first\n      after: $after\n      category: $category\n      type: $type\n      difficulty: $difficulty\n      search: $search\n      includeRetired: $includeRetired\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BankQuestionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankCategoryCounts($type: QuestionType, $difficulty: Int) {\n    questionCategoryCounts(type: $type, difficulty: $difficulty) {\n      category\n      ownCount\n      count\n    }\n  }\n"): (typeof documents)["\n  query BankCategoryCounts($type: QuestionType, $difficulty: Int) {\n    questionCategoryCounts(type: $type, difficulty: $difficulty) {\n      category\n      ownCount\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankRetireQuestion($input: RetireQuestionInput!) {\n    retireQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankRetireQuestion($input: RetireQuestionInput!) {\n    retireQuestion(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankCorrectAnswerKey($input: CorrectAnswerKeyInput!) {\n    correctAnswerKey(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      regradedAttempts\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankCorrectAnswerKey($input: CorrectAnswerKeyInput!) {\n    correctAnswerKey(input: $input) {\n      question {\n        ...BankQuestionFields\n      }\n      regradedAttempts\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      imported\n      rejected\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      imported\n      rejected\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BankExamFields on Exam {\n    id\n    title\n    opensAt\n    closesAt\n    durationMinutes\n    passScore\n    maxAttempts\n    gradingMethod\n    shuffleQuestions\n    shuffleOptions\n    releaseResults\n    partialCredit\n    practice\n    cancelledAt\n    cancelReason\n    status\n    resultsReleased\n    paper {\n      category\n      type\n      difficulty\n      count\n      points\n    }\n  }\n"): (typeof documents)["\n  fragment BankExamFields on Exam {\n    id\n    title\n    opensAt\n    closesAt\n    durationMinutes\n    passScore\n    maxAttempts\n    gradingMethod\n    shuffleQuestions\n    shuffleOptions\n    releaseResults\n    partialCredit\n    practice\n    cancelledAt\n    cancelReason\n    status\n    resultsReleased\n    paper {\n      category\n      type\n      difficulty\n      count\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankExams($first: Int, $after: String, $status: ExamStatus) {\n    exams(first: $first, after: $after, status: $status) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BankExamFields\n          progress {\n            audience\n            started\n            inProgress\n            submitted\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankExams($first: Int, $after: String, $status: ExamStatus) {\n    exams(first: $first, after: $after, status: $status) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BankExamFields\n          progress {\n            audience\n            started\n            inProgress\n            submitted\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankExam($id: ID!) {\n    node(id: $id) {\n      ... on Exam {\n        ...BankExamFields\n        progress {\n          audience\n          started\n          inProgress\n          submitted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankExam($id: ID!) {\n    node(id: $id) {\n      ... on Exam {\n        ...BankExamFields\n        progress {\n          audience\n          started\n          inProgress\n          submitted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankCreateExam($input: CreateExamInput!) {\n    createExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankCreateExam($input: CreateExamInput!) {\n    createExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankUpdateExam($input: UpdateExamInput!) {\n    updateExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankUpdateExam($input: UpdateExamInput!) {\n    updateExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankPublishExam($input: PublishExamInput!) {\n    publishExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankPublishExam($input: PublishExamInput!) {\n    publishExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankCancelExam($input: CancelExamInput!) {\n    cancelExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankCancelExam($input: CancelExamInput!) {\n    cancelExam(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankReleaseResults($input: ExamIdInput!) {\n    releaseExamResults(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankReleaseResults($input: ExamIdInput!) {\n    releaseExamResults(input: $input) {\n      exam {\n        ...BankExamFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankGradingQueue($examId: ID!, $first: Int, $after: String) {\n    gradingQueue(examId: $examId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          stem\n          points\n          answer\n          referenceAnswer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankGradingQueue($examId: ID!, $first: Int, $after: String) {\n    gradingQueue(examId: $examId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          stem\n          points\n          answer\n          referenceAnswer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankGradeAnswer($input: GradeAnswerInput!) {\n    gradeAnswer(input: $input) {\n      attempt {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankGradeAnswer($input: GradeAnswerInput!) {\n    gradeAnswer(input: $input) {\n      attempt {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankExamTitle($id: ID!) {\n    node(id: $id) {\n      ... on Exam {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankExamTitle($id: ID!) {\n    node(id: $id) {\n      ... on Exam {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankExamStatistics($examId: ID!) {\n    examStatistics(examId: $examId) {\n      attempts\n      mean\n      median\n      stdDev\n      passRate\n      reliability\n      histogram {\n        lower\n        upper\n        count\n      }\n      items {\n        number\n        facility\n        discrimination\n        attempts\n        question {\n          id\n          stem\n          type\n          category\n        }\n      }\n      byUnit {\n        attempts\n        mean\n        passRate\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankExamStatistics($examId: ID!) {\n    examStatistics(examId: $examId) {\n      attempts\n      mean\n      median\n      stdDev\n      passRate\n      reliability\n      histogram {\n        lower\n        upper\n        count\n      }\n      items {\n        number\n        facility\n        discrimination\n        attempts\n        question {\n          id\n          stem\n          type\n          category\n        }\n      }\n      byUnit {\n        attempts\n        mean\n        passRate\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankUnits($first: Int, $after: String) {\n    units(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankUnits($first: Int, $after: String) {\n    units(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          badgeNumber\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;