"""The README's GraphQL examples are valid against the live schema: a renamed field or argument
fails here before a new user meets it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from graphql import GraphQLSchema, parse, validate

from schema import build_schema

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"```graphql\n(.*?)```", re.S)
# A block may hold several operations, each starting at the beginning of a line.
OPERATION = re.compile(r"^(?=mutation\b|subscription\b|query\b|\{)", re.M)
# "<next Monday>T19:00:00+08:00": a date the reader fills in; any date parses.
DATE_PLACEHOLDER = re.compile(r"<[^<>\"]+>(?=T\d\d:)")


def examples() -> list[str]:
    documents = []
    for block in BLOCK.findall(README.read_text(encoding="utf-8")):
        block = DATE_PLACEHOLDER.sub("2030-01-07", block)
        documents += [part.strip() for part in OPERATION.split(block) if part.strip()]
    return documents


def test_the_readme_has_examples():
    assert len(examples()) >= 15


@pytest.fixture(scope="module")
def graphql_schema() -> GraphQLSchema:
    return build_schema()._schema


@pytest.mark.parametrize("document", examples(), ids=lambda d: d.split("(")[0][:40])
def test_each_example_is_valid(graphql_schema, document):
    errors = validate(graphql_schema, parse(document))
    assert errors == [], [error.message for error in errors]
