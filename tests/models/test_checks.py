"""The database itself refuses rows that break the rules, whatever code writes them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tortoise.connection import get_connection
from tortoise.exceptions import IntegrityError, OperationalError

from models import exams, training
from models.training import Audience, SessionPlan, TrainingKind
from tests.conftest import make_person, make_unit

REFUSED = (IntegrityError, OperationalError)


async def test_training_rows_are_checked(clock_at):
    unit = await make_unit()
    await make_person(unit)
    session = await training.schedule_session(
        SessionPlan(
            title="课",
            kind=TrainingKind.POLITICAL,
            starts_at=clock_at.moment + timedelta(days=1),
            ends_at=clock_at.moment + timedelta(days=1, hours=1),
            organizer_unit_id=unit.id,
            audience=Audience(unit_ids=[unit.id]),
        )
    )
    with pytest.raises(REFUSED):
        await training.TrainingSession.filter(id=session.id).update(ends_at=session.starts_at)
    with pytest.raises(REFUSED):
        await training.TrainingSession.filter(id=session.id).update(capacity=0)
    with pytest.raises(REFUSED):  # past the ORM's own enum check, as a script or a console would
        await get_connection("default").execute_query(
            f"UPDATE attendance SET status = 'SLEEPING' WHERE session_id = {session.id:d}"
        )
    assert (await training.TrainingSession.get(id=session.id)).capacity is None


async def test_an_attempt_in_progress_always_holds_its_key(clock_at):
    unit = await make_unit()
    person = await make_person(unit)
    category = await exams.category_for("安全生产法")
    question = await exams.Question.create(
        lineage="x",
        category=category,
        type="TRUE_FALSE",
        stem="判断",
        options=[["T", "正确"], ["F", "错误"]],
        answer=["T"],
    )
    exam = await exams.Exam.create(
        title="考试",
        opens_at=clock_at.moment,
        closes_at=clock_at.moment + timedelta(hours=2),
        duration_minutes=60,
        pass_score=1,
        audience={},
    )
    attempt = await exams.ExamAttempt.create(
        exam=exam,
        person=person,
        number=1,
        in_progress_key=person.id,
        seed=1,
        started_at=clock_at.moment,
        deadline=clock_at.moment,
        max_score=1,
    )
    with pytest.raises(REFUSED):
        await exams.ExamAttempt.filter(id=attempt.id).update(in_progress_key=None)
    with pytest.raises(REFUSED):
        await exams.AttemptQuestion.create(
            attempt=attempt, number=1, question=question, points=1, awarded=2
        )
    with pytest.raises(REFUSED):
        await exams.Exam.filter(id=exam.id).update(closes_at=exam.opens_at)
