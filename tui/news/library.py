"""The one façade the CLI and the reader share: import, list, read, search, bookmark.

A `Library` owns one index connection; make one per thread.
"""

from __future__ import annotations

from .db import sqlite3
from unicodedata import is_normalized

from . import paths
from .errors import DiskFull, IndexCorrupt, IndexLocked, IndexReadOnly, NewsError, StorageError
from .index import BUSY_TIMEOUT_S, Index, IndexFileError, StoredArticle
from .language import fts_query, fts_text, normalize, query_terms, snippet
from .records import SearchHit

if False:  # pragma: no cover  (for type checkers: `typing` costs start-up time)
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from .models import Actor, Article, ArticleRow, Bookmark, Document, Skip

# Start-up matters for `newsreader search` and `list`: this module loads no dataclasses,
# models or analysis at import; each method loads what it needs.

# Importing (sources, pipeline, analyser) loads on first use: reading and searching stay lean.

__all__ = ["Library", "NewsError", "ImportReport", "ArticleQuery",
           "StorageError", "IndexLocked", "IndexReadOnly", "DiskFull", "IndexCorrupt"]

SEARCH_WINDOW = 500  # the newest matching passages that relevance ranks (see README) ...
SEARCH_WINDOW_PER_HIT = 25  # ... or 25 per hit asked for, when more hits are asked for
WRITE_BATCH = 256  # articles per write transaction at most: whole articles, FTS5 segments 4x fewer to merge
WRITE_EVERY = 1.0  # seconds: a slower import still commits (and shows progress) this often
IMPORT_CACHE_KIB = 65536  # the writer's page cache during an import (SQLite's default is 2 MB)
IMPORT_WAL_PAGES = 10000  # pages the WAL may hold before a checkpoint, during an import (default 1000)


def _bm25(texts: list[str], terms: list[str], k1: float = 1.2, b: float = 0.75) -> list[float]:
    """BM25 scores of normalised texts for the query terms, with statistics from these texts alone."""
    from math import log  # here, not at the top: every module-level import delays `newsreader search`

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


class ImportReport:
    """What an import did, counted the way the closing line says it."""

    def __init__(self, added: int = 0, updated: int = 0, unchanged: int = 0, skipped: list[Skip] | None = None,
                 ids: list[str] | None = None, failures: list[str] | None = None) -> None:
        self.added, self.updated, self.unchanged = added, updated, unchanged
        self.skipped: list[Skip] = skipped if skipped is not None else []
        self.ids: list[str] = ids if ids is not None else []
        self.failures: list[str] = failures if failures is not None else []  # fetches that failed: one line each
        self.failed: list[str] = []  # inputs that failed as a whole (the CLI exits 1): paths, URLs, feeds
        self.notes: list[str] = []  # worth telling, not failures (a "feed" that was a page)

    def __repr__(self) -> str:
        return f"ImportReport({self.line()}, failures={len(self.failures)})"

    def line(self) -> str:
        """The closing line: `N added, N updated, N unchanged, N skipped`."""
        return f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, {len(self.skipped)} skipped"


def upgrade_notice(old: int, new: int) -> None:
    """What the command line and the reader say (on stderr) before upgrading an existing index."""
    import sys

    sys.stderr.write(f"newsreader: updating the index from schema {old} to {new}"
                     " (once; a large index takes minutes)…\n")
    sys.stderr.flush()


def upgrade_progress(done: int, total: int) -> None:
    """How far an upgrade has come, on one line of a terminal's stderr (nothing when redirected)."""
    import sys

    if not sys.stderr.isatty():
        return
    sys.stderr.write(f"\r  passages tokenized again: {done:,} of {total:,} ({100 * done // max(1, total)}%)"
                     + ("\n" if done >= total else ""))
    sys.stderr.flush()


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ArticleQuery:
    """A chainable, lazy view of the article list: `lib.articles().mentioning(a).matching(q)`."""

    def __init__(self, lib: "Library", actors: tuple[str, ...] = (), query: str | None = None) -> None:
        self.lib, self.actors, self.query = lib, tuple(actors), query

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, ArticleQuery) and other.lib is self.lib and other.actors == self.actors
                and other.query == self.query)

    def __hash__(self) -> int:
        return hash((id(self.lib), self.actors, self.query))

    def __repr__(self) -> str:
        return f"ArticleQuery(actors={self.actors!r}, query={self.query!r})"

    def mentioning(self, *actors: str) -> "ArticleQuery":
        """Only articles that mention every one of these actors (any alias)."""
        ids = tuple(self.lib.resolve_actor(a) for a in actors)
        return ArticleQuery(self.lib, self.actors + ids, self.query)

    def matching(self, query: str | None) -> "ArticleQuery":
        """Only articles with a passage matching the full-text query."""
        return ArticleQuery(self.lib, self.actors, query or None)

    def _where(self) -> tuple[str, list]:
        clauses, params = [], []
        for actor in self.actors:
            # EXISTS walks the list in date order and stops at the page's end; an IN list
            # would first gather every article of a common actor.
            clauses.append("EXISTS (SELECT 1 FROM article_actors x WHERE x.actor=? AND x.article=a.pk)")
            params.append(actor)
        if self.query:
            match = fts_query(self.query)
            if match is None:
                clauses.append("0")
            else:
                clauses.append("a.pk IN (SELECT p.article FROM passages p WHERE p.pk IN"
                               " (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?))")
                params.append(match)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def count(self) -> int:
        """How many articles the view holds."""
        con = self.lib.index.con
        if self.actors and not self.query:
            # Drive the count from the first actor's articles rather than from every article.
            first, rest = self.actors[0], self.actors[1:]
            if not rest:
                row = con.execute("SELECT articles FROM actor_counts WHERE actor=?", (first,)).fetchone()
                return row[0] if row else 0
            others = "".join(" AND EXISTS (SELECT 1 FROM article_actors y WHERE y.actor=? AND y.article=x.article)"
                             for _ in rest)
            return con.execute(f"SELECT count(*) FROM article_actors x WHERE x.actor=?{others}",
                               (first, *rest)).fetchone()[0]
        where, params = self._where()
        return con.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]

    def page(self, offset: int = 0, limit: int = 100, with_actors: bool = True) -> list[ArticleRow]:
        """A page of the view, newest first (`with_actors=False` skips each row's actor names)."""
        where, params = self._where()
        con = self.lib.index.con
        rows = con.execute(
            f"SELECT a.pk, a.id, a.title, a.published, a.source, a.site, a.read FROM articles a{where}"
            " ORDER BY a.sort DESC, a.pk DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        from .models import ArticleRow

        names = self.lib._actor_names_for([r[0] for r in rows]) if with_actors else {}
        return [ArticleRow(r[1], r[2], r[3], r[4], r[5], bool(r[6]), tuple(names.get(r[0], ()))) for r in rows]

    def all(self) -> list[ArticleRow]:
        """Every article of the view (for scripts; the reader pages instead)."""
        return self.page(0, -1)


class Library:
    """The news library over one index file."""

    def __init__(self, db: str | Path | None = None, workers: int | None = None,
                 on_upgrade: Callable[[int, int], None] | None = None,
                 upgrade_progress: Callable[[int, int], None] | None = None) -> None:
        """Open the index at `db` (else the default); `on_upgrade(old, new)` hears of a schema upgrade,
        `upgrade_progress(done, total)` of its progress where a step takes long."""
        self._path = paths.index_file(db)
        self.workers = workers  # analysis processes for large imports; None = one per core
        try:
            self.index = Index(self._path, on_upgrade, upgrade_progress)
        except IndexFileError as exc:
            raise NewsError(str(exc)) from exc

    @property
    def path(self) -> Path:
        """The index file."""
        from pathlib import Path

        return Path(self._path)

    def close(self) -> None:
        """Close the index."""
        self.index.close()

    # --- import ---------------------------------------------------------------------

    def ensure_seeded(self) -> ImportReport | None:
        """On first use of an empty index, import the bundled sample articles."""
        if self.index.con.execute("SELECT 1 FROM articles LIMIT 1").fetchone() or self.index.get_state("seeded"):
            return None
        report = self.add([paths.seeds_dir()])
        self.index.set_state("seeded", _now())
        return report

    def add(
        self,
        inputs: Iterable[str | Path],
        progress: Callable[[str, str], None] | None = None,
        allow_private: bool = False,
    ) -> ImportReport:
        """Import files, folders and URLs; `progress(source, outcome)` is called per input.

        A feed added by URL becomes a subscription that `refresh()` fetches again. `allow_private`:
        feed items may fetch pages from private addresses too.
        """
        import os
        import re

        from .sources import shown
        from .web import feed_files, is_url

        inputs = list(inputs)
        report = ImportReport()
        for url in (str(i) for i in inputs if is_url(str(i))):
            self._add_url(url, report, progress, subscribe=True, allow_private=allow_private)
        paths = []
        for i in (i for i in inputs if not is_url(str(i))):
            scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*)://", str(i))
            if scheme and scheme.group(1).lower() in ("http", "https"):  # HTTP://… is a URL too
                self._add_url(scheme.group(1).lower() + str(i)[scheme.end(1):], report, progress, subscribe=True,
                              allow_private=allow_private)
            elif scheme and not os.path.lexists(i):
                self._failed(shown(str(i)), f"unsupported URL scheme '{scheme.group(1)}' (only http and https)",
                             report, progress)
            elif not os.path.lexists(i):
                self._failed(shown(str(i)), "no such file or directory", report, progress)
            else:
                paths.append(i)
        from .sources import iter_inputs

        with feed_files(allow_private, report.failures, progress):
            index = str(self._path)
            self.import_documents(iter_inputs(paths, avoid=[index, *(index + x for x in ("-wal", "-shm", "-journal"))]),
                                  report, progress)
        return report

    def import_documents(self, items: Iterable[Document | Skip], report: ImportReport,
                    progress: Callable[[str, str], None] | None, workers: int | None = None) -> None:
        """Skip what is unchanged, analyse the rest (in parallel when it pays), write in batches."""
        from .analyser import analyse_all
        from .models import Skip
        from .pipeline import digest
        from .sanitize import clean_document

        def todo() -> Iterable[Document]:
            for item in items:
                item = clean_document(item) if not isinstance(item, Skip) else item  # as the index will hold it
                if isinstance(item, Skip):
                    report.skipped.append(item)
                    outcome = "skipped"
                else:
                    known = self.index.digest_of(item.source)
                    if not (known and known[1] == digest(item)):
                        yield item
                        continue
                    report.unchanged += 1
                    report.ids.append(known[0])
                    outcome = "unchanged"
                if progress:
                    progress(item.source, outcome)

        from time import monotonic

        batch: list[StoredArticle] = []
        started = monotonic()
        con = self.index.con
        cache = con.execute("PRAGMA cache_size").fetchone()[0]
        wal_pages = con.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        # A larger page cache for the writer while it imports: the B-trees and FTS5 segments
        # of a big index stay in it between batches.
        con.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
        # Fewer, larger checkpoints: a page written by many batches (FTS5's structure, the upper
        # levels of each B-tree) is copied into the index file once per checkpoint.
        con.execute(f"PRAGMA wal_autocheckpoint={IMPORT_WAL_PAGES}")
        try:
            for doc, result in analyse_all(todo(), self.workers if workers is None else workers):
                if isinstance(result, str):
                    report.skipped.append(Skip(doc.source, result))
                    if progress:
                        progress(doc.source, "skipped")
                    continue
                batch.append(result)
                if len(batch) >= WRITE_BATCH or monotonic() - started >= WRITE_EVERY:
                    self.write_many(batch, report, progress)
                    batch, started = [], monotonic()
            if batch:
                self.write_many(batch, report, progress)
        finally:
            con.execute(f"PRAGMA cache_size={int(cache)}")
            con.execute(f"PRAGMA wal_autocheckpoint={int(wal_pages)}")

    def _failed(self, source: str, reason: str, report: ImportReport, progress) -> None:
        """An input that gave nothing: skipped, with its reason as a failure."""
        from .models import Skip

        report.skipped.append(Skip(source, reason))
        report.failures.append(f"{source}: {reason}")
        report.failed.append(source)
        if progress:
            progress(source, "skipped")

    def _add_url(self, url: str, report: ImportReport, progress, subscribe: bool,
                 etag: str | None = None, last_modified: str | None = None, feed_only: bool = False,
                 allow_private: bool = False) -> None:
        from .sanitize import clean_line
        from .web import FetchError, read_url

        try:
            result = read_url(url, etag, last_modified, allow_private, progress)
            if feed_only and result.kind not in ("feed", "unchanged"):
                raise FetchError(f"{url}: not a feed any more (a {result.kind})")
        except FetchError as exc:
            reason = str(exc).removeprefix(f"{url}: ")
            self._failed(url, reason, report, progress)
            # Not "fetched": the last fetch that worked stays as it was.
            self.index.con.execute("UPDATE feeds SET last_error=? WHERE url=?", (clean_line(str(exc)), url))
            return
        report.failures.extend(result.failures)
        report.notes.extend(result.notes)
        self.import_documents(result.documents, report, progress, workers=1)
        if result.kind == "unchanged" and progress:
            progress(url, "unchanged")
        if result.kind in ("feed", "unchanged") and (subscribe or result.kind == "unchanged"):
            self._remember_feed(result)

    def _remember_feed(self, result) -> None:
        from .sanitize import clean_line

        con = self.index.con
        if result.kind == "unchanged":
            con.execute("UPDATE feeds SET last_fetched=?, last_error=NULL WHERE url=?", (_now(), result.url))
            return
        con.execute(
            "INSERT INTO feeds(url, title, etag, last_modified, last_fetched, items, last_error, added)"
            " VALUES(?,?,?,?,?,?,NULL,?) ON CONFLICT(url) DO UPDATE SET title=coalesce(excluded.title, title),"
            " etag=excluded.etag, last_modified=excluded.last_modified, last_fetched=excluded.last_fetched,"
            " items=excluded.items, last_error=NULL",
            (clean_line(result.url), result.title and clean_line(result.title), result.etag, result.last_modified,
             _now(), len(result.documents), _now()),
        )

    def feeds(self) -> list[dict]:
        """The subscriptions: url, title, last fetched, item count, last error."""
        rows = self.index.con.execute(
            "SELECT url, title, last_fetched, items, last_error FROM feeds ORDER BY added, url").fetchall()
        return [{"url": r[0], "title": r[1], "last_fetched": r[2], "items": r[3], "last_error": r[4]} for r in rows]

    def refresh(self, progress: Callable[[str, str], None] | None = None,
                allow_private: bool = False) -> ImportReport:
        """Fetch every subscription (conditionally) and import new or changed items."""
        report = ImportReport()
        subs = self.index.con.execute("SELECT url, etag, last_modified FROM feeds ORDER BY added, url").fetchall()
        for url, etag, last_modified in subs:
            self._add_url(url, report, progress, subscribe=True, etag=etag, last_modified=last_modified,
                          feed_only=True, allow_private=allow_private)
        return report

    def write(self, art: StoredArticle, report: ImportReport) -> str:
        """Write one analysed article in its own transaction, then re-attach its bookmarks."""
        return self.write_many([art], report)[0]

    def write_many(self, arts: list[StoredArticle], report: ImportReport,
                   progress: Callable[[str, str], None] | None = None) -> list[str]:
        """Write whole articles in one transaction: all of them, or (on failure) none."""
        from .pipeline import article_id

        outcomes = []
        with self.index.transaction():
            for art in arts:
                old = []
                if not self.index.digest_of(art.source):
                    length = 10
                    while self.index.id_taken(art.id, art.source):
                        length += 2
                        art = art._replace(id=article_id(art.source, length))
                else:  # replaced: its passages' FTS rows go, tokenized as they were indexed
                    old = [(pk, fts_text(text)) for pk, text in self.index.passages_of(art.source)]
                outcome = self.index.write_article(art, _now(), old)
                self.reattach(art.id)
                outcomes.append((art, outcome))
        for art, outcome in outcomes:
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.ids.append(art.id)
            if progress:
                progress(art.source, outcome)
        return [o for _, o in outcomes]

    # --- reading ---------------------------------------------------------------------

    def articles(self) -> ArticleQuery:
        """The article list, newest first, ready to be narrowed."""
        return ArticleQuery(self)

    def count(self) -> int:
        """How many articles the index holds."""
        return self.index.count_articles()

    def data_version(self) -> int:
        """A number that changes when another connection commits to the index (cheap to poll)."""
        return self.index.con.execute("PRAGMA data_version").fetchone()[0]

    def article(self, article_id: str, summaries: bool = True) -> Article:
        """One whole article by id (a unique prefix of at least 4 characters works too).

        `summaries=False` leaves the generated bullets to be drawn later (`summary.generated`):
        the reader shows the body first and the bullets a moment after.
        """
        import json  # loaded on use: a search never needs it

        from .models import Actor, Article, Citation, Mention, Passage, Removed

        con = self.index.con
        row = con.execute("SELECT pk, id, title, published, source, site, doc, read FROM articles WHERE id=?",
                          (article_id,)).fetchone()
        if row is None and len(article_id) >= 4:
            rows = con.execute("SELECT pk, id, title, published, source, site, doc, read FROM articles"
                               " WHERE id LIKE ? || '%' LIMIT 2", (article_id,)).fetchall()
            row = rows[0] if len(rows) == 1 else None
        if row is None:
            raise NewsError(f"no article with id {article_id!r}")
        from .summary import generated

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
        )

    def mark_read(self, article_id: str, read: bool = True) -> None:
        """Remember that an article was read."""
        self.index.con.execute("UPDATE articles SET read=? WHERE id=?", (int(read), article_id))

    # --- search ------------------------------------------------------------------------

    def search(self, query: str, actors: Iterable[str] = (), limit: int = 20) -> list[SearchHit]:
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
        actor_ids = [self.resolve_actor(a) for a in actors]
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
        scores = _bm25([t.lower() if is_normalized("NFKC", t) else normalize(t) for _, t in rows], terms)
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

    # --- actors ----------------------------------------------------------------------

    def resolve_actor(self, name: str) -> str:
        """The actor id for a name or any alias; unknown names raise NewsError."""
        import json  # loaded on use: a search never needs it

        con = self.index.con
        exact = con.execute("SELECT id FROM actors WHERE id=?1 OR name=?1 LIMIT 1", (name.strip(),)).fetchone()
        if exact:  # the usual case (a name as listed), without reading every actor's spellings
            return exact[0]
        key = normalize(name.strip())
        for aid, aname, aliases in con.execute("SELECT id, name, aliases FROM actors"):
            if key in (normalize(aid), normalize(aname)) or key in (normalize(a) for a in json.loads(aliases)):
                return aid
        raise NewsError(f"unknown actor {name!r} (see `newsreader actors`)")

    def actors(self) -> list[tuple[Actor, int, int]]:
        """Every actor with (articles, mentions) counts, most-mentioned first."""
        import json  # loaded on use: a search never needs it

        from .models import Actor

        rows = self.index.con.execute(
            "SELECT ac.id, ac.name, ac.kind, ac.aliases, ac.english, c.articles, c.mentions"
            " FROM actor_counts c JOIN actors ac ON ac.id=c.actor"
            " ORDER BY c.articles DESC, c.mentions DESC, ac.name"
        ).fetchall()
        return [(Actor(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4]), r[5], r[6]) for r in rows]

    def _actor_names_for(self, pks: list[int]) -> dict[int, list[str]]:
        if not pks:
            return {}
        marks = ",".join("?" * len(pks))
        out: dict[int, list[str]] = {}
        for pk, name in self.index.con.execute(
            f"SELECT aa.article, ac.name FROM article_actors aa JOIN actors ac ON ac.id=aa.actor"
            f" WHERE aa.article IN ({marks}) ORDER BY aa.mentions DESC, ac.name", pks
        ):
            out.setdefault(pk, []).append(name)
        return out

    # --- bookmarks ---------------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        """Every bookmark, newest first."""
        from .models import Bookmark

        rows = self.index.con.execute(
            "SELECT id, article_id, anchor, title, text, note, created, detached, source FROM bookmarks"
            " ORDER BY created DESC, id"
        ).fetchall()
        return [Bookmark(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8]) for r in rows]

    def bookmarked_anchors(self, article_id: str) -> set[str]:
        """The anchors bookmarked in one article."""
        return {r[0] for r in self.index.con.execute(
            "SELECT anchor FROM bookmarks WHERE article_id=? AND detached=0", (article_id,))}

    def toggle_bookmark(self, article_id: str, anchor: str, note: str = "") -> Bookmark | None:
        """Bookmark a passage, or remove the bookmark it has; returns the new bookmark or None."""
        from .models import Bookmark

        con = self.index.con
        with self.index.transaction():
            row = con.execute("SELECT id FROM bookmarks WHERE article_id=? AND anchor=? AND detached=0",
                              (article_id, anchor)).fetchone()
            if row:
                con.execute("DELETE FROM bookmarks WHERE id=?", (row[0],))
                return None
            found = con.execute(
                "SELECT a.title, a.source, p.text FROM passages p JOIN articles a ON a.pk=p.article"
                " WHERE a.id=? AND p.anchor=?", (article_id, anchor)).fetchone()
            if not found:
                raise NewsError(f"no passage {anchor!r} in article {article_id!r}")
            import secrets

            bm = Bookmark(secrets.token_hex(6), article_id, anchor, found[0], found[2], note, _now(), False, found[1])
            self._insert_bookmark(bm)
            return bm

    def set_note(self, bookmark_id: str, note: str) -> None:
        """Change a bookmark's note."""
        self.index.con.execute("UPDATE bookmarks SET note=? WHERE id=?", (note, bookmark_id))

    def delete_bookmark(self, bookmark_id: str) -> Bookmark | None:
        """Delete a bookmark; returns it so the caller can offer undo."""
        found = [b for b in self.bookmarks() if b.id == bookmark_id]
        self.index.con.execute("DELETE FROM bookmarks WHERE id=?", (bookmark_id,))
        return found[0] if found else None

    def restore_bookmark(self, bm: Bookmark) -> None:
        """Put a deleted bookmark back exactly as it was."""
        with self.index.transaction():
            self._insert_bookmark(bm)
            self.reattach(bm.article_id)

    def import_bookmarks(self, items: list, replace: bool = False) -> tuple[int, int, int, int]:
        """Merge bookmarks from a `bookmarks --json` export, all or nothing: (added, updated, unchanged, differed).

        Every entry is checked first: NewsError names the first bad one, and nothing is written.
        Under an id already here, a changed note is taken (the note is the user's own words, and an
        import is how they move it); another title, text, article or date is kept as it is here and
        counted in `differed`, unless `replace` takes the file's (then counted as updated).
        """
        marks = [_bookmark_from_json(n, item) for n, item in enumerate(items)]
        added = updated = unchanged = differed = 0
        con = self.index.con
        with self.index.transaction():
            for bm in marks:
                here = con.execute("SELECT article_id, title, text, created, source, note FROM bookmarks WHERE id=?",
                                   (bm.id,)).fetchone()
                if here is None:
                    self._insert_bookmark(bm)
                    added += 1
                    continue
                other = tuple(here[:5]) != (bm.article_id, bm.title, bm.text, bm.created, bm.source)
                if other and replace:
                    con.execute("UPDATE bookmarks SET article_id=?, anchor=?, title=?, text=?, note=?, created=?,"
                                " source=?, detached=? WHERE id=?",
                                (bm.article_id, bm.anchor, bm.title, bm.text, bm.note, bm.created, bm.source,
                                 int(bm.detached), bm.id))
                    updated += 1
                    continue
                differed += other
                if here[5] != bm.note:
                    self.set_note(bm.id, bm.note)
                    updated += 1
                else:
                    unchanged += 1
            for aid in {bm.article_id for bm in marks}:
                # A bookmark of an article this index lacks keeps its state as exported.
                if con.execute("SELECT 1 FROM articles WHERE id=?", (aid,)).fetchone():
                    self.reattach(aid)
        return added, updated, unchanged, differed

    def _insert_bookmark(self, bm: Bookmark) -> None:
        self.index.con.execute(
            "INSERT INTO bookmarks(id, article_id, anchor, title, text, note, created, source, detached)"
            " VALUES(?,?,?,?,?,?,?,?,?)",
            (bm.id, bm.article_id, bm.anchor, bm.title, bm.text, bm.note, bm.created, bm.source, int(bm.detached)),
        )

    def reattach(self, article_id: str) -> None:
        """After an article changes, its bookmarks follow their passage text, or become detached."""
        con = self.index.con
        for bid, anchor, text in con.execute(
            "SELECT id, anchor, text FROM bookmarks WHERE article_id=?", (article_id,)).fetchall():
            here = con.execute(
                "SELECT p.anchor FROM passages p JOIN articles a ON a.pk=p.article WHERE a.id=? AND p.anchor=?",
                (article_id, anchor)).fetchone()
            if here is None:
                here = con.execute(
                    "SELECT p.anchor FROM passages p JOIN articles a ON a.pk=p.article WHERE a.id=? AND p.text=?"
                    " ORDER BY p.seq LIMIT 1", (article_id, text)).fetchone()
            if here:
                con.execute("UPDATE bookmarks SET anchor=?, detached=0 WHERE id=?", (here[0], bid))
            else:
                con.execute("UPDATE bookmarks SET detached=1 WHERE id=?", (bid,))

    def bookmarks_markdown(self) -> str:
        """Every bookmark as Markdown: title, source, passage and note."""
        out = ["# Bookmarks", ""]
        for bm in self.bookmarks():
            out.append(f"## {bm.title}")
            out.append("")
            if bm.source:
                out.append(f"Source: {bm.source}  ")
            out.append(f"Article: `{bm.article_id}` · bookmarked {bm.created[:10]}"
                       + (" · detached (the passage is no longer in the article)" if bm.detached else ""))
            out.append("")
            out.extend("> " + line for line in bm.text.splitlines() or [""])
            out.append("")
            if bm.note:
                out.append(bm.note)
                out.append("")
        from .sanitize import clean_text

        return clean_text("\n".join(out))  # a file that is read with `cat` is output too

    # --- state -----------------------------------------------------------------------

    def get_state(self, key: str, default: str | None = None) -> str | None:
        """A remembered value."""
        return self.index.get_state(key, default)

    def set_state(self, key: str, value: str | None) -> None:
        """Remember a value."""
        self.index.set_state(key, value)

    def note_opened(self, article_id: str) -> bool:
        """Mark an article read and remember it as the last one, without waiting.

        For the reader's UI thread: when another process holds the write lock (an import),
        nothing is written and False comes back; the next article opened tries again.
        """
        con = self.index.con
        con.execute("PRAGMA busy_timeout=0")
        try:
            with self.index.transaction():
                self.mark_read(article_id)
                self.set_state("last_article", article_id)
            return True
        except (IndexLocked, IndexReadOnly, DiskFull, sqlite3.OperationalError):  # not now: the next one tries again
            return False
        finally:
            con.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")


_REQUIRED_TEXT = ("id", "article_id", "anchor", "title", "text")


def _bookmark_from_json(index: int, item: object) -> Bookmark:
    """Entry `index` of a `bookmarks --json` export as a Bookmark; else NewsError naming the entry and field.

    The export's shape, strictly: id, article_id, anchor, title, text non-empty strings; note a
    string; created an ISO date-time; detached true or false (0 or 1 as SQLite keeps it); source a
    string or null. `None`, lists or "no" are never turned into text or truth.
    """
    from datetime import datetime

    from .models import Bookmark

    if not isinstance(item, dict):
        raise NewsError(f"entry {index + 1} is {_json_kind(item)}, not a bookmark (an object with id, title, text…)")
    ident = item.get("id")
    where = f"entry {index + 1}" + (f" (id {_shown(ident)})" if isinstance(ident, str) and ident.strip() else "")

    def wrong(field: str, expected: str) -> NewsError:
        got = "missing" if field not in item else _json_kind(item[field])
        return NewsError(f"{where}: {field!r} must be {expected}, not {got}")

    for field in _REQUIRED_TEXT:
        value = item.get(field)
        if not isinstance(value, str) or not value.strip():
            raise wrong(field, "a non-empty string")
    note = item.get("note", "")
    if not isinstance(note, str):
        raise wrong("note", "a string")
    created = item.get("created")
    if not isinstance(created, str):
        raise wrong("created", _ISO)
    detached = item.get("detached", False)
    if type(detached) not in (bool, int) or detached not in (0, 1):
        raise wrong("detached", "true or false")
    source = item.get("source")
    if source is not None and not isinstance(source, str):
        raise wrong("source", "a string or null")
    from .sanitize import clean_bookmark

    bm = clean_bookmark(Bookmark(item["id"], item["article_id"], item["anchor"], item["title"], item["text"], note,
                                 created, bool(detached), source))  # every string field, as the index will hold it
    for field in _REQUIRED_TEXT:
        if not getattr(bm, field).strip():
            raise NewsError(f"{where}: {field!r} holds nothing but control characters")
    try:
        datetime.fromisoformat(bm.created)
    except ValueError:
        raise wrong("created", _ISO) from None
    return bm


_ISO = "an ISO date and time (2025-11-26T07:30:00+09:00)"


def _json_kind(value: object) -> str:
    """What a JSON value is, for an error message: `null`, `the string "no"`, `a list`…"""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the string {_shown(value)}" if value else "an empty string"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return "a list" if isinstance(value, list) else "an object"


def _shown(text: str, limit: int = 40) -> str:
    """A string from a file, quoted for a message: cut short, every unprintable character escaped."""
    cut = text[:limit]
    escaped = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in cut)
    return f'"{escaped}"' + ("…" if len(text) > limit else "")
