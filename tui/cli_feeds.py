"""The subscription and read-state commands: feeds (and --opml), unsubscribe, remove, mark."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console
from rich.text import Text

from .cli import _json, _out
from .news.library import Library
from .news.sanitize import clean_line, clean_text
from .render.text import wrap_lines


def print_wrapped(con: Console, text: Text, prefix: str = "") -> None:
    """`text` broken by the Japanese typesetter at the console's width (never half a word), after `prefix`."""
    for line in wrap_lines(text, con.width, prefix):
        con.print(line, no_wrap=True, crop=False, overflow="ignore")


def cmd_feeds(lib: Library, args: argparse.Namespace) -> int:
    """The subscriptions: a list for people, JSON, or OPML 2.0."""
    if args.opml:
        sys.stdout.buffer.write(clean_text(lib.feeds_opml()).encode("utf-8"))
        sys.stdout.flush()
        return 0
    feeds = lib.feeds()
    if args.json:
        _json(feeds)
        return 0
    con = _out()
    if not feeds:
        con.print("no subscriptions yet: `newsreader add URL_OF_A_FEED` (or FILE.opml) subscribes")
        return 0
    for n, f in enumerate(feeds):
        if n:
            con.print()
        head = Text(clean_line(f["title"] or f["url"]), style="bold")
        head.append(f"  {f['unread']} unread of {f['items']}", style="dim")
        print_wrapped(con, head)
        # The URL whole on a line of its own, never cut or elided: a terminal may fold it, a pipe keeps it.
        con.print(Text("  " + clean_line(f["url"]), style="cyan"), soft_wrap=True)
        details = [f"last fetched {clean_line(f['last_fetched'] or 'never')}"]
        if f["tags"]:
            details.append("tags: " + ", ".join(clean_line(t) for t in f["tags"]))
        print_wrapped(con, Text(" · ".join(details), style="dim"), "  ")
        if f["last_error"]:
            print_wrapped(con, Text(clean_line(f["last_error"]), style="red"), "  ")
    return 0


def cmd_unsubscribe(lib: Library, args: argparse.Namespace) -> int:
    """End a subscription; its articles stay (`--purge`: those without bookmarks go)."""
    removed, kept = lib.unsubscribe(args.url, purge=args.purge)
    line = f"unsubscribed from {args.url}"
    if args.purge:
        line += f"; {removed} article{'s' * (removed != 1)} removed"
        if kept:
            line += f", {kept} kept for their bookmarks"
    else:
        line += "; its articles stay (--purge removes those without bookmarks)"
    print(clean_line(line))
    return 0


def cmd_remove(lib: Library, args: argparse.Namespace) -> int:
    """Delete articles; their bookmarks stay, detached, with their text."""
    removed = lib.remove(args.ids)
    print(f"{len(removed)} article{'s' * (len(removed) != 1)} removed")
    return 0


def cmd_mark(lib: Library, args: argparse.Namespace) -> int:
    """Mark articles read or unread: by id, all of them, or all of one feed's."""
    read = not args.unread
    changed = lib.mark_all(args.feed, read) if args.all else lib.mark(args.ids, read)
    print(f"{changed} marked {'read' if read else 'unread'}; {lib.unread_count()} unread")
    return 0


COMMANDS = {"feeds": cmd_feeds, "unsubscribe": cmd_unsubscribe, "remove": cmd_remove, "mark": cmd_mark}
