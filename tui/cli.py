"""The scriptable commands: rich tables for people, `--json` for scripts.

Article text is data, never markup: it reaches rich only inside `Text` objects, cleaned.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from math import ceil
from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from .news.errors import IndexFileDamaged, IndexFileError, NotAnIndex, storage_error
from .news.library import Library, NewsError, upgrade_notice, upgrade_progress
from .news.paths import index_file, index_path
from .news.sanitize import clean_data, clean_line, clean_text
from .cli_stories import COMMANDS as STORY_COMMANDS

if TYPE_CHECKING:
    from .news.models import Article
    from .news.rebuild import Rebuilt
    from pathlib import Path

# Modules only some commands need (progress bars, the doctor, the body's layout) are imported in
# those commands, so `search`, `list` and the rest start without them.

_KIND_STYLE = {"person": "cyan", "country": "green", "place": "green", "organization": "magenta"}


def _out() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _json(obj: object) -> None:
    """`obj` as JSON on stdout, in UTF-8 whatever the locale (the contract's encoding)."""
    # ensure_ascii=False writes C1 controls and bidi overrides raw: values are cleaned first (an index
    # written by an older version may still hold them).
    data = json.dumps(clean_data(obj), ensure_ascii=False, indent=2) + "\n"
    sys.stdout.buffer.write(data.encode("utf-8"))
    sys.stdout.flush()


def _error(message: str) -> None:
    """One line on stderr, unwrapped whatever the terminal width."""
    sys.stderr.write("newsreader: " + " ".join(clean_line(message).split()) + "\n")
    sys.stderr.flush()


def run(args: argparse.Namespace, db: str | None) -> int:
    """Run one subcommand; user errors become one line on stderr and exit status 1."""
    try:
        if args.command == "doctor":
            damaged = _doctor_damaged(args, db)
            if damaged is not None:
                return damaged
        lib = Library(db, on_upgrade=upgrade_notice, upgrade_progress=upgrade_progress)
        try:
            try:
                lib.ensure_seeded()
            except sqlite3.DatabaseError:
                if args.command != "doctor":  # the doctor examines a damaged index as it is
                    raise
            return _COMMANDS[args.command](lib, args)
        finally:
            lib.close()
    except NewsError as exc:
        _error(str(exc))
        return 1
    except sqlite3.DatabaseError as exc:  # SQLite's own, where the library did not name it already
        typed = storage_error(exc, index_file(db))
        _error(str(typed) if typed is not None else f"the index cannot be used ({exc}); try `newsreader doctor`")
        return 1
    except OSError as exc:
        _error(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return 1
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except Exception as exc:  # a bug: still one line, never a traceback (NEWSREADER_DEBUG=1 shows it)
        if os.environ.get("NEWSREADER_DEBUG"):
            raise
        _error(f"unexpected error, please report it: {type(exc).__name__}: {exc}")
        return 1


# --- add ---------------------------------------------------------------------------------


def _with_progress(work, total: int | None, label: str):
    """Run `work(progress)` with a progress bar on a terminal, none when output is piped."""
    err = Console(stderr=True, highlight=False)
    if not err.is_terminal:
        return work(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task(label, total=total or None)
        return work(lambda source, outcome: bar.advance(task))


def _report(report, verbose: bool, failed_fetches: int = 0) -> None:
    """Failed fetches always (one line each), skip reasons under -v, then the closing line (with
    `failed_fetches`, the fetches that failed, when there were any)."""
    for line in report.failures:
        sys.stderr.write(f"failed: {clean_line(line)}\n")
    for line in report.notes:
        sys.stderr.write(f"note: {clean_line(line)}\n")
    if verbose:
        failed = set(report.failed)  # their reasons were said on a failed: line already
        for skip in report.skipped:
            if skip.source not in failed:
                sys.stderr.write(f"skipped {clean_line(skip.source)}: {clean_line(skip.reason)}\n")
    if report.subscribed:
        print(f"{len(report.subscribed)} feed{'s' * (len(report.subscribed) != 1)} subscribed;"
              " `newsreader refresh` fetches them")
    print(report.line() + (f", {failed_fetches} failed" if failed_fetches else ""))


def cmd_add(lib: Library, args: argparse.Namespace) -> int:
    """Import files, folders and URLs, with a progress bar on a terminal."""
    from .news import sources
    from .news.web import is_url

    total = sources.count_inputs([p for p in args.paths if not is_url(p)]) + sum(map(is_url, args.paths))
    report = _with_progress(lambda progress: lib.add(args.paths, progress=progress, allow_private=args.allow_private),
                            total, "importing")
    _report(report, args.verbose)
    # each failed input or item page has had its line; the rest were imported
    return 1 if report.failed or report.page_failures else 0


# --- list / show -------------------------------------------------------------------------


def cmd_list(lib: Library, args: argparse.Namespace) -> int:
    """The articles, newest first (but those config.toml mutes)."""
    for problem in lib.config.errors:  # told, and the command still runs
        _error(problem)
    query = lib.articles(muted=args.muted).mentioning(*args.actor)
    query = query.unread() if args.unread else query
    rows = query.page(0, args.limit) if args.limit else query.all()
    if args.json:
        _json([{"id": r.id, "title": r.title, "published": r.published, "source": r.source,
                "actors": list(r.actors), "read": r.read, "feed": r.feed} for r in rows])
        return 0
    try:
        _print_article_rows(rows)
    except BrokenPipeError:  # `newsreader list | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


LIST_PAGE = 500  # rows written at a time


def _print_article_rows(rows: list) -> None:
    """The article table (id, date, title, actors: the layout a rich Table gave it), a page at a time.

    A rich Table measures every cell of every row before it prints a line: tens of seconds for
    50,000 articles. These columns depend on the width alone, so each row is cut on its own (in
    cells, with …) and the first page is out before the next is made.
    """
    con = _out()
    flexible = max(4, con.width - 23)  # what the id (10), date (10) and gaps (2 each) leave
    title_w = max(1, ceil(flexible * 3 / 4) - 2)  # 3 : 1 between title and actors, as the table's ratios
    actors_w = max(1, flexible - title_w - 3)

    def cell(text: str, width: int) -> str:
        text = clean_line(text)
        used = cell_len(text)
        if used > width:
            return set_cell_size(text, width - 1) + "…"  # a wide character cut in two becomes a space
        return text + " " * (width - used)

    def add_line(page: Text, id_: str, date: str, title: str, actors: str, head: bool = False) -> None:
        # Styled as rich styled the table: a bold header, dim ids, cyan actors.
        cells = (cell(id_, 10), cell(date, 10), cell(title, title_w), cell(actors, actors_w).rstrip())
        styles = ("bold",) * 4 if head else ("dim", "", "", "cyan")
        for k, (text, style) in enumerate(zip(cells, styles)):
            page.append("  " if k else "\n" if page else "")
            page.append(text, style)

    page = Text()
    add_line(page, "id", "date", "title", "actors", head=True)
    for n, r in enumerate(rows, 1):
        add_line(page, r.id, r.published or "—", r.title, ", ".join(r.actors[:4]))
        if n % LIST_PAGE == 0:
            con.print(page, soft_wrap=True)
            page = Text()
    if page:
        con.print(page, soft_wrap=True)


def article_json(a: Article) -> dict:
    """The `show --json` shape of an article (see the contract)."""
    return {
        "id": a.id, "title": a.title, "published": a.published, "source": a.source,
        "sources": list(a.sources or (a.source,)), "url": a.url,
        "blocks": [{"anchor": p.anchor, "kind": p.kind, "text": p.text} for p in a.passages],
        "removed": [{"rule": r.rule, "text": r.text} for r in a.removed],
        "citations": [{"name": c.name, "url": c.url, "published": c.published} for c in a.citations],
        "summary": {"article": [t for _, t in a.summary_article], "generated": [t for _, t in a.summary_generated]},
        "actors": [{"id": ac.id, "name": ac.name, "kind": ac.kind, "aliases": list(ac.aliases), "mentions": n}
                   for ac, n in a.actors],
        "enclosures": [{"url": e.url, "type": e.type, "length": e.length} for e in a.enclosures],
    }


def cmd_show(lib: Library, args: argparse.Namespace) -> int:
    """One article, cleaned."""
    a = lib.article(args.id)
    if args.json:
        _json(article_json(a))
        return 0
    from .render.body import lay_out

    con = _out()
    # The reader's layout at the terminal's width: the same typesetting, tables, bullets,
    # citations and, with --removed, each removed line where it stood, with its rule.
    styles = {name: Style.parse(spec) for name, spec in SHOW_STYLES.items()}
    lines, _ = lay_out(a, con.width, con, lambda name: styles.get(name, Style()), show_removed=args.removed,
                       fold_urls=False)
    if not a.passages or a.passages[0].kind != "heading":
        # The layout's title is the article's first heading; an article without one still has a title.
        head = Text.assemble((clean_line(a.title), styles["title"]), "\n",
                             (clean_line(f"{a.published or 'undated'} · {a.source}"), styles["meta"]))
        con.print(head, "", sep="\n", no_wrap=True, crop=False, overflow="ignore")
    for line in lines:
        line.text.rstrip()
        con.print(line.text, no_wrap=True, crop=False, overflow="ignore")
    return 0


SHOW_STYLES = {"title": "bold", "heading": "bold underline", "subheading": "bold", "meta": "dim",
               "summary": "green", "keypoint": "yellow", "quote": "italic", "citation": "dim italic",
               "removed": "dim red"}


# --- search / actors ------------------------------------------------------------------------


def cmd_search(lib: Library, args: argparse.Namespace) -> int:
    """Passages matching the query."""
    hits = lib.search(" ".join(args.query), args.actor, limit=args.limit)
    if args.json:
        _json([{"article_id": h.article_id, "anchor": h.anchor, "title": h.title, "snippet": h.snippet,
                "score": h.score} for h in hits])
        return 0
    con = _out()
    if not hits:
        con.print("no matches")
    for h in hits:
        print_wrapped(con, Text.assemble((clean_line(h.article_id), "dim"), " ", (clean_line(h.title), "bold")))
        snippet, at = Text(), 0
        for s, e in h.spans:
            snippet.append(clean_line(h.snippet[at:s]))
            snippet.append(clean_line(h.snippet[s:e]), "bold reverse")
            at = e
        snippet.append(clean_line(h.snippet[at:]))
        print_wrapped(con, snippet, "  ")
    return 0


def cmd_actors(lib: Library, args: argparse.Namespace) -> int:
    """Every actor with its counts."""
    rows = lib.actors()
    if args.json:
        _json([{"id": a.id, "name": a.name, "kind": a.kind, "aliases": list(a.aliases), "articles": n_art,
                "mentions": n_men} for a, n_art, n_men in rows])
        return 0
    table = Table(box=None, header_style="bold")
    for col in ("name", "kind", "articles", "mentions", "aliases"):
        table.add_column(col, justify="right" if col in ("articles", "mentions") else "left")
    for a, n_art, n_men in rows:
        table.add_row(Text(clean_line(a.name), style=_KIND_STYLE.get(a.kind, "")), Text(clean_line(a.kind)),
                      str(n_art), str(n_men), Text(clean_line(", ".join(a.aliases[:5]))))
    _out().print(table if rows else "no actors yet")
    return 0


# --- bookmarks / doctor ---------------------------------------------------------------------


def cmd_bookmarks(lib: Library, args: argparse.Namespace) -> int:
    """The bookmarked passages, or merge an export back in."""
    if args.import_file:
        if _same_file(args.import_file, lib.path):  # read, then closed, it would drop this process's locks
            raise NewsError(f"{args.import_file} is the index itself, not a bookmarks export")
        items = _read_export(args.import_file)
        if not isinstance(items, list):
            raise NewsError(f"{args.import_file} is not a bookmarks export (expected a JSON list)")
        try:
            added, updated, unchanged, differed = lib.import_bookmarks(items, replace=args.replace)
        except NewsError as exc:
            raise NewsError(f"{args.import_file}: {exc}; nothing was imported") from exc
        print(f"{added} added, {updated} updated, {unchanged} unchanged"
              + (f"; {differed} kept as they are here, where the file has another title or text"
                 " (--replace takes the file's)" if differed else ""))
        return 0
    marks = lib.bookmarks()
    if args.json:
        _json([{"id": b.id, "article_id": b.article_id, "anchor": b.anchor, "title": b.title, "text": b.text,
                "note": b.note, "created": b.created, "detached": b.detached, "source": b.source} for b in marks])
        return 0
    if args.markdown:
        sys.stdout.buffer.write(clean_text(lib.bookmarks_markdown()).encode("utf-8"))
        return 0
    con = _out()
    if not marks:
        con.print("no bookmarks yet (press b in the reader)")
    for b in marks:
        print_wrapped(con, Text(clean_line(f"{b.created[:10]} "), style="dim") + Text(clean_line(b.title), style="bold")
                      + (Text("  (detached)", style="yellow") if b.detached else Text("")))
        print_wrapped(con, Text(clean_text(b.text)), "  ")
        if b.note:
            print_wrapped(con, Text(clean_text(b.note)), "  ✎ ")
    return 0


def _same_file(path: str, index: Path) -> bool:
    """True when `path` is the index file or one of its journals (compared by device and inode)."""
    for name in (str(index), *(f"{index}{x}" for x in ("-wal", "-shm", "-journal"))):
        try:
            if os.path.samefile(path, name):
                return True
        except OSError:
            continue
    return False


def _read_export(path: str) -> object:
    """The JSON of a bookmarks export: strict JSON (no NaN or Infinity), UTF-8, nested as JSON nests."""

    def refuse(name: str) -> object:
        raise ValueError(f"{name} is not a JSON value")

    with open(path, "rb") as fh:
        data = fh.read()
    try:
        return json.loads(data.decode("utf-8-sig"), parse_constant=refuse)
    except UnicodeDecodeError as exc:
        raise NewsError(f"{path} is not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise NewsError(f"{path} is not JSON ({exc.msg}, line {exc.lineno})") from exc
    except ValueError as exc:
        raise NewsError(f"{path} is not a bookmarks export ({exc})") from exc
    except RecursionError as exc:
        raise NewsError(f"{path} is not a bookmarks export (too deeply nested)") from exc


def cmd_refresh(lib: Library, args: argparse.Namespace) -> int:
    """Fetch every subscription and import what is new or changed."""
    feeds = lib.feeds()
    if not feeds:
        print("no subscriptions yet: `newsreader add URL_OF_A_FEED` subscribes")
        return 0
    report = _with_progress(lambda progress: lib.refresh(progress=progress, allow_private=args.allow_private),
                            None, "refreshing")
    failed = len(report.failed) + report.page_failures  # feeds and item pages that could not be fetched
    _report(report, args.verbose, failed)
    return 1 if failed else 0


def _doctor_damaged(args: argparse.Namespace, db: str | None) -> int | None:
    """`doctor` on an index that cannot be opened: say so, or with --rebuild build a new one."""
    from .news.doctor import REBUILD_ADVICE
    from .news.rebuild import rebuild_damaged
    from .news.salvage import ours
    from .news.store import check_file

    path = index_path(db)
    try:
        check_file(path)
        return None
    except NotAnIndex as exc:
        if not ours(path):  # read page by page: a damaged header does not make it someone else's
            raise NewsError(f"{exc}; doctor rebuilds only newsreader's own index") from exc
        reason = f"{path} is corrupt (its header is damaged)"
    except IndexFileDamaged as exc:
        reason = str(exc)
    except IndexFileError as exc:  # too new, or a folder: nothing a rebuild would mend
        raise NewsError(str(exc)) from exc
    if not args.rebuild:
        print(clean_line(f"damaged: {reason}"))
        print(REBUILD_ADVICE)
        return 1
    return _rebuilt(rebuild_damaged(path))


def _rebuilt(outcome: Rebuilt) -> int:
    """Tell what a rebuild of a damaged index recovered and lost; 1 when anything was lost."""
    for line in outcome.lines():
        print(clean_line(line))
    return 1 if outcome.anything_lost() else 0


def cmd_doctor(lib: Library, args: argparse.Namespace) -> int:
    """Check the index; --repair indexes the passages for search again; --rebuild re-cleans every
    article from its stored source text into a new index."""
    from .news.doctor import check, faults, needs_rebuild, needs_repair, repair, verdict
    from .news.rebuild import rebuild, rebuild_damaged

    problems = check(lib)
    for line in problems:
        print(clean_line(line))
    if args.rebuild and needs_rebuild(problems):
        lib.close()  # the damaged file is moved aside, never written to
        return _rebuilt(rebuild_damaged(lib.path))
    if args.rebuild:
        report = _with_progress(lambda progress: rebuild(lib, progress), lib.count(), "rebuilding")
        print(f"rebuilt: {report.line()}")
        return 0
    if args.repair and needs_repair(problems):
        print(repair(lib))
        problems = check(lib)
        for line in faults(problems):
            print(clean_line(line))
    print(verdict(lib, problems))
    return 1 if faults(problems) else 0


_COMMANDS = {
    "add": cmd_add, "list": cmd_list, "show": cmd_show, "search": cmd_search, "actors": cmd_actors,
    "bookmarks": cmd_bookmarks, "refresh": cmd_refresh, "doctor": cmd_doctor,
    **STORY_COMMANDS,
}

from .cli_feeds import COMMANDS as _FEED_COMMANDS, print_wrapped  # noqa: E402  (it uses the helpers above)

_COMMANDS.update(_FEED_COMMANDS)
