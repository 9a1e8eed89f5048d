"""Known clubs by the short names sports news calls them (阪神, 中日, 巨人, 日本ハム): a club's `sport` forms in the
gazetteer, read as the club only where the article is about a game.

Out of sport these words name a region (阪神), China and Japan (中日), a giant (巨人) or a food maker (日本ハム), so
a form counts only
- in an article with a game's word or a score (`club_slots.game`: 本塁打, 先発, 勝利, ４－２ …), a season's
  (連敗, 入団, ドラフト, リーグ) or a side's after a form (阪神戦, 巨人打線), or in a line with a player's or a
  manager's word (`club_slots.SIGN`: 選手, 監督, コーチ …);
- standing as a word of its own: no letter of a name right before it (北広島, 東京巨人) but 元, 前 or 対 (元巨人の,
  対中日戦), and none right after it (中日新聞, 阪神電鉄, 巨人軍) but a side's words (阪神戦, 巨人打線, 中日球団).

A form found so replaces what the gazetteer's scan read there (ソフトバンク the group, a place), so that the
club is one actor with its full name (阪神タイガース and 阪神 alike).
"""

from __future__ import annotations

import re

from .club_slots import SIGN, game

_NAME_CHAR = re.compile(r"[\u4e00-\u9fff々ァ-ヺーA-Za-z]")
_BEFORE_OK = frozenset("元前対")  # 元巨人の, 前中日の, 対阪神戦
# What a side's name may run into: a match, its line-up, its staff and its seasons (阪神戦, 巨人打線, 中日球団).
_AFTER_OK = re.compile(r"戦|打線|投手陣|打撃陣|救援陣|先発|ナイン|球団|二軍|一軍|入り|移籍|時代|一筋|監督|コーチ|選手")
_SEASON = re.compile(r"連敗|連勝|降板|入団|退団|戦力外|ドラフト|リーグ")  # a season's words, no game's (`game`)


def sport_clubs(flat: str, scanned: list[tuple[int, int, str]], forms: dict[str, str],
                pattern: "re.Pattern[str] | None") -> tuple[list[tuple[int, int, str]], dict[int, int]]:
    """`scanned` (start, end, actor id of the gazetteer's aliases in `flat`, an article's passages joined by line
    breaks) with each club `forms` (form -> club id) shows standing in a game's article put in, in place of what
    was read over it; and those clubs, start -> end."""
    if pattern is None:
        return scanned, {}
    hits = [m for m in pattern.finditer(flat) if _stands(flat, m.start(), m.end())]
    if not hits:
        return scanned, {}
    in_game = game(flat) or _SEASON.search(flat) is not None or any(
        _AFTER_OK.match(flat, m.end()) for m in hits)  # 巨人戦, 阪神打線: a side's words are a game's
    clubs = [(m.start(), m.end(), forms[m.group()]) for m in hits if in_game or _line_signed(flat, m.start())]
    if not clubs:
        return scanned, {}
    kept = [x for x in scanned if not any(x[0] < e and s < x[1] for s, e, _ in clubs)]
    return sorted(kept + clubs, key=lambda x: (x[0], -x[1])), {s: e for s, e, _ in clubs}


def _stands(flat: str, start: int, end: int) -> bool:
    """Whether the form at flat[start:end] is a word of its own (see the module's docstring)."""
    if start and _NAME_CHAR.match(flat, start - 1) and flat[start - 1] not in _BEFORE_OK:
        return False
    return not (end < len(flat) and _NAME_CHAR.match(flat, end) and not _AFTER_OK.match(flat, end))


def _line_signed(flat: str, at: int) -> bool:
    """Whether the line around `at` holds a player's or a manager's word."""
    start = flat.rfind("\n", 0, at) + 1
    end = flat.find("\n", at)
    return SIGN.search(flat, start, len(flat) if end < 0 else end) is not None
