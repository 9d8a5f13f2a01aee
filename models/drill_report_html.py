"""The after-action report of a drill as a printable page: templates/drill_report.html (its
style in templates/report.css) over `models.drill_report.report_data`'s data.

Every value is escaped by the template engine (autoescape); the templates hold no value that is
trusted as markup."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from models.drill_report import (
    ACTION_STATUS_NAMES,
    NONE,
    ROLE_NAMES,
    TITLE,
    ReportData,
    basics,
    moment,
    points_text,
    scope_note,
    score_text,
    share_text,
)

NUMERALS = "一二三四五六七八九十"

ENVIRONMENT = Environment(
    loader=PackageLoader("models", "templates"),
    autoescape=select_autoescape(("html",), default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
ENVIRONMENT.filters.update(points=points_text, share=share_text, moment=moment)
ENVIRONMENT.globals.update(
    TITLE=TITLE,
    NONE=NONE,
    NUMERALS=NUMERALS,
    ROLE_NAMES=ROLE_NAMES,
    ACTION_STATUS_NAMES=ACTION_STATUS_NAMES,
)


def report_html(data: ReportData) -> str:
    """The report as one self-contained page, laid out for A4 paper."""
    return ENVIRONMENT.get_template("drill_report.html").render(
        data=data,
        basics=basics(data),
        note=scope_note(data),
        score_text=score_text(data),
    )
