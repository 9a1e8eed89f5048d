"""The literal words a pattern cannot match without, read from the pattern itself: a text that holds none of them
needs no search (`may_match`).

Python's engine tries an alternation whose branches open with a class of characters (`[０-９]+号`, `{kanji}が`) at
nearly every place of a text. Each branch here gives the words one of which any match of it holds: the longest run of
its parts that stand next to each other, each part a character, a small class or a group of literal words, spelled out
(`[０-９]+ラン`: １ラン … ９ラン, not ラン alone, which トランプ holds; `(?:日本|世界)新`: 日本新, 世界新). One search
of them as a tree of characters takes a few hundredths of a millisecond an article. A pattern with a branch that gives none has no anchors, and every text
may match it.
"""

from __future__ import annotations

import re
from itertools import product
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

from .persons import trie

_CLASS = 24  # a class of at most this many characters is spelled out
_WORDS = 64  # at most this many words for one branch


def may_match(pattern: "re.Pattern[str]"):
    """A test of a text that is False only where `pattern` cannot match: none of its anchors is in the text (one
    search of the anchors as a tree of characters, `persons.trie`: the engine skips to their first characters)."""
    words = anchors(pattern.pattern) if not pattern.flags & re.IGNORECASE else None
    if words is None:
        return lambda text: True
    search = re.compile(trie(words)).search
    return lambda text: search(text) is not None


def anchors(pattern: str) -> tuple[str, ...] | None:
    """Literal words of which every match of `pattern` holds one; None when some branch gives none."""
    out: set[str] = set()
    for branch in _branches(P.parse(pattern)):
        words = _branch_words(branch)
        if not words:
            return None
        out.update(words)
    return tuple(sorted(out))


def _branches(sub) -> list:
    items = list(sub)
    if len(items) == 1 and items[0][0] == C.BRANCH:
        return list(items[0][1][1])
    return [sub]


def _chars(op, av) -> "set[str] | None":
    """The characters a LITERAL or a class of literals and ranges stands for, when few."""
    if op == C.LITERAL:
        return {chr(av)}
    if op != C.IN:
        return None
    out: set[str] = set()
    for o, v in av:
        if o == C.LITERAL:
            out.add(chr(v))
        elif o == C.RANGE and v[1] - v[0] < _CLASS:
            out.update(chr(c) for c in range(v[0], v[1] + 1))
        else:
            return None
    return out if len(out) <= _CLASS else None


def _literal(sub) -> "str | None":
    chars = []
    for op, av in sub:
        if op != C.LITERAL:
            return None
        chars.append(chr(av))
    return "".join(chars)


def _branch_words(sub) -> list[str]:
    """Runs of parts that stand next to each other in every match; the words of the stretch of a run whose shortest
    word is the longest, at most `_WORDS` of them (a repeated part only opens or closes a run: its first and last
    characters differ in place)."""
    runs: list[list[set[str]]] = []
    cur: list[set[str]] = []

    def close() -> None:
        nonlocal cur
        if cur:
            runs.append(cur)
        cur = []

    for op, av in sub:
        chars = _chars(op, av)
        if chars is not None:
            cur.append(chars)
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, _, item = av
            inner = list(item)
            one = _chars(*inner[0]) if len(inner) == 1 and low >= 1 else None
            if one is not None:
                cur.append(one)  # closes this run (its last character) …
                close()
                cur = [one]  # … and opens the next (its first)
                continue
        elif op in (C.SUBPATTERN, C.BRANCH):  # a group of literal words ((?:日本|世界)新 is read as a BRANCH)
            alts = [_literal(b) for b in (_branches(av[-1]) if op == C.SUBPATTERN else av[1])]
            if all(alts):
                cur.append({a for a in alts if a})
                continue
        close()
    close()
    best: list[str] = []
    best_key = (0, 0)
    for run in runs:
        for i in range(len(run)):  # every stretch of a run stands next to each other too
            size = 1
            for j in range(i, len(run)):
                size *= len(run[j])
                if size > _WORDS:
                    break
                words = ["".join(p) for p in product(*run[i:j + 1])]
                key = (min(map(len, words)), -len(words))
                if key > best_key:
                    best, best_key = words, key
    return best
