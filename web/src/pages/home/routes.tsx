import { HomeOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { AppRoute } from "../../appRoute";

const HomePage = lazy(() => import("./HomePage"));

export const routes: AppRoute[] = [
  { path: "/", title: "首页", icon: <HomeOutlined />, element: <HomePage /> },
];
