import { Card, Col, Row, Typography } from "antd";
import type { Role } from "../../access";
import { ALL_ROLES, roleLabel } from "../../access";
import { PageHeader } from "../../components/PageHeader";
import { useMe } from "../../services/session";

// What each role's card is about; the domains' pages will fill the cards with their own content.
const ROLE_HINTS: Record<Role, string> = {
  OFFICER: "我的培训安排、签到、考试与个人档案",
  TRAINER: "培训安排、考勤、题库与组卷",
  LEADER: "演练点评、排名与通报",
  EVALUATOR: "演练与比武评分",
  ADMIN: "单位、人员与账号管理",
  ASSESSMENT_SYSTEM: "积分台账接口",
};

export default function HomePage() {
  const me = useMe();
  const roles = ALL_ROLES.filter((role) => me.roles.includes(role));
  return (
    <>
      <PageHeader title="首页" subTitle={`欢迎，${me.person?.name ?? me.username}`} />
      <Row gutter={[16, 16]}>
        {roles.map((role) => (
          <Col key={role} xs={24} md={12} xl={8}>
            <Card title={roleLabel(role)} data-testid={`home-${role}`}>
              <Typography.Text type="secondary">{ROLE_HINTS[role]}</Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
