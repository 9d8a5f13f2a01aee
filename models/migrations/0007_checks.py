"""Rules the database holds beside the code's checks, so no path can write a row that breaks them:
PostgreSQL CHECK constraints, and on SQLite (which cannot add a CHECK to a table) triggers that
refuse the same rows on INSERT and UPDATE."""

from tortoise import migrations
from tortoise.migrations import operations as ops

# Conditions with their columns in braces: PostgreSQL reads them as they are, SQLite triggers
# as the row being written (NEW.x), decimals compared as numbers (SQLite stores them as text).
CHECKS = {
    "training_session": {
        "training_session_ends_after_start": "{ends_at} > {starts_at}",
        "training_session_capacity_positive": "{capacity} IS NULL OR {capacity} > 0",
    },
    "attendance": {
        "attendance_status_known": (
            "{status} IN ('UNMARKED', 'PRESENT', 'LATE', 'EXCUSED', 'ABSENT')"
        ),
    },
    "training_requirement": {"training_requirement_count_positive": "{count} > 0"},
    "exam": {
        "exam_closes_after_opening": "{closes_at} > {opens_at}",
        "exam_duration_positive": "{duration_minutes} > 0",
        "exam_pass_score_not_negative": "{pass_score} >= 0",
    },
    "paper_item": {
        "paper_item_points_positive": "{points} > 0",
        "paper_item_count_positive": "{count} > 0",
    },
    "exam_attempt": {
        # One attempt in progress per person and exam rests on this key (unique with the exam).
        "exam_attempt_in_progress_key": (
            "({status} = 'IN_PROGRESS') = ({in_progress_key} IS NOT NULL)"
        ),
    },
    "attempt_question": {
        "attempt_question_awarded_in_range": (
            "{awarded} IS NULL OR ({awarded} >= 0 AND {awarded} <= {points})"
        ),
    },
    "question": {"question_difficulty_range": "{difficulty} BETWEEN 1 AND 5"},
    "drill_rating": {"drill_rating_points_not_negative": "{points} >= 0"},
}
DECIMALS = {"points", "awarded", "pass_score"}


class Columns(dict):
    def __init__(self, sqlite: bool) -> None:
        super().__init__()
        self.sqlite = sqlite

    def __missing__(self, column: str) -> str:
        if not self.sqlite:
            return f'"{column}"'
        return f"CAST(NEW.{column} AS REAL)" if column in DECIMALS else f"NEW.{column}"


async def add_checks(apps, schema_editor) -> None:
    client = schema_editor.client
    sqlite = client.capabilities.dialect == "sqlite"
    for table, checks in CHECKS.items():
        for name, condition in checks.items():
            condition = condition.format_map(Columns(sqlite))
            if not sqlite:
                await client.execute_script(
                    f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" CHECK ({condition})'
                )
                continue
            for event in ("INSERT", "UPDATE"):
                await client.execute_script(
                    f'CREATE TRIGGER "{name}_{event.lower()}" BEFORE {event} ON "{table}" '
                    f"WHEN NOT ({condition}) "
                    f"BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: {name}'); END"
                )


class Migration(migrations.Migration):
    dependencies = [("models", "0006_drill_rating_drafts")]

    initial = False

    operations = [ops.RunPython(add_checks)]
