"""A surname that is an everyday loanword too (プライス, グリーン, ホワイト), named as a body's or a country's
officer: 国務省のプライス報道官, 米国のグリーン国務長官.

`discovery.plausible_name` drops a katakana word UniDic glosses as an English word (ホワイトハウス, プライス:
price), as most such words before a title are no one's names. Right after の and right before a title that
only a person holds, and that takes no describing word before it (報道官, 大統領; not 投手 of エース投手 nor
議員 of ベテラン議員), one such word is the officer's surname.
"""

from __future__ import annotations

from ..language import words
from .discovery import STOP_NAMES

# Titles of one person that no common word qualifies in the news (エース投手, ベテラン議員, PR大使 are phrases).
PERSON_ONLY = frozenset(
    "氏 報道官 副報道官 大統領 副大統領 首相 外相 国務長官 国防長官 財務長官 議長 総裁 知事 市長".split())


def named_loanword(line: str, start: int, name: str, title: str) -> bool:
    """The katakana `name` at `start` in `line`, before `title`, is a surname although a loanword: after の,
    one word of UniDic's and no rank (トップ, チーフ: `discovery.STOP_NAMES`), before a title of `PERSON_ONLY`."""
    if title not in PERSON_ONLY or not start or line[start - 1] != "の" or "・" in name or name in STOP_NAMES:
        return False
    return len(words(name)) == 2  # one word: its surface and its class
