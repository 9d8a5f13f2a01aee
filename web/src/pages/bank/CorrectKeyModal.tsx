// Correct a wrong answer key: this version's key changes and every attempt shown it is regraded.
import { Alert, App, Descriptions, Form, Modal, Typography } from "antd";
import { useLayoutEffect } from "react";
import { useMutation } from "urql";
import { useUserErrors } from "../../components/FormErrors";
import type { BankQuestionFieldsFragment } from "../../gql/graphql";
import { bankCorrectAnswerKeyMutation } from "../../services/bank";
import { AnswerEditor } from "./AnswerFields";
import { TYPE_LABELS, formatAnswer } from "./logic";

type Props = {
  question: BankQuestionFieldsFragment | null;
  onClose: () => void;
  onDone: (question: BankQuestionFieldsFragment, regraded: number) => void;
};

export function CorrectKeyModal({ question, onClose, onDone }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answer: string[] }>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [state, correct] = useMutation(bankCorrectAnswerKeyMutation);

  useLayoutEffect(() => {
    if (!question) return;
    clear();
    form.setFieldsValue({ answer: [...question.answer] });
  }, [question, form, clear]);

  const submit = async ({ answer }: { answer: string[] }) => {
    if (!question) return;
    clear();
    const r = await correct({ input: { questionId: question.id, answer } });
    if (r.error) return showError(r.error);
    const payload = r.data?.correctAnswerKey;
    if (showUserErrors(payload?.userErrors)) return;
    if (payload?.question) {
      message.success(`答案已更正，重新评分 ${payload.regradedAttempts} 份答卷`);
      onDone(payload.question, payload.regradedAttempts);
    }
  };

  return (
    <Modal
      open={question !== null}
      title="更正答案"
      okText="确认更正并重新评分"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={state.fetching}
      destroyOnHidden
    >
      {question ? (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message="更正答案会影响已交的答卷"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                <li>所有作答过本题这一版本的已交卷答卷，将按新答案重新评分，成绩、是否及格和积分随之调整；</li>
                <li>正在作答的答卷，交卷时按新答案评分；已取消考试的答卷不重新评分；</li>
                <li>只是修改题干或选项的文字，请用“编辑”：已被使用的题目会保存为新版本，原有答卷不受影响。</li>
              </ul>
            }
          />
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="题型">{TYPE_LABELS[question.type]}</Descriptions.Item>
            <Descriptions.Item label="题干">
              <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: 0 }}>
                {question.stem}
              </Typography.Paragraph>
            </Descriptions.Item>
            {question.options.length > 0 && question.type !== "TRUE_FALSE" ? (
              <Descriptions.Item label="选项">
                <div>
                  {question.options.map((o) => (
                    <div key={o.key}>
                      {o.key}. {o.text}
                    </div>
                  ))}
                </div>
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label="现答案">{formatAnswer(question.type, question.answer)}</Descriptions.Item>
          </Descriptions>
          {alert}
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item name="answer" label="正确答案">
              <AnswerEditor type={question.type} options={question.options.map((o) => ({ key: o.key, text: o.text }))} />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
