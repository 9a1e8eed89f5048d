"""Lay out a cleaned article as lines of rich Text at a cell width: the body's typesetting.

Shared by the reader's body widget and `newsreader show`, and tested without a running
app: headings, paragraphs, tables, lists, ✅/💡 bullets with their cited source beneath
the run, and, on request, what cleaning removed. Every line of article text, table
cells included, is broken by `typeset.line_ranges`; Rich never wraps Japanese here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from ..news.language import find_spans
from ..news.enclosures import label
from ..news.models import Article, Citation, Enclosure, Passage, Removed
from ..news.sanitize import clean_line, clean_text
from .text import cut, source_name, wrap_lines, wrap_text

__all__ = ["BodyLine", "lay_out", "column_widths", "enclosure_lines", "PREFIX"]

PREFIX = {"summary": "✅ ", "keypoint": "💡 ", "quote": "│ "}
HEADING_STYLE = {1: "title", 2: "heading"}  # deeper levels are "subheading"

StyleOf = Callable[[str], Style]  # a part's name ("title", "hit"...) -> its style


@dataclass(frozen=True)
class BodyLine:
    """One laid-out line and the passage it belongs to (None for spacing and removed lines)."""

    text: Text
    passage: int | None
    first: bool = False  # the passage's first line carries the bookmark mark


def lay_out(
    article: Article,
    width: int,
    console: Console,
    style: StyleOf,
    *,
    show_removed: bool = False,
    marks: dict[str, tuple[str, ...]] | None = None,
    terms: tuple[str, ...] = (),
    fold_urls: bool = True,
    lines_wanted: int | None = None,
) -> tuple[list[BodyLine], dict[int, tuple[int, int]]]:
    """The article's lines at `width` cells, and each passage's [start, end) range of lines.

    The article's enclosures close it, each with its URL whole on a line of its own, or folded at
    `width` with `fold_urls` (the reader's; printed output keeps a URL on one line, never cut).
    With `lines_wanted`, only the passages that make the first `lines_wanted` lines (a screenful:
    what is drawn first) are laid out.
    """
    lines: list[BodyLine] = []
    ranges: dict[int, tuple[int, int]] = {}
    removed: dict[int, list[Removed]] = {}
    if show_removed:
        for item in article.removed:
            removed.setdefault(item.before, []).append(item)
    passages = article.passages
    for i, passage in enumerate(passages):
        lines.extend(BodyLine(t, None) for t in _removed(removed.get(i, ()), width, style))
        start = len(lines)
        text = _marked(article, passage, style, marks or {}, terms)
        lines.extend(BodyLine(t, i, first=(n == 0)) for n, t in enumerate(_block(passage, text, width, console, style)))
        if i == 0 and passage.kind == "heading":
            meta = cut(" · ".join([article.published or "undated", source_name(article.source, article.site)]), width)
            meta.stylize(style("meta"))
            lines.append(BodyLine(meta, i))
        if passage.citation is not None and _ends_citation_run(article, i):
            lines.extend(BodyLine(t, i) for t in _citation(article.citations[passage.citation], width, style))
        ranges[i] = (start, len(lines))
        if lines_wanted is not None and len(lines) >= lines_wanted and i + 1 < len(passages):
            return lines, ranges
        if i + 1 < len(passages) and not _same_run(passage, passages[i + 1]):
            lines.append(BodyLine(Text(""), None))
    if removed.get(len(passages)):
        lines.append(BodyLine(Text(""), None))
        lines.extend(BodyLine(t, None) for t in _removed(removed[len(passages)], width, style))
    if article.enclosures:
        lines.append(BodyLine(Text(""), None))
        lines.extend(BodyLine(t, None) for t in enclosure_lines(article.enclosures, width, style, fold_urls))
    return lines, ranges


def enclosure_lines(items: tuple[Enclosure, ...], width: int, style: StyleOf, fold: bool = True) -> list[Text]:
    """`📎 audio/mpeg · 12.3 MB` and the URL beneath, for each enclosure."""
    out: list[Text] = []
    for item in items:
        out.append(cut(f"📎 {label(item)}", width) if fold else Text(clean_line(f"📎 {label(item)}")))
        out[-1].stylize(style("subheading"))
        url = clean_line(item.url)
        out.extend(Text("   " + part, style("meta")) for part in (_fold(url, width - 3) if fold else [url]))
    return out


def _fold(text: str, width: int) -> list[str]:
    """`text` in pieces of at most `width` cells, cut anywhere (a URL has no place to break)."""
    parts, part, room = [], "", max(1, width)
    for char in text:
        if part and cell_len(part) + cell_len(char) > room:
            parts.append(part)
            part = ""
        part += char
    return [*parts, part] if part else parts


def _same_run(a: Passage, b: Passage) -> bool:
    # Bullets of one ✅/💡 run read as one list; everything else gets air.
    return a.kind == b.kind and a.kind in ("summary", "keypoint") and a.citation == b.citation


def _ends_citation_run(article: Article, i: int) -> bool:
    cite = article.passages[i].citation
    if cite is None or cite >= len(article.citations):
        return False
    return i + 1 >= len(article.passages) or article.passages[i + 1].citation != cite


def _marked(article: Article, passage: Passage, style: StyleOf,
            marks: dict[str, tuple[str, ...]], terms: tuple[str, ...]) -> Text:
    """The passage as Text (never markup, no control sequence) with actor mentions and search hits styled."""
    plain = clean_text(passage.text)
    text = Text(plain)
    for m in article.mentions if marks else ():
        if m.block == passage.seq and m.actor in marks:
            text.stylize(style("mention"), m.start, m.end)
    if terms:
        for s, e in find_spans(plain, list(terms)):
            text.stylize(style("hit"), s, e)
    return text


def _block(passage: Passage, text: Text, width: int, console: Console, style: StyleOf) -> list[Text]:
    kind = passage.kind
    if kind == "heading":
        text.stylize(style(HEADING_STYLE.get(passage.level, "subheading")))
        return wrap_lines(text, width)
    if kind == "table":
        return _table(text, width, console)
    if kind == "list":
        out: list[Text] = []
        for item in text.split("\n"):
            numbered = item.plain[:1].isdigit() or item.plain[:1] in "・-•"
            out.extend(wrap_lines(item, width, "" if numbered else "• "))
        return out
    if kind in PREFIX:
        text.stylize(style(kind))
        if kind == "quote":
            return [Text(PREFIX[kind], style(kind)) + line for line in wrap_lines(text, width - 2)]
        return wrap_lines(text, width, PREFIX[kind])
    return wrap_lines(text, width)


def _table(text: Text, width: int, console: Console) -> list[Text]:
    """A table block (a row a line, cells split by ` | `) drawn as a table.

    Column widths are shared out here and each cell is broken by our typesetter, so Rich
    only draws the grid and never folds Japanese in the middle of a word.
    """
    cut_rows = [list(row.split(" | ", allow_blank=True)) for row in text.split("\n")]
    columns = max(len(r) for r in cut_rows)
    rows = [[*r, *(Text("") for _ in range(columns - len(r)))] for r in cut_rows]
    # The grid's own cells: an edge each side, a rule between columns, one space of padding
    # either side of it (none at the edges).
    widths = column_widths([max(cell_len(c.plain) for c in col) for col in zip(*rows)],
                           width - (3 * columns - 1))
    table = Table(box=box.SIMPLE_HEAD, show_header=len(rows) > 1, pad_edge=False, header_style="bold")
    for w in widths:
        table.add_column(width=w, overflow="fold")
    cells = [[wrap_text(cell, w) for cell, w in zip(row, widths)] for row in rows]
    header, body = (cells[0], cells[1:]) if len(cells) > 1 else ([], cells)
    for n, cell in enumerate(header):
        table.columns[n].header = cell
    for row in body:
        table.add_row(*row)
    rendered = console.render_lines(table, console.options.update(width=width), pad=False)
    lines = [Text.assemble(*((seg.text, seg.style or "") for seg in line if not seg.control)) for line in rendered]
    return [line for line in lines if line.plain.strip()]


def column_widths(natural: list[int], room: int) -> list[int]:
    """Widths for columns wanting `natural` cells within `room`: max-min fair shares.

    A column that wants less than an even share gets what it wants; what it leaves goes
    to the others, evenly. Every column gets at least 2 cells (one full-width character).
    """
    natural = [max(n, 1) for n in natural]
    if sum(natural) <= room:
        return natural
    widths = [0] * len(natural)
    left = sorted(range(len(natural)), key=natural.__getitem__)
    room = max(room, 2 * len(natural))
    while left:
        share = room // len(left)
        i = left[0]
        if natural[i] <= share:
            widths[i] = natural[i]
            room -= natural[i]
            left.pop(0)
            continue
        # Every remaining column wants more than a share: split what is left evenly.
        for n, j in enumerate(left):
            widths[j] = max(2, share + (1 if n < room - share * len(left) else 0))
        break
    return widths


def _citation(citation: Citation, width: int, style: StyleOf) -> list[Text]:
    parts = [clean_line(p) for p in (citation.name, citation.published, citation.url) if p]
    return wrap_lines(Text("出典: " + " · ".join(parts), style("citation")), width, "↳ ")


def _removed(items: list[Removed] | tuple[()], width: int, style: StyleOf) -> list[Text]:
    out: list[Text] = []
    for item in items:
        text = Text.assemble((clean_line(f"{item.rule}: "), "bold"), clean_text(item.text))
        text.stylize(style("removed"))
        out.extend(wrap_lines(text, width, "✂ "))
    return out
