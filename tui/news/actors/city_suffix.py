"""A city, town, village, ward or prefecture UniDic does not know as a place, written with its suffix
before a particle: 北浜市は…と発表した, 隣の北浜市から, 北浜町の住民. UniDic reads the name as a surname
or another proper noun (北浜) and the suffix as a noun of its own (市).

The name is proper nouns only, of two to four characters, standing as a word (no kanji or katakana
joined before it) and no person's full name (姓 + 名): a common word before the suffix makes a common noun (政令市, 中核市, 城下町, 被災県),
one character a pronoun or prefix (同市, 各県, 本市, 全市), and a word UniDic reads whole (同町, 下町)
has no suffix of its own. A title after the suffix (北浜市長) is read elsewhere: only a particle here.
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
