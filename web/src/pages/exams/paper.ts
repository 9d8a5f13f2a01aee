/**
 * The exam paper's own logic, kept out of the components: what counts as answered, the answer
 * card's states, how an answer goes to `saveAnswers`, how answers read in Chinese, when results
 * come out, and the server's clock from an HTTP `Date` header.
 */
import type { AnswerInput, QuestionType, ResultRelease } from "../../gql/graphql";

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  SINGLE_CHOICE: "单选题",
  MULTIPLE_CHOICE: "多选题",
  TRUE_FALSE: "判断题",
  FILL_BLANK: "填空题",
  SHORT_ANSWER: "简答题",
};

/** Questions answered with text (the rest with option keys). */
export const isTextType = (type: QuestionType): boolean => type === "FILL_BLANK" || type === "SHORT_ANSWER";

export interface OptionLike {
  key: string;
  text: string;
}

/**
 * The letter shown for the option at `index` (A, B, ...): options may be shuffled on the paper,
 * so the letter follows the position, not the option's key.
 */
export function optionLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

/** An answer (option keys or text) as the paper shows it: "A、C", "正确", or the text. */
export function formatAnswer(
  type: QuestionType,
  options: readonly OptionLike[],
  answer: readonly string[] | null | undefined,
): string {
  if (!answer || answer.length === 0 || (isTextType(type) && answer.every((a) => a.trim() === ""))) {
    return "未作答";
  }
  if (isTextType(type)) return answer.join(" / ");
  if (type === "TRUE_FALSE") {
    return answer.map((key) => options.find((o) => o.key === key)?.text ?? (key === "T" ? "正确" : "错误")).join("、");
  }
  const letters = answer.map((key) => {
    const index = options.findIndex((o) => o.key === key);
    return index >= 0 ? { index, letter: optionLetter(index) } : { index: 99, letter: key };
  });
  return letters
    .sort((a, b) => a.index - b.index)
    .map((l) => l.letter)
    .join("、");
}

/** Whether an answer counts as given (an empty choice list or blank text does not). */
export function isAnswered(type: QuestionType, answer: readonly string[] | null | undefined): boolean {
  if (!answer || answer.length === 0) return false;
  return isTextType(type) ? answer.some((a) => a.trim() !== "") : true;
}

export interface PaperQuestion {
  id: string;
  number: number;
  type: QuestionType;
}

/** Numbers of the questions with no answer, in paper order. */
export function unansweredNumbers(
  questions: readonly PaperQuestion[],
  answers: Readonly<Record<string, readonly string[] | undefined>>,
): number[] {
  return [...questions]
    .sort((a, b) => a.number - b.number)
    .filter((q) => !isAnswered(q.type, answers[q.id]))
    .map((q) => q.number);
}

/** "第 2、5、7 题" (long lists are cut with a count). */
export function describeNumbers(numbers: readonly number[], max = 30): string {
  if (numbers.length === 0) return "";
  const shown = numbers.slice(0, max).join("、");
  return numbers.length > max ? `第 ${shown} 等 ${numbers.length} 题` : `第 ${shown} 题`;
}

export type CardState = "answered" | "unanswered" | "flagged";

/** The answer card's state of a question: flagged wins over answered. */
export function cardState(
  question: PaperQuestion,
  answers: Readonly<Record<string, readonly string[] | undefined>>,
  flags: ReadonlySet<string>,
): CardState {
  if (flags.has(question.id)) return "flagged";
  return isAnswered(question.type, answers[question.id]) ? "answered" : "unanswered";
}

/** One autosaved answer as `saveAnswers` takes it: text types send `text`, the others `choices`. */
export function toAnswerInput(type: QuestionType, questionId: string, answer: readonly string[]): AnswerInput {
  if (isTextType(type)) return { questionId, text: answer[0] ?? "" };
  return { questionId, choices: [...answer] };
}

/** The server's answers by paper question ID (what `mergeRestored` takes). */
export function serverAnswers(
  questions: readonly { id: string; myAnswer?: readonly string[] | null }[],
): Record<string, readonly string[] | null> {
  return Object.fromEntries(questions.map((q) => [q.id, q.myAnswer ?? null]));
}

/** A multiple-choice answer keeps the paper's option order, whatever order boxes were ticked in. */
export function orderedChoices(options: readonly OptionLike[], keys: readonly string[]): string[] {
  const order = new Map(options.map((o, i) => [o.key, i]));
  return [...new Set(keys)].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
}

// --- flags (标记): kept on this device only; the API has no field for them ----------------------

export const flagsKey = (attemptId: string): string => `lianbing.attempt.${attemptId}.flags`;

export function loadFlags(storage: Pick<Storage, "getItem"> | null, attemptId: string): Set<string> {
  try {
    const raw = storage?.getItem(flagsKey(attemptId));
    const list: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

export function saveFlags(
  storage: Pick<Storage, "setItem" | "removeItem"> | null,
  attemptId: string,
  flags: ReadonlySet<string>,
): void {
  try {
    if (flags.size === 0) storage?.removeItem(flagsKey(attemptId));
    else storage?.setItem(flagsKey(attemptId), JSON.stringify([...flags]));
  } catch {
    // private mode or quota: flags live in memory only
  }
}

// --- results ------------------------------------------------------------------------------------

export interface ReleaseInfo {
  practice: boolean;
  releaseResults: ResultRelease;
  resultsReleased?: boolean;
  closesAt: string;
}

/**
 * What the officer is told while an attempt's score is not shown: when results come out.
 * `formatTime` renders a timestamp (dayjs in the page).
 */
export function pendingResultText(
  exam: ReleaseInfo,
  attempt: { status: string; score?: string | null },
  formatTime: (iso: string) => string,
): string {
  if (attempt.status === "IN_PROGRESS") return "考试进行中，交卷后查看成绩";
  const released = exam.practice || exam.releaseResults === "IMMEDIATELY" || exam.resultsReleased === true;
  if (released) return "主观题阅卷中，评分完成后公布成绩";
  if (exam.releaseResults === "AFTER_CLOSE") return `成绩将于考试结束后（${formatTime(exam.closesAt)}）公布`;
  return "成绩待组织单位发布，发布后可查看成绩与答案解析";
}

export const ATTEMPT_STATUS_LABELS: Record<string, string> = {
  IN_PROGRESS: "答题中",
  SUBMITTED: "已交卷",
  EXPIRED: "超时收卷",
  GRADED: "已评分",
};

/** A Decimal string without trailing zeros: "61.50" -> "61.5", "60.00" -> "60". */
export function formatScore(value: string | null | undefined): string {
  if (value == null || value === "") return "—";
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  return String(Math.round(n * 100) / 100);
}

// --- the server's clock from an HTTP Date header ----------------------------------------------

/**
 * The HTTP `Date` header has whole seconds, and the server refreshes it about once a second, so
 * the server's clock read somewhere in [date, date + 2 s) while the request was out. Returned as
 * a `ServerClock.sample` argument list whose round trip is widened by that second either side of
 * the midpoint, so the clock's error bound stays honest. Null for a missing or bad header.
 */
export function dateHeaderSample(
  header: string | null | undefined,
  sentAt: number,
  receivedAt: number,
): [serverNow: string, clientSentAt: number, clientReceivedAt: number] | null {
  if (!header) return null;
  const at = Date.parse(header);
  if (!Number.isFinite(at) || !(receivedAt >= sentAt)) return null;
  const SLACK = 1000;
  return [new Date(at + SLACK).toISOString(), sentAt - SLACK, receivedAt + SLACK];
}

export type Outcome = "correct" | "partial" | "wrong" | "grading" | "unknown";

/** How a released question went: by the points awarded, or waiting for a grader. */
export function questionOutcome(q: {
  points: string;
  awarded?: string | null;
  needsGrading: boolean;
  keyWithheld?: string | null;
}): Outcome {
  if (q.keyWithheld) return "unknown";
  if (q.needsGrading) return "grading";
  if (q.awarded == null) return "unknown";
  const awarded = Number(q.awarded);
  const points = Number(q.points);
  if (!Number.isFinite(awarded) || !Number.isFinite(points)) return "unknown";
  if (awarded >= points) return "correct";
  return awarded > 0 ? "partial" : "wrong";
}

/**
 * A clock sample from an attempt's `secondsLeft` (whole seconds to the deadline when the server
 * answered, rounded down): the server's clock then read in (deadline - (s + 1) s, deadline - s s],
 * so its middle, with the round trip widened by half a second either side. Null once it is 0
 * (only a bound then) or for bad input.
 */
export function secondsLeftSample(
  deadline: string,
  secondsLeft: number | null | undefined,
  sentAt: number,
  receivedAt: number,
): [serverNow: string, clientSentAt: number, clientReceivedAt: number] | null {
  const end = Date.parse(deadline);
  if (!Number.isFinite(end) || secondsLeft == null || !(secondsLeft > 0) || !(receivedAt >= sentAt)) return null;
  const SLACK = 500;
  return [new Date(end - secondsLeft * 1000 - SLACK).toISOString(), sentAt - SLACK, receivedAt + SLACK];
}
