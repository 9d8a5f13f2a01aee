// 我的培训 (phone first): the officer's sessions as cards; type the code the trainer shows to
// check in, or request leave before the start.
import { CheckCircleFilled } from "@ant-design/icons";
import { App, Button, Card, Empty, Flex, Form, Input, Modal, Skeleton, Tag, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useMutation, useQuery } from "urql";
import { QueryError, useUserErrors } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { TrainingMyScheduleQuery } from "../../gql/graphql";
import { checkInMutation, myScheduleQuery, requestLeaveMutation } from "../../services/training";
import { useMe } from "../../services/session";
import { normalizeCode } from "./checkInCode";
import { ATTENDANCE_COLORS, ATTENDANCE_LABELS, KIND_COLORS, KIND_LABELS, formatRange, formatTime } from "./format";
import { canCheckIn, canRequestLeave, groupSchedule } from "./mySchedule";

type Item = TrainingMyScheduleQuery["mySchedule"][number];

const DAY_MS = 86_400_000;

/** Re-render every 30 s so a session whose check-in opens shows its code box without a reload. */
function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export default function MySchedulePage() {
  const me = useMe();
  const now = useNow();
  const range = useMemo(() => {
    const start = Date.now();
    return { from: new Date(start - 2 * DAY_MS).toISOString(), to: new Date(start + 60 * DAY_MS).toISOString() };
  }, []);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: myScheduleQuery,
    variables: range,
    requestPolicy: "cache-and-network",
    pause: !me.person,
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const groups = useMemo(() => groupSchedule(data?.mySchedule ?? [], now), [data, now]);

  if (!me.person) {
    return (
      <>
        <PageHeader title="我的培训" />
        <Empty description="您的账号未关联人员信息，没有培训安排" />
      </>
    );
  }

  return (
    <>
      <PageHeader title="我的培训" subTitle="签到与请假" />
      <QueryError error={error} />
      {!data && fetching ? (
        <Skeleton active />
      ) : groups.length === 0 ? (
        <Empty description="近期没有培训安排" />
      ) : (
        <Flex vertical gap={16} style={{ maxWidth: 640 }}>
          {groups.map((group) => (
            <div key={group.key} data-testid={`my-group-${group.key}`}>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {group.title}
              </Typography.Title>
              <Flex vertical gap={12}>
                {group.items.map((item) => (
                  <ScheduleCard key={item.id} item={item} now={now} onChanged={refresh} />
                ))}
              </Flex>
            </div>
          ))}
        </Flex>
      )}
    </>
  );
}

function ScheduleCard({ item, now, onChanged }: { item: Item; now: number; onChanged: () => void }) {
  const mine = item.myAttendance?.status ?? "UNMARKED";
  const cancelled = item.status === "CANCELLED";
  const [leaveOpen, setLeaveOpen] = useState(false);
  return (
    <Card size="small" data-testid={`my-session-${item.id}`} data-title={item.title}>
      <Flex justify="space-between" gap={8} align="start">
        <Typography.Text strong style={{ fontSize: 16, textDecoration: cancelled ? "line-through" : undefined }}>
          {item.title}
        </Typography.Text>
        <Tag color={cancelled ? "red" : ATTENDANCE_COLORS[mine]} style={{ marginInlineEnd: 0, flexShrink: 0 }} data-testid="my-status">
          {cancelled ? "已取消" : mine === "UNMARKED" ? (Date.parse(item.endsAt) <= now ? "未签到" : "待签到") : ATTENDANCE_LABELS[mine]}
        </Tag>
      </Flex>
      <Typography.Text type="secondary" style={{ display: "block" }}>
        {formatRange(item.startsAt, item.endsAt)}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ display: "block", fontSize: 13 }}>
        <Tag color={KIND_COLORS[item.kind]} style={{ marginInlineEnd: 6 }}>
          {KIND_LABELS[item.kind]}
        </Tag>
        {item.venue ?? item.organizer.name}
      </Typography.Text>
      {item.myAttendance?.checkedInAt ? (
        <Typography.Text type="success" style={{ display: "block", marginTop: 8 }} data-testid="checked-in-at">
          <CheckCircleFilled /> {formatTime(item.myAttendance.checkedInAt)} 已签到
        </Typography.Text>
      ) : null}
      {item.myAttendance?.excuseReason ? (
        <Typography.Text type="secondary" style={{ display: "block", marginTop: 8 }}>
          请假事由：{item.myAttendance.excuseReason}
        </Typography.Text>
      ) : null}
      {canCheckIn(item, now) ? <CheckInForm sessionId={item.id} onDone={onChanged} /> : null}
      {canRequestLeave(item, now) ? (
        <Button style={{ marginTop: 12 }} onClick={() => setLeaveOpen(true)} data-testid="request-leave">
          请假
        </Button>
      ) : null}
      <LeaveModal open={leaveOpen} item={item} onClose={() => setLeaveOpen(false)} onDone={() => { setLeaveOpen(false); onChanged(); }} />
    </Card>
  );
}

function CheckInForm({ sessionId, onDone }: { sessionId: string; onDone: () => void }) {
  const [form] = Form.useForm<{ code: string }>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching }, checkIn] = useMutation(checkInMutation);
  const { message } = App.useApp();
  async function onFinish({ code }: { code: string }) {
    clear();
    const result = await checkIn({ input: { sessionId, code: normalizeCode(code) } });
    if (result.error) return showError(result.error);
    const payload = result.data?.checkIn;
    if (!payload || showUserErrors(payload.userErrors)) return;
    message.success(payload.attendance?.status === "LATE" ? "签到成功（迟到）" : "签到成功");
    form.resetFields();
    onDone();
  }
  return (
    <div style={{ marginTop: 12 }}>
      {alert}
      <Form form={form} layout="inline" onFinish={onFinish} style={{ flexWrap: "nowrap" }}>
        <Form.Item
          name="code"
          style={{ flex: 1, marginInlineEnd: 8 }}
          rules={[{ required: true, message: "请输入签到码" }, { validator: (_, v) => (!v || normalizeCode(v).length === 6 ? Promise.resolve() : Promise.reject(new Error("签到码为 6 位数字"))) }]}
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            placeholder="输入 6 位签到码"
            aria-label="签到码"
            size="large"
            style={{ letterSpacing: "0.2em" }}
          />
        </Form.Item>
        <Form.Item style={{ marginInlineEnd: 0 }}>
          <Button type="primary" htmlType="submit" size="large" loading={fetching}>
            签到
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
}

function LeaveModal({ open, item, onClose, onDone }: { open: boolean; item: Item; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching }, requestLeave] = useMutation(requestLeaveMutation);
  const { message } = App.useApp();
  async function onFinish({ reason }: { reason: string }) {
    clear();
    const result = await requestLeave({ input: { sessionId: item.id, reason: reason.trim() } });
    if (result.error) return showError(result.error);
    const payload = result.data?.requestLeave;
    if (!payload || showUserErrors(payload.userErrors)) return;
    message.success("已请假");
    form.resetFields();
    onDone();
  }
  return (
    <Modal
      title="请假"
      open={open}
      onCancel={onClose}
      okText="提交"
      cancelText="取消"
      okButtonProps={{ loading: fetching }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {item.title}（{formatRange(item.startsAt, item.endsAt)}）
      </Typography.Paragraph>
      {alert}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item label="请假事由" name="reason" rules={[{ required: true, whitespace: true, message: "请填写请假事由" }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
