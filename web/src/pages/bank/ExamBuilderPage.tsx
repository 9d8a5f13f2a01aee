// 组卷: create (/bank/exams/new) or edit a draft (/bank/exams/:id/edit), then publish.
import { App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Result, Select, Skeleton, Switch } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useLayoutEffect, useMemo, useState } from "react";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { QueryError, useUserErrors } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { BankExamFieldsFragment, GradingMethod, PartialCredit, ResultRelease } from "../../gql/graphql";
import { emptyAudience } from "../../lib/audience";
import {
  bankCreateExamMutation,
  bankExamQuery,
  bankPublishExamMutation,
  bankUpdateExamMutation,
} from "../../services/bank";
import { AudiencePicker } from "./AudiencePicker";
import { PaperEditor } from "./PaperEditor";
import {
  GRADING_LABELS,
  PARTIAL_CREDIT_LABELS,
  RELEASE_LABELS,
  paperTotals,
  remapExamErrors,
  toExamInput,
  type ExamFormValues,
} from "./logic";

type Values = Omit<ExamFormValues, "opensAt" | "closesAt"> & { opensAt: Dayjs; closesAt: Dayjs };

const EXAM_CONTEXT = { additionalTypenames: ["Exam"] };

function defaults(): Partial<Values> {
  const opens = dayjs().add(1, "day").startOf("hour").hour(9);
  return {
    title: "",
    opensAt: opens,
    closesAt: opens.add(7, "day").hour(18),
    durationMinutes: 60,
    passScore: 60,
    maxAttempts: 1,
    gradingMethod: "HIGHEST",
    releaseResults: "IMMEDIATELY",
    partialCredit: "NONE",
    shuffleQuestions: true,
    shuffleOptions: true,
    practice: false,
    audience: emptyAudience(),
    paper: { fixed: [], rules: [] },
  };
}

function fromExam(exam: BankExamFieldsFragment): Partial<Values> {
  return {
    ...defaults(),
    title: exam.title,
    opensAt: dayjs(exam.opensAt),
    closesAt: dayjs(exam.closesAt),
    durationMinutes: exam.durationMinutes,
    passScore: Number(exam.passScore),
    maxAttempts: exam.maxAttempts ?? null,
    gradingMethod: exam.gradingMethod,
    releaseResults: exam.releaseResults,
    partialCredit: exam.partialCredit,
    shuffleQuestions: exam.shuffleQuestions,
    shuffleOptions: exam.shuffleOptions,
    practice: exam.practice,
    audience: {
      unitIds: exam.audience.units.map((u) => u.id),
      categories: [...exam.audience.categories],
      personIds: exam.audience.people.map((p) => p.id),
    },
    paper: {
      fixed: exam.paper.flatMap((p) =>
        p.question
          ? [
              {
                questionId: p.question.id,
                stem: p.question.stem,
                type: p.question.type,
                category: p.question.category,
                difficulty: p.question.difficulty,
                points: Number(p.points),
              },
            ]
          : [],
      ),
      rules: exam.paper.flatMap((p) =>
        p.question
          ? []
          : [
              {
                category: p.category,
                type: p.type ?? null,
                difficulty: p.difficulty ?? null,
                count: p.count,
                points: Number(p.points),
              },
            ],
      ),
    },
  };
}

export default function ExamBuilderPage() {
  const { id: routeId } = useParams();
  // /bank/exams/new?from=<id>: a new exam that starts as a copy of another one.
  const [params] = useSearchParams();
  const copyFrom = routeId ? null : params.get("from");
  const sourceId = routeId ?? copyFrom;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [examId, setExamId] = useState<string | null>(routeId ?? null);
  const [saving, setSaving] = useState(false);
  const [loaded] = useQuery({ query: bankExamQuery, variables: { id: sourceId ?? "" }, pause: !sourceId, requestPolicy: "network-only" });
  const [, createExam] = useMutation(bankCreateExamMutation);
  const [, updateExam] = useMutation(bankUpdateExamMutation);
  const [, publishExam] = useMutation(bankPublishExamMutation);
  const exam = loaded.data?.node?.__typename === "Exam" ? loaded.data.node : null;
  const knownPeople = useMemo(
    () => exam?.audience.people.map((p) => ({ id: p.id, label: `${p.name}（${p.unit.name}）` })),
    [exam],
  );

  useLayoutEffect(() => {
    if (!sourceId) form.setFieldsValue(defaults());
  }, [sourceId, form]);
  useLayoutEffect(() => {
    if (!exam) return;
    if (!copyFrom) return form.setFieldsValue(fromExam(exam));
    const copy = fromExam(exam);
    const fresh = defaults();
    // A copy of a past exam gets the default window (from tomorrow); a future one keeps its own.
    const past = dayjs(exam.closesAt).isBefore(dayjs());
    form.setFieldsValue({
      ...copy,
      title: `${exam.title}（副本）`,
      opensAt: past ? fresh.opensAt : copy.opensAt,
      closesAt: past ? fresh.closesAt : copy.closesAt,
    });
  }, [exam, copyFrom, form]);

  const save = async (publish: boolean) => {
    clear();
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const all = form.getFieldsValue(true) as Values;
    const input = toExamInput({ ...all, opensAt: all.opensAt.toISOString(), closesAt: all.closesAt.toISOString() });
    setSaving(true);
    try {
      let id = examId;
      if (id) {
        const r = await updateExam({ input: { examId: id, exam: input } }, EXAM_CONTEXT);
        if (r.error) return showError(r.error);
        if (showUserErrors(remapExamErrors(r.data?.updateExam.userErrors ?? []))) return;
      } else {
        const r = await createExam({ input }, EXAM_CONTEXT);
        if (r.error) return showError(r.error);
        if (showUserErrors(remapExamErrors(r.data?.createExam.userErrors ?? []))) return;
        id = r.data?.createExam.exam?.id ?? null;
        if (!id) return;
        setExamId(id);
      }
      if (publish) {
        const r = await publishExam({ input: { examId: id } }, EXAM_CONTEXT);
        if (r.error) return showError(r.error);
        const errors = r.data?.publishExam.userErrors ?? [];
        if (errors.length > 0) {
          showUserErrors(remapExamErrors(errors));
          message.warning("已保存为草稿，但还不能发布：请按提示修改");
          return;
        }
        message.success("考试已发布");
      } else {
        message.success("草稿已保存");
      }
      navigate(`/bank/exams/${encodeURIComponent(id)}`);
    } finally {
      setSaving(false);
    }
  };

  if (sourceId && loaded.fetching && !loaded.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (sourceId && loaded.error) return <QueryError error={loaded.error} />;
  if (sourceId && !exam && loaded.data) return <Result status="404" title="考试不存在" subTitle="或您无权编辑它" />;
  if (routeId && exam && exam.status !== "DRAFT")
    return (
      <Result
        status="info"
        title="已发布的考试不能再修改"
        subTitle="可以复制为新考试后修改"
        extra={
          <>
            <Button onClick={() => navigate(`/bank/exams/${encodeURIComponent(exam.id)}`)}>查看考试</Button>
            <Button type="primary" onClick={() => navigate(`/bank/exams/new?from=${encodeURIComponent(exam.id)}`)}>
              复制为新考试
            </Button>
          </>
        }
      />
    );

  return (
    <div data-testid="exam-builder">
      <PageHeader
        title={routeId ? "编辑考试" : copyFrom ? "复制考试" : "新建考试"}
        subTitle="固定试题与抽题规则组卷，保存为草稿后可发布"
        extra={
          <>
            <Button onClick={() => save(false)} loading={saving} data-testid="exam-save">
              保存草稿
            </Button>
            <Button type="primary" onClick={() => save(true)} loading={saving} data-testid="exam-publish">
              保存并发布
            </Button>
          </>
        }
      />
      {alert}
      <Form form={form} layout="vertical" requiredMark="optional" data-testid="exam-form">
        <Card size="small" title="基本信息" style={{ marginBottom: 16 }}>
          <Form.Item name="title" label="考试名称" rules={[{ required: true, whitespace: true, message: "请填写考试名称" }]}>
            <Input maxLength={200} aria-label="考试名称" placeholder="如：2026年第四季度安全生产法律法规考试" />
          </Form.Item>
          <Flex wrap gap={12}>
            <Form.Item name="opensAt" label="开始时间" rules={[{ required: true, message: "请选择" }]} style={{ flex: "1 1 220px" }}>
              <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} aria-label="开始时间" />
            </Form.Item>
            <Form.Item name="closesAt" label="截止时间" rules={[{ required: true, message: "请选择" }]} style={{ flex: "1 1 220px" }}>
              <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} aria-label="截止时间" />
            </Form.Item>
          </Flex>
          <Flex wrap gap={12}>
            <Form.Item name="durationMinutes" label="答题时长（分钟）" rules={[{ required: true, message: "请填写" }]} style={{ flex: "1 1 150px" }}>
              <InputNumber min={1} max={1440} precision={0} style={{ width: "100%" }} aria-label="答题时长" />
            </Form.Item>
            <Form.Item
              name="passScore"
              label="及格分"
              dependencies={[["paper", "fixed"], ["paper", "rules"]]}
              rules={[
                { required: true, message: "请填写" },
                ({ getFieldValue }) => ({
                  validator: (_, value) => {
                    const { points, questions } = paperTotals(getFieldValue(["paper", "fixed"]) ?? [], getFieldValue(["paper", "rules"]) ?? []);
                    return questions > 0 && Number(value) > points ? Promise.reject(new Error(`及格分不能高于试卷总分 ${points} 分`)) : Promise.resolve();
                  },
                }),
              ]}
              style={{ flex: "1 1 150px" }}
            >
              <InputNumber min={0} max={10000} style={{ width: "100%" }} aria-label="及格分" />
            </Form.Item>
            <Form.Item name="maxAttempts" label="可考次数" extra="留空为不限" style={{ flex: "1 1 150px" }}>
              <InputNumber min={1} precision={0} style={{ width: "100%" }} aria-label="可考次数" />
            </Form.Item>
          </Flex>
          <Form.Item name="practice" valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox>练习卷（不计入积分，可反复练习）</Checkbox>
          </Form.Item>
        </Card>

        <Card size="small" title="考试对象" style={{ marginBottom: 16 }}>
          <Form.Item name="audience" style={{ marginBottom: 0 }}>
            <AudiencePicker knownPeople={knownPeople} />
          </Form.Item>
        </Card>

        <Card size="small" title="试卷" style={{ marginBottom: 16 }}>
          <PaperEditor form={form} />
        </Card>

        <Card size="small" title="评分与公布" style={{ marginBottom: 16 }}>
          <Flex wrap gap={12}>
            <Form.Item name="gradingMethod" label="多次作答取分" style={{ flex: "1 1 180px" }}>
              <Select<GradingMethod> options={Object.entries(GRADING_LABELS).map(([value, label]) => ({ value: value as GradingMethod, label }))} aria-label="多次作答取分" />
            </Form.Item>
            <Form.Item name="releaseResults" label="成绩公布" style={{ flex: "1 1 180px" }}>
              <Select<ResultRelease> options={Object.entries(RELEASE_LABELS).map(([value, label]) => ({ value: value as ResultRelease, label }))} aria-label="成绩公布" />
            </Form.Item>
            <Form.Item name="partialCredit" label="多选题给分" style={{ flex: "2 1 260px" }}>
              <Select<PartialCredit> options={Object.entries(PARTIAL_CREDIT_LABELS).map(([value, label]) => ({ value: value as PartialCredit, label }))} aria-label="多选题给分" />
            </Form.Item>
          </Flex>
          <Flex wrap gap={24}>
            <Flex gap={8} align="center">
              <Form.Item name="shuffleQuestions" valuePropName="checked" noStyle>
                <Switch aria-label="打乱题目顺序" />
              </Form.Item>
              打乱题目顺序
            </Flex>
            <Flex gap={8} align="center">
              <Form.Item name="shuffleOptions" valuePropName="checked" noStyle>
                <Switch aria-label="打乱选项顺序" />
              </Form.Item>
              打乱选项顺序
            </Flex>
          </Flex>
        </Card>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={() => navigate("/bank/exams")}>返回列表</Button>
          <Button onClick={() => save(false)} loading={saving}>
            保存草稿
          </Button>
          <Button type="primary" onClick={() => save(true)} loading={saving}>
            保存并发布
          </Button>
        </Flex>
      </Form>
    </div>
  );
}
