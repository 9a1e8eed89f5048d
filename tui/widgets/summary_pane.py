"""The summaries of the open article: its own bullets and the generated ones."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..news.sanitize import clean_text
from ..render.text import wrap_text

__all__ = ["SummaryPane"]

Bullets = tuple[tuple[str, str], ...]  # (anchor, text)


class SummaryPane(OptionList):
    """"From the article" and "Generated" bullets; `enter` on one shows its passage in the body."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="summary.down", tooltip="Highlight the next bullet"),
        Binding("k", "cursor_up", "Up", show=False, id="summary.up", tooltip="Highlight the previous bullet"),
        Binding("enter", "select", "Go to passage", id="summary.open",
                tooltip="Scroll the body to this bullet's passage"),
    ]

    @dataclass
    class BulletChosen(Message):
        """The user asked to see the passage a bullet comes from."""

        anchor: str

    # The pane's size is set by the screen's grid, not by its bullets: a new article's bullets
    # need this pane repainted (and its scroll bars updated), not the whole screen laid out again.
    virtual_size = Reactive(Size(0, 0), layout=False)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._bullets: tuple[Bullets, Bullets] = ((), ())
        self._anchors: dict[str, str] = {}
        self._pending = False
        self._built_width = -1

    def show(self, from_article: Bullets, generated: Bullets, pending: bool = False) -> None:
        """Show the bullets of a newly opened article (`pending`: the generated ones are being drawn)."""
        self._bullets = (from_article, generated)
        self._pending = pending
        self._rebuild()

    def _width(self) -> int:
        return max(8, self.scrollable_content_region.width - 3)

    def on_resize(self, event: events.Resize) -> None:
        """Re-break the bullets at the new width (Rich would break Japanese anywhere)."""
        if self._width() != self._built_width:
            self._rebuild()

    def _rebuild(self) -> None:
        if self.scrollable_content_region.width <= 0:
            return  # not laid out yet: on_resize builds at the real width
        width = self._built_width = self._width()
        options: list[Option] = []
        self._anchors = {}
        for key, heading, bullets in (("a", "From the article", self._bullets[0]),
                                      ("g", "Generated", self._bullets[1])):
            options.append(Option(Text(heading, style="bold"), disabled=True))
            if not bullets:
                waiting = key == "g" and self._pending
                options.append(Option(Text("  (drawing…)" if waiting else "  (none)", style="dim"), disabled=True))
            for n, (anchor, text) in enumerate(bullets):
                option_id = f"{key}{n}"
                self._anchors[option_id] = anchor
                options.append(Option(wrap_text(Text(clean_text(text)), width, "• "), id=option_id))
        highlighted = self.highlighted
        self.set_options(options)
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        self.highlighted = highlighted if highlighted is not None and highlighted < len(options) else first

    def action_select(self) -> None:
        """Ask for the highlighted bullet's passage."""
        option = self.highlighted_option
        if option is not None and option.id in self._anchors:
            self.post_message(self.BulletChosen(self._anchors[option.id]))
