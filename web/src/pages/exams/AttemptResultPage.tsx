import { CheckCircleFilled, CloseCircleFilled, MinusCircleFilled } from "@ant-design/icons";
import { Alert, Button, Card, Empty, Flex, Result, Segmented, Skeleton, Space, Statistic, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { ExamsAttemptResultQuery } from "../../gql/graphql";
import { examsAttemptResultQuery } from "../../services/exams";
import {
  ATTEMPT_STATUS_LABELS,
  QUESTION_TYPE_LABELS,
  formatAnswer,
  formatScore,
  optionLetter,
  pendingResultText,
  questionOutcome,
  type Outcome,
} from "./paper";
import { formatTime } from "./time";

type Node = NonNullable<ExamsAttemptResultQuery["node"]>;
type Attempt = Extract<Node, { __typename?: "ExamAttempt"; questions: unknown }>;
type Question = Attempt["questions"][number];

const OUTCOME_TAGS: Record<Outcome, { color: string; text: string; icon: React.ReactNode }> = {
  correct: { color: "success", text: "正确", icon: <CheckCircleFilled /> },
  partial: { color: "warning", text: "部分得分", icon: <MinusCircleFilled /> },
  wrong: { color: "error", text: "错误", icon: <CloseCircleFilled /> },
  grading: { color: "processing", text: "待阅卷", icon: null },
  unknown: { color: "default", text: "", icon: null },
};

/** `/exams/attempts/:attemptId`: score and pass/fail; keys and explanations once released. */
export default function AttemptResultPage() {
  const { attemptId = "" } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: examsAttemptResultQuery,
    variables: { id: attemptId },
    requestPolicy: "cache-and-network",
  });
  const [filter, setFilter] = useState<"all" | "wrong">("all");
  const attempt = data?.node && "questions" in data.node ? (data.node as Attempt) : null;

  if (fetching && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error) return <QueryError error={error} />;
  if (!attempt) {
    return (
      <Result
        status="404"
        title="找不到这次考试记录"
        extra={
          <Link to="/exams">
            <Button type="primary">返回考试列表</Button>
          </Link>
        }
      />
    );
  }

  const { exam } = attempt;
  const scored = attempt.score != null;
  const keysShown = attempt.questions.some((q) => q.correctAnswer != null || q.keyWithheld != null);
  const questions = [...attempt.questions].sort((a, b) => a.number - b.number);
  const wrong = questions.filter((q) => ["wrong", "partial"].includes(questionOutcome(q)));
  const shown = filter === "wrong" ? wrong : questions;

  return (
    <>
      <PageHeader
        title={exam.title}
        subTitle={`第 ${attempt.number} 次作答 · ${ATTEMPT_STATUS_LABELS[attempt.status] ?? attempt.status}`}
        extra={
          <Link to="/exams">
            <Button>返回考试列表</Button>
          </Link>
        }
      />
      <Card data-testid="result-summary" style={{ marginBottom: 16 }}>
        {attempt.status === "IN_PROGRESS" ? (
          <Flex vertical gap={12} align="flex-start">
            <Typography.Text>这次考试还在进行中。</Typography.Text>
            <Link to={`/exams/${exam.id}/take`}>
              <Button type="primary">继续答题</Button>
            </Link>
          </Flex>
        ) : scored ? (
          <Flex wrap gap={32} align="center">
            <Statistic
              title="得分"
              value={formatScore(attempt.score)}
              suffix={`/ ${formatScore(attempt.maxScore)}`}
              valueStyle={{ color: attempt.passed ? "#389e0d" : "#cf1322", fontSize: 36 }}
              data-testid="result-score"
            />
            <Space direction="vertical" size={4}>
              {attempt.passed != null ? (
                <Tag color={attempt.passed ? "success" : "error"} style={{ fontSize: 16, padding: "4px 12px" }} data-testid="result-passed">
                  {attempt.passed ? "合格" : "不合格"}
                </Tag>
              ) : null}
              <Typography.Text type="secondary">及格线 {formatScore(exam.passScore)} 分</Typography.Text>
            </Space>
          </Flex>
        ) : (
          <Flex vertical gap={4} data-testid="result-pending">
            <Typography.Text strong style={{ fontSize: 16 }}>
              已交卷
            </Typography.Text>
            <Typography.Text type="secondary">{pendingResultText(exam, attempt, formatTime)}</Typography.Text>
          </Flex>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {formatTime(attempt.startedAt)} 开始
          {attempt.submittedAt ? ` · ${formatTime(attempt.submittedAt)} 交卷` : ""}
          {attempt.timedOut ? " · 时间到自动收卷" : ""}
        </Typography.Paragraph>
      </Card>

      {attempt.status === "IN_PROGRESS" ? null : (
        <>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {keysShown ? "答案与解析" : "我的作答"}
            </Typography.Title>
            {keysShown ? (
              <Segmented
                value={filter}
                onChange={(v) => setFilter(v as "all" | "wrong")}
                options={[
                  { label: `全部 ${questions.length}`, value: "all" },
                  { label: `错题 ${wrong.length}`, value: "wrong" },
                ]}
              />
            ) : null}
          </Flex>
          {!keysShown ? (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message="成绩公布后可查看正确答案与解析" />
          ) : null}
          {shown.length === 0 ? (
            <Card>
              <Empty description={filter === "wrong" ? "没有错题" : "没有题目"} />
            </Card>
          ) : (
            <Flex vertical gap={12}>
              {shown.map((q) => (
                <ResultQuestion key={q.id} question={q} />
              ))}
            </Flex>
          )}
        </>
      )}
    </>
  );
}

function ResultQuestion({ question: q }: { question: Question }) {
  const outcome = questionOutcome(q);
  const tag = OUTCOME_TAGS[outcome];
  const mine = new Set(q.myAnswer ?? []);
  const key = new Set(q.correctAnswer ?? []);
  const choice = q.type !== "FILL_BLANK" && q.type !== "SHORT_ANSWER";
  return (
    <Card
      data-testid={`result-question-${q.number}`}
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          <span>第 {q.number} 题</span>
          <Tag color="blue">{QUESTION_TYPE_LABELS[q.type]}</Tag>
          {tag.text ? (
            <Tag color={tag.color} icon={tag.icon}>
              {tag.text}
            </Tag>
          ) : null}
        </Flex>
      }
      extra={
        <Typography.Text type="secondary">
          {q.awarded != null ? `${formatScore(q.awarded)} / ` : ""}
          {formatScore(q.points)} 分
        </Typography.Text>
      }
    >
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{q.stem}</Typography.Paragraph>
      {choice ? (
        <Flex vertical gap={4} style={{ marginBottom: 8 }}>
          {q.options.map((o, i) => {
            const right = key.has(o.key);
            const picked = mine.has(o.key);
            return (
              <Typography.Text
                key={o.key}
                style={{
                  padding: "4px 8px",
                  borderRadius: 6,
                  background: right ? "#f6ffed" : picked && q.correctAnswer ? "#fff1f0" : undefined,
                }}
              >
                {q.type === "TRUE_FALSE" ? o.text : `${optionLetter(i)}. ${o.text}`}
                {picked ? <Tag style={{ marginLeft: 8 }}>我的选择</Tag> : null}
              </Typography.Text>
            );
          })}
        </Flex>
      ) : null}
      <Space direction="vertical" size={2} style={{ width: "100%" }}>
        <Typography.Text>
          我的答案：<span data-testid="my-answer">{formatAnswer(q.type, q.options, q.myAnswer)}</span>
        </Typography.Text>
        {q.correctAnswer ? (
          <Typography.Text type="success">
            正确答案：<span data-testid="correct-answer">{formatAnswer(q.type, q.options, q.correctAnswer)}</span>
          </Typography.Text>
        ) : null}
        {q.explanation ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0, whiteSpace: "pre-wrap" }}>
            解析：{q.explanation}
          </Typography.Paragraph>
        ) : null}
        {q.feedback ? <Typography.Text type="secondary">阅卷评语：{q.feedback}</Typography.Text> : null}
        {q.keyWithheld ? (
          <Alert
            type="info"
            showIcon
            message="本题也可能出现在您尚未完成（或尚未公布成绩）的正式考试中，答案暂不公布"
          />
        ) : null}
      </Space>
    </Card>
  );
}
