"""Who said what: an actor's quoted words (or every quote), newest articles first; `enter` jumps to the passage."""

from __future__ import annotations

from pathlib import Path

from ..news.library import Library
from .passages import Passage, PassagesScreen, heading, passage_bindings

__all__ = ["QuotesScreen"]


class QuotesScreen(PassagesScreen):
    """The words one actor spoke (`actor`: a name, alias or id), or every quote with its speaker."""

    BINDINGS = passage_bindings("quotes", "quote")
    LIST_TITLE = "Who said what"
    EMPTY = "No quoted words attributed here."

    def __init__(self, db_path: Path, actor: str | None = None, subject: str = "") -> None:
        super().__init__(db_path, subject or actor or "everyone")
        self.actor = actor

    def read(self, lib: Library, limit: int) -> list[Passage]:
        """The quotes, each headed by its speaker (or that the text does not say), date and article."""
        rows = lib.quotes(self.actor, limit)
        return [Passage(heading((q.speaker or "speaker not named", "bold" if q.speaker else "dim italic"),
                                ("  ", ""), (q.published or "", ""), ("  ", ""), (q.title, "dim")),
                        f"「{q.text}」", q.article_id, q.anchor) for q in rows]
