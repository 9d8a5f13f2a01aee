import { ApartmentOutlined, AuditOutlined, KeyOutlined, TeamOutlined, UserAddOutlined } from "@ant-design/icons";
import { Button, Col, Row, Typography } from "antd";
import type { ReactNode } from "react";
import { useNavigate } from "react-router";
import { HomeCard } from "./parts";

const SHORTCUTS: { label: string; hint: string; path: string; icon: ReactNode }[] = [
  { label: "新增人员", hint: "人员入职、调动、离岗", path: "/admin/people?new=1", icon: <TeamOutlined /> },
  { label: "新建账号", hint: "为人员开通登录、分配角色", path: "/admin/users?new=1", icon: <UserAddOutlined /> },
  { label: "重置密码", hint: "忘记密码、账号被锁定", path: "/admin/users", icon: <KeyOutlined /> },
  { label: "单位管理", hint: "单位树：新增、改名、调整隶属", path: "/admin/units", icon: <ApartmentOutlined /> },
  { label: "审计日志", hint: "谁在何时做了什么", path: "/admin/audit", icon: <AuditOutlined /> },
];

/** The admin's home: the things an administrator does most, one tap away. */
export function AdminHome() {
  const navigate = useNavigate();
  return (
    <HomeCard title="常用操作" testId="home-admin-shortcuts">
      <Row gutter={[12, 12]} style={{ paddingBlock: 8 }}>
        {SHORTCUTS.map((s) => (
          <Col key={s.label} xs={12} md={8} xl={4}>
            <Button
              block
              icon={s.icon}
              onClick={() => navigate(s.path)}
              style={{ height: "auto", paddingBlock: 12, whiteSpace: "normal", display: "flex", flexDirection: "column", gap: 4 }}
            >
              <span>{s.label}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {s.hint}
              </Typography.Text>
            </Button>
          </Col>
        ))}
      </Row>
    </HomeCard>
  );
}
