"""Strip helpers shared by the widgets."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

__all__ = ["overlay"]


def overlay(strip: Strip, style: Style) -> Strip:
    """`strip` with `style` laid over every segment's own style (a cursor's background wins)."""
    return Strip([Segment(text, (seg_style + style) if seg_style else style, control)
                  for text, seg_style, control in strip], strip.cell_length)
