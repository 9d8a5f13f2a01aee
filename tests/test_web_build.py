"""The committed build of the web client (web/dist) is the build of the committed sources: a change
to web/src or to schema.graphql without `npm --prefix web run build` fails here."""

from __future__ import annotations

import json
import re

from webclient import DIST, source_hash


def test_the_committed_build_matches_the_sources():
    info = json.loads((DIST / "build-info.json").read_text())
    assert info["sourceHash"] == source_hash(), (
        "web/dist is stale against web/src or schema.graphql: "
        "run `npm --prefix web ci && npm --prefix web run build` and commit web/dist"
    )


def test_the_index_page_loads_only_files_of_the_build():
    index = (DIST / "index.html").read_text()
    references = re.findall(r'(?:src|href)="(/[^"]+)"', index)
    assert any(ref.endswith(".js") for ref in references)
    for ref in references:
        assert (DIST / ref.lstrip("/")).is_file(), ref
