import { FlagFilled, FlagOutlined } from "@ant-design/icons";
import { Button, Card, Checkbox, Flex, Input, Radio, Space, Tag, Typography } from "antd";
import type { QuestionType } from "../../gql/graphql";
import { QUESTION_TYPE_LABELS, formatScore, optionLetter, orderedChoices, type OptionLike } from "./paper";

export interface TakeQuestion {
  id: string;
  number: number;
  type: QuestionType;
  stem: string;
  points: string;
  options: OptionLike[];
}

type Props = {
  question: TakeQuestion;
  answer: string[] | undefined;
  flagged: boolean;
  disabled?: boolean;
  onAnswer: (answer: string[]) => void;
  onToggleFlag: () => void;
};

const optionStyle = { width: "100%", padding: "10px 12px", borderRadius: 8, border: "1px solid #f0f0f0" } as const;

/** One question of the paper with its answer input (one per screen, or each in the scrolling paper). */
export function QuestionCard({ question, answer, flagged, disabled, onAnswer, onToggleFlag }: Props) {
  const { type, options } = question;
  return (
    <Card
      data-testid={`question-${question.number}`}
      id={`question-${question.number}`}
      title={
        <Flex gap={8} align="center" wrap>
          <span>第 {question.number} 题</span>
          <Tag color="blue">{QUESTION_TYPE_LABELS[type]}</Tag>
          <Typography.Text type="secondary" style={{ fontWeight: "normal", fontSize: 13 }}>
            {formatScore(question.points)} 分
          </Typography.Text>
        </Flex>
      }
      extra={
        <Button
          type="text"
          size="small"
          icon={flagged ? <FlagFilled style={{ color: "#fa8c16" }} /> : <FlagOutlined />}
          aria-pressed={flagged}
          aria-label={flagged ? `取消标记第 ${question.number} 题` : `标记第 ${question.number} 题`}
          onClick={onToggleFlag}
        >
          {flagged ? "已标记" : "标记"}
        </Button>
      }
      styles={{ body: { paddingTop: 12 } }}
    >
      <Typography.Paragraph style={{ fontSize: 16, whiteSpace: "pre-wrap" }}>{question.stem}</Typography.Paragraph>
      {type === "SINGLE_CHOICE" || type === "TRUE_FALSE" ? (
        <Radio.Group
          value={answer?.[0] ?? null}
          disabled={disabled}
          onChange={(e) => onAnswer([e.target.value as string])}
          style={{ width: "100%" }}
          aria-label={`第 ${question.number} 题选项`}
        >
          <Space direction="vertical" style={{ width: "100%" }}>
            {options.map((option, index) => (
              <Radio key={option.key} value={option.key} style={optionStyle}>
                {type === "TRUE_FALSE" ? option.text : `${optionLetter(index)}. ${option.text}`}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      ) : type === "MULTIPLE_CHOICE" ? (
        <Checkbox.Group
          value={answer ?? []}
          disabled={disabled}
          onChange={(keys) => onAnswer(orderedChoices(options, keys as string[]))}
          style={{ width: "100%" }}
          aria-label={`第 ${question.number} 题选项`}
        >
          <Space direction="vertical" style={{ width: "100%" }}>
            {options.map((option, index) => (
              <Checkbox key={option.key} value={option.key} style={optionStyle}>
                {optionLetter(index)}. {option.text}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      ) : type === "FILL_BLANK" ? (
        <Input
          value={answer?.[0] ?? ""}
          disabled={disabled}
          maxLength={5000}
          placeholder="请填写答案"
          aria-label={`第 ${question.number} 题答案`}
          onChange={(e) => onAnswer([e.target.value])}
        />
      ) : (
        <Input.TextArea
          value={answer?.[0] ?? ""}
          disabled={disabled}
          maxLength={5000}
          showCount
          autoSize={{ minRows: 4, maxRows: 12 }}
          placeholder="请输入作答内容"
          aria-label={`第 ${question.number} 题答案`}
          onChange={(e) => onAnswer([e.target.value])}
        />
      )}
      {type === "MULTIPLE_CHOICE" ? (
        <Typography.Text type="secondary" style={{ display: "block", marginTop: 8, fontSize: 12 }}>
          多选题：请选择全部正确选项
        </Typography.Text>
      ) : null}
    </Card>
  );
}
