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
        """The events, each headed by its date, its article's title and the actors it names."""
        story = self.story
        if story is None and self.article is not None:
            story = lib.story_of(self.article)
        rows = lib.timeline(self.actor, story, limit)
        return [Passage(heading((e.date, "bold"), ("  ", ""), (e.title, "dim"),
                                *((("  · " + "、".join(e.actors), "italic"),) if e.actors else ())),
                        e.text, e.article_id, e.anchor) for e in rows]
