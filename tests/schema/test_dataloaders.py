"""A nested list costs a fixed number of SQL queries, whatever its length."""

from __future__ import annotations

from models.org import Role, UnitKind
from tests.conftest import QueryCounter, make_person, make_unit, make_user

NESTED = """query($first: Int) { people(first: $first) { edges { node {
  name unit { name parent { name parent { name } } } account { username } } } } }"""


async def test_people_unit_parent_costs_the_same_for_5_and_100_rows(client):
    await make_user("admin", Role.ADMIN)
    await client.login("admin")
    committee = await make_unit("县安全生产委员会", UnitKind.COMMITTEE)
    counts = {}
    for size in (5, 100):
        # Each person in a unit of their own, two levels below the committee: nothing to share.
        for i in range(size - (5 if size == 100 else 0)):
            middle = await make_unit(f"专委会{size}-{i}", UnitKind.COMMITTEE, parent=committee)
            leaf = await make_unit(f"工作组{size}-{i}", UnitKind.COMMITTEE, parent=middle)
            await make_person(leaf, name=f"成员{size}-{i}")
        with QueryCounter() as counter:
            data = await client.data(NESTED, {"first": size})
        edges = data["people"]["edges"]
        assert len(edges) == size
        assert edges[-1]["node"]["unit"]["parent"]["parent"]["name"] == "县安全生产委员会"
        counts[size] = counter.count
    assert counts[5] == counts[100], counts
    # user, people, units, parents, grandparents, accounts: one query each
    assert counts[5] == 6, counts
