// The paper of an exam: fixed questions picked from the bank and draw rules with the bank's counts.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Skeleton,
  Tag,
  TreeSelect,
  Typography,
} from "antd";
import type { FormInstance } from "antd";
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import type { QuestionType } from "../../gql/graphql";
import { bankCategoryCountsQuery, bankQuestionsQuery } from "../../services/bank";
import {
  DIFFICULTY_LABELS,
  QUESTION_TYPES,
  TYPE_LABELS,
  categoryTree,
  countsKey,
  paperTotals,
  ruleAvailability,
  type CategoryTreeNode,
  type FixedValue,
  type RuleValue,
} from "./logic";

type TreeOption = { value: string; title: string; children: TreeOption[] };

function treeOptions(nodes: CategoryTreeNode[]): TreeOption[] {
  return nodes.map((n) => ({
    value: n.key,
    title: n.count !== undefined ? `${n.title}（${n.count} 题）` : n.title,
    children: treeOptions(n.children),
  }));
}

/** One draw rule: category, type, difficulty, count and points, with what the bank holds for it. */
function RuleRow({ index, name, remove, rules, fixed }: { index: number; name: number; remove: () => void; rules: RuleValue[]; fixed: FixedValue[] }) {
  const rule = rules[index] ?? {};
  const [counts] = useQuery({
    query: bankCategoryCountsQuery,
    variables: { type: rule.type ?? null, difficulty: rule.difficulty ?? null },
  });
  const list = counts.data?.questionCategoryCounts;
  const options = useMemo(
    () => (list ? treeOptions(categoryTree(list.map((c) => c.category), new Map(list.map((c) => [c.category, c.count])))) : []),
    [list],
  );
  const availability = list ? ruleAvailability(rules, index, new Map([[countsKey(rule.type, rule.difficulty), list]]), fixed) : null;
  const count = Number(rule.count) || 0;
  const short = availability !== null && count > availability.available;

  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid={`rule-${index}`}>
      <Flex wrap gap={8} align="flex-start">
        <Form.Item name={[name, "category"]} label="分类" rules={[{ required: true, message: "请选择分类" }]} style={{ flex: "2 1 240px", marginBottom: 8 }}>
          <TreeSelect
            treeData={options}
            treeDefaultExpandAll
            showSearch
            treeNodeFilterProp="title"
            placeholder="选择分类（含下级分类）"
            aria-label={`规则${index + 1}分类`}
            loading={counts.fetching}
          />
        </Form.Item>
        <Form.Item name={[name, "type"]} label="题型" style={{ flex: "1 1 120px", marginBottom: 8 }}>
          <Select
            allowClear
            placeholder="不限"
            aria-label={`规则${index + 1}题型`}
            options={QUESTION_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
          />
        </Form.Item>
        <Form.Item name={[name, "difficulty"]} label="难度" style={{ flex: "1 1 110px", marginBottom: 8 }}>
          <Select allowClear placeholder="不限" aria-label={`规则${index + 1}难度`} options={[1, 2, 3, 4, 5].map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))} />
        </Form.Item>
        <Form.Item name={[name, "count"]} label="抽题数" rules={[{ required: true, message: "请填写" }]} style={{ flex: "1 1 90px", marginBottom: 8 }}>
          <InputNumber min={1} max={200} precision={0} style={{ width: "100%" }} aria-label={`规则${index + 1}抽题数`} />
        </Form.Item>
        <Form.Item name={[name, "points"]} label="每题分值" rules={[{ required: true, message: "请填写" }]} style={{ flex: "1 1 90px", marginBottom: 8 }}>
          <InputNumber min={0.01} max={1000} step={0.5} style={{ width: "100%" }} aria-label={`规则${index + 1}每题分值`} />
        </Form.Item>
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除规则${index + 1}`} onClick={remove} style={{ marginTop: 30 }} />
      </Flex>
      <Typography.Text type={short ? "danger" : "secondary"} data-testid={`rule-${index}-available`}>
        {!rule.category
          ? "选择分类后显示题库中可抽的题数"
          : availability === null
            ? "正在统计题库…"
            : availability.available === availability.bank
              ? `题库中符合条件的启用试题：${availability.bank} 题${short ? `，不够抽 ${count} 题` : ""}`
              : `题库中符合条件的启用试题：${availability.bank} 题，固定试题和前面相同条件的规则已占 ${availability.bank - availability.available} 题，还可抽 ${availability.available} 题${short ? `，不够抽 ${count} 题` : ""}`}
      </Typography.Text>
    </Card>
  );
}

/** Pick questions from the bank (search, type, category) to put on the paper as they are. */
function QuestionPicker({ open, chosen, onClose, onPick }: { open: boolean; chosen: Set<string>; onClose: () => void; onPick: (q: FixedValue[]) => void }) {
  const [search, setSearch] = useState("");
  const [type, setType] = useState<QuestionType | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [picked, setPicked] = useState<Map<string, FixedValue>>(new Map());
  const [after, setAfter] = useState<(string | null)[]>([null]);
  const [counts] = useQuery({ query: bankCategoryCountsQuery, variables: {}, pause: !open });
  const [result] = useQuery({
    query: bankQuestionsQuery,
    variables: { first: 20, after: after[after.length - 1], search: search || null, type, category, includeRetired: false },
    pause: !open,
  });
  const list = counts.data?.questionCategoryCounts ?? [];
  const tree = useMemo(() => treeOptions(categoryTree(list.map((c) => c.category))), [list]);
  const rows = result.data?.questions.edges.map((e) => e.node) ?? [];
  const toggle = (q: (typeof rows)[number]) => {
    const next = new Map(picked);
    if (next.has(q.id)) next.delete(q.id);
    else next.set(q.id, { questionId: q.id, stem: q.stem, type: q.type, category: q.category, difficulty: q.difficulty, points: 2 });
    setPicked(next);
  };
  return (
    <Modal
      open={open}
      title="从题库选题"
      width={760}
      okText={`加入试卷（${picked.size}）`}
      cancelText="取消"
      okButtonProps={{ disabled: picked.size === 0 }}
      onCancel={onClose}
      onOk={() => {
        onPick([...picked.values()]);
        setPicked(new Map());
      }}
      destroyOnHidden
    >
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder="搜索题干" onSearch={(v) => (setSearch(v.trim()), setAfter([null]))} style={{ flex: "2 1 200px" }} aria-label="搜索题干" />
        <Select allowClear placeholder="全部题型" value={type ?? undefined} onChange={(v) => (setType(v ?? null), setAfter([null]))} options={QUESTION_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))} style={{ flex: "1 1 120px" }} />
        <TreeSelect allowClear placeholder="全部分类" value={category ?? undefined} treeData={tree} onChange={(v) => (setCategory((v as string) ?? null), setAfter([null]))} style={{ flex: "1 1 180px" }} />
      </Flex>
      {result.fetching && !result.data ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description="没有符合条件的试题" />
      ) : (
        <List
          size="small"
          dataSource={rows}
          data-testid="picker-list"
          renderItem={(q) => (
            <List.Item key={q.id} style={{ paddingInline: 0 }}>
              <Checkbox checked={picked.has(q.id) || chosen.has(q.id)} disabled={chosen.has(q.id)} onChange={() => toggle(q)} style={{ width: "100%" }}>
                <Typography.Text>{q.stem}</Typography.Text>
                <div>
                  <Tag color="blue">{TYPE_LABELS[q.type]}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {q.category} · 难度 {q.difficulty}
                  </Typography.Text>
                </div>
              </Checkbox>
            </List.Item>
          )}
        />
      )}
      <Flex justify="flex-end" gap={8} style={{ marginTop: 8 }}>
        <Button size="small" disabled={after.length <= 1} onClick={() => setAfter(after.slice(0, -1))}>
          上一页
        </Button>
        <Button
          size="small"
          disabled={!result.data?.questions.pageInfo.hasNextPage}
          onClick={() => {
            const cursor = result.data?.questions.pageInfo.endCursor;
            if (cursor) setAfter([...after, cursor]);
          }}
        >
          下一页
        </Button>
      </Flex>
    </Modal>
  );
}

type PaperProps = { form: FormInstance };

export function PaperEditor({ form }: PaperProps) {
  const fixed = (Form.useWatch(["paper", "fixed"], form) as FixedValue[] | undefined) ?? [];
  const rules = (Form.useWatch(["paper", "rules"], form) as RuleValue[] | undefined) ?? [];
  const [picking, setPicking] = useState(false);
  const totals = paperTotals(fixed, rules);
  const chosen = useMemo(() => new Set(fixed.map((f) => f.questionId)), [fixed]);

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        固定试题
      </Typography.Title>
      <Form.List name={["paper", "fixed"]}>
        {(fields, { remove, add }) => (
          <>
            {fields.length === 0 ? (
              <Typography.Paragraph type="secondary">每份试卷都出现的题目（可选）。</Typography.Paragraph>
            ) : null}
            {fields.map((field, index) => {
              const f = fixed[index];
              return (
                <Flex key={field.key} gap={8} align="flex-start" style={{ marginBottom: 8 }} data-testid={`fixed-${index}`}>
                  <Form.Item name={[field.name, "questionId"]} hidden>
                    <Input />
                  </Form.Item>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Typography.Text ellipsis={{ tooltip: f?.stem }} style={{ display: "block" }}>
                      {index + 1}. {f?.stem}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {f ? `${TYPE_LABELS[f.type]} · ${f.category}` : ""}
                    </Typography.Text>
                  </div>
                  <Form.Item name={[field.name, "points"]} rules={[{ required: true, message: "请填写分值" }]} style={{ marginBottom: 0, width: 110 }}>
                    <InputNumber min={0.01} max={1000} step={0.5} addonAfter="分" aria-label={`固定题${index + 1}分值`} />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={`移除固定题${index + 1}`} onClick={() => remove(field.name)} />
                </Flex>
              );
            })}
            <Button icon={<PlusOutlined />} onClick={() => setPicking(true)} style={{ marginBottom: 16 }} data-testid="pick-questions">
              从题库选题
            </Button>
            <QuestionPicker
              open={picking}
              chosen={chosen}
              onClose={() => setPicking(false)}
              onPick={(qs) => {
                qs.forEach((q) => add(q));
                setPicking(false);
              }}
            />
          </>
        )}
      </Form.List>

      <Typography.Title level={5}>抽题规则</Typography.Title>
      <Typography.Paragraph type="secondary">每位考生开考时按规则从题库随机抽题；同一道题不会被两条规则重复抽中。</Typography.Paragraph>
      <Form.List name={["paper", "rules"]}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <RuleRow key={field.key} index={index} name={field.name} remove={() => remove(field.name)} rules={rules} fixed={fixed} />
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ count: 10, points: 2 })} block data-testid="add-rule">
              添加抽题规则
            </Button>
          </>
        )}
      </Form.List>

      <Form.Item name="paperTotal" style={{ marginTop: 16, marginBottom: 0 }}>
        <PaperTotal questions={totals.questions} points={totals.points} />
      </Form.Item>
    </>
  );
}

/** The paper's size; paper-wide userErrors (empty paper, too many points) show under it. */
function PaperTotal({ questions, points }: { questions: number; points: number; value?: unknown; onChange?: unknown }) {
  return (
    <Typography.Text strong data-testid="paper-total">
      试卷共 {questions} 题，总分 {points} 分
    </Typography.Text>
  );
}
