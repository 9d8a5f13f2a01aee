import { App, Checkbox, Form, Input, Modal, TreeSelect } from "antd";
import { useLayoutEffect } from "react";
import { useMutation } from "urql";
import { ALL_ROLES, ROLE_LABELS, type Role } from "../../access";
import { useUserErrors } from "../../components/FormErrors";
import type { AdminUsersQuery } from "../../gql/graphql";
import { adminCreateUserMutation, adminUpdateUserMutation } from "../../services/admin";
import { PersonSelect, type PersonOption } from "./PersonSelect";
import type { UnitTreeNode } from "./unitTree";

export type AdminUser = AdminUsersQuery["users"]["edges"][number]["node"];

type Values = {
  username?: string;
  password?: string;
  roles: Role[];
  personId?: string | null;
  scopeUnitId?: string | null;
};

export type UserFormTarget = { mode: "create"; person?: PersonOption | null } | { mode: "edit"; user: AdminUser };

type Props = {
  target: UserFormTarget | null;
  unitTree: UnitTreeNode[];
  onClose: () => void;
  onSaved: (user: { id: string; username: string }) => void;
};

const ROLE_OPTIONS = ALL_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Create an account (username, first password, roles, person, scope) or edit one's roles, person and scope. */
export function UserFormModal({ target, unitTree, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching: creating }, createUser] = useMutation(adminCreateUserMutation);
  const [{ fetching: updating }, updateUser] = useMutation(adminUpdateUserMutation);
  const { message } = App.useApp();
  const editing = target?.mode === "edit" ? target.user : null;
  const initialPerson: PersonOption | null =
    target?.mode === "edit"
      ? target.user.person
        ? { id: target.user.person.id, name: target.user.person.name }
        : null
      : (target?.person ?? null);

  // Before the browser paints the opened dialog: a click on it can never land on the fields
  // before they hold the values, and then be undone by them.
  useLayoutEffect(() => {
    if (!target) return;
    clear();
    form.resetFields();
    if (target.mode === "edit") {
      form.setFieldsValue({
        roles: [...target.user.roles],
        personId: target.user.person?.id ?? null,
        scopeUnitId: target.user.scopeUnit?.id ?? null,
      });
    } else {
      form.setFieldsValue({ roles: ["OFFICER"], personId: target.person?.id ?? null, scopeUnitId: null });
    }
  }, [target, form, clear]);

  async function onFinish(values: Values) {
    clear();
    if (editing) {
      const result = await updateUser({
        input: {
          id: editing.id,
          roles: values.roles,
          personId: values.personId ?? null,
          scopeUnitId: values.scopeUnitId ?? null,
        },
      });
      if (result.error) return showError(result.error);
      const payload = result.data?.updateUser;
      if (!payload || showUserErrors(payload.userErrors) || !payload.user) return;
      message.success("账号已保存");
      onSaved(payload.user);
    } else {
      const result = await createUser({
        input: {
          username: (values.username ?? "").trim(),
          password: values.password ?? "",
          roles: values.roles ?? [],
          personId: values.personId ?? null,
          scopeUnitId: values.scopeUnitId ?? null,
        },
      });
      if (result.error) return showError(result.error);
      const payload = result.data?.createUser;
      if (!payload || showUserErrors(payload.userErrors) || !payload.user) return;
      message.success(`已创建账号：${payload.user.username}`);
      onSaved(payload.user);
    }
  }

  return (
    <Modal
      open={target !== null}
      title={editing ? `编辑账号：${editing.username}` : initialPerson ? `为 ${initialPerson.name} 创建账号` : "新建账号"}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={creating || updating}
      onCancel={onClose}
      forceRender
    >
      {alert}
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid="user-form">
        {editing ? null : (
          <>
            <Form.Item
              label="用户名"
              name="username"
              extra="3-50 位字母、数字、点、短横线或下划线"
              rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}
            >
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
            <Form.Item
              label="初始密码"
              name="password"
              extra="至少 8 个字符；请告知本人登录后修改"
              rules={[{ required: true, message: "请输入初始密码" }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
        <Form.Item label="角色" name="roles" rules={[{ required: true, message: "请至少选择一个角色" }]}>
          <Checkbox.Group options={ROLE_OPTIONS} />
        </Form.Item>
        <Form.Item label="对应人员" name="personId" extra="执法人员的账号须关联到本人">
          <PersonSelect initial={initialPerson} allowAccountOf={editing?.id ?? null} />
        </Form.Item>
        <Form.Item
          label="管理范围"
          name="scopeUnitId"
          extra={editing ? "留空则为全县" : "留空：乡镇、企业人员默认为其所在乡镇或企业，其他为全县"}
        >
          <TreeSelect allowClear showSearch treeNodeFilterProp="title" treeData={unitTree} placeholder="全县" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
