import { describe, expect, it } from "vitest";
import { createServerClock } from "../../lib/countdown";
import {
  cardState,
  dateHeaderSample,
  describeNumbers,
  flagsKey,
  formatAnswer,
  formatScore,
  isAnswered,
  loadFlags,
  optionLetter,
  orderedChoices,
  pendingResultText,
  questionOutcome,
  saveFlags,
  secondsLeftSample,
  serverAnswers,
  toAnswerInput,
  unansweredNumbers,
} from "./paper";
import { sampleServerClock } from "./serverClock";

const shuffled = [
  { key: "C", text: "丙" },
  { key: "A", text: "甲" },
  { key: "B", text: "乙" },
];
const trueFalse = [
  { key: "T", text: "正确" },
  { key: "F", text: "错误" },
];

describe("answers", () => {
  it("counts blank text and empty choices as unanswered", () => {
    expect(isAnswered("SINGLE_CHOICE", ["A"])).toBe(true);
    expect(isAnswered("MULTIPLE_CHOICE", [])).toBe(false);
    expect(isAnswered("SHORT_ANSWER", ["  "])).toBe(false);
    expect(isAnswered("FILL_BLANK", ["五年"])).toBe(true);
    expect(isAnswered("TRUE_FALSE", null)).toBe(false);
    expect(isAnswered("TRUE_FALSE", undefined)).toBe(false);
  });

  it("sends text types as text and the rest as choices", () => {
    expect(toAnswerInput("SHORT_ANSWER", "q1", ["答"])).toEqual({ questionId: "q1", text: "答" });
    expect(toAnswerInput("FILL_BLANK", "q1", [])).toEqual({ questionId: "q1", text: "" });
    expect(toAnswerInput("MULTIPLE_CHOICE", "q2", ["A", "C"])).toEqual({ questionId: "q2", choices: ["A", "C"] });
    expect(toAnswerInput("TRUE_FALSE", "q3", [])).toEqual({ questionId: "q3", choices: [] });
  });

  it("lists the unanswered numbers in paper order", () => {
    const questions = [
      { id: "c", number: 3, type: "SINGLE_CHOICE" as const },
      { id: "a", number: 1, type: "SHORT_ANSWER" as const },
      { id: "b", number: 2, type: "MULTIPLE_CHOICE" as const },
      { id: "d", number: 4, type: "TRUE_FALSE" as const },
    ];
    expect(unansweredNumbers(questions, { a: [" "], b: ["A"], d: [] })).toEqual([1, 3, 4]);
    expect(unansweredNumbers(questions, { a: ["x"], b: ["A"], c: ["B"], d: ["T"] })).toEqual([]);
    expect(describeNumbers([1, 3, 4])).toBe("第 1、3、4 题");
    expect(describeNumbers([])).toBe("");
    expect(describeNumbers([1, 2, 3, 4], 2)).toBe("第 1、2 等 4 题");
  });

  it("keeps ticked boxes in the paper's order without duplicates", () => {
    expect(orderedChoices(shuffled, ["B", "C", "B"])).toEqual(["C", "B"]);
  });

  it("maps the server's answers by paper question", () => {
    expect(serverAnswers([{ id: "x", myAnswer: ["A"] }, { id: "y", myAnswer: null }, { id: "z" }])).toEqual({
      x: ["A"],
      y: null,
      z: null,
    });
  });
});

describe("showing answers", () => {
  it("letters options by their place on the paper, not their key", () => {
    expect(optionLetter(0)).toBe("A");
    expect(optionLetter(25)).toBe("Z");
    expect(optionLetter(26)).toBe("27");
    expect(formatAnswer("MULTIPLE_CHOICE", shuffled, ["A", "C"])).toBe("A、B");
    expect(formatAnswer("SINGLE_CHOICE", shuffled, ["B"])).toBe("C");
  });

  it("shows true/false by their text, texts as written, and nothing as 未作答", () => {
    expect(formatAnswer("TRUE_FALSE", trueFalse, ["F"])).toBe("错误");
    expect(formatAnswer("TRUE_FALSE", [], ["T"])).toBe("正确");
    expect(formatAnswer("FILL_BLANK", [], ["五年", "5年"])).toBe("五年 / 5年");
    expect(formatAnswer("SHORT_ANSWER", [], [""])).toBe("未作答");
    expect(formatAnswer("SINGLE_CHOICE", shuffled, null)).toBe("未作答");
  });

  it("trims a Decimal's zeros", () => {
    expect(formatScore("60.00")).toBe("60");
    expect(formatScore("61.50")).toBe("61.5");
    expect(formatScore(null)).toBe("—");
  });

  it("judges a released question by its points", () => {
    const base = { points: "5", needsGrading: false };
    expect(questionOutcome({ ...base, awarded: "5" })).toBe("correct");
    expect(questionOutcome({ ...base, awarded: "2.5" })).toBe("partial");
    expect(questionOutcome({ ...base, awarded: "0" })).toBe("wrong");
    expect(questionOutcome({ ...base, awarded: null })).toBe("unknown");
    expect(questionOutcome({ ...base, needsGrading: true, awarded: null })).toBe("grading");
    expect(questionOutcome({ ...base, awarded: "5", keyWithheld: "ON_A_PENDING_GRADED_EXAM" })).toBe("unknown");
  });
});

describe("the answer card", () => {
  const q = { id: "q", number: 1, type: "SINGLE_CHOICE" as const };
  it("shows flagged over answered", () => {
    expect(cardState(q, {}, new Set())).toBe("unanswered");
    expect(cardState(q, { q: ["A"] }, new Set())).toBe("answered");
    expect(cardState(q, { q: ["A"] }, new Set(["q"]))).toBe("flagged");
  });

  it("keeps flags per attempt in storage and survives bad data", () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    saveFlags(storage, "a1", new Set(["x", "y"]));
    expect([...loadFlags(storage, "a1")].sort()).toEqual(["x", "y"]);
    expect(loadFlags(storage, "a2").size).toBe(0);
    saveFlags(storage, "a1", new Set());
    expect(data.has(flagsKey("a1"))).toBe(false);
    data.set(flagsKey("a3"), "{not json");
    expect(loadFlags(storage, "a3").size).toBe(0);
    data.set(flagsKey("a4"), JSON.stringify(["ok", 3, null]));
    expect([...loadFlags(storage, "a4")]).toEqual(["ok"]);
    expect(loadFlags(null, "a1").size).toBe(0);
  });
});

describe("when results come out", () => {
  const fmt = (iso: string) => `<${iso}>`;
  const exam = { practice: false, closesAt: "2026-12-16T10:00:00Z" };
  it("names the close time, the organiser, or the grading", () => {
    const done = { status: "SUBMITTED", score: null };
    expect(pendingResultText({ ...exam, releaseResults: "AFTER_CLOSE" }, done, fmt)).toBe(
      "成绩将于考试结束后（<2026-12-16T10:00:00Z>）公布",
    );
    expect(pendingResultText({ ...exam, releaseResults: "MANUAL" }, done, fmt)).toContain("待组织单位发布");
    expect(pendingResultText({ ...exam, releaseResults: "MANUAL", resultsReleased: true }, done, fmt)).toContain(
      "阅卷",
    );
    expect(pendingResultText({ ...exam, releaseResults: "IMMEDIATELY" }, done, fmt)).toContain("阅卷");
    expect(pendingResultText({ ...exam, releaseResults: "MANUAL" }, { status: "IN_PROGRESS" }, fmt)).toContain(
      "交卷后",
    );
  });
});

describe("the server's clock from a Date header", () => {
  it("widens the round trip by the header's whole-second slack", () => {
    const sample = dateHeaderSample("Fri, 04 Dec 2026 18:52:11 GMT", 5000, 5200);
    expect(sample).toEqual([new Date(Date.parse("2026-12-04T18:52:12Z")).toISOString(), 4000, 6200]);
    expect(dateHeaderSample(null, 0, 1)).toBeNull();
    expect(dateHeaderSample("not a date", 0, 1)).toBeNull();
    expect(dateHeaderSample("Fri, 04 Dec 2026 18:52:11 GMT", 10, 5)).toBeNull();
  });

  it("puts a device clock hours off right to within the slack", () => {
    // The device is three hours fast; the server's clock reads 18:52:11.600 during the request.
    const server = Date.parse("2026-12-04T18:52:11.600Z");
    const skew = 3 * 3600_000;
    let device = server + skew - 50;
    const clock = createServerClock(() => device);
    const sent = device;
    device += 100;
    const sample = dateHeaderSample(new Date(server - 600).toUTCString(), sent, device);
    expect(sample && clock.sample(...sample)).toBe(true);
    expect(Math.abs(clock.now() - (server + 50))).toBeLessThanOrEqual(1000 + 50);
    expect(clock.uncertainty()).toBe(1050);
  });

  it("samples /healthz and ignores failures", async () => {
    const clock = createServerClock(() => 0);
    const ok = async () => new Response("{}", { headers: { date: "Fri, 04 Dec 2026 18:52:11 GMT" } });
    expect(await sampleServerClock(clock, ok, () => 0)).toBe(true);
    expect(clock.uncertainty()).toBe(1000);
    const down = async (): Promise<Response> => {
      throw new TypeError("Failed to fetch");
    };
    expect(await sampleServerClock(createServerClock(), down)).toBe(false);
    const noDate = async () => new Response("{}");
    expect(await sampleServerClock(createServerClock(), noDate)).toBe(false);
  });
});

describe("the server's clock from an attempt's secondsLeft", () => {
  it("puts the server's time in the middle of the second it names", () => {
    const deadline = "2026-12-04T19:30:00.000Z";
    expect(secondsLeftSample(deadline, 600, 1000, 1100)).toEqual(["2026-12-04T19:19:59.500Z", 500, 1600]);
    expect(secondsLeftSample(deadline, 0, 1000, 1100)).toBeNull();
    expect(secondsLeftSample(deadline, null, 1000, 1100)).toBeNull();
    expect(secondsLeftSample("soon", 5, 1000, 1100)).toBeNull();
    expect(secondsLeftSample(deadline, 5, 1100, 1000)).toBeNull();
  });

  it("beats a Date header's sample and keeps the countdown within a second", () => {
    const server = Date.parse("2026-12-04T19:20:00.300Z");
    let device = server - 7200_000; // two hours slow
    const clock = createServerClock(() => device);
    const header = dateHeaderSample(new Date(server - 300).toUTCString(), device - 20, device + 20);
    clock.sample(...header!);
    const deadline = new Date(server + 600_000).toISOString();
    const left = Math.floor((Date.parse(deadline) - server) / 1000);
    clock.sample(...secondsLeftSample(deadline, left, device - 20, device + 20)!);
    expect(clock.uncertainty()).toBe(520);
    expect(Math.abs(clock.now() - server)).toBeLessThanOrEqual(520);
    device += 1000;
    expect(Math.abs(clock.now() - (server + 1000))).toBeLessThanOrEqual(520);
  });
});
