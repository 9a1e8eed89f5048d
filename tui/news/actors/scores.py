"""The sides of a score in a result's heading: 【オリックス３−２西武】, <中日３−４DeNA>, as game reports head
their text, or a result's line with no brackets, from the line's start or a mark, before the game's day and
ground in brackets (◇セ・リーグ 中日7ー3DeNA(3日、横浜), 「中日3-2阪神」(16日)), or a football result with its halves'
scores in brackets between the two (鹿島２（１―０、１―１）１浦和), or a sentence's result between two teams named by a
sponsor and a nickname (石鎚重工ブルーオーガーズがさくら運輸ハーツを３４―２７で破った). The words right before the first
number and right after the second are the two sides (clubs, schools, countries); the same words elsewhere in
the article are the sides again.
"""

from __future__ import annotations

import re

_SIDE = r"[\u4e00-\u9fff々ァ-ヺーA-Za-zＡ-Ｚａ-ｚ・]{1,12}?"
_SCORE = re.compile(rf"[【<＜〈]({_SIDE})[0-9０-９]{{1,2}}[−\-－―][0-9０-９]{{1,2}}({_SIDE})[】>＞〉]")
# No brackets: each side two characters or more, from the line's start, a space or a mark, to a bracket, a
# space or the line's end; a long vowel mark may stand for the dash between the numbers (中日7ー3DeNA).
_LONG = r"[\u4e00-\u9fff々ァ-ヺーA-Za-zＡ-Ｚａ-ｚ・]{2,12}?"
_OPEN = r"[\u4e00-\u9fff々ぁ-ゖァ-ヺーA-Za-zＡ-Ｚａ-ｚ・]{2,14}?"  # (a line's sides may hold kana: みなと損保ドルフィンズ)
_OPEN_SCORE = re.compile(rf"(?:^|(?<=[\s◇◆■□●○▽▼「】]))({_OPEN})[0-9０-９]{{1,2}}[−\-－―ー][0-9０-９]{{1,2}}({_OPEN})"
                         rf"(?=[（(」\s]|$)", re.M)
# A football result with the halves' scores in brackets: 鹿島２（１―０、１―１）１浦和
_HALVES = re.compile(rf"(?:^|(?<=[\s◇◆■□●○▽▼「　]))({_LONG})[0-9０-９]{{1,2}}[（(][0-9０-９]{{1,2}}[−\-－―ー][0-9０-９]{{1,2}}"
                     rf"[、，,][0-9０-９]{{1,2}}[−\-－―ー][0-9０-９]{{1,2}}[）)][0-9０-９]{{1,2}}({_LONG})(?=[（(」\s　]|$)", re.M)
_DASHES = "−-－―ー"
SIGN = re.compile(f"[0-9０-９][{re.escape(_DASHES)}][0-9０-９]")  # a line where no score is written holds none
# The same places found from their dash, rarer than a digit: one regex a dash, each a literal found in C.
SIGNS = tuple(re.compile(f"{re.escape(d)}(?<=[0-9０-９]{re.escape(d)})(?=[0-9０-９])") for d in _DASHES)


# A result told in a sentence between two teams named by a sponsor and a nickname (富樫化成ブルーヘロンズが鳴門精工
# マリンズを３―１で破った): kanji or kana, then katakana, on each side of が (は) and を (に) before the score and で
_TEAM = r"[\u4e00-\u9fff々ぁ-ゖ]{1,8}[ァ-ヺ][ァ-ヺー]{2,11}"
_RESULT = re.compile(rf"(?:^|(?<=[、。\s▽◇]))({_TEAM})(?:が|は)[、，]?({_TEAM})(?:を|に)[0-9０-９]{{1,3}}[−\-－―ー]"
                     rf"[0-9０-９]{{1,3}}で")
_PARTICLE = re.compile(r".*[はがをでの](?=[\u4e00-\u9fff])")  # (試合はさくら運輸ハーツ: the topic's words before it)


def score_sides(line: str, free) -> list[tuple[int, int]]:
    """(start, end) of each side of the line's bracketed scores, and of a sentence's result between two teams of a
    sponsor and a nickname (`_RESULT`), where `free` allows."""
    out = []
    for rx in (_SCORE, _OPEN_SCORE, _HALVES, _RESULT):
        for m in rx.finditer(line):
            for k in (1, 2):
                s, e = m.span(k)
                if rx is _RESULT and (lead := _PARTICLE.match(line, s, e)):
                    s = lead.end()
                if free(s, e) and (s, e) not in out:
                    out.append((s, e))
    return sorted(out)


def side_at(text: str, start: int, end: int) -> bool:
    """text[start:end] is a side of a bracketed score (中日 of <中日３−４DeNA>: the club, not two countries)."""
    if not ((start and text[start - 1] in "【<＜〈") or (end < len(text) and text[end] in "】>＞〉")):
        return _open_side_at(text, start, end)
    m = _SCORE.search(text, max(0, start - 20), end + 20)
    while m is not None and m.start() <= end:
        if m.span(1) == (start, end) or m.span(2) == (start, end):
            return True
        m = _SCORE.search(text, m.start() + 1, end + 20)
    return False


def _open_side_at(text: str, start: int, end: int) -> bool:
    """text[start:end] is a side of a score with no brackets (`_OPEN_SCORE`) on its line."""
    if not (text[end:end + 1].isdigit() or text[start - 1:start].isdigit()):
        return False
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    for m in _OPEN_SCORE.finditer(text, lo, len(text) if hi < 0 else hi):
        if m.span(1) == (start, end) or m.span(2) == (start, end):
            return True
    return False
