import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import { useQuery, type CombinedError } from "urql";
import type { MeQuery } from "../gql/graphql";
import { meQuery } from "./account";

export type Me = NonNullable<MeQuery["me"]>;

export type SessionValue = {
  /** The logged-in user; null while loading or when nobody is logged in. */
  me: Me | null;
  /** True once the server has answered `me` (with a user or with null). */
  loaded: boolean;
  /** A network or server error loading `me`. */
  error: CombinedError | undefined;
  /** Load `me` again from the server (after changing one's own name, unit or roles). */
  refresh: () => void;
};

const SessionContext = createContext<SessionValue | null>(null);

/** Loads `me` once for the whole layout and gives it to every page below. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [{ data, error }, reexecute] = useQuery({
    query: meQuery,
    requestPolicy: "cache-and-network",
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const value = useMemo<SessionValue>(
    () => ({ me: data?.me ?? null, loaded: data !== undefined, error, refresh }),
    [data, error, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session inside <SessionProvider> (every page under the layout). */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession() outside <SessionProvider>");
  return value;
}

/** The logged-in user, for pages under the layout (it renders them only once `me` is known). */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error("useMe() before the session is loaded");
  return me;
}
