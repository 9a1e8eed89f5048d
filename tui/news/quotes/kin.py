"""A word for kin as the subject of words said (父は「…」と言って, 母親が「…」): the one person the article named with that
word before (遺族代表の黒木雄大さんは、…父の黒木正さんを亡くした。あの朝、父は「…」と言って: 黒木正); when it named none
or several so, the other rules read on (母は「…」 in an obituary: the departed).
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
    return (True, next(iter(named))) if len(named) == 1 else (False, None)
