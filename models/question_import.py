"""Question-bank import files (xlsx or UTF-8 CSV) turned into checked question drafts.

Pure parsing and validation, no database: `parse_questions` reads a file and returns the
good rows as `QuestionDraft`s plus one `Problem` per fault, each naming the row as the user
sees it in the file. `check_draft` holds the rules a question must satisfy and is shared
with the createQuestion mutation; `normalize_blank` / `fill_blank_matches` decide whether
a FILL_BLANK answer is correct.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from models.errors import Problem


class QuestionType(StrEnum):
    SINGLE_CHOICE = "SINGLE_CHOICE"
    MULTIPLE_CHOICE = "MULTIPLE_CHOICE"
    TRUE_FALSE = "TRUE_FALSE"
    FILL_BLANK = "FILL_BLANK"
    SHORT_ANSWER = "SHORT_ANSWER"


CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE})
OPTION_KEYS = ("A", "B", "C", "D", "E", "F")
TRUE_FALSE_OPTIONS: tuple[tuple[str, str], ...] = (("T", "正确"), ("F", "错误"))
TYPE_LABELS = {
    QuestionType.SINGLE_CHOICE: "单选",
    QuestionType.MULTIPLE_CHOICE: "多选",
    QuestionType.TRUE_FALSE: "判断",
    QuestionType.FILL_BLANK: "填空",
    QuestionType.SHORT_ANSWER: "简答",
}

MAX_ROWS = 5000
MAX_SCANNED_ROWS = 100_000  # blank rows included: a guard against inflated sheets
MAX_STEM = 2000
MAX_CATEGORY = 200
MAX_CATEGORY_LEVELS = 5
MAX_OPTION = 500
MAX_EXPLANATION = 2000
MAX_REFERENCE = 200
MAX_ANSWER_TEXT = 2000
MAX_TAG = 50
DEFAULT_DIFFICULTY = 3
CATEGORY_SEPARATOR = " > "


@dataclass(frozen=True)
class QuestionDraft:
    category: str
    type: QuestionType
    stem: str
    options: list[tuple[str, str]]
    answer: list[str]
    explanation: str | None = None
    difficulty: int = DEFAULT_DIFFICULTY
    reference: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    drafts: list[tuple[int, QuestionDraft]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


# --------------------------------------------------------------------------- rules


def normalize_category(text: str) -> str:
    """Strip each level of a category path and join them with " > " ("＞" also separates)."""
    return CATEGORY_SEPARATOR.join(part.strip() for part in re.split(r"[>＞]", text or ""))


def check_draft(draft: QuestionDraft) -> list[Problem]:
    """Every rule a question must satisfy; an empty list means it can be saved."""
    problems: list[Problem] = []

    def add(code: str, message: str, name: str) -> None:
        problems.append(Problem(code, message, (name,)))

    stem = draft.stem.strip()
    if not stem:
        add("REQUIRED", "题干不能为空 (stem is required).", "stem")
    elif len(stem) > MAX_STEM:
        add("TOO_LONG", f"题干不能超过 {MAX_STEM} 个字符 (stem too long).", "stem")

    _check_category(draft.category, add)

    if draft.type in CHOICE_TYPES:
        _check_choice(draft, add)
    elif draft.type is QuestionType.TRUE_FALSE:
        if [tuple(option) for option in draft.options] != list(TRUE_FALSE_OPTIONS):
            add("INVALID_TRUE_FALSE", "判断题的选项固定为 T (正确) 和 F (错误)。", "options")
        if list(draft.answer) not in (["T"], ["F"]):
            add(
                "INVALID_TRUE_FALSE",
                f"判断题的答案须为“正确”或“错误”(T / F、对 / 错、√ / ×)，"
                f"现为“{'、'.join(draft.answer) or '空'}”。",
                "answer",
            )
    else:
        if draft.options:
            add(
                "UNEXPECTED_OPTIONS",
                f"{TYPE_LABELS[draft.type]}题不能有选项，请清空选项列或改正题型。",
                "options",
            )
        blank_answer = not draft.answer or any(not normalize_blank(t) for t in draft.answer)
        if draft.type is QuestionType.FILL_BLANK and blank_answer:
            add(
                "MISSING_ANSWER",
                "填空题至少需要一个可接受的答案，多个答案用 | 分隔，且不能为空。",
                "answer",
            )
        if any(len(text) > MAX_ANSWER_TEXT for text in draft.answer):
            add("TOO_LONG", f"答案不能超过 {MAX_ANSWER_TEXT} 个字符 (answer too long).", "answer")

    difficulty = draft.difficulty
    if isinstance(difficulty, bool) or not isinstance(difficulty, int) or not 1 <= difficulty <= 5:
        add("INVALID_DIFFICULTY", "难度须为 1 到 5 的整数 (difficulty 1..5)。", "difficulty")
    if draft.explanation is not None and len(draft.explanation) > MAX_EXPLANATION:
        add(
            "TOO_LONG",
            f"解析不能超过 {MAX_EXPLANATION} 个字符 (explanation too long).",
            "explanation",
        )
    if draft.reference is not None and len(draft.reference) > MAX_REFERENCE:
        add("TOO_LONG", f"依据不能超过 {MAX_REFERENCE} 个字符 (reference too long).", "reference")
    if any(len(tag) > MAX_TAG for tag in draft.tags):
        add("TOO_LONG", f"每个标签不能超过 {MAX_TAG} 个字符 (tag too long).", "tags")
    return problems


def _check_category(category: str, add: Any) -> None:
    parts = re.split(r"[>＞]", category)
    if not category.strip() or any(not part.strip() for part in parts):
        add(
            "INVALID_CATEGORY",
            "分类不能为空，多级分类用 > 分隔且每级都要填写，如“安全生产法 > 第三章”。",
            "category",
        )
    elif len(category) > MAX_CATEGORY:
        add("INVALID_CATEGORY", f"分类不能超过 {MAX_CATEGORY} 个字符。", "category")
    elif len(parts) > MAX_CATEGORY_LEVELS:
        add(
            "INVALID_CATEGORY", f"分类最多 {MAX_CATEGORY_LEVELS} 级 (at most 5 levels).", "category"
        )


def _check_choice(draft: QuestionDraft, add: Any) -> None:
    label = TYPE_LABELS[draft.type]
    keys = [key for key, _ in draft.options]
    if len(draft.options) < 2:
        add("TOO_FEW_OPTIONS", f"{label}题至少需要两个选项 (at least 2 options).", "options")
    bad_keys = [key for key in keys if key not in OPTION_KEYS]
    if bad_keys:
        add(
            "INVALID_OPTION_KEY",
            f"选项标识只能是 A 到 F，不能是 {'、'.join(bad_keys)}。",
            "options",
        )
    texts = [normalize_blank(text) for _, text in draft.options]
    if len(set(keys)) != len(keys):
        add("DUPLICATE_OPTION", "选项标识重复 (duplicate option key).", "options")
    elif len(set(filter(None, texts))) != len(list(filter(None, texts))):
        add("DUPLICATE_OPTION", "有两个选项的内容相同，请修改 (duplicate option text).", "options")
    if any(not text for text in texts):
        add("REQUIRED", "选项内容不能为空 (option text is required).", "options")
    if any(len(text) > MAX_OPTION for _, text in draft.options):
        add("TOO_LONG", f"选项内容不能超过 {MAX_OPTION} 个字符 (option too long).", "options")

    answer = list(draft.answer)
    if draft.type is QuestionType.SINGLE_CHOICE and len(set(answer)) != 1:
        add(
            "SINGLE_CHOICE_NEEDS_ONE_KEY",
            f"单选题须有且只有一个正确选项，现为“{''.join(answer) or '空'}”。",
            "answer",
        )
    elif draft.type is QuestionType.MULTIPLE_CHOICE and not answer:
        add("MISSING_ANSWER", "多选题至少需要一个正确选项，如 AC (answer is required).", "answer")
    strays = [key for key in answer if key not in keys]
    if strays:
        add(
            "ANSWER_NOT_AN_OPTION",
            f"答案 {'、'.join(strays)} 不是已填写的选项（已有选项：{'、'.join(keys) or '无'}）。",
            "answer",
        )


def normalize_blank(text: str) -> str:
    """The form FILL_BLANK answers are compared in: full-width folded to half-width,
    surrounding blanks dropped, inner whitespace runs collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFKC", text or "").split()).casefold()


def fill_blank_matches(given: str, accepted: Sequence[str]) -> bool:
    answer = normalize_blank(given)
    return bool(answer) and any(answer == normalize_blank(text) for text in accepted)


# --------------------------------------------------------------------------- file layout

REQUIRED_COLUMNS = ("category", "type", "stem", "answer")
COLUMN_LABELS = {
    "category": "分类 category",
    "type": "题型 type",
    "stem": "题干 stem",
    "answer": "答案 answer",
}
_HEADER_NAMES: dict[str, str] = {
    "category": "category",
    "分类": "category",
    "type": "type",
    "题型": "type",
    "stem": "stem",
    "题干": "stem",
    "answer": "answer",
    "答案": "answer",
    "explanation": "explanation",
    "解析": "explanation",
    "difficulty": "difficulty",
    "难度": "difficulty",
    "reference": "reference",
    "依据": "reference",
    "tags": "tags",
    "标签": "tags",
}
for _key in OPTION_KEYS:
    for _name in (_key, f"选项{_key}", f"option{_key}"):
        _HEADER_NAMES[_name.casefold()] = _key

_TYPE_NAMES: dict[str, QuestionType] = {kind.value.casefold(): kind for kind in QuestionType}
for _kind, _names in {
    QuestionType.SINGLE_CHOICE: ("单选", "单选题", "单项选择", "单项选择题"),
    QuestionType.MULTIPLE_CHOICE: ("多选", "多选题", "多项选择", "多项选择题"),
    QuestionType.TRUE_FALSE: ("判断", "判断题"),
    QuestionType.FILL_BLANK: ("填空", "填空题"),
    QuestionType.SHORT_ANSWER: ("简答", "简答题", "问答", "问答题"),
}.items():
    for _name in _names:
        _TYPE_NAMES[_name] = _kind

_TRUE_WORDS = frozenset({"正确", "对", "是", "t", "true", "√", "✓", "✔"})
_FALSE_WORDS = frozenset({"错误", "错", "否", "f", "false", "×", "x", "✗", "✘"})
_KEY_SEPARATORS = re.compile(r"[\s,，、;；/]+")
_TAG_SEPARATORS = re.compile(r"[,，;；]")


def _header_key(value: Any) -> str | None:
    name = unicodedata.normalize("NFKC", _cell_text(value))
    name = "".join(name.split()).strip("*").casefold()
    return _HEADER_NAMES.get(name)


def _cell_text(value: Any) -> str:
    """A cell as text; numbers from xlsx (3.0, 1) read as they were typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _file_problem(code: str, message: str) -> ImportResult:
    return ImportResult(problems=[Problem(code, message, ("file",))])


class _Unreadable(Exception):
    pass


class _TooManyRows(Exception):
    pass


# --------------------------------------------------------------------------- parsing


def parse_questions(data: bytes, filename: str) -> ImportResult:
    """Read an import file; good rows become drafts, every bad row becomes problems."""
    is_xlsx = (filename or "").lower().endswith(".xlsx") or data[:4] == b"PK\x03\x04"
    try:
        rows = list(_limit_rows(_xlsx_rows(data) if is_xlsx else _csv_rows(data)))
    except _Unreadable as error:
        return _file_problem("UNREADABLE_FILE", str(error))
    except _TooManyRows:
        return _file_problem(
            "TOO_MANY_ROWS",
            f"一个文件最多导入 {MAX_ROWS} 道题，请拆分成多个文件 (at most {MAX_ROWS} rows).",
        )
    if not rows:
        return _file_problem(
            "MISSING_COLUMNS",
            "文件是空的：第1行须为表头，至少包含 分类、题型、题干、答案 四列。",
        )

    columns: dict[str, int] = {}
    duplicates: list[str] = []
    for index, value in enumerate(rows[0]):
        key = _header_key(value)
        if key is None:
            continue
        if key in columns:
            duplicates.append(_cell_text(value).strip())
        else:
            columns[key] = index
    missing = [COLUMN_LABELS[key] for key in REQUIRED_COLUMNS if key not in columns]
    if missing:
        return _file_problem(
            "MISSING_COLUMNS",
            f"第1行表头缺少必填列：{'、'.join(missing)}。请使用导入模板的表头。",
        )
    if duplicates:
        return _file_problem(
            "DUPLICATE_COLUMNS",
            f"表头中有重复的列：{'、'.join(duplicates)}，每列只能出现一次。",
        )

    result = ImportResult()
    for number, row in enumerate(rows[1:], start=2):
        values = {
            key: _cell_text(row[i]).strip() if i < len(row) else "" for key, i in columns.items()
        }
        if not any(values.values()):
            continue
        draft, problems = _draft_from_row(values)
        if problems:
            where = ("file", "row", str(number))
            result.problems.extend(
                Problem(p.code, f"第{number}行: {p.message}", where) for p in problems
            )
        elif draft is not None:
            result.drafts.append((number, draft))
    return result


def _limit_rows(rows: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    data_rows = 0
    for scanned, row in enumerate(rows):
        if scanned > MAX_SCANNED_ROWS:
            raise _TooManyRows
        if scanned > 0 and any(_cell_text(value).strip() for value in row):
            data_rows += 1
            if data_rows > MAX_ROWS:
                raise _TooManyRows
        yield row


def _xlsx_rows(data: bytes) -> Iterator[Sequence[Any]]:
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:
        raise _Unreadable(
            "无法读取该 Excel 文件，请确认是 .xlsx 格式（旧版 .xls 请另存为 .xlsx 或 CSV UTF-8）。"
        ) from error
    try:
        if not workbook.worksheets:
            return
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # do not trust the declared size: read every row present
        try:
            yield from sheet.iter_rows(values_only=True)
        except Exception as error:
            raise _Unreadable("Excel 文件已损坏，无法读取工作表内容。") from error
    finally:
        workbook.close()


def _csv_rows(data: bytes) -> Iterator[Sequence[Any]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Unreadable(
            "无法读取该文件：请上传 .xlsx，或在 Excel 中另存为“CSV UTF-8（逗号分隔）”格式 "
            "(file is neither xlsx nor UTF-8 CSV)."
        ) from error
    if "\x00" in text:
        raise _Unreadable("无法读取该文件：内容不是文本，请上传 .xlsx 或 UTF-8 编码的 CSV。")
    try:
        yield from csv.reader(io.StringIO(text, newline=""))
    except csv.Error as error:
        raise _Unreadable(f"CSV 文件格式有误，无法读取：{error}") from error


def _draft_from_row(values: dict[str, str]) -> tuple[QuestionDraft | None, list[Problem]]:
    problems: list[Problem] = []
    raw_type = values["type"]
    kind = _TYPE_NAMES.get("".join(unicodedata.normalize("NFKC", raw_type).split()).casefold())
    if kind is None:
        shown = f"“{raw_type}”无法识别" if raw_type else "为空"
        problems.append(
            Problem(
                "UNKNOWN_TYPE",
                f"题型{shown}，请填写 单选/多选/判断/填空/简答 "
                "(或 SINGLE_CHOICE/MULTIPLE_CHOICE/TRUE_FALSE/FILL_BLANK/SHORT_ANSWER)。",
                ("type",),
            )
        )

    difficulty = DEFAULT_DIFFICULTY
    raw_difficulty = unicodedata.normalize("NFKC", values.get("difficulty", ""))
    if raw_difficulty:
        try:
            difficulty = int(raw_difficulty)
        except ValueError:
            problems.append(
                Problem(
                    "INVALID_DIFFICULTY",
                    f"难度“{raw_difficulty}”不是整数，请填写 1 到 5 (留空默认为 3)。",
                    ("difficulty",),
                )
            )
    if kind is None:
        return None, problems

    raw_answer = values["answer"]
    options: list[tuple[str, str]] = []
    if kind is QuestionType.TRUE_FALSE:
        options = list(TRUE_FALSE_OPTIONS)
        word = "".join(unicodedata.normalize("NFKC", raw_answer).split()).casefold()
        if word in _TRUE_WORDS:
            answer = ["T"]
        elif word in _FALSE_WORDS:
            answer = ["F"]
        else:
            answer = [raw_answer] if raw_answer else []
    else:
        options = [(key, values[key]) for key in OPTION_KEYS if values.get(key)]
        if kind in CHOICE_TYPES:
            letters = _KEY_SEPARATORS.sub("", unicodedata.normalize("NFKC", raw_answer)).upper()
            answer = sorted(set(letters))
        elif kind is QuestionType.FILL_BLANK:
            answer = [text.strip() for text in re.split(r"[|｜]", raw_answer) if text.strip()]
        else:
            answer = [raw_answer] if raw_answer else []

    tags: list[str] = []
    for tag in _TAG_SEPARATORS.split(values.get("tags", "")):
        if tag.strip() and tag.strip() not in tags:
            tags.append(tag.strip())
    draft = QuestionDraft(
        category=normalize_category(values["category"]),
        type=kind,
        stem=values["stem"],
        options=options,
        answer=answer,
        explanation=values.get("explanation") or None,
        difficulty=difficulty,
        reference=values.get("reference") or None,
        tags=tags,
    )
    problems.extend(check_draft(draft))
    return (None if problems else draft), problems


# --------------------------------------------------------------------------- template

TEMPLATE_HEADERS = (
    "分类",
    "题型",
    "题干",
    *(f"选项{key}" for key in OPTION_KEYS),
    "答案",
    "解析",
    "难度",
    "依据",
    "标签",
)
_TEMPLATE_WIDTHS = (28, 8, 60, *(24,) * 6, 12, 40, 6, 28, 20)
_TEMPLATE_ROWS: tuple[tuple[Any, ...], ...] = (
    (
        "安全生产法 > 第二章 生产经营单位的安全生产保障",
        "单选",
        "根据《中华人民共和国安全生产法》，下列属于生产经营单位主要负责人安全生产职责的是（  ）。",
        "组织制定并实施本单位的生产安全事故应急救援预案",
        "代表从业人员对本单位安全生产工作进行监督",
        "对本单位的安全生产条件进行行政审批",
        "对本单位的安全生产违法行为实施行政处罚",
        None,
        None,
        "A",
        "主要负责人的职责包括组织制定并实施本单位的生产安全事故应急救援预案；"
        "监督是工会的职责，审批和处罚属于负有安全生产监督管理职责的部门。",
        2,
        "《安全生产法》第二十一条",
        "主要负责人，安全生产责任",
    ),
    (
        "行政处罚法 > 第二章 行政处罚的种类和设定",
        "多选",
        "根据《中华人民共和国行政处罚法》，下列属于行政处罚种类的有（  ）。",
        "通报批评",
        "罚款",
        "降低资质等级",
        "责令改正",
        "行政拘留",
        None,
        "ABCE",
        "第九条列举了警告、通报批评，罚款、没收违法所得，降低资质等级，行政拘留等；"
        "责令改正是实施处罚时的要求（第二十八条），不属于行政处罚。",
        3,
        "《行政处罚法》第九条",
        "处罚种类",
    ),
    (
        "道路交通安全法 > 第四章 道路通行规定",
        "判断",
        "机动车行驶时，只有驾驶人需要按规定使用安全带，乘坐人员可以不使用。",
        None,
        None,
        None,
        None,
        None,
        None,
        "错误",
        "机动车行驶时，驾驶人、乘坐人员都应当按规定使用安全带。",
        1,
        "《道路交通安全法》第五十一条",
        "安全带",
    ),
    (
        "行政处罚法 > 第四章 行政处罚的管辖和适用",
        "填空",
        "违法行为在（  ）内未被发现的，不再给予行政处罚；法律另有规定的除外。",
        None,
        None,
        None,
        None,
        None,
        None,
        "二年|两年",
        "一般追责时效为二年；涉及公民生命健康安全、金融安全且有危害后果的，延长至五年。",
        3,
        "《行政处罚法》第三十六条",
        "追责时效",
    ),
    (
        "安全生产法 > 第三章 从业人员的安全生产权利义务",
        "简答",
        "简述《中华人民共和国安全生产法》规定的从业人员的安全生产权利（至少答出三项）。",
        None,
        None,
        None,
        None,
        None,
        None,
        "知情权和建议权；批评、检举、控告权；拒绝违章指挥和强令冒险作业的权利；"
        "紧急情况下停止作业或撤离的权利；因事故受到损害时依法获得赔偿的权利。",
        "答出三项即可得满分，每项对应一条法条。",
        4,
        "《安全生产法》第五十三条至第五十六条",
        "从业人员权利",
    ),
)
_TEMPLATE_NOTES = (
    ("列名", "必填", "说明", "可填写的值"),
    (
        "分类 (category)",
        "是",
        "题目所属分类，多级分类用 > 分隔，最多 5 级，共不超过 200 字。",
        "如：安全生产法 > 第三章",
    ),
    (
        "题型 (type)",
        "是",
        "题目类型。",
        "单选、多选、判断、填空、简答（也可写 单选题 等，"
        "或 SINGLE_CHOICE、MULTIPLE_CHOICE、TRUE_FALSE、FILL_BLANK、SHORT_ANSWER）",
    ),
    ("题干 (stem)", "是", "题目内容，不超过 2000 字。", "任意文字"),
    (
        "选项A … 选项F (A … F)",
        "单选、多选必填",
        "选择题的选项，至少填两个，每个不超过 500 字；判断、填空、简答题不填。",
        "任意文字",
    ),
    (
        "答案 (answer)",
        "是（简答可空）",
        "正确答案。",
        "单选：一个字母，如 A；多选：多个字母，如 AC 或 A,C 或 A、C；"
        "判断：正确/错误、对/错、T/F、√/×；填空：可接受的答案，多个用 | 分隔，如 二年|两年；"
        "简答：参考答案",
    ),
    ("解析 (explanation)", "否", "答题后显示的解析，不超过 2000 字。", "任意文字"),
    ("难度 (difficulty)", "否", "1 最易，5 最难；留空默认为 3。", "1、2、3、4、5"),
    ("依据 (reference)", "否", "法律依据，不超过 200 字。", "如：《安全生产法》第二十一条"),
    ("标签 (tags)", "否", "多个标签用逗号或分号分隔。", "如：主要负责人，安全生产责任"),
    ("", "", "", ""),
    (
        "其他说明",
        "",
        "第1行为表头，从第2行起每行一道题；空行会被忽略；每个文件最多 5000 道题。"
        "有错误的行不会导入，并按行号列出原因，其余行正常导入。",
        "",
    ),
)


def template_xlsx() -> bytes:
    """The downloadable import template: headers, one example per question type, notes."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "题库"
    sheet.append(TEMPLATE_HEADERS)
    for row in _TEMPLATE_ROWS:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(_TEMPLATE_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"

    notes = workbook.create_sheet("说明")
    for row in _TEMPLATE_NOTES:
        notes.append(row)
    for cell in notes[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCD", (24, 16, 60, 70), strict=True):
        notes.column_dimensions[letter].width = width
    for row in notes.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
