// Loading every page of a connection (a month's sessions, a roster of 300, a year's attendance):
// the API gives at most 100 rows a request.
import { useCallback, useEffect, useRef, useState } from "react";
import type { TypedDocumentNode } from "@urql/core";
import { useClient, type CombinedError } from "urql";

export type Connection<N> = {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: N }[];
};

/** Hard stop, so a server that always says hasNextPage cannot loop us forever. */
export const MAX_PAGES = 50;

/**
 * Follows `endCursor` until `hasNextPage` is false; `fetchPage(after)` returns one page (or
 * null when the object is gone). Returns the nodes in order, or null when the first page was null.
 */
export async function collectPages<N>(
  fetchPage: (after: string | null) => Promise<Connection<N> | null>,
  maxPages = MAX_PAGES,
): Promise<N[] | null> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const connection: Connection<N> | null = await fetchPage(after);
    if (connection === null) return page === 0 ? null : nodes;
    for (const edge of connection.edges) nodes.push(edge.node);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return nodes;
}

export type AllPages<N> = {
  nodes: N[] | null;
  fetching: boolean;
  error: CombinedError | undefined;
  /** Load again from the server; `quiet` keeps the current rows on screen meanwhile. */
  refresh: (quiet?: boolean) => void;
};

/** Every node of a paginated query with an `$after` variable, reloaded when `key` changes;
 * nothing is fetched while `pause`. */
export function useAllPages<Data, Vars extends { after?: string | null }, N>(
  query: TypedDocumentNode<Data, Vars>,
  variables: Omit<Vars, "after">,
  select: (data: Data) => Connection<N> | null | undefined,
  key: string,
  pause = false,
): AllPages<N> {
  const client = useClient();
  const [nodes, setNodes] = useState<N[] | null>(null);
  const [fetching, setFetching] = useState(true);
  const [error, setError] = useState<CombinedError | undefined>();
  const [tick, setTick] = useState(0);
  const latest = useRef({ variables, select });
  latest.current = { variables, select };
  const quietRef = useRef(false);

  useEffect(() => {
    if (pause) {
      setNodes(null);
      setFetching(false);
      return;
    }
    let cancelled = false;
    if (!quietRef.current) setNodes(null);
    quietRef.current = false;
    setFetching(true);
    setError(undefined);
    let failure: CombinedError | undefined;
    collectPages<N>(async (after) => {
      const { variables: vars, select: pick } = latest.current;
      const result = await client
        .query(query, { ...vars, after } as Vars, { requestPolicy: "network-only" })
        .toPromise();
      if (result.error) {
        failure = result.error;
        return null;
      }
      return result.data ? (pick(result.data) ?? null) : null;
    }).then((found) => {
      if (cancelled) return;
      setFetching(false);
      if (failure) setError(failure);
      setNodes(found ?? []);
    });
    return () => {
      cancelled = true;
    };
  }, [client, query, key, tick, pause]);

  const refresh = useCallback((quiet = false) => {
    quietRef.current = quiet;
    setTick((t) => t + 1);
  }, []);

  return { nodes, fetching, error, refresh };
}
