import { Alert, Avatar, Badge, Button, Empty, Flex, Segmented, Select, Space, Tag, Tooltip, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { hasRole } from "../../access";
import type { DrillCommentFieldsFragment } from "../../gql/graphql";
import { useMe } from "../../services/session";
import { ActionItemModal, type UnitOption } from "./ActionItemModal";
import { CommentForm, EditCommentForm, type ComposeRequest, type TaskOption } from "./CommentForm";
import { filterThreads, threadComments, type StreamFilter } from "./comments";
import { authorName, authorUnit, formatDateTime } from "./format";
import type { LiveStatus } from "../../services/client";

type Comment = DrillCommentFieldsFragment;

type Props = {
  drillId: string;
  comments: Comment[];
  tasks: TaskOption[];
  units: UnitOption[];
  /** The drill takes no comments (cancelled). */
  closed?: boolean;
  live: { status: LiveStatus; error?: string | null; onRetry: () => void };
  request: ComposeRequest | null;
  filter: StreamFilter;
  onFilter: (filter: StreamFilter) => void;
  /** A comment this page posted or edited: shown at once, before (or without) the live event. */
  onLocal: (comment: Comment) => void;
  /** Comments to show as new (unread when the page opened, or arrived since). */
  newIds?: Set<string>;
};

const LIVE_TEXT: Record<LiveStatus, { text: string; status: "success" | "processing" | "default" | "error" }> = {
  idle: { text: "未连接", status: "default" },
  connecting: { text: "连接中", status: "processing" },
  connected: { text: "实时更新中", status: "success" },
  closed: { text: "连接已断开", status: "error" },
};

export function LiveBadge({ status, error }: { status: LiveStatus; error?: string | null }) {
  const shown = error ? { text: "实时更新已中断", status: "error" as const } : LIVE_TEXT[status];
  return (
    <span data-testid="live-status" data-status={error ? "error" : status}>
      <Badge status={shown.status} text={shown.text} />
    </span>
  );
}

function CommentItem({
  comment,
  replyTo,
  taskTitle,
  canAct,
  mine,
  isNew,
  onReply,
  onAction,
  onEdit,
}: {
  comment: Comment;
  isNew?: boolean;
  replyTo?: Comment;
  taskTitle?: string;
  canAct: boolean;
  mine: boolean;
  onReply: () => void;
  onAction: () => void;
  onEdit: () => void;
}) {
  const name = authorName(comment.author);
  const unit = authorUnit(comment.author);
  return (
    <Flex gap={10} align="start" data-testid="drill-comment" data-comment-id={comment.id} data-review={comment.isReview}>
      <Avatar style={{ flex: "none", background: comment.isReview ? "#d4380d" : "#1677ff" }}>{name.slice(0, 1)}</Avatar>
      <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Flex wrap gap={6} align="center">
          <Typography.Text strong>{name}</Typography.Text>
          {unit ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {unit}
            </Typography.Text>
          ) : null}
          {comment.isReview ? (
            <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
              领导点评
            </Tag>
          ) : null}
          {isNew ? (
            <Tag color="red" bordered={false} style={{ marginInlineEnd: 0 }} data-testid="comment-new">
              新
            </Tag>
          ) : null}
          {taskTitle ? (
            <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="comment-task">
              {taskTitle}
            </Tag>
          ) : null}
        </Flex>
        <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} data-testid="comment-body">
          {replyTo ? <Typography.Text type="secondary">回复 @{authorName(replyTo.author)}：</Typography.Text> : null}
          {comment.body}
        </Typography.Paragraph>
        <Flex wrap gap={12} align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(comment.createdAt)}
            {comment.editedAt ? (
              <Tooltip title={`修改于 ${formatDateTime(comment.editedAt)}`}>
                <span>（已编辑）</span>
              </Tooltip>
            ) : null}
          </Typography.Text>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={onReply}>
            回复
          </Button>
          {mine ? (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={onEdit}>
              编辑
            </Button>
          ) : null}
          {canAct ? (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={onAction}>
              转整改
            </Button>
          ) : null}
        </Flex>
      </Flex>
    </Flex>
  );
}

/** The drill's comments in threads, the composer, and the live status. */
export function CommentStream({
  drillId,
  comments,
  tasks,
  units,
  closed,
  live,
  request,
  filter,
  onFilter,
  onLocal,
  newIds,
}: Props) {
  const me = useMe();
  const canReview = hasRole(me.roles, "LEADER");
  const canAct = hasRole(me.roles, "LEADER", "TRAINER", "ADMIN");
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [actionFrom, setActionFrom] = useState<Comment | null>(null);
  const taskTitles = useMemo(() => new Map(tasks.map((t) => [t.key, t.title])), [tasks]);
  const threads = useMemo(() => filterThreads(threadComments(comments), filter), [comments, filter]);
  const reviews = comments.filter((c) => c.isReview).length;

  function item(comment: Comment, parent?: Comment) {
    if (editing === comment.id) {
      return (
        <EditCommentForm
          key={comment.id}
          comment={comment}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            onLocal(saved);
          }}
        />
      );
    }
    return (
      <CommentItem
        key={comment.id}
        comment={comment}
        replyTo={parent}
        taskTitle={comment.taskKey ? (taskTitles.get(comment.taskKey) ?? comment.taskKey) : undefined}
        canAct={canAct}
        mine={comment.author.id === me.id}
        isNew={newIds?.has(comment.id)}
        onReply={() => setReplyTo(comment.id)}
        onEdit={() => setEditing(comment.id)}
        onAction={() => setActionFrom(comment)}
      />
    );
  }

  const filterValue = filter.kind === "task" ? `task:${filter.taskKey}` : filter.kind;
  return (
    <Flex vertical gap={16} data-testid="comment-stream">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <LiveBadge status={live.status} error={live.error} />
        <Typography.Text type="secondary">
          共 {comments.length} 条，其中点评 {reviews} 条
        </Typography.Text>
      </Flex>
      {live.error ? (
        <Alert
          type="warning"
          showIcon
          message={live.error}
          action={
            <Button size="small" onClick={live.onRetry}>
              重新连接
            </Button>
          }
        />
      ) : null}
      {closed ? (
        <Alert type="info" showIcon message="该演练已取消，不能再发表评论" />
      ) : (
        <CommentForm
          drillId={drillId}
          canReview={canReview}
          tasks={tasks}
          request={request}
          onPosted={onLocal}
        />
      )}
      <Flex wrap gap={8} align="center">
        <Segmented
          value={filter.kind === "task" ? "task" : filter.kind}
          onChange={(v) => onFilter(v === "reviews" ? { kind: "reviews" } : { kind: "all" })}
          options={[
            { label: "全部", value: "all" },
            { label: "点评", value: "reviews" },
            ...(filter.kind === "task" ? [{ label: "按项目", value: "task" }] : []),
          ]}
        />
        {tasks.length > 0 ? (
          <Select
            size="middle"
            style={{ minWidth: 160, maxWidth: "100%" }}
            allowClear
            placeholder="按评估项目筛选"
            aria-label="按评估项目筛选"
            value={filter.kind === "task" ? filterValue : undefined}
            onChange={(v?: string) => onFilter(v ? { kind: "task", taskKey: v.slice(5) } : { kind: "all" })}
            options={tasks.map((t) => ({ value: `task:${t.key}`, label: t.title }))}
          />
        ) : null}
      </Flex>
      {threads.length === 0 ? (
        <Empty description={comments.length === 0 ? "还没有评论" : "没有符合条件的评论"} />
      ) : (
        <Flex vertical gap={16}>
          {threads.map((thread) => (
            <Flex
              key={thread.root.id}
              vertical
              gap={10}
              data-testid="comment-thread"
              style={{
                padding: 12,
                borderRadius: 8,
                background: thread.root.isReview ? "#fff7e6" : "#fafafa",
                border: `1px solid ${thread.root.isReview ? "#ffd591" : "#f0f0f0"}`,
              }}
            >
              {item(thread.root)}
              {thread.replies.length > 0 || replyTo === thread.root.id ? (
                <Flex vertical gap={10} style={{ marginInlineStart: 20, paddingInlineStart: 12, borderInlineStart: "2px solid #e6e6e6" }}>
                  {thread.replies.map((r) => (
                    <Space key={r.comment.id} direction="vertical" style={{ width: "100%" }}>
                      {item(r.comment, r.replyTo.id === thread.root.id ? undefined : r.replyTo)}
                      {replyTo === r.comment.id ? (
                        <CommentForm
                          drillId={drillId}
                          parentId={r.comment.id}
                          autoFocus
                          onCancel={() => setReplyTo(null)}
                          onPosted={(c) => {
                            setReplyTo(null);
                            onLocal(c);
                          }}
                        />
                      ) : null}
                    </Space>
                  ))}
                  {replyTo === thread.root.id ? (
                    <CommentForm
                      drillId={drillId}
                      parentId={thread.root.id}
                      autoFocus
                      onCancel={() => setReplyTo(null)}
                      onPosted={(c) => {
                        setReplyTo(null);
                        onLocal(c);
                      }}
                    />
                  ) : null}
                </Flex>
              ) : null}
            </Flex>
          ))}
        </Flex>
      )}
      <ActionItemModal
        open={actionFrom !== null}
        comment={actionFrom}
        units={units}
        drillId={drillId}
        onClose={() => setActionFrom(null)}
      />
      {canAct ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          由评论创建的整改事项见<Link to="/drills/actions">整改事项</Link>。
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
