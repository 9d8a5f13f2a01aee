import { Flex, Typography } from "antd";
import { useEffect, type ReactNode } from "react";

type Props = {
  title: string;
  /** A line under the title. */
  subTitle?: ReactNode;
  /** Buttons on the right (below the title on a phone). */
  extra?: ReactNode;
};

/** A page's title bar; also sets the browser tab's title. */
export function PageHeader({ title, subTitle, extra }: Props) {
  useEffect(() => {
    document.title = `${title} · 练兵`;
  }, [title]);
  return (
    <Flex wrap justify="space-between" align="center" gap={12} style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subTitle ? <Typography.Text type="secondary">{subTitle}</Typography.Text> : null}
      </div>
      {extra ? (
        <Flex wrap gap={8}>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
