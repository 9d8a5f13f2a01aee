import { DownloadOutlined, EyeOutlined, FileExcelOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Collapse, Descriptions, Empty, Flex, List, Modal, Result, Skeleton, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import { errorCode } from "../../services/client";
import { drillReportQuery } from "../../services/drills";
import { fetchExport, saveBlob } from "../../services/downloads";
import { DrillStatusTag } from "./DrillStatusTag";
import { authorName, drillPath, formatDate, formatDateTime } from "./format";
import { ACTION_STATUS_COLORS, ACTION_STATUS_LABELS, DRILL_TYPE_LABELS, PARTICIPANT_ROLE_LABELS } from "./labels";
import { ScorePanel } from "./ScorePanel";
import { formatScore } from "./scores";

function exportPath(id: string, ext: "html" | "xlsx"): string {
  return `/exports/drills/${encodeURIComponent(id)}/report.${ext}`;
}

function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 80);
}

export default function ReportPage() {
  const { id = "" } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: drillReportQuery,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const { message } = App.useApp();
  const [busy, setBusy] = useState<"html" | "xlsx" | "preview" | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  if (!data && fetching) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!data) {
    const code = errorCode(error);
    if (code === "NOT_FOUND" || code === "FORBIDDEN" || code === "DRILL_NOT_FOUND") {
      return <Result status="404" title="演练不存在或无权查看" extra={<Link to="/drills">返回演练列表</Link>} />;
    }
    return <QueryError error={error} />;
  }
  const report = data.drillReport;
  const drill = report.drill;
  const day = formatDate(drill.scheduledAt);
  const baseName = `演练评估报告_${day}_${safeName(drill.title)}`;

  async function download(ext: "html" | "xlsx") {
    setBusy(ext);
    setDownloadError(null);
    try {
      const { blob, filename } = await fetchExport(exportPath(drill.id, ext));
      saveBlob(blob, filename ?? `${baseName}.${ext}`);
      message.success("已开始下载");
    } catch (e) {
      setDownloadError(e instanceof Error ? e.message : "下载失败");
    } finally {
      setBusy(null);
    }
  }

  async function openPreview() {
    setBusy("preview");
    setDownloadError(null);
    try {
      const { blob } = await fetchExport(exportPath(drill.id, "html"));
      setPreview(await blob.text());
    } catch (e) {
      setDownloadError(e instanceof Error ? e.message : "加载失败");
    } finally {
      setBusy(null);
    }
  }

  const reviews = report.comments.filter((c) => c.isReview);
  const others = report.comments.filter((c) => !c.isReview);

  return (
    <>
      <PageHeader
        title="演练评估报告"
        subTitle={<Link to={drillPath(drill.id)}>{drill.title}</Link>}
        extra={
          <>
            <Button icon={<EyeOutlined />} onClick={openPreview} loading={busy === "preview"} data-testid="report-preview">
              打印版预览
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => download("html")} loading={busy === "html"} data-testid="report-html">
              下载 HTML
            </Button>
            <Button
              type="primary"
              icon={<FileExcelOutlined />}
              onClick={() => download("xlsx")}
              loading={busy === "xlsx"}
              data-testid="report-xlsx"
            >
              下载 Excel
            </Button>
          </>
        }
      />
      {downloadError ? (
        <Alert type="error" showIcon message={downloadError} style={{ marginBottom: 16 }} data-testid="download-error" closable onClose={() => setDownloadError(null)} />
      ) : null}
      {drill.status !== "REVIEWED" ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="本演练尚未完成复盘，报告中的得分仅含已提交的评分，可能还会变化。"
        />
      ) : null}
      <Flex vertical gap={16} data-testid="drill-report">
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              { key: "status", label: "状态", children: <DrillStatusTag status={drill.status} /> },
              { key: "type", label: "类型", children: DRILL_TYPE_LABELS[drill.type] },
              { key: "at", label: "时间", children: formatDateTime(drill.scheduledAt) },
              { key: "where", label: "地点", children: drill.location ?? "—" },
              { key: "org", label: "组织单位", children: drill.organizer.name },
              {
                key: "units",
                label: "参演单位",
                children: drill.participants.map((p) => `${p.unit.name}（${PARTICIPANT_ROLE_LABELS[p.role]}）`).join("、"),
              },
              { key: "score", label: "综合得分", children: <span data-testid="report-score">{formatScore(report.score, report.maxScore)}</span> },
            ]}
          />
        </Card>
        <Card title="各单位得分" size="small">
          <ScorePanel score={report.score} maxScore={report.maxScore} units={report.units} coordination={report.coordination} />
        </Card>
        <Flex gap={16} wrap>
          <Card title="做得好的方面" size="small" style={{ flex: "1 1 300px" }}>
            {report.strengths.length === 0 ? (
              <Empty description="暂无" image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <List size="small" dataSource={report.strengths} renderItem={(t) => <List.Item>{t.title}</List.Item>} />
            )}
          </Card>
          <Card title="需要改进的方面" size="small" style={{ flex: "1 1 300px" }}>
            {report.areasForImprovement.length === 0 ? (
              <Empty description="暂无" image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <List size="small" dataSource={report.areasForImprovement} renderItem={(t) => <List.Item>{t.title}</List.Item>} />
            )}
          </Card>
        </Flex>
        <Card title="评估员观察记录" size="small">
          {report.observations.length === 0 ? (
            <Empty description="暂无观察记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <List size="small" dataSource={report.observations} renderItem={(o) => <List.Item>{o}</List.Item>} />
          )}
        </Card>
        <Card title={`领导点评（${reviews.length}）`} size="small">
          {reviews.length === 0 ? (
            <Empty description="暂无点评" image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <List
              dataSource={reviews}
              renderItem={(c) => (
                <List.Item>
                  <Flex vertical gap={2} style={{ width: "100%" }}>
                    <Typography.Text strong>
                      {authorName(c.author)}
                      <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontWeight: 400, fontSize: 12 }}>
                        {formatDateTime(c.createdAt)}
                      </Typography.Text>
                    </Typography.Text>
                    <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: "pre-wrap" }}>{c.body}</Typography.Paragraph>
                  </Flex>
                </List.Item>
              )}
            />
          )}
          {others.length > 0 ? (
            <Collapse
              ghost
              items={[
                {
                  key: "others",
                  label: `其他评论（${others.length}）`,
                  children: (
                    <List
                      size="small"
                      dataSource={others}
                      renderItem={(c) => (
                        <List.Item>
                          <Typography.Text>
                            <Typography.Text strong>{authorName(c.author)}：</Typography.Text>
                            {c.body}
                          </Typography.Text>
                        </List.Item>
                      )}
                    />
                  ),
                },
              ]}
            />
          ) : null}
        </Card>
        <Card title={`整改事项（${report.actionItems.length}）`} size="small" extra={<Link to="/drills/actions">全部整改事项</Link>}>
          {report.actionItems.length === 0 ? (
            <Empty description="暂无整改事项" image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <List
              dataSource={report.actionItems}
              renderItem={(a) => (
                <List.Item>
                  <Flex vertical gap={4} style={{ width: "100%" }}>
                    <Flex wrap gap={6} align="center">
                      <Typography.Text strong>{a.title}</Typography.Text>
                      <Tag color={ACTION_STATUS_COLORS[a.status]}>{ACTION_STATUS_LABELS[a.status]}</Tag>
                      {a.overdue ? <Tag color="red">已逾期</Tag> : null}
                    </Flex>
                    <Typography.Text type="secondary">
                      {a.ownerUnit.name} · 期限 {formatDate(a.dueDate)}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Flex>
      <Modal
        open={preview !== null}
        onCancel={() => setPreview(null)}
        footer={null}
        width={920}
        title="打印版预览"
        data-testid="report-preview-modal"
      >
        {/* The server's page, sandboxed: no scripts, no access to this app. */}
        <iframe
          title="演练评估报告"
          sandbox=""
          srcDoc={preview ?? ""}
          style={{ width: "100%", height: "70vh", border: "1px solid #f0f0f0" }}
        />
      </Modal>
    </>
  );
}
