import { BookOutlined, FileDoneOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { Role } from "../../access";
import type { AppRoute } from "../../appRoute";

const ExamsPage = lazy(() => import("./ExamsPage"));
const TakeExamPage = lazy(() => import("./TakeExamPage"));
const AttemptResultPage = lazy(() => import("./AttemptResultPage"));
const WrongAnswersPage = lazy(() => import("./WrongAnswersPage"));

// Every person's account may sit the exams meant for them (the server decides whose audience it
// is); the ledger's system account has no person.
const SITTERS: Role[] = ["OFFICER", "TRAINER", "LEADER", "EVALUATOR", "ADMIN"];

export const routes: AppRoute[] = [
  { path: "/exams", title: "在线考试", icon: <FileDoneOutlined />, roles: SITTERS, element: <ExamsPage /> },
  { path: "/exams/wrong", title: "错题本", icon: <BookOutlined />, roles: SITTERS, element: <WrongAnswersPage /> },
  { path: "/exams/:examId/take", title: "答题", roles: SITTERS, element: <TakeExamPage /> },
  { path: "/exams/attempts/:attemptId", title: "考试成绩", roles: SITTERS, element: <AttemptResultPage /> },
];
