import { Alert, Button, Card, Empty, Flex, Input, Pagination, Segmented, Skeleton, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { ExamsWrongAnswersQuery, QuestionType } from "../../gql/graphql";
import { examsWrongAnswersQuery } from "../../services/exams";
import { QUESTION_TYPE_LABELS, formatAnswer, optionLetter } from "./paper";

type Wrong = ExamsWrongAnswersQuery["wrongAnswers"][number];
type Filter = "ALL" | QuestionType;

const PAGE_SIZE = 10;

/** `/exams/wrong`: 错题本, the questions I got wrong in released exams, with keys and explanations. */
export default function WrongAnswersPage() {
  const [{ data, fetching, error }] = useQuery({ query: examsWrongAnswersQuery, requestPolicy: "cache-and-network" });
  const [filter, setFilter] = useState<Filter>("ALL");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const all = useMemo(
    () => [...(data?.wrongAnswers ?? [])].sort((a, b) => b.timesWrong - a.timesWrong),
    [data],
  );
  const types = [...new Set(all.map((w) => w.type))];
  const shown = all.filter(
    (w) => (filter === "ALL" || w.type === filter) && (search.trim() === "" || w.stem.includes(search.trim())),
  );

  return (
    <>
      <PageHeader
        title="错题本"
        subTitle="正式考试成绩公布后，答错的题目自动收入错题本"
        extra={
          <Link to="/exams">
            <Button>去练习</Button>
          </Link>
        }
      />
      <QueryError error={error} />
      {fetching && !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : all.length === 0 ? (
        <Card>
          <Empty description="暂无错题，继续保持" />
        </Card>
      ) : (
        <>
          <Flex wrap gap={8} style={{ marginBottom: 12 }} align="center">
            <Segmented<Filter>
              value={filter}
              onChange={(value) => {
                setFilter(value);
                setPage(1);
              }}
              options={[
                { label: `全部 ${all.length}`, value: "ALL" },
                ...types.map((t) => ({ label: QUESTION_TYPE_LABELS[t], value: t as Filter })),
              ]}
              style={{ maxWidth: "100%", overflowX: "auto" }}
            />
            <Input.Search
              allowClear
              placeholder="搜索题干"
              aria-label="搜索题干"
              style={{ width: 220, maxWidth: "100%" }}
              onSearch={(value) => {
                setSearch(value);
                setPage(1);
              }}
              onChange={(e) => e.target.value === "" && setSearch("")}
            />
          </Flex>
          {shown.length === 0 ? (
            <Card>
              <Empty description="没有符合条件的错题" />
            </Card>
          ) : (
            <Flex vertical gap={12} data-testid="wrong-list">
              {shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((w, i) => (
                <WrongCard key={`${page}-${i}-${w.stem}`} item={w} />
              ))}
              {shown.length > PAGE_SIZE ? (
                <Pagination
                  align="center"
                  current={page}
                  pageSize={PAGE_SIZE}
                  total={shown.length}
                  showSizeChanger={false}
                  onChange={(next) => {
                    setPage(next);
                    window.scrollTo({ top: 0 });
                  }}
                />
              ) : null}
            </Flex>
          )}
        </>
      )}
    </>
  );
}

function WrongCard({ item: w }: { item: Wrong }) {
  const key = new Set(w.correctAnswer);
  const mine = new Set(w.myAnswer ?? []);
  const choice = w.type !== "FILL_BLANK" && w.type !== "SHORT_ANSWER";
  return (
    <Card
      size="small"
      data-testid="wrong-item"
      title={
        <Flex gap={8} align="center" wrap>
          <Tag color="blue">{QUESTION_TYPE_LABELS[w.type]}</Tag>
          <Tag color="red">错 {w.timesWrong} 次</Tag>
        </Flex>
      }
    >
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{w.stem}</Typography.Paragraph>
      {choice ? (
        <Flex vertical gap={4} style={{ marginBottom: 8 }}>
          {w.options.map((o, i) => (
            <Typography.Text
              key={o.key}
              style={{
                padding: "4px 8px",
                borderRadius: 6,
                background: key.has(o.key) ? "#f6ffed" : mine.has(o.key) ? "#fff1f0" : undefined,
              }}
            >
              {w.type === "TRUE_FALSE" ? o.text : `${optionLetter(i)}. ${o.text}`}
            </Typography.Text>
          ))}
        </Flex>
      ) : null}
      <Flex vertical gap={2}>
        <Typography.Text type="danger">我的答案：{formatAnswer(w.type, w.options, w.myAnswer)}</Typography.Text>
        <Typography.Text type="success">正确答案：{formatAnswer(w.type, w.options, w.correctAnswer)}</Typography.Text>
        {w.explanation ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0, whiteSpace: "pre-wrap" }}>
            解析：{w.explanation}
          </Typography.Paragraph>
        ) : null}
        {w.reference ? <Alert type="info" message={`依据：${w.reference}`} style={{ marginTop: 4 }} /> : null}
      </Flex>
    </Card>
  );
}
