"""A name's reading in brackets right after it, as encyclopaedias and profiles give it: 森岡貴之（もりおか
たかゆき、1962年 - ）, 北辰精機（ほくしんせいき）, and after a name ending in kana when dates follow (南雲 さくら
（なぐも さくら、1990年 - ）). The reading is the name again in kana, no mention of its
own: UniDic reads its words as names and places (もりおか, ちあき); the recognisers leave it alone. Hiragana only:
a reading in katakana may be a foreign name given beside its translation.
"""

from __future__ import annotations

import re

# Kana only (hiragana, or katakana for a foreign reading of a kanji name), words one space apart, closed by
# the bracket or by the comma that starts the dates; right after a kanji (the name written in kanji).
# (The bracket first, the kanji before it looked back to: the text is scanned for brackets only.)
_READING = re.compile(r"[（(](?<=[\u4e00-\u9fff々〆ヶ][（(])([ぁ-ゖー]+(?:[ 　・][ぁ-ゖー]+)*)(?=[、，,）)＝=])")
# After a name that ends in kana (南雲 さくら（なぐも さくら、1990年 - ）): only before the comma and a year.
_KANA_READING = re.compile(r"[（(](?<=[ぁ-ゖァ-ヺー][（(])([ぁ-ゖー]+(?:[ 　][ぁ-ゖー]+)*)(?=[、，,]\s*(?:\d|[一二三四五六七八九〇]|生年|生没))")


def readings(text: str) -> list[tuple[int, int]]:
    """(start, end) of each reading in `text`, its brackets and comma left out."""
    if "（" not in text and "(" not in text:
        return []
    return sorted([m.span(1) for m in _READING.finditer(text)] + [m.span(1) for m in _KANA_READING.finditer(text)])
