import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosaveQueue, storageKey, type AnswerItem, type SendResult } from "./autosave";
import { MemoryStorage, seeded } from "./testing";

interface Call {
  items: AnswerItem[];
  resolve: (result: SendResult) => void;
  reject: (error: unknown) => void;
}

const tick = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createAutosaveQueue under generated schedules", () => {
  /**
   * A random interleaving of changes, time passing, network drops, reloads and server outcomes
   * (ok, retry, throw before or after the server stored the batch, refusal of answers containing
   * "bad"). The server is all-or-nothing like saveAnswers. After every step: storage holds every
   * latest answer, and any question neither pending nor refused has its latest answer on the
   * server (so an acknowledgement never covers a newer answer). At the end, with the network
   * back, flush leaves nothing pending and the server equal to the local answers.
   */
  const questions = ["q1", "q2", "q3", "q4", "q5"];

  for (let seed = 1; seed <= 300; seed += 1) {
    it(`seed ${seed}`, async () => {
      const rng = seeded(seed);
      const storage = new MemoryStorage();
      const serverAnswers = new Map<string, string[]>();
      const latest = new Map<string, string[]>();
      let isOnline = true;
      let inFlight: Call | null = null;
      const violations: string[] = [];
      const send = (items: AnswerItem[]) => {
        // Recorded, not thrown: the queue would take a throw for a failed send.
        if (inFlight) violations.push("two batches in flight");
        if (!isOnline) violations.push("sent while offline");
        if (items.length === 0) violations.push("empty batch");
        if (new Set(items.map((i) => i.questionId)).size !== items.length) violations.push("not coalesced");
        return new Promise<SendResult>((resolve, reject) => {
          inFlight = { items, resolve, reject };
        });
      };
      const apply = (items: AnswerItem[]) => {
        for (const item of items) serverAnswers.set(item.questionId, item.answer);
      };
      const make = () =>
        createAutosaveQueue({
          attemptId: "A",
          send,
          storage,
          online: () => isOnline,
          debounceMs: rng.pick([0, 100, 500]),
          maxWaitMs: rng.pick([200, 1000, 3000]),
          retryBaseMs: 100,
          retryMaxMs: 1600,
        });
      let queue = make();

      const check = () => {
        expect(violations).toEqual([]);
        const data = JSON.parse(storage.getItem(storageKey("A")) ?? '{"v":1,"q":{}}');
        for (const [q, answer] of latest) {
          expect(data.q[q].a).toEqual(answer);
          expect(queue.get(q)).toEqual(answer);
        }
        const pending = new Set(queue.pending());
        const refused = new Set(queue.rejected().map((r) => r.questionId));
        for (const [q, answer] of latest) {
          if (refused.has(q)) expect(answer.includes("bad")).toBe(true);
          else if (!pending.has(q)) expect(serverAnswers.get(q)).toEqual(answer);
        }
        const status = queue.status();
        if (refused.size > 0) expect(status).toBe("error");
        else if (pending.size === 0 && inFlight === null) expect(status).toBe("saved");
        else if (!isOnline) expect(status).toBe("offline");
      };

      const steps = rng.int(5, 60);
      for (let step = 0; step < steps; step += 1) {
        const roll = rng.next();
        if (roll < 0.35) {
          const q = rng.pick(questions);
          const answer = rng.chance(0.1)
            ? ["bad"]
            : [String(rng.int(0, 9)), ...(rng.chance(0.3) ? ["x"] : [])];
          latest.set(q, answer);
          queue.set(q, answer);
        } else if (roll < 0.55) {
          await vi.advanceTimersByTimeAsync(rng.pick([0, 50, 100, 300, 700, 2000]));
        } else if (roll < 0.8 && inFlight) {
          const call: Call = inFlight;
          inFlight = null;
          const bad = call.items.filter((i) => i.answer.includes("bad"));
          const outcome = rng.next();
          if (bad.length > 0 && outcome < 0.7) {
            call.resolve({
              rejected: bad.map((i) => ({ questionId: i.questionId, code: "BAD", message: "" })),
            });
          } else if (outcome < 0.45) {
            if (bad.length === 0) apply(call.items);
            call.resolve(bad.length === 0 ? "ok" : { retry: true });
          } else if (outcome < 0.6) {
            call.resolve({ retry: true });
          } else if (outcome < 0.75) {
            call.reject(new TypeError("Failed to fetch"));
          } else if (bad.length === 0) {
            apply(call.items); // stored, but the response was lost
            call.reject(new TypeError("network changed"));
          } else {
            call.reject(new TypeError("Failed to fetch"));
          }
          await tick();
        } else if (roll < 0.9) {
          isOnline = !isOnline;
          if (isOnline) queue.notifyOnline();
        } else if (roll < 0.95) {
          void queue.flush();
        } else {
          // Reload: the request in flight dies with the page.
          queue.dispose();
          if (inFlight) {
            const call: Call = inFlight;
            inFlight = null;
            call.reject(new TypeError("aborted"));
          }
          queue = make();
          await tick();
        }
        check();
      }

      // The network comes back and the server accepts everything it can.
      isOnline = true;
      queue.notifyOnline();
      let done = false;
      const flushed = queue.flush().then(() => {
        done = true;
      });
      for (let round = 0; round < 50 && !done; round += 1) {
        if (inFlight) {
          const call: Call = inFlight;
          inFlight = null;
          const bad = call.items.filter((i) => i.answer.includes("bad"));
          if (bad.length > 0) {
            call.resolve({
              rejected: bad.map((i) => ({ questionId: i.questionId, code: "BAD", message: "" })),
            });
          } else {
            apply(call.items);
            call.resolve("ok");
          }
        }
        await vi.advanceTimersByTimeAsync(2000);
      }
      await flushed;
      check();
      expect(queue.pending()).toEqual([]);
      for (const [q, answer] of latest) {
        if (answer.includes("bad")) expect(queue.rejected().map((r) => r.questionId)).toContain(q);
        else expect(serverAnswers.get(q)).toEqual(answer);
      }
      expect(queue.status()).toBe([...latest.values()].some((a) => a.includes("bad")) ? "error" : "saved");
      queue.dispose();
    });
  }
});
