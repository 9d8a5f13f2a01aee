// Form controls of a question: the options editor and the answer key, for every question type.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Checkbox, Flex, Input, Radio, Select, Typography } from "antd";
import type { QuestionType } from "../../gql/graphql";
import { OPTION_KEYS, TRUE_FALSE_OPTIONS, reletter, type OptionValue } from "./logic";

type OptionsProps = { value?: OptionValue[]; onChange?: (value: OptionValue[]) => void };

/** Options A..F of a choice question: type each one's text, add or remove (keys reletter). */
export function OptionsEditor({ value = [], onChange }: OptionsProps) {
  const change = (next: OptionValue[]) => onChange?.(reletter(next));
  return (
    <Flex vertical gap={8} data-testid="options-editor">
      {value.map((option, index) => (
        <Flex key={index} gap={8} align="center">
          <Typography.Text strong style={{ width: 20 }}>
            {option.key}
          </Typography.Text>
          <Input
            value={option.text}
            aria-label={`选项${option.key}`}
            placeholder={`选项 ${option.key} 的内容`}
            onChange={(e) => change(value.map((o, i) => (i === index ? { ...o, text: e.target.value } : o)))}
          />
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={`删除选项${option.key}`}
            disabled={value.length <= 2}
            onClick={() => change(value.filter((_, i) => i !== index))}
          />
        </Flex>
      ))}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        disabled={value.length >= OPTION_KEYS.length}
        onClick={() => change([...value, { key: "", text: "" }])}
      >
        添加选项
      </Button>
    </Flex>
  );
}

type AnswerProps = {
  type: QuestionType;
  options: OptionValue[];
  value?: string[];
  onChange?: (value: string[]) => void;
};

/** The answer key: an option (single, true/false), options (multiple), accepted texts or a reference answer. */
export function AnswerEditor({ type, options, value = [], onChange }: AnswerProps) {
  if (type === "SINGLE_CHOICE" || type === "TRUE_FALSE") {
    const shown = type === "TRUE_FALSE" ? TRUE_FALSE_OPTIONS : options;
    return (
      <Radio.Group value={value[0]} onChange={(e) => onChange?.([e.target.value as string])} data-testid="answer-editor">
        <Flex wrap gap={8}>
          {shown.map((o) => (
            <Radio key={o.key} value={o.key}>
              {type === "TRUE_FALSE" ? o.text : o.key}
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
    );
  }
  if (type === "MULTIPLE_CHOICE") {
    return (
      <Checkbox.Group
        value={value}
        onChange={(keys) => onChange?.([...(keys as string[])].sort())}
        options={options.map((o) => ({ label: o.key, value: o.key }))}
        data-testid="answer-editor"
      />
    );
  }
  if (type === "FILL_BLANK") {
    return (
      <Select
        mode="tags"
        value={value}
        onChange={(texts: string[]) => onChange?.(texts)}
        open={false}
        tokenSeparators={["|", "｜"]}
        placeholder="输入可接受的答案后回车，可填多个"
        aria-label="可接受的答案"
        data-testid="answer-editor"
      />
    );
  }
  return (
    <Input.TextArea
      value={value[0] ?? ""}
      onChange={(e) => onChange?.(e.target.value ? [e.target.value] : [])}
      autoSize={{ minRows: 3, maxRows: 8 }}
      placeholder="参考答案或评分要点（阅卷时显示给阅卷人）"
      aria-label="参考答案"
      data-testid="answer-editor"
    />
  );
}
