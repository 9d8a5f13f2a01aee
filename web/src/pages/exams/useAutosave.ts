/**
 * The autosave queue (src/lib/autosave.ts) for one attempt, sending through `saveAnswers`.
 * The queue exists from the first effect on (so a StrictMode remount gets a fresh one).
 */
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useClient } from "urql";
import type { QuestionType } from "../../gql/graphql";
import {
  createAutosaveQueue,
  toSendResult,
  type AnswerItem,
  type AutosaveQueue,
  type AutosaveSnapshot,
  type SendResult,
} from "../../lib/autosave";
import { onlineStatus } from "../../lib/offline";
import { examsSaveAnswersMutation } from "../../services/exams";
import { secondsLeftSample, toAnswerInput } from "./paper";
import { serverClock } from "./serverClock";

const IDLE: AutosaveSnapshot = { status: "saved", pending: [], rejected: [], closed: null, failures: 0 };
const noop = () => () => {};

export function useAttemptAutosave(
  attemptId: string | null,
  types: ReadonlyMap<string, QuestionType>,
): { queue: AutosaveQueue | null; snapshot: AutosaveSnapshot } {
  const client = useClient();
  const typesRef = useRef(types);
  typesRef.current = types;
  const [queue, setQueue] = useState<AutosaveQueue | null>(null);

  useEffect(() => {
    if (!attemptId) return;
    const network = onlineStatus(window);
    const send = async (batch: AnswerItem[]): Promise<SendResult> => {
      const answers = batch.map((item) =>
        toAnswerInput(typesRef.current.get(item.questionId) ?? "SINGLE_CHOICE", item.questionId, item.answer),
      );
      const sentAt = Date.now();
      const result = await client
        .mutation(examsSaveAnswersMutation, { input: { attemptId, answers } }, { requestPolicy: "network-only" })
        .toPromise();
      const payload = result.data?.saveAnswers;
      // Each answer also tells the server's time: the countdown keeps to it.
      const saved = payload?.attempt;
      const sample = saved ? secondsLeftSample(saved.deadline, saved.secondsLeft, sentAt, Date.now()) : null;
      if (sample) serverClock.sample(...sample);
      if (result.error || !payload) return { retry: true };
      return toSendResult(batch, payload.userErrors);
    };
    const created = createAutosaveQueue({
      attemptId,
      send,
      storage: window.localStorage,
      online: network.online,
      subscribeOnline: network.subscribe,
    });
    setQueue(created);
    return () => {
      created.dispose();
      setQueue((current) => (current === created ? null : current));
    };
  }, [attemptId, client]);

  const snapshot = useSyncExternalStore(
    queue ? queue.subscribe : noop,
    queue ? queue.snapshot : () => IDLE,
  );
  return { queue, snapshot };
}
