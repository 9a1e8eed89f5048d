"""What the line classifier sees of each line: its shape, its script mix and where it stands on the page.

Every feature is a number near [0, 1], named, so a learned weight can be read and a removal can name
its main reason. Nothing here is a word list of one site: the features describe how lines are built
(sentences hold hiragana, particles and a full stop; menus are short items between separators;
counters end in a number) and where they stand (before the article, inside it, after its end).
A line's own features (its shape) are read in `line_shape`; here, where the line stands.
"""

from __future__ import annotations

import math
from itertools import accumulate, repeat
from operator import mul
from collections.abc import Sequence

# A line's own features: the classifier, its training and the tests import them from here too.
from .line_shape import (PROSE, PROSE_MIN, PROSE_Z, SHAPE_CACHE, SHAPE_FEATURES, TAIL_MARKER_MAX,  # noqa: F401
                         _SENTENCE_END, is_prose, is_tail_marker, japanese_count, japanese_share, shape, shapes_of,
                         undated)

BODY_GAP = 4  # a comments marker this close above the body's last line still opens the tail
REMOVED_SCORE = -1.0  # a line a named rule took, in the search for the body
MARKER_SCORE = -1.5  # a comments or rating marker


def body_span(scores: Sequence[float]) -> tuple[int, int]:
    """The article's body as (first, last) positions: the stretch of lines whose scores (`_span_score`; a
    removed line or a tail marker below zero) add up to the most, as in the maximum-subsequence view of
    content extraction. (-1, -1) when no stretch adds up above zero."""
    best, best_sum = (-1, -1), 0.0
    start, run = 0, 0.0
    for i, s in enumerate(scores):
        if run <= 0:
            start, run = i, 0.0
        run += s
        if run > best_sum:
            best, best_sum = (start, i), run
    return best


WINDOW = 3  # lines each side whose scores the line's window averages
SPAN_THRESHOLD = 0.7  # a line less likely content than this pulls the body's span down
EXTEND = -0.5  # a line under the body with a shape logit at least this continues the body
SPAN_UNIT = 10  # characters: a longer line weighs more in the span, as text density does


def _span_score(text: str, z0: float) -> float:
    """A line's weight in the search for the body: a likely line of content by its length, as text density
    does; an unlikely one by its doubt alone (a long caption or notice must not split the body)."""
    gain = 1 / (1 + math.exp(-z0)) - SPAN_THRESHOLD
    return gain * max(1.0, len(text) / SPAN_UNIT) if gain > 0 else gain


class Layout:
    """What of a page's lines stays the same through the classifier's stages: the tail markers, running text,
    the lines under a prev/next link or a list marker, the nearest live lines, the title's line, and each live
    line's features that do not read the stages' scores (its length, the removed lines near it, where it stands
    against the running text)."""

    __slots__ = ("markers", "prose_at", "under_nav", "under_list", "prev_live", "next_live", "is_title",
                 "first_prose", "last_prose", "gone", "short", "near", "prose_side", "marks", "units")

    def __init__(self, texts: Sequence[str], removed: Sequence[bool], title: str | None = None,
                 shapes: Sequence[dict[str, float]] | None = None) -> None:
        n = len(texts)
        # (Each test is tried only where it can hold: a long line is no marker; `shapes_of` gives `PROSE` only to a
        # live line of running text.)
        self.markers = [not r and len(t) <= TAIL_MARKER_MAX and is_tail_marker(t)
                        for t, r in zip(texts, removed)]
        # (`shapes_of` gives `PROSE` only to a live line of running text.)
        prose_at = [not r and is_prose(t) for t, r in zip(texts, removed)] if shapes is None else [
            v is PROSE for v in shapes]
        self.prose_at = prose_at
        self.under_nav, self.under_list = _under_markers(texts, removed, shapes)
        prev_live, next_live = [-1] * n, [n] * n  # the nearest live line above and below each line
        for k in range(1, n):
            prev_live[k] = k - 1 if not removed[k - 1] else prev_live[k - 1]
        for k in range(n - 2, -1, -1):
            next_live[k] = k + 1 if not removed[k + 1] else next_live[k + 1]
        self.prev_live, self.next_live = prev_live, next_live
        # The title's line: its words, white space collapsed, are the title's (a line without the title's first
        # word is none: the test most lines stop at).
        key = " ".join(title.split()) if title else None
        first_word = key.split(" ", 1)[0] if key else ""
        self.is_title = is_title = [False] * n if key is None else [
            not r and first_word in t and " ".join(t.split()) == key for t, r in zip(texts, removed)]
        fp = prose_at.index(True) if True in prose_at else -1
        lp = n - 1 - prose_at[::-1].index(True) if fp >= 0 else -1
        self.first_prose, self.last_prose = fp, lp
        self.gone = gone = list(accumulate(removed, initial=0))  # running count of removed lines: each window's share
        self.short = short = [1.0 if len(t) <= 25 else 0.0 for t in texts]
        # A live line's weight in the search for the body, besides its score (`_span_score`): its length.
        self.units = [size / SPAN_UNIT if (size := len(t)) > SPAN_UNIT else 1.0 for t in texts]  # max(1, len / SPAN_UNIT)
        # Each line's features that read no score, in the order of `CONTEXT_FEATURES`: the removed lines near it;
        # its place against the running text; its title, prev/next link and list marker above it.
        under_nav, under_list = self.under_nav, self.under_list
        prev_removed, next_removed = [1.0, *map(float, removed[:-1])][:n], [*map(float, removed[1:]), 1.0]
        self.near = list(zip(_window_shares(gone, n), prev_removed, next_removed))
        # (Most lines share one of a few such tuples: fewer objects made, fewer for the collector to walk.)
        before_prose, amid_prose = (1.0, 0.0, 0.0), (0.0, 0.0, 0.0)
        after_prose = {1.0: (0.0, 1.0, 1.0), 0.0: (0.0, 1.0, 0.0)}
        self.prose_side = [before_prose if fp >= 0 and i < fp else after_prose[short[i]] if lp >= 0 and i > lp
                           else amid_prose for i in range(n)]
        self.marks = [(float(is_title[i]), under_nav[i], under_list[i]) if is_title[i] or under_nav[i] or under_list[i]
                      else _UNMARKED for i in range(n)]


_UNMARKED = (0.0, 0.0, 0.0)  # a line that is not the title, nor under a prev/next link or a list marker


def _window_shares(gone: Sequence[int], n: int) -> list[float]:
    """Each line's share of removed lines among the `WINDOW` lines each side of it and itself, from the running
    count `gone`: (gone[hi] - gone[lo]) / (hi - lo) with lo, hi the window's ends, clipped to the page."""
    span = 2 * WINDOW + 1
    if n <= span:  # every window clipped
        ends = [(max(0, i - WINDOW), min(n, i + WINDOW + 1)) for i in range(n)]
        return [(gone[hi] - gone[lo]) / (hi - lo) for lo, hi in ends]
    head = [(gone[i + WINDOW + 1] - gone[0]) / (i + WINDOW + 1) for i in range(WINDOW)]
    tail = [(gone[n] - gone[i - WINDOW]) / (n - i + WINDOW) for i in range(n - WINDOW, n)]
    return [*head, *[(b - a) / span for a, b in zip(gone, gone[span:n + 1])], *tail]


def context(texts: Sequence[str], removed: Sequence[bool], z0: Sequence[float],
            title: str | None = None, shapes: Sequence[dict[str, float]] | None = None,
            layout: Layout | None = None) -> list[dict[str, float]]:
    """Features of each live line in its page: its own score `z0` (from its shape), its neighbours',
    and its region (before the body, in it, after its end, in the tail of comments and ratings).

    `texts` are the page's lines, `removed` whether a rule already took each, `z0` each line's logit
    from its shape alone. Removed lines get an empty dict. `shapes` (each line's `shapes_of`) tells running
    text and the lines' forms (a prev/next link, a list marker) whose followers are read as theirs; `layout`,
    what of them stays the same from stage to stage, computed once.
    """
    regions = _rows(texts, removed, z0, layout or Layout(texts, removed, title, shapes))
    return [regions.features(i) for i in range(len(texts))]


def context_logits(texts: Sequence[str], removed: Sequence[bool], z0: Sequence[float], layout: Layout,
                   weights: Sequence[float]) -> tuple[Regions, list[float]]:
    """What the next stage scores each line, as `context` and a logit over its features would, without the
    features' dicts: running text `PROSE_Z`, a removed line -5; and the stage's `Regions`. `weights` follow
    `CONTEXT_FEATURES` (0 for a feature the stage does not weigh): the products are summed in the same order as
    over a dict of the features, so the sums are the same."""
    regions = _rows(texts, removed, z0, layout)
    return regions, [-5.0 if r is None else PROSE_Z if r is PROSE else _clamp(sum(map(mul, r, weights)))
                     for r in regions.rows]


def _clamp(z: float) -> float:
    """`z` within [-30, 30] (as max(-30, min(30, z)))."""
    return 30.0 if z > 30.0 else -30.0 if z < -30.0 else z


class Regions:
    """Where a page's lines stand at a context stage, and each live line's row of context features: what the
    classifier's rules and `structure` read of a line's context, without a dict a line.

    The body runs from `first` to `last` (-1, -1: no body); the page's tail (comments, ratings) follows the marker
    at `tail_from` (the page's length: no tail); the running text runs from `first_prose` to `last_prose`.
    `rows[i]` is None for a removed line, `PROSE` for running text outside the tail (its region is all that is read
    of it), else its features in the order of `CONTEXT_FEATURES`; `own[i]` its score /5 within [-1, 1].
    `features(i)` is the dict `context` gives the line."""

    __slots__ = ("rows", "own", "first", "last", "tail_from", "first_prose", "last_prose", "marks")

    def __init__(self, rows: list[tuple[float, ...] | dict[str, float] | None], own: list[float], body: tuple[int, int],
                 tail_from: int, layout: Layout) -> None:
        self.rows, self.own = rows, own
        self.first, self.last = body
        self.tail_from = tail_from
        self.first_prose, self.last_prose = layout.first_prose, layout.last_prose
        self.marks = layout.marks

    def before_body(self, i: int) -> bool:
        return self.first < 0 or i < self.first

    def in_body(self, i: int) -> bool:
        return 0 <= self.first <= i <= self.last

    def after_body(self, i: int) -> bool:
        return self.first >= 0 and i > self.last

    def before_prose(self, i: int) -> bool:
        return 0 <= self.first_prose and i < self.first_prose

    def after_prose(self, i: int) -> bool:
        return 0 <= self.last_prose < i

    def in_tail(self, i: int) -> bool:
        """Under the marker that opens the page's tail."""
        return i > self.tail_from

    def tail_marker(self, i: int) -> bool:
        """The marker that opens the page's tail (a line of running text is none)."""
        return i == self.tail_from and type(self.rows[i]) is tuple

    def _mark(self, i: int, k: int) -> bool:
        return type(self.rows[i]) is tuple and bool(self.marks[i][k])

    def title(self, i: int) -> bool:
        """The page's title (running text is not read as such)."""
        return self._mark(i, 0)

    def under_prev_next(self, i: int) -> bool:
        return self._mark(i, 1)

    def under_list_marker(self, i: int) -> bool:
        return self._mark(i, 2)

    def under(self, i: int) -> str | None:
        """What line `i` stands under: "under_prev_next", "under_list_marker" or None."""
        return "under_prev_next" if self._mark(i, 1) else "under_list_marker" if self._mark(i, 2) else None

    def inside(self, removed: Sequence[object]) -> list[bool]:
        """Whether each live line stands in the body, or neither before nor after the running text."""
        first, last, fp, lp = self.first, self.last, self.first_prose, self.last_prose
        return [not r and ((0 <= first <= i <= last) or not ((0 <= fp and i < fp) or 0 <= lp < i))
                for i, r in enumerate(removed)]

    def features(self, i: int) -> dict[str, float]:
        """Line `i`'s context features as `context` gives them: empty for a removed line; its region alone for
        running text outside the tail."""
        r = self.rows[i]
        if r is None:
            return {}
        if r is PROSE:
            before, after = self.before_body(i), self.after_body(i)
            return {"prose": 1.0, "own": self.own[i], "in_body": float(not before and not after),
                    "before_body": float(before), "after_body": float(after), "in_tail": 0.0,
                    "before_prose": float(self.before_prose(i)), "after_prose": float(self.after_prose(i))}
        assert isinstance(r, tuple)
        return dict(zip(CONTEXT_FEATURES, r))


def _rows(texts: Sequence[str], removed: Sequence[bool], z0: Sequence[float], lay: Layout) -> Regions:
    """Each line's context features and the page's regions at a stage (see `Regions`)."""
    n = len(texts)
    markers, prose_at, prev_live, next_live = lay.markers, lay.prose_at, lay.prev_live, lay.next_live
    exp = math.exp
    # Each line's weight in the search for the body (`_span_score`, inline: it runs on every line).
    scores = [REMOVED_SCORE if r else MARKER_SCORE if m
              else g * u if (g := 1 / (1 + exp(-z)) - SPAN_THRESHOLD) > 0 else g
              for r, m, z, u in zip(removed, markers, z0, lay.units)]
    first, last = body_span(scores)
    # The body goes on through the lines right under it that are not boilerplate by their shape (a table,
    # a list of results closing the article), up to the first removed line or marker.
    while first >= 0 and last + 1 < n and not removed[last + 1] and not markers[last + 1] and z0[last + 1] >= EXTEND:
        last += 1
    tail_from = n
    if first >= 0:
        tail_from = next((i for i in range(first + 1, n) if markers[i] and i > last - BODY_GAP), n)
    first_prose, last_prose = lay.first_prose, lay.last_prose
    # Each score /5 within [-1, 1] (as max(-1, min(1, z / 5))), and their running sums: each window's average in one step.
    clipped = [-1.0 if r else 1.0 if (c := z / 5) > 1.0 else -1.0 if c < -1.0 else c for r, z in zip(removed, z0)]
    sums = list(accumulate(clipped, initial=0.0))
    shorts, near, prose_side, marks = lay.short, lay.near, lay.prose_side, lay.marks
    has_body = first >= 0
    out: list[tuple[float, ...] | dict[str, float] | None] = []
    append = out.append
    for i in range(n):
        if removed[i]:
            append(None)
            continue
        if prose_at[i] and i <= tail_from:
            append(PROSE)  # running text outside the tail stays whatever its score: its region is all that is read of it
            continue
        before = not has_body or i < first
        after = has_body and i > last
        prev, nxt = prev_live[i], next_live[i]
        lo, hi = (i - WINDOW if i > WINDOW else 0), (i + WINDOW + 1 if i + WINDOW + 1 < n else n)
        own = clipped[i]
        b, a = (1.0 if before else 0.0), (1.0 if after else 0.0)
        # (The features in the order of `CONTEXT_FEATURES`; those that read no score come from the layout.)
        append((
            1.0,  # bias
            own,
            clipped[prev] if prev >= 0 else -1.0,  # prev
            clipped[nxt] if nxt < n else -1.0,  # next
            (sums[i] - sums[lo]) / (i - lo) if i > lo else -1.0,  # window_before
            (sums[hi] - sums[i + 1]) / (hi - i - 1) if hi > i + 1 else -1.0,  # window_after
            *near[i],  # removed_near, prev_removed, next_removed
            b,  # before_body
            a,  # after_body
            0.0 if before or after else 1.0,  # in_body
            1.0 if has_body and i < first - 3 else 0.0,  # far_before
            1.0 if has_body and i > last + 3 else 0.0,  # far_after
            b * shorts[i],  # before_short
            a * shorts[i],  # after_short
            float(texts[i].rstrip().endswith(_SENTENCE_END)) if after else 0.0,  # after_sentence (a sentence's end)
            *prose_side[i],  # before_prose, after_prose, after_prose_short
            (1.0 if (first_prose >= 0 and i < first_prose) or (last_prose >= 0 and i > last_prose) else 0.0) * own,  # own_outside_prose
            (1.0 if before or after else 0.0) * own,  # own_outside_body
            1.0 if i > tail_from else 0.0,  # in_tail
            1.0 if i == tail_from else 0.0,  # tail_marker
            1.0 if has_body and nxt == first and i < first else 0.0,  # just_above_body
            *marks[i],  # title, under_prev_next, under_list_marker
        ))
    return Regions(out, clipped, (first, last), tail_from, lay)


CONTEXT_FEATURES: tuple[str, ...] = (
    "bias", "own", "prev", "next", "window_before", "window_after", "removed_near", "prev_removed", "next_removed", "before_body", "after_body", "in_body",
    "far_before", "far_after", "before_short", "after_short", "after_sentence", "before_prose", "after_prose", "after_prose_short",
    "own_outside_prose", "own_outside_body", "in_tail", "tail_marker",
    "just_above_body", "title", "under_prev_next", "under_list_marker",
)

UNDER_PREV_NEXT = 2  # live lines under a prev/next link that are its (the other article's headline, its date)


def _under_markers(texts: Sequence[str], removed: Sequence[bool],
                   shapes: Sequence[dict[str, float]] | None) -> tuple[list[float], list[float]]:
    """For each line, whether it stands under a prev/next link (within `UNDER_PREV_NEXT` live lines) and
    whether under a list marker (up to the next sentence or a line a rule removed): the lines a link or a
    list holds."""
    n = len(texts)
    nav, lst = [0.0] * n, [0.0] * n
    if shapes is None:
        return nav, lst
    # Nothing stands under a link or a marker above the first of them (most pages have none).
    navs, lists = [*map(dict.get, shapes, repeat("prev_next"))], [*map(dict.get, shapes, repeat("list_marker"))]
    start = next((k for k in range(n) if navs[k] or lists[k]), n) if any(navs) or any(lists) else n
    since_nav, in_list = UNDER_PREV_NEXT + 1, False
    for k in range(start, n):
        if removed[k]:
            in_list = False
            continue
        v = shapes[k]
        if since_nav < UNDER_PREV_NEXT:
            nav[k] = 1.0
        since_nav += 1
        if "。" in texts[k]:
            in_list = False
        elif in_list:
            lst[k] = 1.0
        if v.get("prev_next"):
            since_nav = 0
        if v.get("list_marker"):
            in_list = True
    return nav, lst
