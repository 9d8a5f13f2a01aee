// 培训日历: the sessions in the trainer's scope by month or week. Desktop shows the grid with the
// sessions in it; a phone shows a compact month (a dot per day with sessions) and the chosen
// day's sessions as cards, or the week as a list of days.
import { LeftOutlined, PlusOutlined, RightOutlined } from "@ant-design/icons";
import { Badge, Button, Card, Empty, Flex, Segmented, Select, Skeleton, Space, Tag, Typography, theme } from "antd";
import { useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { TrainingKind, TrainingSessionCardFragment } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { addDays, calendarDay, dayKey, groupSessionsByDay, monthGrid, weekDays, type DayKey } from "../../lib/calendar";
import { trainingCalendarQuery } from "../../services/training";
import { KIND_COLORS, KIND_LABELS, SESSION_STATUS_COLORS, SESSION_STATUS_LABELS, dayStartIso, formatRange, formatTime } from "./format";
import { useAllPages } from "./pages";

type View = "month" | "week";
type CalendarSession = TrainingSessionCardFragment & { attendanceSummary: { expected: number; present: number; late: number } };

const WEEK_HEAD = ["一", "二", "三", "四", "五", "六", "日"];

export function sessionPath(id: string): string {
  return `/training/sessions/${encodeURIComponent(id)}`;
}

export default function CalendarPage() {
  const desktop = useDesktop();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const [params, setParams] = useSearchParams();
  const today = dayKey(new Date())!;
  const view: View = params.get("view") === "week" ? "week" : "month";
  const date = safeDay(params.get("date")) ?? today;
  const kind = (params.get("kind") as TrainingKind | null) ?? null;
  const current = calendarDay(date);

  const grid = useMemo(() => monthGrid(current.year, current.month), [current.year, current.month]);
  const week = useMemo(() => weekDays(date), [date]);
  const range = useMemo(
    () => (view === "month" ? { from: grid[0][0].key, to: grid[5][6].key } : { from: week[0].key, to: week[6].key }),
    [view, grid, week],
  );

  const { nodes, error, fetching } = useAllPages(
    trainingCalendarQuery,
    { from: dayStartIso(range.from), to: dayStartIso(addDays(range.to, 1)), kind },
    (d) => d.trainingSessions,
    `${range.from}|${range.to}|${kind ?? ""}`,
  );
  const byDay = useMemo(() => groupSessionsByDay((nodes ?? []) as CalendarSession[], undefined, range), [nodes, range]);

  const update = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === null) merged.delete(k);
      else merged.set(k, v);
    }
    setParams(merged, { replace: true });
  };
  const shift = (direction: 1 | -1) => {
    if (view === "week") update({ date: addDays(date, 7 * direction) });
    else {
      const month = current.month + direction;
      const year = current.year + (month < 1 ? -1 : month > 12 ? 1 : 0);
      const m = ((month + 11) % 12) + 1;
      update({ date: `${year}-${String(m).padStart(2, "0")}-01` });
    }
  };
  const title =
    view === "month"
      ? `${current.year}年${current.month}月`
      : `${calendarDay(week[0].key).month}月${week[0].day}日 – ${calendarDay(week[6].key).month}月${week[6].day}日`;

  return (
    <>
      <PageHeader
        title="培训日历"
        subTitle="您管理范围内的培训"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate(`/training/new${date > today ? `?date=${date}` : ""}`)}
            data-testid="schedule-new"
          >
            安排培训
          </Button>
        }
      />
      <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Button icon={<LeftOutlined />} aria-label={view === "month" ? "上个月" : "上一周"} onClick={() => shift(-1)} />
          <Typography.Text strong style={{ fontSize: 16, minWidth: 110, display: "inline-block", textAlign: "center" }} data-testid="calendar-title">
            {title}
          </Typography.Text>
          <Button icon={<RightOutlined />} aria-label={view === "month" ? "下个月" : "下一周"} onClick={() => shift(1)} />
          <Button onClick={() => update({ date: today })}>今天</Button>
        </Space>
        <Space wrap>
          <Select
            allowClear
            placeholder="全部类别"
            style={{ width: 120 }}
            value={kind ?? undefined}
            onChange={(v) => update({ kind: v ?? null })}
            options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
            aria-label="培训类别"
          />
          <Segmented
            value={view}
            onChange={(v) => update({ view: v === "week" ? "week" : null })}
            options={[
              { value: "month", label: "月" },
              { value: "week", label: "周" },
            ]}
            data-testid="calendar-view"
          />
        </Space>
      </Flex>
      <QueryError error={error} />
      {nodes === null && fetching ? (
        <Skeleton active />
      ) : view === "month" ? (
        <MonthView
          grid={grid}
          byDay={byDay}
          today={today}
          selected={date}
          desktop={desktop}
          onSelect={(key) => update({ date: key })}
          onOpen={(id) => navigate(sessionPath(id))}
          border={token.colorBorderSecondary}
          primary={token.colorPrimary}
        />
      ) : (
        <WeekView days={week.map((d) => d.key)} byDay={byDay} today={today} desktop={desktop} onOpen={(id) => navigate(sessionPath(id))} />
      )}
    </>
  );
}

function safeDay(value: string | null): DayKey | null {
  if (!value) return null;
  try {
    return calendarDay(value).key;
  } catch {
    return null;
  }
}

function SessionChip({ session, onOpen }: { session: CalendarSession; onOpen: (id: string) => void }) {
  const cancelled = session.status === "CANCELLED";
  return (
    <button
      type="button"
      onClick={() => onOpen(session.id)}
      title={`${session.title}（${formatRange(session.startsAt, session.endsAt)}）`}
      data-testid="calendar-session"
      style={{
        display: "block",
        width: "100%",
        textAlign: "start",
        border: 0,
        borderInlineStart: `3px solid ${chipColor(session.kind)}`,
        background: "#fafafa",
        padding: "1px 4px",
        marginBottom: 2,
        cursor: "pointer",
        fontSize: 12,
        whiteSpace: "nowrap",
        overflow: "hidden",
        textOverflow: "ellipsis",
        textDecoration: cancelled ? "line-through" : undefined,
        color: cancelled ? "#999" : undefined,
      }}
    >
      {formatTime(session.startsAt)} {session.title}
    </button>
  );
}

function chipColor(kind: TrainingKind): string {
  return { red: "#f5222d", blue: "#1677ff", orange: "#fa8c16" }[KIND_COLORS[kind]] ?? "#1677ff";
}

function MonthView(props: {
  grid: ReturnType<typeof monthGrid>;
  byDay: Map<DayKey, CalendarSession[]>;
  today: DayKey;
  selected: DayKey;
  desktop: boolean;
  onSelect: (key: DayKey) => void;
  onOpen: (id: string) => void;
  border: string;
  primary: string;
}) {
  const { grid, byDay, today, selected, desktop, onSelect, onOpen, border, primary } = props;
  const selectedSessions = byDay.get(selected) ?? [];
  return (
    <>
      <div
        role="grid"
        aria-label="月历"
        data-testid="calendar-month"
        style={{ display: "grid", gridTemplateColumns: "repeat(7, minmax(0, 1fr))", borderTop: `1px solid ${border}`, borderInlineStart: `1px solid ${border}`, background: "#fff" }}
      >
        {WEEK_HEAD.map((d) => (
          <div key={d} style={{ padding: 4, textAlign: "center", fontWeight: 500, borderInlineEnd: `1px solid ${border}`, borderBottom: `1px solid ${border}` }}>
            {d}
          </div>
        ))}
        {grid.flat().map((cell) => {
          const sessions = byDay.get(cell.key) ?? [];
          const isSelected = cell.key === selected;
          return (
            <div
              key={cell.key}
              role="gridcell"
              aria-selected={isSelected}
              data-testid={`calendar-day-${cell.key}`}
              onClick={() => onSelect(cell.key)}
              style={{
                minHeight: desktop ? 104 : 48,
                padding: 4,
                borderInlineEnd: `1px solid ${border}`,
                borderBottom: `1px solid ${border}`,
                background: isSelected ? "#e6f4ff" : cell.inMonth ? undefined : "#fafafa",
                cursor: "pointer",
                minWidth: 0,
              }}
            >
              <div style={{ textAlign: desktop ? "end" : "center", color: cell.inMonth ? undefined : "#bbb", fontSize: 13 }}>
                <span
                  style={
                    cell.key === today
                      ? { background: primary, color: "#fff", borderRadius: 10, padding: "0 6px" }
                      : undefined
                  }
                >
                  {cell.day}
                </span>
              </div>
              {desktop ? (
                <>
                  {sessions.slice(0, 3).map((s) => (
                    <SessionChip key={s.id} session={s} onOpen={onOpen} />
                  ))}
                  {sessions.length > 3 ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      还有 {sessions.length - 3} 场
                    </Typography.Text>
                  ) : null}
                </>
              ) : sessions.length > 0 ? (
                <div style={{ textAlign: "center" }}>
                  <Badge count={sessions.length} size="small" color={primary} />
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
      <DayList
        title={`${calendarDay(selected).month}月${calendarDay(selected).day}日的培训`}
        sessions={selectedSessions}
        onOpen={onOpen}
      />
    </>
  );
}

function DayList({ title, sessions, onOpen }: { title: string; sessions: CalendarSession[]; onOpen: (id: string) => void }) {
  return (
    <div style={{ marginTop: 16 }} data-testid="calendar-day-list">
      <Typography.Title level={5}>{title}</Typography.Title>
      {sessions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="当天没有培训" />
      ) : (
        <Flex vertical gap={8}>
          {sessions.map((s) => (
            <SessionCard key={s.id} session={s} onOpen={onOpen} />
          ))}
        </Flex>
      )}
    </div>
  );
}

export function SessionCard({ session, onOpen }: { session: CalendarSession; onOpen: (id: string) => void }) {
  const summary = session.attendanceSummary;
  return (
    <Card size="small" hoverable onClick={() => onOpen(session.id)} data-testid="session-card">
      <Flex justify="space-between" gap={8} align="start">
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong style={{ display: "block" }} ellipsis>
            {session.title}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {formatRange(session.startsAt, session.endsAt)}
            {session.venue ? ` · ${session.venue}` : ""}
          </Typography.Text>
        </div>
        <Flex vertical align="end" gap={4} style={{ flexShrink: 0 }}>
          <Tag color={SESSION_STATUS_COLORS[session.status]} style={{ marginInlineEnd: 0 }}>
            {SESSION_STATUS_LABELS[session.status]}
          </Tag>
          <Tag color={KIND_COLORS[session.kind]} style={{ marginInlineEnd: 0 }}>
            {KIND_LABELS[session.kind]}
          </Tag>
        </Flex>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {session.organizer.name} · 应到 {summary.expected} 人 · 已到 {summary.present + summary.late} 人
      </Typography.Text>
    </Card>
  );
}

function WeekView(props: {
  days: DayKey[];
  byDay: Map<DayKey, CalendarSession[]>;
  today: DayKey;
  desktop: boolean;
  onOpen: (id: string) => void;
}) {
  const { days, byDay, today, desktop, onOpen } = props;
  if (!desktop) {
    return (
      <Flex vertical gap={12} data-testid="calendar-week">
        {days.map((key, i) => {
          const sessions = byDay.get(key) ?? [];
          const d = calendarDay(key);
          return (
            <div key={key} data-testid={`calendar-day-${key}`}>
              <Typography.Text strong type={key === today ? undefined : "secondary"}>
                周{WEEK_HEAD[i]} {d.month}月{d.day}日{key === today ? "（今天）" : ""}
              </Typography.Text>
              {sessions.length === 0 ? (
                <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                  无培训
                </Typography.Text>
              ) : (
                <Flex vertical gap={6} style={{ marginTop: 4 }}>
                  {sessions.map((s) => (
                    <SessionCard key={s.id} session={s} onOpen={onOpen} />
                  ))}
                </Flex>
              )}
            </div>
          );
        })}
      </Flex>
    );
  }
  return (
    <div data-testid="calendar-week" style={{ display: "grid", gridTemplateColumns: "repeat(7, minmax(0, 1fr))", gap: 8 }}>
      {days.map((key, i) => {
        const sessions = byDay.get(key) ?? [];
        const d = calendarDay(key);
        return (
          <div key={key} data-testid={`calendar-day-${key}`} style={{ minWidth: 0 }}>
            <div style={{ textAlign: "center", padding: 6, background: key === today ? "#e6f4ff" : "#fafafa", marginBottom: 6, fontWeight: 500 }}>
              周{WEEK_HEAD[i]} {d.month}/{d.day}
            </div>
            {sessions.map((s) => (
              <Card
                key={s.id}
                size="small"
                hoverable
                onClick={() => onOpen(s.id)}
                style={{ marginBottom: 6, borderInlineStart: `3px solid ${chipColor(s.kind)}` }}
                styles={{ body: { padding: 8 } }}
                data-testid="calendar-session"
              >
                <Typography.Text type="secondary" style={{ fontSize: 12, display: "block" }}>
                  {formatTime(s.startsAt)}–{formatTime(s.endsAt)}
                </Typography.Text>
                <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginBottom: 0, fontSize: 13, textDecoration: s.status === "CANCELLED" ? "line-through" : undefined }}>
                  {s.title}
                </Typography.Paragraph>
              </Card>
            ))}
          </div>
        );
      })}
    </div>
  );
}
