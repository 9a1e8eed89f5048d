"""Search: every passage that contains the query's words, newest first, ranked within a bounded window.

The character index (`passages_chars`, every character a term) finds each passage holding a
word as a substring, of any length, as grep would; the token index (`passages_fts`) tells
whole words from parts of words for ranking. See `Search.find`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from math import log
from unicodedata import is_normalized

from ..language import char_match, fts_query, normalize, query_terms, snippet
from ..models import SearchHit
from .actors import Actors
from .connection import Index

SEARCH_WINDOW = 500  # the newest matching passages that relevance ranks (see README) ...
SEARCH_WINDOW_PER_HIT = 25  # ... or 25 per hit asked for, when more hits are asked for


def bm25(texts: list[str], terms: list[str], k1: float = 1.2, b: float = 0.75) -> list[float]:
    """BM25 scores of normalised texts for the query terms, with statistics from these texts alone."""
    n = len(texts)
    lengths = [len(x) for x in texts]
    avg = sum(lengths) / max(1, n)
    norms = [k1 * (1 - b + b * length / avg) for length in lengths]
    scores = [0.0] * n
    for t in terms:
        if not t:
            continue
        counts = [x.count(t) for x in texts]
        df = n - counts.count(0)
        weight = (log(1 + (n - df + 0.5) / (df + 0.5)) + 0.1) * (k1 + 1)
        scores = [s + weight * tf / (tf + norm) if tf else s for s, tf, norm in zip(scores, counts, norms)]
    return scores


def proximity(text: str, terms: list[str]) -> float:
    """How close together the terms stand in a normalised text: 1 when they touch, towards 0 apart.

    The gap is the fewest characters between the terms over every stretch of the text that
    holds each of them (0 for a single term).
    """
    if len(terms) < 2:
        return 0.0
    events: list[tuple[int, int]] = []  # (start, which term)
    for k, term in enumerate(terms):
        at = text.find(term)
        while at >= 0:
            events.append((at, k))
            at = text.find(term, at + 1)
    events.sort()
    last = [-1] * len(terms)
    best, total = len(text), sum(map(len, terms))
    for start, k in events:
        last[k] = start
        first = min(last)
        if first >= 0:  # every term seen: the stretch from the earliest of their latest places
            end = max(at + len(term) for at, term in zip(last, terms))
            best = min(best, max(0, end - first - total))
    return 1.0 / (1.0 + best / 4)


class Search:
    """Passages containing a query, over the index's character and token tables."""

    def __init__(self, index: Index, actors: Actors) -> None:
        """Search over `index`; `actors` resolves the names a search is narrowed to."""
        self.index = index
        self.actors = actors

    def find(self, query: str, actors: Iterable[str] = (), limit: int = 20) -> list[SearchHit]:
        """Passages containing every word of the query (after NFKC and lower case): the newest
        SEARCH_WINDOW of them (more for a large `limit`), ranked within.

        A word is found wherever it stands, one character or many, whole word or not. Within
        the window, passages where more words are whole words (terms of the token index) come
        first; then BM25 over the window, plus how close the words stand; then the newest.
        FTS5 walks the character index newest first and stops at the window, so the cost is
        bounded whatever the archive's size. Every candidate is checked against its text:
        nothing that lacks a word is a hit.
        """
        terms = list(dict.fromkeys(query_terms(query)))
        match = char_match(terms)
        if match is None or "\x00" in match:  # no passage holds a NUL (sources drop them)
            return []
        groups = [self.actors.same(self.actors.resolve(a)) for a in actors]  # 石破 and 石破茂, if one person
        actor_ids = [a for g in groups for a in g]
        con = self.index.con
        if actor_ids:
            filters = "".join(" AND EXISTS (SELECT 1 FROM article_actors x WHERE x.actor IN"
                              f" ({','.join('?' * len(g))}) AND x.article=q.article)" for g in groups)
            window = ("SELECT f.rowid FROM passages_chars f JOIN passages q ON q.pk = f.rowid"
                      f" WHERE passages_chars MATCH ?{filters} ORDER BY f.rowid DESC LIMIT ?")
        else:
            window = "SELECT rowid FROM passages_chars WHERE passages_chars MATCH ? ORDER BY rowid DESC LIMIT ?"
        # Only what ranking needs for the whole window; titles and anchors for the page shown.
        found = con.execute(f"SELECT pk, text FROM passages WHERE pk IN ({window})",
                            [match, *actor_ids, max(SEARCH_WINDOW, SEARCH_WINDOW_PER_HIT * limit)]).fetchall()
        rows, texts = [], []
        for pk, text in found:
            norm = text.lower() if is_normalized("NFKC", text) else normalize(text)
            if all(t in norm for t in terms):  # the index matches no other text; this makes sure
                rows.append((pk, text))
                texts.append(norm)
        if not rows:
            return []
        whole = self._whole_words(terms, [pk for pk, _ in rows])
        relevance = [s + proximity(t, terms) for s, t in zip(bm25(texts, terms), texts)]
        scores = [whole.get(pk, 0) + r / (1 + r) for (pk, _), r in zip(rows, relevance)]
        best = sorted(range(len(rows)), key=lambda i: (-scores[i], -rows[i][0]))[:limit]  # ties: newest first
        keys = [rows[i][0] for i in best]
        about = {r[0]: r[1:] for r in con.execute(
            "SELECT p.pk, a.id, p.anchor, a.title FROM passages p JOIN articles a ON a.pk = p.article"
            f" WHERE p.pk IN ({','.join('?' * len(keys))})", keys)}
        hits = []
        for i in best:
            pk, text = rows[i]
            aid, anchor, title = about[pk]
            snip, spans = snippet(text, terms)
            hits.append(SearchHit(aid, anchor, title, snip, round(scores[i], 4), spans))
        return hits

    def _whole_words(self, terms: list[str], keys: list[int]) -> dict[int, int]:
        """For each passage of `keys`, how many of the terms it holds as whole words (token index phrases).

        Asked of the token index within the keys' range of rowids, which the window bounds; the
        intersection with the keys is made in SQLite.
        """
        matches = [m for m in map(fts_query, terms) if m is not None]
        if not matches:
            return {}
        inside = " + ".join(["(k.value IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?"
                             " AND rowid BETWEEN ? AND ?))"] * len(matches))
        low, high = min(keys), max(keys)
        rows = self.index.con.execute(
            f"SELECT k.value, {inside} FROM json_each(?) k",
            [x for m in matches for x in (m, low, high)] + [json.dumps(keys)]).fetchall()
        return {pk: n for pk, n in rows if n}
