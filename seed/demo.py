"""Demo data: the county's units, its people, one account per role, a year of training
(seed/training.py), and question banks with exams that have been sat (seed/exams.py).

Everything that is written is first planned in memory from `random.Random(seed)` and a seeded
Faker, so a given seed always yields the same units, names, phones and badge numbers, whatever ids
the database hands out.
"""

from __future__ import annotations

import logging
import random
from collections import Counter
from dataclasses import dataclass

from faker import Faker
from tortoise import Tortoise
from tortoise.transactions import in_transaction

from database import display_url, migrate, tortoise_config
from models.org import PHONE_RE, Person, PersonCategory, Role, Unit, UnitKind, create_user
from seed.drills import seed_drills
from seed.exams import seed_exams
from seed.names import (
    COUNTY_CODE,
    COUNTY_DEPARTMENTS,
    EMERGENCY_BUREAU,
    ENFORCEMENT_TEAM_SUFFIX,
    ENTERPRISES,
    FIRE_BRIGADE,
    SAFETY_COMMITTEE,
    SPECIAL_COMMITTEES,
    TOWNSHIPS,
)
from seed.today import schedule_today
from seed.training import seed_requirements, seed_training

log = logging.getLogger("lianbing.seed")

DEMO_PASSWORD = "demo12345"
DEFAULT_PEOPLE = 320
DEFAULT_SEED = 1
BATCH_SIZE = 500

FIRST_TEAM = TOWNSHIPS[0] + ENFORCEMENT_TEAM_SUFFIX

Slot = tuple[str, PersonCategory]  # (unit name, category)

# The people behind the demo accounts; they are seeded whatever the requested head count.
DEMO_PEOPLE: dict[str, Slot] = {
    "admin": (EMERGENCY_BUREAU, PersonCategory.DEPUTY_LEADER),
    "trainer": (EMERGENCY_BUREAU, PersonCategory.ENFORCEMENT_OFFICER),
    "officer": (FIRST_TEAM, PersonCategory.ENFORCEMENT_OFFICER),
    "leader": (SAFETY_COMMITTEE, PersonCategory.PRINCIPAL_LEADER),
    "evaluator": (FIRE_BRIGADE, PersonCategory.ENFORCEMENT_OFFICER),
}

DEMO_ROLES: dict[str, Role] = {
    "admin": Role.ADMIN,
    "trainer": Role.TRAINER,
    "officer": Role.OFFICER,
    "leader": Role.LEADER,
    "evaluator": Role.EVALUATOR,
}

CATEGORY_ORDER = list(PersonCategory)


@dataclass(frozen=True)
class UnitSpec:
    name: str
    kind: UnitKind
    parent: str | None = None
    # Relative weight of its enforcement officers and assisting staff beyond the guaranteed ones.
    officer_weight: float = 0.0
    staff_weight: float = 0.0


@dataclass(frozen=True)
class PersonSpec:
    name: str
    unit: str
    category: PersonCategory
    badge_number: str | None
    phone: str


def plan_units() -> list[UnitSpec]:
    """Every unit, parents before children."""
    units = [UnitSpec(SAFETY_COMMITTEE, UnitKind.COMMITTEE)]
    units += [UnitSpec(name, UnitKind.COMMITTEE, SAFETY_COMMITTEE) for name in SPECIAL_COMMITTEES]
    units += [
        UnitSpec(name, UnitKind.COUNTY_DEPARTMENT, officer_weight=6 * size, staff_weight=0.5)
        for name, size in COUNTY_DEPARTMENTS
    ]
    for township in TOWNSHIPS:
        units.append(UnitSpec(township, UnitKind.TOWNSHIP, staff_weight=2.5))
        units.append(
            UnitSpec(
                township + ENFORCEMENT_TEAM_SUFFIX,
                UnitKind.TOWNSHIP,
                township,
                officer_weight=4,
                staff_weight=2,
            )
        )
    units += [UnitSpec(name, UnitKind.ENTERPRISE, township) for name, township in ENTERPRISES]
    return units


def plan_slots(units: list[UnitSpec], people: int, rng: random.Random) -> list[Slot]:
    """Which unit and category each of `people` persons gets.

    Slots are taken in priority order, so that a small head count still staffs the structure:
    the demo people, a principal leader per unit, a deputy per unit, one officer per
    enforcement unit, second deputies, then officers and assisting staff spread by weight.
    """
    principals = [(u.name, PersonCategory.PRINCIPAL_LEADER) for u in units]
    deputies = [(u.name, PersonCategory.DEPUTY_LEADER) for u in units]
    officers = [(u.name, PersonCategory.ENFORCEMENT_OFFICER) for u in units if u.officer_weight]
    second_deputies = [(u.name, PersonCategory.DEPUTY_LEADER) for u in units if rng.random() < 0.5]
    structure = principals + deputies + officers

    demo = list(DEMO_PEOPLE.values())
    pending = Counter(demo)
    priority = list(demo)
    for slot in structure:
        if pending[slot]:
            pending[slot] -= 1
        else:
            priority.append(slot)
    assert not +pending, "every demo person must be part of the unit structure"
    priority += second_deputies

    slots = priority[: max(people, len(demo))]
    if people > len(slots):
        buckets: list[Slot] = []
        weights: list[float] = []
        for unit in units:
            if unit.officer_weight:
                buckets.append((unit.name, PersonCategory.ENFORCEMENT_OFFICER))
                weights.append(unit.officer_weight)
            if unit.staff_weight:
                buckets.append((unit.name, PersonCategory.ASSISTING_STAFF))
                weights.append(unit.staff_weight)
        slots += rng.choices(buckets, weights, k=people - len(slots))
    return slots


def _phone(fake: Faker) -> str:
    while True:
        phone = fake.phone_number()
        if PHONE_RE.match(phone):
            return phone


def plan_people(units: list[UnitSpec], slots: list[Slot], fake: Faker) -> list[PersonSpec]:
    """Named people, grouped by unit in tree order and by category, with sequential badges."""
    position = {unit.name: index for index, unit in enumerate(units)}
    ordered = sorted(slots, key=lambda s: (position[s[0]], CATEGORY_ORDER.index(s[1])))
    people: list[PersonSpec] = []
    badges = 0
    for unit, category in ordered:
        badge = None
        if category != PersonCategory.ASSISTING_STAFF:
            badges += 1
            badge = f"{COUNTY_CODE}{badges:05d}"
        people.append(PersonSpec(fake.name(), unit, category, badge, _phone(fake)))
    return people


def _demo_badges(people: list[PersonSpec]) -> dict[str, str]:
    """The badge of the first planned person in each demo slot."""
    first: dict[Slot, str] = {}
    for person in people:
        if person.badge_number is not None:
            first.setdefault((person.unit, person.category), person.badge_number)
    return {username: first[slot] for username, slot in DEMO_PEOPLE.items()}


async def seed_org(*, people: int = DEFAULT_PEOPLE, seed: int = DEFAULT_SEED) -> dict:
    """Write the county's units and `people` persons into the initialised Tortoise connection.

    The demo accounts' people are always written, so fewer than five is rounded up to five.
    Returns a summary: counts, and the ids of notable units and of the demo accounts' people.
    """
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    units = plan_units()
    planned = plan_people(units, plan_slots(units, people, rng), fake)
    demo_badges = _demo_badges(planned)

    async with in_transaction():
        unit_ids: dict[str, int] = {}
        for spec in units:
            parent_id = unit_ids[spec.parent] if spec.parent else None
            unit = await Unit.create(name=spec.name, kind=spec.kind, parent_id=parent_id)
            unit_ids[spec.name] = unit.id
        rows = [
            Person(
                name=p.name,
                unit_id=unit_ids[p.unit],
                category=p.category,
                badge_number=p.badge_number,
                phone=p.phone,
            )
            for p in planned
        ]
        await Person.bulk_create(rows, batch_size=BATCH_SIZE)
        by_badge = dict(
            await Person.filter(badge_number__in=list(demo_badges.values())).values_list(
                "badge_number", "id"
            )
        )

    return {
        "seed": seed,
        "units": len(units),
        "units_by_kind": dict(Counter(spec.kind.value for spec in units)),
        "people": len(planned),
        "people_by_category": {
            category.value: sum(1 for p in planned if p.category == category)
            for category in CATEGORY_ORDER
        },
        "unit_ids": {
            "safety_committee": unit_ids[SAFETY_COMMITTEE],
            "emergency_bureau": unit_ids[EMERGENCY_BUREAU],
            "fire_brigade": unit_ids[FIRE_BRIGADE],
            "first_township": unit_ids[TOWNSHIPS[0]],
            "first_township_team": unit_ids[FIRST_TEAM],
            "first_enterprise": unit_ids[ENTERPRISES[0][0]],
        },
        "demo_person_ids": {username: by_badge[badge] for username, badge in demo_badges.items()},
    }


async def create_demo_accounts(summary: dict) -> None:
    """One account per role, password DEMO_PASSWORD, each linked to its person from `summary`."""
    for username, person_id in summary["demo_person_ids"].items():
        await create_user(
            username=username,
            password=DEMO_PASSWORD,
            roles=[DEMO_ROLES[username]],
            person_id=person_id,
        )


async def _seed_training(summary: dict, seed: int) -> dict:
    """The quotas and a year of training, after the org and the accounts (the trainer user
    runs the sessions)."""
    requirements = await seed_requirements()
    training = await seed_training(summary, seed=seed)
    training["requirements"] = len(requirements)
    log.info(
        "seeded %d training sessions, %d attendance rows, %d ledger rows",
        training["sessions"],
        training["attendance"],
        training["ledger"],
    )
    return training


async def _seed_exams(summary: dict, seed: int) -> dict:
    """The question banks and the exams with their attempts, after the training (the trainer
    user keeps the banks and grades the answers that need a person)."""
    exams = await seed_exams(summary, seed=seed)
    log.info(
        "seeded %d questions, %d exams, %d exam attempts",
        exams["questions"],
        exams["exams"],
        exams["attempts"],
    )
    return exams


async def _seed_drills(summary: dict, seed: int) -> dict:
    """The drills of the year, after the accounts (the leader comments on them, the evaluators
    rate them, the trainer runs them; without the demo accounts there are none)."""
    drills = await seed_drills(summary, seed=seed)
    log.info(
        "seeded %d drills, %d comments, %d action items, %d ledger rows",
        drills["drills"],
        drills["comments"],
        drills["action_items"],
        drills["ledger"],
    )
    return drills


async def prepare_demo(database_url: str) -> bool:
    """What `server.py --demo` does before it listens, on the migrated database: seed the
    default demo county and accounts if it has no units, then make sure a session is open for
    check-in today (seed/today.py). Returns whether it seeded."""
    await Tortoise.init(config=tortoise_config(database_url))
    try:
        seeded = await _seed_if_empty()
        await schedule_today()
        return seeded
    finally:
        await Tortoise.close_connections()


async def _seed_if_empty() -> bool:
    """Seed the default demo county and accounts if the initialised database has no units."""
    if await Unit.exists():
        log.info("database has units already: demo data not seeded")
        return False
    summary = await seed_org()
    await create_demo_accounts(summary)
    training = await _seed_training(summary, DEFAULT_SEED)
    exams = await _seed_exams(summary, DEFAULT_SEED)
    await _seed_drills(summary, DEFAULT_SEED)
    log.info(
        "seeded demo data: %d units, %d people, %d training sessions, %d exams, accounts %s "
        "(password %s)",
        summary["units"],
        summary["people"],
        training["sessions"],
        exams["exams"],
        ", ".join(summary["demo_person_ids"]),
        DEMO_PASSWORD,
    )
    return True


async def run(
    database_url: str,
    *,
    people: int = DEFAULT_PEOPLE,
    seed: int = DEFAULT_SEED,
    demo: bool = False,
) -> dict:
    """Migrate, then seed an empty database; refuse one that has units already."""
    await migrate(database_url)
    await Tortoise.init(config=tortoise_config(database_url))
    try:
        if await Unit.exists():
            raise SystemExit(
                f"{display_url(database_url)} has units already; seeding again would "
                "duplicate them. Seed a fresh database instead."
            )
        summary = await seed_org(people=people, seed=seed)
        log.info("seeded %d units and %d people", summary["units"], summary["people"])
        if demo:
            await create_demo_accounts(summary)
            summary["demo_accounts"] = list(summary["demo_person_ids"])
            log.info("created demo accounts %s", ", ".join(summary["demo_accounts"]))
        summary["training"] = await _seed_training(summary, seed)
        summary["exams"] = await _seed_exams(summary, seed)
        summary["drills"] = await _seed_drills(summary, seed)
        if demo:
            summary["today"] = len(await schedule_today())
        return summary
    finally:
        await Tortoise.close_connections()


async def create_admin(database_url: str, username: str, password: str) -> None:
    """Migrate, then add an ADMIN account linked to no person: the first login of a real county."""
    await migrate(database_url)
    await Tortoise.init(config=tortoise_config(database_url))
    try:
        await create_user(username=username, password=password, roles=[Role.ADMIN])
        log.info("created admin account %s", username)
    finally:
        await Tortoise.close_connections()
