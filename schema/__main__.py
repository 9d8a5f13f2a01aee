"""`python -m schema` writes the GraphQL schema to schema.graphql (the frontend's contract)."""

from pathlib import Path

from schema import build_schema

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.graphql"

if __name__ == "__main__":
    SCHEMA_FILE.write_text(build_schema().as_str() + "\n", encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
