// Create or edit a question in a drawer (full width on a phone).
import { AutoComplete, Alert, App, Button, Drawer, Flex, Form, Input, Select } from "antd";
import { useLayoutEffect, useMemo } from "react";
import { useMutation } from "urql";
import { useUserErrors } from "../../components/FormErrors";
import type { BankQuestionFieldsFragment, QuestionType } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { bankCreateQuestionMutation, bankUpdateQuestionMutation } from "../../services/bank";
import { AnswerEditor, OptionsEditor } from "./AnswerFields";
import {
  DIFFICULTY_LABELS,
  QUESTION_TYPES,
  TYPE_LABELS,
  emptyQuestion,
  fitAnswer,
  isChoice,
  questionToForm,
  toQuestionInput,
  type QuestionFormValues,
} from "./logic";

type Props = {
  open: boolean;
  /** The question to edit; null creates one. */
  question: BankQuestionFieldsFragment | null;
  categories: readonly string[];
  /** The category a new question starts in (the one being browsed). */
  defaultCategory?: string;
  onClose: () => void;
  onSaved: (question: BankQuestionFieldsFragment) => void;
};

export function QuestionEditor({ open, question, categories, defaultCategory, onClose, onSaved }: Props) {
  const desktop = useDesktop();
  const { message } = App.useApp();
  const [form] = Form.useForm<QuestionFormValues>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [created, create] = useMutation(bankCreateQuestionMutation);
  const [updated, update] = useMutation(bankUpdateQuestionMutation);
  const type = Form.useWatch("type", form) as QuestionType | undefined;
  const options = Form.useWatch("options", form) ?? [];

  useLayoutEffect(() => {
    if (!open) return;
    clear();
    form.resetFields();
    form.setFieldsValue(question ? questionToForm(question) : emptyQuestion(defaultCategory ?? ""));
  }, [open, question, defaultCategory, form, clear]);

  const categoryOptions = useMemo(() => categories.map((c) => ({ value: c })), [categories]);

  const onValuesChange = (changed: Partial<QuestionFormValues>, all: QuestionFormValues) => {
    if ("type" in changed || "options" in changed) {
      let nextOptions = all.options ?? [];
      if ("type" in changed && isChoice(all.type) && nextOptions.length < 2) {
        nextOptions = emptyQuestion().options;
        form.setFieldValue("options", nextOptions);
      }
      const fitted = fitAnswer(all.type, all.answer ?? [], nextOptions);
      if (fitted.join("\u0000") !== (all.answer ?? []).join("\u0000")) form.setFieldValue("answer", fitted);
    }
  };

  const submit = async (values: QuestionFormValues) => {
    clear();
    const input = toQuestionInput(values);
    if (question) {
      const r = await update({ input: { id: question.id, question: input } });
      if (r.error) return showError(r.error);
      const payload = r.data?.updateQuestion;
      if (showUserErrors(payload?.userErrors)) return;
      if (payload?.question) {
        message.success(payload.question.id === question.id ? "已保存" : `已保存为第 ${payload.question.version} 版（已用于考试的题目另存新版，原答卷不受影响）`);
        onSaved(payload.question);
      }
    } else {
      const r = await create({ input });
      if (r.error) return showError(r.error);
      const payload = r.data?.createQuestion;
      if (showUserErrors(payload?.userErrors)) return;
      if (payload?.question) {
        message.success("已添加试题");
        onSaved(payload.question);
      }
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={question ? "编辑试题" : "新建试题"}
      width={desktop ? 640 : "100%"}
      destroyOnHidden
      extra={
        <Button type="primary" loading={created.fetching || updated.fetching} onClick={() => form.submit()}>
          保存
        </Button>
      }
    >
      {question && question.version > 1 ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`当前为第 ${question.version} 版`} />
      ) : null}
      {alert}
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={onValuesChange} data-testid="question-form">
        <Form.Item name="category" label="分类" rules={[{ required: true, message: "请填写分类" }]} extra="多级分类用 > 分隔，如“安全生产法 > 第三章”；新分类会自动建立">
          <AutoComplete options={categoryOptions} filterOption aria-label="分类" placeholder="选择或输入分类" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="type" label="题型" style={{ flex: "1 1 160px" }}>
            <Select aria-label="题型" options={QUESTION_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))} />
          </Form.Item>
          <Form.Item name="difficulty" label="难度" style={{ flex: "1 1 160px" }}>
            <Select aria-label="难度" options={[1, 2, 3, 4, 5].map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="stem" label="题干" rules={[{ required: true, message: "请填写题干" }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} aria-label="题干" placeholder={type === "FILL_BLANK" ? "用 ____ 表示填空处" : undefined} />
        </Form.Item>
        {isChoice(type) ? (
          <Form.Item name="options" label="选项">
            <OptionsEditor />
          </Form.Item>
        ) : null}
        <Form.Item
          name="answer"
          label={type === "SHORT_ANSWER" ? "参考答案" : type === "FILL_BLANK" ? "可接受的答案" : "正确答案"}
          extra={type === "FILL_BLANK" ? "比对时忽略首尾空格和全角/半角差别" : type === "SHORT_ANSWER" ? "简答题由阅卷人人工评分" : undefined}
        >
          <AnswerEditor type={type ?? "SINGLE_CHOICE"} options={options} />
        </Form.Item>
        <Form.Item name="explanation" label="解析">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} aria-label="解析" />
        </Form.Item>
        <Form.Item name="reference" label="依据" extra="法规条款，如“《安全生产法》第二十一条”">
          <Input aria-label="依据" />
        </Form.Item>
        <Form.Item name="tags" label="标签">
          <Select mode="tags" open={false} aria-label="标签" placeholder="输入标签后回车" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
