"""The one façade the CLI and the reader share: import, list, read, search, bookmark.

A `Library` owns one index connection; make one per thread. The SQL lives in `store/`, one
module per kind of record; the import pipeline in `importer`.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths
from .errors import (DiskFull, IndexCorrupt, IndexFileError, IndexLocked, IndexReadOnly, NewsError, StorageError,
                     with_typed_errors)
from .models import Actor, Article, Bookmark, Document, ImportReport, SearchHit, Skip
from .store import ArticleQuery, Index, Store, StoredArticle, now

if TYPE_CHECKING:
    from .store.stories import EventRow, QuoteRow, StoryRow
    from .config import Config
    from .importer import Importer

__all__ = ["Library", "NewsError", "ImportReport", "ArticleQuery",
           "StorageError", "IndexLocked", "IndexReadOnly", "DiskFull", "IndexCorrupt"]

Progress = Callable[[str, str], None]


def upgrade_notice(old: int, new: int) -> None:
    """What the command line and the reader say (on stderr) before upgrading an existing index."""
    sys.stderr.write(f"newsreader: updating the index from schema {old} to {new}"
                     " (once; a large index takes minutes)…\n")
    sys.stderr.flush()


def upgrade_progress(done: int, total: int) -> None:
    """How far an upgrade has come, on one line of a terminal's stderr (nothing when redirected)."""
    if not sys.stderr.isatty():
        return
    sys.stderr.write(f"\r  passages tokenized again: {done:,} of {total:,} ({100 * done // max(1, total)}%)"
                     + ("\n" if done >= total else ""))
    sys.stderr.flush()


@with_typed_errors
class Library:
    """The news library over one index file; its methods raise NewsError (and its StorageError kinds), never
    sqlite3's errors."""

    def __init__(self, db: str | os.PathLike[str] | None = None, workers: int | None = None,
                 on_upgrade: Callable[[int, int], None] | None = None,
                 upgrade_progress: Callable[[int, int], None] | None = None) -> None:
        """Open the index at `db` (else the default); `on_upgrade(old, new)` hears of a schema upgrade,
        `upgrade_progress(done, total)` of its progress where a step takes long."""
        self._path = paths.index_file(db)
        self._config: Config | None = None
        self.workers = workers  # analysis processes for large imports; None = one per core
        try:
            self.index = Index(self._path, on_upgrade, upgrade_progress)
        except IndexFileError as exc:
            raise NewsError(str(exc)) from exc
        self.store = Store(self.index)
        self._imports: Importer | None = None

    @property
    def path(self) -> Path:
        """The index file."""
        return Path(self._path)

    def close(self) -> None:
        """Close the index."""
        self.index.close()

    # --- import ---------------------------------------------------------------------

    def _importer(self) -> Importer:
        """The import pipeline over this library's store."""
        # Loaded on first use: it brings the page extractor, the fetcher and the analysis workers,
        # a fifth of a second that listing, reading and searching never need.
        from .importer import Importer

        if self._imports is None:  # one per library: it follows the documents on their way (site templates)
            self._imports = Importer(self.store, self.workers)
        return self._imports

    def ensure_seeded(self) -> ImportReport | None:
        """On first use of an empty index, import the bundled sample articles."""
        if self.store.articles.any() or self.store.state.get("seeded"):
            return None
        report = self.add([paths.seeds_dir()])
        self.store.state.set("seeded", now())
        return report

    def add(self, inputs: Iterable[str | Path], progress: Progress | None = None,
            allow_private: bool = False) -> ImportReport:
        """Import files, folders and URLs; `progress(source, outcome)` is called per input.

        A feed added by URL becomes a subscription that `refresh()` fetches again. `allow_private`:
        feed items may fetch pages from private addresses too.
        """
        return self._importer().add(inputs, progress, allow_private)

    def import_documents(self, items: Iterable[Document | Skip], report: ImportReport,
                         progress: Progress | None, workers: int | None = None) -> None:
        """Skip what is unchanged, analyse the rest (in parallel when it pays), write in batches."""
        self._importer().import_documents(items, report, progress, workers)

    def write_many(self, arts: list[StoredArticle], report: ImportReport,
                   progress: Progress | None = None) -> list[str]:
        """Write whole articles in one transaction: all of them, or (on failure) none."""
        return self._importer().write_many(arts, report, progress)

    def refresh(self, progress: Progress | None = None, allow_private: bool = False) -> ImportReport:
        """Fetch every subscription (conditionally) and import new or changed items."""
        return self._importer().refresh(progress, allow_private)

    def feeds(self) -> list[dict]:
        """The subscriptions: url, title, last fetched, item count, last error, tags, unread."""
        return self.store.subscriptions.all()

    def feeds_opml(self) -> str:
        """The subscriptions as an OPML 2.0 document (their tags as folders)."""
        from .opml import write

        return write(self.feeds())

    def unsubscribe(self, url: str, purge: bool = False) -> tuple[int, int]:
        """End a subscription; its articles stay, or with `purge` those without bookmarks go.

        Returns (articles removed, articles kept for their bookmarks).
        """
        counts = self.store.removal.unsubscribe(url, purge)
        self._regained()
        return counts

    def remove(self, ids: Iterable[str]) -> list[str]:
        """Delete articles (all or none); their bookmarks stay, detached, with their text."""
        removed = self.store.removal.remove(ids)
        self._regained()
        return removed

    def _regained(self) -> None:
        """Articles that got a site-template line back (a removal left it in two articles): cleaned again."""
        if self.store.removal.regained:
            with self.index.transaction():
                self._importer().templates.reclean(self.store.removal.regained)
            self.store.removal.regained = set()

    # --- settings --------------------------------------------------------------------

    @property
    def config(self) -> Config:
        """The user's settings (`config.toml`), read once."""
        if self._config is None:
            from .config import load

            self._config = load()
        return self._config

    # --- reading ---------------------------------------------------------------------

    def articles(self, muted: bool | None = False) -> ArticleQuery:
        """The article list, newest first, ready to be narrowed; muted articles are left out
        (`muted=True`: only them; None: all)."""
        query = ArticleQuery(self.index, self.store.actors)
        if muted is None:
            return query
        from .mute import condition

        rule = condition(self.index.con, self.config.mute, self.store.actors.resolve)
        if rule is None:
            return query.where("0") if muted else query
        sql, args = rule
        return query.where(sql if muted else f"NOT ({sql})", *args)

    def mark(self, ids: Iterable[str], read: bool = True) -> int:
        """Mark articles read (or unread), all or none; returns how many changed."""
        return self.store.read_state.mark(ids, read)

    def mark_all(self, feed: str | None = None, read: bool = True) -> int:
        """Mark every article read, or those one subscription brought; returns how many changed."""
        if feed is not None and not any(f["url"] == feed for f in self.feeds()):
            raise NewsError(f"no subscription to {feed} (`newsreader feeds` lists them)")
        return self.store.read_state.mark_all(feed, read)

    def unread_count(self) -> int:
        """How many articles are unread."""
        return self.store.read_state.unread()

    def count(self) -> int:
        """How many articles the index holds."""
        return self.store.articles.count()

    def data_version(self) -> int:
        """A number that changes when another connection commits to the index (cheap to poll)."""
        return self.index.data_version()

    def article(self, article_id: str, summaries: bool = True) -> Article:
        """One whole article by id (a unique prefix of at least 4 characters works too).

        `summaries=False` leaves the generated bullets to be drawn later (`summary.generated`):
        the reader shows the body first and the bullets a moment after.
        """
        return self.store.articles.article(article_id, summaries)

    def mark_read(self, article_id: str, read: bool = True) -> None:
        """Remember that an article was read."""
        self.store.articles.mark_read(article_id, read)

    def search(self, query: str, actors: Iterable[str] = (), limit: int = 20) -> list[SearchHit]:
        """Passages matching the query, ranked by relevance among the newest matches (`store.search`)."""
        return self.store.search.find(query, actors, limit)

    # --- actors ----------------------------------------------------------------------

    def resolve_actor(self, name: str) -> str:
        """The actor id for a name or any alias; unknown names raise NewsError."""
        return self.store.actors.resolve(name)

    def actors(self) -> list[tuple[Actor, int, int]]:
        """Every actor with (articles, mentions) counts, most-mentioned first."""
        return self.store.actors.counted()

    # --- stories, timeline, quotes (`store.stories`) ------------------------------------

    def stories(self, limit: int = -1) -> list[StoryRow]:
        """Stories of two articles or more, newest first."""
        return self.store.stories.stories(limit)

    def timeline(self, actor: str | None = None, story: str | None = None, limit: int = -1) -> list[EventRow]:
        """Dated events, oldest first: naming one actor, of one story, or all."""
        if story is not None and not self.store.stories.exists(story):
            raise NewsError(f"no story with id {story!r} (see `newsreader stories`)")
        return self.store.stories.timeline(self._person(actor) if actor else None, story, limit)

    def story_of(self, article_id: str) -> str | None:
        """The id of the story an article belongs to (None if it is in none)."""
        return self.store.stories.story_of_article(article_id)

    def quotes(self, actor: str | None = None, limit: int = -1) -> list[QuoteRow]:
        """Quotes with their speakers, newest articles first: of one actor, or all."""
        return self.store.stories.quotes(self._person(actor) if actor else None, limit)

    def _person(self, name: str) -> tuple[str, ...]:
        """The actor a name resolves to, and those that are the same person (石破 and 石破茂, `Actors.same`)."""
        return self.store.actors.same(self.resolve_actor(name))

    # --- bookmarks ---------------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        """Every bookmark, newest first."""
        return self.store.bookmarks.all()

    def bookmarked_anchors(self, article_id: str) -> set[str]:
        """The anchors bookmarked in one article."""
        return self.store.bookmarks.anchors(article_id)

    def toggle_bookmark(self, article_id: str, anchor: str, note: str = "") -> Bookmark | None:
        """Bookmark a passage, or remove the bookmark it has; returns the new bookmark or None."""
        return self.store.bookmarks.toggle(article_id, anchor, note)

    def set_note(self, bookmark_id: str, note: str) -> None:
        """Change a bookmark's note."""
        self.store.bookmarks.set_note(bookmark_id, note)

    def delete_bookmark(self, bookmark_id: str) -> Bookmark | None:
        """Delete a bookmark; returns it so the caller can offer undo."""
        return self.store.bookmarks.delete(bookmark_id)

    def restore_bookmark(self, bm: Bookmark) -> None:
        """Put a deleted bookmark back exactly as it was."""
        self.store.bookmarks.restore(bm)

    def import_bookmarks(self, items: list, replace: bool = False) -> tuple[int, int, int, int]:
        """Merge bookmarks from a `bookmarks --json` export, all or nothing: (added, updated, unchanged, differed).

        See `store.bookmarks.Bookmarks.import_json` for what is checked and what is taken.
        """
        return self.store.bookmarks.import_json(items, replace)

    def reattach(self, article_id: str) -> None:
        """After an article changes, its bookmarks follow their passage text, or become detached."""
        self.store.bookmarks.reattach(article_id)

    def bookmarks_markdown(self) -> str:
        """Every bookmark as Markdown: title, source, passage and note."""
        return self.store.bookmarks.markdown()

    # --- state -----------------------------------------------------------------------

    def get_state(self, key: str, default: str | None = None) -> str | None:
        """A remembered value."""
        return self.store.state.get(key, default)

    def set_state(self, key: str, value: str | None) -> None:
        """Remember a value."""
        self.store.state.set(key, value)

    def note_opened(self, article_id: str) -> bool:
        """Mark an article read and remember it as the last one, without waiting.

        For the reader's UI thread: when another process holds the write lock (an import),
        nothing is written and False comes back; the next article opened tries again.
        """
        try:
            with self.index.without_waiting(), self.index.transaction():
                self.store.articles.mark_read(article_id)
                self.store.state.set("last_article", article_id)
            return True
        except (IndexLocked, IndexReadOnly, DiskFull, sqlite3.OperationalError):  # not now: the next one tries again
            return False
