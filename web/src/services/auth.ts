import { resetClient, getClient } from "./client";
import type { LoginMutation } from "../gql/graphql";
import { loginMutation } from "./account";
import { clearToken, setToken } from "./token";

export {
  TOKEN_KEY,
  getToken,
  setToken,
  clearToken,
  expireSession,
  loginPath,
  currentLocation,
} from "./token";

export type LoginResult = LoginMutation["login"];

/**
 * Log in with the `login` mutation. On success the token is stored and the GraphQL client
 * starts afresh (no cached data of an earlier user). Returns the payload so the form can show
 * its userErrors; throws the CombinedError of a network or top-level error (TOO_MANY_LOGINS).
 */
export async function login(username: string, password: string): Promise<LoginResult> {
  const result = await getClient()
    .mutation(loginMutation, { input: { username, password } }, { requestPolicy: "network-only" })
    .toPromise();
  if (result.error) throw result.error;
  if (!result.data) throw new Error("登录失败：服务器没有返回结果");
  const payload = result.data.login;
  if (payload.token && payload.userErrors.length === 0) {
    setToken(payload.token);
    resetClient();
  }
  return payload;
}

/** Forget the token and go to the login page (a full page load drops every cached result). */
export function logout(): void {
  clearToken();
  resetClient();
  window.location.assign("/login");
}

/**
 * Where to go after login: `next` only if it is a path on this site ("/exams?id=1"), else null.
 * Rejects absolute URLs, protocol-relative "//host" and "/\host", and anything the URL parser
 * would turn into another origin.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (typeof next !== "string" || next === "") return null;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, window.location.origin);
  } catch {
    return null;
  }
  if (url.origin !== window.location.origin) return null;
  const path = url.pathname + url.search + url.hash;
  if (url.pathname === "/login") return null;
  return path;
}
