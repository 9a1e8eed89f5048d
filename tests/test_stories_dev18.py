"""The eighteenth stories development set (tests/data/stories_dev18): quotes only, in the genres the seventeenth lacked
or had little of, written around the cases where words are easily given to the wrong person, well formed and apart
from every other stories set. Its scores are read from `python -m tui.report stories tests/data/stories_dev18`; no
figure is asserted here (a failing check names an article's id or a count, so that no other set's text is printed)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from tests.test_stories_late_sets import assert_apart

DATA = Path(__file__).parent / "data"
DEV = DATA / "stories_dev18"


def load() -> list[dict]:
    data = json.loads((DEV / "quotes_gold.json").read_text(encoding="utf-8"))
    assert data["about"].strip()
    return data["articles"]


def test_the_folder_holds_quotes_only_in_date_order() -> None:
    assert sorted(p.name for p in DEV.glob("*.json")) == ["quotes_gold.json"]
    articles = load()
    assert 22 <= len(articles) <= 25 and len({a["id"] for a in articles}) == len(articles)
    assert [a["published"] for a in articles] == sorted(a["published"] for a in articles)
    for a in articles:
        dt.date.fromisoformat(a["published"])
        paragraphs = a["text"].split("\n\n")
        assert 3 <= len(paragraphs) <= 8 and paragraphs[0].strip(), a["id"]  # a headline and 2-5 paragraphs or more Q/A


def test_every_bracketed_span_is_a_gold_quote_and_every_speaker_is_named_in_its_article() -> None:
    articles = load()
    quotes = [q for a in articles for q in a["quotes"]]
    assert len(quotes) >= 105 and sum(s is None for _, s in quotes) >= 30
    for a in articles:
        texts = [text for text, _ in a["quotes"]]
        assert len(texts) == len(set(texts)), a["id"]
        assert sorted(re.findall(r"「([^「」]*)」", a["text"])) == sorted(texts), a["id"]
        for text, speaker in a["quotes"]:
            assert text and f"「{text}」" in a["text"], a["id"]
            assert speaker is None or (speaker.strip() and speaker in a["text"]), a["id"]


def test_no_article_or_paragraph_is_shared_with_another_stories_set() -> None:
    assert_apart(DEV.name)
