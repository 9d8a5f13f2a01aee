// 阅卷: short answers and unmatched blanks waiting for a grade, one card each (anonymous).
import { App, Button, Card, Empty, Flex, Form, Input, InputNumber, Skeleton, Tag, Typography } from "antd";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { QueryError, useUserErrors } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { BankGradingQueueQuery } from "../../gql/graphql";
import { bankExamQuery, bankGradeAnswerMutation, bankGradingQueueQuery } from "../../services/bank";
import { decimal } from "./logic";

type Item = BankGradingQueueQuery["gradingQueue"]["edges"][number]["node"];
const PAGE = 20;

function GradeCard({ item, onGraded }: { item: Item; onGraded: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ points: number; feedback?: string }>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [state, grade] = useMutation(bankGradeAnswerMutation);
  const max = Number(item.points);

  const submit = async (values: { points: number; feedback?: string }) => {
    clear();
    const r = await grade({
      input: { attemptQuestionId: item.id, points: String(values.points), feedback: values.feedback?.trim() || null },
    });
    if (r.error) return showError(r.error);
    if (showUserErrors(r.data?.gradeAnswer.userErrors)) return;
    message.success("已评分");
    onGraded();
  };

  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="grading-item" title={<span>第 {item.number} 题 · 满分 {decimal(item.points)} 分</span>}>
      <Typography.Paragraph strong>{item.stem}</Typography.Paragraph>
      <Typography.Text type="secondary">考生答案</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", background: "rgba(0,0,0,0.02)", padding: 8, borderRadius: 6 }}>
        {item.answer && item.answer.length > 0 ? item.answer.join(" | ") : <Typography.Text type="secondary">（未作答）</Typography.Text>}
      </Typography.Paragraph>
      <Typography.Text type="secondary">参考答案</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
        {item.referenceAnswer.length > 0 ? item.referenceAnswer.join(" | ") : "—"}
      </Typography.Paragraph>
      {alert}
      <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }}>
        <Form.Item name="points" label="得分" rules={[{ required: true, message: "请给分" }]}>
          <InputNumber min={0} max={max} step={0.5} aria-label={`第${item.number}题得分`} style={{ width: 110 }} />
        </Form.Item>
        <Flex gap={4} style={{ marginInlineEnd: 16 }}>
          <Button size="small" onClick={() => form.setFieldValue("points", 0)}>
            0 分
          </Button>
          <Button size="small" onClick={() => form.setFieldValue("points", max)}>
            满分
          </Button>
        </Flex>
        <Form.Item name="feedback" label="评语" style={{ flex: "1 1 220px" }}>
          <Input aria-label={`第${item.number}题评语`} placeholder="可选" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={state.fetching}>
            提交评分
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

export default function GradingPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [exam] = useQuery({ query: bankExamQuery, variables: { id } });
  const [queue, refresh] = useQuery({
    query: bankGradingQueueQuery,
    variables: { examId: id, first: PAGE, after: cursors[cursors.length - 1] },
    requestPolicy: "cache-and-network",
  });
  const title = exam.data?.node?.__typename === "Exam" ? exam.data.node.title : "";
  const items = queue.data?.gradingQueue.edges.map((e) => e.node) ?? [];
  const pageInfo = queue.data?.gradingQueue.pageInfo;

  return (
    <div data-testid="bank-grading">
      <PageHeader
        title="阅卷"
        subTitle={title ? `${title} · 简答题和未能自动判分的填空题` : "简答题和未能自动判分的填空题"}
        extra={<Button onClick={() => navigate(`/bank/exams/${encodeURIComponent(id)}`)}>返回考试</Button>}
      />
      <QueryError error={queue.error} />
      {queue.fetching && !queue.data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={cursors.length > 1 ? "本页已评完" : "没有待阅的答案"} data-testid="grading-empty" />
        </Card>
      ) : (
        <>
          <Flex gap={8} style={{ marginBottom: 12 }}>
            <Tag color="orange">本页待阅 {items.length} 份{pageInfo?.hasNextPage ? "，还有更多" : ""}</Tag>
          </Flex>
          {items.map((item) => (
            <GradeCard key={item.id} item={item} onGraded={() => refresh({ requestPolicy: "network-only" })} />
          ))}
        </>
      )}
      {pageInfo?.hasNextPage || cursors.length > 1 ? (
        <Flex justify="flex-end" gap={8}>
          <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
            上一页
          </Button>
          <Button disabled={!pageInfo?.hasNextPage} onClick={() => pageInfo?.endCursor && setCursors([...cursors, pageInfo.endCursor])}>
            下一页
          </Button>
        </Flex>
      ) : null}
    </div>
  );
}
