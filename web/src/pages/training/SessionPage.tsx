// A session: what, when, where, for whom; its attendance counts; the check-in screen, the
// sign-in sheet and cancelling; and the roster with bulk marking.
import { DownloadOutlined, QrcodeOutlined, StopOutlined } from "@ant-design/icons";
import { App, Button, Card, Col, Descriptions, Form, Input, Modal, Result, Row, Skeleton, Statistic, Tag } from "antd";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { QueryError, useUserErrors } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import { PERSON_CATEGORY_LABELS } from "../../lib/audience";
import { cancelSessionMutation, trainingSessionQuery } from "../../services/training";
import { useDesktop } from "../../layout/useDesktop";
import { downloadWithToken } from "../../services/downloads";
import {
  FORMAT_LABELS,
  KIND_COLORS,
  KIND_LABELS,
  SESSION_STATUS_COLORS,
  SESSION_STATUS_LABELS,
  formatRange,
  percent,
} from "./format";
import { Roster } from "./Roster";

export function signInSheetUrl(sessionId: string): string {
  return `/exports/training-sessions/${encodeURIComponent(sessionId)}/sign-in.xlsx`;
}

export default function SessionPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const desktop = useDesktop();
  const { message } = App.useApp();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: trainingSessionQuery,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const [downloading, setDownloading] = useState(false);
  const [cancelOpen, setCancelOpen] = useState(false);
  const session = data?.node?.__typename === "TrainingSession" ? data.node : null;

  if (!data && fetching) return <Skeleton active />;
  if (!session) {
    return error ? (
      <QueryError error={error} />
    ) : (
      <Result status="404" title="培训不存在" subTitle="该培训不存在或不在您的管理范围内" extra={<Button onClick={() => navigate("/training")}>返回日历</Button>} />
    );
  }

  const summary = session.attendanceSummary;
  const over = session.status === "COMPLETED" || session.status === "CANCELLED";
  const audience = session.audience;
  const audienceText = [
    audience.units.length ? audience.units.map((u) => u.name).join("、") : audience.categories.length ? "全部单位" : "",
    audience.units.length || audience.categories.length
      ? audience.categories.length
        ? audience.categories.map((c) => PERSON_CATEGORY_LABELS[c]).join("、")
        : "全部人员"
      : "",
    audience.people.length ? `另加 ${audience.people.map((p) => p.name).join("、")}` : "",
  ]
    .filter(Boolean)
    .join(" · ");

  async function download() {
    setDownloading(true);
    try {
      await downloadWithToken(signInSheetUrl(session!.id), "签到表.xlsx");
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <>
      <PageHeader
        title={session.title}
        subTitle={formatRange(session.startsAt, session.endsAt)}
        extra={
          <>
            {!over ? (
              <Button type="primary" icon={<QrcodeOutlined />} onClick={() => navigate(`/training/sessions/${encodeURIComponent(session.id)}/check-in`)} data-testid="open-check-in">
                签到码
              </Button>
            ) : null}
            <Button icon={<DownloadOutlined />} loading={downloading} onClick={download} data-testid="download-sign-in">
              下载签到表
            </Button>
            {!over ? (
              <Button danger icon={<StopOutlined />} onClick={() => setCancelOpen(true)}>
                取消培训
              </Button>
            ) : null}
          </>
        }
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={14}>
          <Card size="small">
            <Descriptions column={1} size="small" data-testid="session-info">
              <Descriptions.Item label="状态">
                <Tag color={SESSION_STATUS_COLORS[session.status]}>{SESSION_STATUS_LABELS[session.status]}</Tag>
                <Tag color={KIND_COLORS[session.kind]}>{KIND_LABELS[session.kind]}</Tag>
                <Tag>{FORMAT_LABELS[session.format]}</Tag>
              </Descriptions.Item>
              {session.cancelReason ? <Descriptions.Item label="取消原因">{session.cancelReason}</Descriptions.Item> : null}
              <Descriptions.Item label="场地">{session.venue ?? "—"}</Descriptions.Item>
              <Descriptions.Item label="主办单位">{session.organizer.name}</Descriptions.Item>
              <Descriptions.Item label="授课教员">{session.trainer?.person?.name ?? session.trainer?.username ?? "—"}</Descriptions.Item>
              <Descriptions.Item label="培训对象">{audienceText || "—"}</Descriptions.Item>
              {session.capacity ? <Descriptions.Item label="容量">{session.capacity} 人</Descriptions.Item> : null}
              {session.seriesId ? <Descriptions.Item label="系列">属于重复系列</Descriptions.Item> : null}
              {session.description ? <Descriptions.Item label="说明">{session.description}</Descriptions.Item> : null}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" data-testid="session-summary">
            <Row gutter={[8, 8]}>
              <Col span={desktop ? 8 : 8}><Statistic title="应到" value={summary.expected} /></Col>
              <Col span={8}><Statistic title="出勤" value={summary.present} valueStyle={{ color: "#389e0d" }} /></Col>
              <Col span={8}><Statistic title="迟到" value={summary.late} valueStyle={{ color: "#d48806" }} /></Col>
              <Col span={8}><Statistic title="请假" value={summary.excused} /></Col>
              <Col span={8}><Statistic title="缺勤" value={summary.absent} valueStyle={{ color: "#cf1322" }} /></Col>
              <Col span={8}><Statistic title="出勤率" value={percent(summary.rate)} /></Col>
            </Row>
          </Card>
        </Col>
      </Row>
      <Card title="签到名单" size="small">
        <Roster sessionId={session.id} onMarked={() => reexecute({ requestPolicy: "network-only" })} />
      </Card>
      <CancelModal
        open={cancelOpen}
        sessionId={session.id}
        onClose={() => setCancelOpen(false)}
        onCancelled={() => {
          setCancelOpen(false);
          reexecute({ requestPolicy: "network-only" });
        }}
      />
    </>
  );
}

function CancelModal(props: { open: boolean; sessionId: string; onClose: () => void; onCancelled: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching }, cancelSession] = useMutation(cancelSessionMutation);
  const { message } = App.useApp();
  async function onFinish({ reason }: { reason: string }) {
    clear();
    const result = await cancelSession({ input: { sessionId: props.sessionId, reason } });
    if (result.error) return showError(result.error);
    if (showUserErrors(result.data?.cancelSession.userErrors)) return;
    message.success("培训已取消");
    form.resetFields();
    props.onCancelled();
  }
  return (
    <Modal title="取消培训" open={props.open} onCancel={props.onClose} okText="确认取消培训" cancelText="返回" okButtonProps={{ danger: true, loading: fetching }} onOk={() => form.submit()} destroyOnHidden>
      {alert}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item label="取消原因" name="reason" rules={[{ required: true, whitespace: true, message: "请填写取消原因" }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="sessionId" hidden>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
