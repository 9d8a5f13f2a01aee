import { AppstoreOutlined, LeftOutlined, RightOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Drawer, Flex, Form, Row, Segmented, Skeleton, Typography, theme } from "antd";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { useUserErrors } from "../../components/FormErrors";
import { errorText } from "../../components/userErrors";
import type { ExamsStartAttemptMutation, QuestionType } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { mergeRestored } from "../../lib/autosave";
import { remaining } from "../../lib/countdown";
import { examsSubmitAttemptMutation } from "../../services/exams";
import { AnswerSheet } from "./AnswerSheet";
import { Countdown, SaveStatus } from "./AttemptStatus";
import { QuestionCard } from "./QuestionCard";
import { SubmitDialog } from "./SubmitDialog";
import { loadFlags, saveFlags, serverAnswers, unansweredNumbers } from "./paper";
import { serverClock, useRemaining, useServerClockSync } from "./serverClock";
import { useAttemptAutosave } from "./useAutosave";

type Attempt = NonNullable<ExamsStartAttemptMutation["startExamAttempt"]["attempt"]>;
type Mode = "single" | "paper";

const MODE_KEY = "lianbing.exams.mode";
const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The paper of an attempt in progress: questions, answer card, countdown, autosave, submit. */
export function AttemptPaper({ attempt }: { attempt: Attempt }) {
  const desktop = useDesktop();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const questions = useMemo(() => [...attempt.questions].sort((a, b) => a.number - b.number), [attempt.questions]);
  const types = useMemo(() => new Map<string, QuestionType>(questions.map((q) => [q.id, q.type])), [questions]);
  const { queue, snapshot } = useAttemptAutosave(attempt.id, types);

  const [answers, setAnswers] = useState<Record<string, string[]> | null>(null);
  useEffect(() => {
    // The server's answers, with this device's unsent ones over them (a reload, or offline).
    if (queue && answers === null) setAnswers(mergeRestored(serverAnswers(questions), queue.restore()));
  }, [queue, answers, questions]);

  const [flags, setFlags] = useState<Set<string>>(() => loadFlags(storage(), attempt.id));
  const [mode, setMode] = useState<Mode>(() => (storage()?.getItem(MODE_KEY) === "paper" ? "paper" : "single"));
  const [current, setCurrent] = useState(0);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [form] = Form.useForm();
  const { showUserErrors, showError, alert } = useUserErrors(form);
  const [, submit] = useMutation(examsSubmitAttemptMutation);

  const clockVersion = useServerClockSync();
  const timed = !attempt.exam.practice;
  const left = useRemaining(attempt.deadline, clockVersion);
  // Sampled by the start's secondsLeft, each save's, and /healthz's Date header.
  const clockKnown = serverClock.uncertainty() !== null;

  const answer = useCallback(
    (questionId: string, value: string[]) => {
      setAnswers((previous) => ({ ...(previous ?? {}), [questionId]: value }));
      queue?.set(questionId, value);
    },
    [queue],
  );

  const toggleFlag = (questionId: string) => {
    setFlags((previous) => {
      const next = new Set(previous);
      if (next.has(questionId)) next.delete(questionId);
      else next.add(questionId);
      saveFlags(storage(), attempt.id, next);
      return next;
    });
  };

  const changeMode = (next: Mode) => {
    setMode(next);
    storage()?.setItem(MODE_KEY, next);
  };

  const pick = (index: number) => {
    setSheetOpen(false);
    setCurrent(index);
    if (mode === "paper") {
      document.getElementById(`question-${questions[index].number}`)?.scrollIntoView({ behavior: "smooth", block: "start" });
    } else {
      window.scrollTo({ top: 0 });
    }
  };

  const finish = useCallback(
    async (auto: boolean) => {
      if (!auto && queue && queue.pending().length > 0 && !navigator.onLine) {
        showError(new Error("网络未连接：答案已暂存本机，恢复网络后再交卷"));
        return;
      }
      setSubmitting(true);
      // Unsent answers go first; when the time is up the server takes what it has.
      if (queue) await Promise.race([queue.flush(), wait(auto ? 3000 : 10_000)]);
      if (!auto && queue && queue.pending().length > 0) {
        setSubmitting(false);
        showError(new Error("网络未连接：答案已暂存本机，恢复网络后再交卷"));
        return;
      }
      const result = await submit({ input: { attemptId: attempt.id } });
      const payload = result.data?.submitExamAttempt;
      if (result.error || !payload) {
        setSubmitting(false);
        showError(result.error ?? new Error("交卷失败"));
        return;
      }
      if (showUserErrors(payload.userErrors)) {
        setSubmitting(false);
        return;
      }
      queue?.clear();
      saveFlags(storage(), attempt.id, new Set());
      navigate(`/exams/attempts/${attempt.id}`, { replace: true });
    },
    [queue, submit, attempt.id, navigate, showError, showUserErrors],
  );

  // Time is up: submit as it stands (the server would close the attempt at its deadline anyway).
  // Offline at that moment: again when the network is back.
  const autoSubmitted = useRef(false);
  useEffect(() => {
    if (!autoSubmitted.current) return;
    const again = () => {
      if (!submitting) void finish(true);
    };
    window.addEventListener("online", again);
    return () => window.removeEventListener("online", again);
  }, [submitting, finish]);
  useEffect(() => {
    // Judged again here, on the clock as it is now, not on the value this render was made with.
    const due = clockKnown && remaining(attempt.deadline, serverClock) <= 0;
    if (timed && due && left <= 0 && !autoSubmitted.current) {
      autoSubmitted.current = true;
      setConfirming(false);
      void finish(true);
    }
  }, [timed, clockKnown, left, finish, attempt.deadline]);

  if (answers === null) return <Skeleton active paragraph={{ rows: 8 }} />;

  const rejected = new Map(snapshot.rejected.map((r) => [r.questionId, errorText(r)]));
  const unanswered = unansweredNumbers(questions, answers);
  const closed = snapshot.closed;
  const locked = submitting || closed !== null || (timed && clockKnown && left <= 0);

  const card = (index: number) => {
    const q = questions[index];
    return (
      <div key={q.id}>
        <QuestionCard
          question={q}
          answer={answers[q.id]}
          flagged={flags.has(q.id)}
          disabled={locked}
          onAnswer={(value) => answer(q.id, value)}
          onToggleFlag={() => toggleFlag(q.id)}
        />
        {rejected.has(q.id) ? (
          <Alert type="error" showIcon style={{ marginTop: 8 }} message={`本题答案未保存：${rejected.get(q.id)}`} />
        ) : null}
      </div>
    );
  };

  const sheet = (
    <AnswerSheet questions={questions} answers={answers} flags={flags} current={current} onPick={pick} />
  );
  const submitButton = (
    <Button type="primary" block={!desktop} loading={submitting} disabled={closed !== null} onClick={() => setConfirming(true)}>
      交卷
    </Button>
  );

  return (
    <div data-testid="attempt-paper" data-attempt-id={attempt.id}>
      <Form form={form} component={false} />
      <div
        style={{
          position: "sticky",
          top: 64,
          zIndex: 9,
          background: token.colorBgLayout,
          margin: desktop ? "-24px -24px 16px" : "-12px -12px 12px",
          padding: desktop ? "12px 24px" : "8px 12px",
          borderBottom: `1px solid ${token.colorSplit}`,
        }}
      >
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong ellipsis style={{ maxWidth: desktop ? 480 : "100%", fontSize: 16 }}>
            {attempt.exam.title}
          </Typography.Text>
          <Flex align="center" gap={8} wrap>
            {timed ? <Countdown ms={left} deadline={attempt.deadline} known={clockKnown} /> : <Typography.Text type="secondary">练习不限时</Typography.Text>}
            <SaveStatus snapshot={snapshot} />
          </Flex>
        </Flex>
        <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 8 }}>
          <Segmented<Mode>
            size={desktop ? "middle" : "small"}
            value={mode}
            onChange={changeMode}
            options={[
              { label: "逐题作答", value: "single" },
              { label: "整卷浏览", value: "paper" },
            ]}
            aria-label="作答方式"
          />
          {desktop ? null : (
            <Flex gap={8}>
              <Button size="small" icon={<AppstoreOutlined />} onClick={() => setSheetOpen(true)}>
                答题卡
              </Button>
              <Button size="small" type="primary" loading={submitting} disabled={closed !== null} onClick={() => setConfirming(true)}>
                交卷
              </Button>
            </Flex>
          )}
        </Flex>
      </div>

      {alert}
      {closed ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="attempt-closed"
          message={closed.code === "DEADLINE_PASSED" ? "考试时间已到，试卷已按已保存的答案收卷" : errorText(closed)}
          action={
            <Button size="small" onClick={() => navigate(`/exams/attempts/${attempt.id}`)}>
              查看成绩
            </Button>
          }
        />
      ) : null}

      <Row gutter={[16, 16]}>
        <Col xs={24} md={16}>
          {mode === "single" ? (
            <Flex vertical gap={12}>
              {card(current)}
              <Flex gap={8} justify="space-between">
                <Button icon={<LeftOutlined />} disabled={current === 0} onClick={() => pick(current - 1)}>
                  上一题
                </Button>
                <Typography.Text type="secondary" style={{ alignSelf: "center" }}>
                  {current + 1} / {questions.length}
                </Typography.Text>
                {current < questions.length - 1 ? (
                  <Button type="primary" onClick={() => pick(current + 1)}>
                    下一题 <RightOutlined />
                  </Button>
                ) : (
                  <Button type="primary" onClick={() => setConfirming(true)} disabled={closed !== null}>
                    去交卷
                  </Button>
                )}
              </Flex>
            </Flex>
          ) : (
            <Flex vertical gap={12}>
              {questions.map((_, index) => card(index))}
              {desktop ? null : submitButton}
            </Flex>
          )}
        </Col>
        {desktop ? (
          <Col md={8}>
            <Card title="答题卡" style={{ position: "sticky", top: 64 + 110 }}>
              {sheet}
              <div style={{ marginTop: 16 }}>{submitButton}</div>
            </Card>
          </Col>
        ) : null}
      </Row>

      <Drawer title="答题卡" placement="bottom" height="auto" open={sheetOpen} onClose={() => setSheetOpen(false)}>
        {sheet}
      </Drawer>
      <SubmitDialog
        open={confirming}
        total={questions.length}
        unanswered={unanswered}
        offline={snapshot.status === "offline"}
        submitting={submitting}
        onCancel={() => setConfirming(false)}
        onJump={(number) => {
          setConfirming(false);
          const index = questions.findIndex((q) => q.number === number);
          if (index >= 0) pick(index);
        }}
        onConfirm={() => {
          setConfirming(false);
          void finish(false);
        }}
      />
    </div>
  );
}
