"""Persons named next to a word for a person or next to another person, once over a line's tokens.

- after a role or a kinship word, with or without の: 歌手のみなみが, 女優白鳥あかねが, 横綱大和嶽は,
  妹の美穂が; the words up to the next particle are a name when they hold a 人名 token, a place's name
  with more after it (白鳥 + あかね: a surname UniDic reads as a place), a common word and a place's name before a
  subject's particle (浜辺 + 美波が), or are hiragana alone (みなみ);
  a common noun (監督の采配, 作家の想像力) and a place alone (弟の東京での) are none;
- after a role and の, a name UniDic cuts into odd pieces, up to さん or to が or は and a comma
  (タレントのぺこりーぬは、): see `_run_name`;
- after a title or a word for a colleague and の (社長の小山に, 対戦相手の平野が), a surname UniDic reads as a
  common word or a place in running text but as a name between a title and an honorific (`name_frame`);
  after a kinship word (弟の光が), a given name read so too; before が, は, も, と, に or a comma, not an
  object's を (弟子の高座を: a stage, though 高座 is a surname too);
- in a list after a person, joined by と or 、: 井上と木村と林 (a 人名 token), あゆみとかおり (hiragana
  after a hiragana name), 佐藤と平野が, 佐藤、森が (a surname as `name_frame` reads one, before a particle a
  list goes on with, not an object's: 佐藤、森を歩く is none).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress

from .name import KIN
from .name_frame import read_as_name
from .organisations import POSITIONS
from .persons import Name
from .tokens import Toks

# Words for what only a person is, that stand right before the person's name.
ROLE_BEFORE = frozenset(
    "歌手 俳優 女優 声優 タレント 司会 アナウンサー 詩人 作家 小説家 画家 漫画家 落語家 講談師 浪曲師 歌舞伎俳優 "
    "芸人 モデル 横綱 大関 関脇 小結 前頭 力士 棋士 騎手 エース 主将 弟子 師匠 弟 妹 兄 姉 長男 長女 次男 次女 "
    "三男 三女 夫 妻 息子 娘 祖父 祖母 孫 父 母 叔父 叔母 伯父 伯母 いとこ 友人 恋人 店主 喪主 ボーカル ギタリスト "
    "実業家 起業家 写真家 建築家 演出家 脚本家 作曲家 作詞家 指揮者 ピアニスト ダンサー 陶芸家 書道家 評論家 "
    "配信者 VTuber ストリーマー ソングライター 新人 主演 主役 相手役 メンバー リーダー 歳".split()
) | POSITIONS | {p.lower() for p in POSITIONS}  # (the words may come from the lower-cased line)
# Before a name and の besides `persons`' titles (社長の小山): the words for a person's fellows.
TITLED = re.compile("(?:先生|先輩|後輩|同僚|上司|部下|相棒|担任|キャプテン|相手|恩師)の")
_HONORIFIC = frozenset("さん さま 様 氏 君 くん ちゃん 夫妻 両氏".split())  # titles that end a name, never before one
_KIN = KIN  # the words of `ROLE_BEFORE` for kin and friends, who go by their given names
_SUBJECT = frozenset("は が も と に 、".split())  # after a name read by `name_frame`: no object's を, no の
_LIST_NEXT = frozenset("は が と も ら 、".split())  # what follows a name in a list: no object's particle, no の
_STOP = frozenset("が は と を に も の へ から で や こと ら".split())  # particles that end a name (and ら: 石動らを)
_PLURAL = frozenset(("ら",))  # a plural suffix after a name (主将の石動らを選んだ): no part of it
_OPEN = frozenset(("名詞", "接尾辞", "接頭辞", "記号", "代名詞"))  # what a name's words may be read as


def _hira(s: str) -> bool:
    return all("ぁ" <= c <= "ゖ" or c == "ー" for c in s)


def _span(toks: Toks, i: int) -> int:
    """The index after the words from token `i` up to a particle that ends a name, or -1 (none, or a verb
    or a gap on the way)."""
    n = len(toks)
    j = i
    while j < n and not (toks.pos[j] in ("助詞", "補助記号") and (_hira(toks.surfaces[j]) or toks.pos[j] == "補助記号")
                         and toks.surfaces[j] not in "ー・") and not (j > i and toks.surfaces[j] in _PLURAL):
        if toks.pos[j] not in _OPEN and not (toks.surfaces[j] == "ー" or toks.surfaces[j] == "・") or (
                j > i and toks.starts[j] != toks.ends[j - 1]):
            return -1
        j += 1
    if j == i or j >= n or toks.surfaces[j] not in _STOP and toks.pos[j] != "補助記号":
        return -1
    return j


def _a_name(toks: Toks, i: int, j: int, line: str) -> bool:
    """Tokens i..j-1 read as a name (see the module's doc)."""
    text = line[toks.starts[i]:toks.ends[j - 1]]
    if not 1 <= len(text) <= 8:
        return False
    pos2, pos3 = toks.pos2[i:j], toks.pos3[i:j]
    if "人名" in pos2:
        return True
    if pos2[0] == "地名" and pos3[0] != "国" and j - i >= 2 and not any(
            toks.pos1[k] == "普通名詞" and len(toks.surfaces[k]) >= 2 and _KANJI_RUN.fullmatch(toks.surfaces[k])
            for k in range(i + 1, j)):
        return True  # 白鳥 + あかね, 大和 + 嶽 (not 京都 + 旅行: a common word of kanji after the place)
    if (j - i == 2 and toks.pos1[i] == "普通名詞" and pos2[1] == "地名" and pos3[1] != "国" and 3 <= len(text) <= 5
            and _KANJI_RUN.fullmatch(text) and toks.surfaces[j] in _SUBJECT):
        return True  # 浜辺 + 美波が: a surname read as a common word and a given name read as a place
    return _hira(text) and len(text) >= 2 and toks.pos[i] == "名詞" and toks.surfaces[j] != "の"  # 作家のなかの


def _surname_as_place(toks: Toks, i: int, j: int) -> bool:
    """Right after a player's position (GK大迫は, MF南野が): one word UniDic reads as a place, of two kanji
    or more, is a surname; no club or town is named so."""
    return j == i + 1 and toks.pos2[i] == "地名" and toks.pos3[i] != "国" and len(toks.surfaces[i]) >= 2


_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々]+")
_STAGE_WORD = re.compile(r"[ァ-ヺー]{2,}")  # the katakana word a stage name opens with (ジャンボ of ジャンボ宮内)
_NAME_CHAR = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff々ー・]{2,8}?(?=さん|[がは]、)")


def _run_name(line: str, toks: Toks, i: int) -> int:
    """A name UniDic cuts into odd pieces right after a role and の (タレントのぺこりーぬは、, 歌舞伎俳優の
    市川猿之丞が、, 落語家の柳家小まめさんが): the characters from token `i` up to さん, or up to が or は and a
    comma, when they hold no verb, no の and are not all places, nor all common words unless さん follows
    (声優の橘あかりさん), nor all function words. The index of the token after the name, or -1."""
    m = _NAME_CHAR.match(line, toks.starts[i])
    if not m or "の" in m.group():
        return -1
    j = bisect_left(toks.starts, m.end())
    if j >= len(toks) or toks.starts[j] != m.end():
        return -1
    pos = toks.pos[i:j]
    if any(p in ("動詞", "形容詞") for p in pos) or all(p in ("助動詞", "助詞") for p in pos) or all(
            p2 == "地名" or p == "接尾辞" or p1 == "普通名詞" and line[m.end()] != "さ"
            for p, p1, p2 in zip(toks.pos[i:j], toks.pos1[i:j], toks.pos2[i:j])):
        return -1
    return j


_RANKS = frozenset("横綱 大関 関脇 小結 前頭 十両".split())  # a wrestler's rank, right before the ring name
_RING = re.compile(r"[\u4e00-\u9fff々乃ノ]{2,5}(?=[はがをにともの、（(])")


def _ring_name(line: str, toks: Toks, i: int) -> int:
    """A ring name right after a rank, which UniDic cuts into odd pieces (大関霧乃峰は: 霧 + 乃 + 峰; 小結若浪を:
    若 + 浪): the kanji (and 乃, ノ) from token `i` up to a particle, in words not all common nouns (not
    横綱審議委員会, 大関昇進を). The index of the token after the name, or -1."""
    m = _RING.match(line, toks.starts[i])
    if not m:
        return -1
    j = bisect_left(toks.starts, m.end())
    if j >= len(toks) or toks.starts[j] != m.end():
        return -1
    if all(p1 == "普通名詞" for p1 in toks.pos1[i:j]) and not (j - i >= 2 and "助詞" in toks.pos[i:j]):
        return -1
    return j


def _surname_and_given(toks: Toks, i: int, j: int) -> bool:
    """Tokens i..j-1 are a surname UniDic reads as a place, then a given name (白鳥 + あかね): the article
    may name the person by the surname alone later."""
    return (toks.pos2[i] == "地名" and toks.pos3[i] != "国" and len(toks.surfaces[i]) >= 2
            and all(toks.pos3[x] == "名" or _hira(toks.surfaces[x]) for x in range(i + 1, j)))


def titles_before_no(line: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The titles of `marks` (`persons`' titles) and the words of `TITLED` that stand before の: where a name
    may follow (社長の小山, 相手の平野)."""
    out = [(s, e) for s, e in marks if line[e:e + 1] == "の"]
    if "の" in line and TITLED.search(line) is not None:
        out += [(m.start(), m.end() - 1) for m in TITLED.finditer(line)]
    return out


def role_persons(line: str, toks: Toks, taken: list[Name], free, titled: Sequence[tuple[int, int]] = ()) -> list[Name]:
    """Names right after a role or a kinship word, and names in a list after a person (the module's doc);
    `titled`: `titles_before_no`."""
    n, ends = len(toks), toks.ends
    roles = list(compress(range(n - 1), map(ROLE_BEFORE.__contains__, toks.surfaces))) if (
        not ROLE_BEFORE.isdisjoint(toks.surfaces)) else []  # in C: most lines have none
    if "家" in toks.surfaces or "者" in toks.surfaces:  # 実業 + 家: an occupation UniDic reads with its suffix apart
        roles = sorted(set(roles) | {k for k in range(1, n - 1) if toks.surfaces[k] in ("家", "者")
                                     and toks.surfaces[k - 1] + toks.surfaces[k] in ROLE_BEFORE})
    if titled:
        for s, e in titled:  # a title and の: 社長の小山
            k = bisect_left(ends, e)
            if (k + 1 < n and ends[k] == e and toks.starts[k] >= s and toks.surfaces[k] not in _HONORIFIC
                    and toks.surfaces[k + 1] == "の"):
                roles.append(k)
        roles = sorted(set(roles))
    named = []  # the 人名 words a と follows, found from the line's few と
    joined = [x for x in taken if line[x.end:x.end + 1] == "と"] if "と" in line else []
    if joined or ("と" in line and toks.has("pos2", "人名")):  # (the field's list made only then)
        pos2 = toks.pos2
        p = line.find("と")
        while p > 0:
            k = bisect_left(ends, p)
            if k < n and ends[k] == p and pos2[k] == "人名":
                named.append(k)
            p = line.find("と", p + 1)
    listed = [x for x in taken if line[x.end:x.end + 1] in ("と", "、")] if "と" in line or "、" in line else []
    if not roles and not named and not listed and not ("、" in line and toks.has("pos2", "人名")):
        return []
    out: list[Name] = []
    busy = [(x.start, x.end) for x in taken]

    def add(i: int, j: int) -> None:
        while j - 1 > i and toks.surfaces[j - 1] in _HONORIFIC:  # 歌手の霧野ゆり子さんが: the name, not its さん
            j -= 1
        if j == i + 1 and toks.pos1[i] == "普通名詞" and toks.pos2[i] == "副詞可能":
            return  # 祖母のもとに, 監督のうちに: a common word of place or time, no name
        s, e = toks.starts[i], toks.ends[j - 1]
        if not any(a < e and s < b for a, b in busy) and free(s, e):
            surname = toks.surfaces[i] if toks.pos3[i] == "姓" else line[s:e]
            full = j - i >= 2 and surname == line[s:e] and _surname_and_given(toks, i, j)
            if (j == i + 2 and _STAGE_WORD.fullmatch(toks.surfaces[i]) and _KANJI_RUN.fullmatch(toks.surfaces[i + 1])
                    and read_as_name(toks.surfaces[i + 1]) == ("姓",)):
                surname, full = toks.surfaces[i + 1], True  # タレントのジャンボ宮内: a stage name, filed by its surname
            out.append(Name(s, e, toks.surfaces[i] if full and surname == line[s:e] else surname, full))
            busy.append((s, e))

    for k in roles:
        if toks.starts[k + 1] != toks.ends[k]:
            continue
        i = k + 2 if toks.surfaces[k + 1] in ("の", "・") else k + 1  # 主将の桑原, 主将・桑原
        j = _span(toks, i) if i < n else -1
        if j > i + 2 and toks.surfaces[i] in _KIN and toks.surfaces[i + 1] == "・":
            i += 2  # 俳優の長男・幹太: the kinship word and ・ are no part of the name
        # After a title or an occupation and の, a surname as UniDic reads one there (監督の新作: 新作 is a given
        # name too, but a title goes with a surname); after a kinship word, a given name too (弟の光が).
        first = read_as_name(line[toks.starts[i]:toks.ends[j - 1]])[:1] if (
            j > i and i == k + 2 and j - i <= 3 and toks.surfaces[j] in _SUBJECT) else ()  # not 弟子の高座を
        framed = first == ("姓",) or first == ("名",) and toks.surfaces[k] in _KIN
        if toks.surfaces[k] not in ROLE_BEFORE and toks.surfaces[k - 1] + toks.surfaces[k] not in ROLE_BEFORE:
            if framed:
                add(i, j)
            continue
        if toks.surfaces[k] == "歳" and not (j > i and i == k + 2 and "人名" in toks.pos2[i:j] and toks.pos1[i] != "普通名詞"):
            continue  # １７歳の東海林蒼空が: a name word after an age; not １９歳のときに, 30歳の長女
        if j > i and (_a_name(toks, i, j, line) or framed or (
                toks.surfaces[k].upper() in POSITIONS and i == k + 1 and _surname_as_place(toks, i, j))):
            add(i, j)
        elif i == k + 2 and i < n and toks.surfaces[k + 1] == "の":
            j = _run_name(line, toks, i)
            if j > i:
                add(i, j)
        elif toks.surfaces[k] in _RANKS and i == k + 1:
            j = _ring_name(line, toks, i)
            if j > i:
                add(i, j)
    # Lists: a person, と or 、, then another.
    heads = joined + [x for x in out if line[x.end:x.end + 1] == "と"]
    heads += [Name(toks.starts[i], toks.ends[i], "", False) for i in named]
    for name in sorted(heads, key=lambda x: x.start):
        e, chain = name.end, 1
        while e < len(line) and line[e] == "と":
            k = bisect_left(toks.starts, e + 1)
            if k >= n or toks.starts[k] != e + 1:
                break
            j = _span(toks, k)
            dots = [x for x in range(k, j) if toks.surfaces[x] == "・"] if j > k else []
            if dots and dots[-1] + 1 < j and _KANJI_RUN.fullmatch(line[toks.starts[dots[-1] + 1]:toks.ends[j - 1]]):
                k = dots[-1] + 1  # 南雲と西武・早乙女の: the side before ・, then the name
            hira = _hira(line[name.start:name.end])
            if j > k and ("人名" in toks.pos2[k:j] or (hira and _a_name(toks, k, j, line)) or (
                    chain >= 2 and j == k + 1 and toks.pos[k] == "名詞" and len(toks.surfaces[k]) == 1
                    and toks.surfaces[j] in ("は", "が", "も", "の"))):  # the third of 岡田と松井と森は
                add(k, j)
                e, chain = toks.ends[j - 1], chain + 1
            elif hira:  # hiragana read across a particle (か + おり): the run up to its last particle
                run = e + 1
                while run < len(line) and "ぁ" <= line[run] <= "ゖ":
                    run += 1
                if 3 <= run - e - 1 <= 6 and line[run - 1] in "はがもをにのと":
                    s2, e2 = e + 1, run - 1
                    if not any(a < e2 and s2 < b for a, b in busy) and free(s2, e2):
                        out.append(Name(s2, e2, line[s2:e2], False))
                        busy.append((s2, e2))
                break
            else:
                break
    # A surname UniDic reads as a common word or a place, in a list after a person (佐藤と平野が, 佐藤、森が).
    heads_at = {x.end for x in listed + out if line[x.end:x.end + 1] in ("と", "、")}
    heads_at.update(ends[k] for k in toks.where("pos2", "人名") if line[ends[k]:ends[k] + 1] in ("と", "、"))
    for e in sorted(heads_at):
        while e < len(line) and line[e] in "と、":
            k = bisect_left(toks.starts, e + 1)
            j = _span(toks, k) if k < n and toks.starts[k] == e + 1 else -1
            if not k < j <= k + 2 or toks.surfaces[j] not in _LIST_NEXT:
                break
            s, e = toks.starts[k], toks.ends[j - 1]
            if (s, e) not in busy:
                if read_as_name(line[s:e])[:1] != ("姓",):
                    break
                add(k, j)
    return out
