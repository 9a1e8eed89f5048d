"""A person's name as the recognisers pass it between them, and the words no name is made of."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .organisations import SUFFIXES as _SUFFIXES

PLACE_SUFFIX = "都道府県市区町村郡州"
# Kin and friends, who go by their given names after these words (妻ユリさん, 孫美咲さん)
KIN = frozenset("弟 妹 兄 姉 長男 長女 次男 次女 三男 三女 夫 妻 息子 娘 祖父 祖母 孫 父 母 父親 母親 両親 叔父 叔母 伯父 伯母 いとこ "
                 "友人 恋人".split())
ORG_SUFFIXES = frozenset(_SUFFIXES)
COUNT_WORDS = "年位区組部級段回人日月枚号番"  # 3年, 1区, 4番: a count's word after its digits is no name's start


def past_count(line: str, start: int, end: int) -> int:
    """Where a name in line[start:end] starts: past a count's word right after digits (４番松島: 松島, ３年山田: 山田) when
    two characters or more are left, else at `start`."""
    if start and start < end - 2 and line[start] in COUNT_WORDS and line[start - 1].isdigit():
        return start + 1
    return start
AGE = re.compile(r"[(（][0-9０-９]{1,3}[)）]")  # an age in brackets after a name, its title or its honorific
PERSON_END = frozenset("人生員者手士師家官")  # the last kanji of a word for a person (外国人, 実習生, 会社員, 司令官)
NOT_NAME = frozenset(  # words a title is made of, or that stand before one, that are no names
    "同 同氏 同社 同党 同国 同省 同行 副 前 元 新 現 次期 党 政府 国 両 各 本 当 首席 米 英 仏 独 露 中 韓 朝 日 "
    "全 総 県 市 町 村 府 都 女性 男性 男子 女子 初 外務 国防 財務 商務 報道 政権 大手 同市 同町 同県".split())


@dataclass
class Name:
    """A person's name in a line: where, and the surname it is filed under."""

    start: int
    end: int
    surname: str
    full: bool | None  # a full name (姓 + 名, or a name before a title that is longer than its surname)
