import { Tag } from "antd";
import type { DrillStatus } from "../../gql/graphql";
import { DRILL_STATUS_COLORS, DRILL_STATUS_LABELS } from "./labels";

export function DrillStatusTag({ status }: { status: DrillStatus }) {
  return (
    <Tag color={DRILL_STATUS_COLORS[status]} data-testid="drill-status">
      {DRILL_STATUS_LABELS[status]}
    </Tag>
  );
}
