"""Stories: articles that report the same event, across sources, grouped as they arrive.

An article is a TF-IDF vector over the noun lemmas of its headline and lead (`storyline.key_terms`,
fugashi's lemmas) plus the set of actors it names. A story keeps the sum of its articles' vectors
and a count of their actors. A new article is compared only with the stories that share one of
its keys (its heaviest terms and its people and organisations) and whose dates lie within
`WINDOW_DAYS` of its own (the store finds them through an index); it joins the most similar one
when the similarity reaches what its distance in days asks (`needed`: `THRESHOLD` within
`NEAR_DAYS` of the story's dates, `LATE_COST` more each day beyond), else it starts a story of its
own. A story's later phases (the search a few days after an explosion, the indictment weeks after an
arrest) share its actors and some of its terms but fewer of them as days pass; a separate occasion of
the same people a week on shares as many: the cost a day keeps the second apart while the first still
joins when it is close enough. Nothing is ever recomputed over the whole archive.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

WINDOW_DAYS = 10  # a story's articles lie this close to its first and last date
MAX_SPAN_DAYS = 21  # a story is one event and its direct chain: its first and last date lie at most this far apart
THRESHOLD = 0.26  # similarity (below) to join a story near its dates
NEAR_DAYS = 2  # within this many days of a story's dates, `THRESHOLD` is enough
LATE_COST = 0.03  # the similarity asked more for each day beyond `NEAR_DAYS`
UNDATED_THRESHOLD = 0.45  # an article without a date has no date gate: it must be more alike
TERMS_KEPT = 40  # an article's heaviest terms, kept as its vector
CENTROID_KEPT = 80  # a story's heaviest summed terms
PRIOR_DOCS = 50  # articles assumed without a term before any is counted: a small archive's IDF is noise
KEY_TERMS = 8  # terms an article (or a story) is looked up by
KEY_ACTORS = 6  # people and organisations a story is looked up by
ACTOR_WEIGHT = 0.15  # the bonus of sharing every actor
KEY_KINDS = frozenset({"person", "organization"})  # countries are too common to find a story by


def weigh(terms: Mapping[str, int], df: Mapping[str, int], n: int) -> dict[str, float]:
    """TF-IDF weights of an article's term counts, L2-normalised, its `TERMS_KEPT` heaviest."""
    w = {t: (1 + math.log(c)) * math.log((n + PRIOR_DOCS) / (df.get(t, 0) + 1)) + 1e-9 for t, c in terms.items()}
    top = sorted(w.items(), key=lambda x: (-x[1], x[0]))[:TERMS_KEPT]
    norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
    return {t: v / norm for t, v in top}


def cosine(vec: Mapping[str, float], total: Mapping[str, float], norm: float | None = None) -> float:
    """The cosine between a normalised vector and a story's summed vector (`norm`: its `length`, when
    the caller has it)."""
    if norm is None:
        norm = length(total)
    if not norm:
        return 0.0
    return sum(v * total.get(t, 0.0) for t, v in vec.items()) / norm


def length(total: Mapping[str, float]) -> float:
    """The Euclidean norm of a story's summed vector."""
    return math.sqrt(sum(v * v for v in total.values()))


def shared(actors: Iterable[str], story_actors: Mapping[str, int], size: int) -> float:
    """How far the article's actors are the story's: Jaccard against the actors of half its articles or more."""
    mine = set(actors)
    theirs = {a for a, n in story_actors.items() if 2 * n >= size}
    union = mine | theirs
    return len(mine & theirs) / len(union) if union else 0.0


def similarity(vec: Mapping[str, float], actors: Iterable[str], total: Mapping[str, float],
               story_actors: Mapping[str, int], size: int, norm: float | None = None) -> float:
    """How alike an article and a story are: term cosine, and a bonus for the people and organisations they share
    (`norm`: the `length` of `total`, when the caller has it)."""
    return cosine(vec, total, norm) + ACTOR_WEIGHT * shared(actors, story_actors, size)


def within(day: str | None, first: str | None, last: str | None) -> bool:
    """The date gate: an article's date within `WINDOW_DAYS` of a story's dates, and the story no
    longer than `MAX_SPAN_DAYS` with it (no date: no gate)."""
    if not day or not first or not last:
        return True
    d, gap = date.fromisoformat(day), timedelta(days=WINDOW_DAYS)
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return start - gap <= d <= end + gap and (max(end, d) - min(start, d)).days <= MAX_SPAN_DAYS


def needed(day: str | None, first: str | None, last: str | None) -> float:
    """The similarity an article of `day` needs to join a story of these dates: `THRESHOLD` within
    `NEAR_DAYS` of them, `LATE_COST` more each day further (no date: `UNDATED_THRESHOLD`)."""
    if not day:
        return UNDATED_THRESHOLD
    if not first or not last:
        return THRESHOLD
    d, start, end = date.fromisoformat(day), date.fromisoformat(first), date.fromisoformat(last)
    gap = (start - d).days if d < start else (d - end).days
    return THRESHOLD + LATE_COST * max(0, gap - NEAR_DAYS)


def reach(day: str) -> tuple[str, str]:
    """The range of `last` dates a candidate story may have for an article of `day` (see `within`)."""
    d = date.fromisoformat(day)
    return ((d - timedelta(days=WINDOW_DAYS)).isoformat(),
            (d + timedelta(days=WINDOW_DAYS + MAX_SPAN_DAYS)).isoformat())


def keys(vec: Mapping[str, float], actors: Iterable[str]) -> list[str]:
    """What an article is looked up by: its heaviest terms and its actors (prefixed)."""
    top = sorted(vec.items(), key=lambda x: (-x[1], x[0]))[:KEY_TERMS]
    return [f"t:{t}" for t, _ in top] + [f"a:{a}" for a in actors]


def story_keys(total: Mapping[str, float], named: Mapping[str, int], size: int) -> list[str]:
    """What a story is found by: its heaviest summed terms, and the people and organisations of half
    its articles or more (at most `KEY_ACTORS`)."""
    actors = sorted((a for a, n in named.items() if 2 * n >= size), key=lambda a: (-named[a], a))[:KEY_ACTORS]
    return keys(total, actors)


def add(total: dict[str, float], vec: Mapping[str, float], sign: int = 1) -> dict[str, float]:
    """A story's summed vector with an article's added (or taken out), its heaviest terms kept."""
    out = dict(total)
    for t, v in vec.items():
        out[t] = out.get(t, 0.0) + sign * v
    return dict(sorted(((t, v) for t, v in out.items() if v > 1e-6), key=lambda x: (-x[1], x[0]))[:CENTROID_KEPT])
