"""Full-text search: FTS5 finds the newest matching passages, BM25 ranks them within that window."""

from __future__ import annotations

from collections.abc import Iterable
from math import log
from unicodedata import is_normalized

from ..language import fts_query, normalize, query_terms, snippet
from ..models import SearchHit
from .actors import Actors
from .connection import Index

SEARCH_WINDOW = 500  # the newest matching passages that relevance ranks (see README) ...
SEARCH_WINDOW_PER_HIT = 25  # ... or 25 per hit asked for, when more hits are asked for


def bm25(texts: list[str], terms: list[str], k1: float = 1.2, b: float = 0.75) -> list[float]:
    """BM25 scores of normalised texts for the query terms, with statistics from these texts alone."""
    n = len(texts)
    avg = sum(map(len, texts)) / max(1, n)
    idf = {t: log(1 + (n - df + 0.5) / (df + 0.5)) + 0.1
           for t in terms if t for df in [sum(1 for x in texts if t in x)]}
    scores = []
    for text in texts:
        score = 0.0
        for t, weight in idf.items():
            tf = text.count(t)
            if tf:
                score += weight * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(text) / avg))
        scores.append(score)
    return scores


class Search:
    """Passages matching a query, over the index's FTS5 table."""

    def __init__(self, index: Index, actors: Actors) -> None:
        """Search over `index`; `actors` resolves the names a search is narrowed to."""
        self.index = index
        self.actors = actors

    def find(self, query: str, actors: Iterable[str] = (), limit: int = 20) -> list[SearchHit]:
        """Passages matching the query: the newest SEARCH_WINDOW matches (more for a large `limit`),
        ranked by relevance within.

        FTS5 walks its index newest first and stops at the window, so the cost is bounded
        whatever the archive's size. FTS5's bm25() is not used: it counts every match of
        each term over the whole archive (over 100 ms for a common word at 100,000
        articles); the same BM25 term weighting is computed here over the window.
        """
        match = fts_query(query)
        if match is None:
            return []
        actor_ids = [self.actors.resolve(a) for a in actors]
        con = self.index.con
        if actor_ids:
            filters = "".join(" AND EXISTS (SELECT 1 FROM article_actors x WHERE x.actor=? AND x.article=q.article)"
                              for _ in actor_ids)
            window = ("SELECT f.rowid FROM passages_fts f JOIN passages q ON q.pk = f.rowid"
                      f" WHERE passages_fts MATCH ?{filters} ORDER BY f.rowid DESC LIMIT ?")
        else:
            window = "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
        # Only what ranking needs for the whole window; titles and anchors for the page shown.
        rows = con.execute(f"SELECT pk, text FROM passages WHERE pk IN ({window})",
                           [match, *actor_ids, max(SEARCH_WINDOW, SEARCH_WINDOW_PER_HIT * limit)]).fetchall()
        terms = query_terms(query)
        scores = bm25([t.lower() if is_normalized("NFKC", t) else normalize(t) for _, t in rows], terms)
        best = sorted(range(len(rows)), key=lambda i: (-scores[i], -rows[i][0]))[:limit]  # ties: newest first
        if not best:
            return []
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
