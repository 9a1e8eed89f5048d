"""The domain's value types: plain frozen dataclasses shared by every layer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

ACTOR_KINDS = ("person", "country", "place", "organization")


@dataclass(frozen=True)
class Citation:
    """A source the page cites: any of the three may be unknown."""

    name: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Block:
    """One passage of a cleaned article.

    `citation` is the index into the article's citations of the source this
    passage summarises (a ✅ block before a credit line), else None.
    `level` orders headings (1 is the headline, 2 a section, 3 a sub-heading).
    """

    kind: str
    text: str
    citation: int | None = None
    level: int = 0


@dataclass(frozen=True)
class Removed:
    """A line cleaning dropped, the rule that dropped it, and where it stood.

    `before` is the index of the block that followed it (len(blocks) at the end).
    """

    rule: str
    text: str
    before: int = 0


@dataclass(frozen=True)
class Skip:
    """An input that is not an article, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Enclosure:
    """A file a feed item carries (a podcast's audio, a video, an image): where, what type, how large."""

    url: str
    type: str | None = None  # a MIME type, or a medium ("image", "audio", "video") when that is all we have
    length: int | None = None  # bytes, as the feed says


@dataclass(frozen=True)
class Document:
    """Raw input from a source: decoded text plus whatever metadata the reader found."""

    source: str
    text: str
    format: str = "text"  # text | markdown (html and feeds convert to markdown)
    title: str | None = None
    published: str | None = None
    site: str | None = None
    url: str | None = None  # the page's own URL (canonical link or where it was fetched)
    # Its lines that are its site's template: (position as the cleaner reads the lines, count of articles),
    # set by the importer from the index (`cleaning.templates`); not part of the input nor of its digest.
    template: tuple[tuple[int, int], ...] = ()
    enclosures: tuple[Enclosure, ...] = ()  # a feed item's audio, video and images; not part of its digest


@dataclass(frozen=True)
class Cleaned:
    """The result of cleaning a document: what a reader reads."""

    title: str
    published: str | None
    blocks: tuple[Block, ...]
    citations: tuple[Citation, ...] = ()
    removed: tuple[Removed, ...] = ()


@dataclass(frozen=True)
class Mention:
    """An actor named in a passage, at [start, end) of the passage text."""

    actor: str
    block: int
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    """A person, country, place or organisation, with every spelling merged."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    english: str | None = None


@dataclass(frozen=True)
class Passage:
    """A stored block: its stable anchor and position in the article."""

    anchor: str
    kind: str
    text: str
    seq: int
    citation: int | None = None
    level: int = 0


@dataclass(frozen=True)
class ArticleRow:
    """One line of the article list."""

    id: str
    title: str
    published: str | None
    source: str
    site: str | None = None
    read: bool = False
    actors: tuple[str, ...] = ()
    feed: str | None = None  # the title of the feed it came from


@dataclass(frozen=True)
class Article:
    """A whole cleaned article as the index holds it."""

    id: str
    title: str
    published: str | None
    source: str
    site: str | None
    passages: tuple[Passage, ...]
    citations: tuple[Citation, ...]
    removed: tuple[Removed, ...]
    summary_article: tuple[tuple[str, str], ...] = ()  # (anchor, text)
    summary_generated: tuple[tuple[str, str], ...] = ()  # (anchor, text)
    actors: tuple[tuple[Actor, int], ...] = ()  # (actor, mentions)
    mentions: tuple[Mention, ...] = ()
    read: bool = False
    url: str | None = None  # the page's own URL when known (canonical link, feed item link)
    sources: tuple[str, ...] = ()  # every place it came from, the first (`source`) first
    enclosures: tuple[Enclosure, ...] = ()  # the files its feed item carries


@dataclass(frozen=True)
class Bookmark:
    """A bookmarked passage, its text copied so it outlives the article's changes."""

    id: str
    article_id: str
    anchor: str
    title: str
    text: str
    note: str
    created: str
    detached: bool = False
    source: str | None = None


class SearchHit(NamedTuple):
    """A passage that matched a query: spans are the hit offsets in the snippet."""

    article_id: str
    anchor: str
    title: str
    snippet: str
    score: float
    spans: tuple[tuple[int, int], ...] = ()


class ImportReport:
    """What an import did, counted the way the closing line says it."""

    def __init__(self, added: int = 0, updated: int = 0, unchanged: int = 0, skipped: list[Skip] | None = None,
                 ids: list[str] | None = None, failures: list[str] | None = None) -> None:
        """Counts so far; lists given are kept (not copied)."""
        self.added, self.updated, self.unchanged = added, updated, unchanged
        self.skipped: list[Skip] = skipped if skipped is not None else []
        self.ids: list[str] = ids if ids is not None else []
        self.failures: list[str] = failures if failures is not None else []  # fetches that failed: one line each
        self.failed: list[str] = []  # inputs that failed as a whole (the CLI exits 1): paths, URLs, feeds
        self.notes: list[str] = []  # worth telling, not failures (a "feed" that was a page)
        self.subscribed: list[str] = []  # feeds subscribed to without a fetch (from an OPML file)
        self.page_failures = 0  # item pages that could not be fetched (their items keep their summary)
        self.merged = 0  # inputs that were copies of an article here (counted unchanged): a place more for it

    def __repr__(self) -> str:
        return f"ImportReport({self.line()}, failures={len(self.failures)})"

    def line(self) -> str:
        """The closing line: `N added, N updated, N unchanged, N skipped`."""
        return f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, {len(self.skipped)} skipped"
