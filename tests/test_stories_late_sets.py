"""The late stories sets with quotes, events and stories on the same articles (tests/data/stories_dev16, the
sixteenth development set; stories_heldout7, stories_heldout8, stories_heldout9, stories_heldout10,
stories_heldout11, stories_heldout12, stories_heldout13, stories_heldout14, stories_heldout15, stories_heldout16,
stories_heldout17, stories_heldout18, stories_heldout19, stories_heldout20, stories_heldout21, stories_heldout22,
stories_heldout23 and stories_heldout24, held out; stories_heldout25, stories_heldout26 and stories_heldout27, held out,
with quotes and dated events alone), and those with dated
events alone (stories_dev19, a development set of the ways Japanese news writes dates; stories_dev21, news pages across
the sections and the year; stories_dev25, news pages of the year 2039 with hard date shapes) and those with quotes and
dated events (stories_dev20, a development set of news pages across the sections; stories_dev22, news pages across
the sections and the year 2032 with hard date shapes and speakers; stories_dev23, news pages of many outlets across
the year 2035 with speakers that are easy to miss; stories_dev24, news pages of many outlets across the year 2037
with hard date shapes and speakers) and two with quotes alone (stories_dev26, news pages of 2038 weighted to the
speakers that put precision at risk and those easy to miss; stories_dev27, pages of 2041 from parliament, courts,
press conferences, sports, business and abroad; stories_dev28, pages of 2042 weighted to speakers easily given the
wrong person's name) and one with quotes and dated events (stories_dev29, pages of 2044 across the year's ends and
sections, with speakers easily given the wrong name and hard day references; stories_dev30, quotes alone, pages of 2046
weighted to the traps that give words to the wrong person; stories_dev31, quotes alone, pages of 2048 weighted to
clauses, clefts, passives and carried subjects; stories_dev32, dated events and quotes, pages of 2050 across the year's
ends with chronologies, schedules and broadcast scripts; stories_dev33, dated events alone, pages of 2052;
stories_dev34, dated events and quotes, pages of 2055 weighted to days counted from others and plans' years;
stories_dev35, dated events and quotes, pages of 2057 across the sections; stories_dev36, dated events and quotes, pages
of 2066 weighted to the rarer date shapes; stories_dev37, dated events and quotes, pages of 2071 weighted to the forms
of attribution that are hard; stories_dev38, dated events and quotes, pages of 2079 weighted to days counted from
others, weeks' days, anniversaries and days in quoted words; stories_dev39, dated events and quotes, pages of 2083 of
bulletins, schedules, notices and statistics' releases; stories_dev40, dated events and quotes, pages of the leap year
2084 across the sections and outlets; stories_dev41, dated events and quotes, pages of 2086 weighted to press conferences,
panels, interviews, relayed and written words and the date forms counted from others; stories_dev42, stories alone, pages of
2087: ten chains of events told by several outlets over up to twenty days, beside the same people, places and kinds of event
on other occasions; stories_dev43, quotes alone, pages of
2088 weighted to speakers carried, named after their words, told apart from kin, in talks, interviews and comment lines;
stories_dev44, dated events and quotes, pages of 2089 from sixteen sections, weighted to carried and relayed speakers,
bodies' statements, broadcast words and days across months' and years' ends; stories_dev45, dated events and quotes,
pages of 2091 from morning and evening papers, broadcasters, wire copy and sports pages, events followed over days,
weighted to day words said on an earlier day and days counted from others; stories_dev46, dated events and quotes,
pages of the leap year 2092 (an earthquake on its leap day, the Diet, an arrest, a pollution suit, a sumo tournament, a
market's crash and recovery), weighted to day words said on a day the scene dates and days counted from things named by
other words; stories_dev47, dated events and quotes, pages of 2093 (bird flu, a chain's bankruptcy, a ferry accident, a
governor's election, a malpractice trial, a title match) weighted to datelines and days counted from things; stories_dev48, dated events and quotes, pages of 2095 in the
ordinary mix of a daily paper's and a broadcaster's year; stories_dev49, dated events and quotes, pages of the leap year
2096 in that mix, with a year's review under month headings; stories_dev50, dated events and quotes, pages of 2097
weighted to speakers found across sentences, press conferences, interviews and comment lines; stories_dev51, dated events
and quotes, pages of 2099 in the ordinary mix with four running stories, a profile column and bodies' statements;
stories_dev52, dated events and quotes, pages of 2101 weighted to speakers that take care to find; stories_dev53, dated
events and quotes, pages of 2103 weighted to days that take care to date; stories_dev54, dated events and quotes, pages
of 2105 weighted to speakers attributors miss: comment lines, answers, relayed words, speakers named before or after;
stories_dev55, dated events and quotes, pages of 2107 in the ordinary mix of every genre's dated events;
stories_dev56, stories_dev57 and stories_dev58, stories alone, pages of 2091, 2093 and 2095: chains told by several
outlets in headlines that share no words, over up to twenty days (world news, politics and the economy; society, courts,
disasters and science; sports, culture and business), beside the same people, firms and places on other occasions;
stories_dev59, dated events and quotes, pages of 2109 weighted to the dates a careful reader has to think about;
stories_dev60, dated events and quotes, pages of 2110 weighted to quotes whose speaker a careful reader has to find;
stories_dev61, dated events and quotes, pages of 2110 weighted to words whose speaker a sentence of another kind names
before them; stories_dev62, dated events and quotes, pages of 2112 weighted to days a reader works out from other days
and to quotes in everyday shapes; stories_dev63, dated events and quotes, pages of 2114 weighted to quotes whose speaker
is found across the sentence or the paragraph; stories_dev64, dated events and quotes, pages of 2116 weighted to bodies
named short, words said to someone, words standing alone and day words inside quotes; stories_dev65, dated events and
quotes, pages of 2117 in a general newspaper's everyday mix with real places; stories_dev66, dated events and quotes,
pages of 2118 of a prefectural morning paper and its wire news; stories_dev67, dated events and quotes, pages of 2119
as web news sites, broadcasters and papers' digital editions write them): each well formed and apart from every other stories set. Their scores are read from `python -m tui.report stories DIR`; no figure is
asserted here (a failing check names an article's id or a count, so that no held-out text is printed)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Least:
    articles: int
    quotes: int
    unspoken: int  # quotes whose speaker the text does not give
    events: int
    stories: int  # stories told by several articles
    kinds: tuple[str, ...] = ("quotes", "events", "stories")  # the gold files the set holds


SETS = {
    "stories_dev16": Least(32, 120, 24, 80, 7),
    "stories_heldout7": Least(28, 110, 20, 60, 6),
    "stories_heldout8": Least(28, 110, 20, 70, 6),
    "stories_heldout9": Least(30, 110, 24, 80, 7),
    "stories_heldout10": Least(30, 105, 30, 84, 9),
    "stories_heldout11": Least(30, 105, 36, 140, 9),
    "stories_heldout12": Least(30, 105, 28, 90, 8),
    "stories_heldout13": Least(30, 112, 31, 114, 8),
    "stories_heldout14": Least(30, 115, 32, 119, 9),
    "stories_heldout15": Least(37, 119, 47, 143, 9),
    "stories_heldout16": Least(36, 148, 54, 155, 9),
    "stories_heldout17": Least(36, 195, 60, 190, 9),
    "stories_heldout18": Least(36, 195, 62, 210, 9),
    "stories_heldout19": Least(32, 175, 55, 195, 7),
    "stories_heldout20": Least(32, 190, 60, 215, 7),
    "stories_heldout21": Least(32, 185, 65, 210, 7),
    "stories_heldout22": Least(36, 190, 65, 270, 8),
    "stories_heldout23": Least(36, 205, 65, 280, 8),
    "stories_heldout24": Least(36, 205, 65, 275, 8),
    "stories_heldout25": Least(36, 205, 60, 340, 0, ("quotes", "events")),
    "stories_heldout26": Least(36, 205, 65, 360, 0, ("quotes", "events")),
    "stories_heldout27": Least(36, 215, 75, 310, 0, ("quotes", "events")),
    "stories_dev19": Least(32, 0, 0, 160, 0, ("events",)),
    "stories_dev20": Least(30, 85, 20, 140, 0, ("quotes", "events")),
    "stories_dev21": Least(26, 0, 0, 160, 0, ("events",)),
    "stories_dev22": Least(30, 95, 30, 165, 0, ("quotes", "events")),
    "stories_dev23": Least(30, 120, 30, 85, 0, ("quotes", "events")),
    "stories_dev24": Least(30, 100, 35, 125, 0, ("quotes", "events")),
    "stories_dev26": Least(30, 140, 40, 0, 0, ("quotes",)),
    "stories_dev27": Least(32, 210, 70, 0, 0, ("quotes",)),
    "stories_dev28": Least(32, 254, 80, 0, 0, ("quotes",)),
    "stories_dev29": Least(32, 210, 70, 190, 0, ("quotes", "events")),
    "stories_dev30": Least(26, 165, 60, 0, 0, ("quotes",)),
    "stories_dev31": Least(29, 250, 95, 0, 0, ("quotes",)),
    "stories_dev32": Least(34, 160, 35, 240, 0, ("quotes", "events")),
    "stories_dev33": Least(30, 0, 0, 230, 0, ("events",)),
    "stories_dev34": Least(34, 150, 48, 290, 0, ("quotes", "events")),
    "stories_dev35": Least(34, 175, 60, 270, 0, ("quotes", "events")),
    "stories_dev36": Least(34, 148, 36, 360, 0, ("quotes", "events")),
    "stories_dev37": Least(34, 285, 70, 218, 0, ("quotes", "events")),
    "stories_dev38": Least(34, 195, 50, 260, 0, ("quotes", "events")),
    "stories_dev39": Least(37, 210, 55, 410, 0, ("quotes", "events")),
    "stories_dev40": Least(37, 195, 45, 385, 0, ("quotes", "events")),
    "stories_dev41": Least(36, 240, 70, 320, 0, ("quotes", "events")),
    "stories_dev42": Least(44, 0, 0, 0, 10, ("stories",)),
    "stories_dev43": Least(32, 230, 70, 0, 0, ("quotes",)),
    "stories_dev44": Least(36, 350, 100, 300, 0, ("quotes", "events")),
    "stories_dev45": Least(36, 215, 65, 440, 0, ("quotes", "events")),
    "stories_dev46": Least(36, 210, 60, 340, 0, ("quotes", "events")),
    "stories_dev47": Least(36, 210, 65, 355, 0, ("quotes", "events")),
    "stories_dev48": Least(36, 205, 65, 365, 0, ("quotes", "events")),
    "stories_dev49": Least(36, 205, 70, 420, 0, ("quotes", "events")),
    "stories_dev50": Least(36, 280, 85, 270, 0, ("quotes", "events")),
    "stories_dev51": Least(36, 240, 65, 285, 0, ("quotes", "events")),
    "stories_dev52": Least(36, 260, 60, 210, 0, ("quotes", "events")),
    "stories_dev53": Least(36, 150, 35, 295, 0, ("quotes", "events")),
    "stories_dev54": Least(36, 260, 60, 210, 0, ("quotes", "events")),
    "stories_dev55": Least(36, 180, 45, 330, 0, ("quotes", "events")),
    "stories_dev56": Least(44, 0, 0, 0, 10, ("stories",)),
    "stories_dev57": Least(44, 0, 0, 0, 12, ("stories",)),
    "stories_dev58": Least(44, 0, 0, 0, 10, ("stories",)),
    "stories_dev59": Least(36, 145, 35, 400, 0, ("quotes", "events")),
    "stories_dev60": Least(36, 215, 64, 290, 0, ("quotes", "events")),
    "stories_dev61": Least(36, 250, 75, 290, 0, ("quotes", "events")),
    "stories_dev62": Least(36, 260, 65, 295, 0, ("quotes", "events")),
    "stories_dev63": Least(36, 310, 75, 295, 0, ("quotes", "events")),
    "stories_dev64": Least(36, 300, 80, 270, 0, ("quotes", "events")),
    "stories_dev65": Least(36, 290, 75, 265, 0, ("quotes", "events")),
    "stories_dev66": Least(36, 295, 70, 285, 0, ("quotes", "events")),
    "stories_dev67": Least(36, 300, 70, 260, 0, ("quotes", "events")),
    "stories_dev25": Least(30, 0, 0, 165, 0, ("events",)),
}


def holding(kind: str) -> list[str]:
    return [folder for folder, least in SETS.items() if kind in least.kinds]


def load(folder: str, name: str) -> list[dict]:
    data = json.loads((DATA / folder / f"{name}_gold.json").read_text(encoding="utf-8"))
    assert data["about"].strip()
    return data["articles"]


@pytest.mark.parametrize("folder", SETS)
def test_the_files_hold_the_same_articles(folder: str) -> None:
    kinds = SETS[folder].kinds
    assert sorted(p.name for p in (DATA / folder).glob("*_gold.json")) == sorted(f"{k}_gold.json" for k in kinds)
    files = [load(folder, kind) for kind in kinds]
    key = [(a["id"], a["published"], a["text"]) for a in files[0]]
    n, ids = len(key), len({k[0] for k in key})  # (counts: a failure prints no held-out text)
    assert n >= SETS[folder].articles and ids == n
    for articles in files[1:]:
        differ = [k[0] for k, a in zip(key, articles) if k != (a["id"], a["published"], a["text"])]
        same = len(articles) == n
        assert same and not differ, differ  # (ids only: no held-out text printed)
    assert [k[1] for k in key] == sorted(k[1] for k in key)


@pytest.mark.parametrize("folder", holding("quotes"))
def test_every_quote_is_bracketed_once_and_its_speaker_named_in_its_article(folder: str) -> None:
    articles = load(folder, "quotes")
    quotes = [q for a in articles for q in a["quotes"]]
    given, unspoken = len(quotes), sum(s is None for _, s in quotes)  # (counts: a failure prints no held-out text)
    assert given >= SETS[folder].quotes and unspoken >= SETS[folder].unspoken
    for a in articles:
        dt.date.fromisoformat(a["published"])
        texts = [text for text, _ in a["quotes"]]
        once = len(texts) == len(set(texts))
        assert once, a["id"]
        for text, speaker in a["quotes"]:  # (the checks as flags: a failure prints an id, never a held-out text)
            bracketed, named = f"「{text}」" in a["text"], speaker is None or speaker in a["text"]
            assert bracketed, a["id"]
            assert named, a["id"]


@pytest.mark.parametrize("folder", holding("events"))
def test_every_event_snippet_is_once_in_its_text_with_a_date_that_parses(folder: str) -> None:
    articles = load(folder, "events")
    events = sum(len(a["events"]) for a in articles)
    assert events >= SETS[folder].events
    rollover = 0
    for a in articles:
        published = dt.date.fromisoformat(a["published"])
        for snippet, date in a["events"]:
            once = bool(snippet) and a["text"].count(snippet) == 1
            assert once, a["id"]
            day = dt.date.fromisoformat(date)
            rollover += (day.year, day.month) != (published.year, published.month)
    assert rollover >= 10  # dates in another month or year than the article's


@pytest.mark.parametrize("folder", holding("stories"))
def test_several_stories_have_several_articles(folder: str) -> None:
    sizes: dict[str, int] = {}
    for a in load(folder, "stories"):
        first = bool(a["story"]) and bool(a["text"].split("\n\n")[0].strip())
        assert first, a["id"]
        sizes[a["story"]] = sizes.get(a["story"], 0) + 1
    assert sum(n > 1 for n in sizes.values()) >= SETS[folder].stories and sum(n == 1 for n in sizes.values()) >= 2


@pytest.mark.parametrize("folder", SETS)
def test_no_article_or_paragraph_is_shared_with_another_stories_set(folder: str) -> None:
    assert_apart(folder)


_FORMULA = 16  # a shorter paragraph is a formula two writers may both use (主なやりとりは次の通り。), no copy


def assert_apart(folder: str) -> None:
    """No article or paragraph of the set `folder` (its quotes file's, else its events file's, else its stories
    file's) is in another stories set."""
    kind = next(k for k in ("quotes", "events", "stories") if (DATA / folder / f"{k}_gold.json").exists())
    mine = [a["text"] for a in load(folder, kind)]
    others: set[str] = set()
    for other in DATA.iterdir():
        if other.name.startswith("stories") and other.name != folder:
            for path in other.glob("*_gold.json"):
                others |= {a["text"] for a in json.loads(path.read_text(encoding="utf-8"))["articles"] if "text" in a}
    twice, same = len(mine) - len(set(mine)), len(others & set(mine))  # counts only: a failure prints no held-out text
    assert (twice, same) == (0, 0), f"{twice} articles twice, {same} in another set"
    paragraphs = {p for text in others for p in text.split("\n\n") if len(p) >= _FORMULA}
    shared = len({p for text in mine for p in text.split("\n\n")} & paragraphs)
    assert shared == 0, f"{shared} paragraphs in another set"
