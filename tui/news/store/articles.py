"""Articles and their passages in the index: whole-article writes, reads, and the article list."""

from __future__ import annotations

import json
import zlib
from collections import namedtuple

from ..errors import NewsError, with_typed_errors
from ..language import char_text, fts_text
from ..models import Actor, Article, ArticleRow, Citation, Mention, Passage, Removed
from ..summary import generated
from .actors import Actors
from .connection import Index
from .enclosures import of as enclosures_of
from .rows import drop_actor_rows
from .sources import by_alias, places

# Rows as written, built by analysis workers and pickled back: plain named tuples (cheap to pickle).
StoredPassage = namedtuple("StoredPassage", "seq anchor kind level citation text tokens mentions", defaults=(None,))
StoredPassage.__doc__ = """A passage row as written; `mentions` is JSON, [[actor id, start, end], ...], or None."""

StoredArticle = namedtuple("StoredArticle",
                           "id source title published site format digest raw doc passages actors actor_counts story"
                           " fingerprint", defaults=((), (), None, None))
StoredArticle.__doc__ = """Everything written for one article in one transaction.

`raw` is the source text, UTF-8, zlib-compressed by the worker; `doc` the JSON of citations,
removed lines, summaries and metadata; `passages` plain tuples in StoredPassage's field order;
`actors` the definitions mentioned, plain tuples in models.Actor's field order (id, name,
kind, aliases, english); `actor_counts` (actor id, mentions) for the article; `story` the JSON of
its quotes, events and key terms (`storyline`), or None; `fingerprint` its (content key, sketch, band
keys) as `similarity.fingerprint` gives them (None: the writer computes them).

Analysis workers pickle these back to the writer: plain tuples unpickle several times
faster than named tuples or dataclasses, one per passage and actor.
"""

# The title of the feed an article came from (its URL when it has none), else NULL.
_FEED_TITLE = ("(SELECT coalesce(f.title, f.url) FROM feed_items i JOIN feeds f ON f.url=i.feed"
               " WHERE i.source=a.source LIMIT 1)")

_ARTICLE = "SELECT pk, id, title, published, source, site, doc, read FROM articles"


class Articles:
    """The articles table and what hangs off it (passages, their search rows, per-article actor counts)."""

    def __init__(self, index: Index, actors: Actors) -> None:
        """Articles over `index`; `actors` stores the actor definitions an article brings."""
        self.index = index
        self.actors = actors

    # --- writes -------------------------------------------------------------------------

    def digest_of(self, source: str) -> tuple[str, str] | None:
        """(id, digest) of the article stored for `source`, if any."""
        row = self.index.con.execute("SELECT id, digest FROM articles WHERE source=?", (source,)).fetchone()
        return (row[0], row[1]) if row else None

    def pk_of(self, source: str) -> int:
        """The row key of the article stored for `source`."""
        return self.index.con.execute("SELECT pk FROM articles WHERE source=?", (source,)).fetchone()[0]

    def id_taken(self, article_id: str, source: str) -> bool:
        """True when another source already holds this id."""
        row = self.index.con.execute("SELECT source FROM articles WHERE id=?", (article_id,)).fetchone()
        return row is not None and row[0] != source

    def write(self, art: StoredArticle, now: str) -> str:
        """Insert or replace one article and its passages in the open transaction; returns "added" or "updated"."""
        con = self.index.con
        row = con.execute("SELECT pk FROM articles WHERE source=?", (art.source,)).fetchone()
        raw, doc = art.raw, art.doc
        sort = art.published or ("0000-00-00 " + now)
        if row:
            pk = row[0]
            old = con.execute("SELECT pk, text FROM passages WHERE article=?", (pk,)).fetchall()
            # The search rows of the passages replaced go, tokenized as they were indexed. Tokens are a
            # function of the text: a passage the new version keeps has them from its analysis already,
            # only the others are tokenized again (here, in the one writing process).
            kept = {p[5]: p[6] for p in art.passages}
            con.executemany("INSERT INTO passages_fts(passages_fts, rowid, tokens) VALUES('delete', ?, ?)",
                            [(ppk, kept[text] if text in kept else fts_text(text)) for ppk, text in old])
            con.executemany("INSERT INTO passages_chars(passages_chars, rowid, chars) VALUES('delete', ?, ?)",
                            [(ppk, char_text(text)) for ppk, text in old])
            con.execute("DELETE FROM passages WHERE article=?", (pk,))
            drop_actor_rows(con, pk)
            con.execute(
                "UPDATE articles SET title=?, published=?, sort=?, site=?, format=?, digest=?, raw=?, doc=?, updated=? WHERE pk=?",
                (art.title, art.published, sort, art.site, art.format, art.digest, raw, doc, now, pk),
            )
            outcome = "updated"
        else:
            cur = con.execute(
                "INSERT INTO articles(id, source, title, published, sort, site, format, digest, raw, doc, added, updated)"
                " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                (art.id, art.source, art.title, art.published, sort, art.site, art.format, art.digest, raw, doc, now, now),
            )
            pk = cur.lastrowid
            outcome = "added"
        self.actors.store(art.actors)
        # Passage keys are handed out here (the write lock is held), so every row goes in
        # with one executemany per table instead of one statement per row.
        base = con.execute(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name='passages'), 0),"
            " coalesce((SELECT max(pk) FROM passages), 0))").fetchone()[0]
        keys = range(base + 1, base + 1 + len(art.passages))
        con.executemany(
            "INSERT INTO passages(pk, article, seq, anchor, kind, level, citation, text, mentions)"
            " VALUES(?,?,?,?,?,?,?,?,?)",
            [(ppk, pk, seq, anchor, kind, level, citation, text, mentions)
             for ppk, (seq, anchor, kind, level, citation, text, _, mentions) in zip(keys, art.passages)])
        con.executemany("INSERT INTO passages_fts(rowid, tokens) VALUES(?, ?)",
                        [(ppk, p[6]) for ppk, p in zip(keys, art.passages)])
        con.executemany("INSERT INTO passages_chars(rowid, chars) VALUES(?, ?)",
                        [(ppk, char_text(p[5])) for ppk, p in zip(keys, art.passages)])
        counts = dict(art.actor_counts)
        con.executemany("INSERT INTO article_actors(actor, article, mentions) VALUES(?,?,?)",
                        [(a, pk, n) for a, n in counts.items()])
        con.executemany("INSERT INTO actor_counts(actor, articles, mentions) VALUES(?, 1, ?) ON CONFLICT(actor)"
                        " DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions",
                        list(counts.items()))
        return outcome

    def mark_read(self, article_id: str, read: bool = True) -> None:
        """Remember that an article was read."""
        self.index.con.execute("UPDATE articles SET read=? WHERE id=?", (int(read), article_id))

    # --- reads --------------------------------------------------------------------------

    def count(self) -> int:
        """How many articles the index holds."""
        return self.index.con.execute("SELECT count(*) FROM articles").fetchone()[0]

    def any(self) -> bool:
        """True when the index holds an article."""
        return self.index.con.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None

    def exists(self, article_id: str) -> bool:
        """True when the index holds an article with this id."""
        return self.index.con.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def raw_of(self, article_id: str) -> tuple[str, str, str, dict] | None:
        """(source, format, raw text, metadata) of an article, for re-cleaning."""
        row = self.index.con.execute("SELECT source, format, raw, doc FROM articles WHERE id=?",
                                     (article_id,)).fetchone()
        if not row:
            return None
        meta = json.loads(row[3]).get("meta") or {}
        return row[0], row[1], zlib.decompress(row[2]).decode("utf-8"), meta

    def article(self, article_id: str, summaries: bool = True) -> Article:
        """One whole article by id (a unique prefix of at least 4 characters works too).

        `summaries=False` leaves the generated bullets to be drawn later (`summary.generated`).
        """
        con = self.index.con
        row = con.execute(f"{_ARTICLE} WHERE id=?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 4:
            rows = con.execute(f"{_ARTICLE} WHERE id LIKE ? || '%' LIMIT 2", (article_id,)).fetchall()
            row = rows[0] if len(rows) == 1 else None
        if row is None and (merged := by_alias(con, article_id)):  # a copy's own id names its article
            row = con.execute(f"{_ARTICLE} WHERE id=?", (merged,)).fetchone()
        if row is None:
            raise NewsError(f"no article with id {article_id!r}")
        pk, aid, title, published, source, site, doc_json, read = row
        doc = json.loads(doc_json)
        rows = con.execute("SELECT anchor, kind, text, seq, citation, level, mentions FROM passages WHERE article=?"
                           " ORDER BY seq", (pk,)).fetchall()
        passages = tuple(Passage(anchor=r[0], kind=r[1], text=r[2], seq=r[3], citation=r[4], level=r[5]) for r in rows)
        actors = tuple(
            (Actor(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4]), r[5])
            for r in con.execute(
                "SELECT ac.id, ac.name, ac.kind, ac.aliases, ac.english, aa.mentions FROM article_actors aa"
                " JOIN actors ac ON ac.id=aa.actor WHERE aa.article=? ORDER BY aa.mentions DESC, ac.name", (pk,))
        )
        mentions = tuple(Mention(m[0], r[3], m[1], m[2]) for r in rows if r[6]
                         for m in sorted(json.loads(r[6]), key=lambda m: (m[1], -m[2])))
        return Article(
            id=aid, title=title, published=published, source=source, site=site, passages=passages,
            mentions=mentions,
            citations=tuple(Citation(**c) for c in doc["citations"]),
            removed=tuple(Removed(r["rule"], r["text"], r.get("before", 0)) for r in doc["removed"]),
            summary_article=tuple(tuple(x) for x in doc["summary"]["article"]),
            summary_generated=(tuple(tuple(x) for x in doc["summary"]["generated"]) if "generated" in doc["summary"]
                               else generated(passages) if summaries else ()),
            actors=actors, read=bool(read), url=(doc.get("meta") or {}).get("url"),
            sources=places(con, aid, source), enclosures=enclosures_of(con, pk),
        )


@with_typed_errors
class ArticleQuery:
    """A chainable, lazy view of the article list: `lib.articles().mentioning(a, b)`."""

    def __init__(self, index: Index, actors: Actors, ids: tuple[str, ...] = (),
                 extra: tuple[tuple[str, tuple], ...] = (), groups: tuple[tuple[str, ...], ...] | None = None) -> None:
        """The articles of `index` that mention every actor of `ids` and meet every (SQL, args) of `extra`;
        `groups`: for each of `ids`, the actors that are the same person (`Actors.same`), any of which counts."""
        self.index, self._actor_store, self.actors, self.extra = index, actors, tuple(ids), tuple(extra)
        self.groups = tuple(groups) if groups is not None else tuple((a,) for a in self.actors)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, ArticleQuery) and other.index is self.index and other.actors == self.actors
                and other.extra == self.extra)

    def __hash__(self) -> int:
        return hash((id(self.index), self.actors, self.extra))

    def __repr__(self) -> str:
        return f"ArticleQuery(actors={self.actors!r}" + (f", extra={self.extra!r})" if self.extra else ")")

    def mentioning(self, *actors: str) -> ArticleQuery:
        """Only articles that mention every one of these actors (any alias)."""
        ids = tuple(self._actor_store.resolve(a) for a in actors)
        groups = tuple(self._actor_store.same(a) for a in ids)  # 石破 and 石破茂, where they are one person
        return ArticleQuery(self.index, self._actor_store, self.actors + ids, self.extra, self.groups + groups)

    def where(self, clause: str, *args: object) -> ArticleQuery:
        """Only articles meeting an SQL condition on `a` (the articles row), e.g. `a.read=0`."""
        return ArticleQuery(self.index, self._actor_store, self.actors, self.extra + ((clause, args),), self.groups)

    def unread(self) -> ArticleQuery:
        """Only articles not read yet."""
        return self.where("a.read=0")

    def from_feed(self, url: str) -> ArticleQuery:
        """Only articles the feed at `url` brought."""
        return self.where("a.source IN (SELECT source FROM feed_items WHERE feed=?)", url)

    def _where(self) -> str:
        # EXISTS walks the list in date order and stops at the page's end; an IN list
        # would first gather every article of a common actor.
        clauses = [f"EXISTS (SELECT 1 FROM article_actors x WHERE x.actor{_among(g)} AND x.article=a.pk)"
                   for g in self.groups]
        clauses += [f"({clause})" for clause, _ in self.extra]
        return (" WHERE " + " AND ".join(clauses)) if clauses else ""

    def _args(self) -> list:
        return [*(a for g in self.groups for a in g), *(arg for _, args in self.extra for arg in args)]

    def count(self) -> int:
        """How many articles the view holds."""
        con = self.index.con
        if self.extra:
            return con.execute(f"SELECT count(*) FROM articles a{self._where()}", self._args()).fetchone()[0]
        if not self.actors:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        # Driven from the first actor's articles rather than from every article.
        first, rest = self.groups[0], self.groups[1:]
        if not rest and len(first) == 1:
            row = con.execute("SELECT articles FROM actor_counts WHERE actor=?", first).fetchone()
            return row[0] if row else 0
        others = "".join(f" AND EXISTS (SELECT 1 FROM article_actors y WHERE y.actor{_among(g)} AND y.article=x.article)"
                         for g in rest)
        return con.execute(f"SELECT count(DISTINCT x.article) FROM article_actors x WHERE x.actor{_among(first)}{others}",
                           (*first, *(a for g in rest for a in g))).fetchone()[0]

    def page(self, offset: int = 0, limit: int = 100, with_actors: bool = True) -> list[ArticleRow]:
        """A page of the view, newest first (`with_actors=False` skips each row's actor names)."""
        rows = self.index.con.execute(
            f"SELECT a.pk, a.id, a.title, a.published, a.source, a.site, a.read, {_FEED_TITLE}"
            f" FROM articles a{self._where()} ORDER BY a.sort DESC, a.pk DESC LIMIT ? OFFSET ?",
            [*self._args(), limit, offset],
        ).fetchall()
        names = self._actor_store.names_for([r[0] for r in rows]) if with_actors else {}
        return [ArticleRow(r[1], r[2], r[3], r[4], r[5], bool(r[6]), tuple(names.get(r[0], ())), r[7]) for r in rows]

    def all(self) -> list[ArticleRow]:
        """Every article of the view (for scripts; the reader pages instead)."""
        return self.page(0, -1)


def _among(ids: tuple[str, ...]) -> str:
    """The SQL test of an actor column against one id (=?) or several (IN (?,?))."""
    return "=?" if len(ids) == 1 else f" IN ({','.join('?' * len(ids))})"
