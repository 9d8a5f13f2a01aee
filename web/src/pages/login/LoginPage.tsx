import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Form, Input, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useUserErrors } from "../../components/FormErrors";
import { login, safeNext } from "../../services/auth";

type Values = { username: string; password: string };

export default function LoginPage() {
  const [form] = Form.useForm<Values>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const [submitting, setSubmitting] = useState(false);
  const [params] = useSearchParams();
  const navigate = useNavigate();

  useEffect(() => {
    document.title = "登录 · 练兵";
  }, []);

  async function onFinish(values: Values) {
    clear();
    setSubmitting(true);
    try {
      const payload = await login(values.username.trim(), values.password);
      if (showUserErrors(payload.userErrors)) return;
      navigate(safeNext(params.get("next")) ?? "/", { replace: true });
    } catch (error) {
      showError(error);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Flex align="center" justify="center" style={{ minHeight: "100vh", padding: 16, background: "#f5f5f5" }}>
      <Card style={{ width: "100%", maxWidth: 380 }}>
        <Typography.Title level={3} style={{ textAlign: "center", marginTop: 0 }}>
          练兵
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center" }}>
          执法培训、演练与比武平台
        </Typography.Paragraph>
        {alert}
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} autoComplete="on">
          <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            登录
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
