"""The sixteenth stories development set (tests/data/stories_dev16): quotes, events and stories on the same articles,
well formed and apart from every other stories set. Its scores are read from
`python -m tui.report stories tests/data/stories_dev16`; no figure is asserted here (a failing check names an
article's id or a count, so that no other set's text is printed)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

DATA = Path(__file__).parent / "data"
DEV = DATA / "stories_dev16"


def load(name: str, folder: Path = DEV) -> list[dict]:
    data = json.loads((folder / f"{name}_gold.json").read_text(encoding="utf-8"))
    assert data["about"].strip()
    return data["articles"]


def test_the_three_files_hold_the_same_articles() -> None:
    quotes, events, stories = load("quotes"), load("events"), load("stories")
    key = [(a["id"], a["published"], a["text"]) for a in quotes]
    assert len(key) >= 32 and len({k[0] for k in key}) == len(key)
    assert key == [(a["id"], a["published"], a["text"]) for a in events]
    assert key == [(a["id"], a["published"], a["text"]) for a in stories]
    assert [a["published"] for a in stories] == sorted(a["published"] for a in stories)


def test_every_quote_is_bracketed_once_and_its_speaker_named_in_its_article() -> None:
    articles = load("quotes")
    quotes = [q for a in articles for q in a["quotes"]]
    assert len(quotes) >= 120 and sum(s is None for _, s in quotes) >= 24
    for a in articles:
        dt.date.fromisoformat(a["published"])
        texts = [text for text, _ in a["quotes"]]
        assert len(texts) == len(set(texts)), a["id"]
        for text, speaker in a["quotes"]:
            assert f"「{text}」" in a["text"], a["id"]
            assert speaker is None or speaker in a["text"], a["id"]


def test_every_event_snippet_is_once_in_its_text_with_a_date_that_parses() -> None:
    articles = load("events")
    assert sum(len(a["events"]) for a in articles) >= 80
    rollover = 0
    for a in articles:
        published = dt.date.fromisoformat(a["published"])
        for snippet, date in a["events"]:
            assert snippet and a["text"].count(snippet) == 1, a["id"]
            day = dt.date.fromisoformat(date)
            rollover += (day.year, day.month) != (published.year, published.month)
    assert rollover >= 10  # dates in another month or year than the article's


def test_at_least_seven_stories_have_several_articles() -> None:
    articles = load("stories")
    sizes: dict[str, int] = {}
    for a in articles:
        assert a["story"] and a["text"].split("\n\n")[0].strip(), a["id"]
        sizes[a["story"]] = sizes.get(a["story"], 0) + 1
    assert sum(n > 1 for n in sizes.values()) >= 7 and sum(n == 1 for n in sizes.values()) >= 2


def test_no_article_or_paragraph_is_shared_with_another_stories_set() -> None:
    mine = [a["text"] for a in load("quotes")]
    others: set[str] = set()
    for folder in DATA.iterdir():
        if folder.name.startswith("stories") and folder != DEV:
            for path in folder.glob("*_gold.json"):
                others |= {a["text"] for a in json.loads(path.read_text(encoding="utf-8"))["articles"] if "text" in a}
    assert len(mine) == len(set(mine)) and not others & set(mine)
    paragraphs = {p for text in others for p in text.split("\n\n")}
    shared = {p for text in mine for p in text.split("\n\n")} & paragraphs
    assert not shared, len(shared)
