"""People `persons` leaves out, read from the words around them, once over a line's tokens.

- a name before an honorific, role or age, whatever its script: UniDic's 人名 tokens in hiragana (はるさん),
  a given name alone (大翔くん, 春香アナ), a surname UniDic reads as a place before a role only a person
  holds (東山容疑者（31）, 宮島さん), a surname followed by a given name in hiragana (鈴木ひなたさん), and
  a hiragana word right after a boundary before さん / ちゃん / くん (せつさん), kinship words aside;
- a given name alone (人名-名) as a word of its own: after a boundary, before a particle (蓮は, 美咲から); with
  the surname before it when UniDic does not know the surname and cuts it into two single kanji (文田健一郎),
  or reads it as a place (粟生翔太);
- the given name of a full name the article gave, wherever it stands as a word (小野寺ゆかり … ゆかりは);
- a word alone before an honorific and an age in brackets (月見里さん（45）), whatever UniDic cuts it into.

`trim` drops what is no person among the names found: a name cut across a role (大友被告), a name holding a
prize's or an organisation's word (芥川賞, 大林組), a kinship word kept before a name (長男健 -> 健, 父一馬さん -> 一馬), and a
surname inside a shop's or company's name (丸山製菓, 「とんかつ山田」); a clan's name of one character before
氏 in a word (源氏物語, 平氏政権) is none either.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress

from .apposition import ROLE_BEFORE, role_persons, titles_before_no
from .foreign import given_before_surname, COUNTRY_SIGN, after_country, joined_names
from .kana_given import KATA_SIGN, SIGN as KANA_SIGN, kana_given, kata_given
from .lines import Line, lines_with
from .name import KIN
from .title_names import qualifier
from .odd_names import TRIGGER as _ODD, odd_persons
from .persons import _NOT_NAME, Name
from .order_slots import BOX_ROW, no_teams, order_names
from .substitutions import substitution_names
from .suspects import slot_names
from .tokens import Toks

# Honorifics and roles only a person holds, as UniDic cuts them (容疑者 is 容疑 + 者).
HONORIFIC = frozenset("さん さま 様 氏 君 くん ちゃん 先生 アナ 夫人 博士 婆 爺 師匠 シェフ ＣＥＯ".split())
_PERSON_ROLE = frozenset("容疑 被告 被告人 選手 投手 捕手 監督 教授 准 名誉 弁護士 裁判長 記者 団長 老人 主将 "
                         "アナウンサー 医師 作家 会長 社長 代表 専務 常務 頭取 取締役".split())
_NOT_A_TITLE = frozenset("くん 先生 アナ 夫人 博士 婆 爺 師匠 シェフ ＣＥＯ 老人".split())  # none of `persons`' titles
_KANA_HONORIFIC = frozenset("さん ちゃん くん 君".split())
_KIN = frozenset("みな ねえ にい じい ばあ おまわり おば おじ あに あね かあ とう ぼっ じっ おばあ おじい おにい "
                 "おねえ おかあ おとう ばば じじ".split())
_CHILD = frozenset(("くん", "ちゃん", "君"))
_KIN_KANJI = frozenset("赤 姉 兄 母 父 婆 爺 坊 孫 嫁 嬢 娘 息子 叔母 叔父 伯母 伯父 祖母 祖父 姪 甥 彼 彼女 皆 女将 大将 親分 先輩 後輩".split())
_KANJI_WORD = re.compile(r"[\u4e00-\u9fff々]+")
_MARKER_WORD = HONORIFIC | _PERSON_ROLE | {"（", "("}
# The words that call the rules, besides `persons`' titles: the honorifics those lack, the roles before a name.
_TRIGGER = _NOT_A_TITLE | {"老人"} | ROLE_BEFORE
_BOUNDARY = frozenset(("補助記号", "助詞", ""))
_ORG_WORD = frozenset("賞 組 屋 店 製菓 製作所 商店 精肉 工務 物語 社 銀行 工業 建設".split())
_KIN_BEFORE = KIN - {"友人", "恋人", "両親"} | {"元", "前"}  # (長男健, 父一馬さん)
_KIN_CUT = KIN - {"友人", "恋人", "両親", "孫"} | {"故"}  # cut before a name and an honorific (孫: a surname too)
_PARTICLE = frozenset("は が も を に と の から へ で や より まで".split())
_JOIN = frozenset("・＝= 　")


def _a_word(name: str, honorific: str) -> bool:
    """Whether the name and 君 after it are one word of UniDic's (諸君, 貴君): no name and an honorific."""
    if honorific != "君":
        return False
    from ..language import words

    return len(words(name + honorific)) == 2


def _hira(s: str) -> bool:
    return all("ぁ" <= c <= "ゖ" or c == "ー" for c in s)


def _is_age(toks: Toks, i: int) -> bool:
    return (toks.surfaces[i] in ("（", "(") and i + 2 < len(toks) and toks.pos1[i + 1] == "数詞"
            and toks.surfaces[i + 2] in ("）", ")"))


def _marker(toks: Toks, i: int) -> bool:
    """Token `i` starts an honorific, a role only a person holds, or an age in brackets (a kana
    honorific that goes on in kana, 唐津くんち, is none)."""
    s = toks.surfaces[i]
    if s in _KANA_HONORIFIC and i + 1 < len(toks) and toks.starts[i + 1] == toks.ends[i] and toks.pos[i + 1] not in (
            "助詞", "補助記号", "助動詞") and _hira(toks.surfaces[i + 1]):
        return False
    return s in HONORIFIC or s in _PERSON_ROLE or _is_age(toks, i)


def context_persons(line: str, toks: Toks, taken: list[Name], free) -> list[Name]:
    """Names in the line that the title rules left out (see the module's doc); `taken`: names found."""
    surf = toks.surfaces
    marked = not _MARKER_WORD.isdisjoint(surf)  # in C: most lines have neither
    if not marked and not toks.has("pos3", "名"):
        return []
    n = len(toks)
    markers = list(compress(range(n), map(_MARKER_WORD.__contains__, surf))) if marked else []
    given = [i for i in toks.where("pos3", "名") if i + 1 < n and surf[i + 1] in _PARTICLE] if (
        not marked or toks.has("pos3", "名")) else []
    if not markers and not given:
        return []
    pos, pos1, pos2, pos3, starts, ends = toks.pos, toks.pos1, toks.pos2, toks.pos3, toks.starts, toks.ends
    busy = [(x.start, x.end) for x in taken]
    out: list[Name] = []

    def add(i: int, j: int, surname: str, full: bool) -> None:
        s, e = starts[i], ends[j]
        if not any(a < e and s < b for a, b in busy) and free(s, e):
            out.append(Name(s, e, surname, full))
            busy.append((s, e))

    def boundary(i: int) -> bool:  # nothing of a word right before token i (not a ・ of a longer name)
        if i < 0:
            return True
        if line[starts[i + 1] - 1] in _JOIN:
            return False
        return (pos[i] == "補助記号" or (pos[i] == "助詞" and _hira(surf[i]))) or ends[i] != starts[i + 1]

    named_ends = {x.end for x in taken}
    for k in markers:
        if not k or starts[k] in named_ends or starts[k] != ends[k - 1] or not _marker(toks, k):
            continue  # the commonest: a title after a name found already (石破氏)
        i = k - 1
        if pos2[i] == "人名":
            j = i
            while j > 0 and pos2[j - 1] == "人名" and ends[j - 1] == starts[j]:
                j -= 1
            if (pos3[j] == "名" or pos3[j] == "一般" or _hira(surf[i]) or surf[k] in _NOT_A_TITLE) and (
                    boundary(j - 1) or pos[j - 1] in ("動詞", "助動詞", "形容詞")):  # 売るはるさん
                add(j, i, surf[j], j < i)  # はるさん, 大翔くん, 春香アナ
            elif (j >= 2 and line[starts[j] - 1] in " 　" and ends[j - 1] == starts[j] - 1 and _hira(surf[j - 1])
                  and _hira(surf[i]) and boundary(j - 2)):
                add(j - 1, i, surf[j - 1], True)  # さとう みきさん
        elif pos2[i] == "地名" and pos3[i] != "国" and len(surf[i]) >= 2 and (
                boundary(i - 1) or pos[i - 1] in ("動詞", "助動詞")) and (
                surf[k] in _PERSON_ROLE or surf[k] in HONORIFIC or _is_age(toks, k)) and surf[k] not in (
                "会長", "社長", "代表", "作家") and not (
                starts[i] >= 2 and line[starts[i] - 1] in "（(" and starts[i] - 1 in named_ends):
            add(i, i, surf[i], False)  # 東山容疑者, 宮島さん (not 伊達翔平（北港主将）: the side, in a named one's bracket)
        elif (_hira(surf[i]) and i and pos2[i - 1] == "人名" and pos3[i - 1] == "姓" and pos[i] in ("名詞", "形状詞")
              and ends[i - 1] == starts[i] and boundary(i - 2)):
            add(i - 1, i, surf[i - 1], True)  # 鈴木ひなたさん
        elif (surf[k] in _KANA_HONORIFIC and _hira(surf[i]) and len(surf[i]) >= 2 and pos[i] in ("名詞", "形状詞")
              and surf[i] not in _KIN and surf[i][-1] != "っ" and boundary(i - 1) and not _a_word(surf[i], surf[k])):
            add(i, i, surf[i], False)  # せつさん
        elif (surf[k] in _CHILD and pos1[i] == "普通名詞" and _KANJI_WORD.fullmatch(surf[i]) and len(surf[i]) <= 3
              and surf[i] not in _KIN_KANJI and boundary(i - 1) and not _a_word(surf[i], surf[k])):
            add(i, i, surf[i], False)  # 翼くん, 希望ちゃん: a common word before くん / ちゃん is a child's name
    for i in given:  # a given name alone, as a word: 蓮は, 美咲から
        if (i >= 3 and pos2[i] == "人名" and i + 1 < n and surf[i + 1] in _PARTICLE and starts[i + 1] == ends[i]
                and _linked_surname(toks, i - 3, i) and (boundary(i - 4) or pos[i - 4] in ("動詞", "助動詞"))):
            add(i - 3, i, line[starts[i - 3]:ends[i - 1]], True)  # 井 + 之 + 上 + 彩花: a surname joined by 之 or ノ
        elif pos2[i] == "人名" and boundary(i - 1) and i + 1 < n and surf[i + 1] in _PARTICLE and (
                i == 0 or pos2[i - 1] != "人名") and starts[i + 1] == ends[i]:
            add(i, i, surf[i], False)
        elif i + 1 >= n or surf[i + 1] not in _PARTICLE or starts[i + 1] != ends[i]:
            continue
        elif (len(surf[i]) == 1 and i >= 1 and pos2[i - 1] == "地名" and pos3[i - 1] != "国" and len(surf[i - 1]) >= 2
              and ends[i - 1] == starts[i] and _KANJI_WORD.fullmatch(surf[i]) and surf[i + 1] in ("が", "は")
              and boundary(i - 2) and i >= 2 and surf[i - 2] in ("の", "、")):
            add(i - 1, i, surf[i - 1], True)  # ベテランの一ノ宮 + 悠が: a place's word, then a given name of one kanji
        elif len(surf[i]) < 2:
            continue
        elif i >= 2 and _split_surname(toks, i - 2, i) and boundary(i - 3):
            add(i - 2, i, line[starts[i - 2]:ends[i - 1]], True)  # 文 + 田 + 健一郎: a surname UniDic does not know
        elif (i >= 1 and pos2[i - 1] == "地名" and pos3[i - 1] != "国" and len(surf[i - 1]) >= 2
              and ends[i - 1] == starts[i] and boundary(i - 2)):
            add(i - 1, i, surf[i - 1], True)  # 粟生 + 翔太: a surname UniDic reads as a place, then a given name
    return out


def _linked_surname(toks: Toks, i: int, j: int) -> bool:
    """Tokens i..j-1 are one kanji, 之 or ノ (or ケ), and one kanji, with nothing between: a surname UniDic reads as three
    words (井之上, 山ノ内, 堀之内)."""
    surf = toks.surfaces
    return (j - i == 3 and _KANJI_WORD.fullmatch(surf[i]) is not None and len(surf[i]) == 1 and surf[i + 1] in _LINKS
            and _KANJI_WORD.fullmatch(surf[i + 2]) is not None and len(surf[i + 2]) == 1
            and toks.ends[i] == toks.starts[i + 1] and toks.ends[i + 1] == toks.starts[i + 2]
            and toks.ends[i + 2] == toks.starts[j] and surf[i] not in _NOT_NAME)


_LINKS = frozenset("之ノケヶ")


def _split_surname(toks: Toks, i: int, j: int) -> bool:
    """Tokens i..j-1 are a surname UniDic does not know, cut into single kanji read as common words (文 + 田)."""
    return all(len(toks.surfaces[x]) == 1 and _KANJI_WORD.fullmatch(toks.surfaces[x]) is not None
               and toks.pos[x] in ("名詞", "接頭辞", "接尾辞") and toks.pos2[x] != "人名" and toks.pos1[x] != "数詞"
               and toks.surfaces[x] not in _KIN_KANJI and toks.surfaces[x] not in _NOT_NAME
               for x in range(i, j)) and toks.ends[i] == toks.starts[i + 1]


def given_names(lines: list[Line], names: list[Name], flat: str, free) -> list[Name]:
    """The given names of the article's full names, where they stand alone as words (ゆかりは), filed under
    the surname. `lines`: the article's lines (`lines.Line`), whose words are asked for only where one of
    the given names stands; `free(start, end)`: no actor there, in `flat`'s offsets."""
    given: dict[str, str] = {}
    for name in names:
        text = flat[name.start:name.end]
        if name.full and text.startswith(name.surname) and len(text) > len(name.surname):
            given.setdefault(text[len(name.surname):], name.surname)
    out: list[Name] = []
    if not given:
        return out
    taken = {(n.start, n.end) for n in names}
    for x in lines_with(flat, lines, given):
        at, line = x.at, x.text
        if not any(word in line for word in given):
            continue
        toks = x.toks
        for word, surname in given.items():
            p = line.find(word)
            while p >= 0:
                e = p + len(word)
                k = bisect_left(toks.starts, p)
                if (k < len(toks) and toks.starts[k] == p and e in toks.ends and (at + p, at + e) not in taken
                        and (k == 0 or toks.pos[k - 1] in _BOUNDARY) and free(at + p, at + e)
                        and not any(n.start <= at + p and at + e <= n.end for n in names)):  # (下颯 of 宮ノ下颯: no)
                    m = bisect_left(toks.starts, e)
                    if m < len(toks) and (toks.pos[m] == "助詞" or _marker(toks, m)):
                        out.append(Name(at + p, at + e, surname, False))
                        taken.add((at + p, at + e))
                p = line.find(word, e)
    return out


def trim(line: str, toks: Toks, marks: list[tuple[int, int]], found: list[Name],
         kept: "list[Name] | None" = None) -> list[Name]:
    """The names found in a line, without what is no person (see the module's doc), nor what overlaps
    another of the names `kept` (さとう of さとう ゆきこ)."""
    if not found:
        return found
    out = []
    for name in found:
        if kept and any(k.start < name.end and name.start < k.end and (k.start, k.end) != (name.start, name.end)
                        for k in kept):
            continue
        i = bisect_left(toks.starts, name.start)
        j = bisect_left(toks.ends, name.end)
        if i >= len(toks) or toks.starts[i] != name.start or j >= len(toks) or toks.ends[j] != name.end:
            out.append(name)
            continue
        if (marks and any(name.start < s < name.end for s, _ in marks)) or (
                i < j and not _ORG_WORD.isdisjoint(toks.surfaces[i + 1:j + 1])):
            continue  # 大友被告, 芥川賞, 大林組
        if i < j and toks.surfaces[i] in _KIN_BEFORE and toks.pos2[i + 1] == "人名" and (
                toks.surfaces[i] != "孫" or toks.surfaces[j + 1:j + 2] in (["さん"], ["ちゃん"], ["君"], ["くん"])):
            # (孫 is a surname too: 孫智恩外相; the grandchild's name takes a child's honorific, 孫美咲さん)
            name = Name(toks.starts[i + 1], name.end, toks.surfaces[i + 1], i + 1 < j)  # 長男健
        if not name.full and j + 1 < len(toks) and toks.starts[j + 1] == name.end and (
                (toks.pos1[j + 1] == "普通名詞" and toks.pos2[j + 1] != "助数詞"
                 and not any(s == name.end for s, _ in marks) and toks.surfaces[j + 1] not in _PERSON_ROLE
                 and toks.surfaces[j + 1] not in HONORIFIC
                 and not (any(s == toks.ends[j + 1] for s, _ in marks) and qualifier(toks.classes, toks.surfaces, j + 1)))
                or (toks.surfaces[j + 1] == "」" and i and toks.pos1[i - 1] == "普通名詞")):
            continue  # 丸山製菓, 「とんかつ山田」 (not 佐々木常任理事: a word of the title's after the name)
        out.append(name)
    return out


_MAY_FIND = re.compile("|".join(sorted(map(re.escape, _TRIGGER | _ODD | {"・", "＝", "=", "バッテリー"}), key=len, reverse=True))
                       + "|" + COUNTRY_SIGN.pattern)


def may_find(line: str) -> bool:
    """Whether `more_persons` can find anything in a line with no title and no name word: only where one
    of its trigger words or a joining mark stands (a substring check, before the line is tokenized)."""
    return _MAY_FIND.search(line) is not None


# A word standing alone before an honorific and an age in brackets (四十物さん（65）, 、ときえさん（82）): a
# person's name whatever UniDic makes of it, rare surnames and kana names being cut into common words.
# After の, a name in hiragana only (園児のゆうまくん（5）): kanji there may be a common word's (会社員さん).
_AGED = re.compile(r"(?:(?:^|(?<=[、。「『（　 ]))([ぁ-ゖー]{2,5}|[\u4e00-\u9fff々]{2,4})|(?<=の)([ぁ-ゖー]{2,5}))"
                   r"(?:さん|ちゃん|くん|君|氏)[（(][0-9０-９]{1,3}[）)]")


def aged_names(line: str, found: list[Name], free) -> list[Name]:
    """`found` with the names before an honorific and an age that no other rule found (see `_AGED`), parts of them
    found dropped; kinship words aside."""
    out: list[Name] = []
    for m in _AGED.finditer(line):
        g = 1 if m.group(1) else 2
        s, e = m.span(g)
        word = m.group(g)
        if word in _KIN or word in _KIN_KANJI or not free(s, e):
            continue
        inner = [x for x in found if x.start < e and s < x.end]
        if any(x.start < s or x.end > e or (x.start, x.end) == (s, e) for x in inner):
            continue  # a name across its edges, or this one found already
        if inner:  # a part UniDic reads as a name (の + ゆい + と君（６）) gives way to the whole
            found = [x for x in found if x not in inner]
        out.append(Name(s, e, word, False))
    return found + out


def more_persons(line: str, toks: Toks, marks: list[tuple[int, int]], found: list[Name], left: list[Name],
                 free, opened: list[int]) -> tuple[list[Name], list[Name]]:
    """`persons`' names of a line (`found`, and `left` to the article) with this module's, `foreign`'s and
    `apposition`'s added and `trim`'s guards applied; each rule only where its words are (most lines have
    none: the checks run in C). `opened`: the starts of the titles of `marks` after a free character
    (`lines.Line.open_titles`)."""
    if found:
        found = trim(line, toks, marks, found)
    if "・" in line or "＝" in line or "=" in line:
        found += joined_names(line, toks, found, free)
    if COUNTRY_SIGN.search(line):  # 韓国の李知恩と
        extra = after_country(line, toks, found, free)
        found = [x for x in found if not any(n.start < x.start and x.end <= n.end for n in extra)] + extra
    hit = not _TRIGGER.isdisjoint(toks.surfaces) or "家の" in line or "者の" in line  # one pass, in C (実業 + 家の)
    if hit or toks.has("pos3", "名") or any(  # an honorific, a given name, or a title after no name found yet
            not any(x.end == s for x in found) for s in opened):
        found += context_persons(line, toks, found, free)
    titled = titles_before_no(line, marks) if "の" in line else []
    if hit or titled or ("と" in line and (found or toks.has("pos2", "人名"))) or (  # a role, a title and の,
            "、" in line and any(line[x.end:x.end + 1] == "、" for x in found + left)):  # or a list
        found += role_persons(line, toks, found, free, titled)
    if "）" in line or ")" in line:
        found = aged_names(line, found, free)
    if KANA_SIGN.search(line):  # 望月しずかさん, 星乃ゆずは（２１）: a hiragana given name read whole
        found = kana_given(line, toks, found, free)
    if KATA_SIGN.search(line):  # 早瀬ミサキと, 鳴海ミユが: a katakana given name read whole
        found = kata_given(line, toks, found, free)
    if marks or not _ODD.isdisjoint(toks.surfaces):  # names UniDic does not know, by the words around them
        odd, dropped = odd_persons(line, toks, marks, found, free, opened)
        if dropped:
            found = [x for x in found if x not in dropped]
        found += odd
    if "容疑者" in line or "被告" in line or "）" in line or ")" in line or "歳" in line or "同" in line or "くん" in line or "ちゃん" in line:
        slotted, dropped = slot_names(line, toks, found, free)
        if slotted:
            found = [x for x in found if x not in dropped] + slotted
    if ("番" in line or "・" in line or "）" in line or ")" in line or "バッテリー" in line or "の" in line
            or "DF" in line or "MF" in line or (" " in line and BOX_ROW.search(line))):  # １番・遊撃 name; GK綾、DF春日、…:
        # a line-up (three of its four positions hold DF or MF); ①中 打吹 4 2: a box score's row
        slotted, dropped = order_names(line, toks, found, free)
        if slotted:
            found = [x for x in found if x not in dropped] + slotted
    if "交代" in line:  # 【交代】…富士見→北橘 大和, 代打竹田(小鴨): the players a substitutions line names
        found += [n for n in substitution_names(line, free)
                  if not any(x.start < n.end and n.start < x.end for x in found)]
    if "・" in line and found:  # ジョン・木村弁護士: katakana given names before a surname in kanji
        found = given_before_surname(line, toks, found)
    if "の" in line or "【" in line:  # 大社のエース, 【明豊】１（二）…: a side, not a person
        found, left = no_teams(line, found), no_teams(line, left)
    if "氏" in line:  # a clan's name of one character in a word (源氏物語, 平氏政権; 李氏は is a person)
        found = [x for x in found if not (x.end - x.start == 1 and line[x.end:x.end + 1] == "氏"
                                          and _KANJI_WORD.match(line, x.end + 1))]
    if found and not _KIN_CUT.isdisjoint(toks.surfaces):
        found = [_without_kin(line, toks, x) for x in found]
    return found, trim(line, toks, marks, left, found) if left else left


def _without_kin(line: str, toks: Toks, name: Name) -> Name:
    """A name without the kin word or the 故 (the late) it was read with (喪主は長男宗一氏: UniDic reads 宗一 as a suffix
    and a number, and a rule reads the run whole; 故星さん): such a word, one to three kanji and an honorific leave the
    name alone."""
    i = bisect_left(toks.starts, name.start)
    if (i + 1 < len(toks) and toks.starts[i] == name.start and toks.surfaces[i] in _KIN_CUT
            and 1 <= name.end - toks.ends[i] <= 3 and _KANJI_WORD.fullmatch(line, toks.ends[i], name.end)
            and line.startswith(("さん", "氏", "ちゃん", "君", "くん"), name.end)):
        return Name(toks.ends[i], name.end, line[toks.ends[i]:name.end], False)
    return name
