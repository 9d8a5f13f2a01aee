import { describe, expect, it } from "vitest";
import {
  categoryTree,
  chapterNumber,
  countsKey,
  emptyQuestion,
  fitAnswer,
  formatAnswer,
  importErrorsByRow,
  inPool,
  paperTotals,
  questionToForm,
  reletter,
  remapExamErrors,
  ruleAvailability,
  stripRowPrefix,
  toExamInput,
  toQuestionInput,
  type ExamFormValues,
} from "./logic";

describe("categoryTree", () => {
  it("nests paths by level, adds missing ancestors, orders chapters, keeps the counts", () => {
    const counts = new Map([
      ["安全生产法", 12],
      ["安全生产法 > 第三章", 5],
    ]);
    const tree = categoryTree(["安全生产法 > 第三章", "安全生产法 > 第一章", "消防法", "安全生产法"], counts);
    expect(tree.map((n) => n.key)).toEqual(["安全生产法", "消防法"]);
    expect(tree[0].count).toBe(12);
    expect(tree[0].children.map((n) => [n.key, n.title, n.count])).toEqual([
      ["安全生产法 > 第一章", "第一章", undefined],
      ["安全生产法 > 第三章", "第三章", 5],
    ]);
    expect(tree[1].children).toEqual([]);
  });

  it("orders chapters by their numbers", () => {
    const tree = categoryTree(["法 > 第一章 总则", "法 > 第三章 权利", "法 > 第十二章 附则", "法 > 第二章 保障", "法 > 附录"]);
    expect(tree[0].children.map((n) => n.title)).toEqual(["第一章 总则", "第二章 保障", "第三章 权利", "第十二章 附则", "附录"]);
    expect(chapterNumber("第二十一条")).toBe(21);
    expect(chapterNumber("第3章")).toBe(3);
    expect(chapterNumber("总则")).toBeNull();
  });

  it("reads the full-width separator and stray blanks", () => {
    const tree = categoryTree(["道路交通安全法＞ 第五章 "]);
    expect(tree[0].children[0].key).toBe("道路交通安全法 > 第五章");
  });
});

describe("question forms", () => {
  it("sends options only for choice types and trims answers", () => {
    const values = { ...emptyQuestion("消防法"), stem: "题干", answer: [" B "], options: reletter([{ key: "x", text: "甲" }, { key: "y", text: "乙" }]) };
    const input = toQuestionInput(values);
    expect(input.options).toEqual([
      { key: "A", text: "甲" },
      { key: "B", text: "乙" },
    ]);
    expect(input.answer).toEqual(["B"]);
    expect(input.explanation).toBeNull();
    const tf = toQuestionInput({ ...values, type: "TRUE_FALSE", answer: ["T"] });
    expect(tf.options).toBeNull();
    const blank = toQuestionInput({ ...values, type: "FILL_BLANK", answer: ["十二", " ", "12"] });
    expect(blank.answer).toEqual(["十二", "12"]);
  });

  it("keeps one reference answer for a short answer", () => {
    const input = toQuestionInput({ ...emptyQuestion("x"), type: "SHORT_ANSWER", answer: ["要点", "多余"] });
    expect(input.answer).toEqual(["要点"]);
  });

  it("round-trips a question and drops options of non-choice types", () => {
    const form = questionToForm({
      category: "a",
      type: "TRUE_FALSE",
      stem: "s",
      options: [
        { key: "T", text: "正确" },
        { key: "F", text: "错误" },
      ],
      answer: ["F"],
      explanation: null,
      difficulty: 2,
      reference: null,
      tags: ["t"],
    });
    expect(form.options).toEqual([]);
    expect(form.explanation).toBe("");
    expect(form.answer).toEqual(["F"]);
  });

  it("fits the answer to a new type", () => {
    const options = reletter([{ key: "", text: "1" }, { key: "", text: "2" }, { key: "", text: "3" }]);
    expect(fitAnswer("SINGLE_CHOICE", ["C", "A"], options)).toEqual(["C"]);
    expect(fitAnswer("MULTIPLE_CHOICE", ["C", "D"], options)).toEqual(["C"]);
    expect(fitAnswer("TRUE_FALSE", ["A"], options)).toEqual([]);
    expect(fitAnswer("FILL_BLANK", ["A", "十二"], options)).toEqual(["十二"]);
  });

  it("formats answer keys", () => {
    expect(formatAnswer("TRUE_FALSE", ["T"])).toBe("正确");
    expect(formatAnswer("MULTIPLE_CHOICE", ["A", "C"])).toBe("A、C");
    expect(formatAnswer("FILL_BLANK", ["12", "十二"])).toBe("12 | 十二");
    expect(formatAnswer("SINGLE_CHOICE", [])).toBe("—");
  });
});

describe("exam builder", () => {
  const base: ExamFormValues = {
    title: "考试",
    opensAt: "2026-01-01T00:00:00.000Z",
    closesAt: "2026-01-02T00:00:00.000Z",
    durationMinutes: 60,
    passScore: 60,
    maxAttempts: null,
    gradingMethod: "HIGHEST",
    releaseResults: "IMMEDIATELY",
    partialCredit: "NONE",
    shuffleQuestions: true,
    shuffleOptions: true,
    practice: false,
    audience: { unitIds: ["u1", "u1"], categories: ["ENFORCEMENT_OFFICER"], personIds: [] },
    paper: {
      fixed: [{ questionId: "q1", stem: "s", type: "SINGLE_CHOICE", category: "c", points: 2.5 }],
      rules: [{ category: "消防法", type: null, difficulty: 3, count: 10, points: "2" }],
    },
  };

  it("totals the paper", () => {
    expect(paperTotals(base.paper.fixed, base.paper.rules)).toEqual({ points: 22.5, questions: 11 });
    expect(paperTotals([], [{ count: null, points: 3 }, { count: 3, points: "" }])).toEqual({ points: 0, questions: 3 });
  });

  it("builds the CreateExamInput with decimals as text and audiences deduplicated", () => {
    const input = toExamInput(base);
    expect(input.passScore).toBe("60");
    expect(input.audience.unitIds).toEqual(["u1"]);
    expect(input.paper.fixed).toEqual([{ questionId: "q1", points: "2.5" }]);
    expect(input.paper.rules).toEqual([{ category: "消防法", type: null, difficulty: 3, count: 10, points: "2" }]);
  });

  it("counts what a rule may draw, less earlier rules on the same pool", () => {
    const counts = new Map([
      [countsKey(null, 3), [{ category: "消防法", ownCount: 4, count: 15 }]],
      [countsKey("SINGLE_CHOICE", null), [{ category: "消防法", ownCount: 4, count: 6 }]],
    ]);
    const rules = [
      { category: "消防法", difficulty: 3, count: 10, points: 1 },
      { category: "消防法", difficulty: 3, count: 10, points: 1 },
      { category: "消防法", type: "SINGLE_CHOICE" as const, count: 1, points: 1 },
      { category: "消防法", type: "TRUE_FALSE" as const, count: 1, points: 1 },
      { count: 1, points: 1 },
    ];
    expect(ruleAvailability(rules, 0, counts)).toEqual({ bank: 15, available: 15 });
    expect(ruleAvailability(rules, 1, counts)).toEqual({ bank: 15, available: 5 });
    expect(ruleAvailability(rules, 2, counts)).toEqual({ bank: 6, available: 6 });
    expect(ruleAvailability(rules, 3, counts)).toBeNull(); // not loaded
    expect(ruleAvailability(rules, 4, counts)).toBeNull(); // no category
  });

  it("takes the fixed questions in a rule's pool off what it may draw", () => {
    const counts = new Map([[countsKey(null, null), [{ category: "法", ownCount: 2, count: 10 }]]]);
    const fixed = [
      { questionId: "1", stem: "", type: "SINGLE_CHOICE" as const, category: "法 > 第一章", difficulty: 2 },
      { questionId: "2", stem: "", type: "SINGLE_CHOICE" as const, category: "法", difficulty: 3 },
      { questionId: "3", stem: "", type: "SINGLE_CHOICE" as const, category: "法律", difficulty: 3 },
    ];
    expect(ruleAvailability([{ category: "法", count: 1 }], 0, counts, fixed)).toEqual({ bank: 10, available: 8 });
    expect(inPool({ category: "法", type: "TRUE_FALSE" }, fixed[0])).toBe(false);
    expect(inPool({ category: "法", difficulty: 2 }, fixed[0])).toBe(true);
    expect(inPool({ category: "法", difficulty: 3 }, fixed[0])).toBe(false);
  });

  it("puts paper errors on the fields the builder has", () => {
    const errors = remapExamErrors([
      { field: ["input", "paper"], code: "EMPTY_PAPER", message: "" },
      { field: ["input", "paper", "rules", "1"], code: "NOT_ENOUGH_QUESTIONS", message: "" },
      { field: ["input", "paper", "fixed", "0"], code: "X", message: "" },
      { field: ["input", "paper", "fixed"], code: "DUPLICATE_QUESTION", message: "" },
      { field: ["input", "exam", "closesAt"], code: "CLOSES_BEFORE_OPENS", message: "" },
      { field: ["input", "paper", "rules", "0", "count"], code: "OUT_OF_RANGE", message: "" },
      { field: null, code: "OUT_OF_SCOPE", message: "" },
    ]);
    expect(errors.map((e) => e.field)).toEqual([
      ["paperTotal"],
      ["paper", "rules", "1", "count"],
      ["paper", "fixed", "0", "points"],
      ["paperTotal"],
      ["closesAt"],
      ["paper", "rules", "0", "count"],
      null,
    ]);
  });
});

describe("import errors", () => {
  it("groups by row, file-wide first", () => {
    const groups = importErrorsByRow([
      { field: ["file", "row", "12"], code: "A", message: "第12行: a" },
      { field: ["file", "row", "3"], code: "B", message: "第3行: b" },
      { field: ["file"], code: "C", message: "c" },
      { field: ["file", "row", "3"], code: "D", message: "第3行: d" },
    ]);
    expect(groups.map((g) => [g.row, g.errors.map((e) => e.code)])).toEqual([
      [0, ["C"]],
      [3, ["B", "D"]],
      [12, ["A"]],
    ]);
  });

  it("strips the row prefix", () => {
    expect(stripRowPrefix("第3行: 题干不能为空")).toBe("题干不能为空");
    expect(stripRowPrefix("题干不能为空")).toBe("题干不能为空");
  });
});
