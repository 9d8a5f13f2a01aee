/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date, ISO 8601 (YYYY-MM-DD), in the years 1900 to 2999. */
  Date: { input: string; output: string; }
  /** A date with time, ISO 8601 (with an offset; without one it is the county's local time), in the years 1900 to 2999. */
  DateTime: { input: string; output: string; }
  /** A decimal number, sent as a string (or a number) and answered as a string: finite, below 10^12 in magnitude. */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** Time (isoformat) */
  Time: { input: string; output: string; }
  /** A file, sent as a part of a multipart request. */
  Upload: { input: File; output: File; }
};

export type ActionItem = Node & {
  __typename?: 'ActionItem';
  assignee?: Maybe<Person>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  dueDate: Scalars['Date']['output'];
  evidence?: Maybe<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  overdue: Scalars['Boolean']['output'];
  ownerUnit: Unit;
  source: ActionSource;
  status: ActionStatus;
  title: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type ActionItemConnection = {
  __typename?: 'ActionItemConnection';
  /** Contains the nodes in this connection */
  edges: Array<ActionItemEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type ActionItemEdge = {
  __typename?: 'ActionItemEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ActionItem;
};

/** 来源: 演练 / 点评 / 案例复盘 / 其他 */
export type ActionSource =
  | 'CASE_REVIEW'
  | 'DRILL'
  | 'DRILL_COMMENT'
  | 'OTHER';

/** 待整改 / 整改中 / 已整改 / 已验收 */
export type ActionStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'VERIFIED';

export type AddDrillCommentInput = {
  body: Scalars['String']['input'];
  drillId: Scalars['ID']['input'];
  isReview?: InputMaybe<Scalars['Boolean']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  taskKey?: InputMaybe<Scalars['String']['input']>;
};

export type AddDrillCommentPayload = {
  __typename?: 'AddDrillCommentPayload';
  comment?: Maybe<DrillComment>;
  userErrors: Array<UserError>;
};

export type AnswerInput = {
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The paper's own AttemptQuestion.id (or the question bank's Question ID). */
  questionId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};

export type AttemptQuestion = {
  __typename?: 'AttemptQuestion';
  /** Null until results are released. */
  awarded?: Maybe<Scalars['Decimal']['output']>;
  /** Null until results are released. */
  correctAnswer?: Maybe<Array<Scalars['String']['output']>>;
  /** Null until results are released. */
  explanation?: Maybe<Scalars['String']['output']>;
  feedback?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Why the key, explanation and grade of this question are not shown on a released practice paper: ON_A_PENDING_GRADED_EXAM while a graded exam the caller may still take (or whose results are not out) can put it on their paper. Null otherwise. */
  keyWithheld?: Maybe<Scalars['String']['output']>;
  myAnswer?: Maybe<Array<Scalars['String']['output']>>;
  needsGrading: Scalars['Boolean']['output'];
  number: Scalars['Int']['output'];
  options: Array<Option>;
  points: Scalars['Decimal']['output'];
  /** The question bank's ID (saveAnswers takes `id` too). */
  questionGlobalId: Scalars['ID']['output'];
  stem: Scalars['String']['output'];
  type: QuestionType;
};

export type AttemptQuestionForGrading = {
  __typename?: 'AttemptQuestionForGrading';
  answer?: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  points: Scalars['Decimal']['output'];
  referenceAnswer: Array<Scalars['String']['output']>;
  stem: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type AttemptQuestionForGradingConnection = {
  __typename?: 'AttemptQuestionForGradingConnection';
  /** Contains the nodes in this connection */
  edges: Array<AttemptQuestionForGradingEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type AttemptQuestionForGradingEdge = {
  __typename?: 'AttemptQuestionForGradingEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: AttemptQuestionForGrading;
};

/** 答题中 / 已交卷 / 超时收卷 / 已评分 */
export type AttemptStatus =
  | 'EXPIRED'
  | 'GRADED'
  | 'IN_PROGRESS'
  | 'SUBMITTED';

export type Attendance = Node & {
  __typename?: 'Attendance';
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  excuseReason?: Maybe<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  person: Person;
  session: TrainingSession;
  status: AttendanceStatus;
};

/** A connection to a list of items. */
export type AttendanceConnection = {
  __typename?: 'AttendanceConnection';
  /** Contains the nodes in this connection */
  edges: Array<AttendanceEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type AttendanceEdge = {
  __typename?: 'AttendanceEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Attendance;
};

export type AttendanceMarkInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  status: AttendanceStatus;
};

export type AttendancePoints = {
  __typename?: 'AttendancePoints';
  points: Scalars['Decimal']['output'];
  status: AttendanceStatus;
};

export type AttendancePointsPayload = {
  __typename?: 'AttendancePointsPayload';
  points?: Maybe<AttendancePoints>;
  userErrors: Array<UserError>;
};

/** 未标记 / 出勤 / 迟到 / 请假 / 缺勤 */
export type AttendanceStatus =
  | 'ABSENT'
  | 'EXCUSED'
  | 'LATE'
  | 'PRESENT'
  | 'UNMARKED';

export type AttendanceSummary = {
  __typename?: 'AttendanceSummary';
  absent: Scalars['Int']['output'];
  excused: Scalars['Int']['output'];
  expected: Scalars['Int']['output'];
  late: Scalars['Int']['output'];
  present: Scalars['Int']['output'];
  /** (present + late) / (expected - excused) */
  rate: Scalars['Float']['output'];
  unmarked: Scalars['Int']['output'];
};

export type Audience = {
  __typename?: 'Audience';
  categories: Array<PersonCategory>;
  people: Array<Person>;
  units: Array<Unit>;
};

export type AudienceInput = {
  categories?: InputMaybe<Array<PersonCategory>>;
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  createdAt: Scalars['DateTime']['output'];
  errorCodes: Array<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  input?: Maybe<Scalars['JSON']['output']>;
  objectId?: Maybe<Scalars['String']['output']>;
  objectType?: Maybe<Scalars['String']['output']>;
  operation: Scalars['String']['output'];
  requestId: Scalars['String']['output'];
  succeeded: Scalars['Boolean']['output'];
  username?: Maybe<Scalars['String']['output']>;
};

/** A connection to a list of items. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** Contains the nodes in this connection */
  edges: Array<AuditEntryEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: AuditEntry;
};

export type CancelExamInput = {
  examId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type CancelExamPayload = {
  __typename?: 'CancelExamPayload';
  exam?: Maybe<Exam>;
  userErrors: Array<UserError>;
};

export type CancelSeriesInput = {
  fromDate: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  seriesId: Scalars['ID']['input'];
};

export type CancelSeriesPayload = {
  __typename?: 'CancelSeriesPayload';
  sessions?: Maybe<Array<TrainingSession>>;
  userErrors: Array<UserError>;
};

export type CancelSessionInput = {
  reason: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};

export type CancelSessionPayload = {
  __typename?: 'CancelSessionPayload';
  session?: Maybe<TrainingSession>;
  userErrors: Array<UserError>;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** A fresh token: every token issued before the change is void. */
  token?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type CheckInInput = {
  code: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};

export type CheckInPayload = {
  __typename?: 'CheckInPayload';
  attendance?: Maybe<Attendance>;
  userErrors: Array<UserError>;
};

export type CommentRevision = {
  __typename?: 'CommentRevision';
  body: Scalars['String']['output'];
  replacedAt: Scalars['DateTime']['output'];
};

export type ComplianceReport = {
  __typename?: 'ComplianceReport';
  /** People by ID; each one's items are computed for the page. */
  people: PersonComplianceConnection;
  units: Array<UnitCompliance>;
  year: Scalars['Int']['output'];
};


export type ComplianceReportPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ComplianceStatus>;
};

/** 达标 / 按计划可达标 / 有风险 / 未达标 */
export type ComplianceStatus =
  | 'AT_RISK'
  | 'COMPLIANT'
  | 'NON_COMPLIANT'
  | 'ON_TRACK';

export type CorrectAnswerKeyInput = {
  answer: Array<Scalars['String']['input']>;
  questionId: Scalars['ID']['input'];
};

export type CorrectAnswerKeyPayload = {
  __typename?: 'CorrectAnswerKeyPayload';
  question?: Maybe<Question>;
  regradedAttempts: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

export type CorrectDrillEvaluationInput = {
  drillId: Scalars['ID']['input'];
  evaluatorId: Scalars['ID']['input'];
  ratings: Array<TaskRatingInput>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateActionItemInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  commentId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  drillId?: InputMaybe<Scalars['ID']['input']>;
  dueDate: Scalars['Date']['input'];
  ownerUnitId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateActionItemPayload = {
  __typename?: 'CreateActionItemPayload';
  actionItem?: Maybe<ActionItem>;
  userErrors: Array<UserError>;
};

export type CreateExamInput = {
  audience: AudienceInput;
  closesAt: Scalars['DateTime']['input'];
  durationMinutes: Scalars['Int']['input'];
  gradingMethod?: InputMaybe<GradingMethod>;
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  opensAt: Scalars['DateTime']['input'];
  organizerUnitId?: InputMaybe<Scalars['ID']['input']>;
  paper: PaperInput;
  partialCredit?: InputMaybe<PartialCredit>;
  passScore: Scalars['Decimal']['input'];
  practice?: InputMaybe<Scalars['Boolean']['input']>;
  releaseResults?: InputMaybe<ResultRelease>;
  shuffleOptions?: InputMaybe<Scalars['Boolean']['input']>;
  shuffleQuestions?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
};

export type CreateExamPayload = {
  __typename?: 'CreateExamPayload';
  exam?: Maybe<Exam>;
  userErrors: Array<UserError>;
};

export type CreatePersonInput = {
  badgeNumber?: InputMaybe<Scalars['String']['input']>;
  category: PersonCategory;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
};

export type CreateQuestionInput = {
  answer: Array<Scalars['String']['input']>;
  category: Scalars['String']['input'];
  difficulty?: InputMaybe<Scalars['Int']['input']>;
  explanation?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<Array<OptionInput>>;
  reference?: InputMaybe<Scalars['String']['input']>;
  stem: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  type: QuestionType;
};

export type CreateQuestionPayload = {
  __typename?: 'CreateQuestionPayload';
  question?: Maybe<Question>;
  userErrors: Array<UserError>;
};

export type CreateUnitInput = {
  kind: UnitKind;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateUserInput = {
  password: Scalars['String']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  roles: Array<Role>;
  /** Defaults to the person's township (or enterprise); county-wide otherwise. */
  scopeUnitId?: InputMaybe<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
};

export type DeactivateUserInput = {
  id: Scalars['ID']['input'];
};

/** 积分维度: 培训 / 考试 / 演练 / 比武竞赛 / 评比表彰 / 案例复盘 / 整改 */
export type Dimension =
  | 'CASE_REVIEW'
  | 'COMMENDATION'
  | 'COMPETITION'
  | 'DRILL'
  | 'EXAM'
  | 'RECTIFICATION'
  | 'TRAINING';

export type DimensionPoints = {
  __typename?: 'DimensionPoints';
  dimension: Dimension;
  points: Scalars['Decimal']['output'];
};

export type Drill = Node & {
  __typename?: 'Drill';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A joint drill's coordination section, scored for the whole drill. */
  coordination: Array<RubricSection>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  /** The caller's own ratings, as an evaluator of this drill. */
  myRatings: Array<TaskRating>;
  organizer: Unit;
  participants: Array<DrillParticipant>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The rubric copied into the drill when it was planned. */
  rubric: Array<RubricSection>;
  scenarioKey?: Maybe<Scalars['String']['output']>;
  scheduledAt: Scalars['DateTime']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: DrillStatus;
  title: Scalars['String']['output'];
  type: DrillType;
  /** Comments by others that the caller has not read yet: those posted since they last called markDrillCommentsRead on this drill (all of them before that). */
  unreadCommentCount: Scalars['Int']['output'];
};

export type DrillComment = Node & {
  __typename?: 'DrillComment';
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The drill the comment is on. */
  drill: Drill;
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Earlier wordings, oldest first. */
  history: Array<CommentRevision>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  isReview: Scalars['Boolean']['output'];
  parent?: Maybe<DrillComment>;
  taskKey?: Maybe<Scalars['String']['output']>;
};

/** A connection to a list of items. */
export type DrillConnection = {
  __typename?: 'DrillConnection';
  /** Contains the nodes in this connection */
  edges: Array<DrillEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type DrillEdge = {
  __typename?: 'DrillEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Drill;
};

export type DrillParticipant = {
  __typename?: 'DrillParticipant';
  role: ParticipantRole;
  unit: Unit;
};

export type DrillParticipantInput = {
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  role: ParticipantRole;
  unitId: Scalars['ID']['input'];
};

export type DrillReport = {
  __typename?: 'DrillReport';
  actionItems: Array<ActionItem>;
  areasForImprovement: Array<RubricTask>;
  comments: Array<DrillComment>;
  coordination?: Maybe<UnitDrillScore>;
  drill: Drill;
  maxScore: Scalars['Decimal']['output'];
  observations: Array<Scalars['String']['output']>;
  score?: Maybe<Scalars['Decimal']['output']>;
  strengths: Array<RubricTask>;
  units: Array<UnitDrillScore>;
};

export type DrillScenario = {
  __typename?: 'DrillScenario';
  drillTypes: Array<DrillType>;
  hazard: Scalars['String']['output'];
  key: Scalars['String']['output'];
  maxPoints: Scalars['Decimal']['output'];
  objectives: Array<Scalars['String']['output']>;
  sections: Array<RubricSection>;
  title: Scalars['String']['output'];
};

/** 计划 / 进行中 / 已完成 / 已点评 / 已取消 */
export type DrillStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED'
  | 'REVIEWED';

export type DrillTransitionInput = {
  drillId: Scalars['ID']['input'];
};

export type DrillTransitionPayload = {
  __typename?: 'DrillTransitionPayload';
  drill?: Maybe<Drill>;
  userErrors: Array<UserError>;
};

/** 桌面推演 / 功能演练 / 实战演练 */
export type DrillType =
  | 'FULL_SCALE'
  | 'FUNCTIONAL'
  | 'TABLETOP';

export type EditDrillCommentInput = {
  body: Scalars['String']['input'];
  commentId: Scalars['ID']['input'];
};

export type EditDrillCommentPayload = {
  __typename?: 'EditDrillCommentPayload';
  comment?: Maybe<DrillComment>;
  userErrors: Array<UserError>;
};

export type Exam = Node & {
  __typename?: 'Exam';
  /** Who the exam is for, as it was set (units, categories, people). */
  audience: Audience;
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  closesAt: Scalars['DateTime']['output'];
  durationMinutes: Scalars['Int']['output'];
  gradingMethod: GradingMethod;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  maxAttempts?: Maybe<Scalars['Int']['output']>;
  /** The logged-in person's result by the grading method. */
  myResult?: Maybe<Scalars['Decimal']['output']>;
  opensAt: Scalars['DateTime']['output'];
  /** Fixed questions and rules. */
  paper: Array<PaperRule>;
  partialCredit: PartialCredit;
  passScore: Scalars['Decimal']['output'];
  practice: Scalars['Boolean']['output'];
  /** How far its people have got (the live progress of an open exam): for those who read its statistics, null for anyone else. */
  progress?: Maybe<ExamProgress>;
  releaseResults: ResultRelease;
  resultsReleased: Scalars['Boolean']['output'];
  shuffleOptions: Scalars['Boolean']['output'];
  shuffleQuestions: Scalars['Boolean']['output'];
  status: ExamStatus;
  title: Scalars['String']['output'];
};

export type ExamAttempt = Node & {
  __typename?: 'ExamAttempt';
  deadline: Scalars['DateTime']['output'];
  exam: Exam;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  maxScore: Scalars['Decimal']['output'];
  number: Scalars['Int']['output'];
  passed?: Maybe<Scalars['Boolean']['output']>;
  person: Person;
  /** The paper in order; no answer key before the results are out. */
  questions: Array<AttemptQuestion>;
  /** Null until graded and released. */
  score?: Maybe<Scalars['Decimal']['output']>;
  /** Whole seconds from now to the deadline by the server's clock, at the time of this answer (0 once it has passed or the attempt is finished): a countdown that does not depend on the device's clock. */
  secondsLeft: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  status: AttemptStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  timedOut: Scalars['Boolean']['output'];
};

/** A connection to a list of items. */
export type ExamAttemptConnection = {
  __typename?: 'ExamAttemptConnection';
  /** Contains the nodes in this connection */
  edges: Array<ExamAttemptEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type ExamAttemptEdge = {
  __typename?: 'ExamAttemptEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ExamAttempt;
};

/** A connection to a list of items. */
export type ExamConnection = {
  __typename?: 'ExamConnection';
  /** Contains the nodes in this connection */
  edges: Array<ExamEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type ExamEdge = {
  __typename?: 'ExamEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Exam;
};

export type ExamIdInput = {
  examId: Scalars['ID']['input'];
};

export type ExamProgress = {
  __typename?: 'ExamProgress';
  /** Active people the exam is for, as now. */
  audience: Scalars['Int']['output'];
  /** People answering now: an attempt open and before its deadline. */
  inProgress: Scalars['Int']['output'];
  /** People who have started an attempt. */
  started: Scalars['Int']['output'];
  /** People with a finished attempt: submitted, timed out or graded. */
  submitted: Scalars['Int']['output'];
};

export type ExamStatistics = {
  __typename?: 'ExamStatistics';
  attempts: Scalars['Int']['output'];
  byUnit: Array<UnitExamStatistics>;
  histogram: Array<HistogramBin>;
  items: Array<ItemStatistics>;
  mean?: Maybe<Scalars['Float']['output']>;
  median?: Maybe<Scalars['Float']['output']>;
  passRate: Scalars['Float']['output'];
  /** Cronbach's alpha (KR-20 for 0/1 items): over the questions of a fixed paper; over the places on the paper when questions are drawn per attempt. */
  reliability?: Maybe<Scalars['Float']['output']>;
  stdDev?: Maybe<Scalars['Float']['output']>;
};

/** 草稿 / 未开始 / 进行中 / 已结束 / 已取消 */
export type ExamStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN'
  | 'SCHEDULED';

export type FixedQuestionInput = {
  points: Scalars['Decimal']['input'];
  questionId: Scalars['ID']['input'];
};

/** 周周讲 (WEEKLY) / 月月训 (MONTHLY) */
export type Frequency =
  | 'MONTHLY'
  | 'WEEKLY';

export type GradeAnswerInput = {
  attemptQuestionId: Scalars['ID']['input'];
  feedback?: InputMaybe<Scalars['String']['input']>;
  points: Scalars['Decimal']['input'];
};

export type GradeAnswerPayload = {
  __typename?: 'GradeAnswerPayload';
  attempt?: Maybe<ExamAttempt>;
  userErrors: Array<UserError>;
};

/** 最高分 / 最后一次 / 第一次 / 平均分 */
export type GradingMethod =
  | 'AVERAGE'
  | 'FIRST'
  | 'HIGHEST'
  | 'LAST';

export type HistogramBin = {
  __typename?: 'HistogramBin';
  count: Scalars['Int']['output'];
  lower: Scalars['Decimal']['output'];
  upper: Scalars['Decimal']['output'];
};

/** P 无挑战完成 / S 有一些挑战 / M 有重大挑战 / U 未能完成 */
export type HseepRating =
  | 'M'
  | 'P'
  | 'S'
  | 'U';

export type ImportQuestionsInput = {
  file: Scalars['Upload']['input'];
};

export type ImportQuestionsPayload = {
  __typename?: 'ImportQuestionsPayload';
  imported: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

export type ItemStatistics = {
  __typename?: 'ItemStatistics';
  attempts: Scalars['Int']['output'];
  /** Correlation of the item's score with the rest of the test. */
  discrimination?: Maybe<Scalars['Float']['output']>;
  /** Mean points / maximum: 0 hard .. 1 easy. */
  facility?: Maybe<Scalars['Float']['output']>;
  number: Scalars['Int']['output'];
  question: Question;
};

export type LoginInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  token?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type MarkAttendanceInput = {
  marks: Array<AttendanceMarkInput>;
  sessionId: Scalars['ID']['input'];
};

export type MarkAttendancePayload = {
  __typename?: 'MarkAttendancePayload';
  attendance?: Maybe<Array<Attendance>>;
  userErrors: Array<UserError>;
};

export type MarkDrillCommentsReadInput = {
  drillId: Scalars['ID']['input'];
};

export type MarkDrillCommentsReadPayload = {
  __typename?: 'MarkDrillCommentsReadPayload';
  drill?: Maybe<Drill>;
  userErrors: Array<UserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A comment or reply by anyone taking part; isReview: a leader's 点评. */
  addDrillComment: AddDrillCommentPayload;
  cancelDrill: DrillTransitionPayload;
  /** Cancel a published exam: attempts in progress are closed, its ledger points withdrawn; nobody can take it any more. */
  cancelExam: CancelExamPayload;
  /** Cancel a series' sessions from a date on. */
  cancelSeries: CancelSeriesPayload;
  cancelSession: CancelSessionPayload;
  changePassword: ChangePasswordPayload;
  checkIn: CheckInPayload;
  completeDrill: DrillTransitionPayload;
  /** Fix a wrong answer key: every attempt shown it is regraded. */
  correctAnswerKey: CorrectAnswerKeyPayload;
  /** Correct an evaluator's ratings of a REVIEWED drill: the ledger's DRILL points are restated by reversing events. */
  correctDrillEvaluation: SubmitDrillEvaluationPayload;
  /** A corrective action from a drill or a comment. */
  createActionItem: CreateActionItemPayload;
  createExam: CreateExamPayload;
  createPerson: PersonPayload;
  createQuestion: CreateQuestionPayload;
  createTrainingRequirement: TrainingRequirementPayload;
  createUnit: UnitPayload;
  createUser: UserPayload;
  deactivateUser: UserPayload;
  /** Reword your own comment; the earlier wording is kept in its history. */
  editDrillComment: EditDrillCommentPayload;
  /** Grade a short answer or an unmatched blank. */
  gradeAnswer: GradeAnswerPayload;
  /** xlsx or csv (format in API.md): good rows are imported, each bad row is a userError with its row number. */
  importQuestions: ImportQuestionsPayload;
  /** Log in: a bearer token for the Authorization header. */
  login: LoginPayload;
  /** Up to 500 marks, all applied or none. */
  markAttendance: MarkAttendancePayload;
  /** Mark every comment of a drill read, up to its newest one, for the caller (again changes nothing). */
  markDrillCommentsRead: MarkDrillCommentsReadPayload;
  /** A 6-digit code for officers to check in with; replaces the last. */
  openCheckIn: OpenCheckInPayload;
  /** Plan a drill from a scenario (its rubric is copied in) or a custom rubric. */
  planDrill: PlanDrillPayload;
  /** Checks that every rule can be filled; the paper is then fixed. */
  publishExam: PublishExamPayload;
  /** Release the results of an exam set to MANUAL release. */
  releaseExamResults: ReleaseExamResultsPayload;
  /** Excused from a session, with a reason, before it starts. */
  requestLeave: RequestLeavePayload;
  resetPassword: UserPayload;
  /** Retire a question (active: false) or bring it back. */
  retireQuestion: RetireQuestionPayload;
  /** COMPLETED -> REVIEWED: scores are final and the ledger is written. */
  reviewDrill: DrillTransitionPayload;
  /** Autosave any subset of answers until the deadline. */
  saveAnswers: SaveAnswersPayload;
  scheduleSeries: ScheduleSeriesPayload;
  scheduleSession: ScheduleSessionPayload;
  /** Change the ledger points of an attendance status. */
  setAttendancePoints: AttendancePointsPayload;
  startDrill: DrillTransitionPayload;
  /** Start (or resume) an attempt: the paper is drawn for it. */
  startExamAttempt: StartExamAttemptPayload;
  /** Rate the tasks of one unit (revisable until REVIEWED). */
  submitDrillEvaluation: SubmitDrillEvaluationPayload;
  submitExamAttempt: SubmitExamAttemptPayload;
  /** Move an action item: IN_PROGRESS, DONE (with evidence), VERIFIED, or back to OPEN. */
  updateActionItem: UpdateActionItemPayload;
  /** Edit a draft exam as a whole (EXAM_NOT_DRAFT after). */
  updateExam: UpdateExamPayload;
  updatePerson: PersonPayload;
  /** Edit a question; one already used becomes a new version. */
  updateQuestion: UpdateQuestionPayload;
  /** Change a series' sessions from a date on. */
  updateSeries: UpdateSeriesPayload;
  /** Change a session before it starts; the roster follows. */
  updateSession: UpdateSessionPayload;
  updateTrainingRequirement: TrainingRequirementPayload;
  updateUnit: UnitPayload;
  updateUser: UserPayload;
};


export type MutationAddDrillCommentArgs = {
  input: AddDrillCommentInput;
};


export type MutationCancelDrillArgs = {
  input: DrillTransitionInput;
};


export type MutationCancelExamArgs = {
  input: CancelExamInput;
};


export type MutationCancelSeriesArgs = {
  input: CancelSeriesInput;
};


export type MutationCancelSessionArgs = {
  input: CancelSessionInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCheckInArgs = {
  input: CheckInInput;
};


export type MutationCompleteDrillArgs = {
  input: DrillTransitionInput;
};


export type MutationCorrectAnswerKeyArgs = {
  input: CorrectAnswerKeyInput;
};


export type MutationCorrectDrillEvaluationArgs = {
  input: CorrectDrillEvaluationInput;
};


export type MutationCreateActionItemArgs = {
  input: CreateActionItemInput;
};


export type MutationCreateExamArgs = {
  input: CreateExamInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreateQuestionArgs = {
  input: CreateQuestionInput;
};


export type MutationCreateTrainingRequirementArgs = {
  input: TrainingRequirementInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeactivateUserArgs = {
  input: DeactivateUserInput;
};


export type MutationEditDrillCommentArgs = {
  input: EditDrillCommentInput;
};


export type MutationGradeAnswerArgs = {
  input: GradeAnswerInput;
};


export type MutationImportQuestionsArgs = {
  input: ImportQuestionsInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkAttendanceArgs = {
  input: MarkAttendanceInput;
};


export type MutationMarkDrillCommentsReadArgs = {
  input: MarkDrillCommentsReadInput;
};


export type MutationOpenCheckInArgs = {
  input: OpenCheckInInput;
};


export type MutationPlanDrillArgs = {
  input: PlanDrillInput;
};


export type MutationPublishExamArgs = {
  input: PublishExamInput;
};


export type MutationReleaseExamResultsArgs = {
  input: ExamIdInput;
};


export type MutationRequestLeaveArgs = {
  input: RequestLeaveInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRetireQuestionArgs = {
  input: RetireQuestionInput;
};


export type MutationReviewDrillArgs = {
  input: DrillTransitionInput;
};


export type MutationSaveAnswersArgs = {
  input: SaveAnswersInput;
};


export type MutationScheduleSeriesArgs = {
  input: ScheduleSeriesInput;
};


export type MutationScheduleSessionArgs = {
  input: ScheduleSessionInput;
};


export type MutationSetAttendancePointsArgs = {
  input: SetAttendancePointsInput;
};


export type MutationStartDrillArgs = {
  input: DrillTransitionInput;
};


export type MutationStartExamAttemptArgs = {
  input: StartExamAttemptInput;
};


export type MutationSubmitDrillEvaluationArgs = {
  input: SubmitDrillEvaluationInput;
};


export type MutationSubmitExamAttemptArgs = {
  input: SubmitExamAttemptInput;
};


export type MutationUpdateActionItemArgs = {
  input: UpdateActionItemInput;
};


export type MutationUpdateExamArgs = {
  input: UpdateExamInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdateQuestionArgs = {
  input: UpdateQuestionInput;
};


export type MutationUpdateSeriesArgs = {
  input: UpdateSeriesInput;
};


export type MutationUpdateSessionArgs = {
  input: UpdateSessionInput;
};


export type MutationUpdateTrainingRequirementArgs = {
  input: UpdateTrainingRequirementInput;
};


export type MutationUpdateUnitArgs = {
  input: UpdateUnitInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

/** An object with a Globally Unique ID */
export type Node = {
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
};

export type OpenCheckInInput = {
  sessionId: Scalars['ID']['input'];
  validSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type OpenCheckInPayload = {
  __typename?: 'OpenCheckInPayload';
  code?: Maybe<Scalars['String']['output']>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  userErrors: Array<UserError>;
};

export type Option = {
  __typename?: 'Option';
  key: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type OptionInput = {
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

/** Information to aid in pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PaperInput = {
  fixed?: InputMaybe<Array<FixedQuestionInput>>;
  rules?: InputMaybe<Array<PaperRuleInput>>;
};

export type PaperRule = {
  __typename?: 'PaperRule';
  category: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  difficulty?: Maybe<Scalars['Int']['output']>;
  points: Scalars['Decimal']['output'];
  /** The fixed question (the version on the paper); null for a rule. */
  question?: Maybe<Question>;
  type?: Maybe<QuestionType>;
};

export type PaperRuleInput = {
  category: Scalars['String']['input'];
  count: Scalars['Int']['input'];
  difficulty?: InputMaybe<Scalars['Int']['input']>;
  points: Scalars['Decimal']['input'];
  type?: InputMaybe<QuestionType>;
};

/** 多选题部分得分: 不给 / 按正确选项给分 (选错不得分) */
export type PartialCredit =
  | 'NONE'
  | 'PER_OPTION';

/** 牵头单位 / 配合单位 */
export type ParticipantRole =
  | 'LEAD'
  | 'SUPPORT';

/** 考核周期: 年 / 月 / 周 */
export type Period =
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type Person = Node & {
  __typename?: 'Person';
  /** The person's login, if any. */
  account?: Maybe<User>;
  active: Scalars['Boolean']['output'];
  badgeNumber?: Maybe<Scalars['String']['output']>;
  category: PersonCategory;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Shown to admins, trainers, leaders and the person themself. */
  phone?: Maybe<Scalars['String']['output']>;
  unit: Unit;
};

/** 人员类别: 主要负责人 / 分管负责人 / 执法人员 / 配合执法专干 */
export type PersonCategory =
  | 'ASSISTING_STAFF'
  | 'DEPUTY_LEADER'
  | 'ENFORCEMENT_OFFICER'
  | 'PRINCIPAL_LEADER';

export type PersonCompliance = {
  __typename?: 'PersonCompliance';
  items: Array<RequirementProgress>;
  person: Person;
  /** The worst of the items. */
  status: ComplianceStatus;
};

/** A connection to a list of items. */
export type PersonComplianceConnection = {
  __typename?: 'PersonComplianceConnection';
  /** Contains the nodes in this connection */
  edges: Array<PersonComplianceEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type PersonComplianceEdge = {
  __typename?: 'PersonComplianceEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: PersonCompliance;
};

/** A connection to a list of items. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** Contains the nodes in this connection */
  edges: Array<PersonEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Person;
};

export type PersonPayload = {
  __typename?: 'PersonPayload';
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type PlanDrillInput = {
  evaluatorIds: Array<Scalars['ID']['input']>;
  leaderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  location?: InputMaybe<Scalars['String']['input']>;
  organizerUnitId: Scalars['ID']['input'];
  participants: Array<DrillParticipantInput>;
  /** A custom rubric instead of the scenario's. */
  rubric?: InputMaybe<Array<RubricSectionInput>>;
  scenarioKey?: InputMaybe<Scalars['String']['input']>;
  scheduledAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
  type: DrillType;
};

export type PlanDrillPayload = {
  __typename?: 'PlanDrillPayload';
  drill?: Maybe<Drill>;
  userErrors: Array<UserError>;
};

export type PublishExamInput = {
  examId: Scalars['ID']['input'];
};

export type PublishExamPayload = {
  __typename?: 'PublishExamPayload';
  exam?: Maybe<Exam>;
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  /** Corrective actions within the caller's units. */
  actionItems: ActionItemConnection;
  /** A person's attendance, oldest first. */
  attendanceHistory: AttendanceConnection;
  /** Ledger points per attendance status. */
  attendancePoints: Array<AttendancePoints>;
  /** The audit log, oldest first; newestFirst: the latest entries first (its cursors page on towards older ones). */
  auditLog: AuditEntryConnection;
  drillCommentsList: Array<DrillComment>;
  drillReport: DrillReport;
  /** The scenario catalogue with rubrics. */
  drillScenarios: Array<DrillScenario>;
  /** Drills the caller plans or takes part in. */
  drills: DrillConnection;
  examStatistics: ExamStatistics;
  /** Exams the caller may see. */
  exams: ExamConnection;
  /** Answers waiting for a person to grade. */
  gradingQueue: AttemptQuestionForGradingConnection;
  /** The logged-in user; null when not logged in. */
  me?: Maybe<User>;
  /** The logged-in person's attempts. */
  myAttempts: ExamAttemptConnection;
  /** The logged-in person's ledger points in each dimension for a year (this year of the county's calendar by default), reversals included; every dimension is listed, 0 if it has none. Empty for an account without a person. */
  myPoints: Array<DimensionPoints>;
  /** The logged-in person's sessions, by start. */
  mySchedule: Array<TrainingSession>;
  /** The logged-in person's score record: their ledger events of a year (this year by default), by ID, optionally of one dimension. A reversal belongs to the year of the event it cancels, as in myPoints. Empty for an account without a person. */
  myScoreEvents: ScoreEventConnection;
  /** Any object by its global ID; null if unknown or out of reach. */
  node?: Maybe<Node>;
  /** People in the caller's unit scope. unitId includes the unit's sub-units; search matches a name or badge number. */
  people: PersonConnection;
  /** A person's points in each dimension for a year, as myPoints: for admins, trainers and leaders whose scope covers the person (and the person). Empty for anyone else, as for a person that does not exist. */
  personPoints: Array<DimensionPoints>;
  /** Category paths, e.g. 安全生产法 > 第三章. */
  questionCategories: Array<Scalars['String']['output']>;
  /** The bank's counts for the exam builder: for every category, how many current, active questions (of this type and difficulty, if given) it holds itself, and how many a paper rule on it draws from (it and the categories below it). */
  questionCategoryCounts: Array<QuestionCategoryCount>;
  /** The question bank (current versions). */
  questions: QuestionConnection;
  /** The ledger feed in the order events were committed, oldest first. An event appears once every write that began before it has finished, so a reader that pages with `after` sees each event exactly once. since: only events recorded at or after this time. */
  scoreEvents: ScoreEventConnection;
  trainingCompliance: ComplianceReport;
  trainingRequirements: Array<TrainingRequirement>;
  /** Sessions the caller may see, by ID. */
  trainingSessions: TrainingSessionConnection;
  units: UnitConnection;
  /** Comments by others on the drills the caller takes part in, posted since the caller last marked each drill read (markDrillCommentsRead), newest first. first: at most this many (20 by default, at most 100). */
  unreadDrillComments: Array<DrillComment>;
  users: UserConnection;
  /** 错题本: questions the caller got wrong, once results are out. */
  wrongAnswers: Array<WrongAnswer>;
};


export type QueryActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ActionStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAttendanceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  newestFirst?: Scalars['Boolean']['input'];
  operation?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDrillCommentsListArgs = {
  drillId: Scalars['ID']['input'];
};


export type QueryDrillReportArgs = {
  drillId: Scalars['ID']['input'];
};


export type QueryDrillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DrillStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExamStatisticsArgs = {
  examId: Scalars['ID']['input'];
};


export type QueryExamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ExamStatus>;
};


export type QueryGradingQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  examId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyAttemptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyPointsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyScheduleArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryMyScoreEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dimension?: InputMaybe<Dimension>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<PersonCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPersonPointsArgs = {
  personId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuestionCategoryCountsArgs = {
  difficulty?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<QuestionType>;
};


export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  difficulty?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<QuestionType>;
};


export type QueryScoreEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryTrainingComplianceArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryTrainingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<TrainingKind>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<UnitKind>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryUnreadDrillCommentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type Question = Node & {
  __typename?: 'Question';
  active: Scalars['Boolean']['output'];
  answer: Array<Scalars['String']['output']>;
  category: Scalars['String']['output'];
  difficulty: Scalars['Int']['output'];
  explanation?: Maybe<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  isCurrent: Scalars['Boolean']['output'];
  options: Array<Option>;
  reference?: Maybe<Scalars['String']['output']>;
  stem: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  type: QuestionType;
  version: Scalars['Int']['output'];
};

export type QuestionCategoryCount = {
  __typename?: 'QuestionCategoryCount';
  /** Its path, e.g. 安全生产法 > 第三章. */
  category: Scalars['String']['output'];
  /** Questions a rule on this category draws from: in it and below it. */
  count: Scalars['Int']['output'];
  /** Questions in this category itself. */
  ownCount: Scalars['Int']['output'];
};

/** A connection to a list of items. */
export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  /** Contains the nodes in this connection */
  edges: Array<QuestionEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Question;
};

/** 单选 / 多选 / 判断 / 填空 / 简答 */
export type QuestionType =
  | 'FILL_BLANK'
  | 'MULTIPLE_CHOICE'
  | 'SHORT_ANSWER'
  | 'SINGLE_CHOICE'
  | 'TRUE_FALSE';

export type RecurrenceInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  frequency: Frequency;
  interval?: InputMaybe<Scalars['Int']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
  weekdays?: InputMaybe<Array<Weekday>>;
};

export type ReleaseExamResultsPayload = {
  __typename?: 'ReleaseExamResultsPayload';
  exam?: Maybe<Exam>;
  userErrors: Array<UserError>;
};

export type RequestLeaveInput = {
  reason: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};

export type RequestLeavePayload = {
  __typename?: 'RequestLeavePayload';
  attendance?: Maybe<Attendance>;
  userErrors: Array<UserError>;
};

export type RequirementProgress = {
  __typename?: 'RequirementProgress';
  attended: Scalars['Int']['output'];
  /** "2026", "2026-03" or "2026-W11" */
  period: Scalars['String']['output'];
  required: Scalars['Int']['output'];
  requirement: Scalars['String']['output'];
  scheduledRemaining: Scalars['Int']['output'];
  status: ComplianceStatus;
};

export type ResetPasswordInput = {
  id: Scalars['ID']['input'];
  newPassword: Scalars['String']['input'];
};

/** 立即 / 考试结束后 / 手动发布 */
export type ResultRelease =
  | 'AFTER_CLOSE'
  | 'IMMEDIATELY'
  | 'MANUAL';

export type RetireQuestionInput = {
  active?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

export type RetireQuestionPayload = {
  __typename?: 'RetireQuestionPayload';
  question?: Maybe<Question>;
  userErrors: Array<UserError>;
};

/** ADMIN 系统管理员, TRAINER 培训管理员, OFFICER 执法人员, LEADER 领导, EVALUATOR 评估员/裁判, ASSESSMENT_SYSTEM 外部考核系统 (reads the score ledger only) */
export type Role =
  | 'ADMIN'
  | 'ASSESSMENT_SYSTEM'
  | 'EVALUATOR'
  | 'LEADER'
  | 'OFFICER'
  | 'TRAINER';

export type RubricSection = {
  __typename?: 'RubricSection';
  key: Scalars['String']['output'];
  maxPoints: Scalars['Decimal']['output'];
  tasks: Array<RubricTask>;
  title: Scalars['String']['output'];
};

export type RubricSectionInput = {
  key: Scalars['String']['input'];
  tasks: Array<RubricTaskInput>;
  title: Scalars['String']['input'];
};

export type RubricTask = {
  __typename?: 'RubricTask';
  criteria: Scalars['String']['output'];
  key: Scalars['String']['output'];
  maxPoints: Scalars['Decimal']['output'];
  title: Scalars['String']['output'];
};

export type RubricTaskInput = {
  criteria: Scalars['String']['input'];
  key: Scalars['String']['input'];
  maxPoints: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

export type SaveAnswersInput = {
  answers: Array<AnswerInput>;
  attemptId: Scalars['ID']['input'];
};

export type SaveAnswersPayload = {
  __typename?: 'SaveAnswersPayload';
  attempt?: Maybe<ExamAttempt>;
  userErrors: Array<UserError>;
};

export type ScheduleSeriesInput = {
  recurrence: RecurrenceInput;
  session: ScheduleSessionInput;
};

export type ScheduleSeriesPayload = {
  __typename?: 'ScheduleSeriesPayload';
  sessions?: Maybe<Array<TrainingSession>>;
  userErrors: Array<UserError>;
};

export type ScheduleSessionInput = {
  audience: AudienceInput;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  format?: InputMaybe<TrainingFormat>;
  kind: TrainingKind;
  organizerUnitId: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
  trainerId?: InputMaybe<Scalars['ID']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type ScheduleSessionPayload = {
  __typename?: 'ScheduleSessionPayload';
  session?: Maybe<TrainingSession>;
  userErrors: Array<UserError>;
};

export type ScoreEvent = Node & {
  __typename?: 'ScoreEvent';
  dimension: Dimension;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  person?: Maybe<Person>;
  points: Scalars['Decimal']['output'];
  reason: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** The ID of the event this one cancels, for a reversal. */
  reverses?: Maybe<Scalars['ID']['output']>;
  /** The global ID of the source object (its type is sourceType). */
  sourceId: Scalars['ID']['output'];
  sourceType: Scalars['String']['output'];
  unit?: Maybe<Unit>;
};

/** A connection to a list of items. */
export type ScoreEventConnection = {
  __typename?: 'ScoreEventConnection';
  /** Contains the nodes in this connection */
  edges: Array<ScoreEventEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type ScoreEventEdge = {
  __typename?: 'ScoreEventEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ScoreEvent;
};

export type SectionScore = {
  __typename?: 'SectionScore';
  key: Scalars['String']['output'];
  maxScore: Scalars['Decimal']['output'];
  score?: Maybe<Scalars['Decimal']['output']>;
  title: Scalars['String']['output'];
};

export type SessionAttendanceCount = {
  __typename?: 'SessionAttendanceCount';
  session: TrainingSession;
  summary: AttendanceSummary;
};

/** 已安排 / 进行中 / 已结束 / 已取消 */
export type SessionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ONGOING'
  | 'SCHEDULED';

export type SetAttendancePointsInput = {
  points: Scalars['Decimal']['input'];
  status: AttendanceStatus;
};

export type StartExamAttemptInput = {
  examId: Scalars['ID']['input'];
};

export type StartExamAttemptPayload = {
  __typename?: 'StartExamAttemptPayload';
  attempt?: Maybe<ExamAttempt>;
  userErrors: Array<UserError>;
};

export type SubmitDrillEvaluationInput = {
  drillId: Scalars['ID']['input'];
  /** false saves a draft without submitting. */
  final?: Scalars['Boolean']['input'];
  ratings: Array<TaskRatingInput>;
  /** Null rates the drill-wide coordination section of a joint drill. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type SubmitDrillEvaluationPayload = {
  __typename?: 'SubmitDrillEvaluationPayload';
  ratings?: Maybe<Array<TaskRating>>;
  userErrors: Array<UserError>;
};

export type SubmitExamAttemptInput = {
  attemptId: Scalars['ID']['input'];
};

export type SubmitExamAttemptPayload = {
  __typename?: 'SubmitExamAttemptPayload';
  attempt?: Maybe<ExamAttempt>;
  userErrors: Array<UserError>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each new comment on a drill, as it is posted (点评直播). */
  drillComments: DrillComment;
  /** A session's attendance counts: at once, then again after every check-in, mark and leave request on it (the trainer's live count). For those who read the session's whole roster: its organiser's managers, and leaders whose scope covers it. */
  sessionAttendance: SessionAttendanceCount;
};


export type SubscriptionDrillCommentsArgs = {
  drillId: Scalars['ID']['input'];
};


export type SubscriptionSessionAttendanceArgs = {
  sessionId: Scalars['ID']['input'];
};

export type TaskRating = {
  __typename?: 'TaskRating';
  note?: Maybe<Scalars['String']['output']>;
  points: Scalars['Decimal']['output'];
  rating?: Maybe<HseepRating>;
  taskKey: Scalars['String']['output'];
  /** Null for the drill-wide coordination section. */
  unit?: Maybe<Unit>;
};

export type TaskRatingInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  points: Scalars['Decimal']['input'];
  rating?: InputMaybe<HseepRating>;
  taskKey: Scalars['String']['input'];
};

/** 形式: 讲座 / 集中培训 / 线上 */
export type TrainingFormat =
  | 'CENTRALIZED'
  | 'LECTURE'
  | 'ONLINE';

/** 培训类别: 政治 / 业务 / 交通安全 */
export type TrainingKind =
  | 'POLITICAL'
  | 'PROFESSIONAL'
  | 'TRAFFIC_SAFETY';

export type TrainingRequirement = Node & {
  __typename?: 'TrainingRequirement';
  active: Scalars['Boolean']['output'];
  categories: Array<PersonCategory>;
  count: Scalars['Int']['output'];
  formats: Array<TrainingFormat>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  period: Period;
  trainingKinds: Array<TrainingKind>;
  unitKinds: Array<UnitKind>;
};

export type TrainingRequirementInput = {
  categories?: InputMaybe<Array<PersonCategory>>;
  count: Scalars['Int']['input'];
  formats?: InputMaybe<Array<TrainingFormat>>;
  name: Scalars['String']['input'];
  period: Period;
  trainingKinds: Array<TrainingKind>;
  unitKinds?: InputMaybe<Array<UnitKind>>;
};

export type TrainingRequirementPayload = {
  __typename?: 'TrainingRequirementPayload';
  requirement?: Maybe<TrainingRequirement>;
  userErrors: Array<UserError>;
};

export type TrainingSession = Node & {
  __typename?: 'TrainingSession';
  /** The roster: whole for the organiser's managers and for leaders whose scope covers the organiser; anyone else sees only their own row. */
  attendance: AttendanceConnection;
  attendanceSummary: AttendanceSummary;
  audience: Audience;
  cancelReason?: Maybe<Scalars['String']['output']>;
  capacity?: Maybe<Scalars['Int']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  format: TrainingFormat;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  kind: TrainingKind;
  /** The logged-in person's own roster row, if on the roster. */
  myAttendance?: Maybe<Attendance>;
  organizer: Unit;
  /** The series this session belongs to, if any. */
  seriesId?: Maybe<Scalars['ID']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: SessionStatus;
  title: Scalars['String']['output'];
  trainer?: Maybe<User>;
  venue?: Maybe<Scalars['String']['output']>;
};


export type TrainingSessionAttendanceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AttendanceStatus>;
};

/** A connection to a list of items. */
export type TrainingSessionConnection = {
  __typename?: 'TrainingSessionConnection';
  /** Contains the nodes in this connection */
  edges: Array<TrainingSessionEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type TrainingSessionEdge = {
  __typename?: 'TrainingSessionEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: TrainingSession;
};

export type Unit = Node & {
  __typename?: 'Unit';
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  kind: UnitKind;
  name: Scalars['String']['output'];
  parent?: Maybe<Unit>;
};

export type UnitCompliance = {
  __typename?: 'UnitCompliance';
  atRisk: Scalars['Int']['output'];
  compliant: Scalars['Int']['output'];
  nonCompliant: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  /** compliant / people */
  rate: Scalars['Float']['output'];
  unit: Unit;
};

/** A connection to a list of items. */
export type UnitConnection = {
  __typename?: 'UnitConnection';
  /** Contains the nodes in this connection */
  edges: Array<UnitEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

export type UnitDrillScore = {
  __typename?: 'UnitDrillScore';
  evaluators: Scalars['Int']['output'];
  maxScore: Scalars['Decimal']['output'];
  score?: Maybe<Scalars['Decimal']['output']>;
  sections: Array<SectionScore>;
  unit: Unit;
};

/** An edge in a connection. */
export type UnitEdge = {
  __typename?: 'UnitEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Unit;
};

export type UnitExamStatistics = {
  __typename?: 'UnitExamStatistics';
  attempts: Scalars['Int']['output'];
  mean?: Maybe<Scalars['Float']['output']>;
  passRate: Scalars['Float']['output'];
  unit: Unit;
};

/** 单位类别: 县直部门 / 乡镇 / 企业 / 安委会·专委会 */
export type UnitKind =
  | 'COMMITTEE'
  | 'COUNTY_DEPARTMENT'
  | 'ENTERPRISE'
  | 'TOWNSHIP';

export type UnitPayload = {
  __typename?: 'UnitPayload';
  unit?: Maybe<Unit>;
  userErrors: Array<UserError>;
};

export type UpdateActionItemInput = {
  evidence?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  status: ActionStatus;
};

export type UpdateActionItemPayload = {
  __typename?: 'UpdateActionItemPayload';
  actionItem?: Maybe<ActionItem>;
  userErrors: Array<UserError>;
};

export type UpdateExamInput = {
  /** The whole exam, as createExam takes it. */
  exam: CreateExamInput;
  examId: Scalars['ID']['input'];
};

export type UpdateExamPayload = {
  __typename?: 'UpdateExamPayload';
  exam?: Maybe<Exam>;
  userErrors: Array<UserError>;
};

export type UpdatePersonInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  badgeNumber?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<PersonCategory>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateQuestionInput = {
  id: Scalars['ID']['input'];
  question: CreateQuestionInput;
};

export type UpdateQuestionPayload = {
  __typename?: 'UpdateQuestionPayload';
  question?: Maybe<Question>;
  userErrors: Array<UserError>;
};

export type UpdateSeriesInput = {
  audience?: InputMaybe<AudienceInput>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endTime?: InputMaybe<Scalars['Time']['input']>;
  /** Sessions on and after this local date change. */
  fromDate: Scalars['Date']['input'];
  seriesId: Scalars['ID']['input'];
  startTime?: InputMaybe<Scalars['Time']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  trainerId?: InputMaybe<Scalars['ID']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSeriesPayload = {
  __typename?: 'UpdateSeriesPayload';
  sessions?: Maybe<Array<TrainingSession>>;
  userErrors: Array<UserError>;
};

export type UpdateSessionInput = {
  audience?: InputMaybe<AudienceInput>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  format?: InputMaybe<TrainingFormat>;
  sessionId: Scalars['ID']['input'];
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  trainerId?: InputMaybe<Scalars['ID']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSessionPayload = {
  __typename?: 'UpdateSessionPayload';
  session?: Maybe<TrainingSession>;
  userErrors: Array<UserError>;
};

export type UpdateTrainingRequirementInput = {
  active?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  requirement: TrainingRequirementInput;
};

export type UpdateUnitInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<UnitKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** null makes the unit top-level. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateUserInput = {
  id: Scalars['ID']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  roles?: InputMaybe<Array<Role>>;
  /** null makes the user county-wide. */
  scopeUnitId?: InputMaybe<Scalars['ID']['input']>;
};

export type User = Node & {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  person?: Maybe<Person>;
  roles: Array<Role>;
  /** The unit subtree this user works in; null means county-wide. */
  scopeUnit?: Maybe<Unit>;
  username: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** Contains the nodes in this connection */
  edges: Array<UserEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: User;
};

export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type UserPayload = {
  __typename?: 'UserPayload';
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type WrongAnswer = {
  __typename?: 'WrongAnswer';
  correctAnswer: Array<Scalars['String']['output']>;
  explanation?: Maybe<Scalars['String']['output']>;
  myAnswer?: Maybe<Array<Scalars['String']['output']>>;
  options: Array<Option>;
  reference?: Maybe<Scalars['String']['output']>;
  stem: Scalars['String']['output'];
  timesWrong: Scalars['Int']['output'];
  type: QuestionType;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, username: string, roles: Array<Role>, person?: { __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', id: string, name: string } } | null } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', token?: string | null, user?: { __typename?: 'User', id: string, username: string, roles: Array<Role> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'ChangePasswordPayload', token?: string | null, user?: { __typename?: 'User', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type AdminUnitsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminUnitsQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', edges: Array<{ __typename?: 'UnitEdge', node: { __typename?: 'Unit', id: string, name: string, kind: UnitKind, parent?: { __typename?: 'Unit', id: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AdminCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type AdminCreateUnitMutation = { __typename?: 'Mutation', createUnit: { __typename?: 'UnitPayload', unit?: { __typename?: 'Unit', id: string, name: string, kind: UnitKind, parent?: { __typename?: 'Unit', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type AdminUpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type AdminUpdateUnitMutation = { __typename?: 'Mutation', updateUnit: { __typename?: 'UnitPayload', unit?: { __typename?: 'Unit', id: string, name: string, kind: UnitKind, parent?: { __typename?: 'Unit', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type AdminPeopleQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<PersonCategory>;
  search?: InputMaybe<Scalars['String']['input']>;
  includeInactive: Scalars['Boolean']['input'];
}>;


export type AdminPeopleQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', id: string, name: string, category: PersonCategory, badgeNumber?: string | null, phone?: string | null, active: boolean, unit: { __typename?: 'Unit', id: string, name: string }, account?: { __typename?: 'User', id: string, username: string, roles: Array<Role>, active: boolean } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AdminCreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type AdminCreatePersonMutation = { __typename?: 'Mutation', createPerson: { __typename?: 'PersonPayload', person?: { __typename?: 'Person', id: string, name: string, category: PersonCategory, badgeNumber?: string | null, phone?: string | null, active: boolean, unit: { __typename?: 'Unit', id: string, name: string }, account?: { __typename?: 'User', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type AdminUpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type AdminUpdatePersonMutation = { __typename?: 'Mutation', updatePerson: { __typename?: 'PersonPayload', person?: { __typename?: 'Person', id: string, name: string, category: PersonCategory, badgeNumber?: string | null, phone?: string | null, active: boolean, unit: { __typename?: 'Unit', id: string, name: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type AdminUsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, username: string, roles: Array<Role>, active: boolean, person?: { __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', id: string, name: string } } | null, scopeUnit?: { __typename?: 'Unit', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, username: string, roles: Array<Role>, active: boolean, person?: { __typename?: 'Person', id: string, name: string, account?: { __typename?: 'User', id: string } | null } | null, scopeUnit?: { __typename?: 'Unit', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type AdminUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, username: string, roles: Array<Role>, active: boolean, person?: { __typename?: 'Person', id: string, name: string } | null, scopeUnit?: { __typename?: 'Unit', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type AdminDeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type AdminDeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type AdminResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type AdminResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type AdminPersonOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminPersonOptionsQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', id: string, name: string, badgeNumber?: string | null, unit: { __typename?: 'Unit', id: string, name: string }, account?: { __typename?: 'User', id: string } | null } }> } };

export type AdminAuditLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AdminAuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, username?: string | null, operation: string, objectType?: string | null, objectId?: string | null, input?: unknown | null, succeeded: boolean, errorCodes: Array<string>, requestId: string, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type BankQuestionFieldsFragment = { __typename?: 'Question', id: string, category: string, type: QuestionType, stem: string, answer: Array<string>, explanation?: string | null, difficulty: number, reference?: string | null, tags: Array<string>, active: boolean, version: number, isCurrent: boolean, options: Array<{ __typename?: 'Option', key: string, text: string }> };

export type BankQuestionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<QuestionType>;
  difficulty?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  includeRetired: Scalars['Boolean']['input'];
}>;


export type BankQuestionsQuery = { __typename?: 'Query', questions: { __typename?: 'QuestionConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QuestionEdge', node: { __typename?: 'Question', id: string, category: string, type: QuestionType, stem: string, answer: Array<string>, explanation?: string | null, difficulty: number, reference?: string | null, tags: Array<string>, active: boolean, version: number, isCurrent: boolean, options: Array<{ __typename?: 'Option', key: string, text: string }> } }> } };

export type BankCategoryCountsQueryVariables = Exact<{
  type?: InputMaybe<QuestionType>;
  difficulty?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BankCategoryCountsQuery = { __typename?: 'Query', questionCategoryCounts: Array<{ __typename?: 'QuestionCategoryCount', category: string, ownCount: number, count: number }> };

export type BankCreateQuestionMutationVariables = Exact<{
  input: CreateQuestionInput;
}>;


export type BankCreateQuestionMutation = { __typename?: 'Mutation', createQuestion: { __typename?: 'CreateQuestionPayload', question?: { __typename?: 'Question', id: string, category: string, type: QuestionType, stem: string, answer: Array<string>, explanation?: string | null, difficulty: number, reference?: string | null, tags: Array<string>, active: boolean, version: number, isCurrent: boolean, options: Array<{ __typename?: 'Option', key: string, text: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type BankUpdateQuestionMutationVariables = Exact<{
  input: UpdateQuestionInput;
}>;


export type BankUpdateQuestionMutation = { __typename?: 'Mutation', updateQuestion: { __typename?: 'UpdateQuestionPayload', question?: { __typename?: 'Question', id: string, category: string, type: QuestionType, stem: string, answer: Array<string>, explanation?: string | null, difficulty: number, reference?: string | null, tags: Array<string>, active: boolean, version: number, isCurrent: boolean, options: Array<{ __typename?: 'Option', key: string, text: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type BankRetireQuestionMutationVariables = Exact<{
  input: RetireQuestionInput;
}>;


export type BankRetireQuestionMutation = { __typename?: 'Mutation', retireQuestion: { __typename?: 'RetireQuestionPayload', question?: { __typename?: 'Question', id: string, category: string, type: QuestionType, stem: string, answer: Array<string>, explanation?: string | null, difficulty: number, reference?: string | null, tags: Array<string>, active: boolean, version: number, isCurrent: boolean, options: Array<{ __typename?: 'Option', key: string, text: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type BankCorrectAnswerKeyMutationVariables = Exact<{
  input: CorrectAnswerKeyInput;
}>;


export type BankCorrectAnswerKeyMutation = { __typename?: 'Mutation', correctAnswerKey: { __typename?: 'CorrectAnswerKeyPayload', regradedAttempts: number, question?: { __typename?: 'Question', id: string, category: string, type: QuestionType, stem: string, answer: Array<string>, explanation?: string | null, difficulty: number, reference?: string | null, tags: Array<string>, active: boolean, version: number, isCurrent: boolean, options: Array<{ __typename?: 'Option', key: string, text: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type BankImportQuestionsMutationVariables = Exact<{
  input: ImportQuestionsInput;
}>;


export type BankImportQuestionsMutation = { __typename?: 'Mutation', importQuestions: { __typename?: 'ImportQuestionsPayload', imported: number, rejected: number, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type BankExamFieldsFragment = { __typename?: 'Exam', id: string, title: string, opensAt: string, closesAt: string, durationMinutes: number, passScore: string, maxAttempts?: number | null, gradingMethod: GradingMethod, shuffleQuestions: boolean, shuffleOptions: boolean, releaseResults: ResultRelease, partialCredit: PartialCredit, practice: boolean, cancelledAt?: string | null, cancelReason?: string | null, status: ExamStatus, resultsReleased: boolean, paper: Array<{ __typename?: 'PaperRule', category: string, type?: QuestionType | null, difficulty?: number | null, count: number, points: string, question?: { __typename?: 'Question', id: string, stem: string, type: QuestionType, category: string, difficulty: number } | null }>, audience: { __typename?: 'Audience', categories: Array<PersonCategory>, units: Array<{ __typename?: 'Unit', id: string }>, people: Array<{ __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', name: string } }> } };

export type BankExamsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ExamStatus>;
}>;


export type BankExamsQuery = { __typename?: 'Query', exams: { __typename?: 'ExamConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ExamEdge', node: { __typename?: 'Exam', id: string, title: string, opensAt: string, closesAt: string, durationMinutes: number, passScore: string, maxAttempts?: number | null, gradingMethod: GradingMethod, shuffleQuestions: boolean, shuffleOptions: boolean, releaseResults: ResultRelease, partialCredit: PartialCredit, practice: boolean, cancelledAt?: string | null, cancelReason?: string | null, status: ExamStatus, resultsReleased: boolean, progress?: { __typename?: 'ExamProgress', audience: number, started: number, inProgress: number, submitted: number } | null, paper: Array<{ __typename?: 'PaperRule', category: string, type?: QuestionType | null, difficulty?: number | null, count: number, points: string, question?: { __typename?: 'Question', id: string, stem: string, type: QuestionType, category: string, difficulty: number } | null }>, audience: { __typename?: 'Audience', categories: Array<PersonCategory>, units: Array<{ __typename?: 'Unit', id: string }>, people: Array<{ __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', name: string } }> } } }> } };

export type BankExamQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BankExamQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'Attendance' } | { __typename?: 'AuditEntry' } | { __typename?: 'Drill' } | { __typename?: 'DrillComment' } | { __typename?: 'Exam', id: string, title: string, opensAt: string, closesAt: string, durationMinutes: number, passScore: string, maxAttempts?: number | null, gradingMethod: GradingMethod, shuffleQuestions: boolean, shuffleOptions: boolean, releaseResults: ResultRelease, partialCredit: PartialCredit, practice: boolean, cancelledAt?: string | null, cancelReason?: string | null, status: ExamStatus, resultsReleased: boolean, progress?: { __typename?: 'ExamProgress', audience: number, started: number, inProgress: number, submitted: number } | null, paper: Array<{ __typename?: 'PaperRule', category: string, type?: QuestionType | null, difficulty?: number | null, count: number, points: string, question?: { __typename?: 'Question', id: string, stem: string, type: QuestionType, category: string, difficulty: number } | null }>, audience: { __typename?: 'Audience', categories: Array<PersonCategory>, units: Array<{ __typename?: 'Unit', id: string }>, people: Array<{ __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', name: string } }> } } | { __typename?: 'ExamAttempt' } | { __typename?: 'Person' } | { __typename?: 'Question' } | { __typename?: 'ScoreEvent' } | { __typename?: 'TrainingRequirement' } | { __typename?: 'TrainingSession' } | { __typename?: 'Unit' } | { __typename?: 'User' } | null };

export type BankCreateExamMutationVariables = Exact<{
  input: CreateExamInput;
}>;


export type BankCreateExamMutation = { __typename?: 'Mutation', createExam: { __typename?: 'CreateExamPayload', exam?: { __typename?: 'Exam', id: string, title: string, opensAt: string, closesAt: string, durationMinutes: number, passScore: string, maxAttempts?: number | null, gradingMethod: GradingMethod, shuffleQuestions: boolean, shuffleOptions: boolean, releaseResults: ResultRelease, partialCredit: PartialCredit, practice: boolean, cancelledAt?: string | null, cancelReason?: string | null, status: ExamStatus, resultsReleased: boolean, paper: Array<{ __typename?: 'PaperRule', category: string, type?: QuestionType | null, difficulty?: number | null, count: number, points: string, question?: { __typename?: 'Question', id: string, stem: string, type: QuestionType, category: string, difficulty: number } | null }>, audience: { __typename?: 'Audience', categories: Array<PersonCategory>, units: Array<{ __typename?: 'Unit', id: string }>, people: Array<{ __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', name: string } }> } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type BankUpdateExamMutationVariables = Exact<{
  input: UpdateExamInput;
}>;


export type BankUpdateExamMutation = { __typename?: 'Mutation', updateExam: { __typename?: 'UpdateExamPayload', exam?: { __typename?: 'Exam', id: string, title: string, opensAt: string, closesAt: string, durationMinutes: number, passScore: string, maxAttempts?: number | null, gradingMethod: GradingMethod, shuffleQuestions: boolean, shuffleOptions: boolean, releaseResults: ResultRelease, partialCredit: PartialCredit, practice: boolean, cancelledAt?: string | null, cancelReason?: string | null, status: ExamStatus, resultsReleased: boolean, paper: Array<{ __typename?: 'PaperRule', category: string, type?: QuestionType | null, difficulty?: number | null, count: number, points: string, question?: { __typename?: 'Question', id: string, stem: string, type: QuestionType, category: string, difficulty: number } | null }>, audience: { __typename?: 'Audience', categories: Array<PersonCategory>, units: Array<{ __typename?: 'Unit', id: string }>, people: Array<{ __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', name: string } }> } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type BankPublishExamMutationVariables = Exact<{
  input: PublishExamInput;
}>;


export type BankPublishExamMutation = { __typename?: 'Mutation', publishExam: { __typename?: 'PublishExamPayload', exam?: { __typename?: 'Exam', id: string, title: string, opensAt: string, closesAt: string, durationMinutes: number, passScore: string, maxAttempts?: number | null, gradingMethod: GradingMethod, shuffleQuestions: boolean, shuffleOptions: boolean, releaseResults: ResultRelease, partialCredit: PartialCredit, practice: boolean, cancelledAt?: string | null, cancelReason?: string | null, status: ExamStatus, resultsReleased: boolean, paper: Array<{ __typename?: 'PaperRule', category: string, type?: QuestionType | null, difficulty?: number | null, count: number, points: string, question?: { __typename?: 'Question', id: string, stem: string, type: QuestionType, category: string, difficulty: number } | null }>, audience: { __typename?: 'Audience', categories: Array<PersonCategory>, units: Array<{ __typename?: 'Unit', id: string }>, people: Array<{ __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', name: string } }> } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type BankCancelExamMutationVariables = Exact<{
  input: CancelExamInput;
}>;


export type BankCancelExamMutation = { __typename?: 'Mutation', cancelExam: { __typename?: 'CancelExamPayload', exam?: { __typename?: 'Exam', id: string, title: string, opensAt: string, closesAt: string, durationMinutes: number, passScore: string, maxAttempts?: number | null, gradingMethod: GradingMethod, shuffleQuestions: boolean, shuffleOptions: boolean, releaseResults: ResultRelease, partialCredit: PartialCredit, practice: boolean, cancelledAt?: string | null, cancelReason?: string | null, status: ExamStatus, resultsReleased: boolean, paper: Array<{ __typename?: 'PaperRule', category: string, type?: QuestionType | null, difficulty?: number | null, count: number, points: string, question?: { __typename?: 'Question', id: string, stem: string, type: QuestionType, category: string, difficulty: number } | null }>, audience: { __typename?: 'Audience', categories: Array<PersonCategory>, units: Array<{ __typename?: 'Unit', id: string }>, people: Array<{ __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', name: string } }> } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type BankReleaseResultsMutationVariables = Exact<{
  input: ExamIdInput;
}>;


export type BankReleaseResultsMutation = { __typename?: 'Mutation', releaseExamResults: { __typename?: 'ReleaseExamResultsPayload', exam?: { __typename?: 'Exam', id: string, title: string, opensAt: string, closesAt: string, durationMinutes: number, passScore: string, maxAttempts?: number | null, gradingMethod: GradingMethod, shuffleQuestions: boolean, shuffleOptions: boolean, releaseResults: ResultRelease, partialCredit: PartialCredit, practice: boolean, cancelledAt?: string | null, cancelReason?: string | null, status: ExamStatus, resultsReleased: boolean, paper: Array<{ __typename?: 'PaperRule', category: string, type?: QuestionType | null, difficulty?: number | null, count: number, points: string, question?: { __typename?: 'Question', id: string, stem: string, type: QuestionType, category: string, difficulty: number } | null }>, audience: { __typename?: 'Audience', categories: Array<PersonCategory>, units: Array<{ __typename?: 'Unit', id: string }>, people: Array<{ __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', name: string } }> } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type BankGradingQueueQueryVariables = Exact<{
  examId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BankGradingQueueQuery = { __typename?: 'Query', gradingQueue: { __typename?: 'AttemptQuestionForGradingConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AttemptQuestionForGradingEdge', node: { __typename?: 'AttemptQuestionForGrading', id: string, number: number, stem: string, points: string, answer?: Array<string> | null, referenceAnswer: Array<string> } }> } };

export type BankGradeAnswerMutationVariables = Exact<{
  input: GradeAnswerInput;
}>;


export type BankGradeAnswerMutation = { __typename?: 'Mutation', gradeAnswer: { __typename?: 'GradeAnswerPayload', attempt?: { __typename?: 'ExamAttempt', id: string, status: AttemptStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type BankExamTitleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BankExamTitleQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'Attendance' } | { __typename?: 'AuditEntry' } | { __typename?: 'Drill' } | { __typename?: 'DrillComment' } | { __typename?: 'Exam', id: string, title: string, status: ExamStatus } | { __typename?: 'ExamAttempt' } | { __typename?: 'Person' } | { __typename?: 'Question' } | { __typename?: 'ScoreEvent' } | { __typename?: 'TrainingRequirement' } | { __typename?: 'TrainingSession' } | { __typename?: 'Unit' } | { __typename?: 'User' } | null };

export type BankExamStatisticsQueryVariables = Exact<{
  examId: Scalars['ID']['input'];
}>;


export type BankExamStatisticsQuery = { __typename?: 'Query', examStatistics: { __typename?: 'ExamStatistics', attempts: number, mean?: number | null, median?: number | null, stdDev?: number | null, passRate: number, reliability?: number | null, histogram: Array<{ __typename?: 'HistogramBin', lower: string, upper: string, count: number }>, items: Array<{ __typename?: 'ItemStatistics', number: number, facility?: number | null, discrimination?: number | null, attempts: number, question: { __typename?: 'Question', id: string, stem: string, type: QuestionType, category: string } }>, byUnit: Array<{ __typename?: 'UnitExamStatistics', attempts: number, mean?: number | null, passRate: number, unit: { __typename?: 'Unit', id: string, name: string } }> } };

export type BankUnitsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BankUnitsQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UnitEdge', node: { __typename?: 'Unit', id: string, name: string, kind: UnitKind, parent?: { __typename?: 'Unit', id: string } | null } }> } };

export type BankPeopleQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BankPeopleQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', id: string, name: string, badgeNumber?: string | null, unit: { __typename?: 'Unit', id: string, name: string } } }> } };

export type DrillsListQueryVariables = Exact<{
  status?: InputMaybe<DrillStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DrillsListQuery = { __typename?: 'Query', drills: { __typename?: 'DrillConnection', edges: Array<{ __typename?: 'DrillEdge', node: { __typename?: 'Drill', id: string, title: string, type: DrillType, status: DrillStatus, scheduledAt: string, location?: string | null, startedAt?: string | null, completedAt?: string | null, reviewedAt?: string | null, unreadCommentCount: number, organizer: { __typename?: 'Unit', id: string, name: string }, participants: Array<{ __typename?: 'DrillParticipant', role: ParticipantRole, unit: { __typename?: 'Unit', id: string, name: string } }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type DrillCommentFieldsFragment = { __typename?: 'DrillComment', id: string, body: string, isReview: boolean, taskKey?: string | null, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, username: string, roles: Array<Role>, person?: { __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', id: string, name: string } } | null }, parent?: { __typename?: 'DrillComment', id: string } | null };

export type DrillDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DrillDetailQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'Attendance' } | { __typename?: 'AuditEntry' } | { __typename?: 'Drill', id: string, title: string, type: DrillType, status: DrillStatus, scenarioKey?: string | null, scheduledAt: string, location?: string | null, startedAt?: string | null, completedAt?: string | null, reviewedAt?: string | null, unreadCommentCount: number, organizer: { __typename?: 'Unit', id: string, name: string }, participants: Array<{ __typename?: 'DrillParticipant', role: ParticipantRole, unit: { __typename?: 'Unit', id: string, name: string } }>, rubric: Array<{ __typename?: 'RubricSection', key: string, title: string, maxPoints: string, tasks: Array<{ __typename?: 'RubricTask', key: string, title: string, maxPoints: string, criteria: string }> }>, coordination: Array<{ __typename?: 'RubricSection', key: string, title: string, maxPoints: string, tasks: Array<{ __typename?: 'RubricTask', key: string, title: string, maxPoints: string, criteria: string }> }> } | { __typename?: 'DrillComment' } | { __typename?: 'Exam' } | { __typename?: 'ExamAttempt' } | { __typename?: 'Person' } | { __typename?: 'Question' } | { __typename?: 'ScoreEvent' } | { __typename?: 'TrainingRequirement' } | { __typename?: 'TrainingSession' } | { __typename?: 'Unit' } | { __typename?: 'User' } | null, drillCommentsList: Array<{ __typename?: 'DrillComment', id: string, body: string, isReview: boolean, taskKey?: string | null, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, username: string, roles: Array<Role>, person?: { __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', id: string, name: string } } | null }, parent?: { __typename?: 'DrillComment', id: string } | null }> };

export type DrillMarkCommentsReadMutationVariables = Exact<{
  input: MarkDrillCommentsReadInput;
}>;


export type DrillMarkCommentsReadMutation = { __typename?: 'Mutation', markDrillCommentsRead: { __typename?: 'MarkDrillCommentsReadPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type DrillScoresQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DrillScoresQuery = { __typename?: 'Query', drillReport: { __typename?: 'DrillReport', score?: string | null, maxScore: string, units: Array<{ __typename?: 'UnitDrillScore', score?: string | null, maxScore: string, evaluators: number, unit: { __typename?: 'Unit', id: string, name: string }, sections: Array<{ __typename?: 'SectionScore', key: string, title: string, score?: string | null, maxScore: string }> }>, coordination?: { __typename?: 'UnitDrillScore', score?: string | null, maxScore: string, evaluators: number, sections: Array<{ __typename?: 'SectionScore', key: string, title: string, score?: string | null, maxScore: string }> } | null } };

export type DrillCommentsLiveSubscriptionVariables = Exact<{
  drillId: Scalars['ID']['input'];
}>;


export type DrillCommentsLiveSubscription = { __typename?: 'Subscription', drillComments: { __typename?: 'DrillComment', id: string, body: string, isReview: boolean, taskKey?: string | null, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, username: string, roles: Array<Role>, person?: { __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', id: string, name: string } } | null }, parent?: { __typename?: 'DrillComment', id: string } | null } };

export type DrillAddCommentMutationVariables = Exact<{
  input: AddDrillCommentInput;
}>;


export type DrillAddCommentMutation = { __typename?: 'Mutation', addDrillComment: { __typename?: 'AddDrillCommentPayload', comment?: { __typename?: 'DrillComment', id: string, body: string, isReview: boolean, taskKey?: string | null, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, username: string, roles: Array<Role>, person?: { __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', id: string, name: string } } | null }, parent?: { __typename?: 'DrillComment', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type DrillEditCommentMutationVariables = Exact<{
  input: EditDrillCommentInput;
}>;


export type DrillEditCommentMutation = { __typename?: 'Mutation', editDrillComment: { __typename?: 'EditDrillCommentPayload', comment?: { __typename?: 'DrillComment', id: string, body: string, isReview: boolean, taskKey?: string | null, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, username: string, roles: Array<Role>, person?: { __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', id: string, name: string } } | null }, parent?: { __typename?: 'DrillComment', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type ActionItemFieldsFragment = { __typename?: 'ActionItem', id: string, title: string, description?: string | null, source: ActionSource, status: ActionStatus, dueDate: string, evidence?: string | null, completedAt?: string | null, overdue: boolean, ownerUnit: { __typename?: 'Unit', id: string, name: string }, assignee?: { __typename?: 'Person', id: string, name: string } | null };

export type ActionCreateItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type ActionCreateItemMutation = { __typename?: 'Mutation', createActionItem: { __typename?: 'CreateActionItemPayload', actionItem?: { __typename?: 'ActionItem', id: string, title: string, description?: string | null, source: ActionSource, status: ActionStatus, dueDate: string, evidence?: string | null, completedAt?: string | null, overdue: boolean, ownerUnit: { __typename?: 'Unit', id: string, name: string }, assignee?: { __typename?: 'Person', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type ActionUpdateItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type ActionUpdateItemMutation = { __typename?: 'Mutation', updateActionItem: { __typename?: 'UpdateActionItemPayload', actionItem?: { __typename?: 'ActionItem', id: string, title: string, description?: string | null, source: ActionSource, status: ActionStatus, dueDate: string, evidence?: string | null, completedAt?: string | null, overdue: boolean, ownerUnit: { __typename?: 'Unit', id: string, name: string }, assignee?: { __typename?: 'Person', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type ActionItemsListQueryVariables = Exact<{
  status?: InputMaybe<ActionStatus>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActionItemsListQuery = { __typename?: 'Query', actionItems: { __typename?: 'ActionItemConnection', edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, title: string, description?: string | null, source: ActionSource, status: ActionStatus, dueDate: string, evidence?: string | null, completedAt?: string | null, overdue: boolean, ownerUnit: { __typename?: 'Unit', id: string, name: string }, assignee?: { __typename?: 'Person', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type DrillReportPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DrillReportPageQuery = { __typename?: 'Query', drillReport: { __typename?: 'DrillReport', score?: string | null, maxScore: string, observations: Array<string>, drill: { __typename?: 'Drill', id: string, title: string, type: DrillType, status: DrillStatus, scheduledAt: string, location?: string | null, startedAt?: string | null, completedAt?: string | null, reviewedAt?: string | null, organizer: { __typename?: 'Unit', id: string, name: string }, participants: Array<{ __typename?: 'DrillParticipant', role: ParticipantRole, unit: { __typename?: 'Unit', id: string, name: string } }> }, units: Array<{ __typename?: 'UnitDrillScore', score?: string | null, maxScore: string, evaluators: number, unit: { __typename?: 'Unit', id: string, name: string }, sections: Array<{ __typename?: 'SectionScore', key: string, title: string, score?: string | null, maxScore: string }> }>, coordination?: { __typename?: 'UnitDrillScore', score?: string | null, maxScore: string, evaluators: number, sections: Array<{ __typename?: 'SectionScore', key: string, title: string, score?: string | null, maxScore: string }> } | null, strengths: Array<{ __typename?: 'RubricTask', key: string, title: string, maxPoints: string }>, areasForImprovement: Array<{ __typename?: 'RubricTask', key: string, title: string, maxPoints: string }>, comments: Array<{ __typename?: 'DrillComment', id: string, body: string, isReview: boolean, taskKey?: string | null, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, username: string, roles: Array<Role>, person?: { __typename?: 'Person', id: string, name: string, unit: { __typename?: 'Unit', id: string, name: string } } | null }, parent?: { __typename?: 'DrillComment', id: string } | null }>, actionItems: Array<{ __typename?: 'ActionItem', id: string, title: string, description?: string | null, source: ActionSource, status: ActionStatus, dueDate: string, evidence?: string | null, completedAt?: string | null, overdue: boolean, ownerUnit: { __typename?: 'Unit', id: string, name: string }, assignee?: { __typename?: 'Person', id: string, name: string } | null }> } };

export type DrillEvaluationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DrillEvaluationQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'Attendance' } | { __typename?: 'AuditEntry' } | { __typename?: 'Drill', id: string, title: string, status: DrillStatus, participants: Array<{ __typename?: 'DrillParticipant', role: ParticipantRole, unit: { __typename?: 'Unit', id: string, name: string } }>, rubric: Array<{ __typename?: 'RubricSection', key: string, title: string, maxPoints: string, tasks: Array<{ __typename?: 'RubricTask', key: string, title: string, maxPoints: string, criteria: string }> }>, coordination: Array<{ __typename?: 'RubricSection', key: string, title: string, maxPoints: string, tasks: Array<{ __typename?: 'RubricTask', key: string, title: string, maxPoints: string, criteria: string }> }>, myRatings: Array<{ __typename?: 'TaskRating', taskKey: string, points: string, rating?: HseepRating | null, note?: string | null, unit?: { __typename?: 'Unit', id: string } | null }> } | { __typename?: 'DrillComment' } | { __typename?: 'Exam' } | { __typename?: 'ExamAttempt' } | { __typename?: 'Person' } | { __typename?: 'Question' } | { __typename?: 'ScoreEvent' } | { __typename?: 'TrainingRequirement' } | { __typename?: 'TrainingSession' } | { __typename?: 'Unit' } | { __typename?: 'User' } | null };

export type DrillSubmitEvaluationMutationVariables = Exact<{
  input: SubmitDrillEvaluationInput;
}>;


export type DrillSubmitEvaluationMutation = { __typename?: 'Mutation', submitDrillEvaluation: { __typename?: 'SubmitDrillEvaluationPayload', ratings?: Array<{ __typename?: 'TaskRating', taskKey: string, points: string, rating?: HseepRating | null, note?: string | null, unit?: { __typename?: 'Unit', id: string } | null }> | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type ExamsOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ExamsOverviewQuery = { __typename?: 'Query', exams: { __typename?: 'ExamConnection', edges: Array<{ __typename?: 'ExamEdge', node: { __typename?: 'Exam', id: string, title: string, status: ExamStatus, practice: boolean, opensAt: string, closesAt: string, durationMinutes: number, passScore: string, maxAttempts?: number | null, releaseResults: ResultRelease, resultsReleased: boolean, myResult?: string | null } }> }, myAttempts: { __typename?: 'ExamAttemptConnection', edges: Array<{ __typename?: 'ExamAttemptEdge', node: { __typename?: 'ExamAttempt', id: string, status: AttemptStatus, number: number, startedAt: string, deadline: string, submittedAt?: string | null, timedOut: boolean, maxScore: string, score?: string | null, passed?: boolean | null, exam: { __typename?: 'Exam', id: string, title: string, practice: boolean, releaseResults: ResultRelease, resultsReleased: boolean, closesAt: string } } }> } };

export type ExamsStartAttemptMutationVariables = Exact<{
  input: StartExamAttemptInput;
}>;


export type ExamsStartAttemptMutation = { __typename?: 'Mutation', startExamAttempt: { __typename?: 'StartExamAttemptPayload', attempt?: { __typename?: 'ExamAttempt', id: string, status: AttemptStatus, number: number, startedAt: string, deadline: string, secondsLeft: number, maxScore: string, exam: { __typename?: 'Exam', id: string, title: string, practice: boolean, durationMinutes: number, passScore: string, releaseResults: ResultRelease, closesAt: string }, questions: Array<{ __typename?: 'AttemptQuestion', id: string, number: number, type: QuestionType, stem: string, points: string, myAnswer?: Array<string> | null, options: Array<{ __typename?: 'Option', key: string, text: string }> }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type ExamsSaveAnswersMutationVariables = Exact<{
  input: SaveAnswersInput;
}>;


export type ExamsSaveAnswersMutation = { __typename?: 'Mutation', saveAnswers: { __typename?: 'SaveAnswersPayload', attempt?: { __typename?: 'ExamAttempt', id: string, status: AttemptStatus, deadline: string, secondsLeft: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type ExamsSubmitAttemptMutationVariables = Exact<{
  input: SubmitExamAttemptInput;
}>;


export type ExamsSubmitAttemptMutation = { __typename?: 'Mutation', submitExamAttempt: { __typename?: 'SubmitExamAttemptPayload', attempt?: { __typename?: 'ExamAttempt', id: string, status: AttemptStatus, submittedAt?: string | null, score?: string | null, passed?: boolean | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type ExamsAttemptResultQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExamsAttemptResultQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'Attendance' } | { __typename?: 'AuditEntry' } | { __typename?: 'Drill' } | { __typename?: 'DrillComment' } | { __typename?: 'Exam' } | { __typename?: 'ExamAttempt', id: string, status: AttemptStatus, number: number, startedAt: string, deadline: string, submittedAt?: string | null, timedOut: boolean, maxScore: string, score?: string | null, passed?: boolean | null, exam: { __typename?: 'Exam', id: string, title: string, practice: boolean, passScore: string, releaseResults: ResultRelease, resultsReleased: boolean, closesAt: string }, questions: Array<{ __typename?: 'AttemptQuestion', id: string, number: number, type: QuestionType, stem: string, points: string, myAnswer?: Array<string> | null, correctAnswer?: Array<string> | null, explanation?: string | null, awarded?: string | null, feedback?: string | null, needsGrading: boolean, keyWithheld?: string | null, options: Array<{ __typename?: 'Option', key: string, text: string }> }> } | { __typename?: 'Person' } | { __typename?: 'Question' } | { __typename?: 'ScoreEvent' } | { __typename?: 'TrainingRequirement' } | { __typename?: 'TrainingSession' } | { __typename?: 'Unit' } | { __typename?: 'User' } | null };

export type ExamsWrongAnswersQueryVariables = Exact<{ [key: string]: never; }>;


export type ExamsWrongAnswersQuery = { __typename?: 'Query', wrongAnswers: Array<{ __typename?: 'WrongAnswer', stem: string, type: QuestionType, myAnswer?: Array<string> | null, correctAnswer: Array<string>, explanation?: string | null, reference?: string | null, timesWrong: number, options: Array<{ __typename?: 'Option', key: string, text: string }> }> };

export type HomeOfficerQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  year: Scalars['Int']['input'];
}>;


export type HomeOfficerQuery = { __typename?: 'Query', mySchedule: Array<{ __typename?: 'TrainingSession', id: string, title: string, kind: TrainingKind, format: TrainingFormat, startsAt: string, endsAt: string, venue?: string | null, status: SessionStatus, myAttendance?: { __typename?: 'Attendance', id: string, status: AttendanceStatus } | null }>, exams: { __typename?: 'ExamConnection', edges: Array<{ __typename?: 'ExamEdge', node: { __typename?: 'Exam', id: string, title: string, closesAt: string, durationMinutes: number, practice: boolean, maxAttempts?: number | null, myResult?: string | null } }> }, unreadDrillComments: Array<{ __typename?: 'DrillComment', id: string, body: string, isReview: boolean, createdAt: string, author: { __typename?: 'User', id: string, username: string, person?: { __typename?: 'Person', id: string, name: string } | null }, drill: { __typename?: 'Drill', id: string, title: string } }>, myPoints: Array<{ __typename?: 'DimensionPoints', dimension: Dimension, points: string }> };

export type HomeTrainerQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  year: Scalars['Int']['input'];
}>;


export type HomeTrainerQuery = { __typename?: 'Query', trainingSessions: { __typename?: 'TrainingSessionConnection', edges: Array<{ __typename?: 'TrainingSessionEdge', node: { __typename?: 'TrainingSession', id: string, title: string, startsAt: string, endsAt: string, venue?: string | null, status: SessionStatus, organizer: { __typename?: 'Unit', id: string, name: string }, attendanceSummary: { __typename?: 'AttendanceSummary', expected: number, present: number, late: number } } }> }, exams: { __typename?: 'ExamConnection', edges: Array<{ __typename?: 'ExamEdge', node: { __typename?: 'Exam', id: string, title: string, closesAt: string, practice: boolean, progress?: { __typename?: 'ExamProgress', audience: number, started: number, submitted: number } | null } }> }, trainingCompliance: { __typename?: 'ComplianceReport', year: number, units: Array<{ __typename?: 'UnitCompliance', people: number, compliant: number, atRisk: number, nonCompliant: number }> } };

export type HomeLeaderQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type HomeLeaderQuery = { __typename?: 'Query', inProgress: { __typename?: 'DrillConnection', edges: Array<{ __typename?: 'DrillEdge', node: { __typename?: 'Drill', id: string, title: string, scheduledAt: string, startedAt?: string | null, location?: string | null, unreadCommentCount: number, organizer: { __typename?: 'Unit', id: string, name: string } } }> }, toReview: { __typename?: 'DrillConnection', edges: Array<{ __typename?: 'DrillEdge', node: { __typename?: 'Drill', id: string, title: string, completedAt?: string | null, unreadCommentCount: number, organizer: { __typename?: 'Unit', id: string, name: string } } }> }, overdue: { __typename?: 'ActionItemConnection', edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, title: string, dueDate: string, status: ActionStatus, ownerUnit: { __typename?: 'Unit', id: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } }, trainingCompliance: { __typename?: 'ComplianceReport', year: number, units: Array<{ __typename?: 'UnitCompliance', people: number, compliant: number, onTrack: number, atRisk: number, nonCompliant: number, rate: number, unit: { __typename?: 'Unit', id: string, name: string } }> } };

export type HomeEvaluatorQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeEvaluatorQuery = { __typename?: 'Query', inProgress: { __typename?: 'DrillConnection', edges: Array<{ __typename?: 'DrillEdge', node: { __typename?: 'Drill', id: string, title: string, scheduledAt: string, location?: string | null, myRatings: Array<{ __typename?: 'TaskRating', taskKey: string }>, organizer: { __typename?: 'Unit', id: string, name: string } } }> }, completed: { __typename?: 'DrillConnection', edges: Array<{ __typename?: 'DrillEdge', node: { __typename?: 'Drill', id: string, title: string, completedAt?: string | null, myRatings: Array<{ __typename?: 'TaskRating', taskKey: string }>, organizer: { __typename?: 'Unit', id: string, name: string } } }> }, planned: { __typename?: 'DrillConnection', edges: Array<{ __typename?: 'DrillEdge', node: { __typename?: 'Drill', id: string, title: string, scheduledAt: string, location?: string | null, organizer: { __typename?: 'Unit', id: string, name: string } } }> } };

export type MeRecordPointsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type MeRecordPointsQuery = { __typename?: 'Query', myPoints: Array<{ __typename?: 'DimensionPoints', dimension: Dimension, points: string }> };

export type MeScoreEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  dimension?: InputMaybe<Dimension>;
}>;


export type MeScoreEventsQuery = { __typename?: 'Query', myScoreEvents: { __typename?: 'ScoreEventConnection', edges: Array<{ __typename?: 'ScoreEventEdge', node: { __typename?: 'ScoreEvent', id: string, dimension: Dimension, points: string, occurredAt: string, reason: string, sourceType: string, kind: string, reverses?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MeAttemptsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MeAttemptsQuery = { __typename?: 'Query', myAttempts: { __typename?: 'ExamAttemptConnection', edges: Array<{ __typename?: 'ExamAttemptEdge', node: { __typename?: 'ExamAttempt', id: string, status: AttemptStatus, number: number, startedAt: string, submittedAt?: string | null, score?: string | null, maxScore: string, passed?: boolean | null, exam: { __typename?: 'Exam', id: string, title: string, practice: boolean, passScore: string, resultsReleased: boolean } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MeAttendanceHistoryQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MeAttendanceHistoryQuery = { __typename?: 'Query', attendanceHistory: { __typename?: 'AttendanceConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AttendanceEdge', node: { __typename?: 'Attendance', id: string, status: AttendanceStatus, checkedInAt?: string | null, note?: string | null, excuseReason?: string | null, session: { __typename?: 'TrainingSession', id: string, title: string, kind: TrainingKind, format: TrainingFormat, startsAt: string, endsAt: string, venue?: string | null, status: SessionStatus } } }> } };

export type TrainingSessionCardFragment = { __typename?: 'TrainingSession', id: string, title: string, kind: TrainingKind, format: TrainingFormat, startsAt: string, endsAt: string, venue?: string | null, status: SessionStatus, capacity?: number | null, seriesId?: string | null, organizer: { __typename?: 'Unit', id: string, name: string }, trainer?: { __typename?: 'User', id: string, username: string, person?: { __typename?: 'Person', id: string, name: string } | null } | null };

export type TrainingCalendarQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<TrainingKind>;
}>;


export type TrainingCalendarQuery = { __typename?: 'Query', trainingSessions: { __typename?: 'TrainingSessionConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TrainingSessionEdge', node: { __typename?: 'TrainingSession', id: string, title: string, kind: TrainingKind, format: TrainingFormat, startsAt: string, endsAt: string, venue?: string | null, status: SessionStatus, capacity?: number | null, seriesId?: string | null, attendanceSummary: { __typename?: 'AttendanceSummary', expected: number, present: number, late: number }, organizer: { __typename?: 'Unit', id: string, name: string }, trainer?: { __typename?: 'User', id: string, username: string, person?: { __typename?: 'Person', id: string, name: string } | null } | null } }> } };

export type TrainingSessionDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingSessionDetailQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'Attendance' } | { __typename?: 'AuditEntry' } | { __typename?: 'Drill' } | { __typename?: 'DrillComment' } | { __typename?: 'Exam' } | { __typename?: 'ExamAttempt' } | { __typename?: 'Person' } | { __typename?: 'Question' } | { __typename?: 'ScoreEvent' } | { __typename?: 'TrainingRequirement' } | { __typename?: 'TrainingSession', description?: string | null, cancelReason?: string | null, id: string, title: string, kind: TrainingKind, format: TrainingFormat, startsAt: string, endsAt: string, venue?: string | null, status: SessionStatus, capacity?: number | null, seriesId?: string | null, audience: { __typename?: 'Audience', categories: Array<PersonCategory>, units: Array<{ __typename?: 'Unit', id: string, name: string }>, people: Array<{ __typename?: 'Person', id: string, name: string }> }, attendanceSummary: { __typename?: 'AttendanceSummary', expected: number, present: number, late: number, excused: number, absent: number, unmarked: number, rate: number }, organizer: { __typename?: 'Unit', id: string, name: string }, trainer?: { __typename?: 'User', id: string, username: string, person?: { __typename?: 'Person', id: string, name: string } | null } | null } | { __typename?: 'Unit' } | { __typename?: 'User' } | null };

export type TrainingRosterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrainingRosterQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'Attendance' } | { __typename?: 'AuditEntry' } | { __typename?: 'Drill' } | { __typename?: 'DrillComment' } | { __typename?: 'Exam' } | { __typename?: 'ExamAttempt' } | { __typename?: 'Person' } | { __typename?: 'Question' } | { __typename?: 'ScoreEvent' } | { __typename?: 'TrainingRequirement' } | { __typename?: 'TrainingSession', id: string, attendance: { __typename?: 'AttendanceConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AttendanceEdge', node: { __typename?: 'Attendance', id: string, status: AttendanceStatus, checkedInAt?: string | null, note?: string | null, excuseReason?: string | null, person: { __typename?: 'Person', id: string, name: string, badgeNumber?: string | null, category: PersonCategory, unit: { __typename?: 'Unit', id: string, name: string } } } }> } } | { __typename?: 'Unit' } | { __typename?: 'User' } | null };

export type TrainingAttendanceSummaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingAttendanceSummaryQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'Attendance' } | { __typename?: 'AuditEntry' } | { __typename?: 'Drill' } | { __typename?: 'DrillComment' } | { __typename?: 'Exam' } | { __typename?: 'ExamAttempt' } | { __typename?: 'Person' } | { __typename?: 'Question' } | { __typename?: 'ScoreEvent' } | { __typename?: 'TrainingRequirement' } | { __typename?: 'TrainingSession', id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, attendanceSummary: { __typename?: 'AttendanceSummary', expected: number, present: number, late: number, excused: number, absent: number, unmarked: number, rate: number } } | { __typename?: 'Unit' } | { __typename?: 'User' } | null };

export type TrainingUnitsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrainingUnitsQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UnitEdge', node: { __typename?: 'Unit', id: string, name: string, kind: UnitKind, parent?: { __typename?: 'Unit', id: string } | null } }> } };

export type TrainingPeopleSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type TrainingPeopleSearchQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', id: string, name: string, badgeNumber?: string | null, category: PersonCategory, unit: { __typename?: 'Unit', id: string, name: string } } }> } };

export type TrainingScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type TrainingScheduleSessionMutation = { __typename?: 'Mutation', scheduleSession: { __typename?: 'ScheduleSessionPayload', session?: { __typename?: 'TrainingSession', id: string, startsAt: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type TrainingScheduleSeriesMutationVariables = Exact<{
  input: ScheduleSeriesInput;
}>;


export type TrainingScheduleSeriesMutation = { __typename?: 'Mutation', scheduleSeries: { __typename?: 'ScheduleSeriesPayload', sessions?: Array<{ __typename?: 'TrainingSession', id: string, startsAt: string }> | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type TrainingCancelSessionMutationVariables = Exact<{
  input: CancelSessionInput;
}>;


export type TrainingCancelSessionMutation = { __typename?: 'Mutation', cancelSession: { __typename?: 'CancelSessionPayload', session?: { __typename?: 'TrainingSession', id: string, status: SessionStatus, cancelReason?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type TrainingOpenCheckInMutationVariables = Exact<{
  input: OpenCheckInInput;
}>;


export type TrainingOpenCheckInMutation = { __typename?: 'Mutation', openCheckIn: { __typename?: 'OpenCheckInPayload', code?: string | null, expiresAt?: string | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type TrainingMarkAttendanceMutationVariables = Exact<{
  input: MarkAttendanceInput;
}>;


export type TrainingMarkAttendanceMutation = { __typename?: 'Mutation', markAttendance: { __typename?: 'MarkAttendancePayload', attendance?: Array<{ __typename?: 'Attendance', id: string, status: AttendanceStatus, note?: string | null, checkedInAt?: string | null }> | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type TrainingComplianceQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type TrainingComplianceQuery = { __typename?: 'Query', trainingCompliance: { __typename?: 'ComplianceReport', year: number, units: Array<{ __typename?: 'UnitCompliance', people: number, compliant: number, onTrack: number, atRisk: number, nonCompliant: number, rate: number, unit: { __typename?: 'Unit', id: string, name: string, kind: UnitKind, parent?: { __typename?: 'Unit', id: string } | null } }> } };

export type TrainingCompliancePeopleQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ComplianceStatus>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrainingCompliancePeopleQuery = { __typename?: 'Query', trainingCompliance: { __typename?: 'ComplianceReport', year: number, people: { __typename?: 'PersonComplianceConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PersonComplianceEdge', node: { __typename?: 'PersonCompliance', status: ComplianceStatus, person: { __typename?: 'Person', id: string, name: string, badgeNumber?: string | null, category: PersonCategory, unit: { __typename?: 'Unit', id: string, name: string } }, items: Array<{ __typename?: 'RequirementProgress', requirement: string, period: string, required: number, attended: number, scheduledRemaining: number, status: ComplianceStatus }> } }> } } };

export type TrainingMyScheduleQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type TrainingMyScheduleQuery = { __typename?: 'Query', mySchedule: Array<{ __typename?: 'TrainingSession', id: string, title: string, kind: TrainingKind, format: TrainingFormat, startsAt: string, endsAt: string, venue?: string | null, status: SessionStatus, capacity?: number | null, seriesId?: string | null, myAttendance?: { __typename?: 'Attendance', id: string, status: AttendanceStatus, checkedInAt?: string | null, excuseReason?: string | null } | null, organizer: { __typename?: 'Unit', id: string, name: string }, trainer?: { __typename?: 'User', id: string, username: string, person?: { __typename?: 'Person', id: string, name: string } | null } | null }> };

export type TrainingCheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type TrainingCheckInMutation = { __typename?: 'Mutation', checkIn: { __typename?: 'CheckInPayload', attendance?: { __typename?: 'Attendance', id: string, status: AttendanceStatus, checkedInAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type TrainingRequestLeaveMutationVariables = Exact<{
  input: RequestLeaveInput;
}>;


export type TrainingRequestLeaveMutation = { __typename?: 'Mutation', requestLeave: { __typename?: 'RequestLeavePayload', attendance?: { __typename?: 'Attendance', id: string, status: AttendanceStatus, excuseReason?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type TrainingSessionAttendanceSubscriptionVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type TrainingSessionAttendanceSubscription = { __typename?: 'Subscription', sessionAttendance: { __typename?: 'SessionAttendanceCount', session: { __typename?: 'TrainingSession', id: string }, summary: { __typename?: 'AttendanceSummary', expected: number, present: number, late: number, excused: number, absent: number, unmarked: number, rate: number } } };

export const BankQuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]} as unknown as DocumentNode<BankQuestionFieldsFragment, unknown>;
export const BankExamFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankExamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"gradingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleOptions"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"partialCredit"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"paper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankExamFieldsFragment, unknown>;
export const DrillCommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrillCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrillComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isReview"}},{"kind":"Field","name":{"kind":"Name","value":"taskKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrillCommentFieldsFragment, unknown>;
export const ActionItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActionItemFieldsFragment, unknown>;
export const TrainingSessionCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingSessionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingSessionCardFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AdminUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUnitsQuery, AdminUnitsQueryVariables>;
export const AdminCreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateUnitMutation, AdminCreateUnitMutationVariables>;
export const AdminUpdateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateUnitMutation, AdminUpdateUnitMutationVariables>;
export const AdminPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPeopleQuery, AdminPeopleQueryVariables>;
export const AdminCreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreatePersonMutation, AdminCreatePersonMutationVariables>;
export const AdminUpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdatePersonMutation, AdminUpdatePersonMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const AdminDeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeactivateUserMutation, AdminDeactivateUserMutationVariables>;
export const AdminResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminResetPasswordMutation, AdminResetPasswordMutationVariables>;
export const AdminPersonOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPersonOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminPersonOptionsQuery, AdminPersonOptionsQueryVariables>;
export const AdminAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"operation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operation"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"newestFirst"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"errorCodes"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const BankQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"difficulty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankQuestionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]} as unknown as DocumentNode<BankQuestionsQuery, BankQuestionsQueryVariables>;
export const BankCategoryCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankCategoryCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionCategoryCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"difficulty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"ownCount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<BankCategoryCountsQuery, BankCategoryCountsQueryVariables>;
export const BankCreateQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankCreateQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]} as unknown as DocumentNode<BankCreateQuestionMutation, BankCreateQuestionMutationVariables>;
export const BankUpdateQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankUpdateQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]} as unknown as DocumentNode<BankUpdateQuestionMutation, BankUpdateQuestionMutationVariables>;
export const BankRetireQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankRetireQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]} as unknown as DocumentNode<BankRetireQuestionMutation, BankRetireQuestionMutationVariables>;
export const BankCorrectAnswerKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankCorrectAnswerKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectAnswerKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctAnswerKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]} as unknown as DocumentNode<BankCorrectAnswerKeyMutation, BankCorrectAnswerKeyMutationVariables>;
export const BankImportQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankImportQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportQuestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BankImportQuestionsMutation, BankImportQuestionsMutationVariables>;
export const BankExamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankExams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExamStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankExamFields"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankExamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"gradingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleOptions"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"partialCredit"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"paper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankExamsQuery, BankExamsQueryVariables>;
export const BankExamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankExam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankExamFields"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankExamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"gradingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleOptions"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"partialCredit"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"paper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankExamQuery, BankExamQueryVariables>;
export const BankCreateExamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankCreateExam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankExamFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankExamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"gradingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleOptions"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"partialCredit"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"paper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankCreateExamMutation, BankCreateExamMutationVariables>;
export const BankUpdateExamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankUpdateExam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankExamFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankExamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"gradingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleOptions"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"partialCredit"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"paper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankUpdateExamMutation, BankUpdateExamMutationVariables>;
export const BankPublishExamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankPublishExam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishExamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishExam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankExamFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankExamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"gradingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleOptions"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"partialCredit"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"paper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankPublishExamMutation, BankPublishExamMutationVariables>;
export const BankCancelExamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankCancelExam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelExamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankExamFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankExamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"gradingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleOptions"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"partialCredit"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"paper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankCancelExamMutation, BankCancelExamMutationVariables>;
export const BankReleaseResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankReleaseResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExamIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseExamResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankExamFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankExamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"gradingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"shuffleOptions"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"partialCredit"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"paper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankReleaseResultsMutation, BankReleaseResultsMutationVariables>;
export const BankGradingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankGradingQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"examId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradingQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"examId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"examId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"referenceAnswer"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankGradingQueueQuery, BankGradingQueueQueryVariables>;
export const BankGradeAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankGradeAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GradeAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BankGradeAnswerMutation, BankGradeAnswerMutationVariables>;
export const BankExamTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankExamTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BankExamTitleQuery, BankExamTitleQueryVariables>;
export const BankExamStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankExamStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"examId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"examId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"examId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"stdDev"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"facility"}},{"kind":"Field","name":{"kind":"Name","value":"discrimination"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankExamStatisticsQuery, BankExamStatisticsQueryVariables>;
export const BankUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankUnitsQuery, BankUnitsQueryVariables>;
export const BankPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankPeopleQuery, BankPeopleQueryVariables>;
export const DrillsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DrillStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCommentCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DrillsListQuery, DrillsListQueryVariables>;
export const DrillDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Drill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioKey"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCommentCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"drillCommentsList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"drillId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrillCommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrillCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrillComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isReview"}},{"kind":"Field","name":{"kind":"Name","value":"taskKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrillDetailQuery, DrillDetailQueryVariables>;
export const DrillMarkCommentsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrillMarkCommentsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkDrillCommentsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDrillCommentsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DrillMarkCommentsReadMutation, DrillMarkCommentsReadMutationVariables>;
export const DrillScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drillReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"drillId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrillScoresQuery, DrillScoresQueryVariables>;
export const DrillCommentsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DrillCommentsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drillId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drillComments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"drillId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drillId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrillCommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrillCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrillComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isReview"}},{"kind":"Field","name":{"kind":"Name","value":"taskKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrillCommentsLiveSubscription, DrillCommentsLiveSubscriptionVariables>;
export const DrillAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrillAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDrillCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDrillComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrillCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrillCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrillComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isReview"}},{"kind":"Field","name":{"kind":"Name","value":"taskKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrillAddCommentMutation, DrillAddCommentMutationVariables>;
export const DrillEditCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrillEditComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditDrillCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editDrillComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrillCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrillCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrillComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isReview"}},{"kind":"Field","name":{"kind":"Name","value":"taskKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrillEditCommentMutation, DrillEditCommentMutationVariables>;
export const ActionCreateItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActionCreateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActionCreateItemMutation, ActionCreateItemMutationVariables>;
export const ActionUpdateItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActionUpdateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActionUpdateItemMutation, ActionUpdateItemMutationVariables>;
export const ActionItemsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionItemsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActionItemsListQuery, ActionItemsListQueryVariables>;
export const DrillReportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillReportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drillReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"drillId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areasForImprovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrillCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrillCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrillComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isReview"}},{"kind":"Field","name":{"kind":"Name","value":"taskKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DrillReportPageQuery, DrillReportPageQueryVariables>;
export const DrillEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Drill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskKey"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrillEvaluationQuery, DrillEvaluationQueryVariables>;
export const DrillSubmitEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrillSubmitEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDrillEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDrillEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskKey"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DrillSubmitEvaluationMutation, DrillSubmitEvaluationMutationVariables>;
export const ExamsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExamsOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"myResult"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timedOut"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExamsOverviewQuery, ExamsOverviewQueryVariables>;
export const ExamsStartAttemptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExamsStartAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartExamAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startExamAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAnswer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExamsStartAttemptMutation, ExamsStartAttemptMutationVariables>;
export const ExamsSaveAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExamsSaveAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExamsSaveAnswersMutation, ExamsSaveAnswersMutationVariables>;
export const ExamsSubmitAttemptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExamsSubmitAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitExamAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitExamAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExamsSubmitAttemptMutation, ExamsSubmitAttemptMutationVariables>;
export const ExamsAttemptResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExamsAttemptResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExamAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timedOut"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"releaseResults"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"correctAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"awarded"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"needsGrading"}},{"kind":"Field","name":{"kind":"Name","value":"keyWithheld"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExamsAttemptResultQuery, ExamsAttemptResultQueryVariables>;
export const ExamsWrongAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExamsWrongAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wrongAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"correctAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"timesWrong"}}]}}]}}]} as unknown as DocumentNode<ExamsWrongAnswersQuery, ExamsWrongAnswersQueryVariables>;
export const HomeOfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"myResult"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadDrillComments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isReview"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"drill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<HomeOfficerQuery, HomeOfficerQueryVariables>;
export const HomeTrainerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeTrainer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}}]}}]}}]}}]} as unknown as DocumentNode<HomeTrainerQuery, HomeTrainerQueryVariables>;
export const HomeLeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeLeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"inProgress"},"name":{"kind":"Name","value":"drills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCommentCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toReview"},"name":{"kind":"Name","value":"drills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCommentCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeLeaderQuery, HomeLeaderQueryVariables>;
export const HomeEvaluatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeEvaluator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"inProgress"},"name":{"kind":"Name","value":"drills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"myRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"completed"},"name":{"kind":"Name","value":"drills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"planned"},"name":{"kind":"Name","value":"drills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PLANNED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeEvaluatorQuery, HomeEvaluatorQueryVariables>;
export const MeRecordPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeRecordPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<MeRecordPointsQuery, MeRecordPointsQueryVariables>;
export const MeScoreEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeScoreEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myScoreEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reverses"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MeScoreEventsQuery, MeScoreEventsQueryVariables>;
export const MeAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"passScore"}},{"kind":"Field","name":{"kind":"Name","value":"resultsReleased"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MeAttemptsQuery, MeAttemptsQueryVariables>;
export const MeAttendanceHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeAttendanceHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"excuseReason"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeAttendanceHistoryQuery, MeAttendanceHistoryQueryVariables>;
export const TrainingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingSessionCard"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingSessionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingCalendarQuery, TrainingCalendarQueryVariables>;
export const TrainingSessionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSessionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingSessionCard"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"unmarked"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingSessionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingSessionDetailQuery, TrainingSessionDetailQueryVariables>;
export const TrainingRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"excuseReason"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingRosterQuery, TrainingRosterQueryVariables>;
export const TrainingAttendanceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingAttendanceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"unmarked"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingAttendanceSummaryQuery, TrainingAttendanceSummaryQueryVariables>;
export const TrainingUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingUnitsQuery, TrainingUnitsQueryVariables>;
export const TrainingPeopleSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingPeopleSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingPeopleSearchQuery, TrainingPeopleSearchQueryVariables>;
export const TrainingScheduleSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingScheduleSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingScheduleSessionMutation, TrainingScheduleSessionMutationVariables>;
export const TrainingScheduleSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingScheduleSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingScheduleSeriesMutation, TrainingScheduleSeriesMutationVariables>;
export const TrainingCancelSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingCancelSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingCancelSessionMutation, TrainingCancelSessionMutationVariables>;
export const TrainingOpenCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingOpenCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingOpenCheckInMutation, TrainingOpenCheckInMutationVariables>;
export const TrainingMarkAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingMarkAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingMarkAttendanceMutation, TrainingMarkAttendanceMutationVariables>;
export const TrainingComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingComplianceQuery, TrainingComplianceQueryVariables>;
export const TrainingCompliancePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCompliancePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingCompliancePeopleQuery, TrainingCompliancePeopleQueryVariables>;
export const TrainingMyScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingMySchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingSessionCard"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"excuseReason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingSessionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingMyScheduleQuery, TrainingMyScheduleQueryVariables>;
export const TrainingCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingCheckInMutation, TrainingCheckInMutationVariables>;
export const TrainingRequestLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingRequestLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"excuseReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingRequestLeaveMutation, TrainingRequestLeaveMutationVariables>;
export const TrainingSessionAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TrainingSessionAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"unmarked"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingSessionAttendanceSubscription, TrainingSessionAttendanceSubscriptionVariables>;