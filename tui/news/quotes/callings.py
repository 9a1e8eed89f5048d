"""A headline may name the speaker by a calling or a minister's office alone (農家「肥料代が重い」, 財務相「財源は確保できる」):
the words are those of the one person the body names with that calling right before the name (コメ農家 山口和子さん,
農家の山口和子さん), or as the one who leads those of the calling (原告団長の宇佐美さん for 原告, 住民代表の… for 住民),
or with that minister's office after it (村瀬康之財務大臣), when the body quotes that person.
"""

from __future__ import annotations

from collections.abc import Sequence

import re

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

_CALLING = re.compile(r"[\u4e00-\u9fffァ-ヺー]{1,6}")  # the headline's words right before its 「 (農家, 財務相)
_LEADS = ("団長", "団代表", "団の代表", "会長", "会代表", "代表")  # 原告団長: the one who leads those of the calling
_MINISTER = re.compile(r"(?!首相)([\u4e00-\u9fff]{1,5})相")  # 財務相, 外相 (首相 is a title of its own)


def _apposed(text: str, s: int, calling: str) -> bool:
    """Whether the calling stands before the name at `s` with a second description between (父親で会社員の…)."""
    at = text.rfind(calling + "で", max(0, s - len(calling) - 16), s)
    return at >= 0 and not any(c in "、。「」" for c in text[at:s])


def calling_holder(heading: int, start: int, texts: Sequence[str], mentions: Sequence[Mentions],
                   kinds: dict[str, str]) -> tuple[str | None, bool]:
    """(the one person the article names elsewhere with the calling or minister's office that opens the part of
    headline texts[heading] right before its 「 at `start` (a caption line above the words too: コメ農家 山口和子さん),
    or None; whether it is a calling, not an office: words then must be held in theirs)."""
    line = texts[heading]
    part = max(line.rfind("　", 0, start), line.rfind(" ", 0, start), line.rfind("、", 0, start)) + 1
    calling = line[part:start]
    if not _CALLING.fullmatch(calling) or any(kinds.get(a) != "person" and text[s:e] in calling
                                              for text, found in zip(texts, mentions) for a, s, e in found):
        return None, False  # (北浜市「…」: a body or place the article names, not a calling)
    office = _MINISTER.fullmatch(calling)
    ends = (office.group(1) + "相", office.group(1) + "大臣", office.group(1) + "務大臣") if office else ()
    found = set()
    for k, (text, found_here) in enumerate(zip(texts, mentions)):
        if k == heading:
            continue
        for a, s, e in found_here:
            if kinds.get(a) != "person":
                continue
            if office and text.startswith(ends, e):
                found.add(a)  # 村瀬康之財務大臣 for 財務相
            elif not office and text[:s].rstrip(" 　の").endswith(
                    (calling, *(calling + lead for lead in _LEADS))) and text[s - 1:s] in (" ", "　", "の"):
                found.add(a)  # コメ農家 山口和子さん, 農家の山口和子さん for 農家; 原告団長の宇佐美さん for 原告
            elif not office and text[s - 1:s] == "の" and _apposed(text, s, calling):
                found.add(a)  # 男児の父親で会社員の岡田健司さん for 父親
    return (found.pop() if len(found) == 1 else None), not office
