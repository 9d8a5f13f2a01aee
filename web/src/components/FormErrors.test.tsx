import { act, cleanup, render, screen } from "@testing-library/react";
import { Form, Input } from "antd";
import type { FormInstance } from "antd";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { useUserErrors, type UserErrorsApi } from "./FormErrors";

beforeAll(() => {
  // antd's responsive helpers ask for matchMedia, which jsdom lacks.
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
let formRef: FormInstance;

function TestForm() {
  const [form] = Form.useForm();
  formRef = form;
  api = useUserErrors(form);
  return (
    <>
      {api.alert}
      <Form form={form}>
        <Form.Item label="标题" name="title">
          <Input />
        </Form.Item>
        <Form.Item label="开始时间" name="startsAt">
          <Input />
        </Form.Item>
        <Form.Item label="人员" name={["marks", 0, "personId"]}>
          <Input />
        </Form.Item>
      </Form>
    </>
  );
}

describe("useUserErrors", () => {
  it("puts each error beside its field and the rest in the alert", async () => {
    render(<TestForm />);
    let had = false;
    await act(async () => {
      had = api.showUserErrors([
        { field: ["input", "startsAt"], code: "IN_THE_PAST", message: "Starts in the past." },
        { field: ["input", "marks", "0", "personId"], code: "SOME_UNLISTED_CODE", message: "Not on the roster." },
        { field: ["input", "marks", "0", "personId", "x"], code: "DEEPER", message: "Deeper path." },
        { field: null, code: "QUOTA", message: "No quota left." },
        { field: ["input", "unknownField"], code: "ODD", message: "Odd field." },
      ]);
    });
    expect(had).toBe(true);
    expect(formRef.getFieldError("startsAt")).toEqual(["Starts in the past."]);
    expect(formRef.getFieldError(["marks", 0, "personId"])).toEqual(["Not on the roster.", "Deeper path."]);
    expect(formRef.getFieldError("title")).toEqual([]);
    const alert = await screen.findByTestId("form-errors");
    expect(alert.textContent).toContain("No quota left.");
    expect(alert.textContent).toContain("Odd field.");
    expect(alert.textContent).not.toContain("Starts in the past.");
  });

  it("uses the zh_CN text of a known code", async () => {
    render(<TestForm />);
    await act(async () => {
      api.showUserErrors([{ field: ["title"], code: "REQUIRED", message: "title must not be blank." }]);
    });
    expect(formRef.getFieldError("title")).toEqual(["此项为必填项"]);
  });

  it("clears what an earlier call showed", async () => {
    render(<TestForm />);
    await act(async () => {
      api.showUserErrors([
        { field: ["input", "title"], code: "TOO_LONG", message: "Too long." },
        { field: null, code: "X", message: "Whole form." },
      ]);
    });
    let had = true;
    await act(async () => {
      had = api.showUserErrors([]);
    });
    expect(had).toBe(false);
    expect(formRef.getFieldError("title")).toEqual([]);
    expect(screen.queryByTestId("form-errors")).toBeNull();
  });

  it("shows a failed operation in the alert", async () => {
    render(<TestForm />);
    await act(async () => {
      api.showError({ graphQLErrors: [{ message: "nope", extensions: { code: "FORBIDDEN" } }] });
    });
    expect((await screen.findByTestId("form-errors")).textContent).toContain("您没有权限执行此操作");
  });
});
