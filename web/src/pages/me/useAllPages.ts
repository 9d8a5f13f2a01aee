import { useEffect, useState } from "react";
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from "urql";

type Page<N> = { nodes: N[]; hasNextPage: boolean; endCursor: string | null | undefined };

const MAX_PAGES = 30;

/**
 * Every page of a forward-only connection (100 at a time, at most 3000 rows): for lists that are
 * small per person (a year's ledger events, one's exam attempts) and shown sorted or grouped.
 * `key` changes reload; `pick` takes the page out of a result.
 */
export function useAllPages<Q, V extends AnyVariables & { first?: number | null; after?: string | null }, N>(
  query: TypedDocumentNode<Q, V>,
  variables: Omit<V, "first" | "after">,
  pick: (data: Q) => Page<N>,
  key: string,
): { nodes: N[]; loading: boolean; error: CombinedError | undefined; truncated: boolean } {
  const client = useClient();
  const [state, setState] = useState<{ key: string | null; nodes: N[]; error?: CombinedError; truncated: boolean }>({
    key: null,
    nodes: [],
    truncated: false,
  });

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const nodes: N[] = [];
      let after: string | null = null;
      for (let i = 0; i < MAX_PAGES; i++) {
        const result = await client
          .query(query, { ...variables, first: 100, after } as unknown as V, { requestPolicy: "network-only" })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState({ key, nodes, error: result.error, truncated: false });
          return;
        }
        const page = pick(result.data);
        nodes.push(...page.nodes);
        if (!page.hasNextPage || !page.endCursor) {
          setState({ key, nodes, truncated: false });
          return;
        }
        after = page.endCursor;
      }
      setState({ key, nodes, truncated: true });
    })();
    return () => {
      cancelled = true;
    };
    // `variables` and `pick` are described by `key`.
  }, [client, query, key]);

  const current = state.key === key;
  return {
    nodes: current ? state.nodes : [],
    loading: !current,
    error: current ? state.error : undefined,
    truncated: current && state.truncated,
  };
}
