// 我的考勤: every session the officer was on the roster of, newest first, with the year's counts.
import { Card, Col, Empty, Flex, List, Row, Select, Skeleton, Statistic, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import { attendanceHistoryQuery } from "../../services/me";
import { useMe } from "../../services/session";
import { ATTENDANCE_COLORS, ATTENDANCE_LABELS, KIND_LABELS, formatDateTime, formatRange, percent } from "../training/format";
import { useAllPages } from "../training/pages";
import { countyYearOf, historyStats, newestFirst } from "./attendance";

export default function AttendancePage() {
  const me = useMe();
  const { nodes, error } = useAllPages(attendanceHistoryQuery, {}, (d) => d.attendanceHistory, me.id);
  const all = useMemo(() => newestFirst(nodes ?? []), [nodes]);
  const years = useMemo(() => [...new Set(all.map((r) => countyYearOf(r.session.startsAt)))].sort((a, b) => b - a), [all]);
  const [year, setYear] = useState<number | null>(null);
  const shownYear = year ?? years[0] ?? null;
  const rows = useMemo(() => all.filter((r) => shownYear === null || countyYearOf(r.session.startsAt) === shownYear), [all, shownYear]);
  const stats = useMemo(() => historyStats(rows), [rows]);

  return (
    <>
      <PageHeader
        title="我的考勤"
        subTitle={me.person ? `${me.person.name} · ${me.person.unit.name}` : undefined}
        extra={
          years.length > 0 ? (
            <Select
              value={shownYear}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: `${y} 年` }))}
              aria-label="年度"
              style={{ width: 110 }}
            />
          ) : null
        }
      />
      <QueryError error={error} />
      {!me.person ? (
        <Empty description="您的账号未关联人员信息" />
      ) : nodes === null ? (
        <Skeleton active />
      ) : all.length === 0 ? (
        <Empty description="还没有考勤记录" />
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="attendance-stats">
            <Col xs={8} md={4}><Card size="small"><Statistic title="培训" value={stats.sessions} /></Card></Col>
            <Col xs={8} md={4}><Card size="small"><Statistic title="出勤" value={stats.present} valueStyle={{ color: "#389e0d" }} /></Card></Col>
            <Col xs={8} md={4}><Card size="small"><Statistic title="迟到" value={stats.late} valueStyle={{ color: "#d48806" }} /></Card></Col>
            <Col xs={8} md={4}><Card size="small"><Statistic title="请假" value={stats.excused} /></Card></Col>
            <Col xs={8} md={4}><Card size="small"><Statistic title="缺勤" value={stats.absent} valueStyle={{ color: "#cf1322" }} /></Card></Col>
            <Col xs={8} md={4}><Card size="small"><Statistic title="出勤率" value={percent(stats.rate)} /></Card></Col>
          </Row>
          <Card size="small">
            <List
              dataSource={rows}
              pagination={rows.length > 20 ? { pageSize: 20, size: "small", showSizeChanger: false } : false}
              renderItem={(r) => (
                <List.Item data-testid="attendance-row">
                  <div style={{ width: "100%", minWidth: 0 }}>
                    <Flex justify="space-between" gap={8} align="start">
                      <Typography.Text strong style={{ minWidth: 0 }}>
                        {r.session.title}
                      </Typography.Text>
                      <Tag color={r.session.status === "CANCELLED" ? "default" : ATTENDANCE_COLORS[r.status]} style={{ marginInlineEnd: 0, flexShrink: 0 }}>
                        {r.session.status === "CANCELLED" ? "已取消" : ATTENDANCE_LABELS[r.status]}
                      </Tag>
                    </Flex>
                    <Typography.Text type="secondary" style={{ display: "block", fontSize: 13 }}>
                      {formatRange(r.session.startsAt, r.session.endsAt)} · {KIND_LABELS[r.session.kind]}
                    </Typography.Text>
                    {r.checkedInAt ? (
                      <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                        签到 {formatDateTime(r.checkedInAt)}
                      </Typography.Text>
                    ) : null}
                    {r.excuseReason || r.note ? (
                      <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                        {r.excuseReason ? `请假事由：${r.excuseReason}` : `备注：${r.note}`}
                      </Typography.Text>
                    ) : null}
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </>
      )}
    </>
  );
}
