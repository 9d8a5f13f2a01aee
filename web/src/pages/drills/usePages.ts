import { useCallback, useState } from "react";

export type Page<N> = { nodes: N[]; hasNextPage: boolean; endCursor: string | null };

/**
 * Pages after the first of a connection (the first comes from the page's useQuery, so it stays
 * live): `loadMore` fetches the next one through `fetchPage(after)` and keeps it while `key`
 * (the list's filters) stays the same. A node on two pages shows once.
 */
export function useMorePages<N extends { id: string }>(key: string, first: Page<N> | null, fetchPage: (after: string | null) => Promise<Page<N> | null>) {
  const [more, setMore] = useState<{ key: string; page: Page<N> } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const extra = more?.key === key ? more.page : null;
  const seen = new Set<string>();
  const nodes: N[] = [];
  for (const node of [...(first?.nodes ?? []), ...(extra?.nodes ?? [])]) {
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    nodes.push(node);
  }
  const last = extra ?? first;
  const hasNextPage = last?.hasNextPage ?? false;
  const cursor = last?.endCursor ?? null;

  const loadMore = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const page = await fetchPage(cursor);
      if (page) {
        setMore((prev) => {
          const before = prev?.key === key ? prev.page.nodes : [];
          return { key, page: { ...page, nodes: [...before, ...page.nodes] } };
        });
      }
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [fetchPage, cursor, key]);

  return { nodes, hasNextPage, loadMore, loading, error };
}
