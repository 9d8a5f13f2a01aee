// The live count of who has checked in: the `sessionAttendance` subscription (the counts at once,
// then after every check-in, mark and leave request). The session's title and times come from
// one query; should the subscription fail (no WebSocket through a proxy, say), the counts are
// polled every few seconds instead.
import { useEffect } from "react";
import { useQuery, useSubscription } from "urql";
import { sessionAttendanceSubscription, trainingAttendanceSummaryQuery } from "../../services/training";

export const FALLBACK_POLL_MS = 5_000;

export function useLiveAttendance(sessionId: string) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: trainingAttendanceSummaryQuery,
    variables: { id: sessionId },
    requestPolicy: "network-only",
  });
  const [live] = useSubscription({ query: sessionAttendanceSubscription, variables: { sessionId } });
  const subscriptionFailed = live.error !== undefined;

  useEffect(() => {
    if (!subscriptionFailed) return;
    const timer = window.setInterval(() => reexecute({ requestPolicy: "network-only" }), FALLBACK_POLL_MS);
    return () => window.clearInterval(timer);
  }, [subscriptionFailed, reexecute]);

  const node = data?.node && data.node.__typename === "TrainingSession" ? data.node : null;
  const pushed = live.data?.sessionAttendance.summary;
  const summary = !subscriptionFailed && pushed ? pushed : node?.attendanceSummary;
  return {
    session: node,
    summary: summary ?? null,
    /** "live" while the subscription delivers, "polling" after it failed. */
    mode: subscriptionFailed ? ("polling" as const) : ("live" as const),
    loaded: data !== undefined,
    error,
    fetching,
  };
}
