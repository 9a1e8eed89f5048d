"""Actors the gazetteer lacks, in any news: people, organisations and places, from UniDic's classes
and the context around them (see `persons`). Runs after the gazetteer, the country compounds and
`discovery`, on what they left free; an article at a time, so a surname can refer back to a full name.
"""

from __future__ import annotations

from .persons import Name, line_persons, titles
from .tokens import tokenize

_PARTICLES = frozenset("はがもをにとのや、")


def recognise(flat: str, free) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, key) of each new mention in `flat` (an article's passages joined by line
    breaks); `free(start, end)`: no actor found there yet. `key` files the mention under an actor: a
    person's surname."""
    names: list[Name] = []
    lone = []
    at = 0
    for line in flat.split("\n"):
        if line.strip():
            marks = titles(line)
            toks = tokenize(line, {s for s, _ in marks})
            found, left = line_persons(line, toks, marks, lambda s, e: free(at + s, at + e))
            names += [Name(n.start + at, n.end + at, n.surname, n.full) for n in found]
            lone += [Name(n.start + at, n.end + at, n.surname, False) for n in left]
        at += len(line) + 1
    surnames = {n.surname for n in names if n.full} | {flat[n.start:n.end] for n in names if not n.full}
    taken = {(n.start, n.end) for n in names}
    for n in lone:
        if (n.surname in surnames or (n.full is False and _alone_ok(flat, n))) and (n.start, n.end) not in taken:
            names.append(n)
            taken.add((n.start, n.end))
    return sorted(("person", n.start, n.end, n.surname) for n in names)


def _alone_ok(flat: str, n: Name) -> bool:
    """A lone 人名 token the article does not name in full is a person when a particle or a comma
    follows it (大谷は, 近藤が, 三笘の): not inside a longer word (羽田空港, 森山町)."""
    return flat[n.end:n.end + 1] in _PARTICLES
