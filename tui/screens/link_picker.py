"""Choosing which URL `o` opens: the current passage's source, or one of the article's enclosures
(audio, video, images), each with its type and size."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from ..news.enclosures import label
from ..news.models import Enclosure
from ..news.sanitize import clean_line

__all__ = ["LinkPicker", "choices"]


def choices(source: str | None, enclosures: tuple[Enclosure, ...]) -> list[tuple[str, str]]:
    """(what it is, URL) for each URL the picker offers: the passage's source first, then the enclosures."""
    out = [("Source of this passage", source)] if source else []
    return out + [(f"📎 {label(e)}", e.url) for e in enclosures]


class LinkPicker(ModalScreen[str | None]):
    """Pick a URL to open (`enter`) or copy (`y`); `escape` closes. Dismissed with the URL to open."""

    BINDINGS = [
        Binding("escape", "cancel", "Close", id="links.cancel", tooltip="Close without opening anything"),
        Binding("y", "copy", "Copy URL", id="links.copy", tooltip="Copy the highlighted URL to the clipboard"),
    ]

    def __init__(self, links: list[tuple[str, str]]) -> None:
        super().__init__()
        self._links = links

    def compose(self) -> ComposeResult:
        """The URLs, each under what it is, and the keys."""
        with Vertical(id="dialog"):
            yield OptionList(*(Option(Text.assemble((clean_line(what), "bold"), "\n", (clean_line(url), "dim")))
                               for what, url in self._links), id="links")
            yield Label(Text("enter opens · y copies · escape closes", style="dim"))

    def on_mount(self) -> None:
        """Title the box and focus the list."""
        self.query_one("#dialog").border_title = "Open"
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._links[event.option_index][1])

    def action_copy(self) -> None:
        """Copy the highlighted URL and close."""
        index = self.query_one(OptionList).highlighted
        if index is not None:
            url = self._links[index][1]
            self.app.copy_to_clipboard(url)
            self.app.notify(url, title="Copied", markup=False)
        self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without opening anything."""
        self.dismiss(None)
