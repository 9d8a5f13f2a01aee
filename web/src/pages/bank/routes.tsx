import type { AppRoute } from "../../appRoute";

// Pages of this domain: one entry per page, each element a React.lazy import, e.g.
//   const SessionsPage = lazy(() => import("./SessionsPage"));
//   { path: "/training/sessions", title: "培训安排", roles: ["TRAINER"], element: <SessionsPage /> }
export const routes: AppRoute[] = [];
