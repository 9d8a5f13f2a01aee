import { Card, Empty, Skeleton } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { AttendanceStatus, SessionStatus } from "../../gql/graphql";

type HomeCardProps = {
  title: ReactNode;
  testId: string;
  /** A link at the card's top right: [text, path]. */
  more?: [string, string];
  loading?: boolean;
  empty?: string | false;
  children?: ReactNode;
};

/** One block of a home page: a title, an optional "more" link, a skeleton while loading, an empty text. */
export function HomeCard({ title, testId, more, loading, empty, children }: HomeCardProps) {
  return (
    <Card
      title={title}
      size="small"
      data-testid={testId}
      extra={more ? <Link to={more[1]}>{more[0]}</Link> : undefined}
      styles={{ body: { paddingBlock: 8 } }}
      style={{ height: "100%" }}
    >
      {loading ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        children
      )}
    </Card>
  );
}

export const SESSION_STATUS: Record<SessionStatus, [string, string]> = {
  SCHEDULED: ["未开始", "blue"],
  ONGOING: ["进行中", "green"],
  COMPLETED: ["已结束", "default"],
  CANCELLED: ["已取消", "red"],
};

export const ATTENDANCE_STATUS: Record<AttendanceStatus, [string, string]> = {
  UNMARKED: ["未签到", "default"],
  PRESENT: ["已签到", "green"],
  LATE: ["迟到", "orange"],
  EXCUSED: ["已请假", "purple"],
  ABSENT: ["缺勤", "red"],
};
