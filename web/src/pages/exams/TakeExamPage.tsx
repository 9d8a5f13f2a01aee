import { Alert, Button, Flex, Result, Skeleton } from "antd";
import { useEffect, useRef } from "react";
import { Link, useParams } from "react-router";
import { useMutation } from "urql";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../components/userErrors";
import { examsStartAttemptMutation } from "../../services/exams";
import { AttemptPaper } from "./AttemptPaper";

/**
 * `/exams/:examId/take`: starts the attempt, or resumes the one in progress (the server returns
 * the same attempt and paper, with the answers it holds), then shows the paper.
 */
export default function TakeExamPage() {
  const { examId = "" } = useParams();
  const [result, start] = useMutation(examsStartAttemptMutation);
  const asked = useRef<string | null>(null);

  useEffect(() => {
    if (asked.current === examId) return;
    asked.current = examId;
    void start({ input: { examId } });
  }, [examId, start]);

  const payload = result.data?.startExamAttempt;
  const attempt = payload?.attempt;
  const problems = payload?.userErrors ?? [];

  if (result.error) {
    return (
      <>
        <PageHeader title="参加考试" />
        <QueryError error={result.error} />
        <Button onClick={() => void start({ input: { examId } })}>重试</Button>
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
  if (!attempt) {
    return (
      <>
        <PageHeader title="参加考试" subTitle="正在准备试卷…" />
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  }
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
  return <AttemptPaperWithForm attempt={attempt} />;
}

function AttemptPaperWithForm(props: Parameters<typeof AttemptPaper>[0]) {
  // The key resets the paper's state when another attempt comes in.
  return <AttemptPaper key={props.attempt.id} {...props} />;
}
