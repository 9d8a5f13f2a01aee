import { Flex, Typography } from "antd";
import type { ReactNode } from "react";
import type { Role } from "../../access";
import { roleLabel } from "../../access";
import { PageHeader } from "../../components/PageHeader";
import { useMe } from "../../services/session";
import { AdminHome } from "./AdminHome";
import { EvaluatorHome } from "./EvaluatorHome";
import { LeaderHome } from "./LeaderHome";
import { OfficerHome } from "./OfficerHome";
import { TrainerHome } from "./TrainerHome";

// Each role's section, in the order a user with several roles sees them.
const SECTIONS: [Role, () => ReactNode][] = [
  ["OFFICER", () => <OfficerHome />],
  ["TRAINER", () => <TrainerHome />],
  ["LEADER", () => <LeaderHome />],
  ["EVALUATOR", () => <EvaluatorHome />],
  ["ADMIN", () => <AdminHome />],
];

export default function HomePage() {
  const me = useMe();
  const sections = SECTIONS.filter(([role]) => me.roles.includes(role));
  const several = sections.length > 1;
  return (
    <>
      <PageHeader
        title="首页"
        subTitle={`欢迎，${me.person?.name ?? me.username}${me.person?.unit ? ` · ${me.person.unit.name}` : ""}`}
      />
      <Flex vertical gap={24}>
        {sections.map(([role, render]) => (
          <section key={role} data-testid={`home-${role}`} aria-label={roleLabel(role)}>
            {several ? (
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {roleLabel(role)}
              </Typography.Title>
            ) : null}
            {render()}
          </section>
        ))}
        {sections.length === 0 ? (
          <Typography.Text type="secondary" data-testid="home-none">
            您的账号还没有可用的功能，请联系系统管理员分配角色。
          </Typography.Text>
        ) : null}
      </Flex>
    </>
  );
}
