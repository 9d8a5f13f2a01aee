import { CalendarOutlined, CheckSquareOutlined, PieChartOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { AppRoute } from "../../appRoute";

const CalendarPage = lazy(() => import("./CalendarPage"));
const SchedulePage = lazy(() => import("./SchedulePage"));
const SessionPage = lazy(() => import("./SessionPage"));
const CheckInPage = lazy(() => import("./CheckInPage"));
const CompliancePage = lazy(() => import("./CompliancePage"));
const MySchedulePage = lazy(() => import("./MySchedulePage"));

const STAFF: AppRoute["roles"] = ["TRAINER", "ADMIN"];

export const routes: AppRoute[] = [
  { path: "/training/my", title: "我的培训", icon: <CheckSquareOutlined />, roles: ["OFFICER"], element: <MySchedulePage /> },
  { path: "/training", title: "培训日历", icon: <CalendarOutlined />, roles: STAFF, element: <CalendarPage /> },
  { path: "/training/new", title: "安排培训", roles: STAFF, menu: false, element: <SchedulePage /> },
  { path: "/training/sessions/:id", title: "培训详情", roles: [...STAFF!, "LEADER"], element: <SessionPage /> },
  { path: "/training/sessions/:id/check-in", title: "签到码", roles: STAFF, element: <CheckInPage /> },
  {
    path: "/training/compliance",
    title: "培训达标",
    icon: <PieChartOutlined />,
    roles: [...STAFF!, "LEADER"],
    element: <CompliancePage />,
  },
];
