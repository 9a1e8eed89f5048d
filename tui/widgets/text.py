"""Text helpers shared by the widgets: Japanese-aware wrapping of rich Text."""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from ..news.typeset import line_ranges

__all__ = ["wrap_text", "wrap_lines", "cut", "overlay"]


def wrap_lines(text: Text, width: int, prefix: str = "") -> list[Text]:
    """The lines of `text` broken by our typesetter at `width` cells, after a hanging `prefix` ("• ").

    Rich would break Japanese anywhere, so every widget that shows article text
    breaks it here and hands Rich lines that already fit.
    """
    indent = cell_len(prefix)
    lines = [text[s:e] for s, e in line_ranges(text.plain, max(1, width - indent))]
    if not prefix:
        return lines
    return [Text(prefix if n == 0 else " " * indent) + line for n, line in enumerate(lines)]


def wrap_text(text: Text, width: int, prefix: str = "") -> Text:
    """`text` with newlines inserted where our typesetter breaks it."""
    return Text("\n").join(wrap_lines(text, width, prefix))


def cut(text: str, width: int) -> Text:
    """A single line of at most `width` cells, with an ellipsis if it was cut (CJK-aware)."""
    line = Text(text.replace("\n", " "), no_wrap=True, overflow="ellipsis")
    if cell_len(line.plain) > width:
        line.truncate(max(0, width), overflow="ellipsis")
    return line


def overlay(strip: Strip, style: Style) -> Strip:
    """`strip` with `style` laid over every segment's own style (a cursor's background wins)."""
    return Strip([Segment(text, (seg_style + style) if seg_style else style, control)
                  for text, seg_style, control in strip], strip.cell_length)
