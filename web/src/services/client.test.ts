import { CombinedError } from "@urql/core";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { errorCode, isUnauthenticated } from "./client";

const coded = (code: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError("x", { extensions: { code } })] });

describe("isUnauthenticated", () => {
  it("spots the server's code for a missing or expired token", () => {
    expect(isUnauthenticated(coded("UNAUTHENTICATED"))).toBe(true);
    expect(isUnauthenticated(coded("FORBIDDEN"))).toBe(false);
    expect(isUnauthenticated(new CombinedError({ networkError: new Error("offline") }))).toBe(false);
    expect(isUnauthenticated(undefined)).toBe(false);
  });

  it("gives the first top-level code", () => {
    expect(errorCode(coded("NOT_FOUND"))).toBe("NOT_FOUND");
    expect(errorCode(new CombinedError({ networkError: new Error("offline") }))).toBeUndefined();
  });
});
