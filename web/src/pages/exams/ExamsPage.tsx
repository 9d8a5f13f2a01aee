import { Button, Card, Col, Empty, Flex, Row, Skeleton, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { Link, useNavigate } from "react-router";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { ExamsOverviewQuery } from "../../gql/graphql";
import { examsOverviewQuery } from "../../services/exams";
import { ATTEMPT_STATUS_LABELS, formatScore, pendingResultText } from "./paper";
import { serverClock, useServerClockSync } from "./serverClock";
import { formatTime } from "./time";

type Exam = ExamsOverviewQuery["exams"]["edges"][number]["node"];
type Attempt = ExamsOverviewQuery["myAttempts"]["edges"][number]["node"];


function deadlineText(closesAt: string): string {
  const end = dayjs(closesAt);
  const now = dayjs(serverClock.now());
  const days = end.diff(now, "day");
  const hours = end.diff(now, "hour");
  const left = days >= 1 ? `剩 ${days} 天` : hours >= 1 ? `剩 ${hours} 小时` : "即将截止";
  return `${end.format("M月D日 HH:mm")} 截止（${left}）`;
}

/** `/exams`: open exams with their deadline, practice papers, upcoming exams and my attempts. */
export default function ExamsPage() {
  const [{ data, fetching, error }] = useQuery({ query: examsOverviewQuery, requestPolicy: "cache-and-network" });
  useServerClockSync(); // re-renders the deadlines once the server's clock is known
  const exams = data?.exams.edges.map((e) => e.node) ?? [];
  const attempts = data?.myAttempts.edges.map((e) => e.node) ?? [];
  const byExam = new Map<string, Attempt[]>();
  for (const attempt of attempts) byExam.set(attempt.exam.id, [...(byExam.get(attempt.exam.id) ?? []), attempt]);

  const open = exams.filter((e) => !e.practice && e.status === "OPEN");
  const practice = exams.filter((e) => e.practice && e.status === "OPEN");
  const upcoming = exams.filter((e) => e.status === "SCHEDULED");
  const history = [...attempts].sort((a, b) => b.startedAt.localeCompare(a.startedAt));

  return (
    <>
      <PageHeader
        title="在线考试"
        subTitle="按时参加考试，答案自动保存"
        extra={
          <Link to="/exams/wrong">
            <Button>错题本</Button>
          </Link>
        }
      />
      <QueryError error={error} />
      {fetching && !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <Flex vertical gap={24}>
          <Section title="进行中的考试" testId="open-exams" empty="当前没有需要参加的考试">
            {open.map((exam) => (
              <ExamCard key={exam.id} exam={exam} attempts={byExam.get(exam.id) ?? []} />
            ))}
          </Section>
          <Section title="练习" testId="practice-exams" empty="暂无练习卷">
            {practice.map((exam) => (
              <ExamCard key={exam.id} exam={exam} attempts={byExam.get(exam.id) ?? []} />
            ))}
          </Section>
          {upcoming.length > 0 ? (
            <Section title="即将开始" testId="upcoming-exams" empty="">
              {upcoming.map((exam) => (
                <ExamCard key={exam.id} exam={exam} attempts={[]} />
              ))}
            </Section>
          ) : null}
          <Section title="我的考试记录" testId="my-attempts" empty="还没有考试记录">
            {history.map((attempt) => (
              <AttemptCard key={attempt.id} attempt={attempt} />
            ))}
          </Section>
        </Flex>
      )}
    </>
  );
}

function Section({ title, testId, empty, children }: { title: string; testId: string; empty: string; children: React.ReactNode[] }) {
  return (
    <section data-testid={testId}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {children.length === 0 ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {children.map((child, i) => (
            <Col key={i} xs={24} md={12} xl={8}>
              {child}
            </Col>
          ))}
        </Row>
      )}
    </section>
  );
}

function ExamCard({ exam, attempts }: { exam: Exam; attempts: Attempt[] }) {
  const navigate = useNavigate();
  const inProgress = attempts.find((a) => a.status === "IN_PROGRESS");
  const used = attempts.length;
  const exhausted = exam.maxAttempts != null && used >= exam.maxAttempts && !inProgress;
  const take = `/exams/${exam.id}/take`;

  return (
    <Card
      data-testid={`exam-${exam.id}`}
      title={
        <Typography.Text strong style={{ whiteSpace: "normal" }}>
          {exam.title}
        </Typography.Text>
      }
      extra={
        exam.status === "SCHEDULED" ? <Tag>未开始</Tag> : exam.practice ? <Tag color="green">练习</Tag> : <Tag color="blue">进行中</Tag>
      }
      styles={{ header: { paddingBlock: 12 } }}
    >
      <Space direction="vertical" size={4} style={{ width: "100%" }}>
        {exam.status === "SCHEDULED" ? (
          <Typography.Text>{formatTime(exam.opensAt)} 开考</Typography.Text>
        ) : exam.practice ? null : (
          <Typography.Text type="warning" data-testid="exam-deadline">
            {deadlineText(exam.closesAt)}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">
          {exam.practice ? "不限时" : `时长 ${exam.durationMinutes} 分钟`} · 及格 {formatScore(exam.passScore)} 分
          {exam.maxAttempts != null ? ` · 已考 ${used}/${exam.maxAttempts} 次` : used > 0 ? ` · 已做 ${used} 次` : ""}
        </Typography.Text>
        {exam.resultsReleased && exam.myResult != null ? (
          <Typography.Text>当前成绩 {formatScore(exam.myResult)} 分</Typography.Text>
        ) : null}
      </Space>
      {exam.status === "OPEN" ? (
        <Button
          type="primary"
          block
          style={{ marginTop: 12 }}
          disabled={exhausted}
          onClick={() => navigate(take)}
          data-testid={`start-${exam.id}`}
        >
          {inProgress ? "继续答题" : exhausted ? "考试次数已用完" : exam.practice ? "开始练习" : "开始考试"}
        </Button>
      ) : null}
    </Card>
  );
}

function AttemptCard({ attempt }: { attempt: Attempt }) {
  const released = attempt.score != null;
  return (
    <Card
      data-testid={`attempt-${attempt.id}`}
      title={
        <Typography.Text strong style={{ whiteSpace: "normal" }}>
          {attempt.exam.title}
        </Typography.Text>
      }
      extra={<Tag>{ATTEMPT_STATUS_LABELS[attempt.status] ?? attempt.status}</Tag>}
      styles={{ header: { paddingBlock: 12 } }}
    >
      <Space direction="vertical" size={4} style={{ width: "100%" }}>
        <Typography.Text type="secondary">
          第 {attempt.number} 次 · {attempt.submittedAt ? `${formatTime(attempt.submittedAt)} 交卷` : `${formatTime(attempt.startedAt)} 开始`}
          {attempt.timedOut ? "（超时收卷）" : ""}
        </Typography.Text>
        {released ? (
          <Flex align="center" gap={8}>
            <Typography.Text strong style={{ fontSize: 18 }} data-testid="attempt-score">
              {formatScore(attempt.score)} 分
            </Typography.Text>
            <Typography.Text type="secondary">/ {formatScore(attempt.maxScore)}</Typography.Text>
            {attempt.passed != null ? <Tag color={attempt.passed ? "success" : "error"}>{attempt.passed ? "合格" : "不合格"}</Tag> : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{pendingResultText(attempt.exam, attempt, formatTime)}</Typography.Text>
        )}
      </Space>
      <Link to={attempt.status === "IN_PROGRESS" ? `/exams/${attempt.exam.id}/take` : `/exams/attempts/${attempt.id}`}>
        <Button block style={{ marginTop: 12 }}>
          {attempt.status === "IN_PROGRESS" ? "继续答题" : "查看详情"}
        </Button>
      </Link>
    </Card>
  );
}
