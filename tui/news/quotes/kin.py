"""A word for kin as the subject of words said (父は「…」と言って, 母親が「…」): the one person the article named with that
word before (遺族代表の黒木雄大さんは、…父の黒木正さんを亡くした。あの朝、父は「…」と言って: 黒木正); when it named none
or several so, the one its pair names (妻の武市千代子さん … 夫は「…」: the one other 武市 named in full); else the other
rules read on (母は「…」 in an obituary: the departed).
"""

from __future__ import annotations

import re

from ..actors.name import KIN
from .roles import Roles

_KIN = "|".join(sorted(KIN, key=len, reverse=True))
_KIN_SUBJECT = re.compile(r"(?:^|[、，。\s])(?:あの朝、|その日、|当時、)?(" + _KIN + r")(?:は|が)[、，]?")
_KIN_BEFORE = re.compile(r"(" + _KIN + r")(?:の|、|である)$")


def kin_speaker(plain: str, roles: Roles) -> tuple[bool, str | None]:
    """(whether the words before a quote, `plain`, have a word for kin as their last subject; the one person the
    article named with that word before, or None)."""
    last = None
    for last in _KIN_SUBJECT.finditer(plain):
        pass
    if last is None or re.search(r"(?<![でにとへ])[はが]", plain[last.end():]):
        return False, None  # (another subject after it)
    word = last.group(1)
    named = {a for _, text, a, s, e in roles.before() if roles.kinds.get(a) == "person"
             and (m := _KIN_BEFORE.search(text, max(0, s - 5), s)) and m.group(1) == word}
    if not named:
        named = _by_relation(word, roles)
    return (True, next(iter(named))) if len(named) == 1 else (False, None)


_CHILDREN = ("長男", "長女", "次男", "次女", "三男", "三女", "息子", "娘")
_PARENTS = ("父", "母", "父親", "母親")
# The word the article names the other of a pair with (夫: 妻の…さん; 父: 長男の…さん; 長男: 父の…さん).
_INVERSE = {"夫": ("妻",), "妻": ("夫",)} | dict.fromkeys(_PARENTS, _CHILDREN) | dict.fromkeys(_CHILDREN, _PARENTS)


def _by_relation(word: str, roles: Roles) -> set[str]:
    """The one person the kin word `word` names by its pair (妻の武市千代子さん … 夫は「…」: the one other person named
    in full with her surname, 武市正義; 長男の増田健太さん … 父は「…」: 増田清): the article named one person with the
    other word of the pair, and one other person whose full name opens with the same two characters."""
    inverse = _INVERSE.get(word)
    if inverse is None:
        return set()
    forms: dict[str, set[str]] = {}
    paired: set[str] = set()
    for _, text, a, s, e in roles.before():
        if roles.kinds.get(a) != "person":
            continue
        forms.setdefault(a, set()).add(text[s:e])
        if (m := _KIN_BEFORE.search(text, max(0, s - 5), s)) and m.group(1) in inverse:
            paired.add(a)
    if len(paired) != 1:
        return set()
    one = next(iter(paired))
    heads = {f[:2] for f in forms[one] if len(f) >= 3}
    return {a for a, written in forms.items() if a != one and any(len(f) >= 3 and f[:2] in heads for f in written)}
