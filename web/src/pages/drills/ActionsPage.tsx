import { App, Button, Card, Empty, Flex, Form, Input, List, Modal, Popconfirm, Segmented, Skeleton, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useCallback, useMemo, useState } from "react";
import { useClient, useMutation, useQuery } from "urql";
import { hasRole } from "../../access";
import { QueryError, useUserErrors } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import { errorText, operationErrorText } from "../../components/userErrors";
import type { ActionItemFieldsFragment, ActionStatus } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { actionItemsQuery, updateActionItemMutation } from "../../services/drills";
import { useMe } from "../../services/session";
import { dueText, nextMoves, sortActions, type ActionMove } from "./actions";
import { formatDate, formatDateTime, today } from "./format";
import { useMorePages, type Page } from "./usePages";
import { ACTION_SOURCE_LABELS, ACTION_STATUS_COLORS, ACTION_STATUS_LABELS } from "./labels";

type Item = ActionItemFieldsFragment;
const PAGE = 100;
const STATUSES: ActionStatus[] = ["OPEN", "IN_PROGRESS", "DONE", "VERIFIED"];

function useActionList(status: ActionStatus | null, overdue: boolean | null) {
  const client = useClient();
  const [result, reexecute] = useQuery({
    query: actionItemsQuery,
    variables: { status, overdue, first: PAGE },
    requestPolicy: "cache-and-network",
  });
  const connection = result.data?.actionItems;
  const first: Page<Item> | null = connection
    ? { nodes: connection.edges.map((e) => e.node), ...connection.pageInfo, endCursor: connection.pageInfo.endCursor ?? null }
    : null;
  const fetchPage = useCallback(
    async (after: string | null): Promise<Page<Item> | null> => {
      const r = await client
        .query(actionItemsQuery, { status, overdue, first: PAGE, after }, { requestPolicy: "network-only" })
        .toPromise();
      if (r.error) throw r.error;
      const c = r.data?.actionItems;
      return c ? { nodes: c.edges.map((e) => e.node), hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor ?? null } : null;
    },
    [client, status, overdue],
  );
  const pages = useMorePages(`${status}:${overdue}`, first, fetchPage);
  return {
    items: pages.nodes,
    hasMore: pages.hasNextPage,
    loading: !result.data && result.fetching,
    fetching: pages.loading,
    error: result.error ?? pages.error,
    more: () => void pages.loadMore(),
    reload: () => reexecute({ requestPolicy: "network-only" }),
  };
}

/** 提交整改: the evidence of what was done. */
function EvidenceModal({ item, onClose, onDone }: { item: Item | null; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ evidence: string }>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching }, update] = useMutation(updateActionItemMutation);
  const { message } = App.useApp();

  async function onFinish({ evidence }: { evidence: string }) {
    if (!item) return;
    clear();
    const result = await update({ input: { id: item.id, status: "DONE", evidence } });
    if (result.error) return showError(result.error);
    const payload = result.data?.updateActionItem;
    if (!payload || showUserErrors(payload.userErrors)) return;
    message.success("已提交整改");
    onDone();
  }

  return (
    <Modal
      open={item !== null}
      title="提交整改"
      okText="提交"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      {alert}
      <Typography.Paragraph type="secondary">{item?.title}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item label="整改情况" name="evidence" rules={[{ required: true, message: "请说明整改情况" }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} placeholder="已完成的整改措施、佐证材料说明…" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function ActionsPage() {
  const me = useMe();
  const desktop = useDesktop();
  const { message } = App.useApp();
  const canVerify = hasRole(me.roles, "LEADER", "TRAINER", "ADMIN");
  const [status, setStatus] = useState<ActionStatus | null>(null);
  // The overdue ones first (all of them, however long the list), then every item. Not
  // overdue: false, which the server answers with too few items (see the report).
  const late = useActionList(status, true);
  const onTime = useActionList(status, null);
  const [evidenceFor, setEvidenceFor] = useState<Item | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [, update] = useMutation(updateActionItemMutation);
  const day = today();

  const items = useMemo(() => sortActions([...late.items, ...onTime.items]), [late.items, onTime.items]);
  const loading = late.loading || onTime.loading;

  async function move(item: Item, step: ActionMove) {
    if (step.needsEvidence) return setEvidenceFor(item);
    setMoving(item.id);
    const result = await update({ input: { id: item.id, status: step.target } });
    setMoving(null);
    if (result.error) return void message.error(operationErrorText(result.error));
    const errors = result.data?.updateActionItem.userErrors ?? [];
    if (errors.length > 0) return void message.error(errors.map(errorText).join("；"));
    message.success(`已${step.label}`);
  }

  function reloadAll() {
    late.reload();
    onTime.reload();
  }

  function moves(item: Item) {
    return nextMoves(item.status, canVerify).map((step) =>
      step.danger ? (
        <Popconfirm key={step.target} title={`确定${step.label}？`} okText="确定" cancelText="取消" onConfirm={() => move(item, step)}>
          <Button size="small" danger loading={moving === item.id}>
            {step.label}
          </Button>
        </Popconfirm>
      ) : (
        <Button
          key={step.target}
          size="small"
          type={step.target === "VERIFIED" || step.target === "DONE" ? "primary" : "default"}
          loading={moving === item.id}
          onClick={() => move(item, step)}
        >
          {step.label}
        </Button>
      ),
    );
  }

  function due(item: Item) {
    const open = item.status === "OPEN" || item.status === "IN_PROGRESS";
    return (
      <Flex vertical gap={0}>
        <span>{formatDate(item.dueDate)}</span>
        {open ? (
          <Typography.Text type={item.overdue ? "danger" : "secondary"} style={{ fontSize: 12 }} data-testid="action-due">
            {dueText(item.dueDate, day)}
          </Typography.Text>
        ) : null}
      </Flex>
    );
  }

  function statusTags(item: Item) {
    return (
      <Flex wrap gap={4}>
        <Tag color={ACTION_STATUS_COLORS[item.status]} data-testid="action-status">
          {ACTION_STATUS_LABELS[item.status]}
        </Tag>
        {item.overdue ? <Tag color="red">已逾期</Tag> : null}
      </Flex>
    );
  }

  function details(item: Item) {
    return (
      <Flex vertical gap={4}>
        {item.description ? <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{item.description}</Typography.Text> : null}
        {item.assignee ? <Typography.Text type="secondary">责任人：{item.assignee.name}</Typography.Text> : null}
        {item.evidence ? <Typography.Text type="secondary">整改情况：{item.evidence}</Typography.Text> : null}
        {item.completedAt ? <Typography.Text type="secondary">完成于 {formatDateTime(item.completedAt)}</Typography.Text> : null}
      </Flex>
    );
  }

  const columns: TableColumnsType<Item> = [
    {
      title: "整改事项",
      render: (_, item) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{item.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            来源：{ACTION_SOURCE_LABELS[item.source]}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: "责任单位", width: 180, render: (_, item) => item.ownerUnit.name },
    { title: "期限", width: 120, render: (_, item) => due(item) },
    { title: "状态", width: 140, render: (_, item) => statusTags(item) },
    { title: "操作", width: 200, render: (_, item) => <Flex wrap gap={6}>{moves(item)}</Flex> },
  ];

  let body;
  if (loading) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (items.length === 0) body = <Empty description="暂无整改事项" />;
  else if (desktop) {
    body = (
      <Table<Item>
        rowKey="id"
        columns={columns}
        dataSource={items}
        pagination={false}
        size="middle"
        data-testid="action-table"
        onRow={(item) => ({ "data-testid": "action-item", "data-overdue": item.overdue }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          rowExpandable: (item) => !!(item.description || item.evidence || item.assignee),
          expandedRowRender: details,
        }}
      />
    );
  } else {
    body = (
      <List
        dataSource={items}
        renderItem={(item) => (
          <List.Item style={{ padding: "0 0 12px", border: "none" }}>
            <Card
              size="small"
              style={{ width: "100%", borderColor: item.overdue ? "#ffa39e" : undefined }}
              data-testid="action-item"
              data-overdue={item.overdue}
            >
              <Flex vertical gap={6}>
                <Flex justify="space-between" gap={8} align="start">
                  <Typography.Text strong>{item.title}</Typography.Text>
                  {statusTags(item)}
                </Flex>
                <Typography.Text type="secondary">
                  {item.ownerUnit.name} · 来源：{ACTION_SOURCE_LABELS[item.source]}
                </Typography.Text>
                {due(item)}
                {details(item)}
                <Flex wrap gap={6}>
                  {moves(item)}
                </Flex>
              </Flex>
            </Card>
          </List.Item>
        )}
      />
    );
  }

  const overdueCount = late.items.length;
  return (
    <>
      <PageHeader
        title="整改事项"
        subTitle={overdueCount > 0 ? <Typography.Text type="danger">已逾期 {overdueCount}{late.hasMore ? "+" : ""} 项</Typography.Text> : "逾期事项排在最前"}
      />
      <div style={{ marginBottom: 16, overflowX: "auto" }}>
        <Segmented
          data-testid="action-status-filter"
          value={status ?? "ALL"}
          onChange={(v) => setStatus(v === "ALL" ? null : (v as ActionStatus))}
          options={[{ label: "全部", value: "ALL" }, ...STATUSES.map((s) => ({ label: ACTION_STATUS_LABELS[s], value: s }))]}
        />
      </div>
      <QueryError error={late.error ?? onTime.error} />
      {body}
      {late.hasMore || onTime.hasMore ? (
        <Flex justify="center" gap={8} style={{ marginTop: 16 }}>
          {late.hasMore ? (
            <Button onClick={late.more} loading={late.fetching}>
              更多逾期事项
            </Button>
          ) : null}
          {onTime.hasMore ? (
            <Button onClick={onTime.more} loading={onTime.fetching}>
              加载更多
            </Button>
          ) : null}
        </Flex>
      ) : null}
      <EvidenceModal
        item={evidenceFor}
        onClose={() => setEvidenceFor(null)}
        onDone={() => {
          setEvidenceFor(null);
          reloadAll();
        }}
      />
    </>
  );
}
