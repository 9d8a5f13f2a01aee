// The builder's userErrors land beside the fields they name, through the shared useUserErrors.
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { Form, Input, InputNumber } from "antd";
import type { FormInstance } from "antd";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { useUserErrors, type UserErrorsApi } from "../../components/FormErrors";
import { OptionsEditor } from "./AnswerFields";
import { remapExamErrors, type OptionValue } from "./logic";

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
});

afterEach(cleanup);

let api: UserErrorsApi;

function Builder() {
  const [form] = Form.useForm();
  api = useUserErrors(form);
  return (
    <>
      {api.alert}
      <Form form={form} initialValues={{ paper: { rules: [{ count: 5 }, { count: 9 }] } }}>
        <Form.Item name="closesAt" label="截止时间">
          <Input />
        </Form.Item>
        <Form.List name={["paper", "rules"]}>
          {(fields) =>
            fields.map((field) => (
              <div key={field.key} data-testid={`rule-${field.name}`}>
                <Form.Item name={[field.name, "count"]} label="抽题数">
                  <InputNumber />
                </Form.Item>
              </div>
            ))
          }
        </Form.List>
        <Form.Item name="paperTotal">
          <span>total</span>
        </Form.Item>
      </Form>
    </>
  );
}

describe("the builder's userErrors", () => {
  it("puts a rule's error beside its count, paper-wide ones under the total, the rest in the alert", async () => {
    render(<Builder />);
    await act(async () => {
      api.showUserErrors(
        remapExamErrors([
          { field: ["input", "paper", "rules", "1"], code: "NOT_ENOUGH_QUESTIONS", message: "Rule 2 ..." },
          { field: ["input", "paper"], code: "EMPTY_PAPER", message: "A paper needs questions or rules." },
          { field: ["input", "exam", "closesAt"], code: "CLOSES_BEFORE_OPENS", message: "x" },
          { field: null, code: "OUT_OF_SCOPE", message: "x" },
        ]),
      );
    });
    await within(screen.getByTestId("rule-1")).findByText("题库中符合该规则的启用试题不够抽");
    expect(screen.getByTestId("rule-0").textContent).not.toContain("不够抽");
    await screen.findByText("试卷还没有题目：请添加固定试题或抽题规则");
    await screen.findByText("截止时间须晚于开始时间");
    expect(screen.getByTestId("form-errors").textContent).toContain("超出您管理的单位范围");
  });
});

describe("OptionsEditor", () => {
  function Editor({ initial, onForm }: { initial: OptionValue[]; onForm: (f: FormInstance) => void }) {
    const [form] = Form.useForm();
    onForm(form);
    return (
      <Form form={form} initialValues={{ options: initial }}>
        <Form.Item name="options">
          <OptionsEditor />
        </Form.Item>
      </Form>
    );
  }

  it("reletters the options when one is removed and keeps at least two", async () => {
    let form!: FormInstance;
    render(
      <Editor
        initial={[
          { key: "A", text: "甲" },
          { key: "B", text: "乙" },
          { key: "C", text: "丙" },
        ]}
        onForm={(f) => (form = f)}
      />,
    );
    await act(async () => {
      fireEvent.click(screen.getByLabelText("删除选项B"));
    });
    expect(form.getFieldValue("options")).toEqual([
      { key: "A", text: "甲" },
      { key: "B", text: "丙" },
    ]);
    expect((screen.getByLabelText("删除选项A") as HTMLButtonElement).disabled).toBe(true);
  });
});
