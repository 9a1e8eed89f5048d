"""Typed lines -> the cleaned article: blocks, removed lines, citations linked and dated, the date."""

from __future__ import annotations

from ..models import Block, Citation, Cleaned, Removed
from .kinds import BULLET
from .page import Line, Page
from .text import strip_marks


def assemble(page: Page, title: str) -> Cleaned:
    """Group typed lines into blocks; link ✅ blocks to the credit that follows them; date the article."""
    blocks: list[Block] = []
    removed: list[Removed] = []
    pending: list[int] = []  # ✅ blocks waiting for their credit
    last_date: str | None = None  # the latest dateline since the last credit
    last_at: Line | None = None  # that dateline
    published = page.published  # the dateline near the top, unless it dates a credit
    page_dates: list[str] = []
    citations = list(page.citations)
    cur: Line | None = None
    for line in page.lines:
        if line.removed:
            removed.append(Removed(line.removed, line.text, len(blocks)))
            if line.date is not None:
                last_date, last_at = line.date, line
            if line.citation is not None:
                # A dateline belongs to a credit when the credit's ✅ summary stands
                # between them; otherwise it is the page's own date.
                ci = line.citation
                if pending:
                    citations[ci] = Citation(citations[ci].name, citations[ci].url, last_date)
                    if last_at is not None and last_at is page.published_at:
                        published = None
                elif last_date:
                    page_dates.append(last_date)
                for b in pending:
                    blocks[b] = Block(blocks[b].kind, blocks[b].text, ci, blocks[b].level)
                pending, last_date = [], None
            continue
        kind = line.kind or "paragraph"
        same_group = cur is not None and cur.kind == kind and kind in ("table", "list", "quote") and page.adjacent(cur, line)
        if same_group:
            prev = blocks[-1]
            blocks[-1] = Block(kind, prev.text + "\n" + _item_text(kind, line.text), prev.citation, prev.level)
        elif (
            kind == "paragraph" and cur is not None and cur.kind == "paragraph"
            and blocks and blocks[-1].kind == "paragraph" and blocks[-1].text.endswith(("、", "，"))
            and page.adjacent(cur, line)
        ):
            prev = blocks[-1]
            blocks[-1] = Block("paragraph", prev.text + line.text, prev.citation, prev.level)
        else:
            if kind == "summary":
                pending.append(len(blocks))
            blocks.append(Block(kind, _item_text(kind, line.text), None, line.level))
        cur = line
    if last_date:
        page_dates.append(last_date)
    cited = [c.published for c in citations if c.published]
    published = page.doc.published or published or (page_dates[0] if page_dates else None) or (max(cited) if cited else None)
    return Cleaned(title, published, tuple(blocks), tuple(citations), tuple(removed))


def _item_text(kind: str, text: str) -> str:
    if kind == "table":
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        return " | ".join(cells)
    if kind == "list":
        # The bullet mark goes (the kind says "list"); a number stays, it is part of the item.
        item = strip_marks(BULLET.sub("", text)) if BULLET.match(text) else text
        return item or text
    return text
