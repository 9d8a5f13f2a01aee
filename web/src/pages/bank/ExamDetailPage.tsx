// An exam: its settings and paper, the live progress while it is open, and what can be done next.
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, List, Modal, Result, Row, Skeleton, Statistic, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { QueryError, useUserErrors } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import { errorText, operationErrorText } from "../../components/userErrors";
import { bankCancelExamMutation, bankExamQuery, bankPublishExamMutation, bankReleaseResultsMutation } from "../../services/bank";
import { ExamStatusTag, formatWindow } from "./ExamsPage";
import { DIFFICULTY_LABELS, GRADING_LABELS, PARTIAL_CREDIT_LABELS, RELEASE_LABELS, TYPE_LABELS, decimal, paperTotals } from "./logic";

/** How often an open exam's progress is read again (the API has no subscription for it). */
export const PROGRESS_POLL_MS = 5000;
const EXAM_CONTEXT = { additionalTypenames: ["Exam"] };

export default function ExamDetailPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [result, refresh] = useQuery({ query: bankExamQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const [publishState, publish] = useMutation(bankPublishExamMutation);
  const [releaseState, release] = useMutation(bankReleaseResultsMutation);
  const [, cancel] = useMutation(bankCancelExamMutation);
  const [cancelling, setCancelling] = useState(false);
  const [publishErrors, setPublishErrors] = useState<string[]>([]);
  const [cancelForm] = Form.useForm<{ reason: string }>();
  const cancelErrors = useUserErrors(cancelForm);
  const exam = result.data?.node?.__typename === "Exam" ? result.data.node : null;
  const live = exam?.status === "OPEN";

  useEffect(() => {
    if (!live) return;
    const timer = window.setInterval(() => refresh({ requestPolicy: "network-only" }), PROGRESS_POLL_MS);
    return () => window.clearInterval(timer);
  }, [live, refresh]);

  if (result.fetching && !result.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (result.error && !result.data) return <QueryError error={result.error} />;
  if (!exam) return <Result status="404" title="考试不存在" subTitle="或您无权查看它" data-testid="not-found" />;

  const encoded = encodeURIComponent(exam.id);
  const totals = paperTotals(
    [],
    exam.paper.map((p) => ({ count: p.count, points: p.points })),
  );
  const published = exam.status !== "DRAFT";
  const canCancel = published && exam.status !== "CANCELLED" && exam.status !== "CLOSED";
  const canRelease = published && exam.status !== "CANCELLED" && exam.releaseResults === "MANUAL" && !exam.resultsReleased;

  const doPublish = async () => {
    setPublishErrors([]);
    const r = await publish({ input: { examId: exam.id } }, EXAM_CONTEXT);
    if (r.error) return setPublishErrors([operationErrorText(r.error)]);
    const errors = r.data?.publishExam.userErrors ?? [];
    if (errors.length > 0) return setPublishErrors(errors.map(errorText));
    message.success("考试已发布");
  };

  const doRelease = async () => {
    const r = await release({ input: { examId: exam.id } }, EXAM_CONTEXT);
    if (r.error) return void message.error(operationErrorText(r.error));
    const errors = r.data?.releaseExamResults.userErrors ?? [];
    if (errors.length > 0) return void message.error(errors.map(errorText).join("；"));
    message.success("成绩已发布，考生可以查看成绩、答案和解析");
  };

  const doCancel = async ({ reason }: { reason: string }) => {
    cancelErrors.clear();
    const r = await cancel({ input: { examId: exam.id, reason } }, EXAM_CONTEXT);
    if (r.error) return cancelErrors.showError(r.error);
    if (cancelErrors.showUserErrors(r.data?.cancelExam.userErrors)) return;
    setCancelling(false);
    message.success("考试已取消");
  };

  const p = exam.progress;
  return (
    <div data-testid="bank-exam">
      <PageHeader
        title={exam.title}
        subTitle={
          <>
            <ExamStatusTag status={exam.status} /> {formatWindow(exam.opensAt, exam.closesAt)}
          </>
        }
        extra={
          <>
            {exam.status === "DRAFT" ? (
              <>
                <Button onClick={() => navigate(`/bank/exams/${encoded}/edit`)}>编辑</Button>
                <Button type="primary" loading={publishState.fetching} onClick={doPublish} data-testid="exam-detail-publish">
                  发布
                </Button>
              </>
            ) : null}
            {published ? <Button onClick={() => navigate(`/bank/exams/${encoded}/grading`)}>阅卷</Button> : null}
            <Button onClick={() => navigate(`/bank/exams/new?from=${encoded}`)} data-testid="exam-copy">
              复制
            </Button>
            {published ? <Button onClick={() => navigate(`/bank/exams/${encoded}/statistics`)}>成绩分析</Button> : null}
            {canRelease ? (
              <Button type="primary" loading={releaseState.fetching} onClick={() => modal.confirm({ title: "发布成绩？", content: "发布后考生可看到成绩、正确答案和解析，不能撤回。", okText: "发布成绩", cancelText: "取消", onOk: doRelease })} data-testid="exam-release">
                发布成绩
              </Button>
            ) : null}
            {canCancel ? (
              <Button danger onClick={() => setCancelling(true)} data-testid="exam-cancel">
                取消考试
              </Button>
            ) : null}
          </>
        }
      />
      {publishErrors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message="还不能发布"
          description={
            <>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {publishErrors.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
              <Button type="link" style={{ paddingInline: 0 }} onClick={() => navigate(`/bank/exams/${encoded}/edit`)}>
                去修改
              </Button>
            </>
          }
          data-testid="form-errors"
        />
      ) : null}
      {exam.status === "CANCELLED" ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={`已于 ${dayjs(exam.cancelledAt).format("YYYY-MM-DD HH:mm")} 取消`} description={exam.cancelReason} data-testid="exam-cancelled" />
      ) : null}

      {published && p ? (
        <Card size="small" title={live ? "实时进度（每 5 秒刷新）" : "参考情况"} style={{ marginBottom: 16 }} data-testid="exam-progress">
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title="应考人数" valueRender={(node) => <span data-testid="progress-audience">{node}</span>} value={p.audience} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="已开考" valueRender={(node) => <span data-testid="progress-started">{node}</span>} value={p.started} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="答题中" valueRender={(node) => <span data-testid="progress-in-progress">{node}</span>} value={p.inProgress} valueStyle={live ? { color: "#1677ff" } : undefined} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="已交卷" valueRender={(node) => <span data-testid="progress-submitted">{node}</span>} value={p.submitted} suffix={p.audience > 0 ? `/ ${p.audience}` : undefined} />
            </Col>
          </Row>
        </Card>
      ) : null}

      <Card size="small" title="考试设置" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="答题时长">{exam.durationMinutes} 分钟</Descriptions.Item>
          <Descriptions.Item label="及格分">{decimal(exam.passScore)} / {totals.points} 分</Descriptions.Item>
          <Descriptions.Item label="可考次数">{exam.maxAttempts ?? "不限"}</Descriptions.Item>
          <Descriptions.Item label="多次作答取分">{GRADING_LABELS[exam.gradingMethod]}</Descriptions.Item>
          <Descriptions.Item label="成绩公布">
            {RELEASE_LABELS[exam.releaseResults]}
            {exam.resultsReleased ? <Tag color="green" style={{ marginInlineStart: 8 }}>已公布</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label="多选题给分">{PARTIAL_CREDIT_LABELS[exam.partialCredit]}</Descriptions.Item>
          <Descriptions.Item label="乱序">
            {[exam.shuffleQuestions ? "题目乱序" : null, exam.shuffleOptions ? "选项乱序" : null].filter(Boolean).join("、") || "不乱序"}
          </Descriptions.Item>
          <Descriptions.Item label="类型">{exam.practice ? "练习卷" : "正式考试"}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card size="small" title={`试卷结构（共 ${totals.questions} 题，${totals.points} 分）`}>
        <List
          size="small"
          dataSource={exam.paper}
          locale={{ emptyText: "试卷还没有题目" }}
          renderItem={(rule, i) => (
            <List.Item key={i} style={{ paddingInline: 0 }}>
              <div>
                <Typography.Text>{rule.category}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {rule.type ? TYPE_LABELS[rule.type] : "不限题型"} · {rule.difficulty ? `难度 ${DIFFICULTY_LABELS[rule.difficulty]}` : "不限难度"}
                  </Typography.Text>
                </div>
              </div>
              <Typography.Text>
                {rule.count} 题 × {decimal(rule.points)} 分
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>

      <Modal
        open={cancelling}
        title="取消考试"
        okText="确认取消考试"
        okButtonProps={{ danger: true }}
        cancelText="返回"
        onCancel={() => setCancelling(false)}
        onOk={() => cancelForm.submit()}
        destroyOnHidden
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="取消后正在作答的答卷将被收回，已计入的考试积分将撤销，考生不能再参加此考试。" />
        {cancelErrors.alert}
        <Form form={cancelForm} layout="vertical" onFinish={doCancel}>
          <Form.Item name="reason" label="取消原因" rules={[{ required: true, whitespace: true, message: "请填写取消原因" }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} aria-label="取消原因" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
