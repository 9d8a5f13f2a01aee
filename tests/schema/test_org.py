"""Units, people and users through the API: admin mutations, reads, scope and bad input."""

from __future__ import annotations

from models.org import PersonCategory, Role, UnitKind
from schema.ids import global_id
from tests.conftest import make_person, make_unit, make_user

CREATE_UNIT = """mutation($input: CreateUnitInput!) {
  createUnit(input: $input) { unit { id name kind parent { name } } userErrors { field code message } }
}"""
UPDATE_UNIT = """mutation($input: UpdateUnitInput!) {
  updateUnit(input: $input) { unit { id name parent { name } } userErrors { field code message } }
}"""
CREATE_PERSON = """mutation($input: CreatePersonInput!) {
  createPerson(input: $input) {
    person { id name category badgeNumber phone unit { name } } userErrors { field code message }
  }
}"""
UPDATE_PERSON = """mutation($input: UpdatePersonInput!) {
  updatePerson(input: $input) { person { id name active badgeNumber unit { name } } userErrors { field code } }
}"""
CREATE_USER = """mutation($input: CreateUserInput!) {
  createUser(input: $input) { user { id username roles scopeUnit { name } person { name } } userErrors { field code } }
}"""
PEOPLE = """query($unitId: ID, $category: PersonCategory, $search: String, $first: Int, $after: String) {
  people(unitId: $unitId, category: $category, search: $search, first: $first, after: $after) {
    edges { cursor node { id name badgeNumber phone unit { name } } }
    pageInfo { hasNextPage endCursor }
  }
}"""


async def admin(client):
    await make_user("admin", Role.ADMIN)
    return await client.login("admin")


def codes(payload: dict) -> list[str]:
    return [error["code"] for error in payload["userErrors"]]


async def test_admin_builds_the_unit_tree(client):
    await admin(client)
    county = await client.mutate(CREATE_UNIT, {"name": "县安全生产委员会", "kind": "COMMITTEE"})
    special = await client.mutate(
        CREATE_UNIT,
        {"name": "道路交通安全专业委员会", "kind": "COMMITTEE", "parentId": county["unit"]["id"]},
    )
    assert special["unit"]["parent"] == {"name": "县安全生产委员会"}
    data = await client.data(
        "{ units(kind: COMMITTEE) { edges { node { name parent { name } } } } }"
    )
    names = [edge["node"]["name"] for edge in data["units"]["edges"]]
    assert names == ["县安全生产委员会", "道路交通安全专业委员会"]


async def test_unit_names_are_checked(client):
    await admin(client)
    await make_unit("县林业局")
    cases = [
        ({"name": "  ", "kind": "TOWNSHIP"}, "REQUIRED"),
        ({"name": "镇" * 101, "kind": "TOWNSHIP"}, "TOO_LONG"),
        ({"name": "县林业局", "kind": "COUNTY_DEPARTMENT"}, "DUPLICATE_UNIT_NAME"),
        (
            {"name": "高村镇", "kind": "TOWNSHIP", "parentId": global_id("Unit", 99999)},
            "UNIT_NOT_FOUND",
        ),
        ({"name": "高村镇", "kind": "TOWNSHIP", "parentId": global_id("Person", 1)}, "INVALID_ID"),
        ({"name": "高村镇", "kind": "TOWNSHIP", "parentId": "garbage"}, "INVALID_ID"),
    ]
    for variables, code in cases:
        payload = (await client.data(CREATE_UNIT, {"input": variables}))["createUnit"]
        assert codes(payload) == [code], variables
        assert payload["unit"] is None
    data = await client.data("{ units { edges { node { name } } } }")
    assert [e["node"]["name"] for e in data["units"]["edges"]] == ["县林业局"]


async def test_a_unit_cannot_become_its_own_ancestor(client):
    await admin(client)
    township = await make_unit("高村镇", UnitKind.TOWNSHIP)
    team = await make_unit("高村镇综合行政执法大队", UnitKind.TOWNSHIP, parent=township)
    for parent in (team, township):
        payload = (
            await client.data(
                UPDATE_UNIT,
                {
                    "input": {
                        "id": global_id("Unit", township.id),
                        "parentId": global_id("Unit", parent.id),
                    }
                },
            )
        )["updateUnit"]
        assert codes(payload) == ["UNIT_CYCLE"]
    moved = await client.mutate(
        UPDATE_UNIT, {"id": global_id("Unit", team.id), "parentId": None, "name": "高村执法队"}
    )
    assert moved["unit"]["parent"] is None and moved["unit"]["name"] == "高村执法队"


async def test_admin_creates_and_updates_people(client):
    await admin(client)
    unit = await make_unit("县应急管理局")
    created = await client.mutate(
        CREATE_PERSON,
        {
            "name": " 刘洋 ",
            "unitId": global_id("Unit", unit.id),
            "category": "ENFORCEMENT_OFFICER",
            "badgeNumber": "43122600001",
            "phone": "13800138000",
        },
    )
    person = created["person"]
    assert person["name"] == "刘洋" and person["unit"] == {"name": "县应急管理局"}
    assert person["phone"] == "13800138000"
    other = await make_unit("县水利局")
    updated = await client.mutate(
        UPDATE_PERSON,
        {
            "id": person["id"],
            "unitId": global_id("Unit", other.id),
            "active": False,
            "badgeNumber": None,
        },
    )
    assert updated["person"] == {
        "id": person["id"],
        "name": "刘洋",
        "active": False,
        "badgeNumber": None,
        "unit": {"name": "县水利局"},
    }


async def test_person_input_is_checked(client):
    await admin(client)
    unit = await make_unit()
    await make_person(unit, badge_number="43122600007")
    unit_id = global_id("Unit", unit.id)
    base = {"name": "陈晨", "unitId": unit_id, "category": "ENFORCEMENT_OFFICER"}
    cases = [
        ({**base, "name": ""}, "REQUIRED"),
        ({**base, "badgeNumber": "43122600007"}, "DUPLICATE_BADGE_NUMBER"),
        ({**base, "badgeNumber": "执法证 1"}, "INVALID_BADGE_NUMBER"),
        ({**base, "phone": "call me"}, "INVALID_PHONE"),
        ({**base, "unitId": global_id("Unit", 424242)}, "UNIT_NOT_FOUND"),
        ({**base, "unitId": global_id("User", unit.id)}, "INVALID_ID"),
    ]
    for variables, code in cases:
        assert codes((await client.data(CREATE_PERSON, {"input": variables}))["createPerson"]) == [
            code
        ]
    payload = await client.data(UPDATE_PERSON, {"input": {"id": global_id("Person", 99999)}})
    assert codes(payload["updatePerson"]) == ["PERSON_NOT_FOUND"]


async def test_people_are_listed_filtered_and_paged(client):
    await admin(client)
    township = await make_unit("兰里镇", UnitKind.TOWNSHIP)
    team = await make_unit("兰里镇综合行政执法大队", UnitKind.TOWNSHIP, parent=township)
    county = await make_unit("县交通运输局")
    for i in range(5):
        await make_person(team, name=f"执法{i}", badge_number=f"4312260010{i}")
    await make_person(county, name="交通甲", category=PersonCategory.DEPUTY_LEADER)
    data = await client.data(PEOPLE, {"unitId": global_id("Unit", township.id), "first": 3})
    page = data["people"]
    assert [e["node"]["name"] for e in page["edges"]] == ["执法0", "执法1", "执法2"]
    assert page["pageInfo"]["hasNextPage"] is True
    rest = await client.data(
        PEOPLE, {"unitId": global_id("Unit", township.id), "after": page["pageInfo"]["endCursor"]}
    )
    assert [e["node"]["name"] for e in rest["people"]["edges"]] == ["执法3", "执法4"]
    assert rest["people"]["pageInfo"]["hasNextPage"] is False
    by_badge = await client.data(PEOPLE, {"search": "43122600104"})
    assert [e["node"]["name"] for e in by_badge["people"]["edges"]] == ["执法4"]
    by_name = await client.data(PEOPLE, {"search": "交通"})
    assert [e["node"]["name"] for e in by_name["people"]["edges"]] == ["交通甲"]
    leaders = await client.data(PEOPLE, {"category": "DEPUTY_LEADER"})
    assert [e["node"]["name"] for e in leaders["people"]["edges"]] == ["交通甲"]


async def test_page_size_is_capped_and_cursors_checked(client):
    await admin(client)
    assert await client.error_codes(PEOPLE, {"first": 101}) == ["BAD_USER_INPUT"]
    assert await client.error_codes(PEOPLE, {"first": -1}) == ["BAD_USER_INPUT"]
    assert await client.error_codes(PEOPLE, {"after": "bogus"}) == ["BAD_USER_INPUT"]
    assert await client.error_codes(PEOPLE, {"unitId": "bogus"}) == ["BAD_USER_INPUT"]
    assert (await client.data(PEOPLE, {"first": 100}))["people"]["edges"] == []


async def test_a_township_user_sees_only_its_township(client):
    township = await make_unit("岩门镇", UnitKind.TOWNSHIP)
    team = await make_unit("岩门镇综合行政执法大队", UnitKind.TOWNSHIP, parent=township)
    elsewhere = await make_unit("锦和镇", UnitKind.TOWNSHIP)
    me = await make_person(team, name="本镇队员", phone="13900000001")
    colleague = await make_person(township, name="本镇干部", phone="13900000002")
    stranger = await make_person(elsewhere, name="外镇队员")
    user = await make_user("yanmen", Role.OFFICER, person=me)
    assert user.scope_unit_id == township.id
    await client.login("yanmen")
    names = [e["node"]["name"] for e in (await client.data(PEOPLE))["people"]["edges"]]
    assert names == ["本镇队员", "本镇干部"]
    assert (await client.data(PEOPLE, {"unitId": global_id("Unit", elsewhere.id)}))["people"][
        "edges"
    ] == []
    node = "query($id: ID!) { node(id: $id) { ... on Person { name phone } } }"
    assert (await client.data(node, {"id": global_id("Person", stranger.id)}))["node"] is None
    # An officer sees a colleague but not the colleague's phone; their own phone they see.
    assert (await client.data(node, {"id": global_id("Person", colleague.id)}))["node"] == {
        "name": "本镇干部",
        "phone": None,
    }
    assert (await client.data(node, {"id": global_id("Person", me.id)}))["node"][
        "phone"
    ] == "13900000001"


async def test_county_users_see_every_unit_and_person(client):
    county = await make_unit("县应急管理局")
    township = await make_unit("尧市镇", UnitKind.TOWNSHIP)
    await make_person(township, name="乡镇队员")
    leader = await make_person(county, name="县领导", category=PersonCategory.PRINCIPAL_LEADER)
    user = await make_user("leader", Role.LEADER, person=leader)
    assert user.scope_unit_id is None
    await client.login("leader")
    names = [e["node"]["name"] for e in (await client.data(PEOPLE))["people"]["edges"]]
    assert names == ["乡镇队员", "县领导"]


async def test_admin_manages_accounts(client, new_client):
    await admin(client)
    township = await make_unit("江口墟镇", UnitKind.TOWNSHIP)
    person = await make_person(township, name="杨帆")
    created = await client.mutate(
        CREATE_USER,
        {
            "username": "yangfan",
            "password": "first-pass-1",
            "roles": ["OFFICER", "TRAINER"],
            "personId": global_id("Person", person.id),
        },
    )
    user = created["user"]
    assert user["roles"] == ["OFFICER", "TRAINER"]
    assert user["scopeUnit"] == {"name": "江口墟镇"} and user["person"] == {"name": "杨帆"}
    officer = await new_client().login("yangfan", "first-pass-1")
    update = """mutation($input: UpdateUserInput!) {
      updateUser(input: $input) { user { roles scopeUnit { name } } userErrors { code } } }"""
    payload = await client.mutate(
        update, {"id": user["id"], "roles": ["LEADER"], "scopeUnitId": None}
    )
    assert payload["user"] == {"roles": ["LEADER"], "scopeUnit": None}
    reset = """mutation($input: ResetPasswordInput!) {
      resetPassword(input: $input) { user { username } userErrors { code } } }"""
    await client.mutate(reset, {"id": user["id"], "newPassword": "second-pass-2"})
    assert (await officer.data("{ me { username } }"))["me"] is None  # old token void
    again = await new_client().login("yangfan", "second-pass-2")
    deactivate = """mutation($input: DeactivateUserInput!) {
      deactivateUser(input: $input) { user { active } userErrors { code } } }"""
    assert (await client.mutate(deactivate, {"id": user["id"]}))["user"] == {"active": False}
    assert (await again.data("{ me { username } }"))["me"] is None


async def test_account_input_is_checked(client):
    await admin(client)
    person = await make_person()
    await make_user("taken", Role.OFFICER, person=person)
    base = {"username": "newbie", "password": "long-enough-1", "roles": ["OFFICER"]}
    cases = [
        ({**base, "username": "Taken"}, "DUPLICATE_USERNAME"),
        ({**base, "username": "a b"}, "INVALID_USERNAME"),
        ({**base, "password": "short"}, "PASSWORD_TOO_SHORT"),
        ({**base, "roles": []}, "ROLES_REQUIRED"),
        ({**base, "personId": global_id("Person", person.id)}, "PERSON_HAS_ACCOUNT"),
        ({**base, "personId": global_id("Person", 9999)}, "PERSON_NOT_FOUND"),
        ({**base, "scopeUnitId": global_id("Unit", 9999)}, "UNIT_NOT_FOUND"),
    ]
    for variables, code in cases:
        assert codes((await client.data(CREATE_USER, {"input": variables}))["createUser"]) == [code]
    me = (await client.data("{ me { id } }"))["me"]["id"]
    deactivate = """mutation($input: DeactivateUserInput!) {
      deactivateUser(input: $input) { userErrors { code } } }"""
    payload = (await client.data(deactivate, {"input": {"id": me}}))["deactivateUser"]
    assert codes(payload) == ["CANNOT_DEACTIVATE_SELF"]


async def test_only_admins_run_admin_mutations(client):
    await make_user("trainer", Role.TRAINER)
    await client.login("trainer")
    variables = {"input": {"name": "新单位", "kind": "TOWNSHIP"}}
    assert await client.error_codes(CREATE_UNIT, variables) == ["FORBIDDEN"]
    client.token = None
    assert await client.error_codes(CREATE_UNIT, variables) == ["UNAUTHENTICATED"]
    assert await client.error_codes(PEOPLE) == ["UNAUTHENTICATED"]
    assert await client.error_codes("{ units { edges { node { name } } } }") == ["UNAUTHENTICATED"]


async def test_node_resolves_each_type_within_reach(client, new_client):
    unit = await make_unit("县司法局")
    person = await make_person(unit, name="司法员")
    officer = await make_user("sifa", Role.OFFICER, person=person)
    other = await make_user("other", Role.OFFICER)
    query = """query($id: ID!) { node(id: $id) { id __typename
      ... on Unit { name } ... on Person { name } ... on User { username } } }"""
    await client.login("sifa")
    for type_name, pk, field, value in [
        ("Unit", unit.id, "name", "县司法局"),
        ("Person", person.id, "name", "司法员"),
        ("User", officer.id, "username", "sifa"),
    ]:
        node = (await client.data(query, {"id": global_id(type_name, pk)}))["node"]
        assert node["__typename"] == type_name and node[field] == value
        assert node["id"] == global_id(type_name, pk)
    # Another user's account, unknown IDs and garbage are all simply null.
    for bad in (
        global_id("User", other.id),
        global_id("Unit", 12345),
        "garbage",
        global_id("Nope", 1),
    ):
        assert (await client.data(query, {"id": bad}))["node"] is None
    assert await new_client().error_codes(query, {"id": global_id("Unit", unit.id)}) == [
        "UNAUTHENTICATED"
    ]


async def test_only_admins_see_accounts(client, new_client):
    person = await make_person(name="某人")
    await make_user("someone", Role.OFFICER, person=person)
    await make_user("admin", Role.ADMIN)
    query = "query($id: ID!) { node(id: $id) { ... on Person { account { username } } } }"
    variables = {"id": global_id("Person", person.id)}
    await client.login("admin")
    assert (await client.data(query, variables))["node"]["account"] == {"username": "someone"}
    officer = await new_client().login("someone")
    assert await officer.error_codes(query, variables) == ["FORBIDDEN"]
    assert await officer.error_codes("{ users { edges { node { username } } } }") == ["FORBIDDEN"]
    data = await client.data('{ users(search: "some") { edges { node { username } } } }')
    assert data["users"]["edges"] == [{"node": {"username": "someone"}}]
