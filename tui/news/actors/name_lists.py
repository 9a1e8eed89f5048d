"""A name UniDic reads in odd pieces, as an item of a list of full names: 佐藤浩市、工藤阿須加、茅島みずき.

Casts, line-ups and lists of winners name people one after another, set off by 、 (the last by と: 黒須大悟と
堤川仁監督). Where the items on both sides of one are full names found already (a surname and a given name), an item that opens with a
word UniDic reads as a surname and holds only kanji and hiragana is a full name too, however UniDic
cuts the rest (工藤 + 阿 + 須加, 澤 + 屋敷 + 純一): the names found inside it give way to it. So is any item of a list
of names with a full name found in it (after 主演の or 会場には, closed by a particle, など or ら) when its first
characters are a surname where only a name stands and every other item is a name too (主演の氷室蒼、小野寺まりあ、
黒須大悟と…: 氷室, a common word in the line). In a list of surnames
alone where half the items are names found already, an item UniDic reads as a surname where only a name stands is one
(日本代表に朝霧、真田、浦部を選んだ: 朝霧, read as a place elsewhere).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .persons import Name
from .tokens import Toks, chars

_ITEM = re.compile(r"[\u4e00-\u9fff々ぁ-ゖ]{3,6}")  # (a full name of two characters is UniDic's own)


def listed_names(line: str, toks: Toks, found: list[Name], left: list[Name], free) -> tuple[list[Name], list[Name]]:
    """`found` and `left` (the line's names, and those left to the article) with each item between two full
    names of a list made one full name (see the module's doc); `free(start, end)`: no actor there."""
    full = sorted((n for n in found if n.full), key=lambda n: n.start)
    made: list[Name] = []
    for a, b in zip(full, full[1:]):
        s, e = a.end + 1, b.start - 1
        if line[a.end:a.end + 1] != "、" or line[b.start - 1:b.start] not in ("、", "と") or not _ITEM.fullmatch(line, s, e):
            continue
        inside = [n for n in found + left if s <= n.start and n.end <= e]
        if any(n.full for n in inside) or not free(s, e):  # (the names of this pass are not taken yet)
            continue  # a name found already in the item: nothing to make
        k = bisect_left(toks.starts, s)
        if (k >= len(toks) or toks.starts[k] != s or toks.classes[k] not in chars("pos3", "姓")
                or toks.ends[k] >= e or e not in toks.ends):
            continue
        made.append(Name(s, e, toks.surfaces[k], True))
    made += _list_items(line, full, found + left, free)
    if not made:
        return found, left

    def kept(n: Name) -> bool:
        return not any(m.start <= n.start and n.end <= m.end for m in made)
    return [n for n in found if kept(n)] + made, [n for n in left if kept(n)]



# A list of names after what opens one (主演の, 出演は, 会場には), items of kanji and kana set off by 、, the last
# closed by a particle, など or ら; each item opens with kanji and is read shortest.
_ITEM_RE = r"[\u4e00-\u9fff々][\u4e00-\u9fff々ぁ-ゖァ-ヺー]{1,6}?"
_NAME_LIST = re.compile(rf"(?<=[のはに：:　 「（(])({_ITEM_RE}(?:、{_ITEM_RE})+)(?=など|ら|[がはのをもと。）)])")


def _list_items(line: str, full: list[Name], names: list[Name], free) -> list[Name]:
    """The items of a list of names (see `_NAME_LIST`) with a full name found in it where every other item is a name
    found or opens with one to three characters read as a surname where only a name stands: those items, each a full
    name (see the module's doc)."""
    from .name_frame import read_as_name

    out: list[Name] = []
    for m in _NAME_LIST.finditer(line):
        items, at = [], m.start(1)
        for word in m.group(1).split("、"):
            items.append((at, at + len(word)))
            at += len(word) + 1
        if not any((n.start, n.end) in items for n in full):
            continue  # no full name found in the list
        made = []
        for s, e in items:
            if any(n.start == s and n.end == e for n in names):
                continue  # a name found already
            k = next((k for k in (2, 3, 1) if read_as_name(line[s:s + k]) == ("姓",)), 0)
            if (e - s < 3 or not k or not free(s, e) or any(n.start < e and s < n.end for n in names)
                    or read_as_name(line[s:e]) == ("姓",)):
                break  # an item that is no name: no list of names
            made.append(Name(s, e, line[s:s + k], True))
        else:
            out += made
    return out


# A list of surnames alone (朝霧、真田、浦部を選んだ; 沖田、岩城の継投): items of kanji set off by 、, then a particle
_SURNAMES = re.compile(r"(?<![\u4e00-\u9fff々ヶノ0-9０-９])([\u4e00-\u9fff々][\u4e00-\u9fff々ヶノ]{1,3}(?:、[\u4e00-\u9fff々][\u4e00-\u9fff々ヶノ]{1,3})+)"
                       r"(?=[をらのとがはもで])")


def listed_surnames(line: str, found: list[Name], left: list[Name], free) -> list[Name]:
    """The items of a list of surnames alone that are no names found yet: where half the items or more are names
    found already (in `found` or `left`), each other item UniDic reads as a surname where only a name stands is one
    too (朝霧 and 春日井, read as places elsewhere), and where every item but one is, that one whatever UniDic reads it as
(江ノ島, a place's name too); `free(start, end)`: no actor there."""
    from .name_frame import read_as_name

    names = {(n.start, n.end) for n in found + left}
    out: list[Name] = []
    for m in _SURNAMES.finditer(line):
        items, at = [], m.start(1)
        for word in m.group(1).split("、"):
            items.append((at, at + len(word)))
            at += len(word) + 1
        named = sum(span in names for span in items)
        if named * 2 < len(items):
            continue
        every = named >= 2 and named == len(items) - 1  # all items but one are names: so is that one (…小暮、江ノ島の順に)
        out += [Name(s, e, line[s:e], False) for s, e in items
                if (s, e) not in names and free(s, e) and (read_as_name(line[s:e])[:1] == ("姓",) or every and not any(
                    a < e and s < b for a, b in names))]  # (not 俳優南雲 of 俳優南雲、宍戸: a name inside)
    return out
