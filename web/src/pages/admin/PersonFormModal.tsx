import { App, Form, Input, Modal, Select, Switch, TreeSelect } from "antd";
import { useLayoutEffect } from "react";
import { useMutation } from "urql";
import { useUserErrors } from "../../components/FormErrors";
import type { AdminPeopleQuery, PersonCategory } from "../../gql/graphql";
import { adminCreatePersonMutation, adminUpdatePersonMutation } from "../../services/admin";
import { PERSON_CATEGORIES, PERSON_CATEGORY_LABELS } from "./labels";
import type { UnitTreeNode } from "./unitTree";

export type AdminPerson = AdminPeopleQuery["people"]["edges"][number]["node"];
export type SavedPerson = { id: string; name: string; unit: { id: string; name: string } };

type Values = {
  name: string;
  unitId: string;
  category: PersonCategory;
  badgeNumber?: string;
  phone?: string;
  active?: boolean;
};

export type PersonFormTarget = { mode: "create"; unitId?: string | null } | { mode: "edit"; person: AdminPerson };

type Props = {
  target: PersonFormTarget | null;
  unitTree: UnitTreeNode[];
  onClose: () => void;
  onSaved: (person: SavedPerson, created: boolean) => void;
};

/** Create or edit a person: name, unit, category, badge number, phone (and active, when editing). */
export function PersonFormModal({ target, unitTree, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching: creating }, createPerson] = useMutation(adminCreatePersonMutation);
  const [{ fetching: updating }, updatePerson] = useMutation(adminUpdatePersonMutation);
  const { message } = App.useApp();
  const editing = target?.mode === "edit" ? target.person : null;

  // Before the browser paints the opened dialog: a click on it can never land on the fields
  // before they hold the values, and then be undone by them.
  useLayoutEffect(() => {
    if (!target) return;
    clear();
    form.resetFields();
    if (target.mode === "edit") {
      const p = target.person;
      form.setFieldsValue({
        name: p.name,
        unitId: p.unit.id,
        category: p.category,
        badgeNumber: p.badgeNumber ?? "",
        phone: p.phone ?? "",
        active: p.active,
      });
    } else {
      form.setFieldsValue({ unitId: target.unitId ?? undefined, category: "ENFORCEMENT_OFFICER" });
    }
  }, [target, form, clear]);

  async function onFinish(values: Values) {
    clear();
    const common = {
      name: values.name.trim(),
      unitId: values.unitId,
      category: values.category,
      badgeNumber: values.badgeNumber?.trim() || null,
      phone: values.phone?.trim() || null,
    };
    if (editing) {
      const result = await updatePerson({ input: { id: editing.id, ...common, active: values.active ?? true } });
      if (result.error) return showError(result.error);
      const payload = result.data?.updatePerson;
      if (!payload || showUserErrors(payload.userErrors) || !payload.person) return;
      message.success("人员信息已保存");
      onSaved(payload.person, false);
    } else {
      const result = await createPerson({ input: common });
      if (result.error) return showError(result.error);
      const payload = result.data?.createPerson;
      if (!payload || showUserErrors(payload.userErrors) || !payload.person) return;
      onSaved(payload.person, true);
    }
  }

  return (
    <Modal
      open={target !== null}
      title={editing ? `编辑人员：${editing.name}` : "新增人员"}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={creating || updating}
      onCancel={onClose}
      forceRender
    >
      {alert}
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid="person-form">
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item label="所属单位" name="unitId" rules={[{ required: true, message: "请选择单位" }]}>
          <TreeSelect showSearch treeNodeFilterProp="title" treeData={unitTree} placeholder="选择单位" />
        </Form.Item>
        <Form.Item label="人员类别" name="category" rules={[{ required: true, message: "请选择类别" }]}>
          <Select options={PERSON_CATEGORIES.map((c) => ({ value: c, label: PERSON_CATEGORY_LABELS[c] }))} />
        </Form.Item>
        <Form.Item label="执法证号" name="badgeNumber">
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item label="联系电话" name="phone">
          <Input maxLength={20} inputMode="tel" autoComplete="off" />
        </Form.Item>
        {editing ? (
          <Form.Item label="在岗" name="active" valuePropName="checked" extra="离岗人员不再出现在培训名单和考试对象中">
            <Switch checkedChildren="在岗" unCheckedChildren="离岗" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
