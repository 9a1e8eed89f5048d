"""The article list: a virtual list over the index, instant at any size.

A `ListView`, `OptionList` or `DataTable` mounts one object per row and takes
seconds at 100,000 articles; this is a Line API `ScrollView` whose virtual
height is the article count and whose lines read rows from a small LRU cache of
pages. A page not in the cache is read by a worker: drawing never waits for the index.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace

from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..news.library import NewsError
from ..news.models import ArticleRow
from ..render.text import cut, source_name
from .text import overlay

__all__ = ["ArticleList", "PageReader"]

ROW_HEIGHT = 2  # title, then date and source
PAGE = 200
CACHED_PAGES = 8

PageReader = Callable[[int, int], list[ArticleRow]]
"""(offset, limit) -> those rows of the view; called in a worker thread, so it opens its own connection."""


class ArticleList(ScrollView, can_focus=True):
    """Every article of the current view, newest first; `enter` opens one."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="list.down", tooltip="Highlight the next article"),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up", tooltip="Highlight the previous article"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down", tooltip="Down one page"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up", tooltip="Up one page"),
        Binding("home", "first", "First", show=False, id="list.first", tooltip="The newest article"),
        Binding("end", "last", "Last", show=False, id="list.last", tooltip="The oldest article"),
        Binding("enter", "choose", "Open", id="list.open", tooltip="Open the highlighted article"),
    ]

    COMPONENT_CLASSES = {
        "article-list--cursor",
        "article-list--open",
        "article-list--unread",
        "article-list--meta",
        "article-list--empty",
    }

    cursor: reactive[int] = reactive(0, init=False, repaint=False)  # watch_cursor redraws the two rows

    @dataclass
    class Chosen(Message):
        """The user chose an article to open."""

        article_id: str

    @dataclass
    class Highlighted(Message):
        """The cursor moved onto an article (the screen may load it ahead)."""

        article_id: str

    @dataclass
    class ReadFailed(Message):
        """A page of the list could not be read; the text says why."""

        text: str

    @dataclass
    class PageRead(Message, bubble=False):
        """A worker read a page of rows (the list posts it to itself)."""

        generation: int
        number: int
        rows: list[ArticleRow]
        error: str | None = None

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._reader: PageReader | None = None
        self._generation = 0  # which `show` the pages belong to
        self._count = 0
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        self._reading: set[int] = set()  # pages a worker is reading
        self._select: str | None = None  # an article to put the cursor on once the first page is read
        self._owed: set[str] = set()  # "highlight", "choose": messages due once the cursor's row is read
        self.open_id: str | None = None
        self.empty_text = "No articles."

    # --- data ---------------------------------------------------------------------------

    @property
    def count(self) -> int:
        """How many articles the list holds."""
        return self._count

    def show(self, reader: PageReader, count: int, first_rows: list[ArticleRow], select: str | None = None,
             keep_place: bool = False) -> None:
        """Show a view of the index: `count` rows, the first read already, the others by `reader`.

        The cursor goes to `select` if it is among the first rows; else, with `keep_place` (the same
        view read again), it stays where it is, and otherwise goes to the top. With `keep_place` the
        rows cached stay on screen until workers have read them again.
        """
        self._reader, self._count = reader, count
        self._generation += 1
        again = [number for number in self._pages if number != 0] if keep_place else []
        if not keep_place:
            self._pages.clear()
        self._reading.clear()
        self._owed.clear()
        self._select = None
        self._pages[0] = list(first_rows)
        self._sync_size()
        for number in again:
            self._read_page(number)
        found = self._find(select) if select is not None else None
        if keep_place:
            self.cursor = found if found is not None else self.cursor
        else:
            self.set_reactive(ArticleList.cursor, 0)
            self.scroll_to(y=0, animate=False)
            if found is not None:
                self.cursor = found
        self.refresh()

    def row(self, index: int) -> ArticleRow | None:
        """The row at a position of the view if its page is cached; else None, and a worker reads the page."""
        if self._reader is None or not 0 <= index < self._count:
            return None
        number, at = divmod(index, PAGE)
        page = self._pages.get(number)
        if page is None:
            self._read_page(number)
            return None
        self._pages.move_to_end(number)
        return page[at] if at < len(page) else None

    @property
    def highlighted(self) -> ArticleRow | None:
        """The row under the cursor (None while its page is being read)."""
        return self.row(self.cursor)

    def select(self, article_id: str) -> None:
        """Put the cursor on an article if it is among the first rows (now, or once they are read)."""
        if 0 in self._pages:
            found = self._find(article_id)
            if found is not None:
                self.cursor = found
        else:
            self._select = article_id
            self.row(0)

    def _find(self, article_id: str) -> int | None:
        """The position of an article in the cached first page, if it is there."""
        for index, row in enumerate(self._pages.get(0, ())):
            if row.id == article_id:
                return index
        return None

    def _read_page(self, number: int) -> None:
        if number in self._reading or self._reader is None:
            return
        self._reading.add(number)
        self._read(self._reader, self._generation, number)

    @work(thread=True, group="article-pages")
    def _read(self, reader: PageReader, generation: int, number: int) -> None:
        try:
            self.post_message(self.PageRead(generation, number, reader(number * PAGE, PAGE)))
        except NewsError as exc:
            self.post_message(self.PageRead(generation, number, [], str(exc)))
        except Exception as exc:  # never a traceback on screen
            self.post_message(self.PageRead(generation, number, [], f"The list could not be read: {exc}"))

    def on_article_list_page_read(self, message: PageRead) -> None:
        """A page arrived: cache it, redraw, and do what waited for it."""
        if message.generation != self._generation:
            return  # a page of a view no longer shown
        self._reading.discard(message.number)
        self._pages[message.number] = message.rows  # an unreadable page stays empty rather than asked again
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        if message.error:
            self.post_message(self.ReadFailed(message.error))
        if self._select is not None and message.number == 0:
            self.select(self._select)
            self._select = None
        row = self.highlighted if self._owed else None
        if row is not None:
            if "highlight" in self._owed:
                self.post_message(self.Highlighted(row.id))
            if "choose" in self._owed:
                self.post_message(self.Chosen(row.id))
            self._owed.clear()
        self.refresh()

    def mark_open(self, article_id: str) -> None:
        """Remember which article the body shows, and that it is now read (redrawing its row and the
        row of the article open before, not the whole list)."""
        before, self.open_id = self.open_id, article_id
        for number, page in self._pages.items():
            for i, row in enumerate(page):
                if row.id == article_id and not row.read:
                    page[i] = replace(row, read=True)
                if row.id in (before, article_id):
                    self.refresh_lines((number * PAGE + i) * ROW_HEIGHT, ROW_HEIGHT)

    # --- layout and drawing --------------------------------------------------------------

    def _sync_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self._count * ROW_HEIGHT)

    def on_resize(self, event: events.Resize) -> None:
        """Keep the virtual width in step and the cursor visible."""
        self._sync_size()
        self._scroll_to_cursor()

    def render_line(self, y: int) -> Strip:
        """One screen line: half of a row (its title, or its date and source)."""
        width = self.scrollable_content_region.width
        base = self.rich_style
        virtual_y = round(self.scroll_offset.y) + y
        index, part = divmod(virtual_y, ROW_HEIGHT)
        if self._count == 0:
            if y == 0 and self._reader is not None:  # nothing is said before the view is read
                text = cut(" " + self.empty_text, width)
                text.stylize(self.get_component_rich_style("article-list--empty"))
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        row = self.row(index)
        if row is None:
            return Strip.blank(width, base)
        if part == 0:
            mark = Text("● " if not row.read else "  ", self.get_component_rich_style("article-list--unread"))
            title = cut(row.title, width - 3)
            if not row.read:
                title.stylize("bold")
            text = Text.assemble(" ", mark, title)
        else:
            meta = f"{row.published or '—'} · {source_name(row.source, row.site)}"
            text = Text("   ") + cut(meta, width - 3)
            text.stylize(self.get_component_rich_style("article-list--meta"))
        strip = self._strip(text, width, base)
        if row.id == self.open_id and part == 0:
            strip = overlay(strip, Style(color=self.get_component_rich_style("article-list--open").color))
        if index == self.cursor:
            strip = overlay(strip, Style(bgcolor=self.get_component_rich_style("article-list--cursor").bgcolor))
        return strip

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        segments = list(text.render(self.app.console))
        return Strip(segments).adjust_cell_length(width, base).apply_style(base)

    # --- cursor -----------------------------------------------------------------------------

    def validate_cursor(self, cursor: int) -> int:
        """Keep the cursor on a row."""
        return max(0, min(cursor, self._count - 1)) if self._count else 0

    def watch_cursor(self, old: int, new: int) -> None:
        """Redraw both rows, bring the new one into view, and say which article is highlighted."""
        self.refresh_lines(old * ROW_HEIGHT, ROW_HEIGHT)
        self.refresh_lines(new * ROW_HEIGHT, ROW_HEIGHT)
        self._scroll_to_cursor()
        row = self.row(new)
        if row is not None:
            self.post_message(self.Highlighted(row.id))
        else:
            self._owed.add("highlight")

    def _scroll_to_cursor(self) -> None:
        top = self.cursor * ROW_HEIGHT
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        if top < self.scroll_offset.y:
            self.scroll_to(y=top, animate=False)
        elif top + ROW_HEIGHT > self.scroll_offset.y + height:
            self.scroll_to(y=top + ROW_HEIGHT - height, animate=False)

    def _page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    def action_cursor_down(self) -> None:
        """Highlight the next article."""
        self.cursor += 1

    def action_cursor_up(self) -> None:
        """Highlight the previous article."""
        self.cursor -= 1

    def action_page_down(self) -> None:
        """Move one page down."""
        self.cursor += self._page_rows()

    def action_page_up(self) -> None:
        """Move one page up."""
        self.cursor -= self._page_rows()

    def action_first(self) -> None:
        """Highlight the newest article."""
        self.cursor = 0

    def action_last(self) -> None:
        """Highlight the oldest article."""
        self.cursor = self._count - 1

    def action_choose(self) -> None:
        """Open the highlighted article."""
        row = self.highlighted
        if row is not None:
            self.post_message(self.Chosen(row.id))
        elif 0 <= self.cursor < self._count:
            self._owed.add("choose")

    def on_click(self, event: events.Click) -> None:
        """A click highlights and opens the row under the pointer."""
        index = (round(self.scroll_offset.y) + event.y) // ROW_HEIGHT
        if 0 <= index < self._count:
            self.cursor = index
            self.action_choose()

