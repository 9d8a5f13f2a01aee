import type { ReactNode } from "react";
import type { Role } from "./gql/graphql";

/**
 * One page of the app, listed in src/pages/<domain>/routes.tsx.
 * - path: absolute ("/training/sessions", "/exams/:id"); "/" is the home page.
 * - title: zh_CN, shown in the menu and the browser tab.
 * - roles: who may open it; empty or left off = every logged-in user. Others get a 403 page.
 * - menu: false keeps it out of the side menu (detail pages); paths with ":" never show there.
 * - element: a React.lazy page, e.g. `const P = lazy(() => import("./P")); element: <P />`.
 */
export type AppRoute = {
  path: string;
  title: string;
  icon?: ReactNode;
  roles?: Role[];
  menu?: boolean;
  element: ReactNode;
};

/** A domain's routes with the menu group they sit in. */
export type AppDomain = {
  key: string;
  title: string;
  icon?: ReactNode;
  routes: AppRoute[];
};
