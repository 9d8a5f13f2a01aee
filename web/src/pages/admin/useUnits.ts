import { useCallback, useEffect, useMemo, useState } from "react";
import { useClient, type CombinedError, type OperationResult } from "urql";
import type { AdminUnitsQuery } from "../../gql/graphql";
import { adminUnitsQuery } from "../../services/admin";
import { buildUnitTree, type FlatUnit, type UnitTreeNode } from "./unitTree";

export type UnitsState = {
  units: FlatUnit[];
  tree: UnitTreeNode[];
  loading: boolean;
  error: CombinedError | undefined;
  reload: () => void;
};

const PAGE = 100;
// A county has a few dozen units; this bounds the loop should the cursor never end.
const MAX_PAGES = 50;

/** Every unit (all pages of `units`), and the tree of them. */
export function useUnits(): UnitsState {
  const client = useClient();
  const [units, setUnits] = useState<FlatUnit[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<CombinedError | undefined>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      setLoading(true);
      const all: FlatUnit[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result: OperationResult<AdminUnitsQuery> = await client
          .query(adminUnitsQuery, { first: PAGE, after }, { requestPolicy: "network-only" })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setError(result.error);
          setLoading(false);
          return;
        }
        const { edges, pageInfo } = result.data.units;
        all.push(...edges.map((edge) => edge.node));
        if (!pageInfo.hasNextPage || !pageInfo.endCursor) break;
        after = pageInfo.endCursor;
      }
      setUnits(all);
      setError(undefined);
      setLoading(false);
    })();
    return () => {
      cancelled = true;
    };
  }, [client, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const tree = useMemo(() => buildUnitTree(units), [units]);
  return { units, tree, loading, error, reload };
}
