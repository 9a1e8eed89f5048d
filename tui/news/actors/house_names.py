"""A storyteller's name after the house name of the school (亭号) in an article about rakugo, rōkyoku or kōdan:
one to three kanji and 亭, 家, 軒, 舎 or 庵, then the name given by the master, in kanji and hiragana (春雨亭かもめは,
鈴乃家ちどり（３８）, 春雨亭柳朝師匠): the whole is the name, filed under itself (no surname and given name).

Not a calling in 家 (書道家, 漫画家), nor a particle after it (田中家の, 山田家で), nor a title
(師匠 of 春雨亭柳朝師匠 is no part of the name). The name given alone later in the article is the same person
(`given_again`: 師匠の柳朝から, ちどりは), not inside 「」 (「かもめ」の名: the name as a word).
"""

from __future__ import annotations

import re

from .roles import TITLE_RE

_HOUSE = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{1,3}[亭家軒舎庵])((?![のはがをにでともへやら])[ぁ-ゖ\u4e00-\u9fff々]{1,4})"
                    r"(?=さん|氏|師匠|[（(、。はがのをにともら]|$)")
# An article about the storytellers' arts: its words
ARTS = re.compile(r"落語|噺家|寄席|高座|真打|二ツ目|前座|浪曲|講談|演芸|一門|師匠|弟子|襲名|興行|独演会")
# A calling in 家 (書道家翠風さん: the calling, then an artist's name)
_CALLING = re.compile(r"(?:作|画|書|書道|華道|茶道|漫画|音楽|演出|脚本|評論|建築|写真|陶芸|彫刻|専門|政治|実業|落語|噺|声楽|作曲|"
                      r"作詞|工芸|染織|料理|美術|芸術|小説|演奏|収集|愛好|篆刻|版画|人形|邦楽|能楽|舞踊)家$")
SIGN = re.compile(r"[亭家軒舎庵][ぁ-ゖ\u4e00-\u9fff々]")


def house_names(line: str, free) -> list[tuple[int, int, str]]:
    """(start, end, key) of each storyteller's name in the line (of an article about the arts), where `free` allows."""
    out: list[tuple[int, int, str]] = []
    for m in _HOUSE.finditer(line):
        house, given = m.group(1), m.group(2)
        cut = next((k for k in range(1, len(given)) if TITLE_RE.match(given, k)), None)
        if cut is not None:
            given = given[:cut]  # 柳朝 of 柳朝師匠
        if len(given) > 2 and given[-1] in "はがのをにともら":
            given = given[:-1]  # かもめ of 春雨亭かもめは、
        if TITLE_RE.match(given) or _CALLING.search(house):
            continue
        start, end = m.start(), m.start(2) + len(given)
        if free(start, end):
            out.append((start, end, line[start:end]))
    return out


_HOUSE_PART = re.compile(r"[\u4e00-\u9fff々]{1,3}[亭家軒舎庵]")
_BEFORE_ALONE = frozenset("の、。・（( 　")
_AFTER_ALONE = re.compile(r"[はがのをにともへやかでら、。）)]|師匠|さん")


def given_again(line: str, names: list[str], free) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each given name of `names` (storytellers' full names) alone in the line."""
    out: list[tuple[int, int, str]] = []
    for full in names:
        house = _HOUSE_PART.match(full)
        given = full[house.end():] if house else ""
        if len(given) < 2:
            continue
        at = line.find(given)
        while at >= 0:
            end = at + len(given)
            if ((not at or line[at - 1] in _BEFORE_ALONE) and _AFTER_ALONE.match(line, end)
                    and free(at, end)):
                out.append((at, end, full))
            at = line.find(given, end)
    return out
