"""A given name in kana after a surname, read whole whatever UniDic cuts it into.

- In hiragana, up to the honorific or age that closes it: 望月しずかさん (しず + か, a particle), 星乃ゆずは（２１）
  (ゆず + は), 榊原かのん（２４） (か + のん). The hiragana, two to four characters, runs from the surname's end to さん,
  ちゃん, くん, 氏, 様 or an age in brackets; or to any bracket, as a listing puts a club or home town after a name
  (伊賀まりん（名張ＡＷＣ）: まり + ん), unless its words are all particles, endings or suffixes (田中など（…）).
- In katakana, up to a particle, mark or honorific: 早瀬ミサキと (ミサ + キ, a symbol), 鳴海ミユが (ミ + ユ), 早瀬ケンタが
  (a proper noun UniDic does not call a name). Each of its words is a name's, a proper noun of no kind or a lone
  katakana symbol: never a loanword (田中カレー, 森保ジャパン).

The surname is a word UniDic reads as one (人名-姓); a name found over part of it (望月しず, 早瀬ミサ, 榊原) gives way.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .apposition import KIN, ROLE_BEFORE
from .name import NOT_NAME
from .name_frame import read_as_name
from .persons import KANA_NAME_TAIL, TITLE_RE, Name
from .tokens import KANJI, Toks

SIGN = re.compile(r"[ぁ-ゖ](?:さん|ちゃん|くん|氏|様|[（(])")
_HONORIFICS = ("さん", "ちゃん", "くん", "さま")
_KANA = re.compile(r"(?<![ぁ-ゖ])[ぁ-ゖ]{2,4}(?=さん|ちゃん|くん|氏|様|([（(]))")
_FUNCTION = frozenset({"助詞", "助動詞", "接尾辞"})  # (the words of a hiragana run before a bracket that is no name)
_TAIL = "".join(sorted(KANA_NAME_TAIL))  # (ツヤ子: a katakana given name's last kanji)
KATA_SIGN = re.compile(rf"[\u4e00-\u9fff々][ァ-ヺ][ァ-ヺー]{{1,4}}[{_TAIL}]?(?:[はがもをにとのやへで、。」（(]|さん|ちゃん|氏)")
_KATA = re.compile(rf"(?<=[\u4e00-\u9fff々])[ァ-ヺ][ァ-ヺー]{{1,4}}(?:[{_TAIL}](?=[^\u4e00-\u9fff々]))?"
                   r"(?=[はがもをにとのやへで、。」（(]|さん|ちゃん|氏)")
_CLOSED = re.compile(r"さん|ちゃん|氏|[（(][0-9０-９]{1,3}[）)]")  # (an honorific or age closing a name)


def kana_given(line: str, toks: Toks, found: list[Name], free) -> list[Name]:
    """`found` with each surname and hiragana given name closed by an honorific or age (see the module) made one
    full name, the names inside it dropped; `free(start, end)`: no actor there."""
    spans = [m.span() for m in _KANA.finditer(line) if not m.group().startswith(_HONORIFICS)
             and not (m.group(1) and _function_words(toks, *m.span()))]
    return _made_whole(line, toks, spans, found, free)  # (大島さん（７２）: the honorific itself before the age is none)


def _function_words(toks: Toks, s: int, e: int) -> bool:
    """The hiragana line[s:e] is particles, auxiliaries and suffixes only (など, には, ですが, らが), or cuts a word;
    a sentence's last particles are none there (音羽 + か + のん（…）: a given name UniDic cuts)."""
    first, last = bisect_left(toks.starts, s), bisect_left(toks.ends, e)
    if first >= len(toks) or toks.starts[first] != s or last >= len(toks) or toks.ends[last] != e:
        return True
    return all(toks.pos[x] in _FUNCTION and toks.pos1[x] != "終助詞" for x in range(first, last + 1))


def kata_given(line: str, toks: Toks, found: list[Name], free) -> list[Name]:
    """`found` with each surname and katakana given name (see the module) made one full name, the names inside it
    dropped; `free(start, end)`: no actor there."""
    spans = []
    for m in _KATA.finditer(line):
        s, e = m.span()
        first = bisect_left(toks.starts, s)
        last = bisect_left(toks.ends, e)
        if first >= len(toks) or toks.starts[first] != s or last >= len(toks) or toks.ends[last] != e:
            continue  # the katakana starts or ends inside a word
        closed = _CLOSED.match(line, e) is not None
        if all(_given_part(toks, x, closed) or (x == last and toks.surfaces[x] in KANA_NAME_TAIL) for x in range(first, last + 1)):
            spans.append((s, e))
    return _made_whole(line, toks, spans, found, free, closed=True)


def _given_part(toks: Toks, x: int, closed: bool) -> bool:
    """Word `x` may be part of a katakana given name: a name's (not a surname's), a proper noun of no kind, or one
    katakana character UniDic reads as a symbol; `closed` (an honorific or age after the name), also a common noun of
    two or three characters (ユリさん, ツヤ子さん: a lily, gloss)."""
    pos2 = toks.pos2[x]
    if pos2 == "人名":
        return toks.pos3[x] != "姓"
    return ((toks.pos1[x] == "固有名詞" and pos2 == "一般") or (toks.pos[x] == "記号" and len(toks.surfaces[x]) == 1)
            or (closed and toks.pos1[x] == "普通名詞" and 2 <= len(toks.surfaces[x]) <= 3))


def _surname_word(toks: Toks, k: int, e: int) -> bool:
    """Word `k`, before the katakana given name ending at `e` closed by an honorific or age, is its surname: kanji, three
    characters at most, a noun no kin, role or title is, and UniDic reads it as a surname where only a name stands or
    reads the katakana after it as a given name (里 + ナミエさん, 花巻 + リツさん)."""
    word = toks.surfaces[k]
    if not KANJI.fullmatch(word) or len(word) > 3 or toks.pos[k] != "名詞" or toks.pos1[k] == "数詞":
        return False
    if word in KIN or word in ROLE_BEFORE or word in NOT_NAME or TITLE_RE.fullmatch(word):
        return False
    if read_as_name(word) == ("姓",):
        return True
    given = [x for x in range(k + 1, len(toks)) if toks.starts[x] < e]
    return bool(given) and all(toks.pos2[x] == "人名" and toks.pos3[x] != "姓" for x in given)


def _made_whole(line: str, toks: Toks, spans: list[tuple[int, int]], found: list[Name], free, closed: bool = False) -> list[Name]:
    """`found` with the surname right before each span made one full name with it; `closed`: where an honorific or
    age closes the span, a word of kanji UniDic reads as a surname where only a name stands is one (花巻 + リツさん)."""
    made: list[Name] = []
    for s, e in spans:
        k = bisect_left(toks.ends, s)
        if k >= len(toks) or toks.ends[k] != s:
            continue
        if toks.pos3[k] != "姓" or toks.pos2[k] != "人名":
            if not (closed and _CLOSED.match(line, e) and _surname_word(toks, k, e)):
                continue
        start = toks.starts[k]
        if any(n.start < start or n.end > e for n in found if n.start < e and start < n.end):
            continue  # a name found across its edges
        if not all(free(x, x + 1) or any(n.start <= x < n.end for n in found) for x in range(start, e)):
            continue  # another actor in it
        made.append(Name(start, e, toks.surfaces[k], True))
    if not made:
        return found
    return [n for n in found if not any(m.start <= n.start and n.end <= m.end for m in made)] + made
