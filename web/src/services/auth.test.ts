import { afterEach, describe, expect, it, vi } from "vitest";
import { expireSession, getToken, safeNext, setToken, TOKEN_KEY } from "./auth";
import { loginPath } from "./token";

describe("safeNext", () => {
  it("keeps a path on this site with its query and hash", () => {
    expect(safeNext("/training")).toBe("/training");
    expect(safeNext("/exams/123?tab=result#q4")).toBe("/exams/123?tab=result#q4");
  });

  it("rejects what is missing or not a path", () => {
    expect(safeNext(null)).toBeNull();
    expect(safeNext(undefined)).toBeNull();
    expect(safeNext("")).toBeNull();
    expect(safeNext("training")).toBeNull();
    expect(safeNext("https://evil.example/")).toBeNull();
    expect(safeNext("javascript:alert(1)")).toBeNull();
  });

  it("rejects protocol-relative and backslash tricks", () => {
    expect(safeNext("//evil.example/x")).toBeNull();
    expect(safeNext("/\\evil.example/x")).toBeNull();
    expect(safeNext("/\t/evil.example")).toBeNull();
    expect(safeNext("/\n/evil.example")).toBeNull();
  });

  it("does not go back to the login page", () => {
    expect(safeNext("/login")).toBeNull();
    expect(safeNext("/login?next=/x")).toBeNull();
  });

  it("accepts an absolute URL of this origin only in path form", () => {
    expect(safeNext(`${window.location.origin}/training`)).toBeNull();
  });
});

describe("loginPath", () => {
  it("carries where the user was", () => {
    expect(loginPath("/exams/1?x=2")).toBe("/login?next=%2Fexams%2F1%3Fx%3D2");
    expect(loginPath("/")).toBe("/login?next=%2F");
    expect(loginPath()).toBe("/login");
    expect(loginPath("/login?next=/a")).toBe("/login");
  });
});

describe("expireSession", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.localStorage.clear();
  });

  it("forgets the token and sends the user to log in, to come back", () => {
    setToken("t0ken");
    expect(window.localStorage.getItem(TOKEN_KEY)).toBe("t0ken");
    const assign = vi.fn();
    vi.stubGlobal("location", { ...window.location, pathname: "/exams/9", search: "?a=1", hash: "", assign });
    expireSession();
    expect(getToken()).toBeNull();
    expect(assign).toHaveBeenCalledWith("/login?next=%2Fexams%2F9%3Fa%3D1");
  });
});
