"""A person from abroad named right after where they come from (カナダ出身のコリン・マクギルヴレイ, アルゼンチン出身のソラルテ,
ジョージアからの留学生のチハイゼ): after 出身の, からの and a word for who came (留学生, 選手, 研修生) and の, or 国籍の, with a
player's position glued before the name or not (フィリピン出身のガードカルロ・ディマユガ, 韓国出身のRBソ・ミンジェ): a name of
katakana parts joined by ・ (whatever the parts), or one katakana word that is no everyday loanword
(`discovery.plausible_name`; not ブラジル出身のサンバ). The name's last part is its key, so that the surname written alone
later is the same person.
"""

from __future__ import annotations

import re

from .discovery import plausible_name

SIGN = re.compile(r"出身の|からの(?:留学生|選手|研修生|技能実習生|実習生)の|国籍の")
# A player's position written right before the name (ガード, FW, RB), read apart from it
_POSITION = re.compile(r"(?:ガード|フォワード|センター|セッター|リベロ|オポジット|ストライカー|ピッチャー|キャッチャー|"
                       r"GK|DF|MF|FW|RB|WTB|CTB|SO|PG|SG|SF|PF)?")
_NAME = re.compile(r"[ァ-ヺ][ァ-ヺー]{0,11}(?:・[ァ-ヺ][ァ-ヺー]{0,11}){1,3}|[ァ-ヺ][ァ-ヺー]{1,11}")  # (ソ・ミンジェ)
_AFTER = frozenset("はがをにとのもや、。（(」 ")


def origin_names(line: str, free) -> list[tuple[int, int, str]]:
    """(start, end, key) of each person the module's doc reads in `line`, where `free(start, end)` allows."""
    out: list[tuple[int, int, str]] = []
    for m in SIGN.finditer(line):
        position = _POSITION.match(line, m.end())  # (the pattern may match nothing: never None)
        at = position.end() if position else m.end()
        name = _NAME.match(line, at)
        if name is None and at > m.end():  # (ガードカルロ…: a position's word glued before the name, or the name itself)
            at, name = m.end(), _NAME.match(line, m.end())
        if name is None or line[name.end():name.end() + 1] not in _AFTER:
            continue
        s, e = name.span()
        if free(s, e) and ("・" in name.group() or plausible_name(name.group())):  # (parts joined by ・: a name's shape)
            out.append((s, e, name.group().split("・")[-1]))
    return out
