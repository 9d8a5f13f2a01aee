// The roster of a session with bulk marking: select rows (or "all unmarked"), choose a status
// and an optional note, mark. A table on a desktop, cards with checkboxes on a phone.
import { Alert, App, Button, Card, Checkbox, Empty, Flex, Input, Segmented, Select, Skeleton, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useMutation } from "urql";
import { QueryError } from "../../components/FormErrors";
import { errorText, operationErrorText } from "../../components/userErrors";
import type { AttendanceStatus } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { markAttendanceMutation, trainingRosterQuery } from "../../services/training";
import { ATTENDANCE_COLORS, ATTENDANCE_LABELS, formatDateTime } from "./format";
import { useAllPages } from "./pages";
import { MARK_STATUSES, buildMarks, countByStatus, describeMarkError, filterRoster, type RosterFilter, type RosterRow } from "./roster";

type Props = { sessionId: string; onMarked?: () => void };

export function Roster({ sessionId, onMarked }: Props) {
  const desktop = useDesktop();
  const { message } = App.useApp();
  const { nodes, error, refresh } = useAllPages(
    trainingRosterQuery,
    { id: sessionId },
    (d) => (d.node?.__typename === "TrainingSession" ? d.node.attendance : null),
    sessionId,
  );
  const rows = useMemo(() => (nodes ?? []) as RosterRow[], [nodes]);
  const [filter, setFilter] = useState<RosterFilter>("ALL");
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<string[]>([]);
  const [status, setStatus] = useState<AttendanceStatus>("PRESENT");
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [{ fetching: marking }, markAttendance] = useMutation(markAttendanceMutation);

  const counts = useMemo(() => countByStatus(rows), [rows]);
  const shown = useMemo(() => filterRoster(rows, filter, search), [rows, filter, search]);
  const names = useMemo(() => new Map(rows.map((r) => [r.person.id, r.person.name])), [rows]);

  async function mark() {
    setProblems([]);
    const calls = buildMarks(selected, status, note);
    let done = 0;
    for (const batch of calls) {
      const result = await markAttendance({ input: { sessionId, marks: batch } });
      if (result.error) {
        setProblems([operationErrorText(result.error)]);
        break;
      }
      const errors = result.data?.markAttendance.userErrors ?? [];
      if (errors.length > 0) {
        setProblems(errors.map((e) => describeMarkError(e.field, errorText(e), batch, (id) => names.get(id))));
        break;
      }
      done += batch.length;
    }
    if (done > 0) {
      message.success(`已将 ${done} 人标记为${ATTENDANCE_LABELS[status]}`);
      setSelected([]);
      setNote("");
      refresh(true);
      onMarked?.();
    }
  }

  if (nodes === null) return error ? <QueryError error={error} /> : <Skeleton active />;

  const filterOptions = (["ALL", "UNMARKED", ...MARK_STATUSES] as RosterFilter[]).map((value) => ({
    value,
    label: `${value === "ALL" ? "全部" : ATTENDANCE_LABELS[value]} ${counts[value]}`,
  }));

  return (
    <div data-testid="roster">
      <QueryError error={error} />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Segmented
          options={filterOptions}
          value={filter}
          onChange={(v) => setFilter(v as RosterFilter)}
          data-testid="roster-filter"
          style={{ maxWidth: "100%", overflowX: "auto" }}
        />
        <Input.Search allowClear placeholder="姓名、证号或单位" onChange={(e) => setSearch(e.target.value)} style={{ width: desktop ? 220 : "100%" }} aria-label="搜索人员" />
      </Flex>
      <Card size="small" style={{ marginBottom: 12, background: "#fafafa" }} data-testid="bulk-mark">
        <Flex wrap gap={8} align="center">
          <Typography.Text>已选 <span data-testid="selected-count">{selected.length}</span> 人</Typography.Text>
          <Button size="small" onClick={() => setSelected(rows.filter((r) => r.status === "UNMARKED").map((r) => r.person.id))} data-testid="select-unmarked">
            选中全部未标记
          </Button>
          <Button size="small" onClick={() => setSelected([])} disabled={selected.length === 0}>
            清空
          </Button>
          <Select
            value={status}
            onChange={setStatus}
            options={MARK_STATUSES.map((s) => ({ value: s, label: ATTENDANCE_LABELS[s] }))}
            style={{ width: 100 }}
            aria-label="标记为"
            data-testid="mark-status"
          />
          <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} placeholder="备注（可选）" style={{ width: desktop ? 220 : "100%" }} aria-label="备注" />
          <Button type="primary" disabled={selected.length === 0} loading={marking} onClick={mark} data-testid="mark-selected">
            标记所选
          </Button>
        </Flex>
        {problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 8 }}
            message={problems.length === 1 ? problems[0] : "标记失败"}
            description={problems.length > 1 ? <ul style={{ margin: 0, paddingInlineStart: 20 }}>{problems.map((p, i) => <li key={i}>{p}</li>)}</ul> : undefined}
            data-testid="mark-errors"
          />
        ) : null}
      </Card>
      {shown.length === 0 ? (
        <Empty description={rows.length === 0 ? "名单为空" : "没有符合条件的人员"} />
      ) : desktop ? (
        <Table<RosterRow>
          rowKey={(r) => r.person.id}
          size="small"
          dataSource={shown}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), preserveSelectedRowKeys: true }}
          onRow={(r) => ({ "data-testid": `roster-row-${r.person.name}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: "姓名", dataIndex: ["person", "name"] },
            { title: "执法证号", dataIndex: ["person", "badgeNumber"], render: (v) => v ?? "—" },
            { title: "单位", dataIndex: ["person", "unit", "name"] },
            {
              title: "状态",
              dataIndex: "status",
              render: (s: AttendanceStatus) => <Tag color={ATTENDANCE_COLORS[s]} data-testid="roster-status">{ATTENDANCE_LABELS[s]}</Tag>,
            },
            { title: "签到时间", dataIndex: "checkedInAt", render: (v) => formatDateTime(v) || "—" },
            { title: "备注", render: (_, r) => r.excuseReason ?? r.note ?? "" },
          ]}
        />
      ) : (
        <Flex vertical gap={8}>
          {shown.map((r) => {
            const checked = selected.includes(r.person.id);
            return (
              <Card key={r.person.id} size="small" data-testid={`roster-row-${r.person.name}`}>
                <Checkbox
                  checked={checked}
                  onChange={(e) =>
                    setSelected((s) => (e.target.checked ? [...s, r.person.id] : s.filter((id) => id !== r.person.id)))
                  }
                  style={{ width: "100%" }}
                  aria-label={r.person.name}
                >
                  <Flex justify="space-between" gap={8} style={{ width: "100%" }}>
                    <div style={{ minWidth: 0 }}>
                      <Typography.Text strong>{r.person.name}</Typography.Text>
                      <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }} ellipsis>
                        {r.person.unit.name}
                        {r.checkedInAt ? ` · ${formatDateTime(r.checkedInAt).slice(11)} 签到` : ""}
                      </Typography.Text>
                      {r.excuseReason || r.note ? (
                        <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                          {r.excuseReason ?? r.note}
                        </Typography.Text>
                      ) : null}
                    </div>
                    <Tag color={ATTENDANCE_COLORS[r.status]} style={{ alignSelf: "start" }} data-testid="roster-status">
                      {ATTENDANCE_LABELS[r.status]}
                    </Tag>
                  </Flex>
                </Checkbox>
              </Card>
            );
          })}
        </Flex>
      )}
    </div>
  );
}
