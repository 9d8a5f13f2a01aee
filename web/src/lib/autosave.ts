/**
 * The exam answer autosave queue.
 *
 * Every `set` is written to local storage at once, coalesced per question (latest wins) and sent
 * after `debounceMs` in one batch. At most one batch is in flight; each answer carries a version,
 * and an acknowledgement only marks the version it carried as saved, so an answer changed while
 * its batch was in flight stays pending and goes out next. Failed sends (a throw, or `{retry:
 * true}`) back off exponentially; while `online()` is false nothing is sent and the queue waits
 * for `notifyOnline()` (or the `subscribeOnline` feed).
 *
 * `saveAnswers` is all-or-nothing on the server: when it refuses some answers it stores none, so
 * `{rejected}` holds the refused answers back (until they change) and resends the others at once.
 * `{closed}` (the attempt was submitted or its time ran out) stops all sending.
 *
 * `send` must settle: the queue never starts a second batch while one is in flight (a timed-out
 * request that still reached the server later could otherwise overwrite a newer answer there).
 */

export interface AnswerItem {
  questionId: string;
  answer: string[];
}

export interface Rejection {
  questionId: string;
  code: string;
  message: string;
}

export interface Closure {
  code: string;
  message: string;
}

export type SendResult = "ok" | { retry: true } | { rejected: Rejection[] } | { closed: Closure };

export type AutosaveStatus = "saved" | "saving" | "offline" | "error";

/** The part of `localStorage` the queue uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface AutosaveOptions {
  attemptId: string;
  send: (answers: AnswerItem[]) => Promise<SendResult>;
  /** Usually `window.localStorage`; `null` keeps answers in memory only. */
  storage?: KeyValueStorage | null;
  /** `false` means certainly offline: nothing is sent until `notifyOnline()`. */
  online?: () => boolean;
  /** E.g. `onlineStatus(window).subscribe`: calls `notifyOnline()` when the network comes back. */
  subscribeOnline?: (listener: (online: boolean) => void) => () => void;
  /** Quiet time after the last change before a batch goes out (default 800 ms). */
  debounceMs?: number;
  /** The longest a change waits while changes keep coming (default 5 × debounceMs). */
  maxWaitMs?: number;
  /** First retry delay after a failure, doubled each time (default 1 s) … */
  retryBaseMs?: number;
  /** … up to this (default 30 s). */
  retryMaxMs?: number;
  /** Milliseconds clock, for maxWaitMs (default `Date.now`). */
  now?: () => number;
}

export interface AutosaveSnapshot {
  status: AutosaveStatus;
  /** Question IDs with an answer not yet acknowledged (refused ones excluded). */
  pending: readonly string[];
  /** Answers the server refused; each stays here until that question's answer changes. */
  rejected: readonly Rejection[];
  /** Set when the attempt no longer takes answers. */
  closed: Closure | null;
  /** Consecutive failed sends (0 after a success). */
  failures: number;
}

export interface RestoredAnswers {
  /** Every answer saved on this device, by question ID. */
  answers: Record<string, string[]>;
  /** The ones among them the server has not acknowledged. */
  unsent: string[];
}

export interface AutosaveQueue {
  set(questionId: string, answer: readonly string[]): void;
  /** The latest answer set on this device (or restored from storage). */
  get(questionId: string): string[] | undefined;
  pending(): string[];
  rejected(): Rejection[];
  status(): AutosaveStatus;
  /** Same object until something changes (fits React's useSyncExternalStore). */
  snapshot(): AutosaveSnapshot;
  subscribe(listener: (snapshot: AutosaveSnapshot) => void): () => void;
  restore(): RestoredAnswers;
  /** Sends now; resolves once nothing is pending (or the attempt is closed / the queue cleared). */
  flush(): Promise<void>;
  /** The network is back: retry at once. */
  notifyOnline(): void;
  /** After submitting: forget everything, locally stored answers included. */
  clear(): void;
  /** On unmount: stop timers and listeners, keep the stored answers. */
  dispose(): void;
}

export const storageKey = (attemptId: string): string => `lianbing.attempt.${attemptId}`;

interface Entry {
  answer: string[];
  version: number;
  /** The highest version the server acknowledged. */
  acked: number;
}

interface Stored {
  v: 1;
  q: Record<string, { a: string[]; v: number; s: number }>;
}

function load(storage: KeyValueStorage | null, key: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  if (!storage) return entries;
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return entries;
  }
  if (!raw) return entries;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return entries;
  }
  if (typeof data !== "object" || data === null || (data as Stored).v !== 1) return entries;
  const q = (data as Stored).q;
  if (typeof q !== "object" || q === null) return entries;
  for (const [questionId, item] of Object.entries(q)) {
    if (
      typeof item === "object" &&
      item !== null &&
      Array.isArray(item.a) &&
      item.a.every((x) => typeof x === "string") &&
      Number.isInteger(item.v) &&
      Number.isInteger(item.s)
    ) {
      entries.set(questionId, { answer: [...item.a], version: item.v, acked: Math.min(item.s, item.v) });
    }
  }
  return entries;
}

export function createAutosaveQueue(options: AutosaveOptions): AutosaveQueue {
  const key = storageKey(options.attemptId);
  const storage = options.storage ?? null;
  const online = options.online ?? (() => true);
  const debounceMs = options.debounceMs ?? 800;
  const maxWaitMs = options.maxWaitMs ?? debounceMs * 5;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const retryMaxMs = options.retryMaxMs ?? 30_000;
  const now = options.now ?? (() => Date.now());

  let entries = load(storage, key);
  let version = Math.max(0, ...[...entries.values()].map((e) => e.version));
  const refused = new Map<string, Rejection & { version: number }>();
  let closed: Closure | null = null;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The timer is a retry backoff (not a debounce): new changes must not bring it forward. */
  let backingOff = false;
  let firstChangeAt: number | null = null;
  let inFlight = false;
  /** Bumped by clear() and dispose(): a batch from an older generation is ignored. */
  let generation = 0;
  let disposed = false;
  const listeners = new Set<(snapshot: AutosaveSnapshot) => void>();
  let waiters: (() => void)[] = [];
  let current: AutosaveSnapshot;

  const isRefused = (questionId: string, entry: Entry): boolean =>
    refused.get(questionId)?.version === entry.version;

  const sendable = (): string[] =>
    [...entries]
      .filter(([questionId, entry]) => entry.version > entry.acked && !isRefused(questionId, entry))
      .map(([questionId]) => questionId);

  const computeStatus = (pending: readonly string[]): AutosaveStatus => {
    if (closed || refused.size > 0) return "error";
    if (pending.length === 0 && !inFlight) return "saved";
    if (!online()) return "offline";
    if (failures > 0) return "error";
    return "saving";
  };

  const makeSnapshot = (): AutosaveSnapshot => {
    const pending = sendable();
    return {
      status: computeStatus(pending),
      pending,
      rejected: [...refused.values()].map(({ questionId, code, message }) => ({ questionId, code, message })),
      closed,
      failures,
    };
  };

  const same = (a: AutosaveSnapshot, b: AutosaveSnapshot): boolean =>
    a.status === b.status &&
    a.closed === b.closed &&
    a.failures === b.failures &&
    a.pending.length === b.pending.length &&
    a.pending.every((x, i) => x === b.pending[i]) &&
    a.rejected.length === b.rejected.length &&
    a.rejected.every((x, i) => {
      const y = b.rejected[i];
      return x.questionId === y.questionId && x.code === y.code && x.message === y.message;
    });

  current = makeSnapshot();

  const settleWaiters = (): void => {
    if (waiters.length === 0) return;
    if (closed || (!inFlight && sendable().length === 0)) {
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    }
  };

  const changed = (): void => {
    settleWaiters();
    const next = makeSnapshot();
    if (same(next, current)) return;
    current = next;
    for (const listener of [...listeners]) listener(next);
  };

  const persist = (): void => {
    if (!storage) return;
    const data: Stored = { v: 1, q: {} };
    for (const [questionId, entry] of entries) {
      data.q[questionId] = { a: entry.answer, v: entry.version, s: entry.acked };
    }
    try {
      storage.setItem(key, JSON.stringify(data));
    } catch {
      // Quota or private mode: the answers still live in memory and go to the server.
    }
  };

  const cancelTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    backingOff = false;
  };

  const schedule = (delay: number, backoff: boolean): void => {
    cancelTimer();
    backingOff = backoff;
    timer = setTimeout(() => {
      timer = null;
      backingOff = false;
      pump();
    }, delay);
  };

  const backoffDelay = (): number => Math.min(retryMaxMs, retryBaseMs * 2 ** Math.max(0, failures - 1));

  const pump = (): void => {
    if (disposed || closed || inFlight) return;
    if (!online()) {
      changed(); // shows 'offline'; notifyOnline() resumes
      return;
    }
    const batch = sendable();
    if (batch.length === 0) {
      changed();
      return;
    }
    cancelTimer();
    firstChangeAt = null;
    const sent = new Map(batch.map((questionId) => [questionId, entries.get(questionId)!.version]));
    const items = batch.map((questionId) => ({ questionId, answer: [...entries.get(questionId)!.answer] }));
    const mine = generation;
    inFlight = true;
    changed();
    let request: Promise<SendResult>;
    try {
      request = options.send(items);
    } catch (error) {
      request = Promise.reject(error);
    }
    request.then(
      (result) => {
        if (mine === generation) settle(sent, result);
      },
      () => {
        if (mine === generation) settle(sent, { retry: true });
      },
    );
  };

  const acknowledge = (sent: Map<string, number>, skip: Set<string>): void => {
    for (const [questionId, sentVersion] of sent) {
      const entry = entries.get(questionId);
      if (entry && !skip.has(questionId)) entry.acked = Math.max(entry.acked, sentVersion);
    }
    persist();
  };

  const retryLater = (): void => {
    failures += 1;
    if (online()) schedule(backoffDelay(), true);
  };

  const settle = (sent: Map<string, number>, result: SendResult): void => {
    inFlight = false;
    if (result === "ok") {
      failures = 0;
      acknowledge(sent, new Set());
    } else if ("closed" in result) {
      closed = { code: result.closed.code, message: result.closed.message };
      cancelTimer();
    } else if ("rejected" in result) {
      // Nothing of the batch was stored; refuse the named answers, resend the rest.
      const named = result.rejected.filter((r) => sent.has(r.questionId));
      if (named.length === 0) {
        retryLater();
      } else {
        failures = 0;
        for (const r of named) {
          const entry = entries.get(r.questionId);
          // Only the version that went out was refused; a newer one is sent on its own merits.
          if (entry && entry.version === sent.get(r.questionId)) {
            refused.set(r.questionId, {
              questionId: r.questionId,
              code: r.code,
              message: r.message,
              version: entry.version,
            });
          }
        }
      }
    } else {
      retryLater();
    }
    // Changes made while the batch was in flight go out now if their debounce already ran (or a
    // flush is waiting); otherwise their debounce timer sends them.
    const due = timer === null || (waiters.length > 0 && !backingOff);
    if (!closed && due && failures === 0 && sendable().length > 0) pump();
    else changed();
  };

  const onNetwork = (isOnline: boolean): void => {
    if (isOnline) queue.notifyOnline();
    else changed();
  };
  let unsubscribeOnline: (() => void) | null = null;

  const queue: AutosaveQueue = {
    set(questionId, answer) {
      if (disposed) return;
      version += 1;
      const previous = entries.get(questionId);
      entries.set(questionId, { answer: [...answer], version, acked: previous?.acked ?? 0 });
      refused.delete(questionId);
      persist();
      if (!closed && !backingOff) {
        const t = now();
        firstChangeAt ??= t;
        schedule(Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - t)), false);
      }
      changed();
    },
    get(questionId) {
      const entry = entries.get(questionId);
      return entry ? [...entry.answer] : undefined;
    },
    pending: () => sendable(),
    rejected: () => [...makeSnapshot().rejected],
    status: () => computeStatus(sendable()),
    snapshot() {
      // online() may have changed without an event; keep the cached object when nothing did.
      const next = makeSnapshot();
      if (!same(next, current)) current = next;
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    restore() {
      const answers: Record<string, string[]> = {};
      const unsent: string[] = [];
      for (const [questionId, entry] of entries) {
        answers[questionId] = [...entry.answer];
        if (entry.version > entry.acked) unsent.push(questionId);
      }
      return { answers, unsent };
    },
    flush() {
      const done = new Promise<void>((resolve) => waiters.push(resolve));
      pump(); // no-op while a batch is in flight: settle() sends the rest right after it
      settleWaiters();
      return done;
    },
    notifyOnline() {
      if (disposed || closed || inFlight) {
        changed();
        return;
      }
      if (sendable().length > 0) pump();
      else changed();
    },
    clear() {
      generation += 1;
      cancelTimer();
      inFlight = false;
      entries = new Map();
      refused.clear();
      closed = null;
      failures = 0;
      firstChangeAt = null;
      try {
        storage?.removeItem(key);
      } catch {
        // nothing more to do
      }
      changed();
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    },
    dispose() {
      generation += 1;
      disposed = true;
      cancelTimer();
      inFlight = false;
      unsubscribeOnline?.();
      listeners.clear();
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    },
  };

  // Subscribed once `queue` exists, in case the feed reports the current state straight away.
  unsubscribeOnline = options.subscribeOnline?.(onNetwork) ?? null;
  // Answers left unsent by an earlier page (a reload, a crash) go out straight away.
  if (sendable().length > 0) schedule(0, false);
  return queue;
}

/**
 * For a reload: the server's saved answers, with this device's unsent answers over them (the
 * server holds the latest of everything this device had sent). Server values may be null.
 */
export function mergeRestored(
  server: Readonly<Record<string, readonly string[] | null | undefined>>,
  restored: RestoredAnswers,
): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const [questionId, answer] of Object.entries(server)) {
    if (answer) merged[questionId] = [...answer];
  }
  for (const questionId of restored.unsent) {
    const local = restored.answers[questionId];
    if (local) merged[questionId] = [...local];
  }
  return merged;
}

/**
 * Maps a `saveAnswers` payload's userErrors to a SendResult for the batch that was sent: errors
 * under `answers.<index>` refuse that answer; any other error (`attemptId`: ATTEMPT_CLOSED,
 * DEADLINE_PASSED, …) closes the attempt.
 */
export function toSendResult(
  batch: readonly AnswerItem[],
  userErrors: readonly { field?: readonly string[] | null; code: string; message: string }[],
): SendResult {
  if (userErrors.length === 0) return "ok";
  const rejected: Rejection[] = [];
  for (const error of userErrors) {
    const field = error.field ?? [];
    const index = field[0] === "answers" ? Number(field[1]) : NaN;
    const item = Number.isInteger(index) ? batch[index] : undefined;
    if (!item) return { closed: { code: error.code, message: error.message } };
    if (!rejected.some((r) => r.questionId === item.questionId)) {
      rejected.push({ questionId: item.questionId, code: error.code, message: error.message });
    }
  }
  return { rejected };
}
