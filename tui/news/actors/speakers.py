"""People named by what they do in the sentence, read on a line's tokens:

- the speaker of a quote, right after it or right before it: 「…」と、長野は話した, 岡山は「…」と語った; the
  words are a name when they hold a 人名 token or are a place's name alone (UniDic reads many surnames
  so: 長野, 岡山), never a company's (「…」とトヨタは: 固有名詞-一般), a common word (監督は) or a country;
- a name one calls oneself: 岩倉と名乗る男, 源と名乗った (any word but a common word of two characters
  or more, or one with a suffix: 警察官と名乗る is none);
- a name before its country or place in brackets, as results list players: カマウ（ケニア）, 陳夢瑶（中国）,
  今井（東京）; a company's name (サムスン電子（韓国）) or a common word (本社（東京）) is none;
- a nickname: the words before こと and a name found (しんじこと比嘉慎二, まっちゃんこと松岡浩二), and
  a name in brackets before の愛称 (「ギータ」の愛称で親しまれる).

Each rule runs only where its sign is: a quote's bracket, 名乗, a country the gazetteer found in brackets.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..reporting import closes_clause
from .brands import company_word
from .discovery import loanwords_only, plausible_name
from .persons import _NOT_NAME, Name
from .tokens import Toks, chars

_AFTER_QUOTE = re.compile(r"」と[、,]?")
_BEFORE_QUOTE = re.compile(r"[はが][、,]?「")
_CALLED = re.compile(r"と名乗")
_NAME_CHAR = r"[\u4e00-\u9fff々ヶァ-ヺー]"
# The lines where a rule here may find a name: a name's last character before は / が next to a quote, 名乗, 愛称.
# Each regex starts with a literal, no particle (は and が are common): the engine skips in C to it.
SPEAKS = (re.compile(rf"」と[、,]?{_NAME_CHAR}{{1,12}}[はが]"),
          re.compile(rf"「(?:(?<={_NAME_CHAR}[はが]「)|(?<={_NAME_CHAR}[はが][、,]「)"
                     r"|(?<=[\u4e00-\u9fff][ぁ-ゖ]{2}[はが]「)|(?<=[\u4e00-\u9fff][ぁ-ゖ]{3}[はが]「))"),  # (早田ひなは「)
          re.compile("名乗"), re.compile("愛称"), re.compile("ニックネーム"))
_KATA = re.compile(r"[ァ-ヺー]+$")
_KATA_JOINED = re.compile(r"(?<![ァ-ヺー・＝])[ァ-ヺ][ァ-ヺー]*(?:[・＝][ァ-ヺ][ァ-ヺー]*)+\Z")  # names joined by ・
_KANJI_WORD = re.compile(r"[\u4e00-\u9fff]+$")
_HONORIFICS = frozenset("氏 さん 様 君 くん ちゃん".split())
_SITES = frozenset("場駅港市町村県区署局院校館園所社店湾川山島橋園台坂丘谷浜岬沖線道")
_NICKNAME = re.compile(r"「([^「」、。\s]{1,8})」の(?:愛称|ニックネーム)")
# A nickname in kana, with its honorific or not, before the words that say it is one (「ひよりん」と呼ばれる,
# 「ゴンさん」の愛称で, 「ゆめさん」の名で親しまれた, 「トメばあ」と親しまれ): the kana without the honorific
_CALLED_KANA = re.compile(r"「([ぁ-ゖァ-ヺー]{2,6}?)(?:さん|ちゃん|くん|様)?」(?:と呼ばれ|の名で親しまれ|と親しまれ|の愛称)")
_ALIAS_STOP = frozenset("の は が も を に と で へ や 、 。 「 」 ( ) （ ）".split())
_BOUNDARY = frozenset("、。,」』 　")
_SAID = re.compile(r"話|語|述べ|振り返|明か|強調|笑|答え|訴え|説明|言|つづ|誓|胸を張|力を込め|打ち明け|悔し|喜")


def speaker_persons(line: str, toks: Toks, taken: list[Name], free, countries: "list[tuple[int, int]]",
                    flat: str = "") -> list[Name]:
    """The names of the line found by the rules of the module's doc; `countries`: (start, end) of the countries
    and places the gazetteer found in the line between brackets; `flat`: the article's text (a calling the article
    wrote after the full name is cut: `_called_after`)."""
    out: list[Name] = []
    busy = [(x.start, x.end) for x in taken]

    def add(i: int, j: int) -> None:
        s, e = toks.starts[i], toks.ends[j - 1]
        if not any(a < e and s < b for a, b in busy) and free(s, e):
            first = toks.classes[i]
            surname = toks.surfaces[i] if first in chars("pos3", "姓") and j - i > 1 else line[s:e]
            out.append(Name(s, e, surname, surname != line[s:e]))
            busy.append((s, e))

    if "」と" in line:
        for m in _AFTER_QUOTE.finditer(line):
            i = _at(toks, m.end())
            j = _words(toks, i)
            if j > i and toks.surfaces[j] in ("は", "が") and _speaker(
                    line, toks, i, cut := _called_after(toks, i, _calling(toks, i, j), flat)):
                add(i, cut)
    if "「" in line:  # (no 「 lines: no speaker before one)
        for m in _BEFORE_QUOTE.finditer(line):
            j = _at(toks, m.start())
            i = _back(toks, j)
            j = _called_after(toks, i, _calling(toks, i, j), flat) if 0 <= i < j else j
            close = line.find("」", m.end())
            said = close > 0 and line[close + 1:close + 2] == "と" and line[close + 2:close + 3] not in ("呼", "し", "い")
            described = 0 < i < j and _relative(toks, i)
            joined = _after_school(toks, i)  # 浜松工の西尾大河は, 東浜高・松本光は: after a school's short name
            if said and 0 <= i < j and (i == 0 or line[toks.starts[i] - 1] in _BOUNDARY or toks.surfaces[i - 1] == "の"
                                        or joined or described) and (  # (a place is called so: 尾道は「坂の町」と呼ばれる)
                    _speaker(line, toks, i, j, close) or (described or joined) and _place_named(line, toks, i, j, close)):
                add(i, j)
    if "名乗" in line:
        for m in _CALLED.finditer(line):
            j = _at(toks, m.start())
            i = _back(toks, j)
            if 0 <= i < j and _called(line, toks, i, j):
                add(i, j)
    for s, e in countries:
        if s >= 2 and line[s - 1] in "(（" and line[e:e + 1] in ")）":
            j = _at(toks, s - 1)
            i = _back(toks, j)
            kata = _KATA_JOINED.search(line, 0, s - 1)
            if kata is not None:
                a, b = kata.start(), s - 1  # シェ・シュウェイ（台湾）: the whole katakana name, not ウェイ
                parts = re.split("[・＝]", kata.group())
                if (not plausible_name(kata.group()) or any(company_word(p, "社長") for p in parts)
                        or all(map(loanwords_only, parts))):
                    continue  # ワールド・カップ, ソニー・ミュージック（東京）: no person's name
                if not any(x < b and a < y for x, y in busy) and free(a, b):
                    out.append(Name(a, b, parts[-1], True))
                    busy.append((a, b))
                continue
            if 0 <= i < j and _before_country(line, toks, i, j):
                add(i, j)
    return out


def _at(toks: Toks, at: int) -> int:
    """The index of the token that starts at `at`, or -1."""
    k = bisect_left(toks.starts, at)
    return k if k < len(toks) and toks.starts[k] == at else -1


def _words(toks: Toks, i: int) -> int:
    """The index after the nouns from token `i` (contiguous), or -1."""
    if i < 0:
        return -1
    j = i
    noun = chars("pos", "名詞")
    while j < len(toks) and toks.classes[j] in noun and (j == i or toks.starts[j] == toks.ends[j - 1]):
        j += 1
    return j if j < len(toks) else -1


def _back(toks: Toks, j: int) -> int:
    """The first of the contiguous nouns (and suffixes) that end right before token `j`, or -1."""
    if j <= 0:
        return -1
    i = j
    noun, number = chars("pos", "名詞") | chars("pos", "接尾辞"), chars("pos1", "数詞")  # (金 + 民 + 俊)
    while i > 0 and toks.classes[i - 1] in noun and toks.ends[i - 1] == toks.starts[i] and toks.classes[i - 1] not in number:
        i -= 1
    return i if i < j else -1


def _speaker(line: str, toks: Toks, i: int, j: int, close: int = -1) -> bool:
    """Tokens i..j-1 read as a speaker's name (the module's doc); a place's name only where a verb of speech
    follows it (「寒い」と札幌は雪に覆われた names a city), or where the quote it opens, closing at `close`, is
    followed by と and a verb phrase that ends the clause (三宅は「…」と声を弾ませた: `reporting`; a name
    given, 尾道は「坂の町」と呼ばれる, ends none)."""
    text = line[toks.starts[i]:toks.ends[j - 1]]
    block = toks.classes[i:j]
    if text in _NOT_NAME or not 1 <= len(text) <= 6 or any(toks.surfaces[x] in _NOT_NAME for x in range(i, j)):
        return False
    if not chars("pos2", "人名").isdisjoint(block):
        return True
    place = chars("pos2", "地名") - chars("pos3", "国")
    if not (j - i == 1 and block[0] in place and len(text) >= 2):
        return False
    return _SAID.search(line, toks.ends[j - 1]) is not None or (close > 0 and closes_clause(line[close + 1:]))


def _relative(toks: Toks, i: int) -> bool:
    """Token `i` follows a clause that describes it (決勝打を放った北川大河は, 指揮を執る岩城は): a verb, or た / だ
    after one, ends right before it."""
    k = i - 1
    return toks.ends[k] == toks.starts[i] and (toks.pos[k] == "動詞" or toks.pos[k] == "助動詞" and toks.surfaces[k] in ("た", "だ"))


def _after_school(toks: Toks, i: int) -> bool:
    """Token `i` follows a school's or team's short name and の or ・ (浜松工の, 東浜高・): a place's or other proper
    name, then one kanji that shortens its kind (高, 工, 商), as sports pages name a player's school."""
    return (i >= 3 and toks.surfaces[i - 1] in ("の", "・") and len(toks.surfaces[i - 2]) == 1
            and _KANJI_WORD.match(toks.surfaces[i - 2]) is not None and toks.pos1[i - 3] == "固有名詞"
            and toks.ends[i - 3] == toks.starts[i - 2])


def _place_named(line: str, toks: Toks, i: int, j: int, close: int) -> bool:
    """Tokens i..j-1, after a clause that describes them and before words said, read as a full name whose surname
    UniDic reads as a place and whose given name as a common word (2点打を放った石動大地は「…」と喜んだ): a place's
    name, then one common word of one or two kanji that names no place or building (駅, 港, 市場 end none)."""
    if j - i != 2 or toks.pos2[i] != "地名" or toks.classes[i] in chars("pos3", "国") or toks.pos1[i + 1] != "普通名詞":
        return False
    given = toks.surfaces[i + 1]
    return (toks.pos2[i + 1] == "一般" and 1 <= len(given) <= 2 and _KANJI_WORD.match(given) is not None
            and given[-1] not in _SITES and close > 0 and closes_clause(line[close + 1:]))


def _calling(toks: Toks, i: int, j: int) -> int:
    """The end of the name in tokens i..j-1: before a calling after it, a common word of two characters or more
    and a suffix that makes it one who does it (大和田 + 研究 + 員, 北村 + 調査 + 員), or two common words or more
    right after a word of a name (楊 + 国務 + 委員), before an honorific (デラクルス + 氏), else `j`."""
    if j - 1 > i and toks.surfaces[j - 1] in _HONORIFICS:
        return j - 1  # デラクルス氏は「…」: the honorific is no part of the name
    common, suffix, person = chars("pos1", "普通名詞"), chars("pos1", "名詞的"), chars("pos2", "人名")
    for x in range(i + 1, j - 1):
        if toks.classes[x] in common and len(toks.surfaces[x]) >= 2 and (toks.classes[x + 1] in suffix or (
                toks.classes[x - 1] in person and all(c in common or c in suffix for c in toks.classes[x:j]))):
            return x  # (or two common words or more after a name's word: 楊 + 国務 + 委員, a title the list lacks)
    return j


def _called_after(toks: Toks, i: int, j: int, flat: str) -> int:
    """The end of the name in tokens i..j-1 when they are a word and one common word of two characters or more that
    the article writes after a full name of that word (加納 + 候補 after 加納俊介候補, 水越 + 委員 after 水越悦子委員): the
    common word is a calling, and the name the word before it; else `j` (山田 + 太陽 is a given name's)."""
    if j - i != 2 or not flat or toks.pos1[j - 1] != "普通名詞" or len(toks.surfaces[j - 1]) < 2:
        return j
    head, word = toks.surfaces[i], toks.surfaces[j - 1]
    at = flat.find(head)
    while at >= 0:
        k = at + len(head)
        if any(flat.startswith(word, k + n) and _GIVEN_CHARS.fullmatch(flat, k, k + n) for n in (1, 2, 3)):
            return j - 1
        at = flat.find(head, k)
    return j


_GIVEN_CHARS = re.compile(r"[\u4e00-\u9fff々ぁ-ゖ]+")


def _called(line: str, toks: Toks, i: int, j: int) -> bool:
    """Tokens i..j-1 read as a name one calls oneself (the module's doc)."""
    text = line[toks.starts[i]:toks.ends[j - 1]]
    if text in _NOT_NAME or not 1 <= len(text) <= 8 or not chars("pos3", "国").isdisjoint(toks.classes[i:j]):
        return False
    common, suffix = chars("pos1", "普通名詞"), chars("pos1", "名詞的")
    return not any(toks.classes[x] in suffix or (toks.classes[x] in common and len(toks.surfaces[x]) >= 2
                                                  and not _KATA.match(toks.surfaces[x])) for x in range(i, j))


def _before_country(line: str, toks: Toks, i: int, j: int) -> bool:
    """Tokens i..j-1, before a country or place in brackets, read as a person's name (the module's doc)."""
    text = line[toks.starts[i]:toks.ends[j - 1]]
    block = toks.classes[i:j]
    if text in _NOT_NAME or not 2 <= len(text) <= 12:
        return False
    if not chars("pos2", "人名").isdisjoint(block):  # no company's word after it (サムスン電子): 金 + 民 + 俊 is one
        common = chars("pos1", "普通名詞")
        return all(c in chars("pos1", "固有名詞") or (c in common or c in chars("pos1", "名詞的")) and len(
            toks.surfaces[x]) == 1 for x, c in zip(range(i, j), block))
    return bool(_KATA.match(text)) and all(c in chars("pos1", "普通名詞") for c in block)


def alias_persons(line: str, toks: Toks, found: list[Name], free) -> list[Name]:
    """Nicknames (the module's doc): before こと and a name of `found`, or before の愛称."""
    out: list[Name] = []
    busy = [(x.start, x.end) for x in found]

    def add(s: int, e: int) -> None:
        if not any(a < e and s < b for a, b in busy) and free(s, e):
            out.append(Name(s, e, line[s:e], False))
            busy.append((s, e))

    for name in found:
        if name.start >= 4 and line[name.start - 3:name.start] == "」こと":  # 「ぬまっち」こと沼尻拓海
            opened = line.rfind("「", max(0, name.start - 16), name.start - 3)
            if opened >= 0 and "」" not in line[opened + 1:name.start - 3]:
                add(opened + 1, name.start - 3)
            continue
        if name.start < 3 or line[name.start - 2:name.start] != "こと":
            continue
        k = _at(toks, name.start - 2)
        i = k
        while i > 0 and toks.ends[i - 1] == toks.starts[i] and toks.surfaces[i - 1] not in _ALIAS_STOP and (
                toks.pos[i - 1] not in ("補助記号", "動詞", "助動詞", "形容詞")):
            i -= 1
        if 0 < i < k and toks.surfaces[i - 1] in _ALIAS_STOP and 1 <= toks.starts[k] - toks.starts[i] <= 8:
            add(toks.starts[i], toks.starts[k])
    if "愛称" in line or "ニックネーム" in line:
        for m in _NICKNAME.finditer(line):
            called = _CALLED_KANA.match(line, m.start())
            add(*(called.span(1) if called else m.span(1)))  # (「ゴンさん」の愛称: ゴン, its honorific no part of it)
    if "呼ばれ" in line or "親しまれ" in line:
        for m in _CALLED_KANA.finditer(line):  # 「ひよりん」と呼ばれる, 「トメばあ」と親しまれ: a nickname in kana
            nick = m.group(1)
            if not m.group().endswith("の愛称") and not _one_common_noun(toks, *m.span(1)) and not _KATA.match(nick):
                add(*m.span(1))  # (not 「マエストロ」, 「サブスク」と呼ばれ: what one is, a term in katakana)
    return out


def _one_common_noun(toks: Toks, s: int, e: int) -> bool:
    """Whether line[s:e] is one common noun of UniDic's (マエストロ, おばあちゃん), no nickname."""
    k = _at(toks, s)
    return 0 <= k < len(toks) and toks.starts[k] == s and toks.ends[k] == e and toks.pos1[k] == "普通名詞"
