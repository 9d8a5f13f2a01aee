import {
  BookOutlined,
  FileDoneOutlined,
  FireOutlined,
  HomeOutlined,
  IdcardOutlined,
  ReadOutlined,
  SettingOutlined,
  UserOutlined,
} from "@ant-design/icons";
import type { AppDomain, AppRoute } from "./appRoute";
import { routes as account } from "./pages/account/routes";
import { routes as admin } from "./pages/admin/routes";
import { routes as bank } from "./pages/bank/routes";
import { routes as drills } from "./pages/drills/routes";
import { routes as exams } from "./pages/exams/routes";
import { routes as home } from "./pages/home/routes";
import { routes as me } from "./pages/me/routes";
import { routes as training } from "./pages/training/routes";

/** The menu groups in menu order; a group with one visible page shows as a single item. */
export const domains: AppDomain[] = [
  { key: "home", title: "首页", icon: <HomeOutlined />, routes: home },
  { key: "training", title: "培训", icon: <ReadOutlined />, routes: training },
  { key: "exams", title: "考试", icon: <FileDoneOutlined />, routes: exams },
  { key: "bank", title: "题库与组卷", icon: <BookOutlined />, routes: bank },
  { key: "drills", title: "演练", icon: <FireOutlined />, routes: drills },
  { key: "me", title: "我的档案", icon: <IdcardOutlined />, routes: me },
  { key: "admin", title: "系统管理", icon: <SettingOutlined />, routes: admin },
  { key: "account", title: "账号", icon: <UserOutlined />, routes: account },
];

export const appRoutes: AppRoute[] = domains.flatMap((domain) => domain.routes);
