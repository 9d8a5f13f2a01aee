// 培训达标: each unit's people by quota status (a chart and a table), drill down to a unit's
// people at risk with their requirements, and the county's xlsx.
import { DownloadOutlined } from "@ant-design/icons";
import { App, Button, Card, Col, Drawer, Empty, Flex, List, Progress, Row, Segmented, Select, Skeleton, Statistic, Table, Tag, Typography } from "antd";
import { Suspense, lazy, useMemo, useState } from "react";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { ComplianceStatus } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { PERSON_CATEGORY_LABELS } from "../../lib/audience";
import { trainingCompliancePeopleQuery, trainingComplianceQuery } from "../../services/training";
import { chartHeight, chartOption, firstFilter, sortUnits, totals, type UnitRow } from "./compliance";
import { downloadWithToken } from "../../services/downloads";
import { COMPLIANCE_COLORS, COMPLIANCE_LABELS, percent } from "./format";
import { useAllPages } from "./pages";

const Chart = lazy(() => import("../../components/Chart"));
const PHONE_CHART_UNITS = 12;

function countyYear(): number {
  return Number(new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
}

export function complianceExportUrl(year: number, unitId?: string | null): string {
  const params = new URLSearchParams({ year: String(year) });
  if (unitId) params.set("unitId", unitId);
  return `/exports/training-compliance.xlsx?${params.toString()}`;
}

export default function CompliancePage() {
  const desktop = useDesktop();
  const { message } = App.useApp();
  const thisYear = countyYear();
  const [year, setYear] = useState(thisYear);
  const [unit, setUnit] = useState<UnitRow | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [{ data, error, fetching }] = useQuery({ query: trainingComplianceQuery, variables: { year } });
  const rows = useMemo(() => sortUnits(data?.trainingCompliance.units ?? []), [data]);
  const sum = useMemo(() => totals(rows), [rows]);
  // A phone charts the units needing the most attention; the list below has them all.
  const charted = desktop ? rows : rows.slice(0, PHONE_CHART_UNITS);

  async function download() {
    setDownloading(true);
    try {
      await downloadWithToken(complianceExportUrl(year), `培训达标-${year}.xlsx`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <>
      <PageHeader
        title="培训达标"
        subTitle="各单位人员培训学时达标情况"
        extra={
          <>
            <Select
              value={year}
              onChange={setYear}
              aria-label="年度"
              options={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: `${y} 年` }))}
              style={{ width: 110 }}
            />
            <Button icon={<DownloadOutlined />} loading={downloading} onClick={download} data-testid="compliance-export">
              导出 Excel
            </Button>
          </>
        }
      />
      <QueryError error={error} />
      {!data && fetching ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description="没有达标数据" />
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="compliance-totals">
            <Col xs={12} md={6}><Card size="small"><Statistic title="人员" value={sum.people} /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title="达标率" value={percent(sum.rate)} valueStyle={{ color: "#389e0d" }} /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title="有风险" value={sum.atRisk} valueStyle={{ color: "#d46b08" }} /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title="未达标" value={sum.nonCompliant} valueStyle={{ color: "#cf1322" }} /></Card></Col>
          </Row>
          <Card
            size="small"
            title={desktop || rows.length <= PHONE_CHART_UNITS ? "各单位人员达标情况" : `最需关注的 ${PHONE_CHART_UNITS} 个单位`}
            style={{ marginBottom: 16 }}
          >
            <Suspense fallback={<Skeleton active />}>
              <Chart option={chartOption(charted)} height={chartHeight(charted.length)} testId="compliance-chart" />
            </Suspense>
          </Card>
          <Card size="small" title="单位明细" extra={<Typography.Text type="secondary">点击单位查看人员</Typography.Text>}>
            {desktop ? (
              <Table<UnitRow>
                rowKey={(r) => r.unit.id}
                size="small"
                dataSource={rows}
                pagination={false}
                onRow={(r) => ({ onClick: () => setUnit(r), style: { cursor: "pointer" }, "data-testid": `compliance-unit-${r.unit.name}` }) as React.HTMLAttributes<HTMLElement>}
                columns={[
                  { title: "单位", dataIndex: ["unit", "name"] },
                  { title: "人数", dataIndex: "people", align: "right" },
                  { title: "达标", dataIndex: "compliant", align: "right" },
                  { title: "按计划可达标", dataIndex: "onTrack", align: "right" },
                  { title: "有风险", dataIndex: "atRisk", align: "right", render: (v: number) => (v ? <Typography.Text type="warning">{v}</Typography.Text> : v) },
                  { title: "未达标", dataIndex: "nonCompliant", align: "right", render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : v) },
                  { title: "达标率", dataIndex: "rate", width: 160, render: (v: number) => <Progress percent={Math.round(v * 100)} size="small" /> },
                ]}
              />
            ) : (
              <List
                dataSource={rows}
                renderItem={(r) => (
                  <List.Item onClick={() => setUnit(r)} style={{ cursor: "pointer" }} data-testid={`compliance-unit-${r.unit.name}`}>
                    <div style={{ width: "100%" }}>
                      <Flex justify="space-between">
                        <Typography.Text strong>{r.unit.name}</Typography.Text>
                        <Typography.Text>{percent(r.rate)}</Typography.Text>
                      </Flex>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.people} 人 · 达标 {r.compliant} · 可达标 {r.onTrack} · 有风险 {r.atRisk} · 未达标 {r.nonCompliant}
                      </Typography.Text>
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </>
      )}
      <UnitPeopleDrawer year={year} row={unit} onClose={() => setUnit(null)} desktop={desktop} />
    </>
  );
}

type Filter = ComplianceStatus | "ALL";

function UnitPeopleDrawer(props: { year: number; row: UnitRow | null; onClose: () => void; desktop: boolean }) {
  const { year, row, onClose, desktop } = props;
  const unit = row?.unit ?? null;
  const [chosen, setFilter] = useState<{ unitId: string; filter: Filter } | null>(null);
  const filter: Filter = chosen && chosen.unitId === unit?.id ? chosen.filter : row ? firstFilter(row) : "ALL";
  const { nodes, error } = useAllPages(
    trainingCompliancePeopleQuery,
    { year, unitId: unit?.id ?? null, status: filter === "ALL" ? null : filter },
    (d) => d.trainingCompliance.people,
    `${year}|${unit?.id ?? ""}|${filter}`,
    unit === null,
  );
  return (
    <Drawer
      open={unit !== null}
      onClose={onClose}
      title={unit ? `${unit.name} · ${year} 年` : ""}
      width={desktop ? 640 : "100%"}
      destroyOnHidden
      data-testid="compliance-people"
    >
      <Segmented
        value={filter}
        onChange={(v) => unit && setFilter({ unitId: unit.id, filter: v as Filter })}
        options={[
          { value: "AT_RISK", label: "有风险" },
          { value: "NON_COMPLIANT", label: "未达标" },
          { value: "ON_TRACK", label: "可达标" },
          { value: "COMPLIANT", label: "达标" },
          { value: "ALL", label: "全部" },
        ]}
        style={{ marginBottom: 12, maxWidth: "100%", overflowX: "auto" }}
      />
      <QueryError error={error} />
      {unit === null ? null : nodes === null ? (
        <Skeleton active />
      ) : nodes.length === 0 ? (
        <Empty description="没有符合条件的人员" />
      ) : (
        <List
          dataSource={nodes}
          renderItem={(p) => (
            <List.Item data-testid="compliance-person">
              <div style={{ width: "100%" }}>
                <Flex justify="space-between" gap={8}>
                  <div>
                    <Typography.Text strong>{p.person.name}</Typography.Text>
                    <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                      {PERSON_CATEGORY_LABELS[p.person.category]} · {p.person.unit.name}
                    </Typography.Text>
                  </div>
                  <Tag color={COMPLIANCE_COLORS[p.status]} style={{ marginInlineEnd: 0 }}>
                    {COMPLIANCE_LABELS[p.status]}
                  </Tag>
                </Flex>
                {p.items.map((item, i) => (
                  <Flex key={i} justify="space-between" gap={8} style={{ fontSize: 12, marginTop: 4 }}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.requirement}（{item.period}）
                    </Typography.Text>
                    <Typography.Text style={{ fontSize: 12 }} type={item.status === "COMPLIANT" ? "success" : item.status === "ON_TRACK" ? undefined : "warning"}>
                      已参加 {item.attended}/{item.required}
                      {item.scheduledRemaining ? ` · 待参加 ${item.scheduledRemaining}` : ""}
                    </Typography.Text>
                  </Flex>
                ))}
              </div>
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
