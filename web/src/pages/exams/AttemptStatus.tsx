import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  DisconnectOutlined,
  SyncOutlined,
} from "@ant-design/icons";
import { Tag } from "antd";
import type { AutosaveSnapshot } from "../../lib/autosave";
import { formatRemaining, warningLevel } from "../../lib/countdown";

const LEVEL_COLORS = { normal: "blue", warning: "orange", danger: "red" } as const;

/** Time left by the server's clock; orange under 5 minutes, red under 1. */
export function Countdown({ ms, deadline, known }: { ms: number; deadline: string; known: boolean }) {
  const level = warningLevel(ms);
  if (!known) {
    // Until the server's clock is sampled the device's clock could be hours off: show nothing wrong.
    return (
      <Tag icon={<ClockCircleOutlined />} data-testid="countdown" data-level="unknown" style={{ fontSize: 16, padding: "4px 10px" }}>
        校准时间…
      </Tag>
    );
  }
  return (
    <Tag
      color={LEVEL_COLORS[level]}
      icon={<ClockCircleOutlined />}
      data-testid="countdown"
      data-level={level}
      data-deadline={deadline}
      role="timer"
      aria-label={`剩余时间 ${formatRemaining(ms)}`}
      style={{ fontSize: 16, padding: "4px 10px", fontVariantNumeric: "tabular-nums", marginInlineEnd: 0 }}
    >
      剩余 {formatRemaining(ms)}
    </Tag>
  );
}

/** What the autosave queue is doing: 已保存 / 保存中 / 离线，已暂存本机 / errors. */
export function SaveStatus({ snapshot }: { snapshot: AutosaveSnapshot }) {
  const common = { "data-testid": "save-status", "data-status": snapshot.status, style: { marginInlineEnd: 0 } };
  switch (snapshot.status) {
    case "saved":
      return (
        <Tag {...common} color="success" icon={<CheckCircleOutlined />}>
          已保存
        </Tag>
      );
    case "saving":
      return (
        <Tag {...common} color="processing" icon={<SyncOutlined spin />}>
          保存中
        </Tag>
      );
    case "offline":
      return (
        <Tag {...common} color="warning" icon={<DisconnectOutlined />}>
          离线，已暂存本机
        </Tag>
      );
    default: {
      const text = snapshot.closed
        ? "考试已结束，未能保存"
        : snapshot.rejected.length > 0
          ? `${snapshot.rejected.length} 题未保存`
          : "保存失败，正在重试";
      return (
        <Tag {...common} color="error" icon={<CloseCircleOutlined />}>
          {text}
        </Tag>
      );
    }
  }
}
