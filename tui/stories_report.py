"""The stories report: quote speakers, event dates and story clusters against the gold sets of
`tests/data/stories/`, each next to a plain baseline measured in the same run.

- Quotes: speaker precision (of the quotes given a speaker, how many to the right one) and recall
  (of the gold quotes with a speaker, how many found with it). A name that is the gold name's
  surname (北川 for 北川進, コスタ for マリア・エレーナ・コスタ) is the same person. Baseline: every 「…」
  is a quote, spoken by the nearest person named before it in the article.
- Events: the share of gold events (a piece of their sentence, a date) found with their date, and
  the share of events found that are in the gold set. Baseline: only dates that carry their year,
  a month and day read in the article's year, no day-only dates.
- Stories: purity and completeness of the clusters (each article's story against the gold
  story's), as articles are imported one by one. Baseline: articles grouped by shared headline
  words (two or more nouns in common, the first group that shares them).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .news.events import find_events
from .news.models import Document
from .news.pipeline import analyse
from .news.store import StoredArticle

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "stories"


@dataclass
class Score:
    """Hits out of attempts and out of the gold's count."""

    hits: int = 0
    tried: int = 0
    gold: int = 0
    right: int = 0  # attempts that were right (events: an attempt may match no gold item)
    recalled: int | None = None  # gold items hit, when one may be hit twice (words quoted twice)

    def precision(self) -> float:
        """Hits among the attempts."""
        return self.hits / self.tried if self.tried else 0.0

    def recall(self) -> float:
        """Hits among the gold items."""
        hit = self.hits if self.recalled is None else self.recalled
        return hit / self.gold if self.gold else 0.0


def analysed(article: dict) -> StoredArticle:
    """A gold article through the import's own analysis (once per text: the quotes' and the events' scores read the
    same articles)."""
    return _analysed(f"gold:{article['id']}", article["text"], article["published"])


@lru_cache(maxsize=8192)
def _analysed(source: str, text: str, published: str) -> StoredArticle:
    result = analyse(Document(source=source, text=text, published=published))
    assert not isinstance(result, str), result
    return result


_BODY_END = frozenset("署省庁局党院団課")  # the last character of a body's name: a station or ministry named without its parent


def same_person(found: str | None, gold: str | None, others: Collection[str] = ()) -> bool:
    """Whether a found speaker's name names the gold speaker (a surname for a full name counts: first in a
    Japanese name, last in a foreign one written with ・ or ＝, コスタ for マリア・エレーナ・コスタ). A surname of
    one character (鄭, 林: the gold sets label a foreign person by the surname) names the full name found when
    no other actor of the article (`others`: their names) starts with it. A body's name found without the parent the
    gold set names before it (博多署 for 福岡県警博多署), or with its parent the gold set leaves out (島根県道路維持課 for
    県道路維持課), names it too."""
    if found is None or gold is None:
        return found == gold
    if len(gold) == 1 and found.startswith(gold):
        return not any(o.startswith(gold) and o != found for o in others)
    return (found == gold or (len(found) >= 2 and gold.startswith(found)) or (len(gold) >= 2 and found.startswith(gold))
            or found.endswith(("・" + gold, "＝" + gold)) or gold.endswith(("・" + found, "＝" + found))
            or (len(found) >= 3 and found[-1] in _BODY_END and gold.endswith(found))  # 福岡県警博多署 for 博多署
            or (len(gold) >= 3 and gold[-1] in _BODY_END and found.endswith(gold)))  # (and the other way round)


def _names(stored: StoredArticle) -> dict[str, str]:
    return {a[0]: a[1] for a in stored.actors}


def baseline_quotes(stored: StoredArticle) -> list[tuple[str, str | None]]:
    """Every 「…」 a quote, given to the nearest person named before it in the article."""
    from .news.quotes import bracketed

    kinds = {a[0]: a[2] for a in stored.actors}
    names, last, out = _names(stored), None, []
    for p in stored.passages:
        text, mentions = p[5], json.loads(p[7]) if p[7] else []
        persons = [(s, a) for a, s, e in mentions if kinds.get(a) == "person"]
        for start, end in bracketed(text):
            before = [a for s, a in persons if s < start]
            speaker = before[-1] if before else last
            out.append((text[start + 1:end - 1], names.get(speaker) if speaker else None))
        if persons:
            last = persons[-1][1]
    return out


def score_quotes(articles: list[dict]) -> dict[str, Score]:
    """Speaker precision and recall, ours and the baseline's, and how many quotes were found at all."""
    ours, base, found = Score(), Score(), Score()
    for article in articles:
        stored = analysed(article)
        gold = {text: speaker for text, speaker in article["quotes"]}
        names = _names(stored)
        # a speaker's spellings: the actor's name and the gazetteer's aliases (JAXA, 宇宙航空研究開発機構)
        # (not a person's surname: 村上 names 村上拓磨 and 村上由香 alike, and the actor is one of them)
        spellings = {a[1]: (a[1], *(s for s in a[3] if not (a[2] == "person" and a[1].startswith(s))))
                     for a in stored.actors}
        got = [(text, names.get(sp) if sp else None) for _, text, sp in json.loads(stored.story)["quotes"]]
        for tally, pairs in ((ours, got), (base, baseline_quotes(stored))):
            tally.gold += sum(1 for s in gold.values() if s)
            recalled = set()
            for text, speaker in pairs:
                if speaker is not None:
                    tally.tried += 1
                    right = text in gold and any(same_person(name, gold[text], names.values())
                                                 for name in spellings.get(speaker, (speaker,)))
                    tally.hits += right
                    if right:
                        recalled.add(text)  # words quoted twice (a headline, the body) are one gold quote
            tally.recalled = (tally.recalled or 0) + len(recalled)
        found.gold += len(gold)
        found.tried += len({text for text, _ in got})  # (distinct words, as the hits below)
        found.hits += len({text for text, _ in got if text in gold})  # words found twice (a headline, the body) once
    return {"ours": ours, "baseline": base, "found": found}


_BULLET = re.compile(r"^[▽△▼・●○■□◆◇↓]\s*")  # a list line's mark (↓: a timeline's step) at a gold snippet's start


def score_events(articles: list[dict]) -> dict[str, Score]:
    """Event date accuracy (gold events found with their date) and precision, ours and the baseline's."""
    out = {"ours": Score(), "baseline": Score()}
    for article in articles:
        stored = analysed(article)
        blocks = [(p[2], p[5]) for p in stored.passages]
        for name, full_only in (("ours", False), ("baseline", True)):
            events = find_events(blocks, stored.published, full_only)
            tally = out[name]
            gold = [(_BULLET.sub("", snip), date) for snip, date in article["events"]]  # (▽16日…: the list's mark,
            tally.gold += len(gold)  # which the cleaner keeps as the list's form, not its line's text)
            tally.hits += sum(1 for snip, date in gold if any(snip in t and d == date for _, d, t in events))
            tally.tried += len(events)
            tally.right += sum(1 for _, d, t in events if any(s in t and d == g for s, g in gold))
    return out


def gold_documents(articles: list[dict]) -> list[tuple[Document, str]]:
    """The gold set's articles as documents (a seed by its file name), each with its gold story."""
    from .news import sources
    from .news.paths import seeds_dir

    out = []
    for a in articles:
        if "seed" in a:
            [doc] = [d for d in sources.iter_inputs([seeds_dir() / a["seed"]]) if isinstance(d, Document)]
        else:
            doc = Document(source=f"gold:{a['id']}", text=a["text"], published=a["published"])
        out.append((doc, a["story"]))
    return out


def cluster_scores(found: Sequence[object], gold: list[str]) -> tuple[float, float]:
    """(purity, completeness) of the clusters `found` (a cluster label per article) against the gold."""
    n = len(gold)
    pairs = Counter(zip(found, gold))
    best_gold: dict[object, int] = {}
    best_found: dict[str, int] = {}
    for (f, g), k in pairs.items():
        best_gold[f] = max(best_gold.get(f, 0), k)
        best_found[g] = max(best_found.get(g, 0), k)
    return sum(best_gold.values()) / n, sum(best_found.values()) / n


def baseline_stories(titles: list[str]) -> list[int]:
    """Articles grouped by headline words: the first earlier group sharing two nouns, else a new group."""
    from .news.storyline import key_terms

    groups: list[set[str]] = []
    out = []
    for title in titles:
        words = set(key_terms(title, ""))
        for k, seen in enumerate(groups):
            if len(words & seen) >= 2:
                seen |= words
                out.append(k)
                break
        else:
            groups.append(words)
            out.append(len(groups) - 1)
    return out


def score_stories(articles: list[dict]) -> dict[str, tuple[float, float]]:
    """Purity and completeness of the stories the import makes, one article at a time into a fresh
    index, and of the baselines (headline words; one story per article)."""
    import tempfile

    from .news.library import Library
    from .news.models import ImportReport

    docs = gold_documents(articles)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Path(tmp) / "gold.db", workers=1)
        try:
            for doc, _ in docs:
                lib.import_documents([doc], ImportReport(), None, workers=1)
            con = lib.index.con
            story = dict(con.execute("SELECT a.source, s.story FROM story_articles s JOIN articles a ON a.pk=s.article"))
            titles = dict(con.execute("SELECT source, title FROM articles"))
        finally:
            lib.close()
    gold = [g for _, g in docs]
    found = [story.get(doc.source, doc.source) for doc, _ in docs]
    return {"ours": cluster_scores(found, gold),
            "baseline": cluster_scores(baseline_stories([titles.get(d.source, "") for d, _ in docs]), gold),
            "singletons": cluster_scores(list(range(len(docs))), gold)}


def table(folder: Path = GOLD) -> list[str]:
    """The report's lines: those of each gold file the folder holds (a dev set may hold quotes alone)."""
    lines = [f"{'stories report':<44}{'ours':>10}{'baseline':>10}  goal"]

    def row(what: str, ours: float, base: float, goal: str = "") -> None:
        lines.append(f"{what:<44}{ours:>10.3f}{base:>10.3f}  {goal}")

    def gold(name: str) -> list[dict] | None:
        path = folder / f"{name}_gold.json"
        return json.loads(path.read_text(encoding="utf-8"))["articles"] if path.exists() else None

    quotes = gold("quotes")
    if quotes is not None:
        q = score_quotes(quotes)
        row(f"quote speaker precision ({q['ours'].tried} given / {len(quotes)} articles)", q["ours"].precision(),
            q["baseline"].precision(), "≥ 0.97")
        row(f"quote speaker recall ({q['ours'].gold} gold speakers)", q["ours"].recall(), q["baseline"].recall(),
            "≥ 0.85")
        lines.append(f"{'quotes found (gold quotes / found)':<44}{q['found'].recall():>10.3f}{'':>10}  "
                     f"{q['found'].hits} of {q['found'].gold}; {q['found'].tried - q['found'].hits} not in the gold set")
    events = gold("events")
    if events is not None:
        e = score_events(events)
        row(f"event dates correct ({e['ours'].gold} gold events)", e["ours"].recall(), e["baseline"].recall(), "≥ 0.95")
        row("events found that are gold events", e["ours"].right / max(1, e["ours"].tried),
            e["baseline"].right / max(1, e["baseline"].tried))
    gold_stories = gold("stories")
    if gold_stories is not None:
        st = score_stories(gold_stories)
        n_s = len({a["story"] for a in gold_stories if sum(b["story"] == a["story"] for b in gold_stories) > 1})
        row(f"story purity ({len(gold_stories)} articles, {n_s} stories)", st["ours"][0], st["baseline"][0], "≥ 0.95")
        row("story completeness", st["ours"][1], st["baseline"][1])
        lines.append(f"{'  (one story per article: purity, completeness)':<44}{st['singletons'][0]:>10.3f}"
                     f"{st['singletons'][1]:>10.3f}")
    if len(lines) == 1:
        raise FileNotFoundError(f"no quotes, events or stories gold file in {folder}")
    return lines
