"""The reader's article switch, its first page of search hits, and memory, driven by Textual's pilot
(in a `child` process).

"Painted" is when the screen's update holding the new article leaves the compositor
(`App._display`; a terminal would be written then). The pilot's own waits are not counted.
First paint is measured in a real terminal instead (`paint`).
"""

from __future__ import annotations

import asyncio
import resource
import time

from .stats import percentile

# Samples of each measurement in one pilot run; fewer when the bench is asked for fewer repetitions.
SWITCHES, COLD, NEXTS, SEARCHES = 20, 10, 20, 10


async def _painted(pilot, frames: list[float], shown: list[float], since: int, start: float,
                   timeout: float = 5.0) -> float | None:
    """Seconds from `start` to the first frame after the article shown after the `since`-th show.

    None when no new article was shown, or no frame followed it, within `timeout` seconds.
    """
    while time.perf_counter() - start < timeout:
        if len(shown) > since:
            after = [f for f in frames if f >= shown[-1]]
            if after:
                return min(after) - start
        await pilot.pause(0.001)
    return None


async def _switches(db: str, reps: int) -> dict:
    from ..app import NewsReaderApp
    from ..screens import MainScreen
    from ..widgets import ArticleBody, ArticleList

    app = NewsReaderApp(db=db)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        body, articles = app.screen.query_one(ArticleBody), app.screen.query_one(ArticleList)
        frames: list[float] = []
        shown: list[float] = []
        display = app._display

        def timed_display(screen, renderable):
            if renderable is not None:
                frames.append(time.perf_counter())
            return display(screen, renderable)

        app._display = timed_display  # type: ignore[method-assign]
        show_article = body.show_article

        def timed_show(*args, **kwargs):
            result = show_article(*args, **kwargs)
            shown.append(time.perf_counter())
            return result

        body.show_article = timed_show  # type: ignore[method-assign]
        switches = []
        for _ in range(min(SWITCHES, reps)):
            await pilot.press("j")  # the reader loads the highlighted article ahead
            await pilot.pause()
            highlighted = articles.highlighted
            if highlighted is not None and body.article is not None and highlighted.id == body.article.id:
                await pilot.press("home")  # the end of the list (the reader reopened its last article there)
                await pilot.pause()
                highlighted = articles.highlighted
            assert highlighted is not None
            if body.article is not None and body.article.id == highlighted.id:
                continue  # already on screen: nothing to switch to
            since, s = len(shown), time.perf_counter()
            await pilot.press("enter")
            took = await _painted(pilot, frames, shown, since, s)
            if took is not None:
                switches.append(took)
        cold = []  # articles far down the list, never highlighted so never loaded ahead
        for i in range(min(COLD, reps)):
            row = articles.row((100 + 7 * i) % articles.count)
            if row is None or (body.article is not None and row.id == body.article.id):
                continue
            since, s = len(shown), time.perf_counter()
            assert isinstance(app.screen, MainScreen)
            app.screen.open_article(row.id)
            took = await _painted(pilot, frames, shown, since, s)
            if took is not None:
                cold.append(took)
        first = articles.row(0)
        if first is not None and (body.article is None or body.article.id != first.id):  # `J` walks down from the top
            since = len(shown)
            assert isinstance(app.screen, MainScreen)
            app.screen.open_article(first.id)
            await _painted(pilot, frames, shown, since, time.perf_counter())
        nexts = await _nexts(app, pilot, body, frames, shown, runs=min(NEXTS, reps))
        first_page = await _first_pages(app, pilot, runs=min(SEARCHES, reps))
    if not switches:
        raise RuntimeError("no article switch was painted")
    return {"switch": percentile(switches, 50), "switch_p90": percentile(switches, 90),
            "next": percentile(nexts, 50) if nexts else 0.0, "next_p90": percentile(nexts, 90) if nexts else 0.0,
            "cold": percentile(cold, 50) if cold else 0.0, "search_first": percentile(first_page, 50),
            "search_first_p90": percentile(first_page, 90)}


async def _nexts(app, pilot, body, frames: list[float], shown: list[float], runs: int = 20,
                 reading: float = 0.3) -> list[float]:
    """`J` from the body, key to the next article painted, with `reading` seconds on each article first."""
    body.focus()
    await pilot.pause()
    out = []
    for _ in range(runs):
        await pilot.pause(reading)  # a reader reads a little before the next article
        since, s = len(shown), time.perf_counter()
        await pilot.press("J")
        took = await _painted(pilot, frames, shown, since, s)
        if took is None:
            break  # the last article of the list: no next one
        out.append(took)
    return out


async def _first_pages(app, pilot, query: str = "米", runs: int = 10) -> list[float]:
    """From the first key typed in the search box to its first page of hits painted (debounce included)."""
    from textual.widgets import OptionList

    from ..screens import SearchScreen

    frames: list[float] = []
    display = app._display

    def timed_display(screen, renderable):
        if renderable is not None:
            frames.append(time.perf_counter())
        return display(screen, renderable)

    app._display = timed_display
    out = []
    for _ in range(runs):
        await pilot.press("slash")
        while not isinstance(app.screen, SearchScreen):
            await pilot.pause(0.001)
        screen = app.screen
        s = time.perf_counter()
        await pilot.press(query)
        while not screen.hits:
            await pilot.pause(0.001)
        shown = time.perf_counter()
        while screen.query_one(OptionList).option_count == 0:
            await pilot.pause(0.001)
        await pilot.pause()
        out.append(min((f for f in frames if f >= shown), default=time.perf_counter()) - s)
        await pilot.press("escape")
        await pilot.pause()
    return out


def do_pilot(db: str, reps: int = SWITCHES) -> dict:
    """Article switches (key to painted), cold opens, `J` from the body, first pages of search hits and the
    peak RSS: up to 20, 10, 20 and 10 samples, and no more than `reps` (at least 3) of each."""
    from .. import startup

    startup.hold()  # as the reader's process starts: the collector waits for the first frame
    out = asyncio.run(_switches(db, max(3, reps)))
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out
