import type { AppRoute } from "./appRoute";
import type { Role } from "./gql/graphql";

export type { Role } from "./gql/graphql";
export type { AppRoute } from "./appRoute";

export const ALL_ROLES: readonly Role[] = [
  "ADMIN",
  "TRAINER",
  "OFFICER",
  "LEADER",
  "EVALUATOR",
  "ASSESSMENT_SYSTEM",
];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "系统管理员",
  TRAINER: "培训管理员",
  OFFICER: "执法人员",
  LEADER: "领导",
  EVALUATOR: "评估员",
  ASSESSMENT_SYSTEM: "考核系统",
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role] ?? role;
}

/** Whether `roles` include any of `wanted`. */
export function hasRole(roles: readonly Role[] | null | undefined, ...wanted: Role[]): boolean {
  return !!roles && wanted.some((role) => roles.includes(role));
}

/** A route with no roles is open to every logged-in user; otherwise one of its roles is needed. */
export function canSee(route: Pick<AppRoute, "roles">, roles: readonly Role[] | null | undefined): boolean {
  if (!route.roles || route.roles.length === 0) return true;
  return hasRole(roles, ...route.roles);
}

/** Whether a route belongs in the side menu (a page with a path parameter never does). */
export function inMenu(route: AppRoute): boolean {
  return route.menu !== false && !route.path.includes(":");
}

export const isAdmin = (roles: readonly Role[] | null | undefined) => hasRole(roles, "ADMIN");
export const isTrainer = (roles: readonly Role[] | null | undefined) => hasRole(roles, "TRAINER");
export const isOfficer = (roles: readonly Role[] | null | undefined) => hasRole(roles, "OFFICER");
export const isLeader = (roles: readonly Role[] | null | undefined) => hasRole(roles, "LEADER");
export const isEvaluator = (roles: readonly Role[] | null | undefined) =>
  hasRole(roles, "EVALUATOR");
