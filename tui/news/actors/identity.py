"""Which actor a person's mention is filed under, once an article's mentions are found.

A person the article names in full goes by that name and is filed under it (p:大谷翔平), so that people who
share a surname across articles stay apart (田中一郎 the mayor, 田中花子 the swimmer); the surname is among the
aliases, and the article's surname alone is the same person. Two full names of one surname in one article
(田中一郎さんと妻の田中花子さん) are two people: each full name and given name (花子さん) is its own, a surname
alone is the full name written first. A given name alone (一郎さん) is the one full name that ends with it (also one
a rule found whole, 五味つむぎ, keyed by itself), and a
surname UniDic read apart from the full name's (知 + 浦 of 知浦幸司) the one full name that starts with it. A
user's merge or hiding (`actors.toml`) may name a person by either id.
"""

from __future__ import annotations

from ..models import Actor
from .gazetteer import Gazetteer


def file_people(out: list[tuple[int, int, str]], new: dict[str, Actor], gaz: Gazetteer,
                text: str) -> tuple[list[tuple[int, int, str]], dict[str, Actor]]:
    """The mentions (start, end, actor id) of `text` and the actors found there, persons filed as above."""
    kin = {k: fulls for k, v in new.items() if len(fulls := _full_names(v, text)) >= 2 and gaz.resolve(k) == k}
    named = {k: _named_in_full(v) for k, v in new.items() if gaz.resolve(k) == k and k not in kin}
    renamed = {k: a.id for k, a in named.items() if a.id != k}
    whole = [a for k, a in named.items() if a.id == k and k.startswith("p:") and len(a.name) >= 3]  # (八巻つむぎ: a full
    # name found whole, its key itself, as a kana given name's rule files it)
    if not renamed and not kin and not (whole and len(named) > 1):
        return out, named
    # 田中一郎 of one article and 田中花子 of another are two people, not one 田中; a user's merge or
    # hiding may name either id
    target = {k: gaz.resolve(full) for k, full in renamed.items()}
    actors = {a.id: a for k, a in named.items() if k not in target or target[k] == a.id}
    for k, fulls in kin.items():  # 田中一郎さんと妻の田中花子さん: two people of one surname in one article
        surname, kind = new[k].name, new[k].kind
        for n, full in enumerate(fulls):
            fid = _full_id(full)
            if gaz.resolve(fid) == fid:
                actors[fid] = Actor(fid, full, kind, (surname,) if n == 0 else (), None)
    # 一郎さん alone, where the article named 田中一郎: the full name's (not when two full names end so)
    in_full = [a for k, a in named.items() if a.id != k] + [actors[_full_id(f)] for fs in kin.values() for f in fs
                                                            if _full_id(f) in actors]
    in_full += whole
    for k, a in list(named.items()):
        if a.id in actors and k == a.id and k.startswith("p:"):
            owners = [f.id for f in in_full if f.id[2:].endswith(a.name) and not f.id[2:].startswith(a.name)]
            if not owners and len(a.name) >= 2:  # 知浦さん, where the article named 知浦幸司 (its surname read apart)
                owners = [f.id for f in in_full if f.id[2:].startswith(a.name) and f.id[2:] != a.name]
            if len(owners) == 1:
                target[k] = gaz.resolve(owners[0])
                del actors[a.id]
    # 村上 alone, where one person was found whole or under another key (村上拓磨) and another under the surname
    # (村上由香): the full name written first, as for two full names of one surname
    rivals: dict[str, list[str]] = {}
    for k in renamed:
        if not (to := target[k]):
            continue
        others = {i for i in [w.id for w in whole] + [t for t in target.values() if t]
                  if i[2:].startswith(new[k].name) and i != to}
        if others:
            rivals[k] = sorted({to, *others})
    moved = []
    for s, e, aid in out:
        if aid in rivals and _bare(text[s:e]) == new[aid].name:
            aid = _first(rivals[aid], text)
        elif aid in kin:
            aid = gaz.resolve(_kin_of(text[s:e], kin[aid])) or ""
        elif aid in target:
            seen = {aid}
            aid = target[aid] or ""
            while aid in target and aid not in seen:  # 紗 + 季 filed under 紗季, itself the given name of 角谷紗季
                seen.add(aid)
                aid = target[aid] or ""
        if aid:
            moved.append((s, e, aid))
    return moved, actors


def _bare(name: str) -> str:
    """A name without the space lists print between surname and given name (大谷 翔平)."""
    return name.replace(" ", "").replace("\u3000", "")


def _full_id(full: str) -> str:
    return "p:" + _bare(full)


def _full_names(actor: Actor, text: str) -> list[str]:
    """The full names a person filed under a surname goes by in the article, first written first."""
    if not actor.id.startswith("p:"):
        return []
    fulls = {_full_id(a): a for a in actor.aliases if a.startswith(actor.name) and len(a) > len(actor.name)}
    return sorted(fulls.values(), key=lambda a: (text.find(a) % (len(text) + 1), a))


def _kin_of(said: str, fulls: list[str]) -> str:
    """The id of the one of `fulls` a mention names: its full name, the full name whose given name it is
    (花子さん), or else (a surname alone) the full name written first."""
    bare = _bare(said)
    for full in fulls:
        written = _bare(full)
        if bare == written or (len(bare) < len(written) and written.endswith(bare) and not written.startswith(bare)):
            return _full_id(full)
    return _full_id(fulls[0])


def _first(ids: list[str], text: str) -> str:
    """Of people of one surname (their ids), the one whose full name is written first: a surname alone names
    the person an article is about, whom it names first (村上拓磨 … 妻の村上由香さん … 村上は)."""
    return min(ids, key=lambda i: text.find(i[2:]) % (len(text) + 1))


def _named_in_full(actor: Actor) -> Actor:
    """A person the article names in full goes by that name (大谷翔平) and is filed under it, so that people
    who share a surname across articles stay apart; the surname (大谷) is among the aliases. An actor of
    another kind, or a person named by surname only (filed under the surname), is left as it is."""
    if not actor.id.startswith("p:"):
        return actor
    surname = actor.name
    full = max((a for a in actor.aliases if a.startswith(surname) and len(a) > len(surname)), key=len, default=None)
    if full is None:
        return actor
    aliases = tuple(sorted((set(actor.aliases) - {full}) | {surname}))
    return Actor(_full_id(full), full, actor.kind, aliases, actor.english)
