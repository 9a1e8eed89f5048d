"""Entry point `newsreader`: parse arguments, then run a CLI command or open the reader.

Kept lean: `newsreader --version` imports neither Textual nor the tokenizer.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .cli_stories import add_parsers as add_story_parsers

ALLOW_PRIVATE = "let feed items fetch pages from private and local addresses too"


def positive_int(text: str) -> int:
    """An argparse type: a whole number of 1 or more (`--limit 0` is a mistake, not "no limit")."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, subcommands included."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="index file (default: the user data folder; or $NEWSREADER_DB)")
    parser = argparse.ArgumentParser(
        prog="newsreader", parents=[common],
        description="A terminal reader for Japanese news. With no command, opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    parser.add_argument("--actor", action="append", default=[], metavar="NAME",
                        help="open the reader with this actor filter on (repeatable)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("add", parents=[common],
                       help="import files and folders (recursively), pages and feeds; FILE.opml subscribes")
    p.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    p.add_argument("-v", "--verbose", action="store_true", help="say why each skipped input was skipped")
    p.add_argument("--allow-private", action="store_true", help=ALLOW_PRIVATE)

    p = sub.add_parser("list", parents=[common], help="the articles, newest first")
    p.add_argument("--actor", action="append", default=[], metavar="NAME")
    p.add_argument("--limit", type=positive_int, default=None, help="at most this many")
    p.add_argument("--unread", action="store_true", help="only articles not read yet")
    p.add_argument("--muted", action="store_true", help="only the articles config.toml's mute rules hide")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", parents=[common], help="one article, cleaned")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.add_argument("--removed", action="store_true", help="also show what cleaning removed")

    p = sub.add_parser("search", parents=[common], help="passages matching a query")
    p.add_argument("query", nargs="+")
    p.add_argument("--actor", action="append", default=[], metavar="NAME")
    p.add_argument("--limit", type=positive_int, default=20)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("actors", parents=[common], help="every actor with its counts")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("bookmarks", parents=[common], help="the bookmarked passages")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true")
    group.add_argument("--markdown", action="store_true")
    group.add_argument("--import", dest="import_file", metavar="FILE", help="merge bookmarks from a --json export")
    p.add_argument("--replace", action="store_true",
                   help="with --import: where a bookmark here has another title or text, take the file's")

    p = sub.add_parser("refresh", parents=[common], help="fetch every subscribed feed")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("--allow-private", action="store_true", help=ALLOW_PRIVATE)

    p = sub.add_parser("feeds", parents=[common], help="the subscriptions")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true")
    group.add_argument("--opml", action="store_true", help="as OPML 2.0 (tags become folders)")

    p = sub.add_parser("unsubscribe", parents=[common], help="end a subscription; its articles stay")
    p.add_argument("url", metavar="URL")
    p.add_argument("--purge", action="store_true", help="also remove its articles that have no bookmarks")

    p = sub.add_parser("remove", parents=[common], help="delete articles; their bookmarks stay, detached")
    p.add_argument("ids", nargs="+", metavar="ID")

    p = sub.add_parser("mark", parents=[common], help="mark articles read (or --unread)")
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument("--unread", action="store_true", help="mark them unread instead")
    p.add_argument("--all", action="store_true", help="every article (or, with --feed, every one of a feed)")
    p.add_argument("--feed", metavar="URL", help="with --all: only the articles of this subscription")

    p = sub.add_parser("doctor", parents=[common], help="check the index; --rebuild re-cleans every article")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--rebuild", action="store_true",
                       help="rebuild from stored sources into a new index, keeping bookmarks")
    group.add_argument("--repair", action="store_true", help="index every passage for search again")
    add_story_parsers(sub, common, positive_int)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run `newsreader` with these arguments (else the process's own); returns the exit status."""
    if not (sys.argv[1:] if argv is None else argv):  # plain `newsreader`: the reader, with no parser to build
        from . import startup

        startup.hold()
        from .app import run_app

        return run_app(db=None, actors=[])
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "replace", False) and not args.import_file:
        parser.error("--replace goes with --import FILE")
    if args.command == "mark" and (bool(args.ids) == args.all or (args.feed and not args.all)):
        parser.error("mark takes article ids, or --all (with --feed URL for one subscription)")
    db = getattr(args, "db", None)
    if args.command is None:
        from . import startup

        startup.hold()
        from .app import run_app

        return run_app(db=db, actors=args.actor)
    from .cli import run

    return run(args, db)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
