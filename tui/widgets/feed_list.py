"""The feeds pane: every subscription with its unread count; `enter` narrows the list to one."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..render.text import cut

__all__ = ["FeedList", "ALL"]

ALL = "\x00all"  # the option id of "All articles"


class FeedList(OptionList):
    """"All articles", then each subscription with its unread articles; the chosen one is checked."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="feeds.down", tooltip="Highlight the next feed"),
        Binding("k", "cursor_up", "Up", show=False, id="feeds.up", tooltip="Highlight the previous feed"),
        Binding("space,enter", "choose_feed", "Show feed", id="feeds.choose",
                tooltip="Show only this feed's articles (or every article)"),
    ]

    @dataclass
    class Chosen(Message):
        """The user chose a feed (None: every article)."""

        url: str | None

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._feeds: tuple[dict, ...] = ()
        self._unread = 0
        self._chosen: str | None = None
        self._built_width = -1

    def show(self, feeds: tuple[dict, ...], unread: int, chosen: str | None) -> None:
        """Show the subscriptions and the total unread, checking the one the list is narrowed to."""
        if (tuple(feeds), unread, chosen) == (self._feeds, self._unread, self._chosen) \
                and self._built_width == self._width():
            return  # the same view read again: nothing to redraw
        self._feeds, self._unread, self._chosen = tuple(feeds), unread, chosen
        self._rebuild()

    def on_resize(self, event: events.Resize) -> None:
        """Titles are cut to the width, so rebuild when it changes."""
        if self._width() != self._built_width:
            self._rebuild()

    def _width(self) -> int:
        return max(8, self.scrollable_content_region.width - 2)

    def _line(self, title: str, unread: int, chosen: bool, width: int) -> Text:
        mark = "▸ " if chosen else "  "
        count = f" {unread}" if unread else ""
        line = Text.assemble(mark, cut(title, width - len(mark) - len(count)), (count, "bold"))
        if not unread:
            line.stylize("dim", len(mark))
        return line

    def _rebuild(self) -> None:
        if self.scrollable_content_region.width <= 0:
            return  # not laid out yet: on_resize builds at the real width
        width = self._built_width = self._width()
        options = [Option(self._line("All articles", self._unread, self._chosen is None, width), id=ALL)]
        for feed in self._feeds:
            title = feed.get("title") or feed["url"]
            options.append(Option(self._line(title, feed.get("unread", 0), feed["url"] == self._chosen, width),
                                  id=feed["url"]))
        highlighted = self.highlighted
        self.set_options(options)
        self.highlighted = highlighted if highlighted is not None and highlighted < len(options) else 0

    def action_choose_feed(self) -> None:
        """Narrow the list to the highlighted feed, or show every article."""
        option = self.highlighted_option
        if option is not None and option.id:
            self.post_message(self.Chosen(None if option.id == ALL else option.id))
