import { HistoryOutlined, TrophyOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { AppRoute } from "../../appRoute";

const RecordPage = lazy(() => import("./RecordPage"));
const AttendancePage = lazy(() => import("./AttendancePage"));

export const routes: AppRoute[] = [
  { path: "/me/record", title: "积分档案", icon: <TrophyOutlined />, roles: ["OFFICER", "TRAINER", "LEADER", "EVALUATOR", "ADMIN"], element: <RecordPage /> },
  { path: "/me/attendance", title: "我的考勤", icon: <HistoryOutlined />, roles: ["OFFICER"], element: <AttendancePage /> },
];
