// zh_CN names of the drills domain's enums, and the colours their tags use.
import type { ActionSource, ActionStatus, DrillStatus, DrillType, HseepRating, ParticipantRole } from "../../gql/graphql";

export const DRILL_STATUS_LABELS: Record<DrillStatus, string> = {
  PLANNED: "已计划",
  IN_PROGRESS: "进行中",
  COMPLETED: "已结束",
  REVIEWED: "已复盘",
  CANCELLED: "已取消",
};

export const DRILL_STATUS_COLORS: Record<DrillStatus, string> = {
  PLANNED: "blue",
  IN_PROGRESS: "processing",
  COMPLETED: "gold",
  REVIEWED: "green",
  CANCELLED: "default",
};

/** The list's tabs, in the order a leader looks at them. */
export const DRILL_STATUS_ORDER: DrillStatus[] = ["IN_PROGRESS", "PLANNED", "COMPLETED", "REVIEWED", "CANCELLED"];

export const DRILL_TYPE_LABELS: Record<DrillType, string> = {
  TABLETOP: "桌面推演",
  FUNCTIONAL: "功能演练",
  FULL_SCALE: "实战演练",
};

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  LEAD: "主责",
  SUPPORT: "配合",
};

export const HSEEP_LABELS: Record<HseepRating, string> = {
  P: "P 顺利完成",
  S: "S 基本完成",
  M: "M 问题较多",
  U: "U 未能完成",
};

export const HSEEP_ORDER: HseepRating[] = ["P", "S", "M", "U"];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  OPEN: "待整改",
  IN_PROGRESS: "整改中",
  DONE: "已整改",
  VERIFIED: "已验收",
};

export const ACTION_STATUS_COLORS: Record<ActionStatus, string> = {
  OPEN: "orange",
  IN_PROGRESS: "processing",
  DONE: "cyan",
  VERIFIED: "green",
};

export const ACTION_SOURCE_LABELS: Record<ActionSource, string> = {
  DRILL: "演练",
  DRILL_COMMENT: "点评",
  CASE_REVIEW: "案例复盘",
  OTHER: "其他",
};
