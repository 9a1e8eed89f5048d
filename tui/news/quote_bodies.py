"""Companies and other bodies speaking through their spokespersons: the words of a body's spokesperson
(北辰精機の広報担当者は, 機構（JAXA）の広報部は) or of a company's staff (同社日本法人の担当者は) are the
body's, and a comment a body issued (東邦スチール加工は「…」とのコメントを出した) is its own, not a voice
nobody is named for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

# After a body's name: a note in brackets, a part of it (日本法人の, 本社の) and who speaks for it. (The staff
# of a ministry or an office, 同省の担当者, speak for no one the text names: only a spokesperson does.)
_SPOKES = r"(?:広報(?:担当者|担当|部|室|課)?|報道担当者?)"
ORG_VOICE = re.compile(r"(?:[（(][^（）()「」。]{1,15}[）)])?の(?:[\u4e00-\u9fff]{1,4}の)?" + _SPOKES)
# 同社の広報担当者は, 同社日本法人の担当者が, 同社は, 同党が: the company (the party, the ministry) spoken of before
_SAME_BODY = re.compile(r"同(?:社|行|グループ)(?:[\u4e00-\u9fff]{1,4})?の?"
                        r"(?:[\u4e00-\u9fff]{1,4}の)?(?:" + _SPOKES + "|担当者)(?:は|が)|同([社党省庁])(?:は|が|も)")
ISSUED = re.compile(r"[」』]\s*との\s*(?:コメント|声明|談話|見解)を(?:出|発表|寄せ|公表)")
# The ends of the names of bodies no company is: 同社 is none of them (a party, a ministry, a town, a court's side).
_NO_COMPANY = re.compile(r"(?:[党省庁県市町村区府都署局院検警隊軍校学側会連裁閣]|裁判所|連盟|機構|銀行)$")


def same_body(head: str, texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
              upto: int, until: int) -> tuple[bool, str | None]:
    """(whether `head`, the words before a quote, start with 同社 (同党, 同省) or 同社's spokesperson or staff
    as the subject; the organisation named last before it that 同社 may stand for: in the passages before
    `upto` and in passage `upto` before `until`)."""
    m = _SAME_BODY.match(head.lstrip("　 "))
    if not m:
        return False, None
    kind = m.group(1) or "社"
    last = None
    for k in range(min(upto + 1, len(texts))):
        for a, s, e in mentions[k]:
            if kinds.get(a) == "organization" and (k < upto or e <= until) and _fits(texts[k][s:e], kind):
                last = a
    return True, last


def _fits(name: str, kind: str) -> bool:
    """Whether 同 and `kind` (社, 党, 省, 庁) may stand for the body `name`."""
    return name.endswith(kind) if kind != "社" else not _NO_COMPANY.search(name)
