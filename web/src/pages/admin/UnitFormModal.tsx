import { App, Form, Input, Modal, Select, TreeSelect } from "antd";
import { useLayoutEffect, useMemo } from "react";
import { useMutation } from "urql";
import { useUserErrors } from "../../components/FormErrors";
import type { UnitKind } from "../../gql/graphql";
import { adminCreateUnitMutation, adminUpdateUnitMutation } from "../../services/admin";
import { UNIT_KINDS, UNIT_KIND_LABELS, buildUnitTree, unitAndBelow, type FlatUnit } from "./unitTree";

type Values = { name: string; kind: UnitKind; parentId?: string | null };

export type UnitFormTarget =
  | { mode: "create"; parentId?: string | null }
  | { mode: "edit"; unit: FlatUnit };

type Props = {
  target: UnitFormTarget | null;
  units: FlatUnit[];
  onClose: () => void;
  onSaved: (unit: FlatUnit) => void;
};

/** Create a unit (under a parent, or at the top) or edit one: name, kind, parent. */
export function UnitFormModal({ target, units, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching: creating }, createUnit] = useMutation(adminCreateUnitMutation);
  const [{ fetching: updating }, updateUnit] = useMutation(adminUpdateUnitMutation);
  const { message } = App.useApp();
  const editing = target?.mode === "edit" ? target.unit : null;

  // Before the browser paints the opened dialog: a click on it can never land on the fields
  // before they hold the values, and then be undone by them.
  useLayoutEffect(() => {
    if (!target) return;
    clear();
    form.resetFields();
    if (target.mode === "edit") {
      form.setFieldsValue({ name: target.unit.name, kind: target.unit.kind, parentId: target.unit.parent?.id ?? null });
    } else {
      const parent = units.find((u) => u.id === target.parentId);
      form.setFieldsValue({ parentId: target.parentId ?? null, kind: parent?.kind ?? "TOWNSHIP" });
    }
  }, [target, form, clear, units]);

  // A unit cannot move under itself or its own sub-units.
  const parentTree = useMemo(() => {
    const blocked = editing ? unitAndBelow(units, editing.id) : new Set<string>();
    return buildUnitTree(units, (unit) => blocked.has(unit.id));
  }, [units, editing]);

  async function onFinish(values: Values) {
    clear();
    const parentId = values.parentId ?? null;
    const name = values.name.trim();
    if (editing) {
      const result = await updateUnit({ input: { id: editing.id, name, kind: values.kind, parentId } });
      if (result.error) return showError(result.error);
      const payload = result.data?.updateUnit;
      if (!payload || showUserErrors(payload.userErrors) || !payload.unit) return;
      message.success("单位已保存");
      onSaved(payload.unit);
    } else {
      const result = await createUnit({ input: { name, kind: values.kind, parentId } });
      if (result.error) return showError(result.error);
      const payload = result.data?.createUnit;
      if (!payload || showUserErrors(payload.userErrors) || !payload.unit) return;
      message.success(`已新增单位：${payload.unit.name}`);
      onSaved(payload.unit);
    }
  }

  return (
    <Modal
      open={target !== null}
      title={editing ? `编辑单位：${editing.name}` : "新增单位"}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={creating || updating}
      onCancel={onClose}
      forceRender
    >
      {alert}
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid="unit-form">
        <Form.Item label="单位名称" name="name" rules={[{ required: true, whitespace: true, message: "请输入单位名称" }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="类型" name="kind" rules={[{ required: true, message: "请选择类型" }]}>
          <Select options={UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }))} />
        </Form.Item>
        <Form.Item label="上级单位" name="parentId" extra="留空则为顶级单位">
          <TreeSelect
            allowClear
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandAll
            treeData={parentTree}
            placeholder="无（顶级单位）"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
