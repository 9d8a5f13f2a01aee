import { describe, expect, it } from "vitest";
import { filenameFromDisposition, refusalText } from "./downloads";

describe("filenameFromDisposition", () => {
  it("reads the UTF-8 name the server sends", () => {
    const name = "演练评估报告_2026-12-04_火灾疏散.xlsx";
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''${encodeURIComponent(name)}`)).toBe(name);
  });
  it("prefers filename* over filename, and falls back when it is malformed", () => {
    expect(filenameFromDisposition(`attachment; filename="a.xlsx"; filename*=UTF-8''b.xlsx`)).toBe("b.xlsx");
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename=ok.xlsx`)).toBe("ok.xlsx");
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
    expect(refusalText(403, { error: "FORBIDDEN", message: "x" })).toBe("您没有权限下载此文件");
    expect(refusalText(404, null)).toBe("文件不存在或无权查看");
    expect(refusalText(500, { message: "boom" })).toBe("下载失败：boom");
    expect(refusalText(502, null)).toBe("下载失败（502）");
  });
});
