import { TrophyOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { AppRoute } from "../../appRoute";

const RecordPage = lazy(() => import("./RecordPage"));

export const routes: AppRoute[] = [
  { path: "/me/record", title: "积分档案", icon: <TrophyOutlined />, roles: ["OFFICER", "TRAINER", "LEADER", "EVALUATOR", "ADMIN"], element: <RecordPage /> },
];
