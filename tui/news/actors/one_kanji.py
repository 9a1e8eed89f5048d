"""A surname of one kanji before a title (北被告, 原被告, 無職東容疑者, 浜さん夫妻, 西さん（６９）, 宋投手) or before a
given name (執行役員林圭介).

UniDic reads most one-kanji surnames as common words or places (北, 原, 島, 浜, 西), and one kanji before
a title is as often a word of the title's (元被告, 左投手, 名監督) or a kinship word (母さん, 奥さん). So it is
a name only as a word of its own (after a particle, a mark, or an occupation's words: 無職東容疑者), never a
word titles are made of, and only with evidence from the title: a defendant's or suspect's title (no
one's title but a named person's), an honorific followed by an age or 夫妻 (西さん（６９）, 浜さん夫妻);
before any other title, a kanji UniDic reads as a name (林社長), as a place before a title no place's side
or office bears (東会長), or as a common word after の or a mark before a title no place bears (同社の西常務).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .tokens import KANJI, Toks, chars

_LEGAL = frozenset("被告 被告人 容疑者 受刑者 死刑囚".split())
_HONORIFIC = frozenset("さん 氏 様 さま ちゃん くん 君 殿".split())
# One kanji a title is made with, or one that names a kind of person, never a name before these titles.
_NOT_ONE = frozenset(
    "同 副 前 元 新 現 両 各 本 当 全 総 諸 他 名 好 左 右 助 主 敵 旧 故 真 偽 実 義 養 継 男 女 母 父 兄 姉 弟 妹 "
    "妻 夫 子 娘 嫁 婿 孫 祖 奥 坊 婆 爺 皆 客 神 親 君 僕 俺 彼 私 米 英 仏 独 露 中 韓 朝 日 台 県 市 町 村 府 都 国 党 "
    "初 若 老 少 幼 姪 甥 叔 伯 師 殿 王 帝 姫 先 後 上 下 大 小 高 低".split())
_AFTER = frozenset("の、「『（(　 ")  # what a common word read as a surname follows: 同社の西常務
_AGE_OR_COUPLE = re.compile(r"[(（][0-9０-９]{1,3}[)）]|夫妻")


# The one kanji UniDic reads as a country that news still writes for one (Thailand, the Netherlands); the others it
# reads so are old Chinese states (宋, 魏, 鄭, 殷), each a surname before a title.
_MODERN_STATES = frozenset("泰蘭")


@lru_cache(maxsize=None)
def _states() -> frozenset[str]:
    return chars("pos3", "国")


@lru_cache(maxsize=None)
def _classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The classes of a common word, of a name or place UniDic reads (not a country), of a person's name."""
    common = chars("pos1", "普通名詞") | chars("pos1", "名詞的")
    named = (chars("pos2", "人名") | chars("pos2", "地名")) - chars("pos3", "国")
    return common, named, chars("pos2", "人名")


def one_kanji(line: str, toks: Toks, lo: int, hi: int, title: str, after: int):
    """The name of one kanji that is the last word (hi - 1) of the kanji words lo .. hi - 1 before `title`
    (which ends at `after`), if the module's rules make it one; else None."""
    from .title_names import PLACE_TITLES as _PLACE_TITLES  # (title_names imports this module)
    from .name import Name

    k = hi - 1
    word = toks.surfaces[k]
    if len(word) != 1 or word in _NOT_ONE or not KANJI.fullmatch(word):
        return None
    common, named, person = _classes()
    cls = toks.classes
    if k == lo and cls[k] in _states() and word not in _MODERN_STATES:
        return Name(toks.starts[k], toks.ends[k], word, False)  # 宋投手, 鄭さん: a surname, not the old state
    if k > lo and not (title in _LEGAL and toks.starts[k] - toks.starts[lo] >= 2 and all(
            cls[x] in common for x in range(lo, k))):
        return None  # a kanji of a longer word (月見里さん), not a suspect's surname after an occupation (無職 + 東)
    if title in _LEGAL:
        pass
    elif title in _HONORIFIC:
        if cls[k] not in named and not _AGE_OR_COUPLE.match(line, after):
            return None
    elif cls[k] in named and cls[k] not in person and title in _PLACE_TITLES:
        return None  # 東監督 may be a side's, 北支店長 a branch's
    elif cls[k] not in named and (k > lo or title in _PLACE_TITLES or line[toks.starts[k] - 1:toks.starts[k]] not in _AFTER):
        return None
    elif cls[k] not in named and _joins(word + title):
        return None  # 消防団の分団長: 分 and the title's first kanji are one word (分団), no surname
    elif toks.pos[k] == "接頭辞" and title not in _HONORIFIC:
        return None  # 同園の獣医師: a prefix UniDic reads with the title's word (獣 + 医師), no surname
    return Name(toks.starts[k], toks.ends[k], word, False)


@lru_cache(maxsize=1024)
def _joins(words: str) -> bool:
    """Whether UniDic reads the kanji and the title after it with a first word longer than the kanji (分団 of 分団長)."""
    from ..language import tagger

    first = next(iter(tagger()(words)), None)
    return first is not None and len(first.surface) > 1


def one_kanji_before(line: str, toks: Toks, i: int, marks: list[tuple[int, int]]) -> bool:
    """Token i - 1 is a surname of one kanji UniDic reads as another word (林, 森, 原), right before the given
    name at token i (執行役員林圭介, 、森健一が): the kanji is a word of its own (after no kanji, or right after
    a title of `marks`), and none titles are made of; no count's word after its number (第４０回あやめの里)."""
    if i == 0 or toks.ends[i - 1] != toks.starts[i] or len(toks.surfaces[i]) < 2:
        return False
    word, at = toks.surfaces[i - 1], toks.starts[i - 1]
    if len(word) != 1 or word in _NOT_ONE or not KANJI.fullmatch(word):
        return False
    if at and (line[at - 1].isdigit() or line[at - 1] in "何数"):
        return False  # 第４０回 + あやめ: a count's word after its number
    return not at or not KANJI.match(line[at - 1]) or any(e == at for _, e in marks)
