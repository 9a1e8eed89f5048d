"""A person printed with one space between surname and given name (宇野 風, 佐藤 ちなつ, 石動 康弘, ロペス 翔太): results
pages, rosters, line-ups, cast lists and many sites' running text print names so, and UniDic, reading the two words
apart (MeCab reads a line without its spaces: 宇野 風 is 宇野 + the suffix 風 to it), misses or cuts most of them.

A pair is a run of kanji (or katakana: a surname from abroad before a Japanese given name), one space, then a given
name's shape (one to three kanji, two to four hiragana, two to six katakana) that ends at a mark, a bracket, a space,
the line's end, an honorific or a title (竹村 つばさ（26）, 宝達 健一頭取). The evidence asked for depends on the
surname: one UniDic reads as a name (宇野, 菊池) needs nothing more, and may also stand before a particle or a
sentence's end (天音 すずが卒業); a place's word before a given name UniDic reads as one (魚沼 一平と, 塩釜 直人部長) needs
no more either; any other (石動, a place to UniDic before a given name it does not know; 遠山, a common word; ロペス) needs
an honorific right after the given name, a bracket after a given name of kanji or hiragana, a listing's part in 【】
right before it (【実況】石清水 徹), a title after it when the surname read alone is one proper noun (瀬戸 保九段), or a
particle or comma before the pair in a sentence that ends in 。 (エースの春日 美桜が…。): running text sets no words apart
by spaces but names.

The same space separates a listing's columns (the text is read with its wide spaces made narrow), so: never a title
or honorific as either half (監督 佐藤, 佐藤 監督), a full name as either half (菊池宏 無現, 十両 湖東龍, 訃報 岡本清氏), a
surname or a place as the given name (勝 山本, 東京 渋谷), words read alone as a prefix, a verbal or adjectival noun or
an adverb as the given name (立憲 新, 大谷 快投, 白鷺山 不戦勝, 宮城 正直、…), or a given name of kana that UniDic reads as
particles or endings (佐藤 まで).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..language import tagger
from .name import AGE, KIN, PERSON_END, Name
from .roles import TITLE_RE
from .tokens import Toks, chars

_PAIR = re.compile(r"(?<![\u4e00-\u9fff々ヶケノァ-ヺー])(?<![ァ-ヺーA-Za-z]・)([\u4e00-\u9fff々][\u4e00-\u9fff々ヶケノ]{0,7}|[ァ-ヺ][ァ-ヺー]{1,7}) "
                   r"([\u4e00-\u9fff々]+|[ぁ-ゖ]+|[ァ-ヺ][ァ-ヺー]*)")
# (a line with no such pair holds none; signed by its space, so that the search reads at spaces only)
SIGN = re.compile(r" (?<=[\u4e00-\u9fff々ヶケノァ-ヺー] )(?=[\u4e00-\u9fff々ぁ-ゖァ-ヺ])")
_KANJI = re.compile(r"[\u4e00-\u9fff々ヶケノ]+")
_KATAKANA = re.compile(r"[ァ-ヺ]")
_KANA_GIVEN = re.compile(r"[ぁ-ゖ]{2,4}|[ァ-ヺ][ァ-ヺー]{1,5}")
_HONORIFIC = ("さん", "ちゃん", "くん", "君", "氏", "様")
_HONORIFIC_KANJI = frozenset("君氏様")
_MARKS = frozenset(("", " ", "(", ")", "、", ",", "【", "】", "=", "・", "/", "\n", "▽", "◇", "◆", "■", "●", "○"))
_WEAK = frozenset("がはをにとのもや。")  # a particle or a sentence's end: enough after a surname UniDic knows only
_FUNCTION = frozenset(("助詞", "助動詞", "接尾辞"))
_PERSON_WORD_END = PERSON_END | frozenset("主長将")  # the last kanji of a word for a person or a post (店主, 会社員, 大将)
_SLOTS = ("先鋒", "次鋒", "中堅", "副将", "大将", "三将")  # a team match's slots, before their players
_WORK = re.compile(r"「[^「」]{1,40}」(?:\(|、[^「」()]{2,12}「[^「」]{1,40}」\()")  # a work's title after an entry's name,
# then where it is from in brackets, or the next entry and its (長府 正人「関門橋遠望」、豊浦 智子「ふぐ提灯」(以上下関市));
# not a headline's parts set apart by a space (肥料の高騰 農家「…」)
_LEADS = (*_SLOTS, "以下")  # glued before a listing's surname: a slot, or 以下 opening the rest of a ranking
_ENTRY = re.compile(r"\([^()]{1,12}\)")  # a side, an age or a school year in brackets after an entry's name


def spaced_names(line: str, toks: Toks, marks: "list[tuple[int, int]]", free) -> list[Name]:
    """The full names printed with a space in the line (its words `toks`, its titles `marks`, `free(start, end)`)."""
    pairs = []
    m = _PAIR.search(line)
    while m is not None:
        left = _surname(line, m.start(1), m.end(1), marks, toks)
        given = _given(line, m.start(2), m.end(2), toks, marks)
        if left is not None and given is not None:
            left = _named_end(toks, left, m.end(1))
            if line[left] == "故" and m.end(1) - left >= 2:
                left += 1  # 夫の故門 善三さん: the late, before the surname
            for slot in _LEADS:  # 副将湯川 朔: a team match's slot, then the surname (以下犬吠 聖也: the rest's)
                if line.startswith(slot, left) and m.end(1) - left - len(slot) >= 1:
                    left += len(slot)
                    break
            pairs.append((left, m.end(1), m.start(2), given))
        m = _PAIR.search(line, m.start(2))  # (奨励賞 竹村 つばさ: the second word may open the next pair)
    out: list[Name] = []
    weak: list[tuple[int, int, int, int]] = []  # pairs of a name's shape that lacked only evidence of their own
    person, place, surname = chars("pos2", "人名"), chars("pos2", "地名"), chars("pos3", "姓")
    for start, left_end, given_start, end in pairs:
        after = line[end:end + 1]
        honorific = line.startswith(_HONORIFIC, end)
        honored = honorific or any(s == end for s, _ in marks)
        known = _all_of(toks, start, left_end, person) or _name_alone(line[start:left_end])  # (1日高 蒼空: ①日高, read
        # in the line as 1日 + 高)
        alone = _named_alone(line[start:left_end], line[given_start:end])
        one_known = honorific and known and end - given_start == 1  # 桜庭 蒼さん: one kanji after a surname, then さん
        told = honored and _told(line, toks, marks, start, given_start, end)  # 蒲郡 ひとみ厚生労働相は…。: in running text
        if (_all_of(toks, given_start, end, surname) or _all_of(toks, given_start, end, place)) and not (
                alone or one_known or told or (_aged(line, end, marks) and not _all_of(toks, given_start, end, surname))
                or (honorific and _KATAKANA.match(line, given_start) and _KANJI.fullmatch(line, start, left_end)
                    and not _all_of(toks, start, left_end, place))):  # (依田 ミネさん: a katakana given name)
            continue  # 本塁打 岡本（巨人）, 勝 山本: a surname after a word, not a given name; 東京 渋谷 (but 桜庭 蒼さん: a
            # surname UniDic knows, one kanji and an honorific, which a surname after a word does not take alone; and
            # 大和 隼人容疑者(46): a place's word as the given name before a title or an honorific and an age)
        if _COLUMN_LEFT.fullmatch(line, start, left_end) or _COLUMN_RIGHT.match(line, given_start, end):
            continue  # 十両 越乃雪, 七回 代打星, 伊万里 翼 次鋒, 当 281 小谷 正和 無現: a listing's column words beside a name
        if _full_name(line[start:left_end]) and not (honored or _given_alone(line[given_start:end])):
            continue  # 菊池宏 無現, 笠間陸 次鋒: a full name, then the next column (not 養老 + 牛 茂さん, a place's
            # word and another before an honorific; nor 湯布 + 院 和彦, before a given name UniDic knows)
        named = ((_all_of(toks, given_start, end, person) and _all_of(toks, start, left_end, person | place))
                 or alone) and after != "・"
        # (塩釜 直人部長, 魚沼 一平と: a place's or a name's word, then a given name UniDic reads as one, in the line or
        # each read alone (1夕張 美咲(…: 夕張美咲 a place to UniDic in the line); not 銀賞 アレックス・ノヴァク)
        placed_one = (left_end - start == 1 and line[start - 1:start].isdigit() and after == "(" and bool(_ENTRY.match(line, end))
                      and _given_alone(line[given_start:end]) and _one_word_noun(line[start:left_end]))  # ①星 七海(桜陵高):
        # a place in a ranking, a surname of one kanji, a given name UniDic knows, the entry's side in brackets
        named = named or placed_one
        prose = ((line[start - 1:start] in _PROSE or any(e == start for _, e in marks)) and "。" in line[end:]
                 and (end - given_start <= 2 or _given_word(line[given_start:end])))
        worked = (_WORK.match(line, end) is not None and _KANJI.fullmatch(line, start, left_end) is not None
                  and line[left_end - 1] not in "賞選")  # 大賞=鷲ノ巣 千景「ふくろう郵便局の夜」(盛岡市): a prize list's
        # entry, its work's title in brackets, then where it is from (not 大賞 しろくま, the prize beside a pen name)
        if not known and ((not _nouns(toks, start, left_end) and not ((honorific and left_end - start >= 3) or (prose and left_end - start >= 2) or worked or told))
                          or (line[start - 1:start].isdigit() and not named)):
            weak.append((start, left_end, given_start, end))
            continue  # 無所属 元: a word no surname is (a prefix, a verbal noun) before the space; 3号艇 井ノ口: a
            # counter after its number (but ①関根 海, ①夕張 美咲, 1夕張 as the text is read: a name UniDic knows, or a
            # place before a given name it knows)
        listed = (line[start - 1:start] in _LIST_MARKS or (line[start - 1:start] == "▽" and _given_alone(
            line[given_start:end]) and after in ("、", ",", "") and _KANJI.fullmatch(line, start, left_end) is not None
            and not _common_word(line[start:left_end]))) and (after in _MARKS or after.isdigit())  # 【実況】石清水 徹: a
        # listing's part, then its player; ◇白金 恵太54: a candidate, then the age; ▽徳竹 正夫、: a list of names opened
        # by ▽, the given name one UniDic knows, the surname no common word
        titled = honored and not honorific and (_titled(line[start:left_end], line[given_start:end]) or (
            2 <= left_end - start <= 3 and _KANJI.fullmatch(line, start, left_end) is not None
            and _given_alone(line[given_start:end])))  # (開明 奈緒子総務課長: a given name UniDic knows, then the title)
        placed = bool(_PLACE_BEFORE.search(line, max(0, start - 20), start)) and _KANJI.fullmatch(line, start, left_end) is not None and (
            end - given_start <= 3)  # 7番今 颯, MF出雲 陸斗, リベロ土崎 湊: a player's order or position right before
        if not (known or honorific or listed or named or titled or prose or placed or worked or told
                or (after in ("(", ")") and not _KATAKANA.match(line, given_start))):
            weak.append((start, left_end, given_start, end))
            continue  # (a surname UniDic does not know or reads as a place (石動 康弘（副頭取）), with nothing after the
            # given name that tells a person: an honorific, a bracket after kanji or hiragana (not 序ノ口 ジャルガル
            # （…部屋）); a title is not enough, a headline's parts being set apart by spaces too: 党内に温度差 若手議員「…」)
        if not (after in _MARKS or honored or worked or ((known or named or prose or placed) and (
                after in _WEAK or (after == "で" and _ends_in_de(toks, end + 1))))
                or ((known or named or listed) and after.isdigit())):  # (千歳 結69、66: a player, then the scores)
            weak.append((start, left_end, given_start, end))
            continue
        if (not start and "。" in line[end:] and not honored and after not in ("(", ")")
                and not _all_of(toks, given_start, end, person)):
            continue  # 宮城 正直、まだ実感が…。, 大谷 チームのみんなに…。: an interview's answer after its speaker's name
        if free(start, end) and not (out and start < out[-1].end):  # (▽和田 光一 総務課長: not 光一 総務 after 和田 光一)
            out.append(Name(start, end, line[start:left_end], True))
    if out and weak:
        out = _partners(line, weak, out, free)  # 各務 蒼/鵜沼 大地組: the partner of a named one in a pair
    if len(out) >= 2 and (weak or "・" in line):  # a line that prints its names spaced (a results or roster line):
        out = _in_the_lines_style(line, toks, weak, out, free)  # its other entries of the same shape are names too
    return out


_DOTTED = re.compile(r"(?<![ァ-ヺー・A-Za-z])[ァ-ヺ][ァ-ヺー]{0,9}(?:・[ァ-ヺ][ァ-ヺー]{0,9}){1,3}(?![ァ-ヺー・])")
_ENTRY_END = ("組", "ペア", "君", "さん", "ちゃん")  # what may close an entry of a listing after its name: a pair, an
# honorific


def _in_the_lines_style(line: str, toks: Toks, weak: "list[tuple[int, int, int, int]]", out: list[Name], free) -> list[Name]:
    """`out` with the pairs of `weak` that stand as entries of the line as its named ones do: a mark, a place's number
    (②; not a counter after it: 3号艇 井ノ口), a relay's dash or the line's start before, a surname of kanji and a given
    name of kanji or kana, a mark, a bracket, an honorific, a pair's 組 or ペア or a relay's dash after (②今 陽翔(千曲ガス),
    ③御子柴 健四段 beside ①門 誠司五段 and ②乾 悠人四段)."""
    taken = [(n.start, n.end) for n in out]
    for m in _DOTTED.finditer(line):  # ②ソン・ダウン　ミカゲ光学: a foreign name of katakana parts, an entry too
        start, end = m.span()
        before, after = line[start - 1:start], line[end:end + 1]
        if ((before in _MARKS or before.isdigit() or before in "、,") and (
                after in _MARKS or after.isdigit() or line.startswith(_ENTRY_END, end))
                and not any(s < end and start < e for s, e in taken) and free(start, end)
                and not _common_word(m.group().split("・")[0])):  # (チーム・ヤマセ, ネオン・パレード: a common word first)
            out.append(Name(start, end, m.group().split("・")[-1], False))
            taken.append((start, end))
    for start, left_end, given_start, end in weak:
        before, after = line[start - 1:start], line[end:end + 1]
        if not (_KANJI.fullmatch(line, start, left_end) and left_end - start <= 4 and end - given_start <= 4
                and not _prefixed(toks, start, left_end)  # (not 準優勝 八幡: a prefix before a word is no surname)
                and (before in _MARKS or (before.isdigit() and not _counted(toks, start)) or before in "、,・―-") and (
                    after in _MARKS or line.startswith(_ENTRY_END, end) or TITLE_RE.match(line, end)
                    or (after in "―-" and not _KATAKANA.match(line, given_start)))  # (a relay's runners: 砺波 結衣―林
                # 杏; not a technique's word before a score's dash: 阿部 コメ―)
                and _given_word(line[given_start:end]) and not any(s < end and start < e for s, e in taken)
                and free(start, end)):
            continue
        out.append(Name(start, end, line[start:left_end], True))
        taken.append((start, end))
    return sorted(out, key=lambda n: n.start)


def _partners(line: str, weak: "list[tuple[int, int, int, int]]", out: list[Name], free) -> list[Name]:
    """`out` with each pair of `weak` joined by a slash to a name of `out` (各務 蒼/鵜沼 大地組, a doubles pair), its
    surname of kanji and its given name of a given name's shape."""
    ends, starts = {n.end for n in out}, {n.start for n in out}
    added = [Name(start, end, line[start:left_end], True) for start, left_end, given_start, end in weak
             if (line[start - 1:start] == "/" and start - 1 in ends or line[end:end + 1] == "/" and end + 1 in starts)
             and _KANJI.fullmatch(line, start, left_end) and _given_word(line[given_start:end]) and free(start, end)]
    return sorted(out + added, key=lambda n: n.start) if added else out


def _told(line: str, toks: Toks, marks: "list[tuple[int, int]]", start: int, given_start: int, end: int) -> bool:
    """Whether a pair with a title or an honorific after it stands in running text, as a sentence's opening words,
    after a particle, a comma, a title or a clause that describes it (棚田を守る名舟 チヨさん), the sentence ending in 。
    after it: prose sets no words apart by spaces but names, so the pair is one (若狭町観光協会の鳥浜 美和事務局長,
    蒲郡 ひとみ厚生労働相は), its given name kana or one noun or a name's words read alone."""
    if "。" not in line[end:] or not _given_word(line[given_start:end]):
        return False
    if not start or line[start - 1] in _PROSE or any(e == start for _, e in marks):
        return True
    k = bisect_left(toks.ends, start)  # the word that ends where the pair starts: a clause's verb (守る)
    return k < len(toks) and toks.ends[k] == start and toks.pos[k] in ("動詞", "助動詞")


def _aged(line: str, end: int, marks: "list[tuple[int, int]]") -> bool:
    """Whether the name ending at `end` is followed by an honorific or a title, then an age in brackets (さん(16),
    容疑者(46)): a person past doubt."""
    after = next((end + len(h) for h in _HONORIFIC if line.startswith(h, end)), None)
    if after is None:
        after = next((e for s, e in marks if s == end), None)
    return after is not None and AGE.match(line, after) is not None


# A player's batting order or position written right before the surname (7番, MF, GK, リベロ, セッター)
_PLACE_BEFORE = re.compile(r"(?:(?<![0-9])[0-9]{1,2}番|(?<![A-Za-z])(?:GK|DF|MF|FW|CB|SB|SO|FL|WTB|CTB|FB|HO|PR|LO|SH|PG|SG|SF|PF|C|RB|WR|QB)"
                           r"|リベロ|セッター|オポジット|アウトサイドヒッター|ミドルブロッカー|ゴールキーパー|フォワード|ディフェンダー|ミッドフィールダー)$")
_PROSE = frozenset("のをにはがとでも、")  # a particle or a comma (or a title) before the pair, in a sentence ending in 。:
# running text, where words are not set apart by spaces, names only (エースの春日 美桜が, 2年の長良 颯。, 主将一身田 陸は)
_UNITS = frozenset("県府市町村区都道国州党省庁局部課社会院校団")  # the one kanji that makes a body of the word before it


@lru_cache(maxsize=4096)
def _titled(left: str, given: str) -> bool:
    """Whether a surname and a given name before a title (瀬戸 保九段, 高家 修校長) have their shapes, each read alone: the
    surname one proper noun of two kanji or more, or one kanji before a given name UniDic knows (丸 喜三郎農林水産相),
    the given name kanji that do not make a body with it (沖縄 県知事)."""
    if not _KANJI.fullmatch(left) or not _KANJI.fullmatch(given) or given[0] in _UNITS:
        return False
    if len(left) == 1:  # 丸 喜三郎農林水産相: a surname of one kanji, before a given name UniDic reads alone as one
        return left not in _UNITS and _given_alone(given)
    lw = tagger()(left)
    return len(lw) == 1 and lw[0].feature.pos2 == "固有名詞" and _given_word(given)


@lru_cache(maxsize=4096)
def _given_word(given: str) -> bool:
    """Whether a given name, read alone, is one noun or a name's words (not 昭一副 of 彦島 昭一副院長, 誠交通 of 大仏
    誠交通課長: a title's prefix, a word of the post); kana always."""
    if not _KANJI.fullmatch(given):
        return True
    gw = tagger()(given)
    return (len(gw) == 1 and gw[0].feature.pos1 == "名詞") or all(w.feature.pos3 == "人名" for w in gw)


def _surname(line: str, start: int, end: int, marks: "list[tuple[int, int]]", toks: Toks) -> int | None:
    """Where the surname ending at `end` starts: a run of kanji cut after a title in it (副将湯川 朔: 湯川; 元建設部長幡羅 信二:
    幡羅), after a word for a person or for one unnamed (担当編集者犬吠 真: 犬吠; 無職愛鷹 浩一: 愛鷹) and after a word
    begun before the run (語り部附馬牛 ハル: 附馬牛); None when a title ends it (監督 佐藤) or it is longer than a surname."""
    for s, e in marks:
        if start <= s and e < end:
            start = e  # (大将中園 樹: the title, then the surname)
        elif s < end and start < e:
            return None
    if line[start] in "年番" and start and line[start - 1].isdigit() and end - start >= 2:
        start += 1  # 高2年東 颯さん: a pupil's year, then the surname; 7番今 颯: a batting order
    if _KANJI.fullmatch(line, start, end):
        start = _after_words(line, toks, start, end)
        return start if end - start <= 4 else None
    return start if 2 <= end - start <= 8 else None


_UNNAMED = ("無職", "不詳", "自営業", "故")  # what a report says of a person in place of a post (無職, 職業不詳), and 故 (the late)


def _after_words(line: str, toks: Toks, start: int, end: int) -> int:
    """Where a surname of one to three kanji starts in the run from `start` to `end` after a word begun before it or a
    word for a person (担当編集者, 会社員, 無職); `start` when there is none."""
    at = start
    for k in range(bisect_left(toks.ends, start + 1), len(toks)):
        s, e = toks.starts[k], toks.ends[k]
        if s >= end or e >= end:
            break
        if (s < start or (e - start >= 2 and toks.surfaces[k][-1] in PERSON_END) or line.endswith(_UNNAMED, start, e)
                or (e - start <= 2 and toks.surfaces[k] in KIN)):  # (喪主は孫阿部 光さん: a kin word, then the surname)
            at = e
    return at if 1 <= end - at <= 3 and not _common_word(line[at:end]) else start


def _prefixed(toks: Toks, start: int, end: int) -> bool:
    """Whether the line's word at `start` is a prefix before a verbal noun ending by `end` (準 of 準優勝; not 新 alone,
    nor 小 of 小古井: surnames)."""
    k = bisect_left(toks.starts, start)
    return (k + 1 < len(toks) and toks.starts[k] == start and toks.pos[k] == "接頭辞" and toks.ends[k + 1] <= end
            and toks.pos2[k + 1].startswith("サ変"))


def _counted(toks: Toks, start: int) -> bool:
    """Whether the line's word at `start` is a suffix or a counter after a number (3号艇, 3位), no surname."""
    k = bisect_left(toks.starts, start)
    return k < len(toks) and toks.starts[k] == start and (toks.pos[k] == "接尾辞" or toks.pos2[k].startswith("助数詞"))


@lru_cache(maxsize=4096)
def _one_word_noun(word: str) -> bool:
    """Whether UniDic reads `word` alone as one noun, not a counter or a suffix (星, 今; not 位 of 1位)."""
    got = tagger()(word)
    return len(got) == 1 and got[0].feature.pos1 == "名詞" and "助数詞" not in (got[0].feature.pos3 or "")


@lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """Whether UniDic reads `word` alone as one common noun (決勝 of 個人決勝: a word of the game, no surname)."""
    got = tagger()(word)
    return len(got) == 1 and got[0].feature.pos2 == "普通名詞"


def _given(line: str, start: int, end: int, toks: Toks, marks: "list[tuple[int, int]]") -> int | None:
    """Where the given name starting at `start` ends (the run of one script from `start` to `end`, cut at a title, an
    honorific or a particle); None when it has no given name's shape."""
    for s, _ in marks:
        if start < s < end:
            end = s  # 宝達 健一頭取: the title after the given name
        elif s == start:
            return None  # 佐藤 監督
    if _KANJI.fullmatch(line, start, end):
        if end - start > 1 and (line[end - 1] in _HONORIFIC_KANJI or line[end - 1] in "組訳著"):
            end -= 1  # 遠山 陸君; 網走 芽衣組: a pair in doubles; 片桐 玲子訳: a translator's credit
        if end - start > 1 and line[end - 1] in _TITLE_PREFIX and any(s == end for s, _ in marks):
            end -= 1  # 大刀洗 翼元幹事長: a former post's 元 before its title
        elif end - start == 3 and any(s == end for s, _ in marks) and (cut := _post_word(line[start:end])):
            end = start + cut  # 塩田 真教育次長: a word of the post (教育) before its title
        if end - start > 3 or line.endswith(_HOUSES, start, end):
            return None  # (美浦・沖本 隆厩舎: a trainer's stable, no given name)
        honored = end - start <= 2 and (line.startswith(_HONORIFIC, end) or any(s == end for s, _ in marks))
        if _no_given(line[start:end]) and not (honored or (end - start == 1 and line[end:end + 1] == "(" and _ENTRY.match(line, end))):
            return None  # 大谷 快投: a headline's subject and what they did; 立憲 新, 維新 前: a list's marks (but 岩見 颯
            # (旭川栄高): one kanji UniDic reads as an adverb, then the side a result's entry gives in brackets; 東 颯さん,
            # 小野寺 颯幹事長, 宮城 正直さん, 東 勝利元外相: an honorific or a title right after two kanji or fewer, which no
            # adverb or verbal noun takes; not 訃報 岡本清氏, a full name, nor 小団子さん, a prefix's word)
        return end
    titled = any(s == end for s, _ in marks)  # (二見 いろは女流初段: no particle before a title)
    if end - start >= 3 and line[end - 1] == "で" and _ends_in_de(toks, end):
        end -= 1  # 主宰の鷹栖 しおりで、: the copula's で after the name, as UniDic reads the line (not 山田 かえで)
    for cut in _kana_ends(line, start, end):  # すずが, まどかさん: the name, without a particle or an honorific after it
        if cut == end - 1 and titled:
            continue
        if _KANA_GIVEN.fullmatch(line, start, cut) and not TITLE_RE.fullmatch(line, start, cut):
            return None if _no_kana_given(line[start:cut]) else cut
    return None


def _ends_in_de(toks: Toks, end: int) -> bool:
    """Whether UniDic reads the で ending at `end` as a word of its own, a particle or the copula's form."""
    k = bisect_left(toks.starts, end - 1)
    return k < len(toks) and toks.starts[k] == end - 1 and toks.surfaces[k] == "で" and toks.pos[k] in ("助詞", "助動詞")


# The words a results listing sets in columns beside names, never a name's half: a sumo division or rank, an inning,
# a team match's slot, an election's marks (当, 無現: elected, no party and sitting), a group's number (1班)
_RANKS = "十両|幕下|幕内|三段目|序二段|序ノ口|横綱|大関|関脇|小結|前頭"
_COLUMN_LEFT = re.compile(rf"(?:{_RANKS}|[一二三四五六七八九十]+回|" + "|".join(_SLOTS) + r"|当|落|無[現新元]|班|組)")
_COLUMN_RIGHT = re.compile(r"(?:" + "|".join(_SLOTS) + r"|無[現新元]|代打|代走|守備|投手|捕手)")

_TITLE_PREFIX = frozenset("元前新現")
_HOUSES = ("厩舎", "部屋", "道場", "一門", "事務所")  # a house named by its head's name, written after it
_LIST_MARKS = frozenset("】◇◆")  # a listing's part or a candidate's mark right before an entry (not ▽: ▽洋画 県展賞)


@lru_cache(maxsize=4096)
def _given_alone(given: str) -> bool:
    """Whether UniDic reads `given` alone as one given name (和彦, 照代)."""
    words = tagger()(given)
    return len(words) == 1 and words[0].feature.pos3 == "人名" and words[0].feature.pos4 == "名"


@lru_cache(maxsize=4096)
def _post_word(given: str) -> int:
    """Where a given name of three kanji, read alone, ends before a common noun of two (真 + 教育): 0 when it
    does not."""
    words = tagger()(given)
    return len(words[0].surface) if (len(words) == 2 and len(words[1].surface) == 2
                                     and words[1].feature.pos2 == "普通名詞" and words[0].feature.pos1 == "名詞") else 0


def _kana_ends(line: str, start: int, end: int) -> list[int]:
    """Where a given name of kana written from `start` in the run of kana or katakana up to `end` may end: before an
    honorific ending the run, before the one particle that ends it when a word runs on after it (すずが卒業), or at the
    run's end."""
    out = [end - len(h) for h in _HONORIFIC if line.endswith(h, start, end)]
    if line[end - 1] in _WEAK and (line[end:end + 1] not in _MARKS or (line[end - 1] == "が" and end - start >= 3)):
        out.append(end - 1)  # (日向 まどかが、: が before a comma, which no given name ends in)
    return out + [end]


@lru_cache(maxsize=4096)
def _name_alone(word: str) -> bool:
    """Whether UniDic reads the surname, alone, as a name's words only (the line may have read it into a date: 1日高)."""
    return bool(_KANJI.fullmatch(word)) and all(w.feature.pos3 == "人名" for w in tagger()(word))


@lru_cache(maxsize=4096)
def _no_kana_given(word: str) -> bool:
    """Whether kana after a surname and a space, read alone, open with a word no name is (大谷 うれしいです, 山田 まあ,
    佐藤 まで: an adjective, an adverb or interjection, a particle: an answer after its speaker's name, or words)."""
    return tagger()(word)[0].feature.pos1 in _NO_KANA_NAME


_NO_KANA_NAME = frozenset(("助詞", "助動詞", "形容詞", "副詞", "感動詞", "接続詞", "連体詞"))  # (not a pronoun or verb:
# ここ, ありす, かける)


def _named_end(toks: Toks, start: int, end: int) -> int:
    """Where the surname starts in a run of kanji whose last words UniDic reads as a name after words of two
    characters or more that are none (大将 + 中園 of 大将中園 樹: a position, then the surname): the name's words."""
    ks = [k for k in range(len(toks)) if start <= toks.starts[k] < end]
    person = chars("pos2", "人名")
    at = len(ks)
    while at and toks.classes[ks[at - 1]] in person:
        at -= 1
    cut = toks.starts[ks[at]] if 0 < at < len(ks) and toks.starts[ks[at]] - start >= 2 else start
    if end - cut == 1 and cut > start and toks.surfaces[ks[at - 1]][-1] not in _PERSON_WORD_END:
        return start  # (桧木 + 内 拓: a surname of three; 店主 + 辻 英子: a person's word, then a surname of one kanji)
    return cut


def _nouns(toks: Toks, start: int, end: int) -> bool:
    """The words from `start` to `end` are nouns a surname may be made of: no prefix or suffix, no verbal noun."""
    ks = [k for k in range(len(toks)) if start <= toks.starts[k] < end]
    return bool(ks) and all(toks.pos[k] == "名詞" and not _verbal(toks, k) for k in ks)


@lru_cache(maxsize=4096)
def _no_given(word: str) -> bool:
    """Whether kanji written after a surname and a space are no given name, read alone: a word UniDic reads as a verbal
    or adjectival noun (快投, 連覇), an adverb (正直), a noun that stands for a time (前) or a number; words that open
    with a prefix (無現, 不戦勝); a full name or a ring name (岡本清, 湖東龍, 所沢湊: a surname or place of two kanji first)."""
    words = tagger()(word)
    f = words[0].feature
    if f.pos1 == "接頭辞" or (len(words) > 1 and len(words[0].surface) >= 2 and f.pos2 == "固有名詞"
                              and f.pos3 in ("人名", "地名") and f.pos4 != "名"):
        return True
    if len(words) != 1:
        return False
    return (f.pos1 in _NOT_NOUN or f.pos3 == "副詞可能" or f.pos2 == "数詞"
            or (len(word) >= 2 and (f.pos1 == "形状詞" or (f.pos2 == "普通名詞" and str(f.pos3).startswith(("サ変", "形状詞"))))))


@lru_cache(maxsize=4096)
def _named_alone(left: str, given: str) -> bool:
    """Whether, each read alone, the word before the space is one place's or person's name (夕張, 岩見) and the word
    after it one given name (美咲)."""
    lw, gw = tagger()(left), tagger()(given)
    return (len(left) >= 2 and len(lw) == 1 and lw[0].feature.pos2 == "固有名詞" and lw[0].feature.pos3 in ("地名", "人名")
            and len(gw) == 1 and gw[0].feature.pos3 == "人名" and gw[0].feature.pos4 == "名")


_NOT_NOUN = frozenset(("接尾辞", "副詞", "動詞", "形容詞", "助詞", "助動詞", "連体詞", "接続詞", "感動詞", "代名詞", "接頭辞"))


@lru_cache(maxsize=4096)
def _full_name(word: str) -> bool:
    """Whether kanji before the space are a full name already: a surname or place of two kanji or more, then more
    (菊池 + 宏, 笠間 + 陸, 那珂 + 湊); not one word (日比野, 一ノ瀬) nor a name UniDic cuts after one kanji (與 + 那 + 嶺)."""
    if not _KANJI.fullmatch(word):
        return False
    words = tagger()(word)
    f = words[0].feature
    return len(words) > 1 and len(words[0].surface) >= 2 and f.pos3 in ("人名", "地名") and f.pos4 != "名"


def _verbal(toks: Toks, k: int) -> bool:
    """Word k is a verbal noun or an adjectival one to UniDic (快投, 連覇, 完勝), which no given name is."""
    return len(toks.surfaces[k]) >= 2 and (toks.pos[k] == "形状詞" or (toks.pos1[k] == "普通名詞" and (
        toks.pos2[k].startswith("サ変") or toks.pos2[k].startswith("形状詞"))))


def _all_of(toks: Toks, start: int, end: int, classes: frozenset[str]) -> bool:
    """Every word from `start` to `end` is of `classes` (UniDic's name or place words), the words ending at `end`."""
    ks = [k for k in range(len(toks)) if start <= toks.starts[k] < end]
    return bool(ks) and toks.ends[ks[-1]] == end and all(toks.classes[k] in classes for k in ks)
