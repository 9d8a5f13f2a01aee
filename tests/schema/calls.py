"""How the authorization matrix calls each operation: a minimal document, and for a cell (a role,
in reach or out of it) the variables and the ID that an allowed answer shows."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from models import clock, drills
from models.org import Unit, User
from schema.ids import decode, global_id
from tests.conftest import PASSWORD, Client, make_person, make_unit
from tests.schema.matrix_world import TASK, TODAY, Township, World, unique

Prepared = tuple[dict[str, Any], str | None]


@dataclass
class Cell:
    world: World
    role: str
    reach: str  # "in": the caller's township (or their own object); "out": another's
    client: Client
    user: User | None

    @property
    def township(self) -> Township:
        return self.world.township(self.reach)

    @property
    def me(self) -> str:
        return global_id("User", self.user.id) if self.user else ""


@dataclass
class Call:
    document: str
    prepare: Callable[[Cell], Awaitable[Prepared]]
    fresh_caller: bool = False  # a new user of the role (the call uses the caller up)
    upload: bool = False
    subscription: bool = False

    @property
    def field(self) -> str:
        """The root field: the first name after the document's first brace."""
        found = re.search(r"\{\s*(\w+)", self.document)
        assert found is not None, self.document
        return found.group(1)


def mutation(name: str, input_type: str, payload: str = "") -> str:
    return f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {payload} userErrors {{ code }} }} }}"


def given(
    variables: Callable[[Cell], dict[str, Any]], expect: Callable[[Cell], str | None] | None = None
) -> Callable[[Cell], Awaitable[Prepared]]:
    """A prepare step that builds nothing."""

    async def prepare(cell: Cell) -> Prepared:
        return variables(cell), expect(cell) if expect else None

    return prepare


def input_of(
    build: Callable[[Cell], Awaitable[dict[str, Any]]],
) -> Callable[[Cell], Awaitable[Prepared]]:
    async def prepare(cell: Cell) -> Prepared:
        return {"input": await build(cell)}, None

    return prepare


def node_call(target: Callable[[Cell], str]) -> Call:
    return Call(
        "query($id: ID!) { node(id: $id) { id } }",
        given(lambda c: {"id": target(c)}, target),
    )


def listing(
    document: str, target: Callable[[Cell], str], variables: Callable[[Cell], dict] | None = None
) -> Call:
    return Call(document, given(variables or (lambda c: {}), target))


def input_call(
    name: str, input_type: str, build: Callable[[Cell], Awaitable[dict[str, Any]]]
) -> Call:
    return Call(mutation(name, input_type), input_of(build))


async def _fresh_unit_id(c: Cell) -> str:
    return global_id("Unit", (await make_unit(unique("单位"))).id)


async def _fresh_person_id(c: Cell) -> str:
    return global_id("Person", (await make_person(await Unit.get(id=c.world.a.unit_pk))).id)


async def _fresh_user_id(c: Cell) -> str:
    user, _ = await c.world.fresh_user("officer")
    return global_id("User", user.id)


async def _roster_session(c: Cell) -> str:
    """In reach: a new session with the (fresh) caller on its roster; out: township B's."""
    if c.reach == "out":
        return c.world.b.session
    return await c.world.fresh_session(c.world.a)


async def _check_in(c: Cell) -> dict:
    session = await _roster_session(c)
    return {"sessionId": session, "code": await c.world.check_in_code(session)}


async def _own_attempt(c: Cell) -> str:
    """In reach: an attempt the (fresh) caller started; out: township B's person's."""
    if c.reach == "out" or c.role in ("anonymous", "assessment_system"):
        return c.world.b.attempt
    attempt, _ = await c.world.attempt(c.client, c.world.a.exam, submit=False)
    return attempt


async def _save(c: Cell) -> dict:
    attempt = await _own_attempt(c)
    return {"attemptId": attempt, "answers": []}


async def _own_comment(c: Cell) -> str:
    if c.reach == "out" or c.user is None:
        return c.world.a.comment  # the admin's
    comment = await drills.DrillComment.create(
        drill_id=await _pk(c.world.a.drill),
        author_id=c.user.id,
        body="初稿",
        created_at=clock.now(),
    )
    return global_id("DrillComment", comment.id)


async def _pk(global_id_: str) -> int:
    decoded = decode(global_id_)
    assert decoded is not None
    return decoded[1]


def _exam_for(c: Cell) -> dict:
    """An exam organised by the caller's own township: in reach for its own people, out of
    reach for township B's (the audience is outside the caller's scope)."""
    return c.world.exam_input(c.world.a, c.township)


async def _question_input(c: Cell) -> dict:
    return {
        "category": "安全生产法",
        "type": "TRUE_FALSE",
        "stem": unique("生产经营单位必须遵守安全生产法。"),
        "answer": ["T"],
    }


async def _attendance_points(c: Cell) -> dict:
    table = await c.world.admin.data("{ attendancePoints { status points } }")
    present = next(row for row in table["attendancePoints"] if row["status"] == "PRESENT")
    return {"status": "PRESENT", "points": present["points"]}


def _rating(c: Cell) -> dict:
    return {"taskKey": TASK, "points": "4"}


CSV = "分类,题型,题干,选项A,选项B,答案\n安全生产法,单选,{stem},对,错,A\n"

CALLS: dict[str, Call] = {
    # --- node(id:), one type each ---------------------------------------------------------
    "Query.node(Unit)": node_call(lambda c: c.township.unit),
    "Query.node(Person)": node_call(lambda c: c.township.person),
    "Query.node(User)": node_call(lambda c: c.world.b_evaluator),
    "Query.node(TrainingSession)": node_call(lambda c: c.township.session),
    "Query.node(Attendance)": node_call(lambda c: c.township.attendance),
    "Query.node(TrainingRequirement)": node_call(lambda c: c.world.requirement),
    "Query.node(Question)": node_call(lambda c: c.world.question),
    "Query.node(Exam)": node_call(lambda c: c.township.exam),
    "Query.node(ExamAttempt)": node_call(lambda c: c.township.attempt),
    "Query.node(Drill)": node_call(lambda c: c.township.drill),
    "Query.node(DrillComment)": node_call(lambda c: c.township.comment),
    "Query.node(ActionItem)": node_call(lambda c: c.township.action_item),
    "Query.node(ScoreEvent)": node_call(lambda c: c.world.score_event),
    "Query.node(AuditEntry)": node_call(lambda c: c.world.audit_entry),
    # --- queries ----------------------------------------------------------------------------
    "Query.me": listing("{ me { id } }", lambda c: c.me),
    "Query.units": listing(
        "{ units(first: 100) { edges { node { id } } } }", lambda c: c.world.a.unit
    ),
    "Query.people": listing(
        "query($unit: ID) { people(first: 100, unitId: $unit) { edges { node { id } } } }",
        lambda c: c.township.person,
        lambda c: {"unit": c.township.unit},
    ),
    "Query.users": listing("{ users(first: 100) { edges { node { id } } } }", lambda c: c.me),
    "Query.trainingSessions": listing(
        "{ trainingSessions(first: 100) { edges { node { id } } } }", lambda c: c.township.session
    ),
    "Query.mySchedule": listing("{ mySchedule { id } }", lambda c: c.township.session),
    "Query.attendanceHistory": listing(
        "query($person: ID) { attendanceHistory(personId: $person) { edges { node { id } } } }",
        lambda c: c.township.attendance,
        lambda c: {"person": c.township.person},
    ),
    "Query.trainingCompliance": listing(
        "query($unit: ID) { trainingCompliance(year: 2026, unitId: $unit) { people(first: 100) { edges { node { person { id } } } } } }",
        lambda c: c.township.person,
        lambda c: {"unit": c.township.unit},
    ),
    "Query.trainingRequirements": listing(
        "{ trainingRequirements { id } }", lambda c: c.world.requirement
    ),
    "Query.attendancePoints": Call("{ attendancePoints { points } }", given(lambda c: {})),
    "Query.questions": listing(
        "{ questions(first: 100) { edges { node { id } } } }", lambda c: c.world.question
    ),
    "Query.questionCategories": Call("{ questionCategories }", given(lambda c: {})),
    "Query.questionCategoryCounts": Call(
        "{ questionCategoryCounts { category count } }", given(lambda c: {})
    ),
    "Query.exams": listing(
        "{ exams(first: 100) { edges { node { id } } } }", lambda c: c.township.exam
    ),
    "Query.myAttempts": listing(
        "{ myAttempts { edges { node { id } } } }",
        lambda c: c.world.attempts.get(c.role, "") if c.reach == "in" else c.world.a.attempt,
    ),
    "Query.examStatistics": Call(
        "query($exam: ID!) { examStatistics(examId: $exam) { attempts } }",
        given(lambda c: {"exam": c.township.exam}),
    ),
    "Query.gradingQueue": Call(
        "query($exam: ID!) { gradingQueue(examId: $exam) { edges { node { id } } } }",
        given(lambda c: {"exam": c.township.manual_exam}),
    ),
    "Query.wrongAnswers": Call("{ wrongAnswers { stem } }", given(lambda c: {})),
    "Query.drillScenarios": Call("{ drillScenarios { key } }", given(lambda c: {})),
    "Query.drills": listing(
        "{ drills(first: 100) { edges { node { id } } } }", lambda c: c.township.drill
    ),
    "Query.drillReport": Call(
        "query($drill: ID!) { drillReport(drillId: $drill) { drill { id } } }",
        given(lambda c: {"drill": c.township.drill}, lambda c: c.township.drill),
    ),
    "Query.drillCommentsList": listing(
        "query($drill: ID!) { drillCommentsList(drillId: $drill) { id } }",
        lambda c: c.township.comment,
        lambda c: {"drill": c.township.drill},
    ),
    "Query.unreadDrillComments": listing(
        "{ unreadDrillComments(first: 100) { id } }", lambda c: c.township.comment
    ),
    "Query.actionItems": listing(
        "{ actionItems(first: 100) { edges { node { id } } } }", lambda c: c.township.action_item
    ),
    "Query.scoreEvents": Call(
        "{ scoreEvents(first: 1) { edges { node { id } } } }", given(lambda c: {})
    ),
    "Query.auditLog": Call("{ auditLog(first: 1) { edges { node { id } } } }", given(lambda c: {})),
    "Query.myPoints": Call("{ myPoints { dimension points } }", given(lambda c: {})),
    "Query.myScoreEvents": Call(
        "{ myScoreEvents(first: 1) { edges { node { id } } } }", given(lambda c: {})
    ),
    "Query.personPoints": Call(
        "query($person: ID!) { personPoints(personId: $person) { dimension points } }",
        given(lambda c: {"person": c.township.person}),
    ),
    # --- accounts and organisation --------------------------------------------------------
    "Mutation.login": Call(
        mutation("login", "LoginInput", "token"),
        given(lambda c: {"input": {"username": c.world.a.person_user, "password": PASSWORD}}),
    ),
    "Mutation.changePassword": Call(
        mutation("changePassword", "ChangePasswordInput", "token"),
        given(lambda c: {"input": {"currentPassword": PASSWORD, "newPassword": "another-horse-9"}}),
        fresh_caller=True,
    ),
    "Mutation.createUnit": input_call(
        "createUnit",
        "CreateUnitInput",
        lambda c: _aw({"name": unique("单位"), "kind": "ENTERPRISE"}),
    ),
    "Mutation.updateUnit": input_call(
        "updateUnit",
        "UpdateUnitInput",
        lambda c: _with(_fresh_unit_id(c), lambda u: {"id": u, "name": unique("单位")}),
    ),
    "Mutation.createPerson": input_call(
        "createPerson",
        "CreatePersonInput",
        lambda c: _aw({"name": "李四", "unitId": c.world.a.unit, "category": "ASSISTING_STAFF"}),
    ),
    "Mutation.updatePerson": input_call(
        "updatePerson",
        "UpdatePersonInput",
        lambda c: _with(_fresh_person_id(c), lambda p: {"id": p, "name": "王五"}),
    ),
    "Mutation.createUser": input_call(
        "createUser",
        "CreateUserInput",
        lambda c: _aw({"username": unique("new"), "password": PASSWORD, "roles": ["OFFICER"]}),
    ),
    "Mutation.updateUser": input_call(
        "updateUser",
        "UpdateUserInput",
        lambda c: _with(_fresh_user_id(c), lambda u: {"id": u, "roles": ["OFFICER", "TRAINER"]}),
    ),
    "Mutation.deactivateUser": input_call(
        "deactivateUser",
        "DeactivateUserInput",
        lambda c: _with(_fresh_user_id(c), lambda u: {"id": u}),
    ),
    "Mutation.resetPassword": input_call(
        "resetPassword",
        "ResetPasswordInput",
        lambda c: _with(_fresh_user_id(c), lambda u: {"id": u, "newPassword": "another-horse-9"}),
    ),
    # --- training ----------------------------------------------------------------------------
    "Mutation.scheduleSession": input_call(
        "scheduleSession", "ScheduleSessionInput", lambda c: _aw(c.world.session_input(c.township))
    ),
    "Mutation.scheduleSeries": input_call(
        "scheduleSeries",
        "ScheduleSeriesInput",
        lambda c: _aw(
            {
                "session": c.world.session_input(c.township),
                "recurrence": {"frequency": "MONTHLY", "count": 2},
            }
        ),
    ),
    "Mutation.updateSession": input_call(
        "updateSession",
        "UpdateSessionInput",
        lambda c: _with(
            c.world.fresh_session(c.township), lambda s: {"sessionId": s, "title": unique("讲座")}
        ),
    ),
    "Mutation.cancelSession": input_call(
        "cancelSession",
        "CancelSessionInput",
        lambda c: _with(
            c.world.fresh_session(c.township), lambda s: {"sessionId": s, "reason": "改期"}
        ),
    ),
    "Mutation.updateSeries": input_call(
        "updateSeries",
        "UpdateSeriesInput",
        lambda c: _with(
            c.world.fresh_series(c.township),
            lambda s: {"seriesId": s, "fromDate": TODAY, "title": unique("周周讲")},
        ),
    ),
    "Mutation.cancelSeries": input_call(
        "cancelSeries",
        "CancelSeriesInput",
        lambda c: _with(
            c.world.fresh_series(c.township),
            lambda s: {"seriesId": s, "fromDate": TODAY, "reason": "停办"},
        ),
    ),
    "Mutation.openCheckIn": input_call(
        "openCheckIn", "OpenCheckInInput", lambda c: _aw({"sessionId": c.township.session})
    ),
    "Mutation.checkIn": Call(
        mutation("checkIn", "CheckInInput"), input_of(_check_in), fresh_caller=True
    ),
    "Mutation.markAttendance": input_call(
        "markAttendance",
        "MarkAttendanceInput",
        lambda c: _aw(
            {
                "sessionId": c.township.session,
                "marks": [{"personId": c.township.person, "status": "PRESENT"}],
            }
        ),
    ),
    "Mutation.requestLeave": Call(
        mutation("requestLeave", "RequestLeaveInput"),
        input_of(lambda c: _with(_roster_session(c), lambda s: {"sessionId": s, "reason": "出差"})),
        fresh_caller=True,
    ),
    "Mutation.createTrainingRequirement": input_call(
        "createTrainingRequirement",
        "TrainingRequirementInput",
        lambda c: _aw(
            {
                "name": unique("交通安全培训"),
                "trainingKinds": ["TRAFFIC_SAFETY"],
                "count": 12,
                "period": "MONTH",
            }
        ),
    ),
    "Mutation.updateTrainingRequirement": input_call(
        "updateTrainingRequirement",
        "UpdateTrainingRequirementInput",
        lambda c: _aw(
            {
                "id": c.world.requirement,
                "requirement": {
                    "name": "执法人员业务培训",
                    "trainingKinds": ["PROFESSIONAL"],
                    "count": 4,
                    "period": "YEAR",
                },
            }
        ),
    ),
    "Mutation.setAttendancePoints": input_call(
        "setAttendancePoints", "SetAttendancePointsInput", _attendance_points
    ),
    # --- exams ---------------------------------------------------------------------------------
    "Mutation.createQuestion": input_call("createQuestion", "CreateQuestionInput", _question_input),
    "Mutation.updateQuestion": input_call(
        "updateQuestion",
        "UpdateQuestionInput",
        lambda c: _with(
            c.world.fresh_question(),
            lambda q: {
                "id": q,
                "question": {
                    "category": "安全生产法",
                    "type": "TRUE_FALSE",
                    "stem": unique("改"),
                    "answer": ["F"],
                },
            },
        ),
    ),
    "Mutation.retireQuestion": input_call(
        "retireQuestion",
        "RetireQuestionInput",
        lambda c: _with(c.world.fresh_question(), lambda q: {"id": q}),
    ),
    "Mutation.correctAnswerKey": input_call(
        "correctAnswerKey",
        "CorrectAnswerKeyInput",
        lambda c: _with(c.world.fresh_question(), lambda q: {"questionId": q, "answer": ["B"]}),
    ),
    "Mutation.importQuestions": Call(
        mutation("importQuestions", "ImportQuestionsInput", "imported"),
        given(
            lambda c: {
                "input": {},
                "file": ("questions.csv", CSV.format(stem=unique("第")).encode(), "text/csv"),
            }
        ),
        upload=True,
    ),
    "Mutation.createExam": input_call("createExam", "CreateExamInput", lambda c: _aw(_exam_for(c))),
    "Mutation.updateExam": input_call(
        "updateExam",
        "UpdateExamInput",
        lambda c: _with(
            c.world.fresh_exam(c.township, publish=False),
            lambda e: {"examId": e, "exam": c.world.exam_input(c.township, c.township)},
        ),
    ),
    "Mutation.cancelExam": input_call(
        "cancelExam",
        "CancelExamInput",
        lambda c: _with(
            c.world.fresh_exam(c.township, publish=True),
            lambda e: {"examId": e, "reason": "题目有误"},
        ),
    ),
    "Mutation.publishExam": input_call(
        "publishExam",
        "PublishExamInput",
        lambda c: _with(c.world.fresh_exam(c.township, publish=False), lambda e: {"examId": e}),
    ),
    "Mutation.releaseExamResults": input_call(
        "releaseExamResults", "ExamIdInput", lambda c: _aw({"examId": c.township.manual_exam})
    ),
    "Mutation.startExamAttempt": Call(
        mutation("startExamAttempt", "StartExamAttemptInput"),
        given(lambda c: {"input": {"examId": c.township.exam}}),
        fresh_caller=True,
    ),
    "Mutation.saveAnswers": Call(
        mutation("saveAnswers", "SaveAnswersInput"), input_of(_save), fresh_caller=True
    ),
    "Mutation.submitExamAttempt": Call(
        mutation("submitExamAttempt", "SubmitExamAttemptInput"),
        input_of(lambda c: _with(_own_attempt(c), lambda a: {"attemptId": a})),
        fresh_caller=True,
    ),
    "Mutation.gradeAnswer": input_call(
        "gradeAnswer",
        "GradeAnswerInput",
        lambda c: _with(
            c.world.pending_answer(c.township), lambda a: {"attemptQuestionId": a, "points": "8"}
        ),
    ),
    # --- drills ------------------------------------------------------------------------------
    "Mutation.planDrill": input_call(
        "planDrill",
        "PlanDrillInput",
        lambda c: _aw(
            c.world.drill_input(c.township, global_id("User", c.world.users["evaluator"].id))
        ),
    ),
    "Mutation.startDrill": input_call(
        "startDrill",
        "DrillTransitionInput",
        lambda c: _with(c.world.fresh_drill(c.township), lambda d: {"drillId": d}),
    ),
    "Mutation.completeDrill": input_call(
        "completeDrill",
        "DrillTransitionInput",
        lambda c: _with(c.world.fresh_drill(c.township, "IN_PROGRESS"), lambda d: {"drillId": d}),
    ),
    "Mutation.reviewDrill": input_call(
        "reviewDrill",
        "DrillTransitionInput",
        lambda c: _with(c.world.fresh_drill(c.township, "COMPLETED"), lambda d: {"drillId": d}),
    ),
    "Mutation.cancelDrill": input_call(
        "cancelDrill",
        "DrillTransitionInput",
        lambda c: _with(c.world.fresh_drill(c.township), lambda d: {"drillId": d}),
    ),
    "Mutation.submitDrillEvaluation": input_call(
        "submitDrillEvaluation",
        "SubmitDrillEvaluationInput",
        lambda c: _aw(
            {"drillId": c.township.drill, "unitId": c.township.unit, "ratings": [_rating(c)]}
        ),
    ),
    "Mutation.correctDrillEvaluation": input_call(
        "correctDrillEvaluation",
        "CorrectDrillEvaluationInput",
        lambda c: _aw(
            {
                "drillId": c.world.reviewed_drill,
                "evaluatorId": global_id("User", c.world.users["evaluator"].id),
                "unitId": c.world.a.unit,
                "ratings": [_rating(c)],
            }
        ),
    ),
    "Mutation.addDrillComment": input_call(
        "addDrillComment",
        "AddDrillCommentInput",
        lambda c: _aw({"drillId": c.township.drill, "body": "处置有序。"}),
    ),
    # a new caller each time: a caller's read marker would hide comments from the other cells
    "Mutation.markDrillCommentsRead": Call(
        mutation("markDrillCommentsRead", "MarkDrillCommentsReadInput", "drill { id }"),
        input_of(lambda c: _aw({"drillId": c.township.drill})),
        fresh_caller=True,
    ),
    "Mutation.editDrillComment": input_call(
        "editDrillComment",
        "EditDrillCommentInput",
        lambda c: _with(_own_comment(c), lambda m: {"commentId": m, "body": "定稿"}),
    ),
    "Mutation.createActionItem": input_call(
        "createActionItem",
        "CreateActionItemInput",
        lambda c: _aw(
            {"title": unique("整改"), "ownerUnitId": c.township.unit, "dueDate": "2026-03-20"}
        ),
    ),
    "Mutation.updateActionItem": input_call(
        "updateActionItem",
        "UpdateActionItemInput",
        lambda c: _with(
            c.world.fresh_action_item(c.township), lambda i: {"id": i, "status": "IN_PROGRESS"}
        ),
    ),
    "Subscription.drillComments": Call(
        "subscription($drillId: ID!) { drillComments(drillId: $drillId) { id } }",
        given(lambda c: {"drillId": c.township.drill}),
        subscription=True,
    ),
    "Subscription.sessionAttendance": Call(
        "subscription($sessionId: ID!) { sessionAttendance(sessionId: $sessionId) { summary { present } } }",
        given(lambda c: {"sessionId": c.township.session}),
        subscription=True,
    ),
}


async def _aw(value: dict[str, Any]) -> dict[str, Any]:
    return value


async def _with(made: Awaitable[str], build: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    return build(await made)
