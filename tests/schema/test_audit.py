"""Every mutation is recorded: who, which operation, which object, when, the input sans secrets."""

from __future__ import annotations

import logging

from models.audit import AuditEntry
from models.org import Role
from schema import org as org_schema
from tests.conftest import make_user

CREATE_UNIT = """mutation($input: CreateUnitInput!) {
  createUnit(input: $input) { unit { id } userErrors { code } } }"""
AUDIT = """query($operation: String) { auditLog(operation: $operation) { edges { node {
  username operation objectType objectId input succeeded errorCodes requestId createdAt } } } }"""


async def test_mutations_are_recorded_with_secrets_removed(client):
    await make_user("admin", Role.ADMIN)
    await client.login("admin")
    created = await client.mutate(CREATE_UNIT, {"name": "县水利局", "kind": "COUNTY_DEPARTMENT"})
    await client.data(CREATE_UNIT, {"input": {"name": "", "kind": "TOWNSHIP"}})
    entries = [e["node"] for e in (await client.data(AUDIT))["auditLog"]["edges"]]
    login, ok, rejected = entries
    assert login["operation"] == "login" and login["succeeded"]
    assert login["input"] == {"username": "admin", "password": "[redacted]"}
    assert login["objectType"] == "User"
    assert ok["operation"] == "createUnit" and ok["username"] == "admin"
    assert ok["objectType"] == "Unit" and ok["objectId"] == created["unit"]["id"]
    assert ok["input"] == {"name": "县水利局", "kind": "COUNTY_DEPARTMENT", "parentId": None}
    assert rejected["succeeded"] is False and rejected["errorCodes"] == ["REQUIRED"]
    assert len(ok["requestId"]) == 16 and ok["createdAt"]


async def test_failed_logins_and_forbidden_calls_are_recorded(client, new_client):
    await make_user("officer", Role.OFFICER)
    bad = new_client()
    await bad.data(
        'mutation { login(input: {username: "officer", password: "guess-guess"}) { token } }'
    )
    await client.login("officer")
    await client.post(CREATE_UNIT, {"input": {"name": "x", "kind": "TOWNSHIP"}})
    rows = await AuditEntry.all().order_by("id")
    assert [(r.operation, r.succeeded, r.error_codes) for r in rows] == [
        ("login", False, ["INVALID_CREDENTIALS"]),
        ("login", True, []),
        ("createUnit", False, ["FORBIDDEN"]),
    ]
    assert rows[0].input == {"username": "officer", "password": "[redacted]"}


async def test_only_admins_read_the_audit_log(client):
    await make_user("leader", Role.LEADER)
    await client.login("leader")
    assert await client.error_codes(AUDIT) == ["FORBIDDEN"]


async def test_unexpected_errors_are_masked_logged_and_audited(client, monkeypatch, caplog):
    await make_user("admin", Role.ADMIN)
    await client.login("admin")

    async def broken(**kwargs):
        raise RuntimeError("disk on fire at /secret/path")

    monkeypatch.setattr(org_schema.org, "create_unit", broken)
    with caplog.at_level(logging.ERROR, logger="lianbing.errors"):
        body = await client.post(CREATE_UNIT, {"input": {"name": "某单位", "kind": "TOWNSHIP"}})
    (error,) = body["errors"]
    request_id = error["extensions"]["requestId"]
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert "fire" not in error["message"] and request_id in error["message"]
    logged = [r for r in caplog.records if request_id in r.getMessage()]
    assert logged and "disk on fire" in str(logged[0].exc_info[1])
    entry = await AuditEntry.get(operation="createUnit")
    assert entry.error_codes == ["INTERNAL_ERROR"] and entry.request_id == request_id
