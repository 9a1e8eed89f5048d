"""The two players of a bout, in a sentence of a sport played one against one: 大宮が花巻を４―１で破った, 林が森を４―２で
退け, 第５シードの日野がスペインのパブロ・ロサレスを６―４、７―６で破った, 日野はロサレスに３―６で敗れた.

In an article about such a sport (卓球, テニス or バドミントンのシングルス, レスリング, 柔道, ボクシング, フェンシング, 将棋,
囲碁), the words in a bout's two slots around a score are its players, whatever UniDic reads them as (大宮 and 花巻 are
towns to it; 林 and 森 common words). Not a country, a prefecture or a body (日本が中国を３―１で破った: a team event;
北越大が…: a university), nor a word of the game (決勝, 男子).
"""

from __future__ import annotations

import re

from .governors import PREFECTURES
from .result_lines import country_word
from .sport_words import BODY_END, STOP

SOLO = re.compile(r"卓球|シングルス|レスリング|柔道|ボクシング|フェンシング|将棋|囲碁|スカッシュ|テニス|バドミントン")
SIGN = re.compile(r"[0-9０-９]\s*で(?:破|下|退け|降|倒|制|敗|屈|競り負け)")  # a score's result: ４―１で破った
_SCORE = r"[0-9０-９]{1,2}\s*[―－—\-−]\s*[0-9０-９]{1,2}(?:\s*[、,]\s*[0-9０-９]{1,2}\s*[―－—\-−]\s*[0-9０-９]{1,2})*"
# (a full name the other rules read, and file by its surname: 和泉ひかり, 孫佳怡, パブロ・ロサレス; here a surname alone)
_NAME = r"[\u4e00-\u9fff々ヶ]{1,4}[ぁ-ゖ]{0,3}|[ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+)*"
_SURNAME = re.compile(r"[\u4e00-\u9fff々ヶ]{1,2}|[ァ-ヺ][ァ-ヺー]+")
_SIDE = r"(?:[\u4e00-\u9fffァ-ヺー]{1,8}の)?"  # the country or club before the second player (スペインのパブロ・ロサレス)
_WON = re.compile(rf"(?<![\u4e00-\u9fff々ァ-ヺー・])({_NAME})が{_SIDE}({_NAME})を{_SCORE}で(?:破|下|退け|降|倒|制)")
_LOST = re.compile(rf"(?<![\u4e00-\u9fff々ァ-ヺー・])({_NAME})は{_SIDE}({_NAME})に{_SCORE}で(?:敗|屈|競り負け)")
_GAME_WORDS = frozenset("決勝 準決勝 初戦 予選 本戦 男子 女子 団体 個人 シード 第".split())


def bout_names(line: str, free) -> list[tuple[int, int]]:
    """(start, end) of the players of the line's bouts (see the module), where `free(start, end)` allows."""
    out: list[tuple[int, int]] = []
    for rx in (_WON, _LOST):
        for m in rx.finditer(line):
            for g in (1, 2):
                s, e = m.span(g)
                word = m.group(g)
                if (not _SURNAME.fullmatch(word) or word in STOP or word in _GAME_WORDS or word in PREFECTURES
                        or BODY_END.search(word) or country_word(word) or not free(s, e)
                        or any(a < e and s < b for a, b in out)):
                    continue
                out.append((s, e))
    return out

