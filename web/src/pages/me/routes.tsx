import { HistoryOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { AppRoute } from "../../appRoute";

const AttendancePage = lazy(() => import("./AttendancePage"));

export const routes: AppRoute[] = [
  { path: "/me/attendance", title: "我的考勤", icon: <HistoryOutlined />, roles: ["OFFICER"], element: <AttendancePage /> },
];
