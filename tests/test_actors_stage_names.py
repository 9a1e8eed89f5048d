"""Stage names after an entertainer's occupation, ring names of a katakana word and a surname, emperors, and a
foreign name whose last part UniDic holds with its ・ (`actors.stage_names`, `actors.foreign`). Sentences of our
own; each fails without its change."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("タレントのRIRIKAさんが第１子を出産した。", ["RIRIKA"]),  # letters: no brand's name after タレントの
    ("歌手でタレントのMISAKIさん（３５）が婚約を報告した。", ["MISAKI"]),
    ("自称ラッパーのRYUJIこと竜崎司容疑者を逮捕した。", ["RYUJI", "竜崎司"]),
    ("アントニオ猪木さんが死去した。", ["アントニオ猪木"]),  # not 猪木 alone
    ("プロレスラーのサンダー岩城さんが引退試合に臨んだ。", ["サンダー岩城"]),
    ("ピン芸人のハリケーン松浦（４１）が単独ライブを開いた。", ["ハリケーン松浦"]),  # before an age
    ("お笑いコンビ「ねじまき荘」のジョニー大和田（３１）が冠番組を持つ。", ["ジョニー大和田"]),
    ("お笑いライブには同期のサンシャイン健吾も出る。", ["サンシャイン健吾"]),  # a given name's kanji on a stage
    ("相方のハッピー田所は「先を越された」とコメントした。", ["ハッピー田所"]),  # 相方: a comedy pair
    ("プロレスラーのジャンボ石動さんが死去した。", ["ジャンボ石動"]),  # 石動 read as a place
    ("明治神宮では、明治天皇の遺品を集めた特別展が始まった。", ["明治天皇"]),
    ("後醍醐天皇は吉野に移った。", ["後醍醐天皇"]),
    ("ルーブル美術館は、レオナルド・ダ・ヴィンチの素描を修復した。", ["レオナルド・ダ・ヴィンチ"]),
])
def test_stage_ring_and_emperors_names_are_persons(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "モデルのSNSが炎上した。",  # an acronym
    "歌手のコンサートは満員だった。",  # katakana before a particle: a common word
    "歴代天皇の陵墓を調べた。",
    "昭和天皇実録が刊行された。",  # 天皇 inside a longer word: a book's name
    "ベテラン山田が決勝打を放った。",  # no ring nor stage in the line, ベテラン no name's word
])
def test_words_in_those_shapes_make_no_such_person(text):
    got = persons(text)
    assert not any(n in ("SNS", "コンサート", "歴代天皇", "昭和天皇", "ベテラン山田") for n in got), got


@pytest.mark.parametrize("text, names", [
    ("バンドのボーカル・ＨＩＲＯが作詞した。", ["ＨＩＲＯ"]),  # letters after an occupation and ・
    ("司会はマリア・ゴンザレボスが務めた。", ["マリア・ゴンザレボス"]),  # a credit and は before a joined name
])
def test_names_after_an_occupation_and_dot_or_a_credit(text, names):
    assert persons(text) == names


def test_a_joined_loanword_after_a_credit_word_alone_is_no_name():
    assert persons("主な出演作はテレビ・ドラマが多い。") == []


@pytest.mark.parametrize("text, names", [
    ("舞台は、ジョーダン役を小早川、リサ役を白鳥まいが演じる。", ["小早川", "白鳥まい"]),  # a part's name is no person
    ("声優のあおいゆずが、人気アニメの主人公役に抜てきされた。", ["あおいゆず"]),  # a name in hiragana
])
def test_characters_before_their_part_and_hiragana_stage_names(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "ヒロイン役のオーディションが開かれた。",  # a word for a part, no character's name
    "歌手のような声だと評された。",
])
def test_parts_and_hiragana_words_make_no_such_person(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("磐田は名古屋と引き分け、ＧＫ三角が後半のＰＫを止めた。", ["三角"]),  # a triangle to UniDic
])
def test_kanji_right_after_a_players_position_are_the_players_surname(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", ["ＤＦ陣が最後まで踏ん張った。", "ＭＦ起用が当たった。"])
def test_a_suffix_or_verbal_noun_after_a_position_is_no_player(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [("ロッテの先発ソトは５回で降板した。", ["ソト"])])
def test_a_katakana_name_after_a_sides_pitching_role_is_the_pitcher(text, names):
    assert persons(text) == names


def test_a_loanword_after_a_pitching_role_is_no_pitcher():
    assert persons("巨人の先発メンバーが発表された。") == []
