"""The main screen's work on the index off the UI thread: counts, the list's rows, the actors, read marks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual.message import Message

from ..messages import LoadFailed
from ..news.library import ArticleQuery, Library, NewsError
from ..news.models import Actor, ArticleRow

__all__ = ["LibraryView", "ViewRequest", "ViewRead", "ReadNoted", "CountsRead", "read_view", "post_view",
           "post_counts", "read_page", "mark_opened", "mark_view", "FIRST_ROWS"]

FIRST_ROWS = 200  # the list's first page, read with the counts so the list never opens blank


@dataclass(frozen=True)
class LibraryView:
    """One reading of the index for the main screen, taken in a worker on a connection of its own."""

    filters: tuple[str, ...]  # the actor ids the list is narrowed to
    shown: int  # articles in the list
    total: int  # articles in the index
    actors: list[tuple[Actor, int, int]]  # every actor with its article and mention counts
    first_rows: list[ArticleRow]  # the list's first FIRST_ROWS rows
    last: tuple[str | None, str | None]  # the article and passage open when the reader last quit
    notes: tuple[str, ...] = ()  # actor names that were asked for and are not known
    feeds: tuple[dict, ...] = ()  # every subscription with its unread count (`Library.feeds`)
    unread: int = 0  # unread articles in the index
    feed: str | None = None  # the subscription the list is narrowed to
    unread_only: bool = False  # the list shows unread articles only

    def summary(self) -> str:
        """The header's line: how many articles, and the actors the list is narrowed to."""
        line = f"{self.total} articles · {self.unread} unread"
        if self.feed is not None or self.unread_only or self.filters:
            line = f"{self.shown} of " + line
        if self.feed is not None:
            titles = {f["url"]: f["title"] or f["url"] for f in self.feeds}
            line += f" · feed: {titles.get(self.feed, self.feed)}"
        if self.unread_only:
            line += " · unread only"
        if self.filters:
            names = {a.id: a.name for a, _, _ in self.actors}
            line += " · actors: " + ", ".join(names.get(f, f) for f in self.filters)
        return line


@dataclass(frozen=True)
class ViewRequest:
    """One reading asked for: `number` tells the latest apart; `start` resolves `names` (`--actor`) too;
    `keep_place` is the same view read again (the list's cursor stays)."""

    number: int
    filters: tuple[str, ...]
    names: tuple[str, ...] = ()
    start: bool = False
    keep_place: bool = False
    feed: str | None = None
    unread_only: bool = False


@dataclass
class ViewRead(Message):
    """A worker read the index for the main screen."""

    request: ViewRequest
    view: LibraryView


@dataclass
class ReadNoted(Message):
    """A worker marked an article read (a change of the reader's own, not another process's)."""

    article_id: str


def _query(lib: Library, filters: tuple[str, ...], feed: str | None = None, unread_only: bool = False) -> ArticleQuery:
    query = lib.articles().mentioning(*filters) if filters else lib.articles()
    if feed is not None:
        query = query.from_feed(feed)
    return query.unread() if unread_only else query


def read_view(db_path: Path, filters: tuple[str, ...], names: tuple[str, ...] = (), feed: str | None = None,
              unread_only: bool = False) -> LibraryView:
    """The view of the index at `db_path` narrowed to `filters`, plus the actors called `names` (`--actor`).

    For a worker thread: opens and closes its own connection. Raises NewsError.
    """
    lib = Library(db_path)
    try:
        wanted, notes = list(filters), []
        for name in names:
            try:
                wanted.append(lib.resolve_actor(name))
            except NewsError as exc:
                notes.append(str(exc))
        filters = tuple(dict.fromkeys(wanted))
        query = _query(lib, filters, feed, unread_only)
        last = lib.get_state("last_article")
        anchor = lib.get_state("last_anchor") if last else None
        return LibraryView(filters, query.count(), lib.count(), lib.actors(),
                           query.page(0, FIRST_ROWS, with_actors=False), (last, anchor), tuple(notes),
                           tuple(lib.feeds()), lib.unread_count(), feed, unread_only)
    finally:
        lib.close()


def post_view(db_path: Path, request: ViewRequest, post: Callable[[Message], object]) -> None:
    """Read the view asked for and post it as ViewRead, or LoadFailed (for a worker thread)."""
    try:
        view = read_view(db_path, request.filters, request.names, request.feed, request.unread_only)
    except NewsError as exc:
        post(LoadFailed(str(exc)))
        return
    post(ViewRead(request, view))


@dataclass
class CountsRead(Message):
    """A worker read the counts an article's read mark changes (view `number`'s)."""

    number: int
    total: int
    unread: int
    feeds: tuple[dict, ...]


def post_counts(db_path: Path, number: int, post: Callable[[Message], object]) -> None:
    """Read the articles, the unread ones and each feed's unread, and post them as CountsRead (for a worker
    thread; a failure stays quiet: the next view read tells it)."""
    try:
        lib = Library(db_path)
        try:
            post(CountsRead(number, lib.count(), lib.unread_count(), tuple(lib.feeds())))
        finally:
            lib.close()
    except NewsError:
        pass


def mark_opened(db_path: Path, article_id: str) -> bool:
    """Mark an article read and remember it as the last one (for a worker thread); False when the
    index was busy or could not be written: nothing was, and the next article opened tries again."""
    try:
        lib = Library(db_path)
        try:
            return lib.note_opened(article_id)
        finally:
            lib.close()
    except NewsError:
        return False


def read_page(db_path: Path, filters: tuple[str, ...], offset: int, limit: int, feed: str | None = None,
              unread_only: bool = False) -> list[ArticleRow]:
    """Rows `offset` to `offset + limit` of the list narrowed to `filters` (for a worker thread)."""
    lib = Library(db_path)
    try:
        return _query(lib, filters, feed, unread_only).page(offset, limit, with_actors=False)
    finally:
        lib.close()


def mark_view(db_path: Path, filters: tuple[str, ...], feed: str | None, ids: tuple[str, ...] | None,
              read: bool) -> tuple[str, ...]:
    """Mark read (or unread) the articles `ids`, or with None every unread article of the view;
    returns the ids that changed, for an undo (for a worker thread). Raises NewsError."""
    lib = Library(db_path)
    try:
        if ids is None:
            ids = tuple(row.id for row in _query(lib, filters, feed, unread_only=True).page(0, -1, with_actors=False))
        lib.mark(ids, read)
        return ids
    finally:
        lib.close()
