"""The main screen's daily reading: the feeds pane, read marks (with undo), unread only, the next and
previous article from anywhere, and the automatic refresh of the subscriptions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.binding import Binding
from textual.message import Message
from textual.timer import Timer

from ..messages import ImportFinished, LoadFailed
from ..news.library import NewsError
from ..widgets import ArticleList
from ..widgets.feed_list import FeedList
from .library_view import mark_view

if TYPE_CHECKING:
    from textual.screen import Screen as _Screen
else:
    _Screen = object

__all__ = ["READING_BINDINGS", "Reading", "ViewMarked"]

READING_BINDINGS = [
    Binding("f", "focus_feeds", "Feeds", id="main.feeds", tooltip="Focus the feeds pane"),
    Binding("m", "toggle_read", "Read/unread", id="main.toggle_read",
            tooltip="Mark the highlighted (or open) article read, or unread again"),
    Binding("M", "mark_view_read", "All read", id="main.mark_view_read",
            tooltip="Mark every article of the current view read (u undoes)"),
    Binding("u", "undo_mark", "Undo mark", show=False, id="main.undo_mark",
            tooltip="Undo the last read mark"),
    Binding("U", "toggle_unread_only", "Unread only", show=False, id="main.unread_only",
            tooltip="Show only unread articles, or every article again"),
    Binding("J", "next_article", "Next article", show=False, id="main.next_article",
            tooltip="Open the next article, unread first"),
    Binding("K", "previous_article", "Previous article", show=False, id="main.previous_article",
            tooltip="Open the previous article, unread first"),
]


class ViewMarked(Message):
    """A worker changed read marks: `ids` changed to `read` (kept for an undo); `whole`: the view's."""

    def __init__(self, ids: tuple[str, ...], read: bool, whole: bool, undo: bool) -> None:
        super().__init__()
        self.ids, self.read, self.whole, self.undo = ids, read, whole, undo


class Reading(_Screen):
    """What MainScreen does for the daily reading (a mixin: every method runs on the screen)."""

    if TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any: ...  # the main screen's own attributes

        terms: tuple[str, ...]
        feed: str | None
        unread_only: bool

    _undo: tuple[tuple[str, ...], bool] | None = None  # the ids the last mark changed, and to what
    _quiet_import = False  # the import running is an automatic refresh
    refresh_timer: Timer | None = None  # the automatic refresh's

    # --- the feeds pane and the view -------------------------------------------------------

    def on_feed_list_chosen(self, message: FeedList.Chosen) -> None:
        """Narrow the list to one feed (combined with the actor filters), or show every article."""
        self.feed = message.url

    def watch_feed(self) -> None:
        """The feed changed: read the view again."""
        self._show_view()

    def watch_unread_only(self) -> None:
        """Unread only was toggled: read the view again."""
        self._show_view()

    def action_focus_feeds(self) -> None:
        """Focus the feeds pane."""
        self.query_one(FeedList).focus()

    def action_toggle_unread_only(self) -> None:
        """Show only unread articles, or every article again."""
        self.unread_only = not self.unread_only
        self.notify("Unread articles only." if self.unread_only else "Every article.")

    # --- read marks ------------------------------------------------------------------------------

    def action_toggle_read(self) -> None:
        """Mark the highlighted article (the open one when the body has focus) read, or unread again."""
        article_list = self.query_one(ArticleList)
        row = article_list.highlighted
        if self.focused is not article_list and self.article is not None:
            target, read = self.article.id, not self._is_read(self.article.id)
        elif row is not None:
            target, read = row.id, not row.read
        else:
            self.notify("No article to mark.", severity="warning")
            return
        self._mark((target,), read)

    def _is_read(self, article_id: str) -> bool:
        article_list = self.query_one(ArticleList)
        for page in article_list._pages.values():
            for row in page:
                if row.id == article_id:
                    return row.read
        return True  # an open article was marked read when it was opened

    def action_mark_view_read(self) -> None:
        """Mark every unread article of the view read (u undoes it)."""
        self._mark(None, True)

    def action_undo_mark(self) -> None:
        """Put back the read marks the last mark changed."""
        if self._undo is None:
            self.notify("Nothing to undo.", severity="warning")
            return
        ids, read = self._undo
        self._undo = None
        self._mark(ids, not read, undo=True)

    def _mark(self, ids: tuple[str, ...] | None, read: bool, undo: bool = False) -> None:
        self._write_marks(self.filters, self.feed, ids, read, undo)  # the view as it is now, read here

    @work(thread=True, group="read-state")
    def _write_marks(self, filters: tuple[str, ...], feed: str | None, ids: tuple[str, ...] | None, read: bool,
                     undo: bool) -> None:
        try:
            changed = mark_view(self.db_path, filters, feed, ids, read)
        except NewsError as exc:
            self.post_message(LoadFailed(str(exc)))
            return
        self.post_message(ViewMarked(changed, read, ids is None, undo))

    def on_view_marked(self, message: ViewMarked) -> None:
        """Marks were written: say so, keep them for an undo, and read the view again."""
        count = len(message.ids)
        if message.undo:
            self.notify(f"Undone: {count} article{'s' * (count != 1)} marked "
                        f"{'read' if message.read else 'unread'} again.")
        elif message.whole:
            self._undo = (message.ids, message.read) if count else None
            self.notify(f"{count} article{'s' * (count != 1)} marked read (u undoes)." if count
                        else "Nothing unread here.")
        else:
            self._undo = (message.ids, message.read)
            self.notify("Marked read." if message.read else "Marked unread.")
        self._data_version = self.library.data_version()
        self._show_view(keep_place=True)

    # --- the next and previous article -------------------------------------------------------

    def action_next_article(self) -> None:
        """Open the next article of the list, the next unread one first."""
        self._step_article(1)

    def action_previous_article(self) -> None:
        """Open the previous article of the list, the previous unread one first."""
        self._step_article(-1)

    def _step_article(self, step: int) -> None:
        article_list = self.query_one(ArticleList)
        target = self._step_target(step)
        if target is None:
            self.notify("No next article." if step > 0 else "No previous article.", severity="warning")
            return
        self.terms = ()
        article_list.cursor = target
        article_list.action_choose()

    def load_next_ahead(self) -> None:
        """Load the article `J` opens next ahead of time, so that it shows at once."""
        article_list = self.query_one(ArticleList)
        target = self._step_target(1)
        row = article_list.row(target) if target is not None else None
        if row is not None:
            self.loader.highlighted(row.id)

    def _step_target(self, step: int) -> int | None:
        """The list position `J` (step 1) or `K` (-1) opens: the next unread article that way, else the next."""
        article_list = self.query_one(ArticleList)
        start = article_list.cursor
        if self.article is not None and _row_id(article_list, start) != self.article.id:
            found = [i for i in _cached(article_list) if _row_id(article_list, i) == self.article.id]
            # not in the list any more (unread only): the cursor is already on the article after it
            start = found[0] if found else start - (1 if step > 0 else 0)
        index = start + step
        target = None
        for i in range(index, article_list.count if step > 0 else -1, step):
            row = article_list.row(i)
            if row is None:
                break  # not read yet: plain next
            if not row.read and row.id != (self.article.id if self.article else None):
                target = i
                break
        if target is None:
            target = index
        return target if 0 <= target < article_list.count else None

    # --- the automatic refresh -------------------------------------------------------------------

    def start_auto_refresh(self) -> None:
        """Fetch the subscriptions every `refresh_minutes` of config.toml (never when 0 or unset)."""
        minutes = self.library.config.refresh_minutes
        self.refresh_timer = self.set_interval(minutes * 60, self._refresh_tick, name="auto-refresh") if minutes else None

    def _refresh_tick(self) -> None:
        if any(w.group == "import" and w.is_running for w in self.workers):
            return  # an import or refresh is running: the next tick tries again
        self._quiet_import = True
        self._import([], refresh=True)

    def on_load_failed(self, message: LoadFailed) -> None:
        """A refresh that failed as a whole ends the automatic one too (MainScreen's handler tells it)."""
        self._quiet_import = False

    def quiet_import_finished(self, message: ImportFinished) -> bool:
        """An automatic refresh finished: one quiet line on what arrived (nothing when nothing did)."""
        if not self._quiet_import:
            return False
        self._quiet_import = False
        report = message.report
        if report.added or report.updated:
            line = f"{report.added} new article{'s' * (report.added != 1)}"
            if report.updated:
                line += f", {report.updated} updated"
            self.notify(line, title="Feeds refreshed", timeout=4, markup=False)
        if report.failures:
            count = len(report.failures)
            self.notify(f"{count} feed{'s' * (count != 1)} could not be fetched (R refreshes with details).",
                        title="Feeds refreshed", severity="warning", timeout=4, markup=False)
        self._after_import()
        return True


def _cached(article_list: ArticleList) -> list[int]:
    """The positions of the rows the list has cached, in order."""
    from ..widgets.article_list import PAGE

    return sorted(n * PAGE + i for n, page in article_list._pages.items() for i in range(len(page)))


def _row_id(article_list: ArticleList, index: int) -> str | None:
    row = article_list.row(index)
    return row.id if row is not None else None
