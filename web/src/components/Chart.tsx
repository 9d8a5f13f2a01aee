// The one place that imports echarts: only the chart types and components registered here are
// bundled, and only pages that render a <Chart> load them (the "echarts" chunk). Register
// another chart type here when a page needs it.
import { BarChart, LineChart, PieChart } from "echarts/charts";
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/lib/core";
import type { CSSProperties } from "react";

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

type Props = {
  option: ChartOption;
  /** Height in px (default 320); the width follows the container. */
  height?: number;
  style?: CSSProperties;
  loading?: boolean;
  /** Passed on as data-testid. */
  testId?: string;
};

export function Chart({ option, height = 320, style, loading, testId }: Props) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        showLoading={loading}
        style={{ height, width: "100%", ...style }}
      />
    </div>
  );
}

export default Chart;
