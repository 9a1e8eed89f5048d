"""Clubs written alone (巨人, 楽天, 阪神, 広島, 日本ハム, DeNA) where a line about a game puts them where only a
side stands: before a side's unit, before の and a player, as the sides of a result. Never from the word alone
in another genre: 広島 the city, 西武 of 西武線, countries in a match. Sentences of our own; each fails without
the rule (`actors.club_slots`)."""

from __future__ import annotations

import pytest

from tui.news import actors


def kinds(text: str) -> list[tuple[str, str]]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [(text[f.start:f.end], (new.get(f.actor) or gaz.entries[f.actor]).kind) for f in hits]


def orgs(text: str) -> list[str]:
    return [w for w, k in kinds(text) if k == "organization"]


@pytest.mark.parametrize("text, clubs", [
    ("巨人打線は序盤から楽天投手陣を攻略した。", ["巨人", "楽天"]),  # a side's unit
    ("オリックス先発の山岡が好投し、西武打線を２点に抑えた。", ["オリックス", "西武"]),
    ("楽天の則岡投手が、通算１００勝を達成した。", ["楽天"]),  # a player after の (a name UniDic cuts)
    ("西武の源田が、九回に適時打を放った。", ["西武"]),
    ("日本ハムの新庄監督は、試合前に選手と言葉を交わした。", ["日本ハム"]),  # a place and a word
    ("ＤｅＮＡの三浦監督は、継投の判断を説明した。", ["ＤｅＮＡ"]),  # letters, a manager with no game's word
    ("阪神は甲子園で巨人に４−２で勝ち、首位を守った。", ["阪神", "巨人"]),  # both sides of a result
    ("中日は延長戦の末に広島を破り、連敗を止めた。", ["中日", "広島"]),  # not two countries
    ("中日の立浪監督は、若手の起用について語った。", ["中日"]),
    ("ＤｅＮＡの三崎監督は、試合後に継投を振り返った。", ["ＤｅＮＡ"]),  # a surname UniDic reads as a place
    ("広島打線が、ヤクルトの救援陣から３点を奪った。", ["広島", "ヤクルト"]),  # a side's unit after の
])
def test_a_club_written_alone_in_a_side_slot(text, clubs):
    assert orgs(text) == clubs


def test_a_club_found_once_is_the_club_again_in_the_article():
    text = "巨人打線は楽天投手陣を攻略した。\n巨人は３連勝となった。"
    assert orgs(text) == ["巨人", "楽天", "巨人"]


@pytest.mark.parametrize("text", [
    "楽天は、ネット通販の利用者が増えたと話した。",  # no game's word: no club (nor a company's act)
    "西武線は、台風のため始発から運転を見合わせた。",  # a railway's line
    "広島は、原爆の日を迎えた。",  # the city
    "東京の佐藤監督は、新作映画の撮影に入った。",  # a place and a film director
    "映画の是枝監督が、新作を発表した。",  # a common word before a director
    "相手打線を３安打に抑えた。",  # a side in general
    "母校の田中監督は、甲子園での勝利を喜んだ。",
])
def test_no_club_outside_a_side_slot(text):
    assert orgs(text) == []


def test_countries_in_a_match_stay_countries():
    assert kinds("日本は韓国に２−１で勝ち、決勝に進んだ。") == [("日本", "country"), ("韓国", "country")]
    assert ("中", "country") in kinds("日中の首脳が、北京で会談した。")


def test_the_side_before_a_result_after_a_topic_is_the_club_not_two_countries():
    assert orgs("神宮球場では巨人が中日に４―３で逆転勝ちした。") == ["巨人", "中日"]


def test_a_person_after_a_club_found_and_a_dot_is_the_name_after_the_dot():
    text = "湘南ブリーズが、首位の北陸ユナイテッドを２―１で破った。\n北陸ユナイテッド・ロペス監督は「次に臨む」と話した。"
    assert ("ロペス", "person") in kinds(text)
    assert ("北陸ユナイテッド", "organization") in kinds(text)


@pytest.mark.parametrize("text, clubs", [
    ("磐田に１−３で敗れた清水は、１７位に後退した。", ["磐田", "清水"]),  # a surname's word, the side the result describes
    ("甲府を２−０で下した長崎は、３連勝とした。", ["甲府", "長崎"]),
])
def test_the_side_a_result_describes_is_a_club(text, clubs):
    assert orgs(text) == clubs


@pytest.mark.parametrize("text", [
    "ジョコビッチに１−６で敗れた錦織は、肩を落とした。",  # a player beaten by a player: no club
    "田中に２−１で勝った鈴木は、準決勝に進んだ。",
])
def test_a_player_a_result_describes_is_no_club(text):
    assert orgs(text) == []


@pytest.mark.parametrize("text, org", [
    ("横浜ＦＭは敵地で引き分けた。", "横浜ＦＭ"),  # a town and letters: the club's name whole
    ("東京ＭＸで特番が放送された。", "東京ＭＸ"),
])
def test_letters_after_a_town_are_one_name_with_it(text, org):
    assert orgs(text) == [org]


@pytest.mark.parametrize("text, clubs", [
    ("阪神は十一回、近本が適時打を放って均衡を破った。", ["阪神"]),  # the topic of another's play; 均衡 no side
    ("中日は延長十一回、細川のサヨナラ本塁打で競り勝った。", ["中日"]),  # not two countries
])
def test_the_topic_of_a_players_play_is_the_club(text, clubs):
    assert orgs(text) == clubs


def test_a_player_who_plays_is_no_club():
    assert orgs("近藤が出塁すると、山川が左翼席へ本塁打を放った。") == []


@pytest.mark.parametrize("text", [
    "卓球女子の張本美和が、世界２位を破った。",  # a division before の and a player
    "柔道の阿部が一本勝ちで優勝した。",  # a sport
    "フィギュアスケートの全日本選手権女子は、樋渡が首位に立った。",
])
def test_a_division_or_a_sport_before_a_player_is_no_club(text):
    assert orgs(text) == []


@pytest.mark.parametrize("text, clubs", [
    ("▽Ｊ１　鹿島２（１―０、１―１）１浦和（得点者）鹿・鮫島", ["鹿島", "浦和"]),  # a result with the halves' scores
    ("Ｊ２の甲府は岡山に０―３で敗れた。", ["甲府", "岡山"]),  # a league and の, and the side of its result
    ("セ・リーグの阪神は首位を守った。", ["阪神"]),
])
def test_football_results_with_halves_and_a_league_before_its_club(text, clubs):
    assert [o for o in orgs(text) if o not in ("Ｊ１", "Ｊ２")] == clubs


def test_a_katakana_scorer_joined_by_a_point_is_one_name():
    from conftest import persons

    assert persons("（得点者）鹿・鮫島、レアンドロ・シウバ") == ["鮫島", "レアンドロ・シウバ"]


@pytest.mark.parametrize("text, clubs", [
    ("３試合があり、白鷺化成ブルーアローズが鳴海精工シャークスを３―１で破った。", ["白鷺化成ブルーアローズ", "鳴海精工シャークス"]),
    ("▽ひばり損保ドルフィンズ３―０アルテ甲斐", ["ひばり損保ドルフィンズ", "アルテ甲斐"]),  # (a side with kana in it)
])
def test_teams_of_a_sponsor_and_a_nickname_by_their_result(text, clubs):
    assert orgs(text) == clubs


def test_players_of_one_against_one_are_no_teams_by_their_result():
    assert orgs("準決勝は、錦織がジョコビッチを２―１で破った。") == []
