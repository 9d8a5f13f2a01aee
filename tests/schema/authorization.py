"""Who may call what: every Query, Mutation and Subscription field of the live schema (and
`node(id:)` once per type that implements Node) by every role, in one table.

A cell is the outcome for a caller of that role; a pair is (in reach, out of reach): the object
in the caller's township (or their own) and one in another township (or another person's). The
callers other than the admin and the assessment system's account are scoped to one township.
test_authorization_matrix.py runs every cell; an operation without a row fails it, so each new
operation declares here who may call it.
"""

from __future__ import annotations

ALLOWED = "ALLOWED"  # answered: the object is there, a mutation has no userErrors
EMPTY = "EMPTY"  # answered with nothing: null, an empty list, or the object is not among them
FORBIDDEN = "FORBIDDEN"  # a top-level error: this role may never call it (or read that object)
UNAUTHENTICATED = "UNAUTHENTICATED"  # a top-level error: log in first


def refused(code: str) -> str:
    """A userError in the payload: not allowed on that object."""
    return f"userError {code}"


def error(code: str) -> str:
    """Another top-level error code."""
    return f"error {code}"


A, E, F, U = ALLOWED, EMPTY, FORBIDDEN, UNAUTHENTICATED
SCOPED = (A, E)  # sees what is in their township, not what is in another
OUT_OF_SCOPE = (A, refused("OUT_OF_SCOPE"))
NOT_ORGANIZER = (A, refused("NOT_THE_ORGANIZER"))
NOT_FOUND = (A, error("NOT_FOUND"))
NOT_ON_ROSTER = (A, refused("NOT_ON_ROSTER"))
NOT_THEIRS = (A, refused("ATTEMPT_NOT_FOUND"))
READERS = (A, F)  # a drill they take part in, and one they do not
THEIR_OWN = (A, E)  # their own rows, and not another person's

Cell = str | tuple[str, str]

ROLES = ("anonymous", "admin", "trainer", "officer", "leader", "evaluator", "assessment_system")

# fmt: off
TABLE: dict[str, tuple[Cell, Cell, Cell, Cell, Cell, Cell, Cell]] = {
    #                               anonymous admin  trainer  officer  leader  evaluator  system
    "Query.node(Unit)":                (U, A, A, A, A, A, A),
    "Query.node(Person)":              (U, A, SCOPED, SCOPED, SCOPED, SCOPED, E),
    "Query.node(User)":                (U, A, E, E, E, E, E),
    "Query.node(TrainingSession)":     (U, A, SCOPED, SCOPED, SCOPED, SCOPED, E),
    "Query.node(Attendance)":          (U, A, SCOPED, E, SCOPED, E, E),
    "Query.node(TrainingRequirement)": (U, A, A, E, A, E, E),
    "Query.node(Question)":            (U, A, A, E, E, E, E),
    "Query.node(Exam)":                (U, A, SCOPED, SCOPED, SCOPED, SCOPED, E),
    "Query.node(ExamAttempt)":         (U, A, SCOPED, E, E, E, E),
    "Query.node(Drill)":               (U, A, SCOPED, SCOPED, SCOPED, SCOPED, E),
    "Query.node(DrillComment)":        (U, A, SCOPED, SCOPED, SCOPED, SCOPED, E),
    "Query.node(ActionItem)":          (U, A, SCOPED, SCOPED, SCOPED, SCOPED, E),
    "Query.node(ScoreEvent)":          (U, A, F, F, A, F, A),
    "Query.node(AuditEntry)":          (U, A, E, E, E, E, E),
    "Query.me":                        (E, A, A, A, A, A, A),
    "Query.units":                     (U, A, A, A, A, A, F),
    "Query.people":                    (U, A, SCOPED, SCOPED, SCOPED, SCOPED, F),
    "Query.users":                     (U, A, F, F, F, F, F),
    "Query.trainingSessions":          (U, A, SCOPED, SCOPED, SCOPED, SCOPED, F),
    "Query.mySchedule":                (U, *[THEIR_OWN] * 5, F),
    "Query.attendanceHistory":         (U, A, SCOPED, E, SCOPED, E, F),
    "Query.trainingCompliance":        (U, A, SCOPED, F, SCOPED, F, F),
    "Query.trainingRequirements":      (U, A, A, F, A, F, F),
    "Query.attendancePoints":          (U, A, A, A, A, A, F),
    "Query.questions":                 (U, A, A, F, F, F, F),
    "Query.questionCategories":        (U, A, A, F, F, F, F),
    "Query.questionCategoryCounts":    (U, A, A, F, F, F, F),
    "Query.exams":                     (U, A, SCOPED, SCOPED, SCOPED, SCOPED, F),
    "Query.myAttempts":                (U, *[THEIR_OWN] * 5, F),
    "Query.examStatistics":            (U, A, NOT_FOUND, F, NOT_FOUND, F, F),
    "Query.gradingQueue":              (U, A, NOT_FOUND, F, F, F, F),
    "Query.wrongAnswers":              (U, A, A, A, A, A, F),
    "Query.drillScenarios":            (U, A, A, A, A, A, F),
    "Query.drills":                    (U, A, SCOPED, SCOPED, SCOPED, SCOPED, F),
    "Query.drillReport":               (U, A, READERS, READERS, READERS, READERS, F),
    "Query.drillCommentsList":         (U, A, READERS, READERS, READERS, READERS, F),
    # the target: a comment by the set-up's admin, another user than the callers
    "Query.unreadDrillComments":       (U, A, SCOPED, SCOPED, SCOPED, SCOPED, F),
    "Query.actionItems":               (U, A, SCOPED, SCOPED, SCOPED, SCOPED, F),
    "Query.scoreEvents":               (U, A, F, F, A, F, A),
    "Query.auditLog":                  (U, A, F, F, F, F, F),
    "Query.myPoints":                  (U, A, A, A, A, A, F),
    "Query.myScoreEvents":             (U, A, A, A, A, A, F),
    "Query.personPoints":              (U, A, SCOPED, E, SCOPED, E, F),
    "Mutation.login":                  (A, A, A, A, A, A, A),
    "Mutation.changePassword":         (U, A, A, A, A, A, A),
    "Mutation.createUnit":             (U, A, F, F, F, F, F),
    "Mutation.updateUnit":             (U, A, F, F, F, F, F),
    "Mutation.createPerson":           (U, A, F, F, F, F, F),
    "Mutation.updatePerson":           (U, A, F, F, F, F, F),
    "Mutation.createUser":             (U, A, F, F, F, F, F),
    "Mutation.updateUser":             (U, A, F, F, F, F, F),
    "Mutation.deactivateUser":         (U, A, F, F, F, F, F),
    "Mutation.resetPassword":          (U, A, F, F, F, F, F),
    "Mutation.scheduleSession":        (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.scheduleSeries":         (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.updateSession":          (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.cancelSession":          (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.updateSeries":           (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.cancelSeries":           (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.openCheckIn":            (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.checkIn":                (U, NOT_ON_ROSTER, NOT_ON_ROSTER, NOT_ON_ROSTER, NOT_ON_ROSTER, NOT_ON_ROSTER, F),
    "Mutation.markAttendance":         (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.requestLeave":           (U, NOT_ON_ROSTER, NOT_ON_ROSTER, NOT_ON_ROSTER, NOT_ON_ROSTER, NOT_ON_ROSTER, F),
    "Mutation.createTrainingRequirement": (U, A, F, F, F, F, F),
    "Mutation.updateTrainingRequirement": (U, A, F, F, F, F, F),
    "Mutation.setAttendancePoints":    (U, A, F, F, F, F, F),
    "Mutation.createQuestion":         (U, A, A, F, F, F, F),
    "Mutation.updateQuestion":         (U, A, A, F, F, F, F),
    "Mutation.retireQuestion":         (U, A, A, F, F, F, F),
    "Mutation.correctAnswerKey":       (U, A, A, F, F, F, F),
    "Mutation.importQuestions":        (U, A, A, F, F, F, F),
    "Mutation.createExam":             (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.updateExam":             (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.cancelExam":             (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.publishExam":            (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.releaseExamResults":     (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.startExamAttempt":       (U, *[(A, refused("NOT_IN_AUDIENCE"))] * 5, F),
    "Mutation.saveAnswers":            (U, NOT_THEIRS, NOT_THEIRS, NOT_THEIRS, NOT_THEIRS, NOT_THEIRS, F),
    "Mutation.submitExamAttempt":      (U, NOT_THEIRS, NOT_THEIRS, NOT_THEIRS, NOT_THEIRS, NOT_THEIRS, F),
    "Mutation.gradeAnswer":            (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.planDrill":              (U, A, OUT_OF_SCOPE, F, F, F, F),
    "Mutation.startDrill":             (U, A, NOT_ORGANIZER, F, F, F, F),
    "Mutation.completeDrill":          (U, A, NOT_ORGANIZER, F, F, F, F),
    "Mutation.reviewDrill":            (U, A, NOT_ORGANIZER, F, F, F, F),
    "Mutation.cancelDrill":            (U, A, NOT_ORGANIZER, F, F, F, F),
    "Mutation.submitDrillEvaluation":  (U, F, F, F, F, (A, refused("NOT_AN_EVALUATOR")), F),
    "Mutation.correctDrillEvaluation": (U, A, F, F, F, F, F),
    "Mutation.addDrillComment":        (U, A, *[(A, refused("NOT_TAKING_PART"))] * 4, F),
    "Mutation.markDrillCommentsRead":  (U, A, *[(A, refused("NOT_TAKING_PART"))] * 4, F),
    "Mutation.editDrillComment":       (U, *[(A, refused("COMMENT_NOT_FOUND"))] * 5, F),
    "Mutation.createActionItem":       (U, A, OUT_OF_SCOPE, F, OUT_OF_SCOPE, F, F),
    "Mutation.updateActionItem":       (U, A, OUT_OF_SCOPE, OUT_OF_SCOPE, OUT_OF_SCOPE, OUT_OF_SCOPE, F),
    "Subscription.drillComments":      (U, A, READERS, READERS, READERS, READERS, F),
    "Subscription.sessionAttendance":  (U, A, READERS, F, READERS, F, F),
}
# fmt: on


def expected(operation: str, role: str, reach: str) -> str:
    cell = TABLE[operation][ROLES.index(role)]
    if isinstance(cell, tuple):
        return cell[0] if reach == "in" else cell[1]
    return cell


def scoped(operation: str) -> bool:
    """Whether the row tells objects in reach from those out of it."""
    return any(isinstance(cell, tuple) for cell in TABLE[operation])
