"""Small modals: one that asks for a line of text (a note, a path), one that asks yes or no."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

__all__ = ["ConfirmDialog", "InputDialog"]


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


class ConfirmDialog(ModalScreen[bool]):
    """Ask a yes-or-no question: `y` or `enter` answers yes, `n` or `escape` no."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes", tooltip="Yes: go ahead"),
        Binding("enter", "answer(True)", "Yes", show=False, id="confirm.enter", tooltip="Yes: go ahead"),
        Binding("n", "answer(False)", "No", id="confirm.no", tooltip="No: leave things as they are"),
        Binding("escape", "answer(False)", "No", show=False, id="confirm.cancel",
                tooltip="No: leave things as they are"),
    ]

    def __init__(self, title: str, question: str) -> None:
        super().__init__()
        self._title, self._question = title, question

    def compose(self) -> ComposeResult:
        """The question and the keys that answer it."""
        with Vertical(id="dialog"):
            yield Label(Text(self._question))
            yield Label(Text("y or enter: yes · n or escape: no", style="dim"))

    def on_mount(self) -> None:
        """Title the box."""
        self.query_one("#dialog").border_title = self._title

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)
