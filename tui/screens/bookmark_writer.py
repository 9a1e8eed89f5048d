"""The reader's one bookmark writer: changes are written in a worker, in the order asked, and reported by message."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from textual.dom import DOMNode
from textual.message_pump import MessagePump

from ..messages import BookmarkFailed, BookmarkWritten
from ..news.library import Library, NewsError
from ..news.models import Bookmark

__all__ = ["BookmarkWriter"]


@dataclass(frozen=True)
class _Change:
    """One change: `write` makes it on a connection and says what became of it."""

    write: Callable[[Library], BookmarkWritten]
    failure: str  # what the user is told when it could not be written, before the reason
    reply_to: MessagePump


class BookmarkWriter:
    """Toggles, notes, deletes and restores bookmarks off the UI thread; the main and bookmarks screens share it.

    Another process (an import) may hold the index for a while: the reader stays usable meanwhile.
    Changes wait in a queue that one worker at a time drains, on a connection of its own, so two
    quick `b`s on a passage add and then remove. A change written is told (BookmarkWritten) to the
    screen that asked and to every watcher; one that failed (BookmarkFailed), to the screen that asked.
    """

    def __init__(self, host: DOMNode, db_path: Path) -> None:
        """`host` runs the workers (the app, so that they outlive a screen); `db_path` is the index."""
        self.host, self.db_path = host, db_path
        self.watchers: list[MessagePump] = []
        self._queue: deque[_Change] = deque()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._draining = False  # a drain is due or under way
        self._claimed = False  # and someone (the worker, or `wait`) is doing it

    def toggle(self, article_id: str, anchor: str, reply_to: MessagePump) -> None:
        """Bookmark a passage, or remove the bookmark it has."""
        def write(lib: Library) -> BookmarkWritten:
            added = lib.toggle_bookmark(article_id, anchor)
            return BookmarkWritten("added" if added else "removed", article_id,
                                   frozenset(lib.bookmarked_anchors(article_id)), added)

        self._submit(_Change(write, "The bookmark was not saved", reply_to))

    def set_note(self, bookmark: Bookmark, note: str, reply_to: MessagePump) -> None:
        """Change a bookmark's note."""
        def write(lib: Library) -> BookmarkWritten:
            lib.set_note(bookmark.id, note)
            return BookmarkWritten("noted", bookmark.article_id, frozenset(lib.bookmarked_anchors(bookmark.article_id)))

        self._submit(_Change(write, "The change was not saved", reply_to))

    def delete(self, bookmark: Bookmark, reply_to: MessagePump) -> None:
        """Delete a bookmark; the message carries it as it was, for undo."""
        def write(lib: Library) -> BookmarkWritten:
            gone = lib.delete_bookmark(bookmark.id)
            return BookmarkWritten("deleted", bookmark.article_id,
                                   frozenset(lib.bookmarked_anchors(bookmark.article_id)), gone)

        self._submit(_Change(write, "The change was not saved", reply_to))

    def restore(self, bookmark: Bookmark, reply_to: MessagePump) -> None:
        """Put a deleted bookmark back exactly as it was."""
        def write(lib: Library) -> BookmarkWritten:
            lib.restore_bookmark(bookmark)
            return BookmarkWritten("restored", bookmark.article_id,
                                   frozenset(lib.bookmarked_anchors(bookmark.article_id)), bookmark)

        self._submit(_Change(write, "The change was not saved", reply_to))

    def wait(self) -> None:
        """Block until every change asked for is written (on quit: nothing asked for is lost).

        A worker that has not started yet (the app may cancel it on its way out) is not waited
        for: the caller writes what is queued itself.
        """
        if self._claim():
            self._write_queued()
            return
        with self._idle:
            self._idle.wait_for(lambda: not self._draining)

    def _submit(self, change: _Change) -> None:
        with self._lock:
            self._queue.append(change)
            if self._draining:
                return  # the drain under way takes it in turn
            self._draining = True
        self.host.run_worker(self._drain, thread=True, group="bookmark-writes", name="bookmark writer")

    def _claim(self) -> bool:
        """Whether the caller is the one to drain the queue now (a drain is due and nobody took it)."""
        with self._lock:
            if not self._draining or self._claimed:
                return False
            self._claimed = True
            return True

    def _drain(self) -> None:
        """The worker."""
        if self._claim():
            self._write_queued()

    def _write_queued(self) -> None:
        """Write every queued change, in order, on one connection."""
        lib: Library | None = None
        try:
            while True:
                with self._lock:
                    if not self._queue:
                        self._draining = self._claimed = False
                        self._idle.notify_all()
                        return
                    change = self._queue.popleft()
                try:
                    lib = lib or Library(self.db_path)
                    self._tell(change.reply_to, change.write(lib))
                except NewsError as exc:
                    change.reply_to.post_message(BookmarkFailed(f"{change.failure}: {exc}"))
                except Exception as exc:  # never a traceback on screen
                    change.reply_to.post_message(BookmarkFailed(f"{change.failure}: {exc}"))
        finally:
            if lib is not None:
                lib.close()

    def _tell(self, reply_to: MessagePump, message: BookmarkWritten) -> None:
        """Post the outcome to the screen that asked and to every watcher, a message each."""
        for node in dict.fromkeys([reply_to, *self.watchers]):
            node.post_message(replace(message))
