// The live count of who has checked in. The schema on main has no `sessionAttendance`
// subscription yet, so this polls the session's attendanceSummary every few seconds (and when
// the tab comes back into view); swap the body for useSubscription once the schema has it.
import { useEffect } from "react";
import { useQuery } from "urql";
import { trainingAttendanceSummaryQuery } from "../../services/training";

export const POLL_MS = 3_000;

export function useLiveAttendance(sessionId: string, pollMs = POLL_MS) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: trainingAttendanceSummaryQuery,
    variables: { id: sessionId },
    requestPolicy: "network-only",
  });
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === "visible") reexecute({ requestPolicy: "network-only" });
    };
    const timer = window.setInterval(refresh, pollMs);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [reexecute, pollMs]);
  const node = data?.node && data.node.__typename === "TrainingSession" ? data.node : null;
  return { session: node, loaded: data !== undefined, error, fetching };
}
