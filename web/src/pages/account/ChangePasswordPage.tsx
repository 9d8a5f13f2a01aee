import { App, Button, Card, Form, Input } from "antd";
import { useMutation } from "urql";
import { useUserErrors } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import { changePasswordMutation } from "../../services/account";
import { setToken } from "../../services/auth";

type Values = { currentPassword: string; newPassword: string; confirm: string };

export default function ChangePasswordPage() {
  const [form] = Form.useForm<Values>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [{ fetching }, changePassword] = useMutation(changePasswordMutation);
  const { message } = App.useApp();

  async function onFinish({ currentPassword, newPassword }: Values) {
    clear();
    const result = await changePassword({ input: { currentPassword, newPassword } });
    if (result.error) return showError(result.error);
    const payload = result.data?.changePassword;
    if (!payload || showUserErrors(payload.userErrors)) return;
    // Every earlier token is void now; the payload carries this session's new one.
    if (payload.token) setToken(payload.token);
    form.resetFields();
    message.success("密码已修改");
  }

  return (
    <>
      <PageHeader title="修改密码" />
      <Card style={{ maxWidth: 480 }}>
        {alert}
        <Form form={form} layout="vertical" onFinish={onFinish}>
          <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: "请输入当前密码" }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label="新密码"
            name="newPassword"
            extra="至少 8 个字符"
            rules={[{ required: true, message: "请输入新密码" }]}
          >
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
                  !value || value === getFieldValue("newPassword")
                    ? Promise.resolve()
                    : Promise.reject(new Error("两次输入的新密码不一致")),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            修改密码
          </Button>
        </Form>
      </Card>
    </>
  );
}
