import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type CombinedError,
} from "@urql/core";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { expireSession, getToken } from "./token";

// The code the server puts in `extensions.code` when a field needs a login and the request's
// token is missing, expired, revoked or forged (schema/permissions.py: an invalid token is
// treated as no token). The WebSocket endpoint closes with 4403 when connection_init carries
// a token it does not accept (schema/view.py on_ws_connect).
export const UNAUTHENTICATED = "UNAUTHENTICATED";
const WS_REJECTED = 4403;

export function isUnauthenticated(error: CombinedError | undefined | null): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === UNAUTHENTICATED);
}

/** The top-level error code of a failed operation (FORBIDDEN, NOT_FOUND, ...), if any. */
export function errorCode(error: CombinedError | undefined | null): string | undefined {
  const code = error?.graphQLErrors.find((e) => e.extensions?.code)?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}/graphql`;
}

function authorization(): Record<string, string> {
  const token = getToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** The WebSocket that carries subscriptions: "idle" until a page subscribes. */
export type LiveStatus = "idle" | "connecting" | "connected" | "closed";
let liveStatus: LiveStatus = "idle";
const liveListeners = new Set<() => void>();

function setLiveStatus(status: LiveStatus): void {
  if (status === liveStatus) return;
  liveStatus = status;
  liveListeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: a page showing whether its live updates are connected. */
export function getLiveStatus(): LiveStatus {
  return liveStatus;
}

export function subscribeLiveStatus(listener: () => void): () => void {
  liveListeners.add(listener);
  return () => liveListeners.delete(listener);
}

function makeWsClient(): WsClient {
  const ws: WsClient = createWsClient({
    url: wsUrl(),
    lazy: true,
    connectionParams: () => authorization(),
    on: {
      connecting: () => current?.ws === ws && setLiveStatus("connecting"),
      connected: () => current?.ws === ws && setLiveStatus("connected"),
      closed: (event) => {
        if (current?.ws === ws) setLiveStatus("closed");
        if ((event as CloseEvent | undefined)?.code === WS_REJECTED) expireSession();
      },
    },
  });
  return ws;
}

function makeClient(): { client: Client; ws: WsClient } {
  const ws = makeWsClient();
  const client = new Client({
    url: "/graphql",
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) expireSession();
        },
      }),
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || "" };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
      fetchExchange,
    ],
    fetchOptions: () => ({ headers: authorization() }),
  });
  return { client, ws };
}

let current = makeClient();
const listeners = new Set<() => void>();

/** The GraphQL client of the current session. */
export function getClient(): Client {
  return current.client;
}

/**
 * A fresh client (empty cache, new WebSocket) for a new session: after login, logout or a
 * password change. Components reading the client through <ClientProvider> re-render with it.
 */
export function resetClient(): void {
  const old = current;
  current = makeClient();
  setLiveStatus("idle");
  void old.ws.dispose();
  listeners.forEach((listener) => listener());
}

export function subscribeClient(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
