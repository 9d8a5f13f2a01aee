// 批量导入: an xlsx/csv of questions; good rows go in, each bad row is listed with its number.
import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, List, Result, Space, Table, Tag, Typography, Upload } from "antd";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { PageHeader } from "../../components/PageHeader";
import { errorText, operationErrorText } from "../../components/userErrors";
import { useDesktop } from "../../layout/useDesktop";
import { bankImportQuestionsMutation } from "../../services/bank";
import { importErrorsByRow, stripRowPrefix } from "./logic";

const TEMPLATE_URL = "/exports/question-template.xlsx";
const IMPORT_CONTEXT = { additionalTypenames: ["Question"] };

type Outcome = {
  fileName: string;
  imported: number;
  rejected: number;
  errors: { field?: readonly string[] | null; code: string; message: string }[];
};

export default function ImportPage() {
  const desktop = useDesktop();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [state, importQuestions] = useMutation(bankImportQuestionsMutation);

  const groups = useMemo(() => importErrorsByRow(outcome?.errors ?? []), [outcome]);
  const fileErrors = groups.find((g) => g.row === 0)?.errors ?? [];
  const rowErrors = groups
    .filter((g) => g.row > 0)
    .map((g) => ({ row: g.row, reasons: g.errors.map((e) => stripRowPrefix(errorText(e))), codes: g.errors.map((e) => e.code) }));

  const start = async () => {
    if (!file) return;
    setFailure(null);
    setOutcome(null);
    const r = await importQuestions({ input: { file } }, IMPORT_CONTEXT);
    if (r.error) return void setFailure(operationErrorText(r.error));
    const payload = r.data?.importQuestions;
    if (payload) setOutcome({ fileName: file.name, imported: payload.imported, rejected: payload.rejected, errors: payload.userErrors });
  };

  return (
    <div data-testid="bank-import">
      <PageHeader
        title="批量导入试题"
        subTitle="支持 xlsx 或 UTF-8 编码的 csv，第 1 行为表头"
        extra={
          <Button icon={<DownloadOutlined />} href={TEMPLATE_URL} download data-testid="import-template">
            下载导入模板
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          表头：<Typography.Text code>分类</Typography.Text> <Typography.Text code>题型</Typography.Text>{" "}
          <Typography.Text code>题干</Typography.Text> <Typography.Text code>选项A…选项F</Typography.Text>{" "}
          <Typography.Text code>答案</Typography.Text> <Typography.Text code>解析</Typography.Text>{" "}
          <Typography.Text code>难度</Typography.Text> <Typography.Text code>依据</Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          题型填 单选/多选/判断/填空/简答；答案填选项字母（如 AC），判断题填 正确/错误，填空题多个可接受答案用 | 分隔；难度 1–5，不填为 3。
          每一行单独检查：没有问题的行会导入，有问题的行不导入，并在下面列出行号和原因，改正后只需重新导入这些行。
        </Typography.Paragraph>
      </Card>
      <Card size="small">
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setOutcome(null);
            setFailure(null);
            return false;
          }}
          onRemove={() => {
            setFile(null);
            return true;
          }}
          fileList={file ? [{ uid: "file", name: file.name, status: "done" }] : []}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖拽文件到这里</p>
          <p className="ant-upload-hint">一个文件最多 5000 道题，大小不超过 10 MB</p>
        </Upload.Dragger>
        <Flex justify="flex-end" style={{ marginTop: 12 }}>
          <Button type="primary" disabled={!file} loading={state.fetching} onClick={start} data-testid="import-start">
            开始导入
          </Button>
        </Flex>
      </Card>

      {failure ? <Alert type="error" showIcon style={{ marginTop: 16 }} message={failure} data-testid="form-errors" /> : null}

      {outcome ? (
        <Card size="small" style={{ marginTop: 16 }} data-testid="import-result">
          {outcome.imported > 0 && outcome.errors.length === 0 ? (
            <Result
              status="success"
              title={`已导入 ${outcome.imported} 道题`}
              subTitle={outcome.fileName}
              extra={
                <Button type="primary" onClick={() => navigate("/bank/questions")}>
                  去题库查看
                </Button>
              }
            />
          ) : (
            <>
              <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
                <Typography.Text strong>{outcome.fileName}</Typography.Text>
                <Tag color="green" data-testid="import-imported">
                  已导入 {outcome.imported} 道
                </Tag>
                <Tag color={outcome.rejected > 0 ? "red" : "default"} data-testid="import-rejected">
                  未导入 {outcome.rejected} 行
                </Tag>
                {outcome.imported > 0 ? (
                  <Button type="link" size="small" onClick={() => navigate("/bank/questions")}>
                    去题库查看
                  </Button>
                ) : null}
              </Flex>
              {fileErrors.map((e, i) => (
                <Alert key={i} type="error" showIcon style={{ marginBottom: 12 }} message={errorText(e)} data-testid="import-file-error" />
              ))}
              {rowErrors.length > 0 ? (
                <>
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginBottom: 12 }}
                    message={`以下 ${rowErrors.length} 行有问题，没有导入；其余 ${outcome.imported} 行已导入。请改正这些行后只导入它们（再次导入已导入的行会产生重复试题）。`}
                  />
                  {desktop ? (
                    <Table
                      rowKey="row"
                      size="small"
                      pagination={rowErrors.length > 50 ? { pageSize: 50 } : false}
                      dataSource={rowErrors}
                      data-testid="import-errors"
                      onRow={(r) => ({ "data-testid": `import-error-row-${r.row}` }) as React.HTMLAttributes<HTMLElement>}
                      columns={[
                        { title: "行号", dataIndex: "row", width: 90, render: (row: number) => `第 ${row} 行` },
                        {
                          title: "原因",
                          dataIndex: "reasons",
                          render: (reasons: string[]) => (
                            <Space direction="vertical" size={0}>
                              {reasons.map((reason, i) => (
                                <Typography.Text key={i} type="danger">
                                  {reason}
                                </Typography.Text>
                              ))}
                            </Space>
                          ),
                        },
                      ]}
                    />
                  ) : (
                    <List
                      size="small"
                      dataSource={rowErrors}
                      data-testid="import-errors"
                      renderItem={(r) => (
                        <List.Item key={r.row} data-testid={`import-error-row-${r.row}`} style={{ display: "block", paddingInline: 0 }}>
                          <Typography.Text strong>第 {r.row} 行</Typography.Text>
                          {r.reasons.map((reason, i) => (
                            <div key={i}>
                              <Typography.Text type="danger">{reason}</Typography.Text>
                            </div>
                          ))}
                        </List.Item>
                      )}
                    />
                  )}
                </>
              ) : null}
              {outcome.imported === 0 && outcome.errors.length === 0 ? (
                <Alert type="info" showIcon message="文件中没有试题（除表头外都是空行）" />
              ) : null}
            </>
          )}
        </Card>
      ) : null}
    </div>
  );
}
