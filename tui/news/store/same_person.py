"""One person under two actors: named by surname and title alone in some articles (石破首相: the actor p:石破) and
in full in others (石破茂首相: p:石破茂). Import files each article's people on their own (two articles' 田中 may be
two people), so the archive joins them only where it is safe, when a filter asks (`same_person`):

the surname's actor is the full name's when **every** article of it gives the surname a title (an honorific,
さん or 氏, is none: anyone is 田中さん), **exactly one** full name of that surname in the archive carries one of
those titles, and that full name carries them **all** (田中市長 is 田中一郎市長 when 田中一郎 is the one 田中 who is
a mayor; not when 田中花子 is a mayor too, nor when an article of 田中 alone calls him a player). Else they stay
apart: a wrong join would put one person's words under another. A title is the one written right after the
name (首相, 前首相 and 元首相 are three), read from the passages of the newest articles.
"""

from __future__ import annotations

import json
import sqlite3

HONORIFICS = frozenset("さん さま 様 氏 君 くん ちゃん 殿 夫妻 両氏".split())
PASSAGES = 2000  # the newest passages that mention an actor, read for its titles


def same_person(con: sqlite3.Connection, aid: str) -> tuple[str, ...]:
    """`aid` and the actors that are the same person (a surname's and its full name's), `aid` first."""
    if not aid.startswith("p:"):
        return (aid,)
    row = con.execute("SELECT name, aliases FROM actors WHERE id=? AND kind='person'", (aid,)).fetchone()
    if row is None:
        return (aid,)
    name, aliases = row[0], json.loads(row[1])
    surnames = sorted({a for a in aliases if name.startswith(a) and len(a) < len(name)})  # a full name's (石破 of 石破茂)
    if not surnames:
        full = _full_name_of(con, aid, name) if aid == "p:" + name else None  # a surname alone
        return (aid, full) if full else (aid,)
    out = [aid]
    for surname in surnames:
        sid = "p:" + surname
        if sid != aid and _full_name_of(con, sid, surname) == aid:
            out.append(sid)
    return tuple(out)


def _full_name_of(con: sqlite3.Connection, sid: str, surname: str) -> str | None:
    """The one full name's actor the surname's actor `sid` is (see the module), or None."""
    by_article = _titles(con, sid)
    if not by_article or not all(by_article.values()):
        return None  # no article, or one that gives the surname no title: it may be anyone of that name
    wanted = set().union(*by_article.values())
    holders: list[tuple[str, set[str]]] = []
    for cid, name, aliases in con.execute(
            "SELECT id, name, aliases FROM actors WHERE id > ? AND id < ? AND kind='person'",
            ("p:" + surname, "p:" + surname + "\U0010ffff")):
        if cid == sid or not name.startswith(surname) or len(name) <= len(surname) or surname not in json.loads(aliases):
            continue
        titles = set().union(*_titles(con, cid).values())
        if titles & wanted:
            holders.append((cid, titles))
    if len(holders) != 1 or not wanted <= holders[0][1]:
        return None
    return holders[0][0]


def _titles(con: sqlite3.Connection, aid: str) -> dict[int, set[str]]:
    """Article (row key) -> the titles written right after the actor's mentions there, honorifics left out."""
    from ..actors.roles import TITLE_RE  # (the recognisers' package, only when a filter asks)

    out: dict[int, set[str]] = {}
    rows = con.execute(
        "SELECT p.article, p.text, p.mentions FROM article_actors x JOIN passages p ON p.article=x.article"
        " WHERE x.actor=? AND instr(p.mentions, ?) ORDER BY x.article DESC LIMIT ?",
        (aid, json.dumps(aid, ensure_ascii=False), PASSAGES))
    for article, text, mentions in rows:
        titles = out.setdefault(article, set())
        for actor, _, end in json.loads(mentions):
            m = TITLE_RE.match(text, end) if actor == aid else None
            if m is not None and m.group() not in HONORIFICS and m.group()[0] not in "(（":
                titles.add(m.group())
    return out
