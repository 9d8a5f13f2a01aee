// Chinese names of the audited operations (the API's mutation names). An operation missing here
// (one a later domain adds) shows by its API name.
export const OPERATION_LABELS: Record<string, string> = {
  login: "登录",
  changePassword: "修改密码",
  createUnit: "新增单位",
  updateUnit: "修改单位",
  createPerson: "新增人员",
  updatePerson: "修改人员",
  createUser: "新建账号",
  updateUser: "修改账号",
  deactivateUser: "停用账号",
  resetPassword: "重置密码",
  scheduleSession: "安排培训",
  scheduleSeries: "安排系列培训",
  updateSession: "修改培训",
  cancelSession: "取消培训",
  updateSeries: "修改系列培训",
  cancelSeries: "取消系列培训",
  openCheckIn: "开启签到",
  checkIn: "签到",
  markAttendance: "登记考勤",
  requestLeave: "请假",
  setAttendancePoints: "设置考勤积分",
  createTrainingRequirement: "新增培训要求",
  updateTrainingRequirement: "修改培训要求",
  createQuestion: "新增试题",
  updateQuestion: "修改试题",
  retireQuestion: "停用试题",
  correctAnswerKey: "更正答案",
  importQuestions: "导入试题",
  createExam: "新建考试",
  updateExam: "修改考试",
  cancelExam: "取消考试",
  publishExam: "发布考试",
  releaseExamResults: "公布成绩",
  startExamAttempt: "开始答题",
  saveAnswers: "保存答案",
  submitExamAttempt: "交卷",
  gradeAnswer: "阅卷评分",
  planDrill: "策划演练",
  startDrill: "开始演练",
  completeDrill: "结束演练",
  reviewDrill: "演练定档",
  cancelDrill: "取消演练",
  submitDrillEvaluation: "提交演练评分",
  correctDrillEvaluation: "更正演练评分",
  addDrillComment: "发表演练点评",
  editDrillComment: "修改演练点评",
  markDrillCommentsRead: "标记点评已读",
  createActionItem: "新增整改事项",
  updateActionItem: "更新整改事项",
};

export function operationLabel(operation: string): string {
  return OPERATION_LABELS[operation] ?? operation;
}

const SUMMARY_KEYS = ["username", "name", "title", "reason", "code", "id", "sessionId", "examId", "drillId", "attemptId", "personId"];

/**
 * A short line saying what an audited input was about: its username, name or title, else the
 * first ID it names ("" when none). Passwords never reach here (the server redacts them).
 */
export function inputSummary(input: unknown): string {
  if (!input || typeof input !== "object" || Array.isArray(input)) return "";
  const record = input as Record<string, unknown>;
  for (const key of SUMMARY_KEYS) {
    const value = record[key];
    if (typeof value === "string" && value.trim()) {
      const text = value.trim();
      return text.length > 40 ? `${text.slice(0, 40)}…` : text;
    }
  }
  return "";
}
