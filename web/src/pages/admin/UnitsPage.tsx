import { ApartmentOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, Input, Skeleton, Tag, Tree, Typography } from "antd";
import { useMemo, useState } from "react";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import { UnitFormModal, type UnitFormTarget } from "./UnitFormModal";
import { UNIT_KIND_LABELS, allKeys, filterTree, type UnitTreeNode } from "./unitTree";
import { useUnits } from "./useUnits";

const KIND_COLORS = { COMMITTEE: "purple", COUNTY_DEPARTMENT: "blue", TOWNSHIP: "green", ENTERPRISE: "orange" } as const;

export default function UnitsPage() {
  const { units, tree, loading, error, reload } = useUnits();
  const [term, setTerm] = useState("");
  const [target, setTarget] = useState<UnitFormTarget | null>(null);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const shown = useMemo(() => filterTree(tree, term), [tree, term]);
  // Everything open at first and while searching; the user's own choice otherwise.
  const expandedKeys = term.trim() || expanded === null ? allKeys(shown) : expanded;

  const renderTitle = (node: UnitTreeNode) => (
    <Flex align="center" gap={4} style={{ minWidth: 0, paddingBlock: 2 }} data-testid={`unit-${node.unit.name}`}>
      <Flex align="center" gap={4} wrap style={{ flex: 1, minWidth: 0 }}>
      <Typography.Text style={{ wordBreak: "break-all" }}>{node.unit.name}</Typography.Text>
      <Tag color={KIND_COLORS[node.unit.kind]} style={{ marginInlineEnd: 0 }}>
        {UNIT_KIND_LABELS[node.unit.kind]}
      </Tag>
      {node.children.length > 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {node.children.length} 个下级
        </Typography.Text>
      ) : null}
      </Flex>
      <Flex flex="none">
      <Button
        size="small"
        type="text"
        icon={<EditOutlined />}
        aria-label={`编辑 ${node.unit.name}`}
        onClick={(event) => {
          event.stopPropagation();
          setTarget({ mode: "edit", unit: node.unit });
        }}
      />
      <Button
        size="small"
        type="text"
        icon={<PlusOutlined />}
        aria-label={`新增下级 ${node.unit.name}`}
        onClick={(event) => {
          event.stopPropagation();
          setTarget({ mode: "create", parentId: node.unit.id });
        }}
      />
      </Flex>
    </Flex>
  );

  return (
    <>
      <PageHeader
        title="单位管理"
        subTitle={loading ? undefined : `共 ${units.length} 个单位`}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: "create", parentId: null })}>
            新增单位
          </Button>
        }
      />
      <QueryError error={error} />
      <Card>
        <Input.Search
          allowClear
          placeholder="搜索单位名称"
          aria-label="搜索单位"
          value={term}
          onChange={(event) => setTerm(event.target.value)}
          style={{ marginBottom: 12, maxWidth: 360 }}
        />
        {loading && units.length === 0 ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : shown.length === 0 ? (
          <Empty description={term.trim() ? "没有匹配的单位" : "还没有单位"} />
        ) : (
          <Tree<UnitTreeNode>
            data-testid="unit-tree"
            blockNode
            showLine
            showIcon={false}
            selectable={false}
            treeData={shown}
            expandedKeys={expandedKeys}
            onExpand={(keys) => setExpanded(keys.map(String))}
            titleRender={renderTitle}
            icon={<ApartmentOutlined />}
          />
        )}
      </Card>
      <UnitFormModal
        target={target}
        units={units}
        onClose={() => setTarget(null)}
        onSaved={() => {
          setTarget(null);
          reload();
        }}
      />
    </>
  );
}
