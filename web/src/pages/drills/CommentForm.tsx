import { App, Button, Flex, Form, Input, Segmented, Select } from "antd";
import type { TextAreaRef } from "antd/es/input/TextArea";
import { useEffect, useRef } from "react";
import { useMutation } from "urql";
import { useUserErrors } from "../../components/FormErrors";
import type { DrillCommentFieldsFragment } from "../../gql/graphql";
import { addDrillCommentMutation, editDrillCommentMutation } from "../../services/drills";

export type TaskOption = { key: string; title: string; section: string };

type Values = { body: string; isReview?: boolean; taskKey?: string | null };

/** Ask the composer to write about a task (from the rubric): a new nonce each time. */
export type ComposeRequest = { taskKey: string | null; nonce: number };

type NewProps = {
  drillId: string;
  /** Replying to this comment: a plain reply, no review, no task. */
  parentId?: string;
  /** Leaders may give a formal review (点评); the composer starts on it. */
  canReview?: boolean;
  tasks?: TaskOption[];
  request?: ComposeRequest | null;
  autoFocus?: boolean;
  onPosted: (comment: DrillCommentFieldsFragment) => void;
  onCancel?: () => void;
};

/** A new comment, a leader's review, or a reply. */
export function CommentForm({ drillId, parentId, canReview, tasks = [], request, autoFocus, onPosted, onCancel }: NewProps) {
  const [form] = Form.useForm<Values>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching }, add] = useMutation(addDrillCommentMutation);
  const { message } = App.useApp();
  const isReview = Form.useWatch("isReview", form) ?? false;
  const bodyRef = useRef<TextAreaRef>(null);
  const reply = parentId !== undefined;

  useEffect(() => {
    if (!request) return;
    form.setFieldsValue({ taskKey: request.taskKey ?? undefined });
    bodyRef.current?.focus();
  }, [request, form]);

  async function onFinish(values: Values) {
    clear();
    const result = await add({
      input: {
        drillId,
        body: values.body ?? "",
        parentId: parentId ?? null,
        taskKey: reply ? null : (values.taskKey ?? null),
        isReview: reply ? false : !!values.isReview,
      },
    });
    if (result.error) return showError(result.error);
    const payload = result.data?.addDrillComment;
    if (!payload || showUserErrors(payload.userErrors) || !payload.comment) return;
    form.setFieldsValue({ body: "" });
    message.success(reply ? "已回复" : values.isReview ? "点评已发布" : "评论已发布");
    onPosted(payload.comment);
  }

  const submitText = reply ? "回复" : isReview ? "发表点评" : "发表评论";
  return (
    <div data-testid={reply ? "reply-form" : "comment-form"}>
      {alert}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ isReview: !reply && !!canReview, taskKey: undefined, body: "" }}
        requiredMark={false}
      >
        {!reply && canReview ? (
          <Form.Item name="isReview" style={{ marginBottom: 8 }}>
            <Segmented
              options={[
                { label: "正式点评", value: true },
                { label: "一般评论", value: false },
              ]}
              data-testid="comment-kind"
            />
          </Form.Item>
        ) : null}
        {!reply && tasks.length > 0 ? (
          <Form.Item name="taskKey" style={{ marginBottom: 8 }}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="关联评估项目（可选）"
              aria-label="关联评估项目"
              options={tasks.map((t) => ({ value: t.key, label: `${t.section} · ${t.title}` }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="body" style={{ marginBottom: 8 }}>
          <Input.TextArea
            ref={bodyRef}
            autoFocus={autoFocus}
            aria-label={reply ? "回复内容" : isReview ? "点评内容" : "评论内容"}
            placeholder={reply ? "写下回复…" : isReview ? "对本次演练的正式点评…" : "写下评论…"}
            autoSize={{ minRows: reply ? 2 : 3, maxRows: 10 }}
            maxLength={2000}
          />
        </Form.Item>
        <Flex gap={8} justify="flex-end">
          {onCancel ? <Button onClick={onCancel}>取消</Button> : null}
          <Button type="primary" htmlType="submit" loading={fetching}>
            {submitText}
          </Button>
        </Flex>
      </Form>
    </div>
  );
}

type EditProps = {
  comment: DrillCommentFieldsFragment;
  onSaved: (comment: DrillCommentFieldsFragment) => void;
  onCancel: () => void;
};

/** Reword one's own comment (the earlier wording is kept in its history). */
export function EditCommentForm({ comment, onSaved, onCancel }: EditProps) {
  const [form] = Form.useForm<{ body: string }>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching }, edit] = useMutation(editDrillCommentMutation);

  async function onFinish({ body }: { body: string }) {
    clear();
    const result = await edit({ input: { commentId: comment.id, body: body ?? "" } });
    if (result.error) return showError(result.error);
    const payload = result.data?.editDrillComment;
    if (!payload || showUserErrors(payload.userErrors) || !payload.comment) return;
    onSaved(payload.comment);
  }

  return (
    <div data-testid="edit-comment-form">
      {alert}
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ body: comment.body }}>
        <Form.Item name="body" style={{ marginBottom: 8 }}>
          <Input.TextArea aria-label="修改内容" autoSize={{ minRows: 2, maxRows: 10 }} maxLength={2000} autoFocus />
        </Form.Item>
        <Flex gap={8} justify="flex-end">
          <Button onClick={onCancel}>取消</Button>
          <Button type="primary" htmlType="submit" loading={fetching}>
            保存
          </Button>
        </Flex>
      </Form>
    </div>
  );
}
