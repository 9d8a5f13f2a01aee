"""Question-bank import files: parsing, row checks and the template. Pure, no database."""

import csv
import io
import zipfile

from openpyxl import Workbook, load_workbook

from models.errors import Problem
from models.question_import import (
    ImportResult,
    QuestionDraft,
    QuestionType,
    check_draft,
    fill_blank_matches,
    normalize_blank,
    parse_questions,
    template_xlsx,
)

EN_HEADERS = [
    "category",
    "type",
    "stem",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "answer",
    "explanation",
    "difficulty",
    "reference",
    "tags",
]
ZH_HEADERS = [
    "分类",
    "题型",
    "题干",
    "选项A",
    "选项B",
    "选项C",
    "选项D",
    "选项E",
    "选项F",
    "答案",
    "解析",
    "难度",
    "依据",
    "标签",
]


def csv_bytes(rows, *, bom=False):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return ("\ufeff" if bom else "").encode() + buffer.getvalue().encode()


def xlsx_bytes(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def row(
    category="安全生产法 > 第一章",
    type="单选",
    stem="题干",
    options=("甲", "乙"),
    answer="A",
    explanation="",
    difficulty="",
    reference="",
    tags="",
):
    cells = list(options) + [""] * (6 - len(options))
    return [category, type, stem, *cells, answer, explanation, difficulty, reference, tags]


def codes_by_row(result: ImportResult):
    found: dict[str, set[str]] = {}
    for problem in result.problems:
        assert problem.field is not None
        if problem.field == ("file",):
            found.setdefault("file", set()).add(problem.code)
        else:
            assert problem.field[:2] == ("file", "row")
            number = problem.field[2]
            assert problem.message.startswith(f"第{number}行: ")
            found.setdefault(number, set()).add(problem.code)
    return found


def draft(**kw):
    values = {
        "category": "安全生产法",
        "type": QuestionType.SINGLE_CHOICE,
        "stem": "题干",
        "options": [("A", "甲"), ("B", "乙")],
        "answer": ["A"],
    }
    values.update(kw)
    return QuestionDraft(**values)


# --------------------------------------------------------------------------- happy paths


def test_csv_with_english_headers():
    data = csv_bytes(
        [
            EN_HEADERS,
            row(
                category=" 安全生产法 >第三章 ",
                type="SINGLE_CHOICE",
                stem=" 谁负责？ ",
                options=("甲", "乙", "丙"),
                answer="b",
                explanation="因为",
                difficulty="4",
                reference="第五条",
                tags="责任, 主要负责人；责任",
            ),
            row(type="multiple_choice", options=("甲", "乙", "丙", "丁"), answer="c、a"),
            row(type="TRUE_FALSE", options=(), answer="对"),
            row(type="FILL_BLANK", options=(), answer=" 二年 | 两年 ||"),
            row(type="SHORT_ANSWER", options=(), answer=""),
        ]
    )
    result = parse_questions(data, "bank.csv")
    assert result.problems == []
    assert [number for number, _ in result.drafts] == [2, 3, 4, 5, 6]
    first = result.drafts[0][1]
    assert first == QuestionDraft(
        category="安全生产法 > 第三章",
        type=QuestionType.SINGLE_CHOICE,
        stem="谁负责？",
        options=[("A", "甲"), ("B", "乙"), ("C", "丙")],
        answer=["B"],
        explanation="因为",
        difficulty=4,
        reference="第五条",
        tags=["责任", "主要负责人"],
    )
    multiple, judgement, blank, short = (d for _, d in result.drafts[1:])
    assert multiple.answer == ["A", "C"]
    assert multiple.options[-1] == ("D", "丁")
    assert multiple.difficulty == 3
    assert multiple.explanation is None and multiple.reference is None and multiple.tags == []
    assert judgement.options == [("T", "正确"), ("F", "错误")]
    assert judgement.answer == ["T"]
    assert blank.options == [] and blank.answer == ["二年", "两年"]
    assert short.options == [] and short.answer == []


def test_csv_with_chinese_headers_and_bom():
    headers = [" 分类 ", "题型", "题干", "选项a", "选项B", "选项C", "答案", "难度", "备注"]
    data = csv_bytes(
        [
            headers,
            ["道路交通安全法", "多选题", "多行\n题干", "甲", "乙", "丙", "A,C", "2", "忽略此列"],
            ["", "", "", "", "", "", "", "", ""],
            ["道路交通安全法", "判断题", "题干", "", "", "", "×", "", ""],
            ["道路交通安全法", "判断", "题干", "", "", "", "√", "", ""],
            ["道路交通安全法", "单选", "题干", "甲", "", "丙", "C", "", ""],
        ],
        bom=True,
    )
    result = parse_questions(data, "题库.CSV")
    assert result.problems == []
    numbers = [number for number, _ in result.drafts]
    assert numbers == [2, 4, 5, 6]  # the blank row 3 is skipped, numbering keeps counting
    multiple, false, true, single = (d for _, d in result.drafts)
    assert multiple.category == "道路交通安全法"
    assert multiple.type is QuestionType.MULTIPLE_CHOICE
    assert multiple.stem == "多行\n题干"
    assert multiple.answer == ["A", "C"] and multiple.difficulty == 2
    assert false.answer == ["F"] and true.answer == ["T"]
    assert single.options == [("A", "甲"), ("C", "丙")]  # only the filled options, keys kept


def test_xlsx_built_with_openpyxl_handles_numbers():
    data = xlsx_bytes(
        [
            ZH_HEADERS,
            row(type="填空", options=(), answer=30, difficulty=3.0),
            [None] * 14,
            row(type="判断", options=(), answer=True, difficulty=5),
            row(
                type="多选", options=("甲", "乙", "丙"), answer="ab", difficulty=1.0, tags="甲；乙"
            ),
            row(type="单选", options=("甲", "乙"), answer=1),
        ]
    )
    result = parse_questions(data, "upload.bin")  # recognised by its ZIP signature
    assert codes_by_row(result) == {"6": {"ANSWER_NOT_AN_OPTION"}}
    blank, judgement, multiple = (d for _, d in result.drafts)
    assert [n for n, _ in result.drafts] == [2, 4, 5]
    assert blank.answer == ["30"] and blank.difficulty == 3
    assert judgement.answer == ["T"] and judgement.difficulty == 5
    assert multiple.answer == ["A", "B"] and multiple.tags == ["甲", "乙"]
    assert "答案 1 不是已填写的选项" in result.problems[0].message


def test_unknown_columns_ignored_and_header_variants():
    data = csv_bytes(
        [
            ["序号", "CATEGORY", "Type", "*题干", "Option A", "ｂ", "Answer", "Notes"],
            ["1", "消防法", "单选", "题干", "甲", "乙", "B", "x"],
        ]
    )
    result = parse_questions(data, "a.csv")
    assert result.problems == []
    assert result.drafts[0][1].options == [("A", "甲"), ("B", "乙")]


# --------------------------------------------------------------------------- row problems


def test_every_row_problem_code_with_its_row_number():
    long_stem = "长" * 2001
    data = csv_bytes(
        [
            EN_HEADERS,
            row(),  # 2: fine
            row(stem="   "),  # 3
            row(stem=long_stem),  # 4
            row(category=""),  # 5
            row(category="a > b > c > d > e > f"),  # 6
            row(category="a >  > b"),  # 7
            row(category="类" * 201),  # 8
            row(options=("甲",)),  # 9
            row(answer="AB"),  # 10
            row(answer=""),  # 11
            row(type="多选", answer=""),  # 12
            row(answer="D"),  # 13
            row(options=("甲", "甲")),  # 14
            row(type="判断", options=(), answer="也许"),  # 15
            row(type="填空", options=(), answer=" | "),  # 16
            row(difficulty="难"),  # 17
            row(difficulty="6"),  # 18
            row(difficulty="2.5"),  # 19
            row(type="论述"),  # 20
            row(type=""),  # 21
            row(type="简答", options=("甲",), answer="参考"),  # 22
            row(options=("甲", "乙" * 501)),  # 23
            row(explanation="解" * 2001),  # 24
            row(reference="依" * 201),  # 25
            row(type="填空", options=(), answer="好|"),  # 26: fine
        ]
    )
    result = parse_questions(data, "bank.csv")
    assert [n for n, _ in result.drafts] == [2, 26]
    assert codes_by_row(result) == {
        "3": {"REQUIRED"},
        "4": {"TOO_LONG"},
        "5": {"INVALID_CATEGORY"},
        "6": {"INVALID_CATEGORY"},
        "7": {"INVALID_CATEGORY"},
        "8": {"INVALID_CATEGORY"},
        "9": {"TOO_FEW_OPTIONS"},
        "10": {"SINGLE_CHOICE_NEEDS_ONE_KEY"},
        "11": {"SINGLE_CHOICE_NEEDS_ONE_KEY"},
        "12": {"MISSING_ANSWER"},
        "13": {"ANSWER_NOT_AN_OPTION"},
        "14": {"DUPLICATE_OPTION"},
        "15": {"INVALID_TRUE_FALSE"},
        "16": {"MISSING_ANSWER"},
        "17": {"INVALID_DIFFICULTY"},
        "18": {"INVALID_DIFFICULTY"},
        "19": {"INVALID_DIFFICULTY"},
        "20": {"UNKNOWN_TYPE"},
        "21": {"UNKNOWN_TYPE"},
        "22": {"UNEXPECTED_OPTIONS"},
        "23": {"TOO_LONG"},
        "24": {"TOO_LONG"},
        "25": {"TOO_LONG"},
    }
    messages = {p.field[2]: p.message for p in result.problems}
    assert messages["20"] == "第20行: " + messages["20"].split(": ", 1)[1]
    assert "论述" in messages["20"] and "单选/多选/判断/填空/简答" in messages["20"]
    assert "难" in messages["17"] and "1 到 5" in messages["17"]


def test_a_row_with_several_faults_reports_them_all():
    data = csv_bytes([EN_HEADERS, row(stem="", options=("甲",), answer="BC", difficulty="x")])
    result = parse_questions(data, "bank.csv")
    assert result.drafts == []
    assert codes_by_row(result) == {
        "2": {
            "REQUIRED",
            "TOO_FEW_OPTIONS",
            "SINGLE_CHOICE_NEEDS_ONE_KEY",
            "ANSWER_NOT_AN_OPTION",
            "INVALID_DIFFICULTY",
        }
    }


# --------------------------------------------------------------------------- file problems


def test_missing_columns_named_in_one_problem():
    result = parse_questions(csv_bytes([["题干", "选项A", "选项B"], ["题", "甲", "乙"]]), "a.csv")
    assert result.drafts == []
    [problem] = result.problems
    assert problem.code == "MISSING_COLUMNS" and problem.field == ("file",)
    for name in ("分类", "题型", "答案"):
        assert name in problem.message
    assert "题干" not in problem.message


def test_empty_file_and_duplicate_columns():
    assert codes_by_row(parse_questions(b"", "a.csv")) == {"file": {"MISSING_COLUMNS"}}
    data = csv_bytes([[*EN_HEADERS, "题干"], row()])
    assert codes_by_row(parse_questions(data, "a.csv")) == {"file": {"DUPLICATE_COLUMNS"}}


def test_too_many_rows():
    rows = [EN_HEADERS] + [row(stem=f"题{i}") for i in range(5001)]
    result = parse_questions(csv_bytes(rows), "big.csv")
    assert result.drafts == []
    assert [(p.code, p.field) for p in result.problems] == [("TOO_MANY_ROWS", ("file",))]


def test_five_thousand_rows_and_blank_rows_are_fine():
    rows = [EN_HEADERS] + [row(stem=f"题{i}") for i in range(5000)] + [[""] * 14] * 20
    result = parse_questions(csv_bytes(rows), "big.csv")
    assert result.problems == []
    assert len(result.drafts) == 5000
    assert result.drafts[-1][0] == 5001


def test_unreadable_files():
    garbage = bytes(range(256)) * 4
    for data, name in [
        (garbage, "bank.csv"),
        (garbage, "bank.xlsx"),
        (b"PK\x03\x04" + garbage, "bank.dat"),
        ("分类,题型".encode("gbk"), "bank.csv"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "bank.xls"),
    ]:
        result = parse_questions(data, name)
        assert result.drafts == []
        assert [(p.code, p.field) for p in result.problems] == [("UNREADABLE_FILE", ("file",))], (
            name
        )
        assert result.problems[0].message


def test_zip_that_is_not_a_workbook_is_unreadable():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    result = parse_questions(buffer.getvalue(), "bank.xlsx")
    assert [p.code for p in result.problems] == ["UNREADABLE_FILE"]


# --------------------------------------------------------------------------- shared rules


def test_check_draft_accepts_a_good_question():
    assert check_draft(draft()) == []
    assert (
        check_draft(
            draft(
                type=QuestionType.TRUE_FALSE, options=[("T", "正确"), ("F", "错误")], answer=["F"]
            )
        )
        == []
    )
    assert check_draft(draft(type=QuestionType.SHORT_ANSWER, options=[], answer=[])) == []


def test_check_draft_fields_and_codes():
    def problems(**kw):
        return {(p.code, p.field) for p in check_draft(draft(**kw))}

    assert problems(options=[("A", "甲"), ("A", "乙")]) == {("DUPLICATE_OPTION", ("options",))}
    assert problems(options=[("A", "甲"), ("G", "乙")], answer=["A"]) == {
        ("INVALID_OPTION_KEY", ("options",))
    }
    assert problems(options=[("A", "甲"), ("B", " ")]) == {("REQUIRED", ("options",))}
    assert problems(difficulty=0) == {("INVALID_DIFFICULTY", ("difficulty",))}
    assert problems(stem="") == {("REQUIRED", ("stem",))}
    assert problems(answer=["C"]) == {("ANSWER_NOT_AN_OPTION", ("answer",))}
    assert problems(
        type=QuestionType.TRUE_FALSE, options=[("A", "对"), ("B", "错")], answer=["T"]
    ) == {("INVALID_TRUE_FALSE", ("options",))}
    assert problems(type=QuestionType.FILL_BLANK, options=[], answer=[]) == {
        ("MISSING_ANSWER", ("answer",))
    }
    assert problems(tags=["标" * 51]) == {("TOO_LONG", ("tags",))}
    assert all(isinstance(p, Problem) for p in check_draft(draft(stem="")))


# --------------------------------------------------------------------------- fill-blank matching


def test_normalize_blank():
    assert normalize_blank("\u3000 ＡＢＣ１２３  ") == "abc123"
    assert normalize_blank(" 安全  第一\t预防 ") == "安全 第一 预防"
    assert normalize_blank("Ｓａｆｅｔｙ") == "safety"


def test_fill_blank_matches_full_and_half_width():
    accepted = ["二年", "两年", "GB 6441"]
    assert fill_blank_matches("二年", accepted)
    assert fill_blank_matches("\u3000两年 ", accepted)
    assert fill_blank_matches("ｇｂ　６４４１", accepted)
    assert fill_blank_matches("gb   6441", accepted)
    assert not fill_blank_matches("三年", accepted)
    assert not fill_blank_matches("gb6441", accepted)
    assert not fill_blank_matches("   ", ["", " "])


# --------------------------------------------------------------------------- template


def test_template_round_trip():
    data = template_xlsx()
    result = parse_questions(data, "题库导入模板.xlsx")
    assert result.problems == []
    assert [n for n, _ in result.drafts] == [2, 3, 4, 5, 6]
    assert [d.type for _, d in result.drafts] == list(QuestionType)
    blank = next(d for _, d in result.drafts if d.type is QuestionType.FILL_BLANK)
    assert len(blank.answer) == 2
    assert fill_blank_matches("两年", blank.answer)

    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames[1] == "说明"
    sheet = workbook.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    assert headers == ZH_HEADERS
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["C"].width > 20
    notes = "".join(str(cell.value or "") for r in workbook["说明"].iter_rows() for cell in r)
    for word in ("单选", "判断", "正确/错误", "|", "难度", "标签"):
        assert word in notes
