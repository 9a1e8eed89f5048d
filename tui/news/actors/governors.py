"""A governor's or a player's surname UniDic reads as a place: 宮下知事, 村井知事, 森脇投手.

A governor governs a prefecture, and a prefecture is named before 知事 with its kind (青森県知事, 東京都知事) or,
in short, by its own name. Any other place's word right before 知事 is the governor's surname (宮下 is a
town's name too); the prefectures' names themselves stay places (a 千葉 before 知事 may be either, and the
place is the safer reading).
"""

from __future__ import annotations

GOVERNOR_TITLES = frozenset(("知事", "前知事", "元知事"))

PREFECTURES = frozenset((
    "北海道 青森 岩手 宮城 秋田 山形 福島 茨城 栃木 群馬 埼玉 千葉 東京 神奈川 新潟 富山 石川 福井 山梨 長野 岐阜 "
    "静岡 愛知 三重 滋賀 京都 大阪 兵庫 奈良 和歌山 鳥取 島根 岡山 広島 山口 徳島 香川 愛媛 高知 福岡 佐賀 長崎 "
    "熊本 大分 宮崎 鹿児島 沖縄").split())


def governor_surname(word: str, title: str) -> bool:
    """`word`, a place's word right before `title`, is a governor's surname: the title is a governor's and
    the word names no prefecture."""
    return title in GOVERNOR_TITLES and word not in PREFECTURES


# A player's position after a name: a place's word right before one is the player's surname (森脇投手), not a
# club's (a club by its town goes before 監督, 選手 or 打線, and with の before a position: 広島の投手).
PLAYER_POSITIONS = frozenset(("投手", "捕手", "内野手", "外野手"))
PLAYER_TITLES = PLAYER_POSITIONS | {"選手"}  # a player's titles (a surname in two odd kanji before one: 浅村選手)


def player_surname(word: str, title: str) -> bool:
    """`word`, a place's word right before `title`, is a player's surname: the title is a player's position and
    the word names no prefecture."""
    return title in PLAYER_POSITIONS and word not in PREFECTURES
