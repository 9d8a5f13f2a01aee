import { App, Button, Card, Flex, Form, Input, InputNumber, Result, Select, Skeleton, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { QueryError, useUserErrors } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { DrillEvaluationQuery } from "../../gql/graphql";
import { drillEvaluationQuery, submitDrillEvaluationMutation } from "../../services/drills";
import { DrillStatusTag } from "./DrillStatusTag";
import { drillPath } from "./format";
import { HSEEP_LABELS, HSEEP_ORDER } from "./labels";
import {
  initialRows,
  progress,
  remapRatingErrors,
  rubricTasks,
  toRatingsInput,
  type RatingRow,
  type SavedRating,
} from "./ratings";

type Drill = Extract<NonNullable<DrillEvaluationQuery["node"]>, { __typename?: "Drill" }>;
const JOINT = "__joint__";

type Section = {
  key: string;
  title: string;
  maxPoints: string;
  tasks: readonly { key: string; title: string; maxPoints: string; criteria: string }[];
};

type FormProps = {
  drillId: string;
  unitId: string | null;
  sections: readonly Section[];
  saved: readonly SavedRating[];
};

function RatingForm({ drillId, unitId, sections, saved }: FormProps) {
  const [form] = Form.useForm<{ ratings: RatingRow[] }>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching }, submit] = useMutation(submitDrillEvaluationMutation);
  const [mode, setMode] = useState<"draft" | "final">("final");
  const { message } = App.useApp();
  const tasks = useMemo(() => rubricTasks(sections), [sections]);
  const initial = useMemo(() => ({ ratings: initialRows(tasks, saved, unitId) }), [tasks, saved, unitId]);
  const rows = Form.useWatch("ratings", form) ?? initial.ratings;
  const done = progress(rows);
  const max = tasks.reduce((sum, t) => sum + Number(t.maxPoints), 0);

  async function send(final: boolean) {
    setMode(final ? "final" : "draft");
    clear();
    const values = form.getFieldsValue(true) as { ratings: RatingRow[] };
    const { ratings, rowOf } = toRatingsInput(values.ratings ?? [], tasks);
    if (ratings.length === 0) {
      showUserErrors([{ field: null, code: "NOTHING_RATED", message: "请至少为一个项目评分" }]);
      return;
    }
    const result = await submit({ input: { drillId, unitId, ratings, final } });
    if (result.error) return showError(result.error);
    const payload = result.data?.submitDrillEvaluation;
    if (!payload || showUserErrors(remapRatingErrors(payload.userErrors, rowOf))) return;
    message.success(final ? "评分已提交" : "草稿已保存");
  }

  let index = -1;
  return (
    <Form form={form} layout="vertical" initialValues={initial} data-testid="rating-form">
      {alert}
      <Flex vertical gap={16}>
        {sections.map((section) => (
          <Card key={section.key} size="small" title={`${section.title}（${Number(section.maxPoints)} 分）`}>
            <Flex vertical gap={16}>
              {section.tasks.map((task) => {
                index += 1;
                const i = index;
                return (
                  <div key={task.key} data-testid="rating-row" data-task-key={task.key}>
                    <Typography.Text strong>
                      {task.title}
                      <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
                        （满分 {Number(task.maxPoints)}）
                      </Typography.Text>
                    </Typography.Text>
                    <Typography.Paragraph type="secondary" style={{ margin: "4px 0 8px" }}>
                      {task.criteria}
                    </Typography.Paragraph>
                    <Flex wrap gap={8}>
                      <Form.Item name={["ratings", i, "points"]} style={{ marginBottom: 0, flex: "0 0 120px" }}>
                        <InputNumber
                          aria-label={`${task.title} 得分`}
                          min={0}
                          max={Number(task.maxPoints)}
                          step={0.5}
                          precision={2}
                          placeholder="得分"
                          style={{ width: "100%" }}
                          inputMode="decimal"
                        />
                      </Form.Item>
                      <Form.Item name={["ratings", i, "rating"]} style={{ marginBottom: 0, flex: "1 1 140px" }}>
                        <Select
                          aria-label={`${task.title} 等级`}
                          allowClear
                          placeholder="等级（可选）"
                          options={HSEEP_ORDER.map((r) => ({ value: r, label: HSEEP_LABELS[r] }))}
                        />
                      </Form.Item>
                      <Form.Item name={["ratings", i, "note"]} style={{ marginBottom: 0, flex: "1 1 100%" }}>
                        <Input.TextArea aria-label={`${task.title} 观察记录`} placeholder="观察记录（可选）" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
                      </Form.Item>
                      <Form.Item name={["ratings", i, "taskKey"]} hidden>
                        <Input />
                      </Form.Item>
                    </Flex>
                  </div>
                );
              })}
            </Flex>
          </Card>
        ))}
        <Card size="small" style={{ position: "sticky", bottom: 0, zIndex: 2 }}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text data-testid="rating-progress">
              已评 {done.rated}/{tasks.length} 项，合计 {done.total} / {max} 分
            </Typography.Text>
            <Flex gap={8}>
              <Button onClick={() => send(false)} loading={fetching && mode === "draft"}>
                保存草稿
              </Button>
              <Button type="primary" onClick={() => send(true)} loading={fetching && mode === "final"}>
                提交评分
              </Button>
            </Flex>
          </Flex>
        </Card>
      </Flex>
    </Form>
  );
}

export default function EvaluatePage() {
  const { id = "" } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: drillEvaluationQuery, variables: { id } });
  const [choice, setChoice] = useState<string | null>(null);

  if (!data && fetching) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error && !data) return <QueryError error={error} />;
  const node = data?.node;
  if (!node || node.__typename !== "Drill") {
    return <Result status="404" title="演练不存在或无权查看" extra={<Link to="/drills">返回演练列表</Link>} />;
  }
  const drill = node as Drill;
  const open = drill.status === "IN_PROGRESS" || drill.status === "COMPLETED";
  const options = [
    ...drill.participants.map((p) => ({ value: p.unit.id, label: p.unit.name })),
    ...(drill.coordination.length > 0 ? [{ value: JOINT, label: "联合协同（全局）" }] : []),
  ];
  const selected = choice ?? options[0]?.value ?? null;
  const unitId = selected === JOINT ? null : selected;
  const sections = selected === JOINT ? drill.coordination : drill.rubric;

  return (
    <>
      <PageHeader
        title="演练评分"
        subTitle={
          <Flex wrap gap={8} align="center" component="span">
            <Link to={drillPath(drill.id)}>{drill.title}</Link>
            <DrillStatusTag status={drill.status} />
          </Flex>
        }
      />
      {!open ? (
        <Result status="info" title="该演练当前不能评分" subTitle="演练进行中或结束后、复盘前可以评分。" extra={<Link to={drillPath(drill.id)}>返回演练</Link>} />
      ) : (
        <Flex vertical gap={16}>
          <Flex align="center" gap={8} wrap>
            <Typography.Text>评分对象</Typography.Text>
            <Select
              aria-label="评分对象"
              style={{ minWidth: 220, maxWidth: "100%" }}
              value={selected ?? undefined}
              onChange={setChoice}
              options={options}
            />
          </Flex>
          {selected ? (
            <RatingForm key={selected} drillId={drill.id} unitId={unitId} sections={sections} saved={drill.myRatings} />
          ) : null}
        </Flex>
      )}
    </>
  );
}
