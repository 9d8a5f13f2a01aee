// Cursor paging for a Relay connection that only pages forward (first/after): the cursors of the
// pages seen so far, so "上一页" goes back without the API paging backward.

export type PagerState = {
  /** `after` of each page opened so far; the last is the current page's. */
  cursors: (string | null)[];
};

export const firstPage = (): PagerState => ({ cursors: [null] });

export function currentAfter(state: PagerState): string | null {
  return state.cursors[state.cursors.length - 1] ?? null;
}

/** 1 for the first page. */
export function pageNumber(state: PagerState): number {
  return state.cursors.length;
}

/** The next page, after the current page's `endCursor` (unchanged without one). */
export function nextPage(state: PagerState, endCursor: string | null | undefined): PagerState {
  if (!endCursor) return state;
  return { cursors: [...state.cursors, endCursor] };
}

export function previousPage(state: PagerState): PagerState {
  if (state.cursors.length <= 1) return state;
  return { cursors: state.cursors.slice(0, -1) };
}
