"""Words that open by calling someone (お父さん、重くなったって言わないでね; かいとくん、入学おめでとう) are said to that
one, not by them: a speaker the article names with the kin word the call stands for (父の堂島剛さん), or whose name
the call spells (海斗, called かいとくん), is no speaker of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .passage import Mentions

# A call for kin and the words an article names that kin with before a name (父の…さん, 父親で…の)
_KIN_CALLS = {("父", "父親"): "お父さん|おとうさん|お父ちゃん|父さん|父ちゃん|とうちゃん|パパ|おやじ|親父",
              ("母", "母親"): "お母さん|おかあさん|お母ちゃん|母さん|母ちゃん|かあちゃん|ママ|おふくろ",
              ("祖父",): "おじいちゃん|おじいさん|じいちゃん|じいじ",
              ("祖母",): "おばあちゃん|おばあさん|ばあちゃん|ばあば"}
_KIN_CALL = re.compile("(?:" + "|".join(f"(?P<k{n}>{calls})" for n, calls in enumerate(_KIN_CALLS.values()))
                       + ")[、，!！]")
_NAME_CALL = re.compile(r"([ぁ-ゖー]{2,6}|[ァ-ヺー]{2,6}|[\u4e00-\u9fff々]{1,3})(?:くん|君|ちゃん)[、，!！]")
_BEFORE = 4  # how far before a name its kin word may stand (父の, 父親で、)


def calls_speaker(words: str, speaker: str, texts: Sequence[str], mentions: Sequence[Mentions]) -> bool:
    """Whether `words` open by calling `speaker` (an actor id): by the kin word the article names them with, or by
    their given name (in kanji, or in kana that UniDic reads it as)."""
    if (kin := _KIN_CALL.match(words)) is not None:
        named = next(w for n, w in enumerate(_KIN_CALLS) if kin.group(f"k{n}"))
        as_kin = re.compile(r"(?:" + "|".join(named) + r")(?:の|で[、，]?|、)$")
        return any(a == speaker and as_kin.search(text[max(0, s - _BEFORE):s])
                   for text, found in zip(texts, mentions) for a, s, _ in found)
    if (call := _NAME_CALL.match(words)) is None or not speaker.startswith("p:"):
        return False
    name, called = speaker[2:], call.group(1)
    if re.fullmatch(r"[\u4e00-\u9fff々]+", called):
        return len(name) > len(called) and name.endswith(called)
    return len(name) >= 3 and _reading(name).endswith(_katakana(called))


def _reading(name: str) -> str:
    from ..language import tagger
    return "".join(w.feature.kana or w.surface for w in tagger()(name))


def _katakana(kana: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in kana)
