import { describe, expect, it } from "vitest";
import { inputSummary, operationLabel } from "./operations";

describe("audit helpers", () => {
  it("names operations in Chinese, unknown ones as they are", () => {
    expect(operationLabel("createUser")).toBe("新建账号");
    expect(operationLabel("somethingNew")).toBe("somethingNew");
  });

  it("sums an input up by its username, name or title, else an ID", () => {
    expect(inputSummary({ username: "zhang", password: "[redacted]", roles: ["OFFICER"] })).toBe("zhang");
    expect(inputSummary({ name: " 高村镇 ", kind: "TOWNSHIP" })).toBe("高村镇");
    expect(inputSummary({ sessionId: "VHJh", code: "" })).toBe("VHJh");
    expect(inputSummary({ title: "x".repeat(50) })).toBe(`${"x".repeat(40)}…`);
    expect(inputSummary(null)).toBe("");
    expect(inputSummary(["a"])).toBe("");
    expect(inputSummary({ roles: [] })).toBe("");
  });
});
