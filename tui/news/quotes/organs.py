"""A body named by what it runs and its organ (大会本部, 選考委員会, 運営事務局), or a firm by its name in katakana and
社 after a clause that tells what it does (販売を担当するチケットライン社), the subject right before its words (大会本部は
「…」としている): pages name a body so, and the recognisers may find no name in common words. Not a body written short
after a place's kind (県教育委員会, 市対策本部: `offices` reads those as the body named in full before) nor one that
points back (同本部, 両委員会). And the firm a business page's lead opens on (青嶺自動車は12日、), for 同社 when no body
was named before it (`with_lead_firm`). Kept as an actor of the article only when given words (`quotes.sides.side_actors`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

PREFIX = "o:"  # an organisation's id
KIND = "organization"
_ORGAN = re.compile(r"((?:(?<=^)|(?<=[。\s　、，]))(?![都道府県市区町村同両各全本当])[\u4e00-\u9fff]{2,8}"
                    r"(?:本部|事務局|実行委員会|委員会|協議会)"
                    r"|(?<![の])(?<=[ぁ-ゟ])[ァ-ヺー]{3,12}社)"  # 販売を担当するチケットライン社は: after the clause on it
                    r"(?=[はがも][、，]?「)")


def with_organs(texts: Sequence[str], mentions: Sequence[Mentions],
                kinds: dict[str, str]) -> tuple[list[Mentions], dict[str, str]]:
    """The passages' mentions with each body named by its organ as the subject right before words quoted, where the
    recognisers found nothing, and the kinds with theirs."""
    out: list[Mentions] = []
    kinds = dict(kinds)
    for text, found in zip(texts, mentions):
        made = [(PREFIX + m.group(1), m.start(1), m.end(1)) for m in _ORGAN.finditer(text)
                if not any(s < m.end(1) and m.start(1) < e for _, s, e in found)] if "「" in text else []
        for a, _, _ in made:
            kinds.setdefault(a, KIND)
        out.append(sorted([*found, *made], key=lambda x: x[1]) if made else found)
    return out, kinds


# The lead's topic before the day (青嶺自動車は12日、…発表した), after a dateline in brackets if any (【盛岡】)
_LEAD_TOPIC = re.compile(r"(?:【[^【】]{1,10}】)?([\u4e00-\u9fff々ァ-ヺーA-Za-zＡ-Ｚａ-ｚ・]{2,12})は[0-9０-９]{1,2}日[、，]")


def with_lead_firm(texts: Sequence[str], mentions: Sequence[Mentions],
                   kinds: dict[str, str]) -> tuple[list[Mentions], dict[str, str]]:
    """A business page's lead opens on the firm it is about (青嶺自動車は12日、決算を発表した), and 同社 later stands for
    it: when 同社 comes with no body named before it, the lead's topic before the day, a name the recognisers found
    nothing in, is that firm, in every passage that writes it bare before a particle."""
    from .seated import _named

    first = next((k for k, t in enumerate(texts) if "同社" in t), None)
    if first is None or any(kinds.get(a) == "organization" for found in mentions[:first + 1] for a, _, _ in found):
        return list(mentions), kinds
    lead = next(((k, m) for k in range(min(2, first + 1)) if (m := _LEAD_TOPIC.match(texts[k]))), None)
    if lead is None or not _named(lead[1].group(1)) or any(
            s < lead[1].end(1) and lead[1].start(1) < e for _, s, e in mentions[lead[0]]):
        return list(mentions), kinds
    name = lead[1].group(1)
    bare = re.compile("(?<![\u4e00-\u9fff々ァ-ヺー])" + re.escape(name) + "(?=[はがもの、，])")
    out: list[Mentions] = []
    kinds = dict(kinds)
    for text, found in zip(texts, mentions):
        added = [(PREFIX + name, m.start(), m.end()) for m in bare.finditer(text)
                 if not any(s < m.end() and m.start() < e for _, s, e in found)]
        if added:
            kinds.setdefault(PREFIX + name, KIND)
        out.append(sorted([*found, *added], key=lambda x: x[1]) if added else found)
    return out, kinds
