"""People found again across an article, after each line's own names (`recognise`): a lone name word the
article names elsewhere or that stands as a word (大谷は), a surname the article named in full (林 … 林芳正), a
name given without its given name (黒瀬氏 … 黒瀬は), a child's given name before くん (翼くん … 翼は), a foreign
name's first part before a title (ファム・バン・ミン容疑者 … ファム被告), wherever it stands as a word of its own; a full
name in kanji again wherever it is no part of a longer word (【北稜工・三浦陸斗】「…」).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .lines import Line
from .name import Name
from .tokens import KANJI, chars

_PARTICLES = frozenset("はがもをにとのやら、")
_AGAIN_FULL = _PARTICLES | {"。", " ", "\u3000"}  # a surname named in full ending a sentence too (…と喜んだ松山。), or a
# headline's word before a space (大坂 全豪4強)
_AGAIN = _PARTICLES - {"の", "や"}
_SUBJECT = frozenset("はがも")
_CLAUSE_START = frozenset("。、「」 　")
_CHILD = ("くん", "ちゃん")
_DASHES = frozenset("―－‐—–~〜")
_CRAFT = frozenset("船艦機")  # 旅客船, 護衛艦, 探査機: the kind of a vessel or craft, before its name
_LONE_AFTER = frozenset("でへかまよだ。」』)")  # besides the particles: で, へ, から, まで, より, だ, the sentence's end


def names_again(flat: str, lines: list[Line], starts: list[int], names: list[Name], lone: list[Name],
                people: dict[int, int], free) -> dict[str, str]:
    """Add to `names` (the article's names found line by line) the lone name words of `lone` that stand as names
    and every place a name found stands again as a word; return the surnames of the people the gazetteer found
    (`people`: start -> end) with their full names (林 -> 林芳正). `free(start, end)`: no actor there."""
    known: dict[str, str] = {}  # a surname -> the full name the gazetteer found (林 -> 林芳正)
    for s in sorted(people):  # each person the gazetteer found, in the line that holds it
        row = bisect_right(starts, s) - 1
        if row < 0:
            continue
        at, line = lines[row].at, lines[row].text
        if s >= at + len(line):
            continue
        toks = lines[row].toks
        e = people[s]
        k = bisect_left(toks.starts, s - at)
        if k < len(toks) and toks.starts[k] == s - at and toks.classes[k] in chars("pos3", "姓") and toks.ends[k] < e - at:
            known[toks.surfaces[k]] = flat[s:e]
    surnames = {n.surname for n in names if n.full} | {flat[n.start:n.end] for n in names if not n.full} | set(known)
    taken = {(n.start, n.end) for n in names}
    within = bytearray(len(flat))  # inside a name found: 宇野 of 宇野昌磨 (a list's rule read it whole) is none
    for n in names:
        within[n.start:n.end] = b"\1" * (n.end - n.start)
    for n in lone:
        if (n.start, n.end) in taken or within.find(1, n.start, n.end) >= 0:
            continue
        if n.surname in surnames or (n.full is False and len(n.surname) > 1 and _lone_ends(flat, n.start, n.end)
                                     and not _place_headed(lines, starts, n)):
            # A lone 人名 token of two characters or more is a person when a particle or comma
            # follows it (大谷は, 近藤が, 三笘の): not inside a longer word (羽田空港, 森山町), nor
            # one character (森, 林: a forest as often as a name) unless the article named it so.
            names.append(n)
            taken.add((n.start, n.end))
    # A surname the article named in full, wherever it stands as a word of its own (UniDic may read
    # 林 alone as a forest): before a particle, comma or title (グエン・ティ・ラン … ランさんは). Each is looked for once
    # in the whole text (no surname holds a line break), and read in the line it stands in.
    full_surnames = {n.surname for n in names if n.full} | set(known)
    # A name the article gave without a given name (黒瀬氏, 岡山は「…」), or a foreign name's last part
    # (ルーカス・フェレイラ -> フェレイラ), is the same person again where it stands as a word before a
    # particle other than の (a place's name may be one: 松本市長 … 松本の街) or a comma.
    alone = {n.surname for n in names if not n.full and len(n.surname) >= 2 and (
        n.surname == flat[n.start:n.end] or "・" in flat[n.start:n.end])} - full_surnames
    # (a foreign name's last part that UniDic reads as a place, ローマ of フランチェスカ・ローマ, is that place again
    # unless a title follows it: ローマは東京と共に立つ)
    joined = {n.surname for n in names if "・" in flat[n.start:n.end]} - {
        n.surname for n in names if n.surname == flat[n.start:n.end]}
    # A child's name of one kanji the article gave before くん / ちゃん (翼くん): again as the subject at a
    # clause's start (…。翼は), never inside a word nor before other particles (翼を広げた).
    child = {n.surname for n in names if n.end - n.start == 1 and n.surname == flat[n.start:n.end]
             and flat.startswith(_CHILD, n.end) and KANJI.match(n.surname)} - full_surnames - alone
    alone |= child
    named = bytearray(len(flat))  # inside a name found already: ロッシ of アンナ・マリア・ロッシ, 信長 of 織田信長
    for n in names:
        named[n.start:n.end] = b"\1" * (n.end - n.start)
    # A foreign name's first part before a title: ファム・バン・ミン容疑者 … ファム被告 (a family name first).
    heads_of = {flat[n.start:n.end].split("・")[0]: n.surname for n in names if "・" in flat[n.start:n.end]}
    titled = {h for h in heads_of if len(h) >= 2} - full_surnames - alone  # filed under the full name's key
    # A surname of one kanji the article named in full (王強外相 … 王外相は, 林芳正 … 林官房長官) before a title too.
    one_kanji_full = {n.surname for n in names if n.full and len(n.surname) == 1 and KANJI.match(n.surname)}
    shared = {surname for surname in full_surnames  # 佐野圭佑と佐野健: a surname two full names share
              if len({flat[n.start:n.end] for n in names if n.full and n.surname == surname}) > 1}
    # A surname the article named in full before a title of a master's trade (那須野弘道調教師, 東條牧師), again before
    # 師 alone (那須野師は: a trainer, a minister, as racing and church pages write them; UniDic may glue 野師 into a word)
    masters = {n.surname for n in names if n.full and _MASTER.match(flat, n.end)}
    for surname in full_surnames | alone | titled:
        after = _SUBJECT if surname in child else _AGAIN if surname in alone else _AGAIN_FULL
        q = flat.find(surname)
        while q >= 0:
            row = bisect_right(starts, q) - 1
            at, line = lines[row].at, lines[row].text
            toks = lines[row].toks
            p = q - at
            e = p + len(surname)
            k = bisect_left(toks.starts, p)
            if surname in masters and line.startswith("師", e) and not _WORD_CHAR.match(line[e + 1:e + 2]) and (
                    k < len(toks) and toks.starts[k] == p and (at + p, at + e) not in taken and free(at + p, at + e)
                    and not any(named[at + p:at + e])):
                names.append(Name(at + p, at + e, surname, False))  # (師匠, 師走: not 師 alone)
                taken.add((at + p, at + e))
            elif (k < len(toks) and toks.starts[k] == p and e in toks.ends and (at + p, at + e) not in taken
                    and (line[e:e + 1] in after or _comment_head(line, p, e)
                         or (_headed(line, p, e) and surname not in shared) or (
                        surname in full_surnames and any(x == e for x, _ in lines[row].marks)) if surname not in titled
                         else any(x == e for x, _ in lines[row].marks)
                         or (surname in one_kanji_full and any(x == e for x, _ in lines[row].marks)))
                    and (surname not in child or not p or line[p - 1] in _CLAUSE_START)
                    and free(at + p, at + e)
                    and not any(named[at + p:at + e])
                    and not (surname in joined and toks.pos2[k] == "地名" and not any(x == e for x, _ in lines[row].marks))):
                names.append(Name(at + p, at + e, heads_of[surname] if surname in titled else surname, False))
                taken.add((at + p, at + e))
            q = flat.find(surname, q + len(surname))
    _full_again(flat, lines, starts, names, taken, named, free)
    return known


def _full_again(flat: str, lines: list[Line], starts: list[int], names: list[Name], taken: set[tuple[int, int]],
                named: bytearray, free) -> None:
    """Add each place a full name in kanji found (三浦陸斗) stands again as words of its own, whatever follows it but a
    longer word (【北稜工・三浦陸斗】「…」, 三浦陸斗「…」): not inside a run of kanji or katakana, unless a title follows.
    (A name in kana, みかん or 高原ブレイズ, may be a word or a club's name elsewhere.)"""
    for whole, surname in {flat[n.start:n.end]: n.surname for n in names
                           if n.full and n.end - n.start >= 3 and KANJI.fullmatch(flat[n.start:n.end])}.items():
        q = flat.find(whole)
        while q >= 0:
            row = bisect_right(starts, q) - 1
            at, line, toks = lines[row].at, lines[row].text, lines[row].toks
            p, e = q - at, q - at + len(whole)
            if ((at + p, at + e) not in taken and not any(named[at + p:at + e]) and p in toks.starts and e in toks.ends
                    and not (p and _WORD_CHAR.match(line[p - 1]))
                    and (not _WORD_CHAR.match(line[e:e + 1]) or any(x == e for x, _ in lines[row].marks))
                    and free(at + p, at + e)):
                names.append(Name(at + p, at + e, surname, True))
                taken.add((at + p, at + e))
            q = flat.find(whole, q + len(whole))


def _comment_head(line: str, p: int, e: int) -> bool:
    """Whether line[p:e] heads a comment line, its words right after it (梓川「…」, ファルコンズ・梓川「…」, ウォーカー「…」)."""
    return line.startswith("「", e) and (not p or line[p - 1] in "・ 　")


_MASTER = re.compile(r"[\u4e00-\u9fff]{1,3}(?<!漁)(?<!猟)師(?![\u4e00-\u9fff])")  # 調教師, 牧師, 講師 after a full name


_KIND_HEAD = re.compile(r"【[^【】「」]{1,8}の$")  # 【2位のキベット】「…」: a place or a kind of player and の first
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff々ァ-ヺー]")


def _headed(line: str, p: int, e: int) -> bool:
    """The name at p..e heads a comment line in 【】, alone or after its rank or side and ・ (【蒼天龍】「…」,
    【大関・琴ノ海】「…」), or before a colon and the words (ノースウインズ・平野：「…」), or closes the words in brackets
    after its side and ・ (「…」（ブレイズ・岸本）)."""
    if line[e:e + 2] == "】「":
        return p > 0 and (line[p - 1] in "【・" and line.rfind("【", 0, p) >= 0 or _KIND_HEAD.search(line, 0, p) is not None)
    if line[e:e + 1] in "：:" and line[e + 1:e + 2] == "「":
        return not p or line[p - 1] in "・【 　"
    if line[e:e + 1] not in "）)" or p < 2 or line[p - 1] not in "・（(":
        return False
    quoted = max(line.rfind("」(", 0, p), line.rfind("」（", 0, p))  # (the line's NFKC: （ is read as ()
    return quoted >= 0 and p - quoted <= 12


def _place_headed(lines: list[Line], starts: list[int], n: Name) -> bool:
    """A lone name word in katakana right after a place's name, with nothing between, ends a longer proper noun (大阪
    ブレイズの選手: a club named after its town), not a person alone."""
    row = bisect_right(starts, n.start) - 1
    if row < 0 or not _KATA_WORD.fullmatch(n.surname):
        return False
    toks, p = lines[row].toks, n.start - lines[row].at
    k = bisect_left(toks.starts, p)
    return 0 < k <= len(toks) and toks.ends[k - 1] == p and toks.pos2[k - 1] == "地名"


_KATA_WORD = re.compile(r"[ァ-ヺー]+")


def _lone_ends(flat: str, start: int, end: int) -> bool:
    """A lone 人名 token stands as a word: a particle, comma or たち follows it, a space at the line's start, a
    roster's space or ▽ before it and the entry's end after it, or one of `_LONE_AFTER` where the
    token is no hiragana read across a longer word (はつ of はつか) nor a word quoted alone (「石橋」);
    never after a dash or a digit."""
    after = flat[end:end + 1]
    if start and flat[start - 1] in _DASHES:
        return False  # the end of a stretch (姪浜―西新、): a station or a place, whatever UniDic reads
    if start and flat[start - 1].isdigit():
        return False  # a count's words (通算2千勝を: 千勝, a given name too, after a number)
    if start and flat[start - 1] in _CRAFT:
        return False  # 旅客船ちどりが, 探査機あかつき: a vessel's or a craft's name
    if after in _PARTICLES or flat.startswith("たち", end):
        return True
    if after in ("", "\n", "▽") and start and flat[start - 1] in " \u3000▽" and not _hiragana(flat[start:end]):
        return True  # an entry of a roster: 人事部長　新田▽…
    if after in " \u3000" and (not start or flat[start - 1] == "\n") and not _hiragana(flat[start:end]):
        stop = flat.find("\n", end)
        answer = flat[end + 1:stop if stop >= 0 else len(flat)]
        return len(answer) > 12 and "。" in answer  # a speaker heading an answer: 藤井　父の背中を見て…(not 田中 一郎さん)
    if after not in _LONE_AFTER or _hiragana(flat[start:end]):
        return False
    return not (after in "」』" and start and flat[start - 1] in "「『")


def _hiragana(text: str) -> bool:
    return all("ぁ" <= c <= "ゖ" for c in text)
