"""Persons in the frames of foreign news, entertainment and sport the fourteenth development set showed: katakana given
names before a surname in kanji, a ・-joined name after a word for a person or a role and a comma, a real name after
本名・, titles of trainers, officers and strategists, the roles of streamers and songwriters, a child's hiragana name
before 君 and an age. Sentences of our own; each fails without its rule."""

from __future__ import annotations

import pytest

from conftest import article_persons, persons


@pytest.mark.parametrize("text, names", [
    ("被告の弁護を担当するジョン・高橋弁護士は、控訴する考えを示した。", ["ジョン・高橋"]),  # a given name and ・ before a surname
    ("モデルのマリア・ローズ鳥羽（２３）が、映画で主演を務める。", ["マリア・ローズ鳥羽"]),  # two given names glued to it
    ("港北ブレイズ・宮田浩之監督は「粘り勝ちだ」と話した。", ["宮田浩之"]),  # a club's name before ・: no given name
])
def test_katakana_given_names_before_a_surname_in_kanji(text: str, names: list[str]) -> None:
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("武装組織の幹部サミール・ハッダード氏が声明を出した。", ["サミール・ハッダード"]),  # a word for a person before the name
    ("エチオピアの陸上選手、フェイス・ゲブレメドヒンが、大会記録を更新した。", ["フェイス・ゲブレメドヒン"]),  # a role and a comma
    ("モンゴル出身の前頭白鷲山（本名・バトエルデネ・ガンゾリグ）が勝ち越した。", ["白鷲山", "バトエルデネ・ガンゾリグ"]),
])
def test_joined_names_after_a_word_for_a_person_a_role_or_a_real_names_mark(text: str, names: list[str]) -> None:
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("管理する北条調教師は、これが重賞初勝利となった。", ["北条"]),
    ("自動車大手の二輪部門を率いるマルコ・ベルティ執行役は、新工場の稼働を発表した。", ["マルコ・ベルティ"]),
    ("大手証券の真鍋シニアストラテジストは、株価の上昇が続くとみる。", ["真鍋"]),
])
def test_titles_of_trainers_officers_and_strategists(text: str, names: list[str]) -> None:
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("人気配信者のキャプテン岩淵が、ゲーム大会で司会を務めた。", ["キャプテン岩淵"]),
    ("VTuberの夜咲ぽむが、三周年の記念配信を開いた。", ["夜咲ぽむ"]),
    ("主人公の声は、新人の千早ゆめが務める。", ["千早ゆめ"]),  # (千早 alone is a place)
    ("小学２年のあおと君（７）が、表彰された。", ["あおと"]),  # a hiragana name before 君 and an age
])
def test_streamers_newcomers_and_children(text: str, names: list[str]) -> None:
    assert persons(text) == names


def test_a_stage_name_after_a_role_is_filed_by_its_surname_which_names_it_later() -> None:
    lines = ["タレントのジャンボ宮内（３８）が１２日、都内で主演舞台の制作発表に出席した。", "宮内は「体重を落として臨む」と宣言した。"]
    assert article_persons(lines) == [["ジャンボ宮内"], ["宮内"]]


def test_a_name_the_article_gave_heads_a_comment_line_in_brackets() -> None:
    lines = ["前頭３枚目の蒼海龍（２４）が初優勝を果たした。", "相手の大関琴ノ浦は、この日も敗れた。",
             "【蒼海龍】「頭が真っ白になった」", "【大関・琴ノ浦】「出直します」"]
    assert article_persons(lines)[2:] == [["蒼海龍"], ["琴ノ浦"]]
