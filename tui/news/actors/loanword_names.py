"""A surname that is an everyday loanword too (プライス, グリーン, ホワイト), named as a body's or a country's
officer: 国務省のプライス報道官, 米国のグリーン国務長官, and, with no の before it, in a line that names a country
(米国側はヘイズ通商代表が).

`discovery.plausible_name` drops a katakana word UniDic glosses as an English word (ホワイトハウス, プライス:
price), as most such words before a title are no one's names. Right after の and right before a title that
only a person holds, and that takes no describing word before it (報道官, 大統領; not 投手 of エース投手 nor
議員 of ベテラン議員), one such word is the officer's surname; so is one opening a clause before such a title or an
envoy's in a line that names a country before it.
"""

from __future__ import annotations

import re

from ..language import word_class, words
from .discovery import STOP_NAMES

# Titles of one person that no common word qualifies in the news (エース投手, ベテラン議員, PR大使 are phrases).
PERSON_ONLY = frozenset(
    "氏 報道官 副報道官 大統領 副大統領 首相 外相 国務長官 国防長官 財務長官 議長 総裁 知事 市長".split())


# Titles a country's officer holds, after the country and の (米国のウォーカー代表, 英国のハリス大使)
_ENVOY = frozenset("代表 首席代表 通商代表 大使 特使 長官 次官 報道官 大臣".split())
_COUNTRY_BEFORE = re.compile(r"[\u4e00-\u9fffァ-ヺー]{1,10}の$")


def named_loanword(line: str, start: int, name: str, title: str) -> bool:
    """The katakana `name` at `start` in `line`, before `title`, is a surname although a loanword: after の,
    one word of UniDic's and no rank (トップ, チーフ: `discovery.STOP_NAMES`), before a title of `PERSON_ONLY`, or
    of `_ENVOY` or a minister's (…相) after a country's name and の (米国のウォーカー代表)."""
    if "・" in name or name in STOP_NAMES:
        return False
    if start and line[start - 1] == "の":
        if title not in PERSON_ONLY and not ((title in _ENVOY or title.endswith("相")) and _after_country(line, start - 1)):
            return False
    elif not start or line[start - 1] in _OPEN or line.endswith("から", 0, start):
        # 米国側は、ヘイズ通商代表が: a country's officer, in a line that names the country
        if not ((title in PERSON_ONLY or title in _ENVOY) and _country_in(line[:start])):
            return False  # (テラ外相は with no country named: a word, as like as a name)
        if _WORD_GOES_ON.match(line, start + len(name) + len(title)):
            return False  # グリーン報道官室: the title is a part of a word
    else:
        return False
    return len(words(name)) == 2  # one word: its surface and its class


_OPEN = frozenset("はがとも、。「（(　 ")
_WORD_GOES_ON = re.compile(r"[\u4e00-\u9fff々ァ-ヺ]")


def _country_in(text: str) -> bool:
    """Whether UniDic reads a country's name in `text` (米国側は)."""
    flat = words(text)
    return any(word_class(c)[3] == "国" for c in flat[1::2])


def _after_country(line: str, no: int) -> bool:
    """Whether the words before the の at `no` end with a country's name, as UniDic reads it (米国の, フィリピンの)."""
    m = _COUNTRY_BEFORE.search(line, 0, no + 1)
    if m is None:
        return False
    flat = words(line[m.start():no])
    return len(flat) >= 2 and word_class(flat[-1])[3] == "国"
