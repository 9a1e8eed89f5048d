"""The stories development sets of quotes alone written around the cases where words are easily given to the wrong
person (tests/data/stories_dev17, stories_dev18), each well formed and apart from every other stories set. Their
scores are read from `python -m tui.report stories tests/data/stories_dev17` (…dev18); no figure is asserted here (a
failing check names an article's id or a count, so that no other set's text is printed)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.test_stories_late_sets import assert_apart

DATA = Path(__file__).parent / "data"


class Size(NamedTuple):
    """Articles at least and at most, quotes at least, quotes with no speaker at least."""

    fewest: int
    most: int
    quotes: int
    unnamed: int


SETS = {"stories_dev17": Size(18, 22, 70, 24), "stories_dev18": Size(22, 25, 105, 30)}


def load(folder: str) -> list[dict]:
    data = json.loads((DATA / folder / "quotes_gold.json").read_text(encoding="utf-8"))
    assert data["about"].strip()
    return data["articles"]


@pytest.mark.parametrize("folder", SETS)
def test_the_folder_holds_quotes_only_in_date_order(folder: str) -> None:
    assert sorted(p.name for p in (DATA / folder).glob("*.json")) == ["quotes_gold.json"]
    articles = load(folder)
    assert SETS[folder].fewest <= len(articles) <= SETS[folder].most
    assert len({a["id"] for a in articles}) == len(articles)
    assert [a["published"] for a in articles] == sorted(a["published"] for a in articles)
    for a in articles:
        dt.date.fromisoformat(a["published"])
        paragraphs = a["text"].split("\n\n")
        assert 3 <= len(paragraphs) <= 8 and paragraphs[0].strip(), a["id"]  # a headline and 2-5 paragraphs or more Q/A


@pytest.mark.parametrize("folder", SETS)
def test_every_bracketed_span_is_a_gold_quote_and_every_speaker_is_named_in_its_article(folder: str) -> None:
    articles = load(folder)
    quotes = [q for a in articles for q in a["quotes"]]
    assert len(quotes) >= SETS[folder].quotes and sum(s is None for _, s in quotes) >= SETS[folder].unnamed
    for a in articles:
        texts = [text for text, _ in a["quotes"]]
        assert len(texts) == len(set(texts)), a["id"]
        assert sorted(re.findall(r"「([^「」]*)」", a["text"])) == sorted(texts), a["id"]
        for text, speaker in a["quotes"]:
            assert text and f"「{text}」" in a["text"], a["id"]
            assert speaker is None or (speaker.strip() and speaker in a["text"]), a["id"]


@pytest.mark.parametrize("folder", SETS)
def test_no_article_or_paragraph_is_shared_with_another_stories_set(folder: str) -> None:
    assert_apart(folder)
