"""`newsreader stories`, `timeline` and `quotes`: the stories across sources, dated events and who
said what, as text typeset for a terminal or as `--json` (keys as the contract gives them).

Article text is data: it reaches rich only inside `Text` objects, cleaned.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded when a command runs: building the parser (`--version`) needs none of them
    from rich.console import Console

    from .news.library import Library

INDENT = "    "


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, limit_type) -> None:
    """The three subcommands' arguments."""
    p = sub.add_parser("stories", parents=[common], help="articles grouped by the event they report")
    p.add_argument("--limit", type=limit_type, default=None, help="at most this many, newest first")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("timeline", parents=[common], help="dated events drawn from the articles, oldest first")
    p.add_argument("--actor", metavar="NAME", default=None, help="only events that name this actor")
    p.add_argument("--story", metavar="ID", default=None, help="only events of this story's articles")
    p.add_argument("--limit", type=limit_type, default=None, help="at most this many, oldest first")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("quotes", parents=[common], help="who said what: quoted words and their speakers")
    p.add_argument("--actor", metavar="NAME", default=None, help="only the words this actor spoke")
    p.add_argument("--limit", type=limit_type, default=None, help="at most this many, newest first")
    p.add_argument("--json", action="store_true")


def _console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def _limit(args: argparse.Namespace) -> int:
    return args.limit or -1


def _body(con: Console, text: str, style: str = "") -> None:
    """A passage's words, broken by the Japanese typesetter under a hanging indent."""
    from rich.text import Text

    from .news.sanitize import clean_text
    from .render.text import wrap_lines

    for line in wrap_lines(Text(clean_text(text).replace("\n", " / "), style=style), con.width, INDENT):
        con.print(line, no_wrap=True, crop=False, overflow="ignore")


def cmd_stories(lib: Library, args: argparse.Namespace) -> int:
    """Articles grouped by the event they report, newest first."""
    from rich.text import Text

    from rich.text import Text

    from rich.text import Text

    from .cli import _json
    from .news.sanitize import clean_line
    from .news.sanitize import clean_line
    from .news.sanitize import clean_line

    rows = lib.stories(_limit(args))
    if args.json:
        _json([{"id": s.id, "title": s.title, "articles": list(s.articles), "actors": list(s.actors),
                "first": s.first, "last": s.last} for s in rows])
        return 0
    con = _console()
    if not rows:
        con.print("no stories yet: a story is two or more articles on one event")
    for s in rows:
        dates = s.first if s.first == s.last else f"{s.first or '?'} – {s.last or '?'}"
        con.print(Text.assemble((clean_line(s.id), "dim"), " ", (clean_line(dates or "undated"), ""), "  ",
                                (f"{len(s.articles)} articles", "dim")), no_wrap=True, crop=False)
        _body(con, s.title, "bold")
        if s.actors:
            _body(con, ", ".join(s.actors[:6]), "cyan")
        _body(con, " ".join(s.articles), "dim")
    return 0


def cmd_timeline(lib: Library, args: argparse.Namespace) -> int:
    """Dated events, oldest first."""
    from rich.text import Text

    from rich.text import Text

    from rich.text import Text

    from .cli import _json
    from .news.sanitize import clean_line
    from .news.sanitize import clean_line
    from .news.sanitize import clean_line

    rows = lib.timeline(args.actor, args.story, _limit(args))
    if args.json:
        _json([{"date": e.date, "text": e.text, "article_id": e.article_id, "anchor": e.anchor,
                "actors": list(e.actors)} for e in rows])
        return 0
    con = _console()
    if not rows:
        con.print("no dated events")
    for e in rows:
        con.print(Text.assemble((e.date, "bold"), "  ", (clean_line(e.article_id), "dim"), " ",
                                (clean_line(e.title), "dim")), no_wrap=True, crop=False, overflow="ellipsis")
        _body(con, e.text)
    return 0


def cmd_quotes(lib: Library, args: argparse.Namespace) -> int:
    """Quoted words with their speakers, newest articles first."""
    from rich.text import Text

    from rich.text import Text

    from rich.text import Text

    from .cli import _json
    from .news.sanitize import clean_line
    from .news.sanitize import clean_line
    from .news.sanitize import clean_line

    rows = lib.quotes(args.actor, _limit(args))
    if args.json:
        _json([{"speaker": q.speaker, "text": q.text, "article_id": q.article_id, "anchor": q.anchor} for q in rows])
        return 0
    con = _console()
    if not rows:
        con.print("no quotes")
    for q in rows:
        con.print(Text.assemble((clean_line(q.speaker or "(speaker not given)"), "cyan" if q.speaker else "dim italic"),
                                "  ", (clean_line(q.published or ""), "dim"), " ", (clean_line(q.article_id), "dim")),
                  no_wrap=True, crop=False, overflow="ellipsis")
        _body(con, f"「{q.text}」")
    return 0


COMMANDS = {"stories": cmd_stories, "timeline": cmd_timeline, "quotes": cmd_quotes}
