import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createAutosaveQueue,
  mergeRestored,
  storageKey,
  toSendResult,
  type AnswerItem,
  type AutosaveOptions,
  type AutosaveStatus,
  type SendResult,
} from "./autosave";
import { onlineStatus, type OnlineEventSource } from "./offline";
import { MemoryStorage } from "./testing";

interface Call {
  items: AnswerItem[];
  resolve: (result: SendResult) => void;
  reject: (error: unknown) => void;
}

/** A send whose every call waits until the test settles it. */
function manualSend() {
  const calls: Call[] = [];
  const send = (items: AnswerItem[]) =>
    new Promise<SendResult>((resolve, reject) => {
      calls.push({ items, resolve, reject });
    });
  return { calls, send, last: () => calls[calls.length - 1] };
}

const tick = () => vi.advanceTimersByTimeAsync(0);

function setup(extra: Partial<AutosaveOptions> = {}) {
  const storage = new MemoryStorage();
  const server = manualSend();
  let isOnline = true;
  const queue = createAutosaveQueue({
    attemptId: "A1",
    send: server.send,
    storage,
    online: () => isOnline,
    debounceMs: 500,
    retryBaseMs: 1000,
    retryMaxMs: 8000,
    ...extra,
  });
  const setOnline = (value: boolean) => {
    isOnline = value;
  };
  const stored = () => JSON.parse(storage.getItem(storageKey("A1")) ?? "null");
  return { queue, storage, server, setOnline, stored };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createAutosaveQueue", () => {
  it("writes every change to storage at once and sends one coalesced batch after the debounce", async () => {
    const { queue, server, stored } = setup();
    queue.set("q1", ["A"]);
    expect(stored().q.q1.a).toEqual(["A"]);
    queue.set("q2", ["x", "y"]);
    queue.set("q1", ["B"]);
    expect(stored().q.q1.a).toEqual(["B"]);
    expect(queue.pending().sort()).toEqual(["q1", "q2"]);
    expect(queue.status()).toBe("saving");

    await vi.advanceTimersByTimeAsync(499);
    expect(server.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0].items).toEqual([
      { questionId: "q1", answer: ["B"] },
      { questionId: "q2", answer: ["x", "y"] },
    ]);
    server.calls[0].resolve("ok");
    await tick();
    expect(queue.pending()).toEqual([]);
    expect(queue.status()).toBe("saved");
    expect(queue.restore()).toEqual({ answers: { q1: ["B"], q2: ["x", "y"] }, unsent: [] });
  });

  it("restarts the debounce on each change, but never waits longer than maxWaitMs", async () => {
    const { queue, server } = setup({ maxWaitMs: 1200 });
    queue.set("q1", ["A"]);
    await vi.advanceTimersByTimeAsync(400);
    queue.set("q1", ["B"]);
    await vi.advanceTimersByTimeAsync(400);
    expect(server.calls).toHaveLength(0); // 800 ms in, the debounce was restarted at 400
    queue.set("q1", ["C"]);
    await vi.advanceTimersByTimeAsync(399); // 1199 ms
    expect(server.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1); // 1200 ms: the cap, though the last change was 400 ms ago
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0].items).toEqual([{ questionId: "q1", answer: ["C"] }]);
  });

  it("keeps an answer changed while its batch is in flight, and sends it next", async () => {
    const { queue, server, stored } = setup();
    queue.set("q1", ["A"]);
    await vi.advanceTimersByTimeAsync(500);
    expect(server.calls).toHaveLength(1);
    queue.set("q1", ["B"]); // while ['A'] is in flight
    server.calls[0].resolve("ok");
    await tick();
    // The ack was for ['A']: ['B'] is still pending, locally and in storage.
    expect(queue.pending()).toEqual(["q1"]);
    expect(queue.get("q1")).toEqual(["B"]);
    expect(stored().q.q1.a).toEqual(["B"]);
    expect(queue.restore().unsent).toEqual(["q1"]);
    await vi.advanceTimersByTimeAsync(500);
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1].items).toEqual([{ questionId: "q1", answer: ["B"] }]);
    server.calls[1].resolve("ok");
    await tick();
    expect(queue.status()).toBe("saved");
  });

  it("never has two batches in flight: a change whose debounce ran during the flight goes right after", async () => {
    const { queue, server } = setup();
    queue.set("q1", ["A"]);
    await vi.advanceTimersByTimeAsync(500);
    queue.set("q2", ["B"]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.calls).toHaveLength(1);
    server.calls[0].resolve("ok");
    await tick();
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1].items).toEqual([{ questionId: "q2", answer: ["B"] }]);
  });

  it("retries failed sends with exponential backoff up to the cap, then recovers", async () => {
    const { queue, server } = setup();
    queue.set("q1", ["A"]);
    await vi.advanceTimersByTimeAsync(500);
    server.last().resolve({ retry: true });
    await tick();
    expect(queue.status()).toBe("error");
    expect(queue.snapshot().failures).toBe(1);
    expect(queue.pending()).toEqual(["q1"]);

    const delays = [1000, 2000, 4000, 8000, 8000];
    for (const delay of delays) {
      const before = server.calls.length;
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(server.calls).toHaveLength(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(server.calls).toHaveLength(before + 1);
      server.last().reject(new TypeError("Failed to fetch")); // a throw counts as a failure too
      await tick();
    }
    // A change during the backoff neither brings the retry forward nor is lost.
    queue.set("q2", ["C"]);
    await vi.advanceTimersByTimeAsync(7999);
    expect(server.calls).toHaveLength(1 + delays.length);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.last().items).toEqual([
      { questionId: "q1", answer: ["A"] },
      { questionId: "q2", answer: ["C"] },
    ]);
    server.last().resolve("ok");
    await tick();
    expect(queue.status()).toBe("saved");
    expect(queue.snapshot().failures).toBe(0);
  });

  it("treats a send that throws synchronously as a failure", async () => {
    let calls = 0;
    const { queue } = setup({
      send: () => {
        calls += 1;
        throw new Error("boom");
      },
    });
    queue.set("q1", ["A"]);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toBe(1);
    expect(queue.status()).toBe("error");
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
  });

  it("sends nothing while offline and everything when the network comes back", async () => {
    const { queue, server, setOnline } = setup();
    setOnline(false);
    queue.set("q1", ["A"]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(0);
    expect(queue.status()).toBe("offline");
    queue.set("q2", ["B"]);
    setOnline(true);
    queue.notifyOnline();
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0].items.map((i) => i.questionId)).toEqual(["q1", "q2"]);
    server.calls[0].resolve("ok");
    await tick();
    expect(queue.status()).toBe("saved");
  });

  it("waits for the network after a failure while offline instead of polling", async () => {
    const { queue, server, setOnline } = setup();
    queue.set("q1", ["A"]);
    await vi.advanceTimersByTimeAsync(500);
    setOnline(false);
    server.last().reject(new TypeError("Failed to fetch"));
    await tick();
    expect(queue.status()).toBe("offline");
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.calls).toHaveLength(1);
    setOnline(true);
    queue.notifyOnline();
    expect(server.calls).toHaveLength(2);
  });

  it("follows an onlineStatus feed through subscribeOnline", async () => {
    const target = new EventTarget();
    const navigator = { onLine: true };
    const win: OnlineEventSource = {
      navigator,
      addEventListener: (type, fn) => target.addEventListener(type, fn),
      removeEventListener: (type, fn) => target.removeEventListener(type, fn),
    };
    const network = onlineStatus(win);
    const { queue, server } = setup({ online: network.online, subscribeOnline: network.subscribe });
    const statuses: AutosaveStatus[] = [];
    queue.subscribe((s) => statuses.push(s.status));
    target.dispatchEvent(new Event("offline"));
    queue.set("q1", ["A"]);
    await vi.advanceTimersByTimeAsync(500);
    expect(server.calls).toHaveLength(0);
    target.dispatchEvent(new Event("online"));
    expect(server.calls).toHaveLength(1);
    server.last().resolve("ok");
    await tick();
    expect(statuses).toEqual(["offline", "saving", "saved"]);
    queue.dispose();
    target.dispatchEvent(new Event("offline"));
    expect(network.online()).toBe(true); // the queue's listener was the only one, and it left
  });

  it("accepts an online feed that reports the current state as soon as it is subscribed", async () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey("A1"), JSON.stringify({ v: 1, q: { q1: { a: ["A"], v: 1, s: 0 } } }));
    const server = manualSend();
    const queue = createAutosaveQueue({
      attemptId: "A1",
      send: server.send,
      storage,
      subscribeOnline: (listener) => {
        listener(true);
        return () => {};
      },
    });
    expect(server.calls).toHaveLength(1); // the restored answer went out on the feed's report
    await tick();
    expect(server.calls).toHaveLength(1);
    server.last().resolve("ok");
    await tick();
    expect(queue.status()).toBe("saved");
  });

  it("holds refused answers back and resends the others at once (the server stores none of a refused batch)", async () => {
    const { queue, server } = setup();
    queue.set("q1", ["A"]);
    queue.set("q2", ["bad"]);
    queue.set("q3", ["C"]);
    await vi.advanceTimersByTimeAsync(500);
    server
      .last()
      .resolve({ rejected: [{ questionId: "q2", code: "INVALID_CHOICE", message: "no such option" }] });
    await tick();
    expect(server.calls).toHaveLength(2);
    expect(server.last().items.map((i) => i.questionId)).toEqual(["q1", "q3"]);
    expect(queue.rejected()).toEqual([
      { questionId: "q2", code: "INVALID_CHOICE", message: "no such option" },
    ]);
    expect(queue.pending()).toEqual(["q1", "q3"]);
    server.last().resolve("ok");
    await tick();
    expect(queue.pending()).toEqual([]);
    expect(queue.status()).toBe("error"); // q2 still refused
    expect(queue.restore().unsent).toEqual(["q2"]);
    await queue.flush(); // nothing sendable is left: resolves despite the refusal

    queue.set("q2", ["B"]); // changing it lifts the refusal
    expect(queue.rejected()).toEqual([]);
    expect(queue.status()).toBe("saving");
    await vi.advanceTimersByTimeAsync(500);
    expect(server.last().items).toEqual([{ questionId: "q2", answer: ["B"] }]);
    server.last().resolve("ok");
    await tick();
    expect(queue.status()).toBe("saved");
  });

  it("does not refuse an answer that changed while the refused version was in flight", async () => {
    const { queue, server } = setup();
    queue.set("q1", ["bad"]);
    await vi.advanceTimersByTimeAsync(500);
    queue.set("q1", ["good"]);
    server.last().resolve({ rejected: [{ questionId: "q1", code: "INVALID_CHOICE", message: "" }] });
    await tick();
    expect(queue.rejected()).toEqual([]);
    expect(queue.pending()).toEqual(["q1"]);
    await vi.advanceTimersByTimeAsync(500);
    expect(server.last().items).toEqual([{ questionId: "q1", answer: ["good"] }]);
  });

  it("backs off when a refusal names no question of the batch", async () => {
    const { queue, server } = setup();
    queue.set("q1", ["A"]);
    await vi.advanceTimersByTimeAsync(500);
    server.last().resolve({ rejected: [{ questionId: "other", code: "X", message: "" }] });
    await tick();
    expect(server.calls).toHaveLength(1);
    expect(queue.status()).toBe("error");
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(2);
  });

  it("stops sending once the attempt is closed, and flush does not hang", async () => {
    const { queue, server } = setup();
    queue.set("q1", ["A"]);
    const flushed = queue.flush();
    server.last().resolve({ closed: { code: "DEADLINE_PASSED", message: "Time is up" } });
    await flushed;
    expect(queue.snapshot().closed).toEqual({ code: "DEADLINE_PASSED", message: "Time is up" });
    expect(queue.status()).toBe("error");
    queue.set("q1", ["B"]);
    await vi.advanceTimersByTimeAsync(60_000);
    queue.notifyOnline();
    await queue.flush();
    expect(server.calls).toHaveLength(1);
    expect(queue.get("q1")).toEqual(["B"]); // still kept locally
  });

  it("flush sends at once and resolves when everything is acknowledged", async () => {
    const { queue, server } = setup();
    let flushed = false;
    queue.set("q1", ["A"]);
    const done = queue.flush().then(() => {
      flushed = true;
    });
    expect(server.calls).toHaveLength(1); // no debounce
    queue.set("q2", ["B"]); // during the flight
    server.calls[0].resolve("ok");
    await tick();
    expect(flushed).toBe(false);
    expect(server.calls).toHaveLength(2); // the flush does not wait for q2's debounce
    server.calls[1].resolve({ retry: true });
    await tick();
    expect(flushed).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    server.calls[2].resolve("ok");
    await done;
    expect(flushed).toBe(true);
    expect(queue.pending()).toEqual([]);
    await queue.flush(); // nothing pending: resolves at once
    expect(server.calls).toHaveLength(3);
  });

  it("reloads unsent answers from storage, sends them, and merges them over the server", async () => {
    const storage = new MemoryStorage();
    const first = manualSend();
    const before = createAutosaveQueue({ attemptId: "A1", send: first.send, storage, debounceMs: 500 });
    before.set("q1", ["A"]);
    before.set("q2", ["B"]);
    await vi.advanceTimersByTimeAsync(500);
    first.last().resolve("ok");
    await tick();
    before.set("q2", ["C"]);
    before.set("q3", ["D"]);
    before.dispose(); // the page goes away before the debounce

    const second = manualSend();
    const after = createAutosaveQueue({ attemptId: "A1", send: second.send, storage, debounceMs: 500 });
    const restored = after.restore();
    expect(restored).toEqual({ answers: { q1: ["A"], q2: ["C"], q3: ["D"] }, unsent: ["q2", "q3"] });
    expect(after.pending()).toEqual(["q2", "q3"]);
    // The server has q1 and the old q2; q4 was answered on another device.
    const merged = mergeRestored({ q1: ["A"], q2: ["B"], q4: ["E"], q5: null }, restored);
    expect(merged).toEqual({ q1: ["A"], q2: ["C"], q3: ["D"], q4: ["E"] });

    await tick();
    expect(second.calls).toHaveLength(1);
    expect(second.calls[0].items).toEqual([
      { questionId: "q2", answer: ["C"] },
      { questionId: "q3", answer: ["D"] },
    ]);
    // Versions carry on from storage: a change now is newer than anything restored.
    after.set("q2", ["F"]);
    second.calls[0].resolve("ok");
    await tick();
    expect(after.pending()).toEqual(["q2"]);
    expect(first.calls).toHaveLength(1); // the disposed queue sent nothing more
  });

  it("takes a server acknowledgement over a local answer only when nothing is unsent", () => {
    const restored = { answers: { q1: ["local"] }, unsent: [] };
    expect(mergeRestored({ q1: ["server"] }, restored)).toEqual({ q1: ["server"] });
  });

  it("clear forgets everything and ignores the acknowledgement of a batch still in flight", async () => {
    const { queue, server, storage } = setup();
    queue.set("q1", ["A"]);
    await vi.advanceTimersByTimeAsync(500);
    queue.clear();
    expect(storage.getItem(storageKey("A1"))).toBeNull();
    expect(queue.pending()).toEqual([]);
    expect(queue.restore()).toEqual({ answers: {}, unsent: [] });
    server.last().resolve("ok");
    await tick();
    expect(storage.getItem(storageKey("A1"))).toBeNull();
    expect(queue.status()).toBe("saved");
  });

  it("ignores unreadable storage and keeps working when storage refuses writes", async () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey("A1"), "{not json");
    const server = manualSend();
    const queue = createAutosaveQueue({ attemptId: "A1", send: server.send, storage, debounceMs: 10 });
    expect(queue.restore()).toEqual({ answers: {}, unsent: [] });
    storage.setItem(
      storageKey("A1"),
      JSON.stringify({ v: 1, q: { q1: { a: "oops", v: 1, s: 0 }, q2: { a: ["ok"], v: 2, s: 0 } } }),
    );
    const other = createAutosaveQueue({ attemptId: "A1", send: server.send, storage, debounceMs: 10 });
    expect(other.restore()).toEqual({ answers: { q2: ["ok"] }, unsent: ["q2"] });
    other.dispose();

    storage.failWrites = true;
    queue.set("q1", ["A"]);
    await vi.advanceTimersByTimeAsync(10);
    expect(server.last().items).toEqual([{ questionId: "q1", answer: ["A"] }]);
  });

  it("copies answers in and out, so callers cannot change what is queued", async () => {
    const { queue, server } = setup();
    const answer = ["A"];
    queue.set("q1", answer);
    answer.push("B");
    queue.get("q1")!.push("C");
    await vi.advanceTimersByTimeAsync(500);
    expect(server.last().items).toEqual([{ questionId: "q1", answer: ["A"] }]);
  });

  it("keeps one snapshot object until something changes, and notifies only on change", async () => {
    const { queue, server } = setup();
    const seen: AutosaveStatus[] = [];
    const off = queue.subscribe((s) => seen.push(s.status));
    const a = queue.snapshot();
    expect(queue.snapshot()).toBe(a);
    queue.set("q1", ["A"]);
    const b = queue.snapshot();
    expect(b).not.toBe(a);
    expect(b.pending).toEqual(["q1"]);
    queue.set("q1", ["B"]); // same status, same pending: no notification
    expect(queue.snapshot()).toBe(b);
    await vi.advanceTimersByTimeAsync(500);
    server.last().resolve("ok");
    await tick();
    off();
    queue.set("q2", ["C"]);
    expect(seen).toEqual(["saving", "saved"]);
  });
});

describe("toSendResult", () => {
  const batch = [
    { questionId: "Q1", answer: ["A"] },
    { questionId: "Q2", answer: ["B"] },
  ];
  it("maps no errors to ok", () => {
    expect(toSendResult(batch, [])).toBe("ok");
  });
  it("maps answers.<index> errors to refusals of those questions, once each", () => {
    expect(
      toSendResult(batch, [
        { field: ["answers", "1", "choices"], code: "INVALID_CHOICE", message: "m1" },
        { field: ["answers", "1", "questionId"], code: "NOT_ON_PAPER", message: "m2" },
      ]),
    ).toEqual({ rejected: [{ questionId: "Q2", code: "INVALID_CHOICE", message: "m1" }] });
  });
  it("maps attempt-level errors to closed", () => {
    expect(toSendResult(batch, [{ field: ["attemptId"], code: "ATTEMPT_CLOSED", message: "m" }])).toEqual({
      closed: { code: "ATTEMPT_CLOSED", message: "m" },
    });
    expect(toSendResult(batch, [{ field: null, code: "FORBIDDEN", message: "m" }])).toEqual({
      closed: { code: "FORBIDDEN", message: "m" },
    });
    expect(toSendResult(batch, [{ field: ["answers", "7"], code: "X", message: "m" }])).toEqual({
      closed: { code: "X", message: "m" },
    });
  });
});
