import { Alert, Button, Flex, Modal, Typography } from "antd";
import { describeNumbers } from "./paper";

type Props = {
  open: boolean;
  total: number;
  unanswered: number[];
  offline: boolean;
  submitting: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  onJump: (number: number) => void;
};

/** The confirmation before submitting: how many are answered, and which are not. */
export function SubmitDialog({ open, total, unanswered, offline, submitting, onCancel, onConfirm, onJump }: Props) {
  return (
    <Modal
      open={open}
      title="确认交卷"
      onCancel={onCancel}
      data-testid="submit-dialog"
      footer={[
        <Button key="back" onClick={onCancel}>
          继续答题
        </Button>,
        <Button key="submit" type="primary" danger={unanswered.length > 0} loading={submitting} onClick={onConfirm}>
          确认交卷
        </Button>,
      ]}
    >
      <Typography.Paragraph>
        共 {total} 题，已答 {total - unanswered.length} 题。交卷后不能再修改答案。
      </Typography.Paragraph>
      {unanswered.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          message={`还有 ${unanswered.length} 题未作答`}
          description={
            <div data-testid="unanswered-list">
              <div style={{ marginBottom: 8 }}>{describeNumbers(unanswered)}</div>
              <Flex wrap gap={6}>
                {unanswered.map((number) => (
                  <Button key={number} size="small" onClick={() => onJump(number)} aria-label={`去第 ${number} 题`}>
                    {number}
                  </Button>
                ))}
              </Flex>
            </div>
          }
        />
      ) : (
        <Alert type="success" showIcon message="全部题目均已作答" />
      )}
      {offline ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          message="网络未连接：仍有答案暂存在本机，请恢复网络后再交卷"
        />
      ) : null}
    </Modal>
  );
}
