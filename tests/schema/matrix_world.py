"""The data the authorization matrix runs against: two townships (A, the callers' scope, and B,
out of it), a user per role, and in each township a training session, exams, drills, comments
and action items. Built once for the module through the API as an admin; `fresh_*` builders make
a new object for a call that uses its target up."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from models.org import PersonCategory, Role, Unit, UnitKind, User
from schema.ids import global_id
from tests.conftest import Client, make_person, make_unit, make_user

TODAY = "2026-03-02"  # the module's clock stands at 09:30 on this Monday
SOON = ("2026-03-02T09:45:00+08:00", "2026-03-02T11:45:00+08:00")  # check-in is open
EXAM_WINDOW = ("2026-03-02T09:00:00+08:00", "2026-03-02T18:00:00+08:00")
TASK = "warning.forecast_relay"  # a task of the flood_rescue rubric, 6 points at most

# The roles of the matrix, as its columns; each has a user scoped to township A (the admin and
# the assessment system's account are county-wide).
ROLES: dict[str, tuple[Role, ...]] = {
    "anonymous": (),
    "admin": (Role.ADMIN,),
    "trainer": (Role.TRAINER,),
    "officer": (Role.OFFICER,),
    "leader": (Role.LEADER,),
    "evaluator": (Role.EVALUATOR,),
    "assessment_system": (Role.ASSESSMENT_SYSTEM,),
}
COUNTY_WIDE = {"admin", "assessment_system"}

SESSION = "mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } userErrors { code message } } }"
SERIES = "mutation($input: ScheduleSeriesInput!) { scheduleSeries(input: $input) { sessions { seriesId } userErrors { code message } } }"
OPEN = "mutation($input: OpenCheckInInput!) { openCheckIn(input: $input) { code userErrors { code message } } }"
MARK = "mutation($input: MarkAttendanceInput!) { markAttendance(input: $input) { userErrors { code message } } }"
REQUIREMENT = "mutation($input: TrainingRequirementInput!) { createTrainingRequirement(input: $input) { requirement { id } userErrors { code message } } }"
QUESTION = "mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { question { id } userErrors { code message } } }"
EXAM = "mutation($input: CreateExamInput!) { createExam(input: $input) { exam { id } userErrors { code message } } }"
PUBLISH = "mutation($input: PublishExamInput!) { publishExam(input: $input) { userErrors { code message } } }"
START = "mutation($input: StartExamAttemptInput!) { startExamAttempt(input: $input) { attempt { id questions { id } } userErrors { code message } } }"
SAVE = "mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { userErrors { code message } } }"
SUBMIT = "mutation($input: SubmitExamAttemptInput!) { submitExamAttempt(input: $input) { userErrors { code message } } }"
PLAN = "mutation($input: PlanDrillInput!) { planDrill(input: $input) { drill { id } userErrors { code message } } }"
MOVE = (
    "mutation($input: DrillTransitionInput!) { %s(input: $input) { userErrors { code message } } }"
)
RATE = "mutation($input: SubmitDrillEvaluationInput!) { submitDrillEvaluation(input: $input) { userErrors { code message } } }"
COMMENT = "mutation($input: AddDrillCommentInput!) { addDrillComment(input: $input) { comment { id } userErrors { code message } } }"
ACTION = "mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { actionItem { id } userErrors { code message } } }"


def unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


@dataclass
class Township:
    """What exists in one township."""

    unit: str  # global IDs throughout
    unit_pk: int = 0
    person: str = ""  # an officer of the township who is none of the callers
    person_user: str = ""
    session: str = ""  # starts soon; `person` is marked present
    attendance: str = ""  # `person`'s row of `session`
    exam: str = ""  # published, open, for the township, results at once
    attempt: str = ""  # `person`'s graded attempt at `exam`
    manual_exam: str = ""  # published, a short answer, results released by hand
    drill: str = ""  # in progress, the township's alone
    comment: str = ""  # the admin's comment on `drill`
    action_item: str = ""


@dataclass
class World:
    admin: Client
    new_client: Any
    a: Township
    b: Township
    users: dict[str, User] = field(default_factory=dict)  # role -> the caller's user
    clients: dict[str, Client] = field(default_factory=dict)  # role -> logged in (or not)
    attempts: dict[str, str] = field(default_factory=dict)  # role -> the caller's graded attempt
    question: str = ""
    short_question: str = ""
    requirement: str = ""
    reviewed_drill: str = ""
    score_event: str = ""
    audit_entry: str = ""
    b_evaluator: str = ""

    def township(self, reach: str) -> Township:
        return self.a if reach == "in" else self.b

    async def ok(self, document: str, variables: dict, client: Client | None = None) -> dict:
        """The payload of a set-up mutation, which must succeed."""
        return await (client or self.admin).mutate(document, variables)

    # --- people ----------------------------------------------------------------------------

    async def fresh_user(self, role: str, unit_pk: int | None = None) -> tuple[User, Client]:
        """A new user of `role` with a new person in township A (or `unit_pk`), logged in."""
        username = unique("u")
        if role == "assessment_system":
            user = await make_user(username, Role.ASSESSMENT_SYSTEM)
        else:
            person = await make_person(await Unit.get(id=unit_pk or self.a.unit_pk), name="新人")
            user = await make_user(username, *ROLES[role], person=person)
            if role in COUNTY_WIDE:
                user.scope_unit_id = None
                await user.save(update_fields=["scope_unit_id"])
        return user, await self.new_client().login(username)

    # --- training --------------------------------------------------------------------------

    def session_input(self, township: Township, audience_unit: str | None = None) -> dict:
        return {
            "title": unique("安全生产法专题讲座"),
            "kind": "PROFESSIONAL",
            "startsAt": SOON[0],
            "endsAt": SOON[1],
            "organizerUnitId": township.unit,
            "audience": {"unitIds": [audience_unit or township.unit]},
        }

    async def fresh_session(self, township: Township) -> str:
        payload = await self.ok(SESSION, self.session_input(township))
        return payload["session"]["id"]

    async def fresh_series(self, township: Township) -> str:
        payload = await self.ok(
            SERIES,
            {
                "session": self.session_input(township),
                "recurrence": {"frequency": "WEEKLY", "count": 2},
            },
        )
        return payload["sessions"][0]["seriesId"]

    async def check_in_code(self, session: str) -> str:
        return (await self.ok(OPEN, {"sessionId": session}))["code"]

    # --- exams -----------------------------------------------------------------------------

    async def fresh_question(self, type: str = "SINGLE_CHOICE") -> str:
        question: dict[str, Any] = {
            "category": "安全生产法",
            "type": type,
            "stem": unique("生产经营单位的主要负责人负什么责任？"),
            "answer": ["A"],
        }
        if type == "SINGLE_CHOICE":
            question["options"] = [{"key": "A", "text": "全面责任"}, {"key": "B", "text": "部分"}]
        else:
            question["answer"] = ["全面责任"]
        return (await self.ok(QUESTION, question))["question"]["id"]

    def exam_input(self, organizer: Township, audience: Township, **overrides: Any) -> dict:
        return {
            "title": unique("法律法规知识考试"),
            "opensAt": EXAM_WINDOW[0],
            "closesAt": EXAM_WINDOW[1],
            "durationMinutes": 60,
            "passScore": "60",
            "organizerUnitId": organizer.unit,
            "audience": {"unitIds": [audience.unit]},
            "paper": {"fixed": [{"questionId": self.question, "points": "100"}]},
            **overrides,
        }

    async def fresh_exam(self, township: Township, *, publish: bool, **overrides: Any) -> str:
        exam = (await self.ok(EXAM, self.exam_input(township, township, **overrides)))["exam"]
        if publish:
            await self.ok(PUBLISH, {"examId": exam["id"]})
        return exam["id"]

    async def attempt(
        self, client: Client, exam: str, answer: dict | None = None, *, submit: bool = True
    ) -> tuple[str, str]:
        """Start `exam` as `client`, answer its one question, submit: (attempt, its question)."""
        attempt = (await self.ok(START, {"examId": exam}, client))["attempt"]
        line = attempt["questions"][0]["id"]
        await self.ok(
            SAVE,
            {"attemptId": attempt["id"], "answers": [{"questionId": line, **(answer or {})}]},
            client,
        )
        if submit:
            await self.ok(SUBMIT, {"attemptId": attempt["id"]}, client)
        return attempt["id"], line

    async def pending_answer(self, township: Township) -> str:
        """A short answer in the township's manual exam, waiting to be graded."""
        _, client = await self.fresh_user("officer", township.unit_pk)
        _, line = await self.attempt(client, township.manual_exam, {"text": "全面负责"})
        return line

    # --- drills ----------------------------------------------------------------------------

    def drill_input(self, township: Township, evaluator: str) -> dict:
        return {
            "title": unique("防汛抢险演练"),
            "scenarioKey": "flood_rescue",
            "type": "FULL_SCALE",
            "scheduledAt": "2026-03-10T09:00:00+08:00",
            "organizerUnitId": township.unit,
            "participants": [{"unitId": township.unit, "role": "LEAD"}],
            "evaluatorIds": [evaluator],
        }

    async def fresh_drill(self, township: Township, status: str = "PLANNED") -> str:
        evaluator = (
            global_id("User", self.users["evaluator"].id)
            if township is self.a
            else self.b_evaluator
        )
        drill = (await self.ok(PLAN, self.drill_input(township, evaluator)))["drill"]["id"]
        for step in {
            "PLANNED": [],
            "IN_PROGRESS": ["startDrill"],
            "COMPLETED": ["startDrill", "completeDrill"],
        }[status]:
            await self.ok(MOVE % step, {"drillId": drill})
        return drill

    async def fresh_action_item(self, township: Township) -> str:
        item = {
            "title": unique("完善转移路线标识"),
            "ownerUnitId": township.unit,
            "dueDate": "2026-03-20",
        }
        return (await self.ok(ACTION, item))["actionItem"]["id"]


async def build_world(admin: Client, new_client: Any) -> World:
    a_unit = await make_unit("高村镇", UnitKind.TOWNSHIP)
    b_unit = await make_unit("锦和镇", UnitKind.TOWNSHIP)
    await make_user("admin", Role.ADMIN)
    await admin.login("admin")
    world = World(
        admin=admin,
        new_client=new_client,
        a=Township(global_id("Unit", a_unit.id), a_unit.id),
        b=Township(global_id("Unit", b_unit.id), b_unit.id),
    )
    for role in ROLES:
        if role == "anonymous":
            world.clients[role] = new_client()
            continue
        world.users[role], world.clients[role] = await world.fresh_user(role)
    b_evaluator = await make_user(
        "b_evaluator", Role.EVALUATOR, person=await make_person(b_unit, name="外镇评估员")
    )
    world.b_evaluator = global_id("User", b_evaluator.id)
    category = PersonCategory.ENFORCEMENT_OFFICER
    for township, unit in ((world.a, a_unit), (world.b, b_unit)):
        person = await make_person(unit, name="本镇队员", category=category)
        township.person = global_id("Person", person.id)
        township.person_user = unique("p")
        await make_user(township.person_user, Role.OFFICER, person=person)

    world.requirement = (
        await world.ok(
            REQUIREMENT,
            {
                "name": "执法人员业务培训",
                "trainingKinds": ["PROFESSIONAL"],
                "count": 4,
                "period": "YEAR",
            },
        )
    )["requirement"]["id"]
    world.question = await world.fresh_question()
    world.short_question = await world.fresh_question("SHORT_ANSWER")
    for township in (world.a, world.b):
        await _township(world, township)

    world.reviewed_drill = await world.fresh_drill(world.a, "IN_PROGRESS")
    evaluator = world.clients["evaluator"]
    rating = {"drillId": world.reviewed_drill, "unitId": world.a.unit}
    await world.ok(RATE, {**rating, "ratings": [{"taskKey": TASK, "points": "5"}]}, evaluator)
    for step in ("completeDrill", "reviewDrill"):
        await world.ok(MOVE % step, {"drillId": world.reviewed_drill})

    # every caller with a person has a graded attempt with a wrong answer (myAttempts,
    # wrongAnswers), and is on township A's session (mySchedule)
    for role, client in world.clients.items():
        if role not in ("anonymous", "assessment_system"):
            world.attempts[role], _ = await world.attempt(client, world.a.exam, {"choices": ["B"]})

    feed = await admin.data("{ scoreEvents(first: 1) { edges { node { id } } } }")
    world.score_event = feed["scoreEvents"]["edges"][0]["node"]["id"]
    log = await admin.data("{ auditLog(first: 1) { edges { node { id } } } }")
    world.audit_entry = log["auditLog"]["edges"][0]["node"]["id"]
    return world


async def _township(world: World, township: Township) -> None:
    township.session = await world.fresh_session(township)
    await world.ok(
        MARK,
        {
            "sessionId": township.session,
            "marks": [{"personId": township.person, "status": "PRESENT"}],
        },
    )
    roster = await world.admin.data(
        "query($id: ID!) { node(id: $id) { ... on TrainingSession { attendance(first: 100) { edges { node { id person { id } } } } } } }",
        {"id": township.session},
    )
    township.attendance = next(
        edge["node"]["id"]
        for edge in roster["node"]["attendance"]["edges"]
        if edge["node"]["person"]["id"] == township.person
    )
    township.exam = await world.fresh_exam(township, publish=True)
    person_client = await world.new_client().login(township.person_user)
    township.attempt, _ = await world.attempt(person_client, township.exam, {"choices": ["A"]})
    township.manual_exam = await world.fresh_exam(
        township,
        publish=True,
        releaseResults="MANUAL",
        passScore="6",
        paper={"fixed": [{"questionId": world.short_question, "points": "10"}]},
    )
    await world.attempt(person_client, township.manual_exam, {"text": "全面负责"})
    township.drill = await world.fresh_drill(township, "IN_PROGRESS")
    township.comment = (
        await world.ok(COMMENT, {"drillId": township.drill, "body": "预警传递及时。"})
    )["comment"]["id"]
    township.action_item = await world.fresh_action_item(township)
