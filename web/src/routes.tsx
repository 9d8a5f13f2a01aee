import { Suspense, lazy } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";
import type { AppRoute } from "./appRoute";
import { appRoutes } from "./domains";
import { AppLayout, FullPageSpin, RouteGuard } from "./layout/AppLayout";

export { appRoutes, domains } from "./domains";

const LoginPage = lazy(() => import("./pages/login/LoginPage"));
const NotFound = lazy(() => import("./pages/NotFound"));

function toRouteObject(route: AppRoute): RouteObject {
  const element = <RouteGuard route={route}>{route.element}</RouteGuard>;
  return route.path === "/" ? { index: true, element } : { path: route.path, element };
}

export const routeObjects: RouteObject[] = [
  {
    path: "/login",
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: "/",
    element: <AppLayout />,
    children: [...appRoutes.map(toRouteObject), { path: "*", element: <NotFound /> }],
  },
];

export function createRouter() {
  return createBrowserRouter(routeObjects);
}
