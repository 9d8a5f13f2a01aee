import { useEffect, useRef, useSyncExternalStore } from "react";
import { getLiveStatus, subscribeLiveStatus, type LiveStatus } from "../../services/client";

/** Whether the subscriptions' WebSocket is connected, re-rendering when that changes. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(subscribeLiveStatus, getLiveStatus);
}

/**
 * Calls `onReconnect` when the WebSocket connects again after it closed: events sent while it
 * was down are lost, so the page reloads what it shows.
 */
export function useOnReconnect(onReconnect: () => void): LiveStatus {
  const status = useLiveStatus();
  const wasClosed = useRef(false);
  const callback = useRef(onReconnect);
  callback.current = onReconnect;
  useEffect(() => {
    if (status === "closed") wasClosed.current = true;
    if (status === "connected" && wasClosed.current) {
      wasClosed.current = false;
      callback.current();
    }
  }, [status]);
  return status;
}
