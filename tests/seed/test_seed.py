"""The demo county: what a newcomer sees after `python server.py --demo`."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from faker import Faker

from models.org import Person, PersonCategory, Unit, UnitKind, subtree, unit_parents
from schema.ids import global_id
from seed.demo import (
    DEMO_PASSWORD,
    create_demo_accounts,
    plan_people,
    plan_slots,
    plan_units,
    seed_org,
)

ROOT = Path(__file__).resolve().parent.parent.parent
DEPARTMENTS = [
    "应急管理局",
    "交通运输局",
    "公安局",
    "司法局",
    "农业农村局",
    "水利局",
    "林业局",
    "自然资源局",
    "消防救援大队",
    "森林公安",
]


async def test_demo_county_has_the_units_people_and_accounts_it_promises(client):
    summary = await seed_org()
    await create_demo_accounts(summary)
    units = await Unit.all()
    names = " ".join(unit.name for unit in units)
    for department in DEPARTMENTS:
        assert department in names, department
    assert "市场监" in names and "安全生产委员会" in names
    top_townships = [u for u in units if u.kind == UnitKind.TOWNSHIP and u.parent_id is None]
    assert len(top_townships) == 18
    assert sum(1 for u in units if u.kind == UnitKind.ENTERPRISE) >= 5
    assert await Person.all().count() >= 300
    for category in PersonCategory:
        assert await Person.filter(category=category).count() > 0

    for role in ["admin", "trainer", "officer", "leader", "evaluator"]:
        await client.login(role, DEMO_PASSWORD)
        me = (await client.data("{ me { username roles person { name } scopeUnit { kind } } }"))[
            "me"
        ]
        assert me["roles"] == [role.upper()] and me["person"]["name"]
        if role == "officer":
            assert me["scopeUnit"] == {"kind": "TOWNSHIP"}
            people = await client.data("{ people(first: 100) { edges { node { unit { id } } } } }")
            township = summary["unit_ids"]["first_township"]
            reach = {global_id("Unit", pk) for pk in subtree(await unit_parents(), township)}
            seen = {e["node"]["unit"]["id"] for e in people["people"]["edges"]}
            assert seen and seen <= reach


def test_the_plan_is_deterministic_for_a_seed():
    def plan(seed: int):
        units = plan_units()
        fake = Faker("zh_CN")
        fake.seed_instance(seed)
        return plan_people(units, plan_slots(units, 400, random.Random(seed)), fake)

    assert plan(7) == plan(7)
    assert plan(7) != plan(8)
    badges = [p.badge_number for p in plan(7) if p.badge_number]
    assert len(badges) == len(set(badges))


def test_seed_command_fills_a_fresh_database(tmp_path):
    url = f"sqlite://{tmp_path}/seeded.sqlite3"
    env = {**os.environ, "LIANBING_PASSWORD_HASH": "cheap"}
    command = [
        sys.executable,
        "-m",
        "seed",
        "--database-url",
        url,
        "--people",
        "500",
        "--seed",
        "3",
    ]
    result = subprocess.run(
        [*command, "--demo"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    again = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode != 0 and "units already" in again.stderr + again.stdout
