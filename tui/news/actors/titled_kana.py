"""A full name of kanji and a given name in hiragana right before a title, whatever UniDic reads its surname as:
南風原さゆり党首 (南風原 a town), 安来ちはる代表, 江坂まさみ氏; before a particle or a comma when UniDic reads the
surname as one between a title and an honorific and the given name starts with no particle (中島こはるが: こは + る to
UniDic; not 刈谷はこの日). The title is the person's context (`persons.TITLE_RE`), the longest given name before it
taken (谷口まこと共同代表, not まこ before と); the name rules want a surname UniDic reads as one in the line
(`kana_given`), which a town's or an odd word never is.

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

_NAME = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{2,3})([ぁ-ゖ]{2,6})")
_PARTICLE = re.compile(r"[がはのをともや、]")
_NOT_GIVEN = frozenset("より さえ こそ まで など ほか ため ところ ながら かつて ごと たち として".split())


def titled_kana(flat: str) -> list[tuple[int, int, str]]:
    """(start, end, surname) of each name of the module's shape in `flat`."""
    out = []
    for m in _NAME.finditer(flat):
        surname = m.group(1)
        if surname in NOT_NAME or surname in KIN:
            continue
        ends = range(min(m.end(), m.start(2) + 4), m.start(2) + 1, -1)  # the given name's ends, the longest first
        end = next((e for e in ends if TITLE_RE.match(flat, e) and _given(flat[m.start(2):e])), None)
        run = m.group(2)
        if end is None and len(run) >= 3 and _PARTICLE.fullmatch(run[-1]) and not _PARTICLE.match(run) and (
                _given(run[:-1]) and not _given(run) and "姓" in read_as_name(surname)):
            # before a particle that ends the hiragana: a surname UniDic reads as one, a given name that starts with
            # no particle (刈谷はこの日) and is no shorter given name's (円城寺まこと is no まこ and と)
            end = m.end() - 1
        elif end is None and flat.startswith("、", m.end()) and _given(run) and "姓" in read_as_name(surname):
            end = m.end()  # 中島こはる、…: a comma after the name
        if end is not None:
            out.append((m.start(), end, surname))
    return out


@lru_cache(maxsize=1024)
def _given(kana: str) -> bool:
    """Hiragana UniDic reads as a given name between a title and an honorific, as written or in katakana."""
    if kana in _NOT_GIVEN:
        return False
    katakana = "".join(chr(ord(c) + 0x60) for c in kana)
    return "名" in read_as_name(kana) or "名" in read_as_name(katakana)
