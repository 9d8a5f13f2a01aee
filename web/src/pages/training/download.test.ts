import { describe, expect, it } from "vitest";
import { dispositionFilename } from "./download";

describe("dispositionFilename", () => {
  it("reads the UTF-8 name the server sends", () => {
    const name = "签到表-执法培训.xlsx";
    expect(dispositionFilename(`attachment; filename*=UTF-8''${encodeURIComponent(name)}`)).toBe(name);
  });

  it("prefers filename* and falls back to filename", () => {
    expect(dispositionFilename(`attachment; filename="a.xlsx"; filename*=UTF-8''b.xlsx`)).toBe("b.xlsx");
    expect(dispositionFilename(`attachment; filename="a b.xlsx"`)).toBe("a b.xlsx");
    expect(dispositionFilename("attachment; filename=plain.xlsx")).toBe("plain.xlsx");
    expect(dispositionFilename(`attachment; filename*=UTF-8''%E0%A4%A; filename=ok.xlsx`)).toBe("ok.xlsx");
  });

  it("gives null without a name", () => {
    expect(dispositionFilename(null)).toBeNull();
    expect(dispositionFilename("attachment")).toBeNull();
  });
});
