/**
 * Whether the browser believes it is online, over the window's `online` / `offline` events.
 *
 * `navigator.onLine === false` is reliable ("certainly offline"); `true` only means "a network
 * is attached", so callers still treat failed requests as failures (the autosave queue does).
 */

export interface OnlineStatus {
  /** The latest known state: the last event seen, or `navigator.onLine` before any event. */
  online(): boolean;
  /** Called with the new state on every `online` / `offline` event; returns the unsubscribe. */
  subscribe(listener: (online: boolean) => void): () => void;
}

/** The part of `window` this helper uses (a real window, or a test double). */
export interface OnlineEventSource {
  readonly navigator: { readonly onLine: boolean };
  addEventListener(type: "online" | "offline", listener: () => void): void;
  removeEventListener(type: "online" | "offline", listener: () => void): void;
}

export function onlineStatus(source: OnlineEventSource): OnlineStatus {
  let last: boolean | null = null;
  const listeners = new Set<(online: boolean) => void>();

  const current = (): boolean => last ?? source.navigator.onLine !== false;
  const emit = (value: boolean): void => {
    last = value;
    for (const listener of [...listeners]) listener(value);
  };
  const onOnline = (): void => emit(true);
  const onOffline = (): void => emit(false);
  let attached = false;

  const attach = (): void => {
    if (attached) return;
    attached = true;
    source.addEventListener("online", onOnline);
    source.addEventListener("offline", onOffline);
  };
  const detach = (): void => {
    if (!attached) return;
    attached = false;
    source.removeEventListener("online", onOnline);
    source.removeEventListener("offline", onOffline);
    // Without listeners the events go unseen, so the cached state would go stale.
    last = null;
  };

  return {
    online: current,
    subscribe(listener) {
      listeners.add(listener);
      attach();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) detach();
      };
    },
  };
}
