"""The pipeline's own serialisation agrees with the standard library's."""

from __future__ import annotations

import json
from dataclasses import asdict

from hypothesis import given
from hypothesis import strategies as st

from tui.news.actors import Found
from tui.news.models import Citation
from tui.news.pipeline import mentions_json

_found = st.builds(Found, st.text(), st.integers(0, 10**6), st.integers(0, 10**6))


@given(st.lists(_found, min_size=1, max_size=8))
def test_mentions_json_is_what_json_dumps_gives(found):
    text = mentions_json(found)
    assert text == json.dumps(found, ensure_ascii=False, separators=(",", ":"))
    assert json.loads(text) == [list(f) for f in found]


def test_citation_fields_are_all_stored():
    # analyse writes citations field by field: a new field must be added there too.
    assert list(asdict(Citation("a", "b", "c"))) == ["name", "url", "published"]
