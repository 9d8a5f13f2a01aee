import { LockOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { AppRoute } from "../../appRoute";

const ChangePasswordPage = lazy(() => import("./ChangePasswordPage"));

export const routes: AppRoute[] = [
  {
    path: "/account/password",
    title: "修改密码",
    icon: <LockOutlined />,
    element: <ChangePasswordPage />,
  },
];
