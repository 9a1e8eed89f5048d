"""A city, town, village, ward or prefecture UniDic does not know as a place, written with its suffix
before a particle: 北浜市は…と発表した, 隣の北浜市から, 北浜町の住民. UniDic reads the name as a surname
or another proper noun (北浜) and the suffix as a noun of its own (市).

The name is proper nouns only, of two to four characters, standing as a word (no kanji or katakana
joined before it) and no person's full name (姓 + 名): a common word before the suffix makes a common noun (政令市, 中核市, 城下町, 被災県),
one character a pronoun or prefix (同市, 各県, 本市, 全市), and a word UniDic reads whole (同町, 下町)
has no suffix of its own. A title after the suffix (北浜市長) is read elsewhere: only a particle here.

A name UniDic reads as common words (東雲市, 鳥沢市: dawn, a bird and a marsh) is a place only where the article speaks
of that one government: it stands as the subject or the source of a sentence (東雲市は, 東雲市によると) or before its
head (上庄町の中川浩町長), and the article writes it at least twice, or once and then 同市 or 市 alone as a subject (市は)
(政令市は, written once in a sentence about such cities, is none).
"""

from __future__ import annotations

import re

from .tokens import Toks, chars

_SUFFIX = frozenset("市町村区県")
_AFTER = re.compile(r"(?:[はがのをにでともへや、]|から|まで)")
SIGNS = tuple(re.compile(suffix + _AFTER.pattern) for suffix in sorted(_SUFFIX))  # one a suffix: a literal found in C
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff々ァ-ヺー]")


def suffixed_places(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each place in `line` written as proper nouns UniDic does not read as a place and a
    suffix of `_SUFFIX`, before a particle or comma; `free(start, end)`: no actor found there yet."""
    out: list[tuple[int, int]] = []
    proper, organisation = chars("pos1", "固有名詞"), chars("pos2", "組織")
    surname, given = chars("pos3", "姓"), chars("pos3", "名")
    cls, starts, ends, surfaces = toks.classes, toks.starts, toks.ends, toks.surfaces
    for k in range(1, len(toks)):
        if surfaces[k] not in _SUFFIX or not _AFTER.match(line, ends[k]):
            continue
        first = k
        while (first > 0 and ends[first - 1] == starts[first] and cls[first - 1] in proper
               and cls[first - 1] not in organisation and starts[k] - starts[first - 1] <= 4):
            first -= 1
        if first == k:
            continue
        start = starts[first]
        if not 2 <= starts[k] - start <= 4 or (start and _WORD_CHAR.match(line, start - 1)):
            continue
        if any(cls[j] in surname and cls[j + 1] in given for j in range(first, k - 1)):
            continue  # a person's full name (鈴木一郎): no place's
        if free(start, ends[k]):
            out.append((start, ends[k]))
    return out


# A name of two or three kanji and a government's suffix as a sentence's subject or source (東雲市は, 鳥沢市によると)
_GOVERNMENT = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー])([\u4e00-\u9fff]{2,3}([市町村]))(?=は|が|も|によると|によれば"
                         r"|の[^。、「」]{2,10}?\2長)")  # (上庄町の中川浩町長: the head of that town)
# the suffix alone as a sentence's subject after it (市は「…」としている): the article speaks of that town again
_BARE = {k: re.compile(r"(?:^|(?<=[。、\s]))" + k + r"(?:は|が|によると)") for k in "市町村"}
_SPACED_GIVEN = re.compile(r"[ 　][\u4e00-\u9fff々ぁ-ゖ]")  # a given name printed after it: the name is a person's
_NOT_A_NAME = re.compile(r"^[同本当各全両新旧大小他隣近]|[県都府道区市町村]{2}")  # 同市, 本市, 隣町, 市町村: no town's name


def governing_places(flat: str, free) -> list[tuple[int, int]]:
    """(start, end) of each mention of a town UniDic reads as common words that the article writes as a sentence's
    subject or source and at least twice (see the module's doc); `free(start, end)`: no actor there yet."""
    names = {m.group(1) for m in _GOVERNMENT.finditer(flat) if not _NOT_A_NAME.search(m.group(1))}
    out: list[tuple[int, int]] = []
    for name in names:
        at = [m.start() for m in re.finditer(re.escape(name), flat) if not (m.start() and _WORD_CHAR.match(flat, m.start() - 1))]
        again = len(at) >= 2 or (at and (flat.find("同" + name[-1], at[0]) >= 0 or _BARE[name[-1]].search(
            flat, at[0] + len(name)) is not None))  # (鳥沢市は…。同市は / 市は: named again)
        if again and not any(_SPACED_GIVEN.match(flat, s + len(name)) for s in at):  # (十日町 瞬: a surname)
            out += [(s, s + len(name)) for s in at if free(s, s + len(name))]
    return sorted(out)
