"""A body named before の and one of its officers (連合の芳野会長, 全国知事会の村井会長, 経団連の十倉会長): the
words before の are the organisation, the name before the officer's title its person.

An officer's title (会長, 理事長, 委員長, 会頭, 代表 …) is a body's, so a run of nouns before の and a name with
such a title is the body when it is one by its shape:

- a proper noun UniDic knows that is neither a person's nor a place's name (日教組, 日医);
- a body's kind written after a qualifier of two words or more (全国 + 知事 + 会): not one word and its kind
  (町内会, 自治会 are kinds of body, not names);
- a body's name shortened to two to four kanji, its kind to the last (生協, 自治労; not 番組, 一連, 妥協);
- a body's kind word alone (連合, 連盟), which then names the body the article speaks of; not a committee's or
  council's (委員会の山本委員長: some body's own).

Never a place (東京の佐藤会長), a generic head (同社, 当社, 各党, 地元) or a common word (地元の田中会長). The
name between の and the title is a person when its words are a name's (a surname, a given name, or what UniDic
reads as a number and a suffix: 十 + 倉), none a common word or prefix (次期会長, 新会長), or one word UniDic
reads as a common word and as a surname before さん (川原: a riverbank, and a surname).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .organisations import SUFFIXES
from .persons import Name
from .roles import trie
from .surname_reading import reads_as_surname
from .tokens import Toks

OFFICERS = (
    "会長 副会長 名誉会長 理事長 副理事長 委員長 副委員長 執行委員長 中央執行委員長 会頭 副会頭 代表 共同代表 代表幹事 "
    "代表理事 事務局長 事務総長 総裁 副総裁 議長 副議長 幹事長 頭取 専務理事 常務理事 党首"
).split()
_TITLE = trie(OFFICERS)
# の, a name of one to seven characters, an officer's title that ends a word: the lines `officer_orgs` reads
SIGN = re.compile(rf"の[\u4e00-\u9fff々ァ-ヺー]{{1,7}}?(?:{_TITLE})(?![\u4e00-\u9fff々])")
_KINDS = frozenset(s for s in SUFFIXES if len(s) >= 2)  # 連合, 協会, 連盟 …: a body's kind word
_ORGANS = ("委員会", "協議会", "理事会", "評議会", "議会", "会議所")  # a committee or council is some body's own: 委員会の山本委員長
_NOT_HEAD = frozenset("同 当 本 自 各 両 他 我が わが 貴 前 元 新 現 旧 全 その この あの".split())
_NAME_POS1 = frozenset(("固有名詞", "数詞"))
# A body's name shortened, its kind to one character: 協 (協同組合, 協会), 労 (労働組合), 連 (連合, 連盟), 組 (組合):
# a suffix of its own after a noun (自治 + 労), or 協 ending one word UniDic reads as a plain noun (生協, 農協)
_SHORT_BODY = re.compile(r"[\u4e00-\u9fff]{1,3}[協労連組]")
_KANJI_WORD = re.compile(r"[\u4e00-\u9fff々]{2,3}")


def officer_spans(line: str, toks: Toks) -> list[tuple[int, int, int, int]]:
    """(body start, body end, name start, name end) of each body before の and a named officer in the line."""
    out = []
    for at, title, i, k in _officers(line, toks):
        start = _body_start(toks, i, k)
        if start is not None:
            out.append((start, at, at + 1, title))
    return out


def officer_orgs(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """The bodies of `officer_spans` where `free` allows."""
    return [(s, e) for s, e, _, _ in officer_spans(line, toks) if free(s, e)]


def officer_names(line: str, toks: Toks, found: list[Name], free) -> list[Name]:
    """The officers named after an actor found already and の (経団連の十倉会長), where no name is found yet."""
    out = []
    for at, title, _, _ in _officers(line, toks):
        s = at + 1
        if not free(at - 1, at) and free(s, title) and not any(n.start < title and s < n.end for n in found):
            out.append(Name(s, title, line[s:title], False))
    return out


def _officers(line: str, toks: Toks) -> list[tuple[int, int, int, int]]:
    """(where の is, where the title starts, the first and last word before の) of each named officer after の."""
    out = []
    for m in SIGN.finditer(line):
        at = m.start()  # the の
        title = _title_start(line, at + 1, m.end())
        if title is None:
            continue
        k = bisect_left(toks.ends, at)  # the body's last word ends at の
        n = k + 1
        if k >= len(toks) or toks.ends[k] != at or n >= len(toks) or toks.surfaces[n] != "の" or toks.pos[n] != "助詞":
            continue
        if not _name_words(toks, n + 1, title):
            continue
        i = k
        while i > 0 and toks.ends[i - 1] == toks.starts[i] and toks.pos[i - 1] in ("名詞", "接頭辞", "接尾辞") \
                and toks.pos1[i - 1] != "数詞":
            i -= 1
        out.append((at, title, i, k))
    return out


def _title_start(line: str, lo: int, hi: int) -> int | None:
    """Where the officer's title that ends at `hi` starts, the name before it left one character at least."""
    for at in range(lo + 1, hi):
        if re.fullmatch(_TITLE, line[at:hi]):
            return at
    return None


def _name_words(toks: Toks, k: int, title: int) -> bool:
    """Words k… up to `title` are a name's: whole words, a surname, a given name, or a number and a suffix
    (十 + 倉), none a common word, prefix or verb."""
    if k >= len(toks):
        return False
    j = k
    while j < len(toks) and toks.ends[j] <= title:
        j += 1
    if j == k or toks.ends[j - 1] != title:
        return False  # the title starts inside a word
    if j == k + 1 and toks.pos1[k] == "普通名詞" and _KANJI_WORD.fullmatch(toks.surfaces[k]) \
            and reads_as_surname(toks.surfaces[k]):
        return True  # 全国知事会の川原会長: a surname UniDic reads as a common word (川原, a riverbank)
    if not (toks.pos2[k] == "人名" or toks.pos1[k] in _NAME_POS1):
        return False
    for x in range(k, j):
        if toks.pos2[x] == "人名" or toks.pos1[x] == "固有名詞":
            continue
        if toks.pos1[x] == "数詞" or (x > k and toks.pos[x] == "接尾辞"):
            continue
        return False
    return True


def _body_start(toks: Toks, i: int, k: int) -> int | None:
    """Where the body that the words i…k make starts, if they make one (see the module's rules)."""
    while i < k and (toks.surfaces[i] in _NOT_HEAD or toks.pos[i] == "接頭辞"):
        if toks.surfaces[i] in ("同", "当", "本", "自", "各", "両", "他"):
            return None  # 同協会, 本会: the body named before, no name here
        i += 1
    words = [toks.surfaces[x] for x in range(i, k + 1)]
    if words[0] in _NOT_HEAD or toks.pos[i] == "接頭辞":
        return None
    last = k
    if toks.pos2[last] in ("人名", "地名") or toks.pos3[last] == "国":
        return None  # 東京の, 佐藤の: a place's or a person's
    text = "".join(words)
    if toks.pos1[last] == "固有名詞" and toks.pos2[last] == "一般":
        return toks.starts[i]  # 日教組, 日医
    if _SHORT_BODY.fullmatch(text) and all(toks.pos[x] == "名詞" for x in range(i, k)) and (
            (len(words) > 1 and toks.pos[last] == "接尾辞" and len(words[-1]) == 1)  # 自治 + 労: the kind a suffix
            or (len(words) == 1 and text[-1] == "協" and toks.pos2[last] == "一般")):  # 生協, 農協 (not 妥協)
        return toks.starts[i]  # a body's name shortened, its kind to the last character
    if len(words) == 1:
        return toks.starts[i] if text in _KINDS and text not in _ORGANS and toks.pos[i] == "名詞" else None  # 連合; not 地元
    if words[-1] in ("会", *_KINDS) and len(words) >= 3 and all(toks.pos[x] == "名詞" for x in range(i, k + 1)):
        return toks.starts[i]  # 全国 + 知事 + 会
    return None
