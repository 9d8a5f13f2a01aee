"""`python -m seed`: fill a fresh database with the demo county, or bootstrap an admin account.

    python -m seed [--database-url URL] [--people N] [--seed N] [--demo] [--admin USERNAME]
                   [--close-absences]

The demo county comes with its training quotas and a year of sessions (see seed/training.py).
`--admin` alone only adds the admin (password from LIANBING_ADMIN_PASSWORD), so it also serves a
production database that must not receive fake people. `--close-absences` alone is maintenance
for any database (cron, say): whoever is still UNMARKED on a session that has ended becomes
ABSENT.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from database import display_url
from models.errors import DomainError
from models.org import check_password_rules
from seed.demo import DEFAULT_PEOPLE, DEFAULT_SEED, DEMO_PASSWORD, create_admin, run
from seed.training import close_absences
from settings import DEFAULT_DATABASE_URL

ADMIN_PASSWORD_ENV = "LIANBING_ADMIN_PASSWORD"


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m seed", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        help=f"default: $DATABASE_URL, else {DEFAULT_DATABASE_URL}",
    )
    parser.add_argument(
        "--people", type=_count, help=f"how many people to create (default {DEFAULT_PEOPLE})"
    )
    parser.add_argument("--seed", type=int, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument(
        "--demo", action="store_true", help=f"also create one account per role ({DEMO_PASSWORD})"
    )
    parser.add_argument(
        "--admin",
        metavar="USERNAME",
        help=f"create an ADMIN account with the password in ${ADMIN_PASSWORD_ENV}; "
        "alone, it seeds nothing else",
    )
    parser.add_argument(
        "--close-absences",
        action="store_true",
        help="mark ABSENT whoever is still UNMARKED on a session that has ended; "
        "alone, it seeds nothing",
    )
    args = parser.parse_args(argv)
    args.admin_password = os.environ.get(ADMIN_PASSWORD_ENV, "")
    if args.admin and not args.admin_password:
        parser.error(f"--admin needs the password in ${ADMIN_PASSWORD_ENV}")
    args.seed_org = (
        not (args.admin or args.close_absences)
        or args.demo
        or args.people is not None
        or args.seed is not None
    )
    return args


def print_summary(summary: dict) -> None:
    print(f"units:  {summary['units']}  " + _breakdown(summary["units_by_kind"]))
    print(f"people: {summary['people']}  " + _breakdown(summary["people_by_category"]))
    training = summary.get("training")
    if training:
        print(
            f"training: {training['sessions']} sessions in {training['year']}, "
            f"{training['attendance']} attendance rows, {training['ledger']} ledger rows; "
            "people by compliance " + _breakdown(training.get("compliance", {}))
        )
    if exams := summary.get("exams"):
        print(
            f"exams: {exams['questions']} questions, {exams['exams']} exams, "
            f"{exams['attempts']} attempts ({exams['graded']} graded)"
        )
    if drills := summary.get("drills"):
        print(
            f"drills: {drills['drills']} "
            + _breakdown(drills["by_status"])
            + f", {drills['ratings']} ratings, {drills['comments']} comments, "
            f"{drills['action_items']} action items ({drills['overdue']} overdue)"
        )
    if summary.get("today"):
        print(f"today: {summary['today']} sessions scheduled, the first open for check-in now")
    if summary.get("demo_accounts"):
        print(f"demo accounts (password {DEMO_PASSWORD}): " + ", ".join(summary["demo_accounts"]))


def _breakdown(counts: dict[str, int]) -> str:
    return "(" + ", ".join(f"{key} {value}" for key, value in counts.items()) + ")"


async def main_async(args: argparse.Namespace) -> None:
    if args.seed_org:
        summary = await run(
            args.database_url,
            people=DEFAULT_PEOPLE if args.people is None else args.people,
            seed=DEFAULT_SEED if args.seed is None else args.seed,
            demo=args.demo,
        )
        print(f"seeded {display_url(args.database_url)} (seed {summary['seed']})")
        print_summary(summary)
    if args.admin:
        await create_admin(args.database_url, args.admin, args.admin_password)
        print(f"admin account: {args.admin.strip().lower()}")
    if args.close_absences:
        closed = await close_absences(args.database_url)
        print(f"closed the absences of {closed} ended sessions")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.admin:
            check_password_rules(args.admin_password)
        asyncio.run(main_async(args))
    except DomainError as error:
        sys.exit(f"error: {error}")


if __name__ == "__main__":
    main()
