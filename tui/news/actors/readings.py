"""A name's reading in brackets right after it, as encyclopaedias and profiles give it: 森岡貴之（もりおか
たかゆき、1962年 - ）, 北辰精機（ほくしんせいき）. The reading is the name again in kana, no mention of its
own: UniDic reads its words as names and places (もりおか, ちあき); the recognisers leave it alone. Hiragana only:
a reading in katakana may be a foreign name given beside its translation.
"""

from __future__ import annotations

import re

# Kana only (hiragana, or katakana for a foreign reading of a kanji name), words one space apart, closed by
# the bracket or by the comma that starts the dates; right after a kanji (the name written in kanji).
# (The bracket first, the kanji before it looked back to: the text is scanned for brackets only.)
_READING = re.compile(r"[（(](?<=[\u4e00-\u9fff々〆ヶ][（(])([ぁ-ゖー]+(?:[ 　][ぁ-ゖー]+)*)(?=[、，,）)])")


def readings(text: str) -> list[tuple[int, int]]:
    """(start, end) of each reading in `text`, its brackets and comma left out."""
    if "（" not in text and "(" not in text:
        return []
    return [m.span(1) for m in _READING.finditer(text)]
