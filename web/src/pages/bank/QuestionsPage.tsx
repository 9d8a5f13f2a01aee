// 题库: browse by category, type, difficulty and words; create, edit, retire, correct a key.
import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  List,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Switch,
  Table,
  Tag,
  Tree,
  TreeSelect,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import { operationErrorText, errorText } from "../../components/userErrors";
import type { BankQuestionFieldsFragment, QuestionType } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { bankCategoryCountsQuery, bankQuestionsQuery, bankRetireQuestionMutation } from "../../services/bank";
import { CorrectKeyModal } from "./CorrectKeyModal";
import { QuestionEditor } from "./QuestionEditor";
import { DIFFICULTY_LABELS, QUESTION_TYPES, TYPE_LABELS, categoryTree, formatAnswer, type CategoryTreeNode } from "./logic";

const PAGE_SIZE = 20;
const QUESTION_CONTEXT = { additionalTypenames: ["Question"] };

function treeData(nodes: CategoryTreeNode[]): { key: string; value: string; title: string; children: ReturnType<typeof treeData> }[] {
  return nodes.map((n) => ({
    key: n.key,
    value: n.key,
    title: n.count !== undefined ? `${n.title}（${n.count}）` : n.title,
    children: treeData(n.children),
  }));
}

export default function QuestionsPage() {
  const desktop = useDesktop();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const category = params.get("category") || null;
  const type = (params.get("type") as QuestionType | null) || null;
  const difficulty = params.get("difficulty") ? Number(params.get("difficulty")) : null;
  const search = params.get("q") || null;
  const includeRetired = params.get("retired") === "1";
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const [editing, setEditing] = useState<{ question: BankQuestionFieldsFragment | null } | null>(null);
  const [correcting, setCorrecting] = useState<BankQuestionFieldsFragment | null>(null);
  const [searchText, setSearchText] = useState(search ?? "");
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const toggleExpanded = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  const [counts, refreshCounts] = useQuery({ query: bankCategoryCountsQuery, variables: {}, context: QUESTION_CONTEXT });
  const [result, refresh] = useQuery({
    query: bankQuestionsQuery,
    variables: { first: PAGE_SIZE, after, category, type, difficulty, search, includeRetired },
    context: QUESTION_CONTEXT,
  });
  const [, retire] = useMutation(bankRetireQuestionMutation);

  const categories = useMemo(() => (counts.data?.questionCategoryCounts ?? []).map((c) => c.category), [counts.data]);
  const tree = useMemo(() => {
    const list = counts.data?.questionCategoryCounts ?? [];
    return treeData(categoryTree(list.map((c) => c.category), new Map(list.map((c) => [c.category, c.count]))));
  }, [counts.data]);

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === "") next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
    setCursors([null]);
  };

  const reload = () => {
    refresh({ requestPolicy: "network-only" });
    refreshCounts({ requestPolicy: "network-only" });
  };

  const toggleActive = async (q: BankQuestionFieldsFragment) => {
    const r = await retire({ input: { id: q.id, active: !q.active } });
    if (r.error) return void message.error(operationErrorText(r.error));
    const errors = r.data?.retireQuestion.userErrors ?? [];
    if (errors.length > 0) return void message.error(errors.map(errorText).join("；"));
    message.success(q.active ? "已停用：抽题规则不再选中此题" : "已恢复启用");
    reload();
  };

  const rows = result.data?.questions.edges.map((e) => e.node) ?? [];
  const pageInfo = result.data?.questions.pageInfo;

  const actions = (q: BankQuestionFieldsFragment) => [
    <Button key="edit" type="link" size="small" onClick={() => setEditing({ question: q })} data-testid="question-edit">
      编辑
    </Button>,
    q.type !== "SHORT_ANSWER" ? (
      <Button key="key" type="link" size="small" onClick={() => setCorrecting(q)} data-testid="question-correct-key">
        更正答案
      </Button>
    ) : null,
    <Popconfirm
      key="retire"
      title={q.active ? "停用此题？" : "恢复启用此题？"}
      description={q.active ? "停用后抽题规则不再选中它，发布考试时试卷中固定的停用题会被拦下；已有答卷不受影响。" : undefined}
      okText={q.active ? "停用" : "启用"}
      cancelText="取消"
      onConfirm={() => toggleActive(q)}
    >
      <Button type="link" size="small" danger={q.active} data-testid="question-retire">
        {q.active ? "停用" : "启用"}
      </Button>
    </Popconfirm>,
  ].filter(Boolean);

  const meta = (q: BankQuestionFieldsFragment) => (
    <Space size={[4, 4]} wrap>
      <Tag color="blue">{TYPE_LABELS[q.type]}</Tag>
      <Tag>难度 {q.difficulty}</Tag>
      {q.version > 1 ? <Tag>第 {q.version} 版</Tag> : null}
      {q.active ? null : <Tag color="red">已停用</Tag>}
      {q.tags.map((t) => (
        <Tag key={t} color="default">
          #{t}
        </Tag>
      ))}
    </Space>
  );

  const details = (q: BankQuestionFieldsFragment) => (
    <div data-testid="question-details" style={{ fontSize: 13 }}>
      {q.type !== "TRUE_FALSE" && q.options.length > 0 ? (
        <div style={{ marginBottom: 4 }}>
          {q.options.map((o) => (
            <div key={o.key} style={{ fontWeight: q.answer.includes(o.key) ? 600 : undefined }}>
              {o.key}. {o.text}
              {q.answer.includes(o.key) ? " ✓" : ""}
            </div>
          ))}
        </div>
      ) : null}
      <div>
        <Typography.Text type="secondary">{q.type === "SHORT_ANSWER" ? "参考答案：" : "答案："}</Typography.Text>
        <span style={{ whiteSpace: "pre-wrap" }}>{formatAnswer(q.type, q.answer)}</span>
      </div>
      {q.explanation ? (
        <div>
          <Typography.Text type="secondary">解析：</Typography.Text>
          {q.explanation}
        </div>
      ) : null}
      {q.reference ? (
        <div>
          <Typography.Text type="secondary">依据：</Typography.Text>
          {q.reference}
        </div>
      ) : null}
    </div>
  );

  const columns: ColumnsType<BankQuestionFieldsFragment> = [
    {
      title: "题干",
      dataIndex: "stem",
      render: (_, q) => (
        <div>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: q.stem }} style={{ marginBottom: 4 }}>
            {q.stem}
          </Typography.Paragraph>
          {meta(q)}
        </div>
      ),
    },
    { title: "分类", dataIndex: "category", width: 180, render: (c: string) => <Typography.Text type="secondary">{c}</Typography.Text> },
    { title: "答案", width: 130, render: (_, q) => <Typography.Text ellipsis={{ tooltip: true }}>{formatAnswer(q.type, q.answer)}</Typography.Text> },
    { title: "操作", width: 190, render: (_, q) => <Space size={0}>{actions(q)}</Space> },
  ];

  const filters = (
    <Flex wrap gap={8} style={{ marginBottom: 12 }}>
      {desktop ? null : (
        <TreeSelect
          allowClear
          treeData={tree}
          value={category ?? undefined}
          onChange={(v) => setFilter("category", (v as string | undefined) ?? null)}
          placeholder="全部分类"
          aria-label="分类"
          style={{ flex: "1 1 100%" }}
          treeDefaultExpandAll
        />
      )}
      <Input.Search
        allowClear
        value={searchText}
        onChange={(e) => setSearchText(e.target.value)}
        onSearch={(v) => setFilter("q", v.trim() || null)}
        placeholder="搜索题干或依据"
        aria-label="搜索试题"
        style={{ flex: "2 1 220px" }}
      />
      <Select
        allowClear
        value={type ?? undefined}
        onChange={(v) => setFilter("type", v ?? null)}
        placeholder="全部题型"
        aria-label="题型筛选"
        options={QUESTION_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
        style={{ flex: "1 1 120px" }}
      />
      <Select
        allowClear
        value={difficulty ?? undefined}
        onChange={(v) => setFilter("difficulty", v === undefined ? null : String(v))}
        placeholder="全部难度"
        aria-label="难度筛选"
        options={[1, 2, 3, 4, 5].map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))}
        style={{ flex: "1 1 120px" }}
      />
      <Flex align="center" gap={6}>
        <Switch size="small" checked={includeRetired} onChange={(v) => setFilter("retired", v ? "1" : null)} aria-label="含已停用" />
        <Typography.Text>含已停用</Typography.Text>
      </Flex>
    </Flex>
  );

  const pager = (
    <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">第 {cursors.length} 页</Typography.Text>
      <Space>
        <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          上一页
        </Button>
        <Button
          disabled={!pageInfo?.hasNextPage}
          onClick={() => pageInfo?.endCursor && setCursors([...cursors, pageInfo.endCursor])}
          data-testid="questions-next"
        >
          下一页
        </Button>
      </Space>
    </Flex>
  );

  const loading = result.fetching && !result.data;
  const list = loading ? (
    <Skeleton active paragraph={{ rows: 6 }} />
  ) : rows.length === 0 ? (
    <Empty description={category || type || difficulty || search ? "没有符合条件的试题" : "题库还没有试题"} />
  ) : desktop ? (
    <Table
      rowKey="id"
      tableLayout="fixed"
      columns={columns}
      dataSource={rows}
      pagination={false}
      size="middle"
      expandable={{ expandedRowRender: details, columnWidth: 40 }}
      data-testid="questions-table"
    />
  ) : (
    <List
      dataSource={rows}
      data-testid="questions-list"
      renderItem={(q) => (
        <List.Item key={q.id} style={{ display: "block", paddingInline: 0 }} data-testid="question-item">
          <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginBottom: 4 }}>
            {q.stem}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {q.category} · 答案 {formatAnswer(q.type, q.answer)}
          </Typography.Text>
          <div style={{ marginTop: 4 }}>{meta(q)}</div>
          {expanded.has(q.id) ? <div style={{ marginTop: 8 }}>{details(q)}</div> : null}
          <Flex wrap style={{ marginTop: 4, marginInlineStart: -8 }}>
            <Button type="link" size="small" onClick={() => toggleExpanded(q.id)}>
              {expanded.has(q.id) ? "收起" : "详情"}
            </Button>
            {actions(q)}
          </Flex>
        </List.Item>
      )}
    />
  );

  return (
    <div data-testid="bank-questions">
      <PageHeader
        title="题库"
        subTitle="按分类、题型、难度浏览和维护试题"
        extra={
          <>
            <Button icon={<UploadOutlined />} onClick={() => navigate("/bank/import")}>
              批量导入
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ question: null })} data-testid="question-new">
              新建试题
            </Button>
          </>
        }
      />
      <QueryError error={result.error ?? counts.error} />
      <Flex gap={16} align="flex-start">
        {desktop ? (
          <Card size="small" title="分类" style={{ width: 260, flex: "none" }} data-testid="category-tree">
            {counts.fetching && !counts.data ? (
              <Skeleton active />
            ) : tree.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无分类" />
            ) : (
              <>
                <Button type={category ? "text" : "link"} size="small" onClick={() => setFilter("category", null)} style={{ marginBottom: 4 }}>
                  全部分类
                </Button>
                <Tree
                  treeData={tree}
                  selectedKeys={category ? [category] : []}
                  defaultExpandAll
                  blockNode
                  onSelect={(keys) => setFilter("category", (keys[0] as string | undefined) ?? null)}
                />
              </>
            )}
          </Card>
        ) : null}
        <Card size="small" style={{ flex: 1, minWidth: 0 }} styles={{ body: { padding: desktop ? 16 : 12 } }}>
          {filters}
          {list}
          {rows.length > 0 || cursors.length > 1 ? pager : null}
        </Card>
      </Flex>
      <QuestionEditor
        open={editing !== null}
        question={editing?.question ?? null}
        categories={categories}
        defaultCategory={category ?? undefined}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
      <CorrectKeyModal
        question={correcting}
        onClose={() => setCorrecting(null)}
        onDone={() => {
          setCorrecting(null);
          reload();
        }}
      />
    </div>
  );
}
