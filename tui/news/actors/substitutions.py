"""Players in a game's line of substitutions (【交代】, ▽交代): the one who went out and the one who came in, joined by
an arrow (富士見→北橘 大和（同３８分）, 投手弓ケ浜→皆生（７回）, 第２セット新見→成羽 七海), and the one who came in for a
role, the one replaced in brackets after (代打竹田（小鴨）８回, 守備岩本（北条）). A results page prints such lines with
bare surnames or spaced full names that UniDic reads as places or common words; the line's word and its arrows or
roles are what say they are people.
"""

from __future__ import annotations

import re

from .name import Name

_GIVEN = r"(?: (?:[\u4e00-\u9fff々]{1,3}|[ぁ-ゖ]{2,4}))?"  # a spaced given name after the surname, if printed
_ENTRY = r"([\u4e00-\u9fff々ヶ][\u4e00-\u9fffノ々ヶ]{0,5})(" + _GIVEN + ")"
_ROLE = r"(?:投手|捕手|代打|代走|守備|第[0-9]{1,2}セット)?"
_ARROW = re.compile(r"(?:(?<=[=、▽(/])|^| )" + _ROLE + _ENTRY + "→" + _ENTRY + r"(?=[(、 /]|$)")
_FOR = re.compile(r"(?:代打|代走|守備)" + _ENTRY + r"\(" + _ENTRY + r"\)")
_NO_NAME = frozenset("投手 捕手 代打 代走 守備 交代 途中 退場 負傷 同".split())


def substitution_names(line: str, free) -> list[Name]:
    """The players of a substitutions line (`line` as the recognisers read it, its wide forms made narrow), where
    `free(start, end)` holds no actor yet; none in a line without 交代."""
    if "交代" not in line or ("→" not in line and "(" not in line):
        return []
    out: list[Name] = []
    for pattern in (_ARROW, _FOR):
        for m in pattern.finditer(line):
            for surname, given in ((1, 2), (3, 4)):
                start, end = m.start(surname), m.end(given)
                if (m.group(surname) not in _NO_NAME and free(start, end)
                        and not any(n.start < end and start < n.end for n in out)):
                    out.append(Name(start, end, m.group(surname), bool(m.group(given))))
    return sorted(out, key=lambda n: n.start)
