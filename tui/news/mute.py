"""Mute rules as a condition on the article list: by words in the title, source site, or actor."""

from __future__ import annotations

import sqlite3
from urllib.parse import urlsplit

from .config import MuteRules
from .errors import NewsError


def _host(source: str | None) -> str:
    """The lower-case host of a URL source ("" for a file)."""
    if not source or not source.startswith(("http://", "https://")):
        return ""
    try:
        return (urlsplit(source).hostname or "").lower()
    except ValueError:
        return ""


def condition(con: sqlite3.Connection, rules: MuteRules, resolve) -> tuple[str, tuple] | None:
    """(SQL on the articles row `a`, its arguments) true for a muted article; None when nothing is muted.

    `resolve(name)` gives an actor's id (NewsError for a name not known yet: that rule mutes nothing).
    """
    parts: list[str] = []
    args: list[object] = []
    for word in rules.title:
        parts.append("instr(lower(a.title), ?) > 0")
        args.append(word.lower())
    if rules.site:
        con.create_function("newsreader_host", 1, _host, deterministic=True)
        for site in rules.site:
            site = site.lower().removeprefix("https://").removeprefix("http://").strip("/")
            parts.append("(lower(coalesce(a.site, '')) = ? OR newsreader_host(a.source) = ?"
                         " OR substr(newsreader_host(a.source), -length(?) - 1) = '.' || ?)")
            args += [site, site, site, site]
    for name in rules.actor:
        try:
            actor = resolve(name)
        except NewsError:
            continue
        parts.append("EXISTS (SELECT 1 FROM article_actors m WHERE m.actor=? AND m.article=a.pk)")
        args.append(actor)
    if not parts:
        return None
    return " OR ".join(parts), tuple(args)
