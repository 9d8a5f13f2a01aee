"""Rules held by the database survive concurrent requests (real concurrency on PostgreSQL)."""

from __future__ import annotations

import asyncio

import httpx

from models.org import MAX_FAILURES, LoginThrottle, Person, Role, User
from schema.ids import global_id
from tests.conftest import PASSWORD, make_unit, make_user

CREATE_USER = """mutation($input: CreateUserInput!) {
  createUser(input: $input) { user { id } userErrors { code } } }"""
CREATE_PERSON = """mutation($input: CreatePersonInput!) {
  createPerson(input: $input) { person { id } userErrors { code } } }"""
LOGIN = """mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }"""


async def admins(new_client, count: int):
    await make_user("admin", Role.ADMIN)
    return [await new_client().login("admin") for _ in range(count)]


async def test_one_username_created_at_once_from_many_requests(new_client):
    clients = await admins(new_client, 6)
    variables = {"input": {"username": "twin", "password": "long-enough-1", "roles": ["OFFICER"]}}
    results = await asyncio.gather(*(c.data(CREATE_USER, variables) for c in clients))
    codes = sorted(tuple(e["code"] for e in r["createUser"]["userErrors"]) for r in results)
    assert codes == [(), *[("DUPLICATE_USERNAME",)] * 5]
    assert await User.filter(username="twin").count() == 1


async def test_one_badge_number_from_many_requests(new_client):
    clients = await admins(new_client, 6)
    unit = await make_unit()
    variables = {
        "input": {
            "name": "重号",
            "unitId": global_id("Unit", unit.id),
            "category": "ENFORCEMENT_OFFICER",
            "badgeNumber": "43122699999",
        }
    }
    results = await asyncio.gather(*(c.data(CREATE_PERSON, variables) for c in clients))
    codes = sorted(tuple(e["code"] for e in r["createPerson"]["userErrors"]) for r in results)
    assert codes == [(), *[("DUPLICATE_BADGE_NUMBER",)] * 5]
    assert await Person.filter(badge_number="43122699999").count() == 1


async def test_concurrent_failed_logins_are_all_counted(new_client):
    await make_user("target", Role.OFFICER)
    variables = {"input": {"username": "target", "password": "wrong-password"}}
    results = await asyncio.gather(*(new_client().data(LOGIN, variables) for _ in range(12)))
    codes = sorted(e["code"] for r in results for e in r["login"]["userErrors"])
    assert codes == ["ACCOUNT_LOCKED"] * 2 + ["INVALID_CREDENTIALS"] * MAX_FAILURES
    row = await LoginThrottle.get(username="target")
    assert row.failures == MAX_FAILURES and row.locked_until is not None


async def guess(base: str, password: str) -> list[str]:
    """One login as `target` against a server process: its userErrors' codes."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        variables = {"input": {"username": "target", "password": password}}
        response = await http.post("/graphql", json={"query": LOGIN, "variables": variables})
        body = response.json()
        assert "errors" not in body, body["errors"]
        return [error["code"] for error in body["data"]["login"]["userErrors"]]


async def test_thirty_parallel_guesses_on_two_workers_get_ten_checks(start_server):
    """The lock is decided before the password is checked: of 30 guesses sent at once to two
    server processes, MAX_FAILURES are checked and refused, the rest find the account locked,
    and so does the right password afterwards."""
    await make_user("target", Role.OFFICER)
    servers = [start_server()[0], start_server()[0]]
    answers = await asyncio.gather(*(guess(servers[n % 2], "wrong-guess") for n in range(30)))
    codes = sorted(code for answer in answers for code in answer)
    assert codes == ["ACCOUNT_LOCKED"] * 20 + ["INVALID_CREDENTIALS"] * MAX_FAILURES
    assert await guess(servers[0], PASSWORD) == ["ACCOUNT_LOCKED"]
    row = await LoginThrottle.get(username="target")
    assert row.failures == MAX_FAILURES and row.locked_until is not None


async def test_parallel_right_logins_on_two_workers_all_succeed(start_server):
    """Each login reserves a check and a right password clears the count again: the row one
    attempt created may be gone by the time the next one reads it."""
    await make_user("target", Role.OFFICER)
    servers = [start_server()[0], start_server()[0]]
    for _ in range(3):
        answers = await asyncio.gather(*(guess(servers[n % 2], PASSWORD) for n in range(8)))
        assert answers == [[]] * 8
    assert not await LoginThrottle.filter(username="target").exists()
