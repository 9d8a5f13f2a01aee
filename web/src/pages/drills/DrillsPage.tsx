import { EnvironmentOutlined, ClockCircleOutlined } from "@ant-design/icons";
import { Badge, Button, Card, Empty, Flex, List, Segmented, Skeleton, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useCallback, useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { useClient, useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { DrillStatus, DrillsListQuery } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { drillsListQuery } from "../../services/drills";
import { DrillStatusTag } from "./DrillStatusTag";
import { drillPath, formatDateTime } from "./format";
import { useMorePages, type Page } from "./usePages";
import {
  DRILL_STATUS_LABELS,
  DRILL_STATUS_ORDER,
  DRILL_TYPE_LABELS,
  PARTICIPANT_ROLE_LABELS,
} from "./labels";

type Drill = DrillsListQuery["drills"]["edges"][number]["node"];
const PAGE = 50;

function isStatus(value: string | null): value is DrillStatus {
  return !!value && (DRILL_STATUS_ORDER as string[]).includes(value);
}

/** All: in progress first, then by status, the latest first within each. */
function ordered(drills: Drill[]): Drill[] {
  return [...drills].sort((a, b) => {
    const sa = DRILL_STATUS_ORDER.indexOf(a.status);
    const sb = DRILL_STATUS_ORDER.indexOf(b.status);
    if (sa !== sb) return sa - sb;
    return a.scheduledAt < b.scheduledAt ? 1 : a.scheduledAt > b.scheduledAt ? -1 : 0;
  });
}

/** Others' comments the user has not read yet. */
function Unread({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <Tooltip title={`${count} 条未读评论`}>
      <Badge count={count} size="small" data-testid="drill-unread" aria-label={`${count} 条未读评论`} />
    </Tooltip>
  );
}

function Participants({ drill }: { drill: Drill }) {
  return (
    <Flex wrap gap={4}>
      {drill.participants.map((p) => (
        <Tag key={p.unit.id} bordered={false} color={p.role === "LEAD" ? "geekblue" : undefined}>
          {p.unit.name}
          {p.role === "LEAD" ? `（${PARTICIPANT_ROLE_LABELS.LEAD}）` : ""}
        </Tag>
      ))}
    </Flex>
  );
}

export default function DrillsPage() {
  const desktop = useDesktop();
  const [params, setParams] = useSearchParams();
  const raw = params.get("status");
  const status = isStatus(raw) ? raw : null;
  const client = useClient();
  const [{ data, fetching, error }] = useQuery({
    query: drillsListQuery,
    variables: { status, first: PAGE },
    requestPolicy: "cache-and-network",
  });
  const firstPage: Page<Drill> | null = data
    ? {
        nodes: data.drills.edges.map((e) => e.node),
        hasNextPage: data.drills.pageInfo.hasNextPage,
        endCursor: data.drills.pageInfo.endCursor ?? null,
      }
    : null;
  const fetchPage = useCallback(
    async (after: string | null): Promise<Page<Drill> | null> => {
      const r = await client.query(drillsListQuery, { status, first: PAGE, after }, { requestPolicy: "network-only" }).toPromise();
      if (r.error) throw r.error;
      const c = r.data?.drills;
      return c ? { nodes: c.edges.map((e) => e.node), hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor ?? null } : null;
    },
    [client, status],
  );
  const pages = useMorePages(status ?? "ALL", firstPage, fetchPage);
  const drills = useMemo(() => ordered(pages.nodes), [pages.nodes]);
  const hasMore = pages.hasNextPage;

  const filter = (
    <Segmented
      data-testid="drill-status-filter"
      value={status ?? "ALL"}
      onChange={(value) => {
        setParams(value === "ALL" ? {} : { status: String(value) }, { replace: true });
      }}
      options={[
        { label: "全部", value: "ALL" },
        ...DRILL_STATUS_ORDER.map((s) => ({ label: DRILL_STATUS_LABELS[s], value: s })),
      ]}
      style={{ maxWidth: "100%", overflowX: "auto" }}
    />
  );

  const columns: TableColumnsType<Drill> = [
    {
      title: "演练名称",
      dataIndex: "title",
      width: "26%",
      render: (_, drill) => (
        <Flex gap={6} align="center" wrap>
          <Link to={drillPath(drill.id)} data-testid="drill-link">
            {drill.title}
          </Link>
          <Unread count={drill.unreadCommentCount} />
        </Flex>
      ),
    },
    { title: "类型", dataIndex: "type", width: 96, render: (_, d) => DRILL_TYPE_LABELS[d.type] },
    { title: "状态", dataIndex: "status", width: 88, render: (_, d) => <DrillStatusTag status={d.status} /> },
    { title: "时间", dataIndex: "scheduledAt", width: 150, render: (_, d) => formatDateTime(d.scheduledAt) },
    { title: "组织单位", width: 140, render: (_, d) => d.organizer.name },
    { title: "参演单位", render: (_, d) => <Participants drill={d} /> },
    {
      title: "操作",
      width: 130,
      render: (_, d) => (
        <Space size={4}>
          <Link to={drillPath(d.id)}>查看</Link>
          {d.status !== "PLANNED" && d.status !== "CANCELLED" ? <Link to={drillPath(d.id, "report")}>报告</Link> : null}
        </Space>
      ),
    },
  ];

  const more = hasMore ? (
    <Flex justify="center" style={{ marginTop: 16 }}>
      <Button onClick={() => void pages.loadMore()} loading={pages.loading}>
        加载更多
      </Button>
    </Flex>
  ) : null;

  let body;
  if (!data && fetching) {
    body = <Skeleton active paragraph={{ rows: 6 }} />;
  } else if (drills.length === 0) {
    body = <Empty description={status ? `没有${DRILL_STATUS_LABELS[status]}的演练` : "暂无演练"} />;
  } else if (desktop) {
    body = (
      <Table<Drill>
        rowKey="id"
        columns={columns}
        dataSource={drills}
        pagination={false}
        size="middle"
        data-testid="drill-table"
      />
    );
  } else {
    body = (
      <List
        dataSource={drills}
        data-testid="drill-cards"
        renderItem={(drill) => (
          <List.Item style={{ padding: "0 0 12px", border: "none" }}>
            <Card size="small" style={{ width: "100%" }} data-testid="drill-card">
              <Flex vertical gap={6}>
                <Flex justify="space-between" align="start" gap={8}>
                  <Link to={drillPath(drill.id)} data-testid="drill-link" style={{ fontWeight: 600 }}>
                    {drill.title}
                  </Link>
                  <Flex gap={4} align="center" style={{ flex: "none" }}>
                    <Unread count={drill.unreadCommentCount} />
                    <DrillStatusTag status={drill.status} />
                  </Flex>
                </Flex>
                <Typography.Text type="secondary">
                  <ClockCircleOutlined /> {formatDateTime(drill.scheduledAt)} · {DRILL_TYPE_LABELS[drill.type]}
                </Typography.Text>
                {drill.location ? (
                  <Typography.Text type="secondary">
                    <EnvironmentOutlined /> {drill.location}
                  </Typography.Text>
                ) : null}
                <Typography.Text type="secondary">组织：{drill.organizer.name}</Typography.Text>
                <Participants drill={drill} />
              </Flex>
            </Card>
          </List.Item>
        )}
      />
    );
  }

  return (
    <>
      <PageHeader
        title="演练"
        subTitle="演练安排、评分、领导点评与整改"
        extra={<Link to="/drills/actions">整改事项</Link>}
      />
      <div style={{ marginBottom: 16, overflowX: "auto" }}>{filter}</div>
      <QueryError error={error ?? pages.error} />
      {body}
      {more}
    </>
  );
}
