import type { ReactNode } from "react";
import { useSyncExternalStore } from "react";
import { Provider } from "urql";
import { getClient, subscribeClient } from "./client";

/** urql's Provider with the session's client; a new one after login or logout. */
export function ClientProvider({ children }: { children: ReactNode }) {
  const client = useSyncExternalStore(subscribeClient, getClient);
  return <Provider value={client}>{children}</Provider>;
}
