"""The head of an organisation's name written in hiragana that UniDic reads as other words (ほし + ぞら of ほしぞら電機,
はやせ as a verb of はやせ経済研究所, ごと + う of ごとう椿漁協): a name found from its kanji words (電機労働組合, 経済研究所)
starts back over the words of hiragana alone right before it, none a particle, a helper or a word of time (きのう), when
a particle, a mark, a verb's or the line's start stands before them. And the hiragana word a firm's name opens with
before its trade's suffix (ひばり乳業, しただ信用金庫, 備後ともえ銀行: `firm_kana_head`, `kana_named`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .tokens import Tok, Toks

_HIRAGANA = re.compile(r"[ぁ-ゖー]+")
_STOP = frozenset(("助詞", "助動詞", "補助記号", "記号"))
_CLAUSE_PARTICLES = frozenset(("格助詞", "係助詞", "接続助詞"))  # (から, は, ので: no name's part, as し may be)
_TIME = frozenset("きょう きのう おととい あす あした あさって けさ いま いつ ここ そこ どこ これ それ あれ この その あの "
                  "もう まだ また さらに すでに ほぼ やく および ならびに".split())


def kana_head(line: str, toks: Toks, start: int) -> int:
    """Where a name found at `start` begins with the hiragana words right before it (the module), else `start`."""
    if not start or not _HIRAGANA.fullmatch(line[start - 1]):
        return start
    k = bisect_left(toks.starts, start)
    if k >= len(toks) or toks.starts[k] != start:
        return start
    i = k
    while (i > 0 and toks.ends[i - 1] == toks.starts[i] and _HIRAGANA.fullmatch(toks.surfaces[i - 1])
           and toks.pos[i - 1] in _NAME_PARTS and toks.surfaces[i - 1] not in _TIME
           and not (toks.pos[i - 1] == "動詞" and toks.surfaces[i - 1][-1] in _U_ROW)):
        i -= 1
    if i == k or toks.starts[k] - toks.starts[i] < 2:
        return start
    if i and toks.ends[i - 1] == toks.starts[i] and toks.pos[i - 1] not in _STOP:
        return start  # (a word glued before: no name's start there; a verb before its noun: つくる + 協議会)
    return toks.starts[i]


# The classes UniDic gives the hiragana of a name it does not know: a noun, or a verb in a form that ends no clause
# before a noun (ほし: 干す's stem, はやせ, みなせ: orders), not one ending in the u-row as a verb before its noun does
# (つくる, する); not an adverb (かつて), a helper or a particle
_NAME_PARTS = frozenset(("名詞", "動詞", "接頭辞", "感動詞"))
_U_ROW = frozenset("うくぐすつぬぶむる")


_KANA_NAME = re.compile(r"(?<![ぁ-ゖ])[ぁ-ゖ]{3,6}(?![ぁ-ゖ])")  # a name's word in hiragana (ひばり乳業, ことり書房)
_KANA_WORD = re.compile(r"[ぁ-ゖ]{3,6}(?![ぁ-ゖ])")  # the same after a noun's の (出版元のあまつぶ書房)
_HIRAGANA_RUN = re.compile(r"(?<![ぁ-ゖ])[ぁ-ゖ]{3,6}$")
_RUN_BOUNDARY = frozenset("、「（(　 ・\n")
_PARTICLE_END = frozenset("でをがにはへとのもやか")


def firm_kana_head(line: str, toks: Toks, i: int, trade: int) -> int:
    """Word i, or the first word of a name's word in hiragana glued before it (ともえ of 備後ともえ銀行, しただ of
    しただ信用金庫, ひばり of ひばり乳業): three to six hiragana after a place's or a name's word, or at the line's start or
    after a mark, that UniDic, reading them alone, opens with no particle or ending; then the proper noun before them.
    After a noun and の (出版元のあまつぶ書房) only when they stand right before the trade's word `trade` (not 歌のまつり生放送)."""
    at = toks.starts[i] if i < len(toks) else len(line)
    last = at
    if i < len(toks) and _HIRAGANA.fullmatch(toks.surfaces[i]):  # (あ + ま + つぶ 書房: the name's last word, in hiragana,
        last = toks.ends[i]  # already taken with the trade)
    m = _HIRAGANA_RUN.search(line, 0, last)
    if m is None:
        return i
    run, start = m.group(), m.start()
    if len(run) >= 4 and _after_no(line, start + 1) and trade - (last > at) == i:
        run, start = run[1:], start + 1  # 出版元のあまつぶ書房: の after a noun, then the name
    h = bisect_left(toks.starts, start)
    if h >= len(toks) or toks.starts[h] != start:
        return i
    before = line[start - 1] if start else "\n"
    if last > at and before not in _RUN_BOUNDARY and any(toks.pos1[x] in _CLAUSE_PARTICLES for x in range(h, i)):
        return i  # (日本からは + みらい東海銀行: particles, then the name's word; not 阿波 + し + じら商事, （ゆのかわ薬品）)
    if run[-1] in _PARTICLE_END:
        return i  # (どこで新聞, ももかがグループ: words, then the word)
    if toks.ends[h] == at and (toks.pos[h] in ("副詞", "接続詞", "連体詞") or toks.pos2[h] == "副詞可能"):
        return i  # (かつて北浜銀行は, きのう北浜銀行が: a word of time or manner UniDic knows, before the name)
    if (before in _RUN_BOUNDARY or _after_no(line, start)) and not _particle_first(run):
        return h
    if h and toks.ends[h - 1] == start and toks.pos1[h - 1] == "固有名詞" and toks.pos2[h - 1] in ("地名", "一般"):
        return h - 1  # (備後 + ともえ: a place's word before the name's)
    return i


def kana_named(line: str, start: int, run: list[Tok]) -> bool:
    """Whether the name at `start` opens with a name's word in hiragana (`firm_kana_head`'s): at the line's start, after a
    mark (ゆかり会計事務所), after a noun's の (出版元のあまつぶ書房) or after a clause's verb, one noun in the line before the
    trade (運航するはまなす海運), or after a place's word glued before it (備後ともえ…); not a word swept in after others
    (歌のまつり生放送, 運送会社ひかり運輸)."""
    m = _KANA_NAME.match(line, start)
    if m is None and run and line[start - 1:start] in _CLAUSE_END and (w := _KANA_WORD.match(line, start)) is not None:
        return (w.end() == run[-1].start and run[0].end == w.end() and run[0].pos == "名詞"  # 運航するはまなす海運: after a
                and run[0].pos2 != "副詞可能" and run[-1].surface not in _KIND_TRADES  # clause's verb, one noun in the
                and w.group()[-1] not in _PARTICLE_END)  # line (not 撮るとき銀行: a time; 走るくるま産業: a kind of trade)
    if m is None and _after_no(line, start) and run:  # (after a noun's の: right before the trade's word, not 歌のまつり生放送)
        m = w if (w := _KANA_WORD.match(line, start)) is not None and w.end() == run[-1].start else None
    if m is not None:
        return ((not start or line[start - 1] in _RUN_BOUNDARY or _after_no(line, start))
                and m.group()[-1] not in _PARTICLE_END and not _particle_first(m.group()))
    first = next((t for t in run if t.start == start), None)
    return (first is not None and first.pos1 == "固有名詞" and first.pos2 in ("地名", "一般")
            and _KANA_NAME.match(line, first.end) is not None)


_NOUN_END = re.compile(r"[\u4e00-\u9fff々ァ-ヺー]")
_CLAUSE_END = frozenset("るたうくすつぬむぶぐ")  # a verb's or a helper's last kana, ending a clause before a noun
_KIND_TRADES = frozenset("産業 保険 工業 食品".split())  # trades a common word makes a kind of (くるま産業, ペット保険)


def _after_no(line: str, at: int) -> bool:
    """Whether the particle の stands right before `at`, after a word of kanji or katakana (出版元の, 運営会社の)."""
    return at >= 2 and line[at - 1] == "の" and _NOUN_END.match(line, at - 2) is not None


@lru_cache(maxsize=4096)
def _particle_first(word: str) -> bool:
    """Whether UniDic, reading `word` alone, opens it with a particle or an ending (から, ので, ことから)."""
    from ..language import tagger

    first = tagger()(word)[0]
    return first.feature.pos1 in ("助詞", "助動詞") or first.surface in ("こと", "もの", "ため", "よう", "ところ")
