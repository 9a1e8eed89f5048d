"""A party by its short form where only a party stands: in brackets right after a member (山元委員（共産）, （立憲・
比例）), in an election table's row between the age and new or sitting (上條 正 61 共産 現), or in a list of the
parties that back a candidate (無新、立憲、共産支持). Elsewhere 立憲, 共産, 維新, 国民 and 社民 are words of their own
(立憲主義, 明治維新, 国民の声), which the gazetteer does not read as the parties.

Each is filed under the party's full name (立憲 under 立憲民主党), the gazetteer's when it knows the party.
"""

from __future__ import annotations

import re

_FULL = {"自民": "自民党", "公明": "公明党", "立憲": "立憲民主党", "共産": "共産党", "維新": "日本維新の会",
         "国民": "国民民主党", "社民": "社民党", "れいわ": "れいわ新選組", "参政": "参政党"}
_PARTY = "|".join(sorted(_FULL, key=len, reverse=True))
SIGN = re.compile(_PARTY)  # (literals alone: the search skips to their first characters)
# in brackets after a name or a title, alone or before a district or a list (（共産）, （立憲・比例）, （自民、公明推薦）)
_BRACKETED = re.compile(rf"(?<=[\u4e00-\u9fff々ぁ-ゖァ-ヺー][（(])({_PARTY})(?=[）)・、]|推薦|支持)")
# the parties that back a candidate, listed before 推薦 or 支持 (無新、立憲、共産支持)
_BACKERS = re.compile(rf"(?<![\u4e00-\u9fff々])((?:(?:{_PARTY})、)*(?:{_PARTY}))(?:推薦|支持)")
# an election table's row: the age, the party, then new, sitting or former (６１　共産　現)
_ROW = re.compile(rf"(?<=[0-9][\s　])({_PARTY})(?=[\s　]+[新現元](?:[\s　0-9①-⑳]|$))")


def party_forms(line: str) -> list[tuple[int, int, str]]:
    """(start, end, the party's full name) of each short form of the module's places in the line (NFKC)."""
    out: list[tuple[int, int, str]] = []
    for m in _BRACKETED.finditer(line):
        out.append((m.start(1), m.end(1), _FULL[m.group(1)]))
    for m in _BACKERS.finditer(line):
        at = m.start(1)
        for item in m.group(1).split("、"):
            out.append((at, at + len(item), _FULL[item]))
            at += len(item) + 1
    for m in _ROW.finditer(line):
        out.append((m.start(1), m.end(1), _FULL[m.group(1)]))
    return sorted(set(out))
