import { FlagFilled } from "@ant-design/icons";
import { Button, Flex, Space, Typography } from "antd";
import { cardState, isAnswered, type CardState, type PaperQuestion } from "./paper";

type Props = {
  questions: PaperQuestion[];
  answers: Record<string, string[]>;
  flags: ReadonlySet<string>;
  current: number;
  onPick: (index: number) => void;
};

const STATE_LABELS: Record<CardState, string> = { answered: "已答", unanswered: "未答", flagged: "已标记" };

/** 答题卡: a button per question, coloured answered / unanswered / flagged. */
export function AnswerSheet({ questions, answers, flags, current, onPick }: Props) {
  const states = questions.map((q) => cardState(q, answers, flags));
  const answeredCount = questions.filter((q) => isAnswered(q.type, answers[q.id])).length;
  const flaggedCount = states.filter((s) => s === "flagged").length;
  return (
    <div data-testid="answer-sheet">
      <Flex wrap gap={8}>
        {questions.map((q, index) => {
          const state = states[index];
          return (
            <Button
              key={q.id}
              data-testid={`sheet-${q.number}`}
              data-state={state}
              aria-label={`第 ${q.number} 题，${STATE_LABELS[state]}`}
              aria-current={index === current ? "step" : undefined}
              type={state === "answered" ? "primary" : "default"}
              onClick={() => onPick(index)}
              style={{
                width: 44,
                height: 40,
                padding: 0,
                fontWeight: index === current ? 700 : 400,
                outline: index === current ? "2px solid #1677ff" : undefined,
                outlineOffset: 1,
                ...(state === "flagged" ? { borderColor: "#fa8c16", color: "#fa8c16", background: "#fff7e6" } : {}),
              }}
            >
              {q.number}
              {state === "flagged" ? <FlagFilled style={{ fontSize: 10, marginLeft: 2 }} /> : null}
            </Button>
          );
        })}
      </Flex>
      <Space size={16} wrap style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">已答 {answeredCount}</Typography.Text>
        <Typography.Text type="secondary">未答 {questions.length - answeredCount}</Typography.Text>
        <Typography.Text type="secondary">标记 {flaggedCount}</Typography.Text>
      </Space>
    </div>
  );
}
