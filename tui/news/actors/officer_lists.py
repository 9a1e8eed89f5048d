"""The people of a personnel list, each after the post they take: 三条刃物工業（4月1日）▽社長 燕沢隆之 ▽専務 弥彦聡,
▽取締役副社長（紫波亮介）, ▽営業部長（総務部長）山田太郎, ▽常務 吉田和夫（常務執行役員）. Such a list names each
person once, in full, with no honorific; UniDic reads many of the names as places or common words (弥彦, 大面), and the
names' rules, which look for a title after a name, find nothing here: the title stands before it.

An item is a ▽ (or ▼ ◇ ◆ ・ at the line's start), a post that ends in a title (`roles.TITLE_RE`: 社長, 専務, 取締役,
営業部長, or 監査役, 参与, 監事), an optional bracket (the post held before), then the name after a space or the name
in brackets; the name is a run of kanji (a given name in kana may close it) of two to seven characters, no title's or
body's word. A line of one item counts only when it starts with its mark.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .name import NOT_NAME
from .org_context import free_but
from .persons import Name
from .roles import TITLE_RE
from .tokens import Toks

SIGN = re.compile(r"[▽▼◇◆]")
_ITEM = re.compile(r"[▽▼◇◆]\s*([^\s▽▼◇◆（）()]{1,16})(?:[（(]([^（）()]{1,16})[）)])?\s*"
                   r"([\u4e00-\u9fff々ヶケノ]{2,5}[ぁ-ゖァ-ヺー]{0,4})?(?=[\s▽▼◇◆（(、。]|$)")
_MORE_POSTS = ("監査役", "参与", "監事", "理事", "幹事", "評議員", "社外取締役", "執行役員", "フェロー")
_NAME = re.compile(r"[\u4e00-\u9fff々ヶケノ]{2,5}[ぁ-ゖァ-ヺー]{0,4}$")
_NOT_END = re.compile(r"(?:部|課|室|局|所|会|社|店|校|院|団|組|省|庁|長|役|員|事|問|与|務|当|任)$")


def is_post(word: str) -> bool:
    """Whether `word` ends in a title a person holds (社長, 取締役副社長, 営業部長, 監査役)."""
    if word.endswith(_MORE_POSTS):
        return True
    return any((m := TITLE_RE.match(word, k)) is not None and m.end() == len(word) for k in range(len(word)))


def posted_names(line: str, toks: Toks, found: list[Name], free,
                  heads: dict[int, tuple[int, bool]]) -> list[Name]:
    """`found` with the names of the module's list items in `line` added, where `free(start, end)` allows but for
    places a name may hold (弥彦 of 弥彦聡, which the name then replaces); a name of `found` inside one of them (亮介 of
    紫波亮介, 田井和夫 of 吉田井和夫) gives way to it, one that overlaps it otherwise keeps its place."""
    items = list(_ITEM.finditer(line))
    if not items or (len(items) == 1 and items[0].start() != 0):
        return found
    out: list[Name] = []
    for m in items:
        post, inside, after = m.group(1), m.group(2), m.group(3)
        if not is_post(post):
            if inside or after or (cut := _post_end(post)) is None:
                continue
            s, e = m.start(1) + cut, m.end(1)  # ▽社長燕沢隆之: the post and the name with no space between
            if not _proper(toks, s, e):
                continue  # ▽名人戦予選: a title's game and its round, common words
        elif after:  # ▽社長 燕沢隆之, ▽営業部長（総務部長）山田太郎
            s, e = m.span(3)
        elif inside and _NAME.match(inside):  # ▽取締役副社長（紫波亮介）
            s, e = m.span(2)
        else:
            continue
        word = line[s:e]
        inner = [n for n in found if s <= n.start and n.end <= e]
        if (word in NOT_NAME or is_post(word) or _NOT_END.search(word) or any(
                n.start < e and s < n.end for n in found if n not in inner) or not free_but(
                free, heads, s, e, [(n.start, n.end) for n in inner])):
            continue
        found = [n for n in found if n not in inner]
        out.append(_name(toks, s, e, word))
    return found + out


def _proper(toks: Toks, start: int, end: int) -> bool:
    """One of UniDic's words over line[start:end] is a proper noun (燕 + 沢 + 隆之, 大 + 面 + 聡), or the run starts
    inside a word."""
    k = bisect_left(toks.starts, start)
    if k >= len(toks) or toks.starts[k] != start:
        return True
    return any(toks.pos1[x] == "固有名詞" for x in range(k, bisect_left(toks.starts, end)))


def _post_end(word: str) -> int | None:
    """Where the longest post that starts `word` ends, when a name's run of two to nine characters follows it."""
    for k in range(len(word) - 2, 1, -1):
        if is_post(word[:k]) and _NAME.fullmatch(word, k):
            return k
    return None


def _name(toks: Toks, start: int, end: int, word: str) -> Name:
    """A full name filed under its surname: UniDic's first word when it is shorter than the run, else the run."""
    k = bisect_left(toks.starts, start)
    first = toks.ends[k] - start if k < len(toks) and toks.starts[k] == start else 0
    if 2 <= first < len(word):
        return Name(start, end, word[:first], True)
    return Name(start, end, word, False)
