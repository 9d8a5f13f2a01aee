import { App, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useMemo } from "react";
import { useMutation } from "urql";
import { useUserErrors } from "../../components/FormErrors";
import { createActionItemMutation } from "../../services/drills";

export type UnitOption = { id: string; name: string };

type Values = { title: string; ownerUnitId: string; dueDate: Dayjs; description?: string };

type Props = {
  open: boolean;
  onClose: () => void;
  /** The drill it comes from (ignored by the server when a comment is given). */
  drillId?: string;
  /** The comment it comes from: its text fills in the form. */
  comment?: { id: string; body: string } | null;
  /** The units that may own it: the drill's participants and organiser. */
  units: UnitOption[];
};

const DEFAULT_DAYS = 14;

function titleFrom(body: string): string {
  const line = body.split(/\n/)[0].trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/** 新建整改事项: from a comment (source 点评) or from the drill (source 演练). */
export function ActionItemModal({ open, onClose, drillId, comment, units }: Props) {
  const [form] = Form.useForm<Values>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching }, create] = useMutation(createActionItemMutation);
  const { message } = App.useApp();

  useEffect(() => {
    if (open) clear();
  }, [open, clear]);
  // The form mounts afresh each time the dialog opens (destroyOnHidden): these fill it in.
  const initialValues = useMemo<Partial<Values>>(
    () => ({
      title: comment ? titleFrom(comment.body) : "",
      description: comment?.body ?? "",
      dueDate: dayjs().add(DEFAULT_DAYS, "day"),
      ownerUnitId: units.length === 1 ? units[0].id : undefined,
    }),
    [comment, units],
  );

  async function onFinish(values: Values) {
    clear();
    const result = await create({
      input: {
        title: values.title,
        ownerUnitId: values.ownerUnitId,
        dueDate: values.dueDate.format("YYYY-MM-DD"),
        description: values.description?.trim() || null,
        commentId: comment?.id ?? null,
        drillId: comment ? null : (drillId ?? null),
      },
    });
    if (result.error) return showError(result.error);
    const payload = result.data?.createActionItem;
    if (!payload || showUserErrors(payload.userErrors)) return;
    message.success("已创建整改事项");
    onClose();
  }

  return (
    <Modal
      open={open}
      title={comment ? "由点评创建整改事项" : "新建整改事项"}
      okText="创建"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      data-testid="action-item-modal"
    >
      {alert}
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false} initialValues={initialValues}>
        <Form.Item label="整改事项" name="title" rules={[{ required: true, message: "请填写整改事项" }]}>
          <Input maxLength={200} showCount />
        </Form.Item>
        <Form.Item label="责任单位" name="ownerUnitId" rules={[{ required: true, message: "请选择责任单位" }]}>
          <Select
            placeholder="选择责任单位"
            options={units.map((u) => ({ value: u.id, label: u.name }))}
            showSearch
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item label="整改期限" name="dueDate" rules={[{ required: true, message: "请选择整改期限" }]}>
          <DatePicker
            style={{ width: "100%" }}
            disabledDate={(day) => day.isBefore(dayjs(), "day")}
            inputReadOnly
          />
        </Form.Item>
        <Form.Item label="说明" name="description">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
