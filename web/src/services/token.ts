// The bearer token, kept in localStorage so a reload stays logged in. No imports: both the
// GraphQL client and the auth functions use it.

export const TOKEN_KEY = "lianbing.token";

export function getToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string): void {
  window.localStorage.setItem(TOKEN_KEY, token);
}

export function clearToken(): void {
  try {
    window.localStorage.removeItem(TOKEN_KEY);
  } catch {
    // storage unavailable: nothing stored either
  }
}

/** `/login?next=<path>`; `next` is left off when there is none or it is the login page itself. */
export function loginPath(next?: string): string {
  if (!next || next.startsWith("/login")) return "/login";
  return `/login?next=${encodeURIComponent(next)}`;
}

/** The path, query and hash the user is on now. */
export function currentLocation(): string {
  const { pathname, search, hash } = window.location;
  return pathname + search + hash;
}

/**
 * The server no longer accepts the token (expired, revoked by a password change, or none sent):
 * forget it and send the user to log in, to come back where they were. A full page load, so no
 * cached data of the old session survives.
 */
export function expireSession(): void {
  clearToken();
  if (window.location.pathname === "/login") return;
  window.location.assign(loginPath(currentLocation()));
}
