// 安排培训: one session or a weekly/monthly series, with the audience picker. Every userError
// lands on the field its `field` path names (trainerId, venue, startsAt, capacity, audience,
// recurrence.count, ...).
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Segmented,
  Select,
  Skeleton,
  TreeSelect,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useMutation } from "urql";
import { QueryError, useUserErrors } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { PersonCategory } from "../../gql/graphql";
import { emptyAudience } from "../../lib/audience";
import { scheduleSeriesMutation, scheduleSessionMutation } from "../../services/training";
import { useMe } from "../../services/session";
import { AudiencePicker } from "./AudiencePicker";
import { FORMAT_LABELS, KIND_LABELS } from "./format";
import { WEEKDAYS, countyWeekday, toSeriesInput, toSessionInput, type Repeat, type ScheduleValues } from "./scheduleInput";
import { unitForest, useUnits } from "./units";

type FormValues = Omit<ScheduleValues, "startsAt" | "endsAt" | "recurrence"> & {
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  recurrence?: Omit<NonNullable<ScheduleValues["recurrence"]>, "until"> & { until?: Dayjs | null };
};

const TIME_FORMAT = "YYYY-MM-DD HH:mm";

/** The next whole hour at least an hour away, on `date` (YYYY-MM-DD) when given. */
function defaultStart(date: string | null): Dayjs {
  const now = dayjs();
  if (date && dayjs(date).isValid() && dayjs(date).isAfter(now, "day")) return dayjs(date).hour(9).minute(0).second(0);
  return now.add(1, "hour").add(1, "hour").startOf("hour");
}

export default function SchedulePage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const { showUserErrors, showError, clear, alert } = useUserErrors(form);
  const { units, loaded, error } = useUnits();
  const [{ fetching: savingOne }, scheduleSession] = useMutation(scheduleSessionMutation);
  const [{ fetching: savingSeries }, scheduleSeries] = useMutation(scheduleSeriesMutation);
  const repeat = Form.useWatch("repeat", form) as Repeat | undefined;
  const seriesEnd = Form.useWatch(["recurrence", "end"], form);
  const unitTree = useMemo(() => unitForest(units), [units]);

  const initialValues = useMemo<FormValues>(() => {
    const start = defaultStart(params.get("date"));
    return {
      kind: "PROFESSIONAL",
      format: "CENTRALIZED",
      startsAt: start,
      endsAt: start.add(2, "hour"),
      organizerUnitId: me.person?.unit.id,
      trainerId: me.id,
      audience: emptyAudience<PersonCategory>(),
      repeat: "ONCE",
      recurrence: { interval: 1, end: "count", count: 4, weekdays: [] },
    };
  }, [me, params]);

  async function onFinish(values: FormValues) {
    clear();
    const plain: ScheduleValues = {
      ...values,
      recurrence: values.recurrence && {
        ...values.recurrence,
        until: values.recurrence.until ? values.recurrence.until.format("YYYY-MM-DD") : null,
      },
    };
    if (plain.repeat && plain.repeat !== "ONCE") {
      const result = await scheduleSeries({ input: toSeriesInput(plain) });
      if (result.error) return showError(result.error);
      const payload = result.data?.scheduleSeries;
      if (!payload || showUserErrors(payload.userErrors)) return;
      const sessions = payload.sessions ?? [];
      message.success(`已安排 ${sessions.length} 次培训`);
      navigate(sessions[0] ? `/training/sessions/${encodeURIComponent(sessions[0].id)}` : "/training");
      return;
    }
    const result = await scheduleSession({ input: toSessionInput(plain) });
    if (result.error) return showError(result.error);
    const payload = result.data?.scheduleSession;
    if (!payload || showUserErrors(payload.userErrors)) return;
    message.success("培训已安排");
    navigate(payload.session ? `/training/sessions/${encodeURIComponent(payload.session.id)}` : "/training");
  }

  return (
    <>
      <PageHeader title="安排培训" subTitle="单次培训或每周、每月重复的系列培训" />
      <QueryError error={error} />
      {!loaded ? (
        <Skeleton active />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={onFinish}
          onValuesChange={(changed: Partial<FormValues>) => {
            // The server's errors were about the values sent; any change may settle them.
            clear();
            // A start moved past the end takes the end along (two hours after it).
            if (changed.startsAt) {
              const ends = form.getFieldValue("endsAt") as Dayjs | null;
              if (!ends || !ends.isAfter(changed.startsAt)) form.setFieldValue("endsAt", changed.startsAt.add(2, "hour"));
            }
          }}
          data-testid="schedule-form"
        >
          {alert}
          <Row gutter={16}>
            <Col xs={24} lg={14}>
              <Card title="培训信息" style={{ marginBottom: 16 }}>
                <Form.Item label="培训名称" name="title" rules={[{ required: true, whitespace: true, message: "请输入培训名称" }]}>
                  <Input maxLength={200} placeholder="如：行政执法“三项制度”实务" />
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={24} sm={12}>
                    <Form.Item label="培训类别" name="kind" rules={[{ required: true }]}>
                      <Select options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item label="形式" name="format">
                      <Select
                        allowClear
                        options={Object.entries(FORMAT_LABELS).map(([value, label]) => ({ value, label }))}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Row gutter={12}>
                  <Col xs={24} sm={12}>
                    <Form.Item label="开始时间" name="startsAt" rules={[{ required: true, message: "请选择开始时间" }]}>
                      <DatePicker showTime={{ format: "HH:mm" }} format={TIME_FORMAT} style={{ width: "100%" }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item label="结束时间" name="endsAt" rules={[{ required: true, message: "请选择结束时间" }]}>
                      <DatePicker showTime={{ format: "HH:mm" }} format={TIME_FORMAT} style={{ width: "100%" }} />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item label="主办单位" name="organizerUnitId" rules={[{ required: true, message: "请选择主办单位" }]}>
                  <TreeSelect
                    showSearch
                    treeNodeFilterProp="title"
                    treeDefaultExpandAll
                    treeData={unitTree}
                    placeholder="选择主办单位"
                  />
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={24} sm={12}>
                    <Form.Item label="场地" name="venue">
                      <Input maxLength={200} placeholder="如：县应急管理局二楼培训室" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item label="授课教员" name="trainerId" extra="同一教员同一时间只能有一场培训">
                      <Select
                        allowClear
                        placeholder="不指定"
                        options={[{ value: me.id, label: `${me.person?.name ?? me.username}（我）` }]}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item label="容量（人）" name="capacity" extra="不填即不限人数">
                  <InputNumber min={1} precision={0} style={{ width: "100%" }} />
                </Form.Item>
                <Form.Item label="说明" name="description">
                  <Input.TextArea rows={3} maxLength={5000} />
                </Form.Item>
              </Card>
              <Card title="重复" style={{ marginBottom: 16 }}>
                <Form.Item name="repeat" style={{ marginBottom: repeat && repeat !== "ONCE" ? 16 : 0 }}>
                  <Segmented
                    options={[
                      { value: "ONCE", label: "单次" },
                      { value: "WEEKLY", label: "每周" },
                      { value: "MONTHLY", label: "每月" },
                    ]}
                  />
                </Form.Item>
                {repeat && repeat !== "ONCE" ? (
                  <>
                    <Form.Item label={repeat === "WEEKLY" ? "每隔几周" : "每隔几个月"} name={["recurrence", "interval"]}>
                      <InputNumber min={1} max={12} precision={0} />
                    </Form.Item>
                    {repeat === "WEEKLY" ? (
                      <Form.Item
                        label="星期"
                        name={["recurrence", "weekdays"]}
                        extra={`不选即与开始时间同一天（${
                          WEEKDAYS.find((w) => w.value === countyWeekday(form.getFieldValue("startsAt")?.toISOString?.() ?? ""))
                            ?.label ?? ""
                        }）`}
                      >
                        <Checkbox.Group options={WEEKDAYS} />
                      </Form.Item>
                    ) : null}
                    <Form.Item label="结束" name={["recurrence", "end"]}>
                      <Radio.Group
                        options={[
                          { value: "count", label: "按次数" },
                          { value: "until", label: "按日期" },
                        ]}
                      />
                    </Form.Item>
                    {seriesEnd === "until" ? (
                      <Form.Item label="结束日期" name={["recurrence", "until"]}>
                        <DatePicker style={{ width: "100%" }} />
                      </Form.Item>
                    ) : (
                      <Form.Item label="次数" name={["recurrence", "count"]}>
                        <InputNumber min={1} max={200} precision={0} />
                      </Form.Item>
                    )}
                  </>
                ) : null}
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title="培训对象" style={{ marginBottom: 16 }}>
                <Form.Item name="audience" style={{ marginBottom: 0 }}>
                  <AudiencePicker units={units} />
                </Form.Item>
              </Card>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={savingOne || savingSeries} block={false} size="large">
            安排培训
          </Button>
          <Button style={{ marginInlineStart: 8 }} size="large" onClick={() => navigate("/training")}>
            取消
          </Button>
        </Form>
      )}
    </>
  );
}
