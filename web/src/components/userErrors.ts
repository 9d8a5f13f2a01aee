// userErrors as the server sends them in every mutation payload, and where they go in a form.

export type UserErrorLike = {
  field?: readonly string[] | string | null;
  code: string;
  message: string;
};

/** An antd Form field name: "startsAt", or a path like ["marks", 0, "status"] for Form.List. */
export type FieldName = string | number | (string | number)[];

/**
 * The form field a userError's `field` path names: ["input", "startsAt"] -> "startsAt",
 * ["input", "marks", "0", "status"] -> ["marks", 0, "status"]. The leading "input" (the
 * mutation's one argument) is dropped; list indexes become numbers, as antd's Form.List names
 * them. Null when the error belongs to no field.
 */
export function fieldName(field: readonly string[] | string | null | undefined): FieldName | null {
  if (field == null) return null;
  let parts = typeof field === "string" ? field.split(".") : [...field];
  parts = parts.filter((part) => part !== "");
  if (parts[0] === "input") parts = parts.slice(1);
  if (parts.length === 0) return null;
  const path = parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return path.length === 1 && typeof path[0] === "string" ? path[0] : path;
}

/** A field name as a key to compare names by ("marks.0.status"). */
export function fieldKey(name: FieldName | readonly (string | number)[]): string {
  return (Array.isArray(name) ? name : [name]).join(".");
}

// zh_CN texts for codes the UI shows; an unknown code shows the server's message. Add a
// domain's codes here when its pages first show them.
export const ERROR_TEXTS: Record<string, string> = {
  REQUIRED: "此项为必填项",
  TOO_LONG: "内容过长",
  INVALID_CREDENTIALS: "用户名或密码不正确",
  ACCOUNT_INACTIVE: "该账号已停用",
  TOO_MANY_LOGINS: "登录尝试过多，请稍后再试",
  WRONG_PASSWORD: "当前密码不正确",
  PASSWORD_TOO_SHORT: "密码至少需要 8 个字符",
  PASSWORD_TOO_LONG: "密码最多 128 个字符",
  PASSWORD_UNCHANGED: "新密码不能与当前密码相同",
  DUPLICATE_USERNAME: "该用户名已被使用",
  UNIT_NOT_FOUND: "单位不存在",
  PERSON_NOT_FOUND: "人员不存在",
  USER_NOT_FOUND: "用户不存在",
  // bank: the question bank and the exam builder (questions' own checks send Chinese messages)
  INVALID_DIFFICULTY: "难度须为 1 到 5",
  OUT_OF_RANGE: "数值超出允许范围",
  CLOSES_BEFORE_OPENS: "截止时间须晚于开始时间",
  EXAM_WINDOW_CLOSED: "截止时间已过",
  EMPTY_PAPER: "试卷还没有题目：请添加固定试题或抽题规则",
  INVALID_POINTS: "分值须在 0.01 到 1000 之间",
  PAPER_TOO_LARGE: "试卷总分不能超过 10000 分",
  INVALID_PASS_SCORE: "及格分须在 0 到试卷总分之间",
  QUESTION_NOT_FOUND: "试题不存在或已有新版本",
  DUPLICATE_QUESTION: "同一道题在试卷中出现了两次",
  CATEGORY_NOT_FOUND: "题库中没有这个分类",
  EXAM_NOT_FOUND: "考试不存在",
  EXAM_NOT_DRAFT: "考试已发布，不能再修改",
  ALREADY_PUBLISHED: "考试已经发布",
  EXAM_CLOSED: "考试时间已过，不能发布",
  QUESTION_RETIRED: "试卷中有已停用的固定试题",
  NOT_ENOUGH_QUESTIONS: "题库中符合该规则的启用试题不够抽",
  EMPTY_AUDIENCE: "所选对象中没有任何人员",
  NOT_MANUAL_RELEASE: "该考试按设置自动公布成绩",
  ALREADY_CANCELLED: "已经取消",
  ANSWER_NOT_FOUND: "该答案不存在或已评分",
  ATTEMPT_IN_PROGRESS: "考生还在答题，交卷后才能评分",
  // admin: units, people, accounts
  DUPLICATE_UNIT_NAME: "已有同名单位",
  UNIT_CYCLE: "不能把单位放到它自己或它的下级单位之下",
  INVALID_BADGE_NUMBER: "执法证号为 1-32 位字母、数字或短横线",
  DUPLICATE_BADGE_NUMBER: "该执法证号已被其他人员使用",
  INVALID_PHONE: "电话号码为 7-20 位数字（可含空格、短横线和开头的 +）",
  INVALID_USERNAME: "用户名为 3-50 位字母、数字、点、短横线或下划线",
  ROLES_REQUIRED: "请至少选择一个角色",
  PERSON_HAS_ACCOUNT: "该人员已有账号",
  CANNOT_DEACTIVATE_SELF: "不能停用自己的账号",
  UNAUTHENTICATED: "登录已失效，请重新登录",
  FORBIDDEN: "您没有权限执行此操作",
  NOT_FOUND: "内容不存在或无权查看",
  BAD_USER_INPUT: "输入有误",
  // exams (taking them)
  EXAM_NOT_OPEN: "考试不在开放时间内",
  EXAM_CANCELLED: "考试已取消",
  NOT_IN_AUDIENCE: "您不在本场考试的参考范围内",
  NO_ATTEMPTS_LEFT: "考试次数已用完",
  ATTEMPT_CONFLICT: "已在其他设备开始作答，请刷新后继续",
  ATTEMPT_NOT_FOUND: "找不到这次作答",
  ATTEMPT_CLOSED: "试卷已交，不能再修改答案",
  DEADLINE_PASSED: "考试时间已到，试卷已按已保存的答案收卷",
  NOT_ON_PAPER: "该题不在您的试卷上",
  DUPLICATE_ANSWER: "同一题重复作答",
  INVALID_OPTION: "选项不存在",
  ONE_CHOICE_ONLY: "本题只能选一个选项",
  NO_PERSON: "该账号未关联人员",
  INVALID_ID: "编号无效",
  INTERNAL_SERVER_ERROR: "服务器出错，请稍后再试",
  // Training and attendance
  TRAINER_CONFLICT: "该培训教员在此时间段已有其他培训",
  VENUE_CONFLICT: "该场地在此时间段已被占用",
  START_IN_PAST: "开始时间不能早于当前时间",
  END_BEFORE_START: "结束时间必须晚于开始时间",
  OVER_CAPACITY: "培训对象人数超过容量",
  INVALID_CAPACITY: "容量至少为 1",
  NOT_A_TRAINER: "教员必须是有效的培训管理员账号",
  RECURRENCE_UNBOUNDED: "请填写结束日期或次数",
  INVALID_INTERVAL: "间隔须在 1 到 12 之间",
  TOO_MANY_OCCURRENCES: "一个系列最多 200 次培训",
  EMPTY_SERIES: "按此重复规则不会产生任何培训",
  SESSION_NOT_FOUND: "培训不存在或无权查看",
  SESSION_CANCELLED: "该培训已取消",
  SESSION_OVER: "该培训已结束",
  CHECK_IN_CLOSED: "签到时间为培训开始前 30 分钟至培训结束",
  INVALID_CODE: "签到码不正确",
  CODE_EXPIRED: "签到码已过期，请输入屏幕上的最新签到码",
  NOT_ON_ROSTER: "您不在本次培训的名单中",
  ALREADY_CHECKED_IN: "您已签到，无法请假",
  TOO_LATE_FOR_LEAVE: "培训开始后不能再请假",
  SESSION_NOT_STARTED: "培训开始前 30 分钟起才能标记出勤、迟到或缺勤",
  DUPLICATE_MARK: "同一人员重复标记",
  TOO_MANY_MARKS: "一次最多标记 500 人",
  // drills: comments, evaluation, corrective actions
  BLANK_COMMENT: "请填写内容",
  COMMENT_TOO_LONG: "内容过长",
  NOT_TAKING_PART: "只有参演单位人员、评估员和受邀领导可以发表评论",
  NOT_A_LEADER: "只有领导可以发表正式点评",
  DRILL_CANCELLED: "该演练已取消",
  DRILL_NOT_FOUND: "演练不存在",
  UNKNOWN_TASK: "评估细则中没有该项",
  COMMENT_NOT_FOUND: "该评论不存在",
  NOT_AN_EVALUATOR: "您不是该演练的评估员",
  EVALUATION_CLOSED: "该演练当前不能评分",
  NOT_A_JOINT_DRILL: "只有联合演练有协同评分",
  UNIT_NOT_PARTICIPATING: "该单位未参加本次演练",
  DUPLICATE_TASK: "同一项目重复评分",
  POINTS_OUT_OF_RANGE: "得分超出该项分值范围",
  POINTS_TOO_PRECISE: "得分最多保留两位小数",
  DUE_DATE_IN_PAST: "整改期限不能早于今天",
  ACTION_ITEM_NOT_FOUND: "整改事项不存在",
  OUT_OF_SCOPE: "超出您管理的单位范围",
  NOT_A_VERIFIER: "只有领导、培训管理员或系统管理员可以验收",
  INVALID_TRANSITION: "当前状态不能进行该操作",
  SUBSCRIBER_TOO_SLOW: "实时评论已中断，请刷新",
  SUBSCRIPTIONS_UNAVAILABLE: "实时评论暂不可用",
};

/** The text to show for a userError (or a top-level error code). */
export function errorText(error: { code?: string | null; message: string }): string {
  return (error.code && ERROR_TEXTS[error.code]) || error.message;
}

type ErrorLike = {
  networkError?: unknown;
  graphQLErrors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  message?: string;
};

/** The text for a failed operation: a urql CombinedError (network or top-level errors) or any Error. */
export function operationErrorText(error: unknown): string {
  if (error == null) return "";
  const e = error as ErrorLike;
  if (e.graphQLErrors && e.graphQLErrors.length > 0) {
    const texts = e.graphQLErrors.map((g) =>
      errorText({ code: typeof g.extensions?.code === "string" ? g.extensions.code : null, message: g.message }),
    );
    return [...new Set(texts)].join("；");
  }
  if (e.networkError) return "无法连接服务器，请检查网络后重试";
  return typeof e.message === "string" && e.message ? e.message : "操作失败";
}
