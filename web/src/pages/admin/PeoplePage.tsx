import { EditOutlined, PlusOutlined, UserAddOutlined } from "@ant-design/icons";
import { App, Button, Card, Checkbox, Empty, Flex, Input, List, Select, Skeleton, Table, Tag, TreeSelect, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { roleLabel } from "../../access";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { PersonCategory } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { adminPeopleQuery } from "../../services/admin";
import { PERSON_CATEGORIES, PERSON_CATEGORY_LABELS } from "./labels";
import { PagerBar, usePager } from "./Pager";
import { PersonFormModal, type AdminPerson, type PersonFormTarget } from "./PersonFormModal";
import { UserFormModal, type UserFormTarget } from "./UserFormModal";
import { useUnits } from "./useUnits";

const PAGE_SIZE = 20;

export default function PeoplePage() {
  const desktop = useDesktop();
  const { modal } = App.useApp();
  const { tree } = useUnits();
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  const [unitId, setUnitId] = useState<string | null>(null);
  const [category, setCategory] = useState<PersonCategory | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const pager = usePager(JSON.stringify([search, unitId, category, includeInactive]));
  const [personTarget, setPersonTarget] = useState<PersonFormTarget | null>(null);
  const [userTarget, setUserTarget] = useState<UserFormTarget | null>(null);

  // ?new=1 (the home page's shortcut) opens the form at once.
  const [params, setParams] = useSearchParams();
  useEffect(() => {
    if (params.get("new") !== "1") return;
    setPersonTarget({ mode: "create", unitId: null });
    setParams({}, { replace: true });
  }, [params, setParams]);

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: adminPeopleQuery,
    variables: { first: PAGE_SIZE, after: pager.after, unitId, category, search: search || null, includeInactive },
  });
  const people = data?.people.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.people.pageInfo;
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  const accountCell = (person: AdminPerson) =>
    person.account ? (
      <span>
        <Typography.Text code>{person.account.username}</Typography.Text>
        {person.account.active ? null : <Tag>已停用</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {person.account.roles.map(roleLabel).join("、")}
        </Typography.Text>
      </span>
    ) : (
      <Button
        size="small"
        icon={<UserAddOutlined />}
        onClick={() => setUserTarget({ mode: "create", person: { id: person.id, name: person.name } })}
        aria-label={`为 ${person.name} 创建账号`}
      >
        创建账号
      </Button>
    );

  const editButton = (person: AdminPerson) => (
    <Button
      size="small"
      icon={<EditOutlined />}
      onClick={() => setPersonTarget({ mode: "edit", person })}
      aria-label={`编辑 ${person.name}`}
    >
      编辑
    </Button>
  );

  const columns: TableColumnsType<AdminPerson> = [
    {
      title: "姓名",
      dataIndex: "name",
      render: (name: string, person) => (
        <span>
          {name} {person.active ? null : <Tag>离岗</Tag>}
        </span>
      ),
    },
    { title: "类别", dataIndex: "category", render: (c: PersonCategory) => PERSON_CATEGORY_LABELS[c] },
    { title: "单位", render: (_, person) => person.unit.name },
    { title: "执法证号", dataIndex: "badgeNumber", render: (v: string | null) => v ?? "—" },
    { title: "电话", dataIndex: "phone", render: (v: string | null) => v ?? "—" },
    { title: "账号", render: (_, person) => accountCell(person) },
    { title: "操作", width: 90, render: (_, person) => editButton(person) },
  ];

  return (
    <>
      <PageHeader
        title="人员管理"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPersonTarget({ mode: "create", unitId })}>
            新增人员
          </Button>
        }
      />
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder="姓名或执法证号"
            aria-label="搜索人员"
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              if (!event.target.value) setSearch("");
            }}
            onSearch={(value) => setSearch(value.trim())}
            style={{ width: desktop ? 240 : "100%" }}
          />
          <TreeSelect
            allowClear
            showSearch
            treeNodeFilterProp="title"
            treeData={tree}
            value={unitId ?? undefined}
            onChange={(value) => setUnitId(value ?? null)}
            placeholder="全部单位（含下级）"
            aria-label="按单位筛选"
            style={{ width: desktop ? 260 : "100%" }}
          />
          <Select
            allowClear
            value={category ?? undefined}
            onChange={(value) => setCategory(value ?? null)}
            placeholder="全部类别"
            aria-label="按类别筛选"
            options={PERSON_CATEGORIES.map((c) => ({ value: c, label: PERSON_CATEGORY_LABELS[c] }))}
            style={{ width: desktop ? 160 : "100%" }}
          />
          <Checkbox checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)}>
            含离岗人员
          </Checkbox>
        </Flex>
        <QueryError error={error} />
        {desktop ? (
          <Table<AdminPerson>
            data-testid="people-table"
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={people}
            loading={fetching}
            pagination={false}
            locale={{ emptyText: <Empty description="没有符合条件的人员" /> }}
          />
        ) : fetching && !data ? (
          <Skeleton active />
        ) : (
          <List<AdminPerson>
            data-testid="people-list"
            dataSource={people}
            loading={fetching}
            locale={{ emptyText: <Empty description="没有符合条件的人员" /> }}
            renderItem={(person) => (
              <List.Item key={person.id} data-testid={`person-${person.name}`}>
                <Flex vertical gap={4} style={{ width: "100%" }}>
                  <Flex justify="space-between" align="center" gap={8}>
                    <Typography.Text strong>
                      {person.name} {person.active ? null : <Tag>离岗</Tag>}
                    </Typography.Text>
                    {editButton(person)}
                  </Flex>
                  <Typography.Text type="secondary">
                    {[PERSON_CATEGORY_LABELS[person.category], person.unit.name].join(" · ")}
                  </Typography.Text>
                  {person.badgeNumber || person.phone ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[person.badgeNumber && `证号 ${person.badgeNumber}`, person.phone].filter(Boolean).join(" · ")}
                    </Typography.Text>
                  ) : null}
                  <div>{accountCell(person)}</div>
                </Flex>
              </List.Item>
            )}
          />
        )}
        <PagerBar
          page={pager.page}
          hasNext={!!pageInfo?.hasNextPage}
          loading={fetching}
          onPrevious={pager.previous}
          onNext={() => pager.next(pageInfo?.endCursor)}
        />
      </Card>
      <PersonFormModal
        target={personTarget}
        unitTree={tree}
        onClose={() => setPersonTarget(null)}
        onSaved={(person, created) => {
          setPersonTarget(null);
          refresh();
          if (created) {
            // New people sort last: show this one by name so the list has them.
            setTyped(person.name);
            setSearch(person.name);
            setUnitId(null);
            setCategory(null);
            modal.confirm({
              title: `已新增人员：${person.name}`,
              content: "是否现在为其创建登录账号？",
              okText: "创建账号",
              cancelText: "稍后",
              onOk: () => setUserTarget({ mode: "create", person: { id: person.id, name: person.name } }),
            });
          }
        }}
      />
      <UserFormModal
        target={userTarget}
        unitTree={tree}
        onClose={() => setUserTarget(null)}
        onSaved={() => {
          setUserTarget(null);
          refresh();
        }}
      />
    </>
  );
}
