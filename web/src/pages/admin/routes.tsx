import { ApartmentOutlined, AuditOutlined, TeamOutlined, UserSwitchOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { AppRoute } from "../../appRoute";

const UnitsPage = lazy(() => import("./UnitsPage"));
const PeoplePage = lazy(() => import("./PeoplePage"));
const UsersPage = lazy(() => import("./UsersPage"));
const AuditPage = lazy(() => import("./AuditPage"));

export const routes: AppRoute[] = [
  { path: "/admin/units", title: "单位管理", icon: <ApartmentOutlined />, roles: ["ADMIN"], element: <UnitsPage /> },
  { path: "/admin/people", title: "人员管理", icon: <TeamOutlined />, roles: ["ADMIN"], element: <PeoplePage /> },
  { path: "/admin/users", title: "账号与角色", icon: <UserSwitchOutlined />, roles: ["ADMIN"], element: <UsersPage /> },
  { path: "/admin/audit", title: "审计日志", icon: <AuditOutlined />, roles: ["ADMIN"], element: <AuditPage /> },
];
