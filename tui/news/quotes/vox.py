"""A passer-by's words and who they are, in brackets right after them: 「…」（横浜市の会社員、今井美穂さん、26）,
「…」（4年、宮坂陽菜さん）との声, 「…」（会社員の山田花子さん・31）, 「…」（ライアン・コリンズ投手・神奈川）.
The brackets describe one person (a place, a work or a school year, then a comma or の), name them and close after
the honorific and an age, or a title and the side they play for. Read before the words' own noun (との声が聞かれた),
which names no one by itself; `beside.in_brackets_after` reads the brackets that hold a name and its title alone.
"""

from __future__ import annotations

import re

from .passage import QuoteAt
from .titles import title_end

_OPEN = re.compile(r"\s*[（(]")
_DESCRIBED = re.compile(r"[^（）()「」。]{0,24}[、，の・]")  # 横浜市の会社員、 / ４年、 / 会社員の: who the person is
# 、26 or ・31, or the side a player is on (・神奈川), before the bracket closes
_AGE_LAST = re.compile(r"(?:[、，・]\s*(?:[0-9０-９]{1,3}(?:歳)?|[^（）()「」。、，・0-9０-９]{1,12}))?\s*")


def described_in_brackets(q: QuoteAt) -> str | None:
    """The one person the brackets right after the words name, after a description of them and before an age or a
    side; None when the brackets hold anything else (two people, a term, a measure)."""
    p, text, end = q.p, q.text, q.end
    paren = _OPEN.match(text, end, q.hi)
    if paren is None:
        return None
    close = text.find("）" if text[paren.end() - 1] == "（" else ")", paren.end())
    if close < 0:
        return None
    inside = sorted((s, e, a) for a, s, e in p.mentions if paren.end() <= s and e <= close)
    people = {a for _, _, a in inside if p.kinds.get(a) == "person"}
    if len(people) != 1:
        return None  # two people in the brackets, or none: whose words is not said
    person = people.pop()
    s, e = next((s, e) for s, e, a in inside if a == person)
    if s > paren.end() and not _DESCRIBED.fullmatch(text, paren.end(), s):
        return None
    age = _AGE_LAST.match(text, title_end(text, e, close, True), close)
    return person if age is not None and age.end() == close else None
