"""Persons from the structure around them (issue 20): lists that share one title, a name after an
occupation, the speaker of a quote, names that call themselves so, a name before its country, and the
article's names found again. One test per pattern, on sentences of our own; each fails without its rule."""

from __future__ import annotations

import pytest

from conftest import persons, article_persons


@pytest.mark.parametrize("text, names", [
    ("式典には梶原と鶴見の両氏が出席した。", ["梶原", "鶴見"]),
    ("表彰式で、桐生、芦田、長浜の各選手が壇上に並んだ。", ["桐生", "芦田", "長浜"]),
    ("法廷では、宇佐美と大津の両被告が起訴内容を認めた。", ["宇佐美", "大津"]),
    ("田嶋・小柳両被告は起訴内容を認めた。", ["田嶋", "小柳"]),  # names in kanji joined by ・
])
def test_a_list_that_shares_one_title(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "記者会見には、社長、会長の両氏が出席した。",
    "父、母、私の３人で、夏の海へ出かけた。",
])
def test_common_words_in_a_list_are_no_names(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, name", [
    ("警察は、会社員東山容疑者（３１）を窃盗の疑いで逮捕した。", "東山"),
    ("初公判で、無職大河内被告は起訴内容を認めた。", "大河内"),
])
def test_a_surname_after_an_occupation_before_a_role(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("「まだ実感がない」と、長野は控室で話した。", "長野"),
    ("岡山は「来年も必ず戻ってくる」と語った。", "岡山"),
])
def test_the_speaker_of_a_quote(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text", [
    "「品質を最優先する」とトヨタは説明した。",
    "「まだ早い」と監督は首を振った。",
])
def test_a_company_or_a_common_word_speaking_is_no_person(text):
    assert persons(text) == []


def test_a_name_one_calls_oneself():
    assert persons("宿の主人は、源と名乗った。") == ["源"]
    assert persons("警察官と名乗る男から電話があった。") == []


@pytest.mark.parametrize("text, name", [
    ("男子マラソンは、カマウ（ケニア）が初優勝した。", "カマウ"),
    ("決勝で、ロペス（米国）がストレート勝ちした。", "ロペス"),
])
def test_a_name_before_its_country_in_brackets(text, name):
    assert persons(text) == [name]


def test_a_company_before_its_country_in_brackets_is_no_person():
    assert persons("サムスン電子（韓国）は新型の半導体を発表した。") == []


@pytest.mark.parametrize("text, names", [
    ("抑えのたっちゃんこと大城達也が、九回を締めた。", ["たっちゃん", "大城達也"]),
    ("「トミー」の愛称で知られる浜口俊也が、引退を発表した。", ["トミー", "浜口俊也"]),
])
def test_a_nickname_before_こと_or_の愛称(text, names):
    assert persons(text) == names


def test_a_name_the_article_gave_is_found_again_alone():
    found = article_persons(["俳優の久我山氏が、新作映画で主演を務める。", "雪の中の撮影が続き、久我山にも疲れが見えた。"])
    assert found == [["久我山"], ["久我山"]]



def test_a_kanji_name_holding_ノ_before_a_title():
    assert persons("県警によると、木ノ内容疑者は容疑を認めている。") == ["木ノ内"]


def test_a_name_before_an_executive_title_in_latin_letters():
    assert persons("新興企業を率いる真鍋ＣＥＯ（３５）は、大学在学中に起業した。") == ["真鍋"]


def test_an_initial_and_one_katakana_name():
    assert persons("民俗学者のＫ・ブレナン氏は、祭りの起源を調べている。") == ["Ｋ・ブレナン"]


def test_a_korean_name_in_kanji_before_its_country():
    assert persons("新加入の金民俊（韓国）は、守備で存在感を示した。") == ["金民俊"]


def test_a_foreign_names_first_part_before_a_title_later():
    found = article_persons(["地検は、ファム・ティ・ホア容疑者（２９）を起訴した。", "ファム被告は起訴内容を認めた。"])
    assert found == [["ファム・ティ・ホア"], ["ファム"]]


@pytest.mark.parametrize("text, name", [
    ("決勝点を決めたのは、途中出場の岸本だ。", "岸本"),
    ("この企画は、編集部の武藤から始まった。", "武藤"),
    ("受付にいたのは村瀬。", "村瀬"),
])
def test_a_lone_surname_token_before_だ_から_or_the_sentences_end(text, name):
    assert persons(text) == [name]


def test_a_surname_quoted_as_a_word_is_no_person():
    assert persons("創業者の名字「石橋」を英語にした。") == []


def test_a_speaker_before_a_quote_that_names_a_thing_is_none():
    assert persons("尾道は「坂の町」と呼ばれる。") == []


def test_a_given_name_before_くん_read_in_two_words():
    assert persons("佑真くんと陽菜ちゃんが、絵を描いた。") == ["佑真", "陽菜"]


def test_a_name_after_a_role_joined_by_a_dot_holds_no_dot():
    assert persons("主将・桑原は、最後までチームをまとめた。") == ["桑原"]


def test_a_given_name_before_たち():
    assert persons("健太たちは、公園で日が暮れるまで遊んだ。") == ["健太"]


def test_a_name_before_its_prefecture_in_brackets():
    assert persons("女子５０００メートルは、今井（東京）が制した。") == ["今井"]


@pytest.mark.parametrize("text, names", [
    ("翼くんが、作文コンクールで賞を取った。", ["翼"]),
    ("希望ちゃんは、この春で３歳になった。", ["希望"]),
    ("大地くんと海斗くんが、砂場で遊んだ。", ["大地", "海斗"]),
])
def test_a_common_word_before_くん_or_ちゃん_is_a_childs_name(text, names):
    assert persons(text) == names


def test_kinship_words_before_ちゃん_are_no_names():
    assert persons("赤ちゃんが泣き、お姉ちゃんがあやした。") == []


def test_a_name_before_a_compound_academic_title():
    assert persons("式典では、京都大の本庶佑特別教授があいさつした。") == ["本庶佑"]


def test_a_name_before_a_count_of_titles_held():
    assert persons("対局後、藤井聡太七冠は「苦しい将棋だった」と振り返った。") == ["藤井聡太"]


def test_a_given_names_last_kanji_read_as_a_common_word_stays_in_the_name():
    assert persons("主演の竹内涼真は、撮影を振り返って笑顔を見せた。") == ["竹内涼真"]
    assert persons("西郷隆盛像は、上野の山に立つ。") == ["西郷隆盛"]


def test_a_speaker_heading_an_answer_in_an_interview():
    found = article_persons(["――料理人を志した理由は。", "藤田　祖母の台所に立つ姿が、今も目に焼き付いているんです。"])
    assert found == [[], ["藤田"]]


def test_a_name_written_with_a_space_is_not_cut_by_the_interview_rule():
    assert "田中" not in persons("田中 一郎さんが来た。")


def test_a_place_after_a_quote_with_no_verb_of_speech_is_no_speaker():
    assert persons("「寒い」と札幌は一晩で雪に覆われた。") == []


@pytest.mark.parametrize("text, names", [
    ("港では、ふさえさん（８８）が網を繕っていた。", ["ふさえ"]),
    ("町内では、きよのさん（９１）が最高齢だ。", ["きよの"]),
    ("百目木さん（５８）は、三代続く染物屋を継いだ。", ["百目木"]),
    ("隣の席で、八月一日さん（３３）が笑った。", ["八月一日"]),
    ("売り場で、月見里さん（４５）が説明した。", ["月見里"]),
])
def test_a_word_before_an_honorific_and_an_age_is_a_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "取材に応じた、お姉ちゃん（１２）は恥ずかしそうに笑った。",
    "店の前で、娘さん（２０）が客を迎えた。",
])
def test_kinship_words_before_an_age_are_no_names(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, name", [
    ("タレントのぴこりーぬは、番組で新曲を披露した。", "ぴこりーぬ"),
    ("歌舞伎俳優の坂東猿之介が、初役に挑む。", "坂東猿之介"),
    ("声優の桜木もみじさんが出演する。", "桜木もみじ"),
])
def test_a_name_unidic_cuts_into_pieces_after_a_role(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text", [
    "歌手の美しさは、会場を魅了した。",
    "弟の東京行きが、決まった。",
    "女優の存在感が、際立った。",
    "妹のだったが、",
])
def test_a_common_word_after_a_role_is_no_name(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, name", [
    ("みなと信金の西条頭取は、記者会見を開いた。", "西条"),
    ("総会で、大森専務が新社長に選ばれた。", "大森"),
    ("取引先を訪ねた府中常務は、契約を結んだ。", "府中"),
])
def test_a_surname_read_as_a_place_before_an_executive_title(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("朝の番組で、久保田アナウンサーが天気を伝えた。", "久保田"),
    ("研究所の大塚チームリーダーは、成果を説明した。", "大塚"),
    ("電機大手の王建華董事長が、新工場を視察した。", "王建華"),
])
def test_a_name_before_a_newsroom_lab_or_chinese_company_title(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text", ["若手のアナウンサーが、原稿を読んだ。", "新人アナウンサーは、緊張していた。"])
def test_a_title_after_no_name_is_no_person(text):
    assert persons(text) == []


def test_a_child_of_one_kanji_is_found_again_as_a_subject():
    texts = ["陸くん（９）は、毎朝川沿いを走っている。", "母によると、陸は雨の日も休まない。", "陸に上がった魚。陸を歩く。"]
    assert article_persons(texts) == [["陸"], ["陸"], []]


@pytest.mark.parametrize("text, names", [
    ("映画監督のエンツォ・マルケッティが来日した。", ["エンツォ・マルケッティ"]),
    ("地元のサンタ・ルチアが優勝した。", []),
])
def test_a_joined_foreign_name_after_a_role(text, names):
    assert persons(text) == names
