// The full-screen check-in code: big digits for a projector or a phone held up, a countdown to
// the code's expiry by the server's clock, a new code opened shortly before it expires, and the
// live count of who has checked in.
import { CloseOutlined, FullscreenOutlined, ReloadOutlined } from "@ant-design/icons";
import { Button, Flex, Progress, Result, Select, Spin, Typography } from "antd";
import { useCallback, useEffect, useRef, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useMutation } from "urql";
import { errorText, operationErrorText } from "../../components/userErrors";
import { createServerClock, formatRemaining, nextTickDelay, remaining } from "../../lib/countdown";
import { openCheckInMutation } from "../../services/training";
import { DEFAULT_VALIDITY, VALIDITY_CHOICES, groupDigits, issuedAt, rotationDelay } from "./checkInCode";
import { formatRange, percent } from "./format";
import { useLiveAttendance } from "./useLiveAttendance";

type Code = { code: string; expiresAt: string; validSeconds: number };

export default function CheckInPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const [validity, setValidity] = useState<number>(DEFAULT_VALIDITY);
  const [code, setCode] = useState<Code | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [, openCheckIn] = useMutation(openCheckInMutation);
  const clock = useRef(createServerClock());
  const [, setTick] = useState(0);
  const live = useLiveAttendance(id);

  const open = useCallback(async () => {
    const sentAt = Date.now();
    const result = await openCheckIn({ input: { sessionId: id, validSeconds: validity } });
    const receivedAt = Date.now();
    if (result.error) return setFailure(operationErrorText(result.error));
    const payload = result.data?.openCheckIn;
    if (!payload) return setFailure("无法生成签到码");
    if (payload.userErrors.length > 0) return setFailure(payload.userErrors.map(errorText).join("；"));
    if (!payload.code || !payload.expiresAt) return setFailure("无法生成签到码");
    const issued = issuedAt(payload.expiresAt, validity);
    if (issued) clock.current.sample(issued, sentAt, receivedAt);
    setFailure(null);
    setCode({ code: payload.code, expiresAt: payload.expiresAt, validSeconds: validity });
  }, [id, validity, openCheckIn]);

  // A first code, and a new one whenever the validity changes.
  useEffect(() => {
    void open();
  }, [open]);

  // Rotation: the next code shortly before this one expires.
  useEffect(() => {
    if (!code) return;
    const timer = window.setTimeout(() => void open(), rotationDelay(code.expiresAt, clock.current.now(), code.validSeconds));
    return () => window.clearTimeout(timer);
  }, [code, open]);

  // The countdown ticks on the second.
  const left = code ? remaining(code.expiresAt, clock.current) : 0;
  useEffect(() => {
    if (!code) return;
    const timer = window.setTimeout(() => setTick((t) => t + 1), nextTickDelay(left));
    return () => window.clearTimeout(timer);
  });

  const session = live.session;
  const summary = live.summary;
  const checkedIn = summary ? summary.present + summary.late : 0;
  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    navigate(`/training/sessions/${encodeURIComponent(id)}`);
  };

  return (
    <div
      data-testid="check-in-screen"
      style={{
        position: "fixed",
        inset: 0,
        zIndex: 1000,
        background: "#001529",
        color: "#fff",
        display: "flex",
        flexDirection: "column",
        padding: "16px 16px 24px",
        overflow: "auto",
      }}
    >
      <Flex justify="space-between" align="start" gap={8} wrap>
        <div style={{ minWidth: 0, flex: 1 }}>
          <Typography.Title level={4} style={{ color: "#fff", margin: 0 }} ellipsis>
            {session?.title ?? "签到"}
          </Typography.Title>
          <Typography.Text style={{ color: "rgba(255,255,255,0.65)" }}>
            {session ? formatRange(session.startsAt, session.endsAt) : ""}
          </Typography.Text>
        </div>
        <Flex gap={8} wrap>
          <Select
            value={validity}
            onChange={setValidity}
            options={VALIDITY_CHOICES.map((s) => ({ value: s, label: `每 ${s >= 60 ? `${s / 60} 分钟` : `${s} 秒`}更换` }))}
            aria-label="签到码有效期"
            data-testid="code-validity"
            style={{ width: 140 }}
          />
          <Button icon={<ReloadOutlined />} onClick={() => void open()} aria-label="立即更换">
            立即更换
          </Button>
          <Button
            icon={<FullscreenOutlined />}
            aria-label="全屏"
            onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
          />
          <Button icon={<CloseOutlined />} onClick={exit} aria-label="退出签到">
            退出
          </Button>
        </Flex>
      </Flex>
      <Flex vertical align="center" justify="center" style={{ flex: 1, textAlign: "center" }} gap={16}>
        {failure ? (
          <Result
            status="warning"
            title={<span style={{ color: "#fff" }}>{failure}</span>}
            extra={<Button onClick={() => void open()}>重试</Button>}
            data-testid="check-in-failure"
          />
        ) : code ? (
          <>
            <Typography.Text style={{ color: "rgba(255,255,255,0.75)", fontSize: 18 }}>请在手机上输入签到码</Typography.Text>
            <div
              data-testid="check-in-code"
              data-code={code.code}
              aria-label={`签到码 ${code.code.split("").join(" ")}`}
              style={{
                fontSize: "clamp(64px, 18vw, 220px)",
                fontWeight: 700,
                letterSpacing: "0.08em",
                fontVariantNumeric: "tabular-nums",
                lineHeight: 1.1,
                fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
              }}
            >
              {groupDigits(code.code)}
            </div>
            <div style={{ width: "min(480px, 90vw)" }}>
              <Progress
                percent={Math.round((left / (code.validSeconds * 1000)) * 100)}
                showInfo={false}
                strokeColor={left < 10_000 ? "#faad14" : "#52c41a"}
                trailColor="rgba(255,255,255,0.2)"
              />
              <Typography.Text style={{ color: "rgba(255,255,255,0.75)", fontSize: 16 }} data-testid="code-countdown">
                {formatRemaining(left)} 后更换
              </Typography.Text>
            </div>
          </>
        ) : (
          <Spin size="large" />
        )}
      </Flex>
      <Flex justify="center" gap={32} wrap style={{ textAlign: "center" }}>
        <div>
          <div style={{ fontSize: "clamp(40px, 10vw, 88px)", fontWeight: 700, lineHeight: 1 }} data-testid="checked-in-count">
            {summary ? checkedIn : "–"}
          </div>
          <Typography.Text style={{ color: "rgba(255,255,255,0.65)", fontSize: 16 }}>
            已签到 / 应到 <span data-testid="expected-count">{summary?.expected ?? "–"}</span> 人
          </Typography.Text>
          <Typography.Text style={{ color: "rgba(255,255,255,0.45)", fontSize: 12, display: "block" }} data-testid="count-mode">
            {live.mode === "live" ? "实时更新" : "每 5 秒刷新"}
          </Typography.Text>
        </div>
        <div>
          <div style={{ fontSize: "clamp(40px, 10vw, 88px)", fontWeight: 700, lineHeight: 1 }}>{summary ? summary.late : "–"}</div>
          <Typography.Text style={{ color: "rgba(255,255,255,0.65)", fontSize: 16 }}>其中迟到</Typography.Text>
        </div>
        <div>
          <div style={{ fontSize: "clamp(40px, 10vw, 88px)", fontWeight: 700, lineHeight: 1 }}>{summary ? percent(summary.rate) : "–"}</div>
          <Typography.Text style={{ color: "rgba(255,255,255,0.65)", fontSize: 16 }}>出勤率</Typography.Text>
        </div>
      </Flex>
    </div>
  );
}
