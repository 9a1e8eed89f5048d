"""The held-out stories set (tests/data/stories_heldout): well formed, and apart from the tuned set.

Its scores are read from `python -m tui.report stories tests/data/stories_heldout`; no figure is asserted here."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from tui.stories_report import GOLD

HELD = Path(__file__).parent / "data" / "stories_heldout"


def load(name: str, folder: Path = HELD) -> list[dict]:
    data = json.loads((folder / f"{name}_gold.json").read_text(encoding="utf-8"))
    assert data["about"].strip()
    return data["articles"]


def test_every_quote_is_bracketed_in_its_article_and_its_speaker_is_named_there() -> None:
    articles = load("quotes")
    n, given = len(articles), sum(len(a["quotes"]) for a in articles)  # (counts: no held-out text printed)
    assert n >= 18 and given >= 45
    assert len({a["id"] for a in articles}) == len(articles)
    for a in articles:
        dt.date.fromisoformat(a["published"])
        texts = [text for text, _ in a["quotes"]]
        once = len(texts) == len(set(texts))
        assert once, a["id"]
        for text, speaker in a["quotes"]:
            ok = bool(f"「{text}」" in a["text"])  # (the article only: no held-out text printed)
            assert ok, a["id"]
            ok = bool(speaker is None or speaker in a["text"])
            assert ok, a["id"]  # (a flag: a failure prints the id, never held-out text)
    speakers = [s for a in articles for _, s in a["quotes"]]
    assert None in speakers and sum(s is not None for s in speakers) >= 30


def test_every_event_snippet_is_in_its_text_with_a_date_that_parses() -> None:
    articles = load("events")
    n, events = len(articles), sum(len(a["events"]) for a in articles)  # (counts: no held-out text printed)
    assert n >= 12 and events >= 50
    assert len({a["id"] for a in articles}) == len(articles)
    for a in articles:
        dt.date.fromisoformat(a["published"])
        for snippet, date in a["events"]:
            ok = bool(snippet and a["text"].count(snippet) == 1)
            assert ok, a["id"]  # (a flag: a failure prints the id, never held-out text)
            assert len(date) == 10 and dt.date.fromisoformat(date), a["id"]


def test_every_story_has_articles_and_four_have_several() -> None:
    articles = load("stories")
    assert len({a["id"] for a in articles}) == len(articles) >= 16
    for a in articles:
        dt.date.fromisoformat(a["published"])
        ok = bool(a["story"] and a["text"].split("\n\n")[0].strip())
        assert ok, a["id"]  # (a flag: a failure prints the id, never held-out text)
    sizes = {s: sum(a["story"] == s for a in articles) for s in {a["story"] for a in articles}}
    assert all(n >= 1 for n in sizes.values())
    assert sorted(n for n in sizes.values() if n > 1) == [3, 3, 3, 4]


def test_no_text_of_the_held_out_set_is_in_the_tuned_set() -> None:
    mine = [a["text"] for name in ("quotes", "events", "stories") for a in load(name)]
    tuned = {a.get("text") for name in ("quotes", "events", "stories") for a in load(name, GOLD)}
    assert len(mine) == len(set(mine)) and not tuned & set(mine)


def test_the_fresh_quotes_set_is_well_formed_and_apart_from_the_other_sets() -> None:
    fresh = Path(__file__).parent / "data" / "stories_fresh"
    articles = load("quotes", fresh)
    assert len(articles) >= 14 and sum(len(a["quotes"]) for a in articles) >= 55
    assert sum(s is not None for a in articles for _, s in a["quotes"]) >= 38
    for a in articles:
        dt.date.fromisoformat(a["published"])
        for text, speaker in a["quotes"]:
            ok = bool(f"「{text}」" in a["text"])  # (the article only: no held-out text printed)
            assert ok, a["id"]
            ok = bool(speaker is None or speaker in a["text"])
            assert ok, a["id"]  # (a flag: a failure prints the id, never held-out text)
    others = {a["text"] for folder in (GOLD, HELD) for a in load("quotes", folder)}
    shared = len(others & {a["text"] for a in articles})  # a count only: held-out text is never printed
    assert shared == 0, f"{shared} articles in another set"


def _well_formed(articles: list[dict], running_on: bool = False) -> None:
    """Unique ids, ISO dates, each quote's words once an article and in it as 「words」, each speaker named in
    it. `running_on`: a quote over two paragraphs may be listed by its open first part."""
    assert len({a["id"] for a in articles}) == len(articles)
    for a in articles:
        dt.date.fromisoformat(a["published"])
        assert len({text for text, _ in a["quotes"]}) == len(a["quotes"]), a["id"]
        for k, (text, speaker) in enumerate(a["quotes"]):  # (a failure names the article and quote by number only)
            opened = running_on and f"「{text}\n\n「" in a["text"] and "」" not in text
            ok = bool(f"「{text}」" in a["text"] or opened)
            assert ok, (a["id"], k)  # (a flag: a failure prints the id, never held-out text)
            ok = bool(speaker is None or speaker in a["text"])
            assert ok, (a["id"], k)  # (a flag: a failure prints the id, never held-out text)


def _apart(articles: list[dict], folders: tuple[Path, ...]) -> None:
    """No article and no paragraph shared with the sets in `folders` (a count only: held-out text is never
    printed)."""
    others = {a["text"] for folder in folders for a in load("quotes", folder)}
    mine = [a["text"] for a in articles]
    twice, same = len(mine) - len(set(mine)), len(others & set(mine))
    assert (twice, same) == (0, 0), f"{twice} articles twice, {same} in another set"
    paragraphs = {p for text in others for p in text.split("\n\n")}
    shared = len({p for text in mine for p in text.split("\n\n")} & paragraphs)
    assert shared == 0, f"{shared} paragraphs in another set"


def test_the_second_held_out_quotes_set_is_well_formed_and_apart_from_the_other_sets() -> None:
    data = Path(__file__).parent / "data"
    articles = load("quotes", data / "stories_heldout2")
    assert len(articles) >= 18 and sum(len(a["quotes"]) for a in articles) >= 65
    assert sum(s is not None for a in articles for _, s in a["quotes"]) >= 40
    _well_formed(articles)
    _apart(articles, (GOLD, HELD, data / "stories_fresh"))


def test_the_third_held_out_quotes_set_is_well_formed_and_apart_from_the_other_sets() -> None:
    data = Path(__file__).parent / "data"
    articles = load("quotes", data / "stories_heldout3")
    quotes = [q for a in articles for q in a["quotes"]]
    assert len(articles) >= 32 and len(quotes) >= 130
    assert sum(s is not None for _, s in quotes) >= 95 and sum(s is None for _, s in quotes) >= 20
    _well_formed(articles, running_on=True)
    _apart(articles, (GOLD, HELD, data / "stories_fresh", data / "stories_heldout2", data / "stories_dev3"))


_EARLIER = ("stories_fresh", "stories_heldout2", "stories_dev3", "stories_heldout3")
# Later quotes sets: (folder, at least so many articles, quotes, quotes with no speaker (a share of the quotes,
# or a count), the sets it is kept apart from besides the first two and `_EARLIER`).
_LATER = [
    ("stories_dev4", 30, 130, 0.15, ()),
    ("stories_dev5", 35, 120, 0.15, ("stories_dev4",)),
    ("stories_heldout4", 30, 120, 0.15, ("stories_dev4", "stories_dev5")),
    ("stories_dev6", 35, 110, 15, ("stories_dev4", "stories_dev5", "stories_heldout4")),
    ("stories_dev7", 40, 100, 0.2, ("stories_dev4", "stories_dev5", "stories_heldout4", "stories_dev6")),
    ("stories_dev8", 35, 90, 0.25, ("stories_dev4", "stories_dev5", "stories_heldout4", "stories_dev6",
                                    "stories_dev7")),
    ("stories_dev9", 36, 100, 0.15, ("stories_dev4", "stories_dev5", "stories_heldout4", "stories_dev6",
                                     "stories_dev7", "stories_dev8")),
    ("stories_dev10", 30, 90, 0.15, ("stories_dev4", "stories_dev5", "stories_heldout4", "stories_dev6",
                                      "stories_dev7", "stories_dev8", "stories_dev9")),
    ("stories_heldout5", 36, 110, 0.15, ("stories_dev4", "stories_dev5", "stories_heldout4", "stories_dev6",
                                         "stories_dev7", "stories_dev8", "stories_dev9", "stories_dev10")),
    ("stories_dev11", 30, 90, 0.15, ("stories_dev4", "stories_dev5", "stories_heldout4", "stories_dev6",
                                      "stories_dev7", "stories_dev8", "stories_dev9", "stories_dev10",
                                      "stories_heldout5")),
    ("stories_dev13", 30, 95, 0.15, ("stories_dev4", "stories_dev5", "stories_heldout4", "stories_dev6",
                                      "stories_dev7", "stories_dev8", "stories_dev9", "stories_dev10",
                                      "stories_heldout5", "stories_dev11", "stories_dev12")),
    ("stories_heldout6", 35, 100, 0.15, ("stories_dev4", "stories_dev5", "stories_heldout4", "stories_dev6",
                                         "stories_dev7", "stories_dev8", "stories_dev9", "stories_dev10",
                                         "stories_heldout5", "stories_dev11", "stories_dev12", "stories_dev13")),
    ("stories_dev14", 30, 100, 0.15, ("stories_dev4", "stories_dev5", "stories_heldout4", "stories_dev6",
                                      "stories_dev7", "stories_dev8", "stories_dev9", "stories_dev10",
                                      "stories_heldout5", "stories_dev11", "stories_dev12", "stories_dev13",
                                      "stories_heldout6")),
    ("stories_dev15", 30, 110, 20, ("stories_dev4", "stories_dev5", "stories_heldout4", "stories_dev6",
                                     "stories_dev7", "stories_dev8", "stories_dev9", "stories_dev10",
                                     "stories_heldout5", "stories_dev11", "stories_dev12", "stories_dev13",
                                     "stories_heldout6", "stories_dev14")),
]


@pytest.mark.parametrize(("folder", "min_articles", "min_quotes", "min_null", "also"), _LATER,
                         ids=[row[0] for row in _LATER])
def test_each_later_quotes_set_is_well_formed_and_apart_from_the_sets_before_it(
        folder: str, min_articles: int, min_quotes: int, min_null: float, also: tuple[str, ...]) -> None:
    data = Path(__file__).parent / "data"
    articles = load("quotes", data / folder)
    quotes = [q for a in articles for q in a["quotes"]]
    assert len(articles) >= min_articles and len(quotes) >= min_quotes
    nulls = sum(s is None for _, s in quotes)
    assert nulls >= (min_null * len(quotes) if isinstance(min_null, float) else min_null)
    _well_formed(articles)
    _apart(articles, (GOLD, HELD, *(data / name for name in (*_EARLIER, *also))))


def test_the_sixth_held_out_quotes_set_loads_and_scores() -> None:
    """The report reads the set and gives each figure as a share; no figure is asserted (it is measured)."""
    from tui.stories_report import table

    folder = Path(__file__).parent / "data" / "stories_heldout6"
    articles = load("quotes", folder)
    lines = table(folder)
    assert len(lines) == 4 and f"/ {len(articles)} articles)" in lines[1]
    for line in lines[1:3]:
        ours, base = (float(x) for x in re.findall(r"\d\.\d{3}", line)[:2])
        assert 0.0 < ours <= 1.0 and 0.0 < base <= 1.0, line
    found = lines[3].split()
    assert found[found.index("of") + 1].rstrip(";") == str(sum(len(a["quotes"]) for a in articles))
