"""Every mutation is recorded: who, which operation, which object, when, the input sans secrets."""

from __future__ import annotations

import logging
from datetime import datetime

from models import audit
from models.assessment import ScoreEvent
from models.audit import AuditEntry
from models.drills import DrillComment
from models.org import Role, Unit
from models.training import Attendance, AttendanceStatus
from schema import org as org_schema
from tests.conftest import make_user
from tests.schema.test_training import MARK, county, pid, schedule  # noqa: F401
from tests.test_subscriptions import COMMENT, drill_setup  # noqa: F401

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


async def test_the_audit_log_pages_newest_first_when_asked(client):
    await make_user("admin", Role.ADMIN)
    await client.login("admin")
    for name in ["一", "二", "三", "四"]:
        await client.mutate(CREATE_UNIT, {"name": f"县第{name}局", "kind": "COUNTY_DEPARTMENT"})
    page = """query($after: String) { auditLog(newestFirst: true, first: 2, after: $after,
      operation: "createUnit") { edges { node { input } } pageInfo { hasNextPage endCursor } } }"""

    def names(data: dict) -> list[str]:
        return [e["node"]["input"]["name"] for e in data["auditLog"]["edges"]]

    first = await client.data(page)
    assert names(first) == ["县第四局", "县第三局"] and first["auditLog"]["pageInfo"]["hasNextPage"]
    rest = await client.data(page, {"after": first["auditLog"]["pageInfo"]["endCursor"]})
    assert names(rest) == ["县第二局", "县第一局"]
    assert not rest["auditLog"]["pageInfo"]["hasNextPage"]
    oldest = await client.data(AUDIT, {"operation": "createUnit"})
    assert oldest["auditLog"]["edges"][0]["node"]["input"]["name"] == "县第一局"


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


class CrashBeforeCommit:
    """The first audit entry is written, then the worker fails before the mutation's
    transaction commits: what the mutation wrote must go with the entry."""

    def __init__(self, monkeypatch, written) -> None:
        self.real, self.written = audit.record, written
        self.seen_inside: list[bool] = []
        monkeypatch.setattr(audit, "record", self.record)

    async def record(self, **fields):
        entry = await self.real(**fields)
        if not self.seen_inside:
            self.seen_inside.append(await self.written())  # the rows are there, uncommitted
            raise RuntimeError("worker lost before commit")
        return entry


async def audit_rows(operation: str) -> list[tuple[bool, list[str]]]:
    rows = await AuditEntry.filter(operation=operation).order_by("id")
    return [(row.succeeded, row.error_codes) for row in rows]


async def test_a_unit_and_its_audit_entry_commit_together(client, monkeypatch):
    await make_user("admin", Role.ADMIN)
    await client.login("admin")
    crash = CrashBeforeCommit(monkeypatch, Unit.filter(name="县水利局").exists)
    body = await client.post(CREATE_UNIT, {"input": {"name": "县水利局", "kind": "TOWNSHIP"}})
    assert [e["extensions"]["code"] for e in body["errors"]] == ["INTERNAL_SERVER_ERROR"]
    assert crash.seen_inside == [True]
    assert not await Unit.filter(name="县水利局").exists()
    assert await audit_rows("createUnit") == [(False, ["INTERNAL_ERROR"])]

    created = await client.mutate(CREATE_UNIT, {"name": "县水利局", "kind": "TOWNSHIP"})
    (entry,) = await AuditEntry.filter(operation="createUnit", succeeded=True)
    assert entry.object_id == created["unit"]["id"]
    assert await Unit.filter(name="县水利局").count() == 1


async def test_a_drill_comment_and_its_audit_entry_commit_together(
    client,
    monkeypatch,
    drill_setup,  # noqa: F811
):
    await client.login("leader")
    variables = {"input": {"drillId": drill_setup, "body": "请补充水位数据。", "isReview": True}}
    crash = CrashBeforeCommit(monkeypatch, DrillComment.exists)
    body = await client.post(COMMENT, variables)
    assert [e["extensions"]["code"] for e in body["errors"]] == ["INTERNAL_SERVER_ERROR"]
    assert crash.seen_inside == [True]
    assert not await DrillComment.exists()
    assert await audit_rows("addDrillComment") == [(False, ["INTERNAL_ERROR"])]

    payload = (await client.data(COMMENT, variables))["addDrillComment"]
    (entry,) = await AuditEntry.filter(operation="addDrillComment", succeeded=True)
    assert entry.object_id == payload["comment"]["id"]
    assert await DrillComment.filter(body="请补充水位数据。").count() == 1


async def test_attendance_marks_their_ledger_and_audit_entry_commit_together(
    client,
    monkeypatch,
    county,  # noqa: F811
    clock_at,
):
    await client.login("trainer")
    session = await schedule(client, county)
    clock_at.set(datetime(2026, 3, 2, 20, 30))  # the session has ended
    marks = [{"personId": pid(p), "status": "ABSENT"} for p in county.officers]
    variables = {"input": {"sessionId": session["id"], "marks": marks}}
    crash = CrashBeforeCommit(monkeypatch, ScoreEvent.exists)
    body = await client.post(MARK, variables)
    assert [e["extensions"]["code"] for e in body["errors"]] == ["INTERNAL_SERVER_ERROR"]
    assert crash.seen_inside == [True]
    assert not await ScoreEvent.exists()
    assert not await Attendance.filter(status=AttendanceStatus.ABSENT).exists()
    assert await audit_rows("markAttendance") == [(False, ["INTERNAL_ERROR"])]

    assert (await client.data(MARK, variables))["markAttendance"]["userErrors"] == []
    assert await audit_rows("markAttendance") == [(False, ["INTERNAL_ERROR"]), (True, [])]
    assert await Attendance.filter(status=AttendanceStatus.ABSENT).count() == 3
    assert await ScoreEvent.filter(person_id=county.officers[0].id).exists()
