"""Japanese-aware wrapping of rich Text, and short forms for the list and the body."""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import urlparse

from rich.cells import cell_len
from rich.text import Text

from ..news.sanitize import clean_line
from ..news.typeset import line_ranges

__all__ = ["wrap_text", "wrap_lines", "cut", "source_name"]


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
    """A single line of at most `width` cells, with an ellipsis if it was cut (CJK-aware); data, so
    no control sequence survives."""
    line = Text(clean_line(text), no_wrap=True, overflow="ellipsis")
    if cell_len(line.plain) > width:
        # Cut by whole characters: Rich pads a double-width one it cannot split, leaving a gap before "…".
        room, end = max(0, width - 1), 0
        for end, char in enumerate(line.plain):
            room -= cell_len(char)
            if room < 0:
                break
        line = line[:end]
        if width > 0:
            line.append("…")
    return line


def source_name(row_source: str, site: str | None) -> str:
    """A short name for where an article came from: its site, a URL's host, or a file's name."""
    if site:
        return site
    if row_source.startswith(("http://", "https://")):
        return urlparse(row_source).netloc
    return PurePath(row_source).name
