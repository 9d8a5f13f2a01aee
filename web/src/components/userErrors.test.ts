import { describe, expect, it } from "vitest";
import { errorText, fieldKey, fieldName } from "./userErrors";

describe("fieldName", () => {
  it("drops the leading input", () => {
    expect(fieldName(["input", "startsAt"])).toBe("startsAt");
  });

  it("keeps a path without input", () => {
    expect(fieldName(["password"])).toBe("password");
    expect(fieldName(["rubric", "items"])).toEqual(["rubric", "items"]);
  });

  it("turns list indexes into numbers for Form.List", () => {
    expect(fieldName(["input", "marks", "0", "status"])).toEqual(["marks", 0, "status"]);
    expect(fieldName(["input", "answers", "12"])).toEqual(["answers", 12]);
  });

  it("drops only a leading input", () => {
    expect(fieldName(["input", "input"])).toBe("input");
    expect(fieldName(["options", "input"])).toEqual(["options", "input"]);
  });

  it("gives null for no field or the whole input", () => {
    expect(fieldName(null)).toBeNull();
    expect(fieldName(undefined)).toBeNull();
    expect(fieldName([])).toBeNull();
    expect(fieldName(["input"])).toBeNull();
    expect(fieldName("")).toBeNull();
  });

  it("accepts a dotted string", () => {
    expect(fieldName("input.title")).toBe("title");
    expect(fieldName("marks.1.note")).toEqual(["marks", 1, "note"]);
  });
});

describe("fieldKey", () => {
  it("joins paths so names compare", () => {
    expect(fieldKey(["marks", 0, "status"])).toBe("marks.0.status");
    expect(fieldKey("title")).toBe("title");
  });
});

describe("errorText", () => {
  it("prefers the zh_CN text of a known code", () => {
    expect(errorText({ code: "WRONG_PASSWORD", message: "The current password is not correct." })).toBe(
      "当前密码不正确",
    );
  });

  it("falls back to the server's message", () => {
    expect(errorText({ code: "SOMETHING_NEW", message: "Something new." })).toBe("Something new.");
  });
});
