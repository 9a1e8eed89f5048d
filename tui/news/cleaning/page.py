"""The page being cleaned: its lines, and what the rules and the typing pass learn about each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Citation, Document

# Markdown's inline markup goes; the words it marks stay.
_MD_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\((?:[^)]*)\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"`([^`]+)`"), r"\1"),
]


def read_lines(doc: Document) -> list[str]:
    """The texts of a document's lines as `Page.read` reads them: non-empty, trimmed; in Markdown, without
    inline markup (the site templates hash them with no `Line` made)."""
    rows = map(str.strip, doc.text.split("\n"))
    if doc.format != "markdown":
        return [text for text in rows if text]
    out = []
    for text in rows:
        for pattern, repl in _MD_INLINE:
            text = pattern.sub(repl, text)
        if text:
            out.append(text)
    return out


@dataclass(slots=True)
class Line:
    """One non-empty line of a page, and what cleaning has found out about it."""

    text: str
    removed: str | None = None  # the name of the rule that removed it
    idx: int = 0  # where it stands in `Page.lines`
    table: bool = False  # a row of a table
    kind: str | None = None  # the kind of block it becomes (see `Block`)
    level: int = 0  # a heading's rank
    citation: int | None = None  # a credit line: the index of its citation in `Page.citations`
    date: str | None = None  # a dateline: its date, YYYY-MM-DD
    as_read: bool = False  # a line as the page was read (not made by a rule that cut a line apart)
    template: int | None = None  # a line of its site's template (`Document.template`): in how many of its articles


@dataclass
class Page:
    """A document while it is cleaned: its lines and the citations its credits name."""

    doc: Document
    lines: list[Line]
    citations: list[Citation] = field(default_factory=list)
    published: str | None = None  # the date of the first dateline near the top, YYYY-MM-DD
    published_at: Line | None = None  # that dateline

    @classmethod
    def read(cls, doc: Document) -> Page:
        """The document's non-empty lines, trimmed; in Markdown, without inline markup. Each line of the site's
        template is noted with its count of articles."""
        template = dict(doc.template)
        return cls(doc, [Line(text, idx=i, as_read=True, template=template.get(i)) for i, text in enumerate(read_lines(doc))])

    def renumber(self) -> None:
        """Set each line's `idx` after lines were cut apart or added."""
        for i, line in enumerate(self.lines):
            line.idx = i

    def live(self) -> list[Line]:
        """The lines no rule has removed, in order."""
        return [x for x in self.lines if not x.removed]

    def adjacent(self, a: Line, b: Line) -> bool:
        """True when only removed layout marks stand between two lines."""
        return all(x.removed == "layout" for x in self.lines[a.idx + 1 : b.idx])
