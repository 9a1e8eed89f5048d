"""A full name of kanji and a given name in hiragana right before a title, whatever UniDic reads its surname as:
南風原さゆり党首 (南風原 a town), 安来ちはる代表, 江坂まさみ氏. The title is the person's context (`persons.TITLE_RE`); the
name rules want a surname UniDic reads as one (`kana_given`), which a town's or an odd word never is.

The surname is two or three kanji after no kanji (a word of its own), no word a title is made of (`NOT_NAME`) nor a
kin's word; the given name two to four hiragana UniDic reads as a given name, in hiragana or in katakana (さゆり,
ちはる, まさみ, こはる: コハル), never a particle's or an adverb's word (より, さえ, こそ); the whole is filed under the
surname, so that 篠原党首 later is the same person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .name import KIN, NOT_NAME
from .name_frame import read_as_name
from .persons import TITLE_RE

_NAME = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{2,3})([ぁ-ゖ]{2,4})(?=[\u4e00-\u9fffさ])")
_NOT_GIVEN = frozenset("より さえ こそ まで など ほか ため ところ ながら かつて ごと たち として".split())


def titled_kana(flat: str) -> list[tuple[int, int, str]]:
    """(start, end, surname) of each name of the module's shape in `flat`."""
    out = []
    for m in _NAME.finditer(flat):
        title = TITLE_RE.match(flat, m.end())
        surname, given = m.group(1), m.group(2)
        if title is None or surname in NOT_NAME or surname in KIN or not _given(given):
            continue
        out.append((m.start(), m.end(), surname))
    return out


@lru_cache(maxsize=1024)
def _given(kana: str) -> bool:
    """Hiragana UniDic reads as a given name between a title and an honorific, as written or in katakana."""
    if kana in _NOT_GIVEN:
        return False
    katakana = "".join(chr(ord(c) + 0x60) for c in kana)
    return "名" in read_as_name(kana) or "名" in read_as_name(katakana)
