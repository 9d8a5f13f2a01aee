import { Button, Flex, Typography } from "antd";
import { useCallback, useState } from "react";
import { currentAfter, firstPage, nextPage, pageNumber, previousPage, type PagerState } from "./pager";

/** Cursor paging state for a forward-only connection, reset whenever `resetKey` changes. */
export function usePager(resetKey: string) {
  const [state, setState] = useState<{ key: string; pager: PagerState }>({ key: resetKey, pager: firstPage() });
  const pager = state.key === resetKey ? state.pager : firstPage();
  const next = useCallback(
    (endCursor: string | null | undefined) => setState({ key: resetKey, pager: nextPage(pager, endCursor) }),
    [pager, resetKey],
  );
  const previous = useCallback(() => setState({ key: resetKey, pager: previousPage(pager) }), [pager, resetKey]);
  return { after: currentAfter(pager), page: pageNumber(pager), next, previous };
}

type Props = {
  page: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  loading?: boolean;
};

export function PagerBar({ page, hasNext, onPrevious, onNext, loading }: Props) {
  if (page === 1 && !hasNext) return null;
  return (
    <Flex justify="flex-end" align="center" gap={8} style={{ marginTop: 12 }} data-testid="pager">
      <Button onClick={onPrevious} disabled={page <= 1 || loading}>
        上一页
      </Button>
      <Typography.Text data-testid="pager-page">第 {page} 页</Typography.Text>
      <Button onClick={onNext} disabled={!hasNext || loading}>
        下一页
      </Button>
    </Flex>
  );
}
