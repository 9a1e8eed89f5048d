"""Stage names that join kanji and katakana, in an article about entertainment, with no role or group before them:
宵宮メイが写真集を発売, 天城ミサキは, 月島ネネ、… (a surname-like word of kanji and a given name in katakana), and
ガンモ山本は, ミカン田中の (a comic's katakana word and a surname in kanji). UniDic reads the parts as common words and
places (宵宮 + メイ, 天城 + ミサ + キ), and the organisations' rules would take the whole for a body's name; this runs
before them.

- kanji and a given name in katakana: two or three kanji, no prefecture's or country's name nor a kin's, a role's or a
  title's word (長男タカシ, 主人公クロノス), and two to four katakana
  with no long mark that UniDic reads as a given name, in katakana or in hiragana (ミサキ, ナナ, ネネ: みさき, なな, ねね),
  or as a name's word when the katakana may be a name (`discovery.plausible_name`: メイ, カレン, not ホール or パーク);
- katakana and a surname: two to five katakana that may be a name (no everyday loanword: オフィス風花 is an agency)
  and two kanji UniDic reads as a surname (ガンモ + 山本);

and a name of the first shape joined by と or 、 to one found so (夜桜リリと花咲カレン: リリ no name UniDic knows);
the whole a word of its own (no kanji or katakana on either side) before a particle, a comma or a bracket, read so
first in a line with a word of entertainment (歌手, 芸人, ライブ, 配信 …) and then wherever the article writes it again:
東京タワー, 大阪メトロ, 京都サンガ and トヨタ田原工場 are none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import words, word_class
from .discovery import plausible_name
from .governors import PREFECTURES
from .name import KIN, NOT_NAME
from .name_frame import read_as_name
from .persons import TITLE_RE

_STAGE = re.compile(r"歌手|芸人|お笑い|コンビ|トリオ|俳優|女優|アイドル|声優|配信|ＶＴｕｂｅｒ|VTuber|ライブ|舞台|ドラマ|映画|"
                    r"アルバム|シングル|写真集|プロレス|レスラー|番組|デビュー|ファン|タレント|モデル|落語|ユニット|出演|主演|公演|ゲスト|"
                    r"ステージ")
_ROLES = frozenset("主人公 主役 脇役 相棒 相方 同期 先輩 後輩 仲間 親友 少女 少年 新人 女王 王子 王女 姫 役 愛犬 愛猫".split())
_KANJI_KANA = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー・])([\u4e00-\u9fff々]{2,3})([ァ-ヺ]{2,4})(?=[がはのとをもに、」（(])")
_KANA_KANJI = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー・])([ァ-ヺー]{2,5})([\u4e00-\u9fff々]{2})(?=[がはのとをもに、」（(])")


def mixed_names(flat: str) -> list[tuple[int, int]]:
    """(start, end) of each stage name of the module's shapes in `flat`, an article's text."""
    if not _STAGE.search(flat):
        return []
    shaped = [m for m in _KANJI_KANA.finditer(flat) if "ー" not in m.group(2) and m.group(1) not in PREFECTURES
              and not _country(m.group(1)) and not _role(m.group(1))]
    named = {m.group() for m in shaped if _given(m.group(2)) and _staged(flat, m.start())}
    ends = {m.end(): m.group() for m in shaped}
    for m in shaped:  # 夜桜リリと花咲カレン: a name of the same shape joined to one by と or 、 is one too
        before, after = ends.get(m.start() - 1), _KANJI_KANA.match(flat, m.end() + 1)
        if flat[m.end():m.end() + 1] in ("と", "、") and after is not None and after.group() in named or (
                before in named and flat[m.start() - 1] in "と、"):
            named.add(m.group())
    out = [m.span() for m in shaped if m.group() in named]
    comics = {m.group() for m in _KANA_KANJI.finditer(flat) if _surname(m.group(2)) and plausible_name(m.group(1))
              and _staged(flat, m.start())}
    out += [m.span() for m in _KANA_KANJI.finditer(flat) if m.group() in comics]
    return out


def _staged(flat: str, at: int) -> bool:
    """The line holding flat[at] has a word of entertainment: a name is read so there first, and then wherever the
    article writes it again."""
    start, end = flat.rfind("\n", 0, at) + 1, flat.find("\n", at)
    return _STAGE.search(flat, start, end if end >= 0 else len(flat)) is not None


@lru_cache(maxsize=1024)
def _given(kana: str) -> bool:
    """Katakana UniDic reads as a given name, in katakana or in hiragana, or as a name's word when it may be a name."""
    if "ー" in kana:
        return False
    hiragana = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)
    read, read_kana = read_as_name(hiragana), read_as_name(kana)
    return "名" in read or "名" in read_kana or (read_kana == ("一般",) and plausible_name(kana))


@lru_cache(maxsize=1024)
def _surname(kanji: str) -> bool:
    """Two kanji UniDic reads as a surname in running text and between a title and an honorific (山本, 田中)."""
    flat = words(kanji)
    return len(flat) == 2 and word_class(flat[1])[3] == "姓" and read_as_name(kanji) == ("姓",)


def _role(kanji: str) -> bool:
    """A kin's, a role's or a title's word before a given name (長男タカシ, 主人公クロノス, 同期の…, 社長): no stage name's."""
    return kanji in KIN or kanji in NOT_NAME or kanji in _ROLES or TITLE_RE.search(kanji) is not None


@lru_cache(maxsize=1024)
def _country(kanji: str) -> bool:
    flat = words(kanji)
    return any(word_class(k)[3] == "国" for k in flat[1::2])
