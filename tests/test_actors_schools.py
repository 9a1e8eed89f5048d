"""Schools by their short names in news of pupils and their games (`actors.school_names`), and a country's
one-character form read only where it stands as a word of its own (舞台, 赤川台中: no Taiwan, no China). Sentences of
our own; each fails without its rule."""

from __future__ import annotations

import pytest

from conftest import found_of


@pytest.mark.parametrize("text, school", [
    ("中学駅伝は赤川台中が５９分４８秒で優勝した。", "赤川台中"),  # a place, a site's word and the mark
    ("弓道の県高校総体、男子団体は雄物川北高が２０射１７中で制した。", "雄物川北高"),
    ("県高校総体で、書写台高の香住ひなた（２年）が初優勝した。", "書写台高"),  # common words before the mark
    ("児童書道展　▽金賞　白山陽菜（松任わかば小３年）", "松任わかば小"),  # kana in the name, a school year after it
    ("大学駅伝の往路成績　①湖北学園大５時間２０分１１秒　②南総大５時間２１分３９秒", "南総大"),  # a university, its time
    ("大会の先発を務める平塚は北越大出身の２４歳。", "北越大"),  # where the player studied
    ("絵画展の入選は、春日　遥さん（甲府市立あおば小５年）。", "甲府市立あおば小"),  # a school year is the article's sign
    ("拾ったのは水戸市立ゆずりは小学校の児童だった。", "水戸市立ゆずりは小学校"),  # kana before the whole word
])
def test_a_schools_short_name_in_news_of_pupils(text, school):
    assert school in found_of(text, "organization")


@pytest.mark.parametrize("text", [
    "駅伝大会の期間中は工事中の道を避け、午前中に過去最高の人出となった。",  # time, an act, an amount
    "生徒たちは授業中にも練習中の話をした。",
    "高校野球の大会は日本中で注目された。",  # a country before the mark
    "大会の規模は過去最大で、被害の拡大や重大な事故、甚大な影響も莫大な費用も出なかった。",  # words that end in 大
])
def test_no_school_from_words_that_end_so(text):
    assert found_of(text, "organization") == []


def test_no_country_inside_a_word():
    assert found_of("中学駅伝は赤川台中が優勝し、舞台あいさつもあった。", "country") == []
    assert found_of("日米首脳会談の後、首相は訪中した。", "country") == ["日", "米", "中"]


@pytest.mark.parametrize("text, school", [
    ("表彰式は桜ケ台中学校の体育館で開かれた。", "桜ケ台中学校"),  # UniDic reads 台中 (a city) into the name
    ("豊後なぎさ小学校で、閉校式があった。", "豊後なぎさ小学校"),  # a surname and a given name to UniDic
    ("山あいの若松沢小学校で２２日、式があった。", "若松沢小学校"),  # a kanji UniDic reads as a symbol (沢)
    ("見つけたのは浜松北中学校３年の生徒だった。", "浜松北中学校"),  # a pupil's year after the name
])
def test_a_schools_full_name_however_unidic_cuts_it(text, school):
    assert school in found_of(text, "organization")


def test_a_school_named_in_kana_alone_before_a_pupils_year() -> None:
    text = "【将棋小学生の部】①宮坂 律君（すずらん小５年）②新井 陽太君（あおば小３年）"
    assert [o for o in found_of(text, "organization") if o.endswith("小")] == ["すずらん小", "あおば小"]
    assert "ひばり小" not in found_of("児童は、ひばり小の校庭で遊んだ。", "organization")  # (no year after it: kana before 小 may be any word)
