import { EditOutlined, FileTextOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Tabs, Tag } from "antd";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery, useSubscription } from "urql";
import { hasRole } from "../../access";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import { operationErrorText } from "../../components/userErrors";
import { errorCode } from "../../services/client";
import type { DrillCommentFieldsFragment, DrillDetailQuery } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import {
  drillCommentsSubscription,
  drillDetailQuery,
  drillScoresQuery,
  markDrillCommentsReadMutation,
} from "../../services/drills";
import { useMe } from "../../services/session";
import { ActionItemModal, type UnitOption } from "./ActionItemModal";
import type { ComposeRequest, TaskOption } from "./CommentForm";
import { CommentStream } from "./CommentStream";
import { countByTask, mergeComments, newCommentIds, type StreamFilter } from "./comments";
import { DrillStatusTag } from "./DrillStatusTag";
import { drillPath, formatDateTime } from "./format";
import { DRILL_TYPE_LABELS, PARTICIPANT_ROLE_LABELS } from "./labels";
import { RubricPanel } from "./RubricPanel";
import { ScorePanel } from "./ScorePanel";
import { useOnReconnect } from "./useLiveStatus";

type Comment = DrillCommentFieldsFragment;
type Drill = Extract<NonNullable<DrillDetailQuery["node"]>, { __typename?: "Drill" }>;

function isDrill(node: DrillDetailQuery["node"] | undefined): node is Drill {
  return !!node && node.__typename === "Drill";
}

/** The units a corrective action may go to: the organiser and the participants. */
function drillUnits(drill: Drill): UnitOption[] {
  const units = new Map<string, UnitOption>();
  for (const p of drill.participants) units.set(p.unit.id, p.unit);
  units.set(drill.organizer.id, drill.organizer);
  return [...units.values()];
}

function drillTasks(drill: Drill): TaskOption[] {
  return [...drill.rubric, ...drill.coordination].flatMap((s) =>
    s.tasks.map((t) => ({ key: t.key, title: t.title, section: s.title })),
  );
}

export default function DrillPage() {
  const { id = "" } = useParams();
  const me = useMe();
  const desktop = useDesktop();
  const navigate = useNavigate();
  const [{ data, fetching, error, stale }, reload] = useQuery({
    query: drillDetailQuery,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const [scores] = useQuery({ query: drillScoresQuery, variables: { id }, requestPolicy: "cache-and-network" });
  // Every comment posted on this drill from now on, as it is posted.
  const [live, resubscribe] = useSubscription(
    { query: drillCommentsSubscription, variables: { drillId: id } },
    (previous: Comment[] = [], event) => [...previous, event.drillComments],
  );
  const [local, setLocal] = useState<Comment[]>([]);
  const [request, setRequest] = useState<ComposeRequest | null>(null);
  const [filter, setFilter] = useState<StreamFilter>({ kind: "all" });
  const [tab, setTab] = useState("comments");
  const [actionOpen, setActionOpen] = useState(false);

  const refetch = useCallback(() => reload({ requestPolicy: "network-only" }), [reload]);
  const liveStatus = useOnReconnect(refetch);

  const comments = useMemo(
    () => mergeComments(data?.drillCommentsList ?? [], [...(live.data ?? []), ...local]),
    [data, live.data, local],
  );
  const drill = isDrill(data?.node) ? data.node : null;
  const tasks = useMemo(() => (drill ? drillTasks(drill) : []), [drill]);
  const units = useMemo(() => (drill ? drillUnits(drill) : []), [drill]);
  const counts = useMemo(() => countByTask(comments), [comments]);
  const onLocal = useCallback((c: Comment) => setLocal((list) => [...list, c]), []);

  // Read markers: what was unread when the page opened shows as new; the page marks the
  // drill's comments read on opening and again as others' comments arrive while it is open.
  const [, markRead] = useMutation(markDrillCommentsReadMutation);
  const [unreadAtOpen, setUnreadAtOpen] = useState<Set<string> | null>(null);
  const drillId = drill?.id;
  useEffect(() => {
    if (!drillId || !data || stale || unreadAtOpen !== null || !drill) return;
    setUnreadAtOpen(newCommentIds(data.drillCommentsList, drill.unreadCommentCount, me.id));
    void markRead({ input: { drillId } });
  }, [drillId, data, stale, unreadAtOpen, drill, me.id, markRead]);
  const liveFromOthers = useMemo(() => (live.data ?? []).filter((c) => c.author.id !== me.id), [live.data, me.id]);
  const marked = useRef(0);
  useEffect(() => {
    if (!drillId || liveFromOthers.length === marked.current) return;
    marked.current = liveFromOthers.length;
    const timer = setTimeout(() => void markRead({ input: { drillId } }), 1000);
    return () => clearTimeout(timer);
  }, [drillId, liveFromOthers.length, markRead]);
  const newIds = useMemo(() => {
    const ids = new Set(unreadAtOpen ?? []);
    for (const c of liveFromOthers) ids.add(c.id);
    return ids;
  }, [unreadAtOpen, liveFromOthers]);

  if (!data && fetching) return <Skeleton active paragraph={{ rows: 8 }} />;
  const missing = errorCode(error) === "NOT_FOUND" || errorCode(error) === "FORBIDDEN";
  if (error && !data && !missing) return <QueryError error={error} />;
  if (!drill) {
    return (
      <div data-testid="drill-not-found">
        <Result status="404" title="演练不存在或无权查看" extra={<Link to="/drills">返回演练列表</Link>} />
      </div>
    );
  }

  const isEvaluator = hasRole(me.roles, "EVALUATOR");
  const canPlanActions = hasRole(me.roles, "LEADER", "TRAINER", "ADMIN");
  const report = scores.data?.drillReport;
  const liveError = live.error ? operationErrorText(live.error) : null;

  const info = (
    <Card size="small">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: "type", label: "类型", children: DRILL_TYPE_LABELS[drill.type] },
          { key: "at", label: "时间", children: formatDateTime(drill.scheduledAt) },
          { key: "where", label: "地点", children: drill.location ?? "—" },
          { key: "org", label: "组织单位", children: drill.organizer.name },
          {
            key: "units",
            label: "参演单位",
            children: (
              <Flex wrap gap={4}>
                {drill.participants.map((p) => (
                  <Tag key={p.unit.id} bordered={false} color={p.role === "LEAD" ? "geekblue" : undefined}>
                    {p.unit.name}（{PARTICIPANT_ROLE_LABELS[p.role]}）
                  </Tag>
                ))}
              </Flex>
            ),
          },
          ...(drill.startedAt ? [{ key: "start", label: "开始", children: formatDateTime(drill.startedAt) }] : []),
          ...(drill.completedAt ? [{ key: "end", label: "结束", children: formatDateTime(drill.completedAt) }] : []),
        ]}
      />
    </Card>
  );

  const stream = (
    <CommentStream
      drillId={drill.id}
      comments={comments}
      tasks={tasks}
      units={units}
      closed={drill.status === "CANCELLED"}
      live={{
        status: liveStatus,
        error: liveError,
        onRetry: () => {
          resubscribe({ requestPolicy: "network-only" });
          refetch();
        },
      }}
      request={request}
      filter={filter}
      onFilter={setFilter}
      onLocal={onLocal}
      newIds={newIds}
    />
  );
  const scorePanel = (
    <>
      <QueryError error={scores.error} />
      <ScorePanel
        loading={!scores.data && scores.fetching}
        score={report?.score}
        maxScore={report?.maxScore}
        units={report?.units ?? []}
        coordination={report?.coordination}
      />
    </>
  );
  const rubric = (
    <RubricPanel
      rubric={drill.rubric}
      coordination={drill.coordination}
      commentCounts={counts}
      onComment={
        drill.status === "CANCELLED"
          ? undefined
          : (taskKey) => {
              setRequest({ taskKey, nonce: Date.now() });
              setTab("comments");
            }
      }
      onShowComments={(taskKey) => {
        setFilter({ kind: "task", taskKey });
        setTab("comments");
      }}
    />
  );

  const extra = (
    <>
      {isEvaluator && (drill.status === "IN_PROGRESS" || drill.status === "COMPLETED") ? (
        <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(drillPath(drill.id, "evaluate"))}>
          评分
        </Button>
      ) : null}
      {canPlanActions && drill.status !== "CANCELLED" ? (
        <Button icon={<PlusOutlined />} onClick={() => setActionOpen(true)}>
          整改事项
        </Button>
      ) : null}
      {drill.status !== "PLANNED" && drill.status !== "CANCELLED" ? (
        <Button icon={<FileTextOutlined />} onClick={() => navigate(drillPath(drill.id, "report"))}>
          评估报告
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader
        title={drill.title}
        subTitle={
          <Flex wrap gap={8} align="center" component="span">
            <DrillStatusTag status={drill.status} />
            <span>{DRILL_TYPE_LABELS[drill.type]}</span>
          </Flex>
        }
        extra={extra}
      />
      <Flex vertical gap={16}>
        {info}
        {desktop ? (
          <Row gutter={16}>
            <Col span={14}>
              <Flex vertical gap={16}>
                <Card title="各单位得分" size="small">
                  {scorePanel}
                </Card>
                <Card title="评估细则" size="small">
                  {rubric}
                </Card>
              </Flex>
            </Col>
            <Col span={10}>
              <Card title="点评与评论" size="small">
                {stream}
              </Card>
            </Col>
          </Row>
        ) : (
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: "comments", label: `点评（${comments.length}）`, children: stream },
              { key: "scores", label: "得分", children: scorePanel },
              { key: "rubric", label: "评估细则", children: rubric },
            ]}
          />
        )}
      </Flex>
      <ActionItemModal open={actionOpen} drillId={drill.id} units={units} onClose={() => setActionOpen(false)} />
    </>
  );
}
