"""The cleaned article, laid out block by block with Japanese line breaking and a passage cursor.

Rich would wrap Japanese anywhere (a line may start with `、`), so every line is
broken by `typeset.line_ranges` at the body's width, and re-broken on resize.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive, var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..news.language import find_spans
from ..news.models import Article, Passage
from .body_layout import LayoutPlan, PreparedLayout, _Line
from .text import overlay

__all__ = ["ArticleBody", "cited_url"]

GUTTER = 3  # cursor bar, bookmark mark, space
MARGIN = 1  # keep text off the scrollbar


def cited_url(article: Article, passage: Passage | None) -> str | None:
    """The passage's cited source URL, else the article's own source, if it is http(s)."""
    candidates = []
    if passage is not None and passage.citation is not None and passage.citation < len(article.citations):
        candidates.append(article.citations[passage.citation].url)
    candidates += [article.source, article.url]
    for url in candidates:
        if url and url.lower().startswith(("http://", "https://")):
            return url
    return None


@dataclass
class _Paint:
    """The styles one paint of the body reads, and the few gutters it draws, made once."""

    base: Style
    bar: Style
    mark: Style
    cursor: Style
    gutters: dict[tuple[bool, bool], Strip] = field(default_factory=dict)

    def gutter(self, current: bool, marked: bool, console: Console) -> Strip:
        """The cursor bar (on the current passage) and the bookmark mark (on a bookmarked passage's first line)."""
        strip = self.gutters.get((current, marked))
        if strip is None:
            text = Text.assemble(Text("▎" if current else " ", self.bar), Text("★" if marked else " ", self.mark), " ")
            strip = self.gutters[current, marked] = Strip(list(text.render(console)), GUTTER)
        return strip


class ArticleBody(ScrollView, can_focus=True):
    """One article: headings, paragraphs, tables, lists and summaries, with a passage cursor."""

    BINDINGS = [
        Binding("j,down", "next_passage", "Next passage", show=False, id="body.next",
                tooltip="Move the passage cursor down"),
        Binding("k,up", "previous_passage", "Previous passage", show=False, id="body.previous",
                tooltip="Move the passage cursor up"),
        Binding("home", "first_passage", "First passage", show=False, id="body.first",
                tooltip="The article's first passage"),
        Binding("end", "last_passage", "Last passage", show=False, id="body.last",
                tooltip="The article's last passage"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="body.page_down",
                tooltip="Down one page; the passage cursor moves with it"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="body.page_up",
                tooltip="Up one page; the passage cursor moves with it"),
    ]

    COMPONENT_CLASSES = {
        "article-body--title",
        "article-body--heading",
        "article-body--subheading",
        "article-body--meta",
        "article-body--summary",
        "article-body--keypoint",
        "article-body--quote",
        "article-body--citation",
        "article-body--removed",
        "article-body--cursor",
        "article-body--bar",
        "article-body--mark",
        "article-body--mention",
        "article-body--hit",
    }

    cursor: reactive[int] = reactive(0, init=False)
    bookmarked: reactive[frozenset[str]] = reactive(frozenset, init=False)
    """The anchors that carry a bookmark mark."""
    marks: var[dict[str, tuple[str, ...]]] = var(dict, init=False)
    """Actors whose mentions are highlighted: id -> the names and aliases they go by."""
    terms: var[tuple[str, ...]] = var((), init=False)
    """Normalised search terms whose hits are highlighted (and stepped through by `n`/`N`)."""
    show_removed: var[bool] = var(False, init=False)
    """Whether what cleaning removed is shown inline."""
    _style_generation = 0  # bumped when the theme changes: lines laid out before are stale

    @dataclass
    class PassageChanged(Message):
        """The passage cursor moved."""

        article_id: str
        anchor: str

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self._lines: list[_Line] = []
        self._ranges: dict[int, tuple[int, int]] = {}
        self._laid_out_width = -1
        self._scroll_top_pending = False
        self._paint: _Paint | None = None
        self.empty_text = "No article open."

    # --- what to show --------------------------------------------------------------------

    def show_article(self, article: Article, anchor: str | None = None,
                     bookmarked: frozenset[str] = frozenset(), terms: tuple[str, ...] = (),
                     prepared: PreparedLayout | None = None) -> None:
        """Show an article with the cursor on `anchor` (else its first passage), marking search `terms`.

        `prepared` lines, laid out by a worker, are used when they fit the body as it is now.
        """
        self.article = article
        self.set_reactive(ArticleBody.bookmarked, frozenset(bookmarked))
        self.set_reactive(ArticleBody.terms, tuple(terms))
        if prepared is not None and prepared.article_id == article.id and prepared.key == self._layout_key():
            self._laid_out_width = self._text_width
            self._set_lines(prepared.lines, prepared.ranges)
        else:
            self._relayout(force=True)
        self.set_reactive(ArticleBody.cursor, self.index_of(anchor) or 0)
        self.scroll_to(y=0, animate=False)
        if anchor:
            self._scroll_top_pending = True
            self._scroll_to_cursor(top=True)
        self.refresh()
        self._announce()

    @property
    def current(self) -> Passage | None:
        """The passage under the cursor."""
        if self.article is None or not self.article.passages:
            return None
        return self.article.passages[min(self.cursor, len(self.article.passages) - 1)]

    def index_of(self, anchor: str | None) -> int | None:
        """The position of a passage by anchor."""
        if self.article is None or anchor is None:
            return None
        for i, passage in enumerate(self.article.passages):
            if passage.anchor == anchor:
                return i
        return None

    def jump_to(self, anchor: str) -> bool:
        """Put the cursor on a passage and scroll it near the top."""
        index = self.index_of(anchor)
        if index is None:
            return False
        self.cursor = index
        self._scroll_to_cursor(top=True)
        return True

    def validate_bookmarked(self, anchors: frozenset[str]) -> frozenset[str]:
        """Keep the anchors as a frozenset, whatever collection was given."""
        return frozenset(anchors)

    def validate_marks(self, actors: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        """Keep a copy: the caller's dict may change later."""
        return dict(actors)

    def validate_terms(self, terms: tuple[str, ...]) -> tuple[str, ...]:
        """Keep the terms as a tuple."""
        return tuple(terms)

    def watch_marks(self) -> None:
        """Mentions are styled in the laid-out lines: lay out again."""
        self._relayout(force=True)

    def watch_terms(self) -> None:
        """Hits are styled in the laid-out lines: lay out again."""
        self._relayout(force=True)

    def watch_show_removed(self) -> None:
        """Removed lines come and go: lay out again, keeping the cursor in view."""
        self._relayout(force=True)
        self._scroll_to_cursor()

    def hits(self) -> list[int]:
        """Positions of the passages holding a search hit."""
        if self.article is None or not self.terms:
            return []
        return [i for i, p in enumerate(self.article.passages) if find_spans(p.text, list(self.terms))]

    def step_hit(self, step: int) -> bool:
        """Move the cursor to the next (step 1) or previous (-1) passage with a hit, wrapping round."""
        hits = self.hits()
        if not hits:
            return False
        if step > 0:
            target = next((h for h in hits if h > self.cursor), hits[0])
        else:
            target = next((h for h in reversed(hits) if h < self.cursor), hits[-1])
        self.cursor = target
        self._scroll_to_cursor(top=True)
        return True

    def rendered_text(self) -> str:
        """Every laid-out line as plain text (what a reader sees, without the gutter)."""
        self._ensure_whole()
        return "\n".join(line.text.plain.rstrip() for line in self._lines)

    # --- layout ---------------------------------------------------------------------------

    @property
    def _text_width(self) -> int:
        return max(10, self.scrollable_content_region.width - GUTTER - MARGIN)

    def on_resize(self, event: events.Resize) -> None:
        """Re-break every line at the new width."""
        self._relayout()
        self._scroll_to_cursor(top=self._scroll_top_pending)

    def notify_style_update(self) -> None:
        """Colours are baked into the laid-out lines, so lay out again (lazily) after a style change."""
        super().notify_style_update()
        self._style_generation += 1
        self._laid_out_width = -1
        self.refresh()

    def _layout_key(self, terms: tuple[str, ...] | None = None) -> tuple:
        """What laid-out lines depend on: width, removed lines shown, marks, terms, theme."""
        return (self._text_width, self.show_removed, tuple(sorted(self.marks.items())),
                self.terms if terms is None else tuple(terms), self._style_generation)

    def layout_plan(self, terms: tuple[str, ...] | None = None) -> LayoutPlan | None:
        """A plan for laying out articles as this body would (with `terms` marked), for a worker."""
        if self.scrollable_content_region.width <= 0:
            return None
        key = self._layout_key(terms)
        styles = {c.removeprefix("article-body--"): self.get_component_rich_style(c) for c in self.COMPONENT_CLASSES}
        return LayoutPlan(key, self._text_width, styles, self.app.console, self.show_removed, dict(self.marks),
                          key[3], self.scrollable_content_region.height)

    def _relayout(self, force: bool = False, whole: bool = False) -> None:
        plan = self.layout_plan()
        if plan is None or (plan.width == self._laid_out_width and not force):
            return
        self._laid_out_width = plan.width
        if self.article is None:
            self._set_lines([_Line(Text(self.empty_text, self._style("meta")), None)], {})
            return
        # What shows first is laid out first: with the body at the top and the cursor's passage on its
        # first screen, a screenful is drawn now and the rest is laid out once it is painted.
        height = self.scrollable_content_region.height
        partial = not whole and height > 0 and self.scroll_offset.y == 0
        prepared = plan.lay_out(self.article, height + 1 if partial else None)
        span = prepared.ranges.get(self.cursor)
        if not prepared.complete and (span is None or span[0] > 2 or span[1] > height):
            prepared = plan.lay_out(self.article)  # the body scrolls to the cursor: lay out all of it
        self._set_lines(prepared.lines, prepared.ranges)
        if not prepared.complete:
            self.call_after_refresh(self._finish_layout, self.article, plan.key)

    def _finish_layout(self, article: Article, key: tuple) -> None:
        """Lay out the rest of an article whose first screenful was drawn (unless it changed since)."""
        if self.article is article and self._layout_key() == key:
            self._ensure_whole()

    def _ensure_whole(self) -> None:
        """Lay out the rest of the article now if only its first screenful is (before moving through it)."""
        if self.article is not None and self._laid_out_width >= 0 and len(self._ranges) < len(self.article.passages):
            self._relayout(force=True, whole=True)

    def _set_lines(self, lines: list, ranges: dict[int, tuple[int, int]]) -> None:
        self._lines, self._ranges = lines, ranges
        size = Size(self.scrollable_content_region.width, len(self._lines))
        height = self.scrollable_content_region.height
        old = self.virtual_size
        if old.width == size.width and (old.height > height) == (size.height > height):
            # The scroll bars stay as they are: no need to lay out the whole screen again,
            # repainting this widget is enough (an article switch stays a partial update).
            self.set_reactive(ArticleBody.virtual_size, size)
            self._scroll_update(size)
        else:
            self.virtual_size = size
        self.refresh()

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"article-body--{name}")

    # --- drawing ----------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        """The lines of one paint, with the widget's styles read once for all of them (a switch of
        article paints every line of the body)."""
        self._paint = _Paint(self.rich_style, self._style("bar"), self._style("mark"),
                             Style(bgcolor=self._style("cursor").bgcolor))
        try:
            return super().render_lines(crop)
        finally:
            self._paint = None

    def render_line(self, y: int) -> Strip:
        """One screen line: gutter (cursor bar, bookmark mark) then the laid-out text."""
        if self._laid_out_width < 0:
            self._relayout()
        paint = self._paint or _Paint(self.rich_style, self._style("bar"), self._style("mark"),
                                      Style(bgcolor=self._style("cursor").bgcolor))
        width = self.scrollable_content_region.width
        base = paint.base
        index = round(self.scroll_offset.y) + y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        current = line.passage is not None and line.passage == self.cursor and self.article is not None
        marked = False
        if line.first and self.article is not None and line.passage is not None:
            marked = self.article.passages[line.passage].anchor in self.bookmarked
        strip = Strip.join([paint.gutter(current, marked, self.app.console), line.strip(self.app.console)])
        strip = strip.adjust_cell_length(width, base).apply_style(base)
        if current:
            strip = overlay(strip, paint.cursor)
        return strip

    # --- cursor -------------------------------------------------------------------------------

    def validate_cursor(self, cursor: int) -> int:
        """Keep the cursor on a passage."""
        count = len(self.article.passages) if self.article else 0
        return max(0, min(cursor, count - 1)) if count else 0

    def watch_cursor(self, old: int, new: int) -> None:
        """Redraw, bring the passage into view, and tell the screen."""
        self.refresh()
        self._scroll_to_cursor()
        self._announce()

    def _announce(self) -> None:
        passage = self.current
        if self.article is not None and passage is not None:
            self.post_message(self.PassageChanged(self.article.id, passage.anchor))

    def _scroll_to_cursor(self, top: bool = False) -> None:
        if self.cursor not in self._ranges:
            self._ensure_whole()  # the cursor is past the first screenful laid out so far
        span = self._ranges.get(self.cursor)
        height = self.scrollable_content_region.height
        if span is None or height <= 0:
            return
        self._scroll_top_pending = False
        start, end = span
        y = self.scroll_offset.y
        if top or start < y or end - start > height:
            self.scroll_to(y=max(0, start - (2 if top else 0)), animate=False)
        elif end > y + height:
            self.scroll_to(y=end - height, animate=False)

    def action_next_passage(self) -> None:
        """Move the passage cursor down."""
        self.cursor += 1

    def action_previous_passage(self) -> None:
        """Move the passage cursor up."""
        self.cursor -= 1

    def action_first_passage(self) -> None:
        """Move to the first passage."""
        self.cursor = 0
        self.scroll_to(y=0, animate=False)

    def action_last_passage(self) -> None:
        """Move to the last passage."""
        self.cursor = len(self.article.passages) - 1 if self.article else 0

    def action_page(self, step: int) -> None:
        """Scroll one page down (1) or up (-1) and put the cursor on the first passage that starts on it."""
        height = self.scrollable_content_region.height
        if self.article is None or height <= 0:
            return
        self._ensure_whole()
        y = max(0, min(round(self.scroll_offset.y) + step * height, self.max_scroll_y))
        self.scroll_to(y=y, animate=False, immediate=True)
        spans = sorted(self._ranges.items())
        starting = [p for p, (start, _) in spans if y <= start < y + height]
        covering = [p for p, (start, end) in spans if start < y < end]
        target = starting[0] if starting else covering[0] if covering else None
        if target is not None and (target - self.cursor) * step > 0:
            self.set_reactive(ArticleBody.cursor, target)  # not watch_cursor: the page stays where it is
            self.refresh()
            self._announce()

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on the passage under the pointer."""
        index = round(self.scroll_offset.y) + event.y
        passage = self._lines[index].passage if 0 <= index < len(self._lines) else None
        if passage is not None:
            self.cursor = passage
