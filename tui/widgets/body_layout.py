"""An article's lines for the body, laid out by a plan a worker can follow off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from ..news.models import Article
from ..render.body import lay_out

__all__ = ["LayoutPlan", "PreparedLayout"]


@dataclass(frozen=True)
class LayoutPlan:
    """What laying out an article needs, captured on the UI thread so a worker can do the work.

    `key` says which settings the lines are for: the body uses prepared lines only when
    its own key still matches (same width, marks, terms, theme).
    """

    key: tuple
    width: int
    styles: dict[str, Style]
    console: Console
    show_removed: bool
    marks: dict[str, tuple[str, ...]]
    terms: tuple[str, ...]
    height: int = 0  # the body's lines on screen

    def lay_out(self, article: Article, lines_wanted: int | None = None, rendered: int = 0) -> "PreparedLayout":
        """Lay out an article by this plan (thread-safe: touches no widget); with `lines_wanted`, only
        the passages that fill that many lines (`complete` then says whether that was all of them);
        the first `rendered` lines are rendered too (a worker does it: the paint then only copies them)."""
        def style(name: str) -> Style:
            return self.styles.get(name) or Style()

        lines, ranges = lay_out(article, self.width, self.console, style, show_removed=self.show_removed,
                                marks=self.marks, terms=self.terms, lines_wanted=lines_wanted)
        out = [_Line(line.text, line.passage, line.first) for line in lines]
        for line in out[:rendered]:
            line.strip(self.console)
        return PreparedLayout(self.key, article.id, out, ranges, complete=len(ranges) == len(article.passages))


@dataclass(frozen=True)
class PreparedLayout:
    """An article's lines laid out ahead of time (by `LayoutPlan.lay_out`)."""

    key: tuple
    article_id: str
    lines: list
    ranges: dict[int, tuple[int, int]]
    complete: bool = True  # False: only the first screenful of passages


@dataclass(slots=True)  # one object a line, not two: an article is hundreds of lines, and each switch makes them
class _Line:
    text: Text
    passage: int | None  # the passage this line belongs to
    first: bool = False  # the passage's first line carries the bookmark mark
    rendered: Strip | None = None  # made when the line is first drawn: most lines never are

    def strip(self, console) -> Strip:
        """The line as segments, rendered once."""
        if self.rendered is None:
            self.rendered = Strip(list(self.text.render(console)), cell_len(self.text.plain))
        return self.rendered
