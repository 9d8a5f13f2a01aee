// Pure logic of the bank pages: labels, the category tree, question and exam forms to and from
// the API's inputs, the builder's counts and the remapping of userErrors onto the forms' fields.
import type {
  CreateExamInput,
  CreateQuestionInput,
  ExamStatus,
  GradingMethod,
  PartialCredit,
  PersonCategory,
  QuestionType,
  ResultRelease,
} from "../../gql/graphql";
import type { UserErrorLike } from "../../components/userErrors";
import type { Audience } from "../../lib/audience";

export const QUESTION_TYPES: QuestionType[] = [
  "SINGLE_CHOICE",
  "MULTIPLE_CHOICE",
  "TRUE_FALSE",
  "FILL_BLANK",
  "SHORT_ANSWER",
];

export const TYPE_LABELS: Record<QuestionType, string> = {
  SINGLE_CHOICE: "单选题",
  MULTIPLE_CHOICE: "多选题",
  TRUE_FALSE: "判断题",
  FILL_BLANK: "填空题",
  SHORT_ANSWER: "简答题",
};

export const DIFFICULTY_LABELS: Record<number, string> = {
  1: "1 很容易",
  2: "2 容易",
  3: "3 中等",
  4: "4 较难",
  5: "5 很难",
};

export const STATUS_LABELS: Record<ExamStatus, string> = {
  DRAFT: "草稿",
  SCHEDULED: "未开始",
  OPEN: "进行中",
  CLOSED: "已结束",
  CANCELLED: "已取消",
};

export const STATUS_COLORS: Record<ExamStatus, string> = {
  DRAFT: "default",
  SCHEDULED: "blue",
  OPEN: "green",
  CLOSED: "purple",
  CANCELLED: "red",
};

export const GRADING_LABELS: Record<GradingMethod, string> = {
  HIGHEST: "取最高分",
  LAST: "取最后一次",
  FIRST: "取第一次",
  AVERAGE: "取平均分",
};

export const RELEASE_LABELS: Record<ResultRelease, string> = {
  IMMEDIATELY: "交卷后立即公布",
  AFTER_CLOSE: "考试结束后公布",
  MANUAL: "手动发布",
};

export const PARTIAL_CREDIT_LABELS: Record<PartialCredit, string> = {
  NONE: "多选题错选漏选均不得分",
  PER_OPTION: "多选题按选对的选项给分（选错不得分）",
};

export const OPTION_KEYS = ["A", "B", "C", "D", "E", "F"] as const;
export const TRUE_FALSE_OPTIONS = [
  { key: "T", text: "正确" },
  { key: "F", text: "错误" },
];

export const CATEGORY_SEPARATOR = " > ";

export function isChoice(type: QuestionType | null | undefined): boolean {
  return type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE";
}

/** Split "安全生产法 > 第三章" into its levels ("＞" separates too). */
export function categoryLevels(path: string): string[] {
  return path
    .split(/[>＞]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export type CategoryTreeNode = {
  key: string;
  title: string;
  /** Questions a rule on this category draws from (it and below), when counts are known. */
  count?: number;
  children: CategoryTreeNode[];
};

/**
 * The category paths as a tree (keys are full paths, as the API names categories); a path's
 * missing ancestors are added. Children keep the order the paths came in (the API sorts them).
 */
export function categoryTree(
  paths: readonly string[],
  counts?: ReadonlyMap<string, number>,
): CategoryTreeNode[] {
  const roots: CategoryTreeNode[] = [];
  const byKey = new Map<string, CategoryTreeNode>();
  for (const path of paths) {
    const levels = categoryLevels(path);
    let siblings = roots;
    for (let depth = 0; depth < levels.length; depth++) {
      const key = levels.slice(0, depth + 1).join(CATEGORY_SEPARATOR);
      let node = byKey.get(key);
      if (!node) {
        node = { key, title: levels[depth], children: [] };
        const count = counts?.get(key);
        if (count !== undefined) node.count = count;
        byKey.set(key, node);
        siblings.push(node);
      }
      siblings = node.children;
    }
  }
  sortTree(roots);
  return roots;
}

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "第十二章 ..." → 12 (Chinese or Arabic numerals after 第), null for other names. */
export function chapterNumber(title: string): number | null {
  const match = /^第\s*([零一二两三四五六七八九十百\d]+)\s*[章节条编篇部分]/.exec(title);
  if (!match) return null;
  const text = match[1];
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = CHINESE_DIGITS[ch] ?? 0;
  }
  return total + digit;
}

/** Chapters in their numbers' order (第二章 before 第十章), other names after them as they came. */
function sortTree(nodes: CategoryTreeNode[]): void {
  const order = new Map(nodes.map((n, i) => [n, i]));
  nodes.sort((a, b) => {
    const x = chapterNumber(a.title);
    const y = chapterNumber(b.title);
    if (x !== null && y !== null && x !== y) return x - y;
    if (x !== null && y === null) return -1;
    if (x === null && y !== null) return 1;
    return order.get(a)! - order.get(b)!;
  });
  nodes.forEach((n) => sortTree(n.children));
}

// --- questions -----------------------------------------------------------------------------

export type OptionValue = { key: string; text: string };

/** The question form's values (antd Form). `answer` is option keys, or accepted texts. */
export type QuestionFormValues = {
  category: string;
  type: QuestionType;
  stem: string;
  options: OptionValue[];
  answer: string[];
  explanation?: string;
  difficulty: number;
  reference?: string;
  tags: string[];
};

export type QuestionLike = {
  category: string;
  type: QuestionType;
  stem: string;
  options: readonly OptionValue[];
  answer: readonly string[];
  explanation?: string | null;
  difficulty: number;
  reference?: string | null;
  tags: readonly string[];
};

export function emptyQuestion(category = ""): QuestionFormValues {
  return {
    category,
    type: "SINGLE_CHOICE",
    stem: "",
    options: OPTION_KEYS.slice(0, 4).map((key) => ({ key, text: "" })),
    answer: [],
    explanation: "",
    difficulty: 3,
    reference: "",
    tags: [],
  };
}

export function questionToForm(q: QuestionLike): QuestionFormValues {
  return {
    category: q.category,
    type: q.type,
    stem: q.stem,
    options: isChoice(q.type) ? q.options.map((o) => ({ key: o.key, text: o.text })) : [],
    answer: [...q.answer],
    explanation: q.explanation ?? "",
    difficulty: q.difficulty,
    reference: q.reference ?? "",
    tags: [...q.tags],
  };
}

/** Option keys relettered A, B, C... in order (after one is removed or added). */
export function reletter(options: readonly OptionValue[]): OptionValue[] {
  return options.map((o, i) => ({ key: OPTION_KEYS[i] ?? o.key, text: o.text }));
}

/** The answer that still fits a question of `type` with these options (after a type change). */
export function fitAnswer(type: QuestionType, answer: readonly string[], options: readonly OptionValue[]): string[] {
  if (isChoice(type)) {
    const keys = new Set(options.map((o) => o.key));
    const kept = answer.filter((a) => keys.has(a));
    return type === "SINGLE_CHOICE" ? kept.slice(0, 1) : kept;
  }
  if (type === "TRUE_FALSE") return answer.filter((a) => a === "T" || a === "F").slice(0, 1);
  return answer.filter((a) => !/^[A-FT]$/.test(a));
}

/** The API's CreateQuestionInput for the form's values: options only for choice types. */
export function toQuestionInput(values: QuestionFormValues): CreateQuestionInput {
  const choice = isChoice(values.type);
  const answer = (values.answer ?? []).map((a) => a.trim()).filter((a) => a !== "");
  return {
    category: values.category.trim(),
    type: values.type,
    stem: values.stem,
    options: choice ? (values.options ?? []).map((o) => ({ key: o.key, text: o.text })) : null,
    answer: values.type === "SHORT_ANSWER" ? answer.slice(0, 1) : answer,
    explanation: values.explanation?.trim() ? values.explanation : null,
    difficulty: values.difficulty,
    reference: values.reference?.trim() ? values.reference : null,
    tags: values.tags ?? [],
  };
}

/** The answer key as people read it: "B", "A、C", "正确", "12|十二". */
export function formatAnswer(type: QuestionType, answer: readonly string[]): string {
  if (answer.length === 0) return "—";
  if (type === "TRUE_FALSE") return answer[0] === "T" ? "正确" : answer[0] === "F" ? "错误" : answer[0];
  if (isChoice(type)) return answer.join("、");
  if (type === "FILL_BLANK") return answer.join(" | ");
  return answer.join("\n");
}

// --- exams ---------------------------------------------------------------------------------

export type RuleValue = {
  category?: string;
  type?: QuestionType | null;
  difficulty?: number | null;
  count?: number | null;
  points?: number | string | null;
};

export type FixedValue = {
  questionId: string;
  stem: string;
  type: QuestionType;
  category: string;
  difficulty?: number | null;
  points?: number | string | null;
};

function num(value: number | string | null | undefined): number {
  if (value === null || value === undefined || value === "") return 0;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** The paper's total points and question count. */
export function paperTotals(fixed: readonly FixedValue[], rules: readonly RuleValue[]): { points: number; questions: number } {
  let points = 0;
  let questions = 0;
  for (const f of fixed) {
    points += num(f.points);
    questions += 1;
  }
  for (const r of rules) {
    const count = Math.max(0, Math.trunc(num(r.count)));
    points += num(r.points) * count;
    questions += count;
  }
  return { points: Math.round(points * 100) / 100, questions };
}

/** A decimal as the API takes it ("2", "1.5"); the input's text when it is not a number. */
export function decimalText(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(Math.round(value * 100) / 100);
  return value.trim();
}

export type ExamFormValues = {
  title: string;
  opensAt: string;
  closesAt: string;
  durationMinutes: number;
  passScore: number | string;
  maxAttempts?: number | null;
  gradingMethod: GradingMethod;
  releaseResults: ResultRelease;
  partialCredit: PartialCredit;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  practice: boolean;
  audience: Audience<PersonCategory>;
  paper: { fixed: FixedValue[]; rules: RuleValue[] };
};

/** The API's CreateExamInput for the builder's values (opensAt/closesAt already ISO strings). */
export function toExamInput(values: ExamFormValues): CreateExamInput {
  const fixed = values.paper?.fixed ?? [];
  const rules = values.paper?.rules ?? [];
  return {
    title: values.title,
    opensAt: values.opensAt,
    closesAt: values.closesAt,
    durationMinutes: values.durationMinutes,
    passScore: decimalText(values.passScore),
    maxAttempts: values.maxAttempts ?? null,
    gradingMethod: values.gradingMethod,
    releaseResults: values.releaseResults,
    partialCredit: values.partialCredit,
    shuffleQuestions: values.shuffleQuestions,
    shuffleOptions: values.shuffleOptions,
    practice: values.practice,
    audience: {
      unitIds: [...new Set(values.audience?.unitIds ?? [])],
      categories: [...new Set(values.audience?.categories ?? [])],
      personIds: [...new Set(values.audience?.personIds ?? [])],
    },
    paper: {
      fixed: fixed.map((f) => ({ questionId: f.questionId, points: decimalText(f.points) })),
      rules: rules.map((r) => ({
        category: r.category ?? "",
        type: r.type ?? null,
        difficulty: r.difficulty ?? null,
        count: Math.trunc(num(r.count)),
        points: decimalText(r.points),
      })),
    },
  };
}

export type CategoryCount = { category: string; ownCount: number; count: number };

/** Whether a question (category, type, difficulty) is in a rule's pool: its category or below. */
export function inPool(rule: RuleValue, q: { category: string; type: QuestionType; difficulty?: number | null }): boolean {
  if (!rule.category) return false;
  const under = q.category === rule.category || q.category.startsWith(rule.category + CATEGORY_SEPARATOR);
  if (!under) return false;
  if (rule.type && rule.type !== q.type) return false;
  if (rule.difficulty && q.difficulty != null && rule.difficulty !== q.difficulty) return false;
  return true;
}

/**
 * How many questions a rule may draw: the bank's count for its category (with the type and
 * difficulty it names), less the fixed questions in its pool and what earlier rules on the very
 * same pool take (the server fills the rules in order and never draws a question twice).
 * `counts` is keyed by "type|difficulty" (see countsKey), as the page fetches them. Null while
 * the counts for the rule's filters are not loaded or it has no category.
 */
export function ruleAvailability(
  rules: readonly RuleValue[],
  index: number,
  counts: ReadonlyMap<string, readonly CategoryCount[]>,
  fixed: readonly FixedValue[] = [],
): { bank: number; available: number } | null {
  const rule = rules[index];
  if (!rule?.category) return null;
  const list = counts.get(countsKey(rule.type, rule.difficulty));
  if (!list) return null;
  const found = list.find((c) => c.category === rule.category);
  const bank = found?.count ?? 0;
  let taken = fixed.filter((f) => inPool(rule, f)).length;
  for (let i = 0; i < index; i++) {
    const r = rules[i];
    if (r.category === rule.category && (r.type ?? null) === (rule.type ?? null) && (r.difficulty ?? null) === (rule.difficulty ?? null))
      taken += Math.max(0, Math.trunc(num(r.count)));
  }
  return { bank, available: Math.max(0, bank - taken) };
}

export function countsKey(type: QuestionType | null | undefined, difficulty: number | null | undefined): string {
  return `${type ?? ""}|${difficulty ?? ""}`;
}

/**
 * userErrors put where the builder's form has a field: a rule's own error ("paper.rules.N",
 * e.g. NOT_ENOUGH_QUESTIONS) goes to its count, a paper-wide one ("paper", "paper.fixed") to the
 * paper's total line.
 */
export function remapExamErrors<E extends UserErrorLike>(errors: readonly E[]): E[] {
  return errors.map((error) => {
    const field = typeof error.field === "string" ? error.field.split(".") : error.field ? [...error.field] : null;
    if (!field) return error;
    const path = field[0] === "input" ? field.slice(1) : field;
    const rest = path[0] === "exam" ? path.slice(1) : path; // updateExam: input.exam.*
    if (rest[0] === "paper") {
      if (rest.length === 1 || (rest.length === 2 && (rest[1] === "fixed" || rest[1] === "rules")))
        return { ...error, field: ["paperTotal"] };
      if (rest[1] === "rules" && rest.length === 3) return { ...error, field: [...rest, "count"] };
      if (rest[1] === "fixed" && rest.length === 3) return { ...error, field: [...rest, "points"] };
    }
    return { ...error, field: rest };
  });
}

/** Percent text for 0..1 ("86.5%"), "—" for null. */
export function percent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${(value * 100).toFixed(digits)}%`;
}

/** A number with two decimals at most ("12.5"), "—" for null. */
export function decimal(value: number | string | null | undefined, digits = 2): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return String(Math.round(n * 10 ** digits) / 10 ** digits);
}

/** The item's quality by the usual rules of thumb: discrimination ≥ 0.3 good, < 0.2 poor. */
export function discriminationLevel(d: number | null | undefined): "good" | "fair" | "poor" | "unknown" {
  if (d === null || d === undefined || !Number.isFinite(d)) return "unknown";
  if (d >= 0.3) return "good";
  if (d >= 0.2) return "fair";
  return "poor";
}

/** Import errors by row: ["file","row","7"] → 7; file-wide errors under 0. Rows ascending. */
export function importErrorsByRow<E extends UserErrorLike>(errors: readonly E[]): { row: number; errors: E[] }[] {
  const rows = new Map<number, E[]>();
  for (const error of errors) {
    const field = typeof error.field === "string" ? error.field.split(".") : error.field ?? [];
    const path = field[0] === "input" ? field.slice(1) : field;
    const row = path[0] === "file" && path[1] === "row" && /^\d+$/.test(path[2] ?? "") ? Number(path[2]) : 0;
    const list = rows.get(row) ?? [];
    list.push(error);
    rows.set(row, list);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([row, list]) => ({ row, errors: list }));
}

/** An import error's message without the "第7行: " the server puts in front (the row is shown apart). */
export function stripRowPrefix(message: string): string {
  return message.replace(/^第\s*\d+\s*行\s*[:：]\s*/, "");
}
