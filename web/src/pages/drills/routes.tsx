import { FireOutlined, ToolOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { AppRoute } from "../../appRoute";
import type { Role } from "../../gql/graphql";

const DrillsPage = lazy(() => import("./DrillsPage"));
const DrillPage = lazy(() => import("./DrillPage"));
const ReportPage = lazy(() => import("./ReportPage"));
const EvaluatePage = lazy(() => import("./EvaluatePage"));
const ActionsPage = lazy(() => import("./ActionsPage"));

// Who reads drills (schema/permissions.py STAFF): everyone with a role but the ledger system.
const STAFF: Role[] = ["ADMIN", "TRAINER", "OFFICER", "LEADER", "EVALUATOR"];

export const routes: AppRoute[] = [
  { path: "/drills", title: "演练列表", icon: <FireOutlined />, roles: STAFF, element: <DrillsPage /> },
  { path: "/drills/actions", title: "整改事项", icon: <ToolOutlined />, roles: STAFF, element: <ActionsPage /> },
  { path: "/drills/:id", title: "演练详情", roles: STAFF, element: <DrillPage /> },
  { path: "/drills/:id/report", title: "演练评估报告", roles: STAFF, element: <ReportPage /> },
  { path: "/drills/:id/evaluate", title: "演练评分", roles: ["EVALUATOR"], element: <EvaluatePage /> },
];
