"""OPML subscription lists: read one (folders become tags) and write the subscriptions as OPML 2.0.

Parsed with expat, entity declarations refused (no "billion laughs", no external entities), so
a hostile file cannot make the parser expand or fetch anything; titles and folder names are
cleaned like any text from outside. A feed in nested folders gets one tag, the folder path
joined by "/"; writing splits tags on "/" to nest the folders again, so a list round-trips.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.utils import formatdate
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from .errors import NewsError
from .sanitize import clean_line
from .sources import decode_declared

MAX_BYTES = 10 * 1024 * 1024  # an OPML file larger than this is no subscription list
_XML_DECL = re.compile(rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._\-]+)["'][^>]*\?>""")


@dataclass(frozen=True)
class OpmlFeed:
    """A feed an OPML file lists: its URL, its title (if any) and the folders it sits in, as tags."""

    url: str
    title: str | None = None
    tags: tuple[str, ...] = ()


@dataclass
class Opml:
    """What an OPML file gave: its feeds (each URL once, tags merged) and what it listed that is no feed."""

    feeds: list[OpmlFeed] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (what, why)


class _Refused(Exception):
    """The file declares entities: refused."""


def read_file(path: str) -> Opml:
    """Read an OPML file; NewsError (one line, naming the file) when it cannot be read or parsed."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise NewsError(f"{path}: not a regular file")
        if info.st_size > MAX_BYTES:
            raise NewsError(f"{path}: too large for an OPML file (over {MAX_BYTES // 2**20} MB)")
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise NewsError(f"{path}: {(exc.strerror or str(exc)).lower()}") from None
    try:
        return parse(data)
    except ValueError as exc:
        raise NewsError(f"{path}: {exc}") from None


def parse(data: bytes) -> Opml:
    """The feeds of OPML bytes; ValueError with a one-line reason when they are not OPML."""
    declared = _XML_DECL.match(data)
    text = decode_declared(data, declared.group(1).decode("ascii") if declared else "utf-8")
    text = re.sub(r"\A\ufeff?\s*<\?xml[^>]*\?>", "", text)  # now UTF-8, whatever it declared
    parser = expat.ParserCreate("UTF-8")
    out, seen = Opml(), {}  # type: ignore[var-annotated]
    folders: list[str | None] = []  # the outlines open around the current one: a folder's name, None for a feed
    root: list[str] = []

    def refuse(*_: object) -> None:
        raise _Refused()

    def refuse_external(*_: object) -> int:
        raise _Refused()

    def start(name: str, attrs: dict[str, str]) -> None:
        if not root:
            root.append(name)
        if name != "outline":
            return
        url = (attrs.get("xmlUrl") or attrs.get("xmlurl") or "").strip()
        text = clean_line(attrs.get("text") or "").strip()
        title = clean_line(attrs.get("title") or "").strip() or text
        if not url:
            folders.append(title)
            return
        folders.append(None)  # a feed's own outline: no folder level
        url = clean_line(url)
        if not url.lower().startswith(("http://", "https://")):
            out.skipped.append((url, "not an http or https URL"))
            return
        path = "/".join(f for f in folders[:-1] if f)
        tags = (path,) if path else ()
        if url in seen:
            old = out.feeds[seen[url]]
            out.feeds[seen[url]] = OpmlFeed(url, old.title, tuple(dict.fromkeys(old.tags + tags)))
            return
        seen[url] = len(out.feeds)
        out.feeds.append(OpmlFeed(url, None if title == url else title or None, tags))

    def end(name: str) -> None:
        if name == "outline" and folders:
            folders.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse_external
    try:
        parser.Parse(text.encode("utf-8"), True)
    except _Refused:
        raise ValueError("declares XML entities, which an OPML file never needs: refused") from None
    except expat.ExpatError as exc:
        raise ValueError(f"not OPML ({expat.ErrorString(exc.code)}, line {exc.lineno})") from None
    if root[:1] != ["opml"]:
        raise ValueError("not OPML (no <opml> element)")
    return out


def write(feeds: Iterable[dict], title: str = "newsreader subscriptions") -> str:
    """Subscriptions (dicts with url, title, tags) as an OPML 2.0 document; tags become nested folders."""
    tree: dict = {}  # folder name -> (subtree, [feeds]); "" holds the feeds at this level

    def node(path: list[str]) -> dict:
        here = tree
        for part in path:
            here = here.setdefault(part, {})
        return here

    for f in feeds:
        tags = [t for t in f.get("tags") or [] if t.strip("/")]
        for tag in tags or [""]:
            parts = [p for p in tag.split("/") if p]
            node(parts).setdefault("", []).append(f)

    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             f"  <head><title>{escape(title)}</title><dateCreated>{formatdate(usegmt=True)}</dateCreated></head>",
             "  <body>"]

    def emit(here: dict, depth: int) -> None:
        pad = "  " * depth
        for f in here.get("", []):
            name = clean_line(f.get("title") or "")
            attrs = f'type="rss" text={quoteattr(name or clean_line(f["url"]))}'
            if name:
                attrs += f" title={quoteattr(name)}"
            lines.append(f"{pad}<outline {attrs} xmlUrl={quoteattr(clean_line(f['url']))}/>")
        for folder, sub in here.items():
            if folder == "":
                continue
            name = quoteattr(clean_line(folder))
            lines.append(f"{pad}<outline text={name} title={name}>")
            emit(sub, depth + 1)
            lines.append(f"{pad}</outline>")

    emit(tree, 2)
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)
