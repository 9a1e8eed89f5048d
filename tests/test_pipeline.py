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


@given(st.text(alphabet=st.sampled_from(list("停戦米国ｱｲｳＡＢ１２…㍿か\u3099ー。 ")), max_size=30), st.data())
def test_find_spans_map_hits_back_to_the_original_text(text, data):
    from tui.news.language import find_spans, normalize

    flat = "".join(normalize(c) for c in text)  # hits are found character by character
    if not flat:
        return
    start = data.draw(st.integers(0, len(flat) - 1))
    term = flat[start : start + data.draw(st.integers(1, 3))]
    spans = find_spans(text, [term])
    assert spans  # the term is in the normalised text: it is found
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] < b[0] for a, b in zip(spans, spans[1:]))  # sorted, merged
    assert any(term in "".join(normalize(c) for c in text[s:e]) for s, e in spans)


def test_a_chunk_analysed_phase_by_phase_is_each_article_analysed_alone():
    """`analyse_each` gives what `analyse` gives article by article; a document that fails is
    reported in its place and the others are not touched."""
    from pathlib import Path

    from tui.news.models import Document
    from tui.news.pipeline import analyse, analyse_each
    from tui.news.sources import iter_inputs

    docs = list(iter_inputs([Path(__file__).parent.parent / "seeds"]))
    assert len(docs) >= 5
    chunk = [*docs[:2], Document("/broken.txt", None), Document("/menu.txt", "ホーム\nメニュー"), *docs[2:]]
    results = analyse_each(chunk)
    assert results[2].startswith("analysis failed: ")
    assert results[3] == analyse(chunk[3]) == "nothing left after cleaning"
    for doc, result in zip(chunk, results):
        if doc.text and len(doc.text) > 100:
            assert result == analyse(doc), doc.source


def test_a_joining_mark_that_keeps_the_texts_length_still_maps_hits_back() -> None:
    from tui.news.language import find_spans

    text = "ｳ\u3099ｳ\u3099…"  # NFKC: ヴヴ... — as long as the text, but no character in its place
    assert find_spans(text, ["\u3099ウ"]) == [(1, 3)]
    assert find_spans(text, ["..."]) == [(4, 5)]
