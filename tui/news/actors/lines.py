"""An article's lines as every recogniser reads them, each fact made once for all of them.

The recognisers (`recognise`) walk an article's lines several times (organisations, people, places)
and ask the same things of each: where it is, its titles, its words, which rules' signs it holds and
whether a span of it is free of actors. `lines` answers those once an article:

- the titles of every line come from one pass of `persons.TITLE_RE` over the whole text;
- a line's words (`Toks`) are made when a recogniser first needs them, never twice;
- the signs of the rules (`signs`) are each searched once over the whole text, a line at most once;
- what is free is one map of the whole text (`taken`, the gazetteer's and the recognisers' finds),
  and each line's `free(start, end)` reads it at the line's offsets, with no function made per rule.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from .office_heads import BODY_WORDS
from .persons import TITLE_RE, title_spans
from .tokens import Toks, chars, cut, ids, tokenize

_SPACE = re.compile(r"\s")  # (as `tokenize` reads a line: MeCab drops white space between words)
_KANJI = re.compile(r"[\u4e00-\u9fff々]+")


class Line:
    """One line of an article (a passage, none blank): its offset in the article's text, its text,
    the titles in it, its words' context ids (`language.words`, None when the caller has none) and
    its words (`toks`, made on first use)."""

    __slots__ = ("row", "at", "text", "marks", "ids", "free", "_toks", "_taken")

    def __init__(self, row: int, at: int, text: str, marks: list[tuple[int, int]], ids: "list[str] | None",
                 taken: bytearray) -> None:
        self.row, self.at, self.text, self.marks, self.ids = row, at, text, marks, ids
        self._toks: Toks | None = None
        self._taken = taken
        # (start, end) in the line holds no actor found so far (`find`: no slice made)
        self.free = lambda s, e: taken.find(1, at + s, at + e) < 0

    def open_titles(self) -> list[int]:
        """The starts of the line's titles whose character before is free: where a name no actor holds may end
        (most titles in the news follow a name found already)."""
        taken, at = self._taken, self.at
        return [s for s, _ in self.marks if s and not taken[at + s - 1]]

    def open_word(self, field: str, value: str) -> bool:
        """Whether a word of the line whose `field` is `value` (`Toks.where`) starts where no actor is found
        yet: read from the line's words if it has them, else from its word ids, with no words made."""
        taken, at = self._taken, self.at
        if self._toks is None and self.ids is not None:
            wanted = ids(field, value)
            if wanted.isdisjoint(self.ids):
                return False  # no such word (one check in C)
            if not _SPACE.search(self.text):
                pos = at  # each word starts where the one before ends
                for surface, key in zip(self.ids[0::2], self.ids[1::2]):
                    if key in wanted and not taken[pos]:
                        return True
                    pos += len(surface)
                return False
        toks = self.toks  # (a cut at a title keeps the words' starts and classes before it)
        return any(not taken[at + toks.starts[k]] for k in toks.where(field, value))

    def words(self) -> Toks:
        """`toks`, as a call (for a rule that makes the words only where it needs them)."""
        return self.toks

    @property
    def toks(self) -> Toks:
        """The line's words, cut at its titles (`tokenize`); a surname that ends in a title's first character
        (秋元 of 秋元会長, not 秋 + 元会長) keeps it, the title then the rest (the line's `marks` so changed)."""
        toks = self._toks
        if toks is None:
            marks = self.marks
            whole = tokenize(self.text, (), self.ids)  # the words before any cut
            if any(self.text.startswith(_PREFIXES, s) for s, _ in marks):
                marks[:] = _surnames_kept(self.text, whole, marks)
            if any(s and self.text[s - 1] in _FORMER for s, _ in marks):
                marks[:] = _former_posts(whole, marks, self.text)
            if _COMPOUND.search(self.text) is not None or any(self.text[s:e] in _CHARGED for s, e in marks):
                marks[:] = compound_titles(whole, marks, self.text)
            toks = self._toks = cut(whole, self.text, [s for s, _ in marks])
        return toks


# A name, a noun, 長 or 官: where a title UniDic splits may stand (found from 長 or 官, a class the engine skips to in C).
_COMPOUND = re.compile(r"[長官](?<=[\u4e00-\u9fff]{3}[長官])")
_PREFIXES = ("元", "前", "副", "新", "本")  # a title's first character that may end a surname (秋元, 神前, 石副, 山本)


def _surnames_kept(line: str, toks: Toks, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The titles, each that starts with the last character of a surname UniDic reads whole (秋元 + 会長) moved
    past it when the rest is a title too; not where kanji stand before it (氷見 + 野副 + 総裁: 副総裁)."""
    out = []
    for s, e in marks:
        k = bisect_right(toks.starts, s) - 1
        if (line.startswith(_PREFIXES, s) and k >= 0 and toks.starts[k] < s and toks.ends[k] == s + 1
                and toks.pos3[k] == "姓" and not _KANJI.match(line[toks.starts[k] - 1:toks.starts[k]])
                and TITLE_RE.fullmatch(line, s + 1, e) is not None):
            out.append((s + 1, e))
        else:
            out.append((s, e))
    return out


_FORMER = "元前"  # a post held before, written between a name and the title (桐谷元常務)


def _former_posts(toks: Toks, marks: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    """The titles, each after 元 or 前 standing as a word of its own right after a name's word (桐谷 + 元 + 常務) begun
    at it: the name ends before it (not 秋元 + 会長, a surname UniDic reads whole)."""
    out = []
    for s, e in marks:
        k = bisect_right(toks.starts, s - 1) - 1 if s else -1
        if (k >= 1 and line[s - 1] in _FORMER and toks.starts[k] == s - 1 and toks.ends[k] == s
                and toks.ends[k - 1] == s - 1 and toks.pos2[k - 1] == "人名"):
            out.append((s - 1, e))
        else:
            out.append((s, e))
    return out


_MOST_NOUNS = 3  # 北野営業部長: 営業 + 部 + 長
# Titles a charge's common nouns may open, between a name and the title (久保田軍縮大使, 山本経済安全保障担当相)
_CHARGED = frozenset("大使 特使 担当相 担当大臣 担当 代表".split())
_MOST_CHARGE = 4


def compound_titles(toks: Toks, marks: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The titles with those UniDic splits into common nouns and the suffix 長 or 官 right after a name token made
    one (高木病院長: 病院 + 長, 大場支社長: 支社 + 長, 北野営業部長: 営業 + 部 + 長, 黒良龍太主任予報官: 主任 + 予報 + 官), so that no noun of
    the title is read into the name (not 高木病 before 院長, nor 北野営業 before 部長); a title found
    inside it gives way. After a place's name (北浜駅長, 大阪支社長) the title is a place's: none made. A charge's common
    nouns between a name and its title (軍縮 of 久保田軍縮大使, 経済安全保障 of 山本経済安全保障担当相) open the title too."""
    cls, surf, starts, ends = toks.classes, toks.surfaces, toks.starts, toks.ends
    suffix, common, person = chars("pos", "接尾辞"), chars("pos1", "普通名詞"), chars("pos2", "人名")
    out = list(marks)
    for j, word in enumerate(surf):
        if (word != "長" and word != "官") or cls[j] not in suffix:
            continue
        if word == "官" and any(e == ends[j] for _, e in marks):
            continue  # a title the lists know ends there (趙立成報道官): no longer one is read over the name
        i = j
        while (i > 0 and j - i < _MOST_NOUNS and cls[i - 1] in common and ends[i - 1] == starts[i]
               and _KANJI.fullmatch(surf[i - 1]) is not None):
            i -= 1
        while i < j and len(surf[i]) < 2:
            i += 1  # a title's nouns open with a word of two kanji or more (not 真 of 北園拓真裁判長: a given name's)
        if i == j or i == 0 or ends[i - 1] != starts[i] or (cls[i - 1] not in person and not _department_head(
                toks, i, j)):
            continue
        s, e = starts[i], ends[j]
        if "".join(surf[i:j]) in BODY_WORDS:
            continue  # 北浜大学長: the head of 北浜大学, not a title 大学長 after a name (病院長 is one: 高木病院長)
        out = [m for m in out if m[1] <= s or m[0] >= e] + [(s, e)]
    for n, (s, e) in enumerate(out):  # 久保田 + 軍縮 + 大使, 山本 + 経済 + 安全 + 保障 + 担当相: the nouns of the charge
        if text[s:e] not in _CHARGED:
            continue
        j = bisect_right(starts, s) - 1
        if j < 1 or starts[j] != s:
            continue
        i = j
        while (i > 0 and j - i < _MOST_CHARGE and cls[i - 1] in common and len(surf[i - 1]) >= 2
               and ends[i - 1] == starts[i] and _KANJI.fullmatch(surf[i - 1]) is not None):
            i -= 1
        if i < j and i > 0 and ends[i - 1] == starts[i] and cls[i - 1] in person:
            out[n] = (starts[i], e)
    return sorted(out)


def _department_head(toks: Toks, i: int, j: int) -> bool:
    """Words i..j are a department's head (刑事 + 部 + 長) after a place's name that follows の (県警の中野刑事部長):
    the place is a surname there; a place's own office (北浜駅長, 大阪支社長) has no 部 before 長."""
    k = i - 1
    return (toks.surfaces[j - 1] == "部" and j - i >= 2 and toks.classes[k] in chars("pos2", "地名")
            and k > 0 and toks.surfaces[k - 1] == "の" and toks.ends[k - 1] == toks.starts[k])


def lines(flat: str, units: "list[tuple[int, str, list[str] | None]] | None", taken: bytearray) -> list[Line]:
    """The non-blank lines of `flat` (an article's passages joined by line breaks) with their titles;
    `units`: (offset, text, word ids) of the passages, when the caller has the ids; `taken`: where
    an actor is found, over the whole text (read live by each line's `free`)."""
    if units is None:
        units = []
        at = 0
        for text in flat.split("\n"):
            units.append((at, text, None))
            at += len(text) + 1
    kept = [unit for unit in units if unit[1].strip()]
    starts = [at for at, _, _ in kept]
    marked: dict[int, list[tuple[int, int]]] = {}
    for s, e in title_spans(flat):  # the titles of every line at once
        row = bisect_right(starts, s) - 1
        marked.setdefault(row, []).append((s - starts[row], e - starts[row]))
    out = []
    for row, (at, text, ids) in enumerate(kept):
        if _VARIANT.search(text):  # 髙橋, 栁田: read as the common forms, which UniDic knows (same length, same offsets)
            text, ids = text.translate(_COMMON_FORM), None
        out.append(Line(row, at, text, marked.get(row, []), ids, taken))
    return out


# Variant kanji of names (異体字) UniDic does not know, and their common forms, one character for one.
_COMMON_FORM = str.maketrans("髙德栁濵蟬𠮷", "高徳柳浜蝉吉")
_VARIANT = re.compile("[髙德栁濵蟬𠮷]")


def lines_with(flat: str, lines: list[Line], words: "Iterable[str]") -> list[Line]:
    """The lines where one of `words` (none holding a line break) may stand, in order: each word found in the whole
    text at once, not looked for line by line; every line when the text has variant kanji (`lines` reads them as
    their common forms, which the words may hold)."""
    if _VARIANT.search(flat):
        return lines
    starts = [x.at for x in lines]
    rows: set[int] = set()
    for word in words:
        at = flat.find(word)
        while at >= 0:
            rows.add(bisect_right(starts, at) - 1)
            at = flat.find(word, at + 1)
    return [lines[row] for row in sorted(rows) if row >= 0]


def signs(flat: str, starts: list[int], *patterns: "re.Pattern[str]") -> set[int]:
    """The rows of the lines (starting at `starts` in `flat`) where one of the patterns matches: each is
    run once over the whole text (none matches across a line break), so a line with nothing for a
    recogniser costs it nothing; after a match the search goes on from the next line (a line of many
    matches is read once)."""
    found: set[int] = set()
    last = len(starts) - 1
    for rx in patterns:
        m = rx.search(flat)
        while m is not None:
            row = bisect_right(starts, m.start()) - 1
            found.add(row)
            if row >= last:
                break
            m = rx.search(flat, starts[row + 1])
    return found
