"""Lines where no rule of `persons` and `given_names` can find a person, told before the rules run.

Every name those rules find must be free of actors (`free`), and each starts or ends at a place the line
shows: a 人名 or given-name word, a title's free character before it, an honorific's or a role's word
and the word right after a role or a title and の, the word after と or 、 in a list after a name, an
age in brackets. When each such place is an actor's already (most lines of news: the gazetteer found the
names before their titles), the rules would find nothing: they are not run. A whitespace or a joining
mark (・, ＝) makes the line go the long way (other rules read those).
"""

from __future__ import annotations

import re
from itertools import compress

from .apposition import ROLE_BEFORE, TITLED
from .given_names import _AGED, _MARKER_WORD
from .odd_names import _AGE_AFTER, _POSITION, _WORDS
from .persons import _room_before
from .tokens import Toks

_LONG_WAY = re.compile(r"[\s・＝=]")


def nameless(line: str, toks: Toks, marks: list[tuple[int, int]], free, opened: list[int]) -> bool:
    """True when `persons.line_persons` then `given_names.more_persons` (with nothing found before) find no
    name in the line; `marks`: its titles, `opened`: those after a free character (`lines.Line`)."""
    if opened or _LONG_WAY.search(line) is not None:
        return False  # (no white space: each word starts where the one before ends)
    size = len(line)
    for s, e in marks:  # a title and の, then a free word: 社長の小山 (`apposition.role_persons`)
        if line[e:e + 1] == "の" and e + 1 < size and free(e + 1, e + 2):
            return False
    if "の" in line:
        for m in TITLED.finditer(line):  # 相手の平野
            if m.end() < size and free(m.end(), m.end() + 1):
                return False
    if any(_room_before(line, s, free) for s, _ in marks):
        return False  # a name before a title may be free (`persons.line_persons`)
    starts, ends, surf, n = toks.starts, toks.ends, toks.surfaces, len(toks)
    names = toks.where("pos2", "人名")
    if any(free(starts[i], starts[i] + 1) for i in names):
        return False
    if toks.has("pos3", "名") and any(free(starts[i], starts[i] + 1) for i in toks.where("pos3", "名")):
        return False
    if not _MARKER_WORD.isdisjoint(surf) and any(  # a name before an honorific (`given_names.context_persons`)
            k and starts[k] == ends[k - 1] and free(starts[k] - 1, starts[k])
            for k in compress(range(n), map(_MARKER_WORD.__contains__, surf))):
        return False
    if not ROLE_BEFORE.isdisjoint(surf):  # a name after a role (`apposition.role_persons`)
        for k in compress(range(n - 1), map(ROLE_BEFORE.__contains__, surf)):
            i = k + 2 if surf[k + 1] in ("の", "・") else k + 1
            if i < n and free(starts[i], starts[i] + 1):
                return False
    if any(line[ends[k]:ends[k] + 1] in ("と", "、") for k in names) and not _lists_taken(line, free):
        return False  # a name in a list after a name
    if ("）" in line or ")" in line) and _AGED.search(line) is not None:
        return False
    if ("（" in line or "(" in line) and _AGE_AFTER.search(line) is not None:
        return False
    if not _WORDS.isdisjoint(surf) and any(  # a name UniDic does not know before such a word (`odd_names`)
            surf[k] in _POSITION or (k and starts[k] == ends[k - 1] and free(starts[k] - 1, starts[k]))
            for k in compress(range(n), map(_WORDS.__contains__, surf))):
        return False
    return True


def _lists_taken(line: str, free) -> bool:
    """Each character after a と or 、 of the line is an actor's (or the line's end)."""
    for mark in "と、":
        at = line.find(mark)
        while at >= 0:
            if at + 1 < len(line) and free(at + 1, at + 2):
                return False
            at = line.find(mark, at + 1)
    return True
