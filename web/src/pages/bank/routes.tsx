import { BookOutlined, FileAddOutlined, ProfileOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { AppRoute } from "../../appRoute";
import type { Role } from "../../gql/graphql";

const QuestionsPage = lazy(() => import("./QuestionsPage"));
const ImportPage = lazy(() => import("./ImportPage"));
const ExamsPage = lazy(() => import("./ExamsPage"));
const ExamBuilderPage = lazy(() => import("./ExamBuilderPage"));
const ExamDetailPage = lazy(() => import("./ExamDetailPage"));
const GradingPage = lazy(() => import("./GradingPage"));
const StatisticsPage = lazy(() => import("./StatisticsPage"));

// The bank keepers: the API lets admins and trainers read the bank and build exams.
const KEEPERS: Role[] = ["TRAINER", "ADMIN"];

export const routes: AppRoute[] = [
  { path: "/bank/questions", title: "题库", icon: <BookOutlined />, roles: KEEPERS, element: <QuestionsPage /> },
  { path: "/bank/import", title: "批量导入", icon: <FileAddOutlined />, roles: KEEPERS, element: <ImportPage /> },
  { path: "/bank/exams", title: "考试管理", icon: <ProfileOutlined />, roles: KEEPERS, element: <ExamsPage /> },
  { path: "/bank/exams/new", title: "新建考试", roles: KEEPERS, menu: false, element: <ExamBuilderPage /> },
  { path: "/bank/exams/:id", title: "考试详情", roles: KEEPERS, element: <ExamDetailPage /> },
  { path: "/bank/exams/:id/edit", title: "编辑考试", roles: KEEPERS, element: <ExamBuilderPage /> },
  { path: "/bank/exams/:id/grading", title: "阅卷", roles: KEEPERS, element: <GradingPage /> },
  // Leaders read an exam's statistics too (those whose scope covers its organiser).
  { path: "/bank/exams/:id/statistics", title: "成绩分析", roles: [...KEEPERS, "LEADER"], element: <StatisticsPage /> },
];
