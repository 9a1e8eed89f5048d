"""A small modal that asks for one line of text (a note, a path)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

__all__ = ["InputDialog"]


class InputDialog(ModalScreen[str | None]):
    """Ask for a line of text: `enter` accepts, `escape` cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel", tooltip="Close without saving")]

    def __init__(self, title: str, placeholder: str = "", value: str = "") -> None:
        super().__init__()
        self._title, self._placeholder, self._value = title, placeholder, value

    def compose(self) -> ComposeResult:
        """The question and its input box."""
        with Vertical(id="dialog"):
            yield Input(value=self._value, placeholder=self._placeholder, id="dialog-input")
            yield Label(Text("enter accepts · escape cancels", style="dim"))

    def on_mount(self) -> None:
        """Title the box and focus the input."""
        self.query_one("#dialog").border_title = self._title
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        """Close without an answer."""
        self.dismiss(None)
