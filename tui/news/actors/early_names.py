"""The names culture, arts and obituary pages write that are read before the organisations' rules and held at
once, then taken with the lines' names (so that a surname or given name alone later is theirs): names printed with a
space between surname and given name (`spaced_names`: 宇野 風（ボーカル）, read before any rule takes either half), katakana
names in a credits line (`credit_names`: 音楽・アドリアン・ファルク), names after a
calling (`job_names`), names from abroad after where they come from (`origin_names`: カナダ出身のコリン・マクギルヴレイ),
a storyteller's house and name with the name given alone later (`house_names`), and the two players of a bout in a sport played one against one (`bout_names`: 大宮が花巻を４―１で破った, which the clubs' rules
would read as two towns' clubs).
"""

from __future__ import annotations

from collections.abc import Callable

from .bout_names import SIGN as BOUT_SIGN, SOLO, bout_names
from .credit_names import SIGN as CREDIT_SIGN, credit_names
from .house_names import ARTS, SIGN as HOUSE_SIGN, given_again, house_names
from .job_names import SIGNS as JOB_SIGNS, job_names
from .lines import Line
from .origin_names import SIGN as ORIGIN_SIGN, origin_names
from .name import Name
from .spaced_names import SIGN as SPACED_SIGN, spaced_names


def early_names(flat: str, lines: list[Line], rows: Callable[..., set[int]], occupied: bytearray) -> list[Name]:
    """The names of the module's doc in the article `flat` (its `lines`; `rows(*patterns)`: the rows where one of
    the patterns is found), each marked in `occupied` as it is found."""
    out: list[Name] = []

    def hold(x: Line, s: int, e: int, key: str) -> None:
        occupied[x.at + s:x.at + e] = b"\1" * (e - s)
        out.append(Name(x.at + s, x.at + e, key, True))

    for row in sorted(rows(SPACED_SIGN)):  # 宇野 風（ボーカル）, 佐藤 ちなつ: a full name printed with a space
        x = lines[row]
        for n in spaced_names(x.text, x.toks, x.marks, x.free):
            hold(x, n.start, n.end, n.surname)
    for row in sorted(rows(CREDIT_SIGN)):  # 音楽・アドリアン・ファルク: a katakana name in a credits line
        x = lines[row]
        for s, e in credit_names(x.text, x.free):
            hold(x, s, e, x.text[s:e].rsplit("・", 1)[-1])
    for row in sorted(rows(*JOB_SIGNS)):  # 指揮者マルコ・ベルティーニ氏, 鴨川なずな女流三段
        x = lines[row]
        for s, e, key in job_names(x.text, x.words, x.free):
            hold(x, s, e, key)
    for row in sorted(rows(ORIGIN_SIGN)):  # カナダ出身のコリン・マクギルヴレイ: a person named after where they come from
        x = lines[row]
        for s, e, key in origin_names(x.text, x.free):
            hold(x, s, e, key)
    for row in sorted(rows(BOUT_SIGN)) if SOLO.search(flat) else ():  # 大宮が花巻を４―１で破った: a bout's players
        x = lines[row]
        for s, e in bout_names(x.text, x.free):
            hold(x, s, e, x.text[s:e])
    tellers: list[str] = []
    for row in sorted(rows(HOUSE_SIGN)) if ARTS.search(flat) else ():  # 春雨亭かもめ: a storyteller's house and name
        x = lines[row]
        for s, e, key in house_names(x.text, x.free):
            hold(x, s, e, key)
            tellers.append(key)
    for x in lines if tellers else ():  # ちどりは: the name given alone, the storyteller's
        for s, e, key in given_again(x.text, tellers, x.free):
            hold(x, s, e, key)
    return out
