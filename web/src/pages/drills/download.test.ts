import { describe, expect, it } from "vitest";
import { filenameFromDisposition, refusalText } from "./download";

describe("filenameFromDisposition", () => {
  it("reads the UTF-8 name the server sends", () => {
    const name = "演练评估报告_2026-12-04_火灾疏散.xlsx";
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''${encodeURIComponent(name)}`)).toBe(name);
  });
  it("falls back to a plain filename, and to null", () => {
    expect(filenameFromDisposition('attachment; filename="a b.xlsx"')).toBe("a b.xlsx");
    expect(filenameFromDisposition("attachment; filename=plain.xlsx")).toBe("plain.xlsx");
    expect(filenameFromDisposition("inline")).toBeNull();
    expect(filenameFromDisposition(null)).toBeNull();
  });
});

describe("refusalText", () => {
  it("says why in Chinese", () => {
    expect(refusalText(403, { error: "FORBIDDEN", message: "x" })).toBe("您没有权限下载该报告");
    expect(refusalText(500, { message: "boom" })).toBe("下载失败：boom");
    expect(refusalText(502, null)).toBe("下载失败（502）");
  });
});
