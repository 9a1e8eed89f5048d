"""The timeline: dated events of a story or an actor, oldest first; `enter` jumps to the passage."""

from __future__ import annotations

from pathlib import Path

from ..news.library import Library
from .passages import Passage, PassagesScreen, heading, passage_bindings

__all__ = ["TimelineScreen"]


class TimelineScreen(PassagesScreen):
    """Events oldest first: of one story (`story`, or the story of `article`), of one actor, or all."""

    BINDINGS = passage_bindings("timeline", "event")
    LIST_TITLE = "Timeline"
    EMPTY = "No dated events here."

    def __init__(self, db_path: Path, actor: str | None = None, story: str | None = None,
                 article: str | None = None, subject: str = "") -> None:
        super().__init__(db_path, subject or actor or "")
        self.actor, self.story, self.article = actor, story, article

    def read(self, lib: Library, limit: int) -> list[Passage]:
        """The events, each headed by its date, the actors it names and its article's title."""
        story = self.story
        if story is None and self.article is not None:
            story = lib.story_of(self.article)
        rows = lib.timeline(self.actor, story, limit)
        return [Passage(heading((e.date, "bold"), ("  ", ""), ("、".join(e.actors) + "  · " if e.actors else "", "italic"),
                                (e.title, "dim")),
                        e.text, e.article_id, e.anchor) for e in rows]
