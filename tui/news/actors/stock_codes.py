"""A listed company by its securities code: ソフトバンクグループ＜9984＞, ディスコ＜6146＞, ソニーグループ(6758).

Market and business pages give a listed company's four-character code in brackets right after its name, in
angle brackets (＜9984＞) or, on some sites, round ones. The name is the run of nouns right before the bracket,
without the describing words a page may put before it (大手商社 of 大手商社丸紅); a year in round brackets
(大阪万博(2025)) is no code.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .tokens import KANJI, Toks, chars

SIGN = re.compile(r"[＜<(（][0-9０-９][0-9０-９A-Z]{3}[＞>)）]")
_ANGLED = re.compile(r"[＜<][0-9０-９][0-9０-９A-Z]{3}[＞>]")
_YEAR = re.compile(r"[(（](?:19|20|１９|２０)[0-9０-９]{2}[)）]")
_LONGEST = 20


def coded_orgs(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """The companies named right before a securities code in brackets in `line` (`free(start, end)`: no actor
    there yet)."""
    out: list[tuple[int, int]] = []
    noun, prefix, suffix = chars("pos", "名詞"), chars("pos", "接頭辞"), chars("pos", "接尾辞")
    common = chars("pos1", "普通名詞")
    for m in SIGN.finditer(line):
        if not _ANGLED.match(line, m.start()) and _YEAR.match(line, m.start()):
            continue
        k = bisect_left(toks.ends, m.start())
        if k >= len(toks) or toks.ends[k] != m.start():
            continue
        i = k
        while (i > 0 and toks.ends[i - 1] == toks.starts[i] and toks.classes[i - 1] in noun | prefix | suffix
               and m.start() - toks.starts[i - 1] <= _LONGEST):
            i -= 1
        while (i < k and toks.classes[i] in common and KANJI.fullmatch(toks.surfaces[i])
               and toks.classes[i + 1] not in suffix):
            i += 1  # 大手 + 商社 + 丸紅: the words that describe the company are no part of its name
        s, e = toks.starts[i], m.start()
        if toks.classes[i] in noun and e - s >= 2 and free(s, e):
            out.append((s, e))
    return out
