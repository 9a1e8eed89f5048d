"""Lines of players' and managers' comments that open with the club and the person's name set off by ・ and a
space, with no title, as sports pages' round-ups write them: ソフトバンク・井上　勝ち越しソロがプロ1号。「…」,
◇日本ハム・伊藤 九回途中、6失点。「…」, or with a colon before the words and a note in brackets before it (北陸・石黒
（GK）：「…」). The words before ・ are the club, the name after it (a surname or a full
name in kanji, or katakana) the person; only at a line's start, after a mark at most, and only in a line that
quotes someone after the space, so that a residence (東京・田中さん) or a list (米・ロ) is none of them.
"""

from __future__ import annotations

import re

from .team_prefix import SIDE_TITLE

SIGN = re.compile(r"・[\u4e00-\u9fff々ァ-ヺー]{1,8}(?:[ 　][^「]*|(?:[（(][^（）()「」]{1,16}[）)])?[：:])「")
_HEAD = re.compile(r"^[◇◆■●▽▼□◎]?[ 　]?([\u4e00-\u9fff々ァ-ヺーA-Za-z]{2,8})・"
                   r"([\u4e00-\u9fff々][\u4e00-\u9fff々ヶケノ]{0,4}|[ァ-ヺ][ァ-ヺー]{1,7})"  # (梶ケ谷, 井ノ口)
                   r"(?=[ 　][^「]*「|(?:[（(][^（）()「」]{1,16}[）)])?[：:]「)")  # (北陸・石黒（GK）：「…」: a colon's line too)


def comment_heads(line: str, club_free, free) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((start, end) of the club, (start, end) of the person) that open the line, if it is such a comment and
    `club_free` and `free` allow them (`club_free` lets the club hold a country found already: 日本ハム)."""
    m = _HEAD.match(line)
    if m is None or SIDE_TITLE.search(m.group(2)):
        return None  # 西武・松井監督 …: a title after the name, read by the title's rules
    if not club_free(*m.span(1)) or not free(*m.span(2)):
        return None
    return m.span(1), m.span(2)
