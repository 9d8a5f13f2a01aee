import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton } from "antd";
import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../components/userErrors";
import { examsOverviewQuery, examsStartAttemptMutation } from "../../services/exams";
import { AttemptPaper } from "./AttemptPaper";
import { formatScore, secondsLeftSample } from "./paper";
import { serverClock } from "./serverClock";
import { formatTime } from "./time";

/**
 * `/exams/:examId/take`: resumes the attempt in progress at once (the server returns the same
 * attempt and paper, with the answers it holds); otherwise shows the exam's rules and starts a
 * new attempt only when asked, so a reload after the time ran out never starts another one.
 */
export default function TakeExamPage() {
  const { examId = "" } = useParams();
  const [overview, refetch] = useQuery({ query: examsOverviewQuery, requestPolicy: "network-only" });
  const [result, start] = useMutation(examsStartAttemptMutation);
  const [asked, setAsked] = useState(false);
  const resumed = useRef(false);

  const exam = overview.data?.exams.edges.map((e) => e.node).find((e) => e.id === examId);
  const mine = overview.data?.myAttempts.edges.map((e) => e.node).filter((a) => a.exam.id === examId) ?? [];
  const inProgress = mine.some((a) => a.status === "IN_PROGRESS");

  // The answer's secondsLeft is a sample of the server's clock for the countdown.
  const startAttempt = useCallback(async () => {
    setAsked(true);
    const sentAt = Date.now();
    const answer = await start({ input: { examId } });
    const started = answer.data?.startExamAttempt.attempt;
    const sample = started ? secondsLeftSample(started.deadline, started.secondsLeft, sentAt, Date.now()) : null;
    if (sample) serverClock.sample(...sample);
  }, [examId, start]);
  const begin = () => void startAttempt();

  useEffect(() => {
    if (inProgress && !resumed.current) {
      resumed.current = true;
      void startAttempt();
    }
  }, [inProgress, startAttempt]);

  const payload = result.data?.startExamAttempt;
  const attempt = payload?.attempt;
  const problems = payload?.userErrors ?? [];

  if (overview.error || result.error) {
    return (
      <>
        <PageHeader title="参加考试" />
        <QueryError error={overview.error ?? result.error} />
        <Button onClick={() => (overview.error ? refetch() : begin())}>重试</Button>
      </>
    );
  }
  if (problems.length > 0) {
    return (
      <Result
        status="warning"
        title="无法开始考试"
        subTitle={<span data-testid="start-error">{problems.map(errorText).join("；")}</span>}
        extra={
          <Link to="/exams">
            <Button type="primary">返回考试列表</Button>
          </Link>
        }
      />
    );
  }
  if (attempt) {
    if (attempt.status !== "IN_PROGRESS") {
      return (
        <Flex vertical gap={16}>
          <Alert type="info" showIcon message="该次考试已结束" />
          <Link to={`/exams/attempts/${attempt.id}`}>
            <Button type="primary">查看成绩</Button>
          </Link>
        </Flex>
      );
    }
    return <AttemptPaper key={attempt.id} attempt={attempt} />;
  }
  if (!overview.data || asked) {
    return (
      <>
        <PageHeader title="参加考试" subTitle="正在准备试卷…" />
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  }

  // No attempt in progress: the rules, and a start button.
  const used = mine.length;
  const exhausted = exam?.maxAttempts != null && used >= exam.maxAttempts;
  const last = [...mine].sort((a, b) => b.number - a.number)[0];
  return (
    <>
      <PageHeader title={exam?.title ?? "参加考试"} subTitle={exam?.practice ? "练习" : "考试须知"} />
      <Card data-testid="exam-intro" style={{ maxWidth: 640 }}>
        {exam ? (
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="答题时长">{exam.practice ? "不限时" : `${exam.durationMinutes} 分钟`}</Descriptions.Item>
            {exam.practice ? null : <Descriptions.Item label="截止时间">{formatTime(exam.closesAt)}</Descriptions.Item>}
            <Descriptions.Item label="及格分">{formatScore(exam.passScore)} 分</Descriptions.Item>
            <Descriptions.Item label="作答次数">
              {exam.maxAttempts != null ? `已用 ${used} / ${exam.maxAttempts} 次` : `已做 ${used} 次，不限次数`}
            </Descriptions.Item>
          </Descriptions>
        ) : null}
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={
            exam?.practice
              ? "练习交卷后即可查看答案与解析。"
              : "开始后计时不会暂停，时间到自动交卷；答案自动保存，断网时暂存本机，联网后自动上传。"
          }
        />
        <Flex gap={8} wrap>
          {exhausted ? (
            <Button size="large" disabled data-testid="start-exhausted">
              考试次数已用完
            </Button>
          ) : (
            <Button type="primary" size="large" onClick={begin}>
              开始答题
            </Button>
          )}
          {exhausted && last ? (
            <Link to={`/exams/attempts/${last.id}`}>
              <Button size="large">查看成绩</Button>
            </Link>
          ) : null}
          <Link to="/exams">
            <Button size="large">返回</Button>
          </Link>
        </Flex>
      </Card>
    </>
  );
}
