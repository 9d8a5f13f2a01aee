import { MessageOutlined } from "@ant-design/icons";
import { Badge, Button, Collapse, Empty, Flex, Typography } from "antd";

type Task = { key: string; title: string; maxPoints: string; criteria: string };
type Section = { key: string; title: string; maxPoints: string; tasks: readonly Task[] };

type Props = {
  rubric: readonly Section[];
  /** A joint drill's drill-wide coordination section. */
  coordination: readonly Section[];
  commentCounts: Map<string, number>;
  /** Write about a task: opens the composer on it. */
  onComment?: (taskKey: string) => void;
  /** Show a task's comments. */
  onShowComments?: (taskKey: string) => void;
};

function points(value: string): string {
  return String(Number(value));
}

/** The drill's rubric (评估细则): sections, their tasks and criteria, with comment counts. */
export function RubricPanel({ rubric, coordination, commentCounts, onComment, onShowComments }: Props) {
  const sections = [
    ...rubric.map((s) => ({ ...s, joint: false })),
    ...coordination.map((s) => ({ ...s, joint: true })),
  ];
  if (sections.length === 0) return <Empty description="该演练没有评估细则" />;
  return (
    <Collapse
      data-testid="rubric"
      defaultActiveKey={sections.slice(0, 1).map((s) => s.key)}
      items={sections.map((section) => ({
        key: section.key,
        label: (
          <Flex justify="space-between" gap={8}>
            <Typography.Text strong>
              {section.title}
              {section.joint ? "（联合协同）" : ""}
            </Typography.Text>
            <Typography.Text type="secondary">{points(section.maxPoints)} 分</Typography.Text>
          </Flex>
        ),
        children: (
          <Flex vertical gap={12}>
            {section.tasks.map((task) => {
              const count = commentCounts.get(task.key) ?? 0;
              return (
                <Flex key={task.key} vertical gap={4} data-testid="rubric-task" data-task-key={task.key}>
                  <Flex justify="space-between" gap={8} align="baseline">
                    <Typography.Text strong>{task.title}</Typography.Text>
                    <Typography.Text type="secondary" style={{ flex: "none" }}>
                      {points(task.maxPoints)} 分
                    </Typography.Text>
                  </Flex>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    {task.criteria}
                  </Typography.Paragraph>
                  <Flex gap={12}>
                    {onComment ? (
                      <Button size="small" type="link" style={{ padding: 0 }} icon={<MessageOutlined />} onClick={() => onComment(task.key)}>
                        评论此项
                      </Button>
                    ) : null}
                    {count > 0 && onShowComments ? (
                      <Button size="small" type="link" style={{ padding: 0 }} onClick={() => onShowComments(task.key)}>
                        查看评论 <Badge count={count} size="small" color="#1677ff" />
                      </Button>
                    ) : null}
                  </Flex>
                </Flex>
              );
            })}
          </Flex>
        ),
      }))}
    />
  );
}
