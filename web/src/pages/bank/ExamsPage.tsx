// 考试管理: the exams the trainer may see, by status, with their progress.
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, List, Progress, Segmented, Skeleton, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { BankExamsQuery, ExamStatus } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { bankExamsQuery } from "../../services/bank";
import { STATUS_COLORS, STATUS_LABELS } from "./logic";

type ExamRow = BankExamsQuery["exams"]["edges"][number]["node"];

const STATUSES: (ExamStatus | "ALL")[] = ["ALL", "DRAFT", "SCHEDULED", "OPEN", "CLOSED", "CANCELLED"];
const EXAM_CONTEXT = { additionalTypenames: ["Exam"] };

export function formatWindow(opensAt: string, closesAt: string): string {
  return `${dayjs(opensAt).format("YYYY-MM-DD HH:mm")} 至 ${dayjs(closesAt).format("MM-DD HH:mm")}`;
}

export function ExamStatusTag({ status }: { status: ExamStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="exam-status">
      {STATUS_LABELS[status]}
    </Tag>
  );
}

function ProgressText({ exam }: { exam: ExamRow }) {
  const p = exam.progress;
  if (!p || exam.status === "DRAFT") return <Typography.Text type="secondary">—</Typography.Text>;
  const percent = p.audience > 0 ? Math.round((p.submitted / p.audience) * 100) : 0;
  return (
    <div style={{ minWidth: 140 }}>
      <Progress percent={percent} size="small" showInfo={false} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        已交 {p.submitted} / 应考 {p.audience}
        {p.inProgress > 0 ? ` · 答题中 ${p.inProgress}` : ""}
      </Typography.Text>
    </div>
  );
}

export default function ExamsPage() {
  const desktop = useDesktop();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = (params.get("status") as ExamStatus | null) ?? null;
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [result] = useQuery({
    query: bankExamsQuery,
    variables: { first: 100, after: cursors[cursors.length - 1], status },
    context: EXAM_CONTEXT,
    requestPolicy: "cache-and-network",
  });
  // The API lists exams oldest first: the newest on top reads better.
  const rows = [...(result.data?.exams.edges.map((e) => e.node) ?? [])].reverse();
  const pageInfo = result.data?.exams.pageInfo;
  const open = (exam: ExamRow) => navigate(`/bank/exams/${encodeURIComponent(exam.id)}`);

  const columns: ColumnsType<ExamRow> = [
    {
      title: "考试",
      render: (_, e) => (
        <div>
          <Link to={`/bank/exams/${encodeURIComponent(e.id)}`}>{e.title}</Link>
          {e.practice ? <Tag style={{ marginInlineStart: 8 }}>练习</Tag> : null}
        </div>
      ),
    },
    { title: "状态", width: 90, render: (_, e) => <ExamStatusTag status={e.status} /> },
    { title: "考试时间", width: 260, render: (_, e) => formatWindow(e.opensAt, e.closesAt) },
    { title: "时长", width: 80, render: (_, e) => `${e.durationMinutes} 分钟` },
    { title: "进度", width: 200, render: (_, e) => <ProgressText exam={e} /> },
  ];

  return (
    <div data-testid="bank-exams">
      <PageHeader
        title="考试管理"
        subTitle="组卷、发布、查看进度、阅卷与成绩分析"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/bank/exams/new")} data-testid="exam-new">
            新建考试
          </Button>
        }
      />
      <div style={{ overflowX: "auto", marginBottom: 12 }}>
        <Segmented
          value={status ?? "ALL"}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            if (v === "ALL") next.delete("status");
            else next.set("status", String(v));
            setParams(next, { replace: true });
            setCursors([null]);
          }}
          options={STATUSES.map((s) => ({ value: s, label: s === "ALL" ? "全部" : STATUS_LABELS[s] }))}
        />
      </div>
      <QueryError error={result.error} />
      <Card size="small">
        {result.fetching && !result.data ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : rows.length === 0 ? (
          <Empty description="没有考试" />
        ) : desktop ? (
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            pagination={false}
            onRow={(e) => ({ onClick: () => open(e), style: { cursor: "pointer" } })}
            data-testid="exams-table"
          />
        ) : (
          <List
            dataSource={rows}
            data-testid="exams-list"
            renderItem={(e) => (
              <List.Item key={e.id} onClick={() => open(e)} style={{ display: "block", cursor: "pointer", paddingInline: 0 }} data-testid="exam-item">
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>{e.title}</Typography.Text>
                  <ExamStatusTag status={e.status} />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatWindow(e.opensAt, e.closesAt)} · {e.durationMinutes} 分钟
                </Typography.Text>
                <ProgressText exam={e} />
              </List.Item>
            )}
          />
        )}
        {pageInfo?.hasNextPage || cursors.length > 1 ? (
          <Flex justify="flex-end" gap={8} style={{ marginTop: 12 }}>
            <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              上一页
            </Button>
            <Button disabled={!pageInfo?.hasNextPage} onClick={() => pageInfo?.endCursor && setCursors([...cursors, pageInfo.endCursor])}>
              下一页
            </Button>
          </Flex>
        ) : null}
      </Card>
    </div>
  );
}
