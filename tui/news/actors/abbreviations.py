"""An organisation's short name given in brackets after its full name (オーシャン・ブリッジ・キャピタル（OBC）, 東洋精密
技研（TPG）): the article then writes the short name alone (OBCは総会後、…), which the recognisers find as an
organisation of its own. The full name is that organisation, and every mention of the short name is filed under it, so
that one body is one actor, its short name an alias.

Only where the short name is found as an organisation somewhere in the article (a term introduced so, 国内総生産（GDP）,
環太平洋経済連携協定（TPP）, is none, and its letters are no organisation's), and the full name is written in katakana or
Latin letters or ends as a body's name does (技術研究組合, 協会): not an event counted (第30回締約国会議（COP30）).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .organisations import SUFFIXES

# A name (kanji, katakana with ・, Latin letters), then its short name in capitals in brackets.
_INTRO = re.compile(r"([\u4e00-\u9fff々ァ-ヺー・A-Za-z&]{4,30})[（(]([A-Z][A-Z0-9&]{1,6})[）)]")
_KANJI_HEAD = re.compile(r"[\u4e00-\u9fff々]+(?=[ァ-ヺ])")  # 米投資ファンドオーシャン…: the words before a katakana name
_LEAST = 4
_FOREIGN = re.compile(r"[ァ-ヺA-Za-z]")  # a name in katakana or Latin letters: a firm's, a fund's
_DESCRIBED = "大手"  # a trade's leader, before the name it describes (製薬大手…)


def abbreviated(flat: str, out: list[tuple[str, int, int, str]],
                free: Callable[[int, int], bool]) -> list[tuple[str, int, int, str]]:
    """`out` (kind, start, end, key) with each full name so introduced taken as an organisation and the short name's
    mentions filed under it (`free(start, end)`: no actor there yet)."""
    orgs = {flat[s:e] for kind, s, e, _ in out if kind == "organization"}
    keys: dict[str, str] = {}
    added: list[tuple[str, int, int, str]] = []
    for m in _INTRO.finditer(flat):
        short = m.group(2)
        if short not in orgs or short in keys:
            continue
        start, end = m.span(1)
        if start and flat[start - 1].isdigit():
            continue  # 第85回菊花賞（GI）, 第30回締約国会議（COP30）: an event counted, no body
        head = _KANJI_HEAD.match(flat, start)
        if head is not None and head.end() < end and end - head.end() >= _LEAST:
            start = head.end()  # (the katakana name after the words that describe it)
        described = flat.rfind(_DESCRIBED, start, end)
        if described >= 0 and end - (described + len(_DESCRIBED)) >= 2:
            start = described + len(_DESCRIBED)  # 電気自動車大手比亜迪（BYD）: the name after its trade
        name = flat[start:end].strip("・")
        if len(name) < _LEAST and not (described >= 0 and len(name) >= 2):
            continue
        if not (_FOREIGN.search(name) or name.endswith(SUFFIXES)):
            continue  # (a name of kanji alone that ends as no body's does: a term, an event, a plan)
        same = [x for x in out if x[0] == "organization" and (x[1], x[2]) == (start, end)]
        if same:
            keys[short] = same[0][3]
        elif free(start, end):
            keys[short] = name
            added.append(("organization", start, end, name))
    if not keys:
        return out
    renamed = [(kind, s, e, keys[flat[s:e]]) if kind == "organization" and flat[s:e] in keys else (kind, s, e, key)
               for kind, s, e, key in out]
    return sorted(renamed + added, key=lambda x: (x[1], x[2]))
