import { LogoutOutlined, LockOutlined, MenuOutlined, UserOutlined } from "@ant-design/icons";
import { Avatar, Button, Drawer, Dropdown, Flex, Layout, Menu, Result, Spin, Typography, theme } from "antd";
import type { MenuProps } from "antd";
import { Suspense, useMemo, useState, type ReactNode } from "react";
import { Navigate, Outlet, useLocation, useNavigate } from "react-router";
import { canSee, inMenu, roleLabel } from "../access";
import type { AppRoute } from "../appRoute";
import { domains } from "../domains";
import { clearToken, getToken, loginPath, logout } from "../services/auth";
import { operationErrorText } from "../components/userErrors";
import { SessionProvider, useSession, type Me } from "../services/session";
import { useDesktop } from "./useDesktop";

/** Every page but /login: loads `me`, then the menu, the header and the page. */
export function AppLayout() {
  const location = useLocation();
  if (!getToken()) {
    return <Navigate replace to={loginPath(location.pathname + location.search)} />;
  }
  return (
    <SessionProvider>
      <SessionGate />
    </SessionProvider>
  );
}

function SessionGate() {
  const { me, loaded, error, refresh } = useSession();
  const location = useLocation();
  if (me) return <Shell me={me} />;
  if (error && !loaded) {
    return (
      <Result
        status="error"
        title="无法加载用户信息"
        subTitle={operationErrorText(error)}
        extra={
          <Button type="primary" onClick={refresh}>
            重试
          </Button>
        }
      />
    );
  }
  if (!loaded) return <FullPageSpin />;
  // The server does not know the token (expired, revoked): log in again.
  clearToken();
  return <Navigate replace to={loginPath(location.pathname + location.search)} />;
}

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: "60vh" }}>
      <Spin size="large" />
    </Flex>
  );
}

/** The menu path that best matches the current path (the longest one it starts with). */
function selectedKey(pathname: string, paths: string[]): string | undefined {
  let best: string | undefined;
  for (const path of paths) {
    const matches = path === "/" ? pathname === "/" : pathname === path || pathname.startsWith(`${path}/`);
    if (matches && (!best || path.length > best.length)) best = path;
  }
  return best;
}

function menuItems(roles: Me["roles"]): { items: NonNullable<MenuProps["items"]>; paths: string[] } {
  const items: NonNullable<MenuProps["items"]> = [];
  const paths: string[] = [];
  for (const domain of domains) {
    const visible = domain.routes.filter((route) => inMenu(route) && canSee(route, roles));
    visible.forEach((route) => paths.push(route.path));
    if (visible.length === 1) {
      const [route] = visible;
      items.push({ key: route.path, icon: route.icon ?? domain.icon, label: route.title });
    } else if (visible.length > 1) {
      items.push({
        key: `group:${domain.key}`,
        icon: domain.icon,
        label: domain.title,
        children: visible.map((route) => ({ key: route.path, icon: route.icon, label: route.title })),
      });
    }
  }
  return { items, paths };
}

function Shell({ me }: { me: Me }) {
  const desktop = useDesktop();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();
  const { token } = theme.useToken();
  const { items, paths } = useMemo(() => menuItems(me.roles), [me.roles]);
  const selected = selectedKey(location.pathname, paths);
  const openGroup = domains.find((d) => d.routes.some((r) => r.path === selected))?.key;

  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={openGroup ? [`group:${openGroup}`] : []}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(key);
      }}
      style={{ borderInlineEnd: "none" }}
      data-testid="nav-menu"
    />
  );

  const brand = (
    <Typography.Text strong style={{ fontSize: 18, whiteSpace: "nowrap" }}>
      练兵
    </Typography.Text>
  );

  const userMenu: MenuProps = {
    items: [
      {
        key: "who",
        disabled: true,
        label: (
          <div>
            <div>{me.person?.name ?? me.username}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[me.person?.unit.name, me.roles.map(roleLabel).join("、")].filter(Boolean).join(" · ")}
            </Typography.Text>
          </div>
        ),
      },
      { type: "divider" },
      { key: "/account/password", icon: <LockOutlined />, label: "修改密码" },
      { key: "logout", icon: <LogoutOutlined />, label: <span data-testid="logout">退出登录</span> },
    ],
    onClick: ({ key }) => {
      if (key === "logout") logout();
      else navigate(key);
    },
  };

  return (
    <Layout style={{ minHeight: "100vh" }}>
      {desktop ? (
        <Layout.Sider width={220} theme="light" style={{ borderInlineEnd: `1px solid ${token.colorSplit}` }}>
          <div style={{ height: 64, display: "flex", alignItems: "center", paddingInline: 24 }}>{brand}</div>
          {menu}
        </Layout.Sider>
      ) : null}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorSplit}`,
            paddingInline: desktop ? 24 : 8,
            display: "flex",
            alignItems: "center",
            gap: 8,
            position: "sticky",
            top: 0,
            zIndex: 10,
          }}
        >
          {desktop ? null : (
            <>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label="打开菜单"
                data-testid="menu-toggle"
                onClick={() => setDrawerOpen(true)}
              />
              {brand}
            </>
          )}
          <div style={{ flex: 1 }} />
          <Dropdown menu={userMenu} trigger={["click"]} placement="bottomRight">
            <Button type="text" style={{ height: 48, paddingInline: 8 }} data-testid="user-menu">
              <Flex align="center" gap={8}>
                <Avatar size="small" icon={<UserOutlined />} />
                {desktop ? (
                  <Flex vertical align="flex-start" style={{ lineHeight: 1.3 }}>
                    <span>{me.person?.name ?? me.username}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {me.person?.unit.name ?? ""}
                    </Typography.Text>
                  </Flex>
                ) : null}
                <Typography.Text type="secondary" data-testid="current-user">
                  {me.username}
                </Typography.Text>
              </Flex>
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ padding: desktop ? 24 : 12, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {desktop ? null : (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          width={260}
          title={brand}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
    </Layout>
  );
}

/** A page the user's roles may not open shows 403 instead. */
export function RouteGuard({ route, children }: { route: AppRoute; children: ReactNode }) {
  const { me } = useSession();
  const navigate = useNavigate();
  if (!canSee(route, me?.roles)) {
    return (
      <div data-testid="forbidden">
        <Result
          status="403"
          title="403"
          subTitle="抱歉，您没有权限访问此页面。"
          extra={
            <Button type="primary" onClick={() => navigate("/")}>
              返回首页
            </Button>
          }
        />
      </div>
    );
  }
  return <>{children}</>;
}
