"""A correspondent's byline in the bracket that opens a wire story or a report from abroad (【北京＝宇佐川陽】,
【ワシントン＝笹森恭平】, 【サンパウロ＝肥前　さやか】): the place the report is filed from, ＝, and the writer's name, a
person. A news agency or a
desk in the writer's place (【ロンドン＝共同】, 【北京＝本社】) names no one; so does a name of two kanji UniDic reads
as no person's words.
"""

from __future__ import annotations

import re

from .tokens import tokenize

SIGN = re.compile(r"^【[^【】＝=「」]{1,12}[＝=][^【】]{2,8}】", re.M)
_BYLINE = re.compile(r"【[^【】＝=「」]{1,12}[＝=]([\u4e00-\u9fff々ヶ]{2,6}|[\u4e00-\u9fff々ヶ]{1,4}[ 　][\u4e00-\u9fff々ヶぁ-ゖ]{1,4})"
                     r"(?:[、・][^【】]{1,8})?】")  # (【サンパウロ＝肥前　さやか】: a surname and a given name apart)
# News agencies and desks that stand where the writer would (a wire story, the paper's own desk)
_DESKS = frozenset("共同 時事 新華社 聯合 本社 支局 総局 特派員 編集部 取材班 取材団 写真部".split())


def bylines(line: str, free) -> list[tuple[int, int, str]]:
    """(start, end, surname) of the writer a byline at the line's start names, where `free` allows."""
    m = _BYLINE.match(line)
    if m is None:
        return []
    name = m.group(1)
    s, e = m.span(1)
    if name in _DESKS or name.endswith(("社", "局", "部", "班")) or not free(s, e):
        return []
    toks = tokenize(name)
    if len(name) == 2 and "人名" not in toks.pos2:
        return []
    if " " in name or "　" in name:
        return [(s, e, re.split("[ 　]", name)[0])]  # (the surname before the space)
    first = toks.surfaces[0] if toks.surfaces else name
    surname = first if 2 <= len(first) < len(name) else name[:2] if len(name) >= 3 else name[:1]  # (by UniDic's first word)
    return [(s, e, surname)]
