"""Names in a credits line (美術・小野寺 薫、照明・前園 昇、音楽・アドリアン・ファルク。 / 指揮＝トマーシュ・ヴラベッツ): a
work's or a show's crafts, each a kanji word before ・ or ＝, then who did it. A katakana name there, joined by ・ or
not, is a person's: the craft before it says so, where a katakana name alone says nothing (a brand, a place abroad). Read
only in a line of two crafts or more, so that a single 音楽・ before a word (音楽・スポーツ) names no one.
"""

from __future__ import annotations

import re

# A craft of the credits, its word a kanji word of its own (not the end of a longer one: 総合演出 reads as 演出 too)
_CRAFT = (r"(?:原作|脚本|脚色|演出|監督|指揮|音楽|美術|照明|音響|衣装|振付|振り付け|撮影|編集|作曲|作詞|編曲|製作|制作|主演"
          r"|出演|声の出演|翻訳|訳|作|画|文|構成|朗読|独奏|独唱|独演)")
SIGN = re.compile(_CRAFT + r"[・=＝]")
_NAME = re.compile(r"(?<![\u4e00-\u9fff々])" + _CRAFT + r"[・=＝]([ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+){0,3})"
                   r"(?=[、。,\s　)）]|ほか|ら|$)")


def credit_names(line: str, free) -> list[tuple[int, int]]:
    """(start, end) of each katakana name after a craft in a line of two crafts or more, where `free` allows."""
    if len(SIGN.findall(line)) < 2:
        return []
    return [m.span(1) for m in _NAME.finditer(line) if free(*m.span(1))]
