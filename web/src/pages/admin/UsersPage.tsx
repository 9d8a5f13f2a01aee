import { EditOutlined, KeyOutlined, PlusOutlined, StopOutlined } from "@ant-design/icons";
import { App, Button, Card, Empty, Flex, Form, Input, List, Modal, Popconfirm, Skeleton, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useEffect, useLayoutEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { roleLabel } from "../../access";
import { QueryError, useUserErrors } from "../../components/FormErrors";
import { operationErrorText, errorText } from "../../components/userErrors";
import { PageHeader } from "../../components/PageHeader";
import { useDesktop } from "../../layout/useDesktop";
import { adminDeactivateUserMutation, adminResetPasswordMutation, adminUsersQuery } from "../../services/admin";
import { useMe } from "../../services/session";
import { PagerBar, usePager } from "./Pager";
import { UserFormModal, type AdminUser, type UserFormTarget } from "./UserFormModal";
import { useUnits } from "./useUnits";

const PAGE_SIZE = 20;

export default function UsersPage() {
  const desktop = useDesktop();
  const me = useMe();
  const { message } = App.useApp();
  const { tree } = useUnits();
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  const pager = usePager(search);
  const [target, setTarget] = useState<UserFormTarget | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [, deactivate] = useMutation(adminDeactivateUserMutation);

  // ?new=1 (the home page's shortcut) opens the form at once.
  const [params, setParams] = useSearchParams();
  useEffect(() => {
    if (params.get("new") !== "1") return;
    setTarget({ mode: "create" });
    setParams({}, { replace: true });
  }, [params, setParams]);

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: adminUsersQuery,
    variables: { first: PAGE_SIZE, after: pager.after, search: search || null },
  });
  const users = data?.users.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.users.pageInfo;
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  async function onDeactivate(user: AdminUser) {
    const result = await deactivate({ input: { id: user.id } });
    if (result.error) return void message.error(operationErrorText(result.error));
    const errors = result.data?.deactivateUser.userErrors ?? [];
    if (errors.length > 0) return void message.error(errors.map(errorText).join("；"));
    message.success(`已停用账号：${user.username}`);
    refresh();
  }

  const roleTags = (user: AdminUser) => (
    <Flex wrap gap={4}>
      {user.roles.map((role) => (
        <Tag key={role} color={role === "ADMIN" ? "red" : "blue"} style={{ marginInlineEnd: 0 }}>
          {roleLabel(role)}
        </Tag>
      ))}
    </Flex>
  );

  const actions = (user: AdminUser) => (
    <Space size={4} wrap>
      <Button size="small" icon={<EditOutlined />} onClick={() => setTarget({ mode: "edit", user })} aria-label={`编辑 ${user.username}`}>
        编辑
      </Button>
      <Button
        size="small"
        icon={<KeyOutlined />}
        onClick={() => setResetting(user)}
        aria-label={user.active ? `重置 ${user.username} 的密码` : `重新启用 ${user.username}`}
      >
        {user.active ? "重置密码" : "重新启用"}
      </Button>
      {user.active && user.id !== me.id ? (
        <Popconfirm
          title={`停用账号 ${user.username}？`}
          description="停用后该账号无法登录，已登录的会话随即失效。"
          okText="停用"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          onConfirm={() => onDeactivate(user)}
        >
          <Button size="small" danger icon={<StopOutlined />} aria-label={`停用 ${user.username}`}>
            停用
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );

  const status = (user: AdminUser) =>
    user.active ? <Tag color="green">正常</Tag> : <Tag>已停用</Tag>;

  const columns: TableColumnsType<AdminUser> = [
    { title: "用户名", dataIndex: "username", render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: "角色", render: (_, user) => roleTags(user) },
    { title: "人员", render: (_, user) => (user.person ? `${user.person.name}（${user.person.unit.name}）` : "—") },
    { title: "管理范围", render: (_, user) => user.scopeUnit?.name ?? "全县" },
    { title: "状态", render: (_, user) => status(user) },
    { title: "操作", render: (_, user) => actions(user) },
  ];

  return (
    <>
      <PageHeader
        title="账号与角色"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: "create" })}>
            新建账号
          </Button>
        }
      />
      <Card>
        <Input.Search
          allowClear
          placeholder="按用户名搜索"
          aria-label="搜索账号"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            if (!event.target.value) setSearch("");
          }}
          onSearch={(value) => setSearch(value.trim())}
          style={{ marginBottom: 12, maxWidth: desktop ? 280 : "100%" }}
        />
        <QueryError error={error} />
        {desktop ? (
          <Table<AdminUser>
            data-testid="users-table"
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={users}
            loading={fetching}
            pagination={false}
            locale={{ emptyText: <Empty description="没有符合条件的账号" /> }}
          />
        ) : fetching && !data ? (
          <Skeleton active />
        ) : (
          <List<AdminUser>
            data-testid="users-list"
            dataSource={users}
            loading={fetching}
            locale={{ emptyText: <Empty description="没有符合条件的账号" /> }}
            renderItem={(user) => (
              <List.Item key={user.id} data-testid={`user-${user.username}`}>
                <Flex vertical gap={6} style={{ width: "100%" }}>
                  <Flex justify="space-between" align="center" gap={8}>
                    <Typography.Text strong code>
                      {user.username}
                    </Typography.Text>
                    {status(user)}
                  </Flex>
                  {roleTags(user)}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[user.person ? `${user.person.name}（${user.person.unit.name}）` : "未关联人员", `范围：${user.scopeUnit?.name ?? "全县"}`].join(" · ")}
                  </Typography.Text>
                  {actions(user)}
                </Flex>
              </List.Item>
            )}
          />
        )}
        <PagerBar
          page={pager.page}
          hasNext={!!pageInfo?.hasNextPage}
          loading={fetching}
          onPrevious={pager.previous}
          onNext={() => pager.next(pageInfo?.endCursor)}
        />
      </Card>
      <UserFormModal
        target={target}
        unitTree={tree}
        onClose={() => setTarget(null)}
        onSaved={(user) => {
          const created = target?.mode === "create";
          setTarget(null);
          if (created) {
            // New accounts sort last: show this one.
            setTyped(user.username);
            setSearch(user.username);
          }
          refresh();
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onSaved={() => {
          setResetting(null);
          refresh();
        }}
      />
    </>
  );
}

type ResetValues = { newPassword: string; confirm: string };

function ResetPasswordModal({ user, onClose, onSaved }: { user: AdminUser | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<ResetValues>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching }, resetPassword] = useMutation(adminResetPasswordMutation);
  const { message } = App.useApp();

  useLayoutEffect(() => {
    if (!user) return;
    clear();
    form.resetFields();
  }, [user, form, clear]);

  async function onFinish({ newPassword }: ResetValues) {
    if (!user) return;
    clear();
    const result = await resetPassword({ input: { id: user.id, newPassword } });
    if (result.error) return showError(result.error);
    const payload = result.data?.resetPassword;
    if (!payload || showUserErrors(payload.userErrors)) return;
    message.success(`已重置 ${user.username} 的密码`);
    onSaved();
  }

  return (
    <Modal
      open={user !== null}
      title={user ? `${user.active ? "重置密码" : "重新启用（设置新密码）"}：${user.username}` : "重置密码"}
      okText="重置"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      forceRender
    >
      {alert}
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid="reset-password-form">
        <Form.Item label="新密码" name="newPassword" extra="至少 8 个字符。重置后该账号已登录的会话失效，登录锁定解除，停用的账号重新启用" rules={[{ required: true, message: "请输入新密码" }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirm"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: "请再次输入新密码" },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue("newPassword") ? Promise.resolve() : Promise.reject(new Error("两次输入的密码不一致")),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
