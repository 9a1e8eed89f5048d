"""App-wide messages: requests read as verbs, events in the past tense."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from .news.library import ImportReport
from .news.models import Article, Bookmark
from .widgets.article_body import PreparedLayout

__all__ = ["OpenArticle", "ArticleLoaded", "BookmarkWritten", "BookmarkFailed", "SummaryDrawn", "LoadFailed", "ImportProgressed", "ImportFinished", "Seeded"]


@dataclass
class OpenArticle(Message):
    """Ask the main screen to open an article, optionally at a passage."""

    article_id: str
    anchor: str | None = None


@dataclass
class ArticleLoaded(Message):
    """An article finished loading in a worker, with its bookmarked anchors."""

    article: Article
    anchor: str | None
    bookmarked: frozenset[str]
    requested: str = ""  # the id asked for (a fallback may bring another article)
    prepared: PreparedLayout | None = None  # the body's lines, laid out by the worker


@dataclass
class BookmarkWritten(Message):
    """A bookmark change reached the index; `anchors` are its article's bookmarked passages now."""

    change: str  # "added", "removed", "noted", "deleted" or "restored"
    article_id: str
    anchors: frozenset[str]
    bookmark: Bookmark | None = None  # the bookmark added, deleted (kept for undo) or restored


@dataclass
class BookmarkFailed(Message):
    """A bookmark change could not be written; the text says which and why."""

    text: str


@dataclass
class SummaryDrawn(Message):
    """A worker drew an article's generated bullets (after the article itself was loaded)."""

    article_id: str
    bullets: tuple[tuple[str, str], ...]


@dataclass
class LoadFailed(Message):
    """A worker failed with a user's error; the text is shown in a notification."""

    text: str
    requested: str = ""  # the article id the worker was loading, if any


@dataclass
class ImportProgressed(Message):
    """One input of an import was handled."""

    done: int
    source: str
    outcome: str

    def can_replace(self, message: Message) -> bool:
        """Only the latest progress matters to the display."""
        return isinstance(message, ImportProgressed)


@dataclass
class ImportFinished(Message):
    """An import (or the first-run seeding) finished."""

    report: ImportReport
    first_run: bool = False


@dataclass
class Seeded(Message):
    """The first-run check finished; `report` is None when nothing was imported."""

    report: ImportReport | None
