"""The search screen: results live as you type, from a worker with its own index connection."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..news.library import Library, NewsError
from ..news.models import SearchHit
from ..news.sanitize import clean_text
from ..render.text import cut, wrap_text

__all__ = ["SearchScreen", "SearchResult"]

DEBOUNCE_S = 0.1  # a pause in typing that starts a search: hits show from the first key
LIMIT = 50


@dataclass(frozen=True)
class SearchResult:
    """The hit the user chose, and the query that found it (its terms stay highlighted)."""

    article_id: str
    anchor: str
    query: str


class SearchScreen(ModalScreen[SearchResult | None]):
    """Type to search every passage; `enter` opens the highlighted result at its passage."""

    BINDINGS = [
        Binding("escape", "close", "Close", id="search.close", tooltip="Close the search"),
        Binding("down", "focus_results", "Results", show=False, id="search.results",
                tooltip="Move from the query to the results"),
        Binding("enter", "open", "Open", id="search.open", tooltip="Open the highlighted result at its passage"),
    ]

    @dataclass
    class Finished(Message):
        """A search finished in the worker."""

        query: str
        hits: list[SearchHit]
        error: str | None = None

    def __init__(self, db_path: Path, actors: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.db_path = db_path
        self.actors = actors
        self.hits: list[SearchHit] = []
        self._shown_query: str | None = None
        self._timer: Timer | None = None
        self._open_when_done = False

    def compose(self) -> ComposeResult:
        """A query box over the results."""
        with Vertical(id="search-dialog"):
            yield Input(placeholder="Search passages (words are all required)", id="search-input")
            yield OptionList(id="search-results", markup=False)
            yield Static(Text("Type to search.", style="dim"), id="search-status")

    def on_mount(self) -> None:
        """Start in the query box."""
        self.query_one("#search-dialog").border_title = "Search"
        if self.actors:
            self.query_one("#search-dialog").border_subtitle = "within the actor filters"
        self.query_one(Input).focus()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        # Debounce: search once typing pauses, not on every key.
        if self._timer is not None:
            self._timer.stop()
        self._open_when_done = False
        self._timer = self.set_timer(DEBOUNCE_S, lambda: self._search(event.value))

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        if not query.strip():
            self.post_message(self.Finished(query, []))
            return
        try:
            lib = Library(self.db_path)
            try:
                hits = lib.search(query, actors=self.actors, limit=LIMIT)
            finally:
                lib.close()
        except NewsError as exc:
            self.post_message(self.Finished(query, [], str(exc)))
            return
        except Exception as exc:  # never a traceback on screen
            self.post_message(self.Finished(query, [], f"Search failed: {exc}"))
            return
        self.post_message(self.Finished(query, hits))

    def on_search_screen_finished(self, message: Finished) -> None:
        """Show the results, if they are still for what the box holds."""
        if message.query != self.query_one(Input).value:
            return
        self.hits = message.hits
        self._shown_query = message.query
        results = self.query_one(OptionList)
        width = max(10, results.scrollable_content_region.width - 4)
        options: list[Option | None] = []
        for n, hit in enumerate(message.hits):
            snippet = Text(clean_text(hit.snippet))
            for start, end in hit.spans:
                snippet.stylize("bold reverse", start, end)
            title = cut(hit.title, width)
            title.stylize("bold underline")
            options.append(Option(Text.assemble(title, "\n", wrap_text(snippet, width, "  ")), id=str(n)))
        results.set_options(options)
        if options:
            results.highlighted = 0
        status = message.error or (
            f"{len(message.hits)} results" + (" (the best 50)" if len(message.hits) >= LIMIT else "")
            if message.query.strip() else "Type to search."
        )
        if message.query.strip() and not message.hits and not message.error:
            status = "No passage matches."
        self.query_one("#search-status", Static).update(Text(status, style="dim"))
        if self._open_when_done:
            self._open_when_done = False
            self.action_open()

    def action_focus_results(self) -> None:
        """Move from the query box to the results."""
        if self.hits:
            self.query_one(OptionList).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if self._shown_query == event.value and self.hits:
            self.action_open()
        else:
            # Enter before the debounce fired: search now and open the best hit.
            if self._timer is not None:
                self._timer.stop()
            self._open_when_done = True
            self._search(event.value)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def action_open(self) -> None:
        """Open the highlighted result."""
        highlighted = self.query_one(OptionList).highlighted
        if self.hits:
            self._choose(highlighted or 0)

    def _choose(self, index: int) -> None:
        if 0 <= index < len(self.hits):
            hit = self.hits[index]
            self.dismiss(SearchResult(hit.article_id, hit.anchor, self._shown_query or ""))

    def action_close(self) -> None:
        """Close without opening anything."""
        self.dismiss(None)
