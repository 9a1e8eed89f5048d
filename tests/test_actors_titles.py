"""Titles after a name (issue 20): a governor's and an assembly member's titles that hold their prefecture's
or city's kind (都知事, 県議, 市議), and a title read where it starts after the name, not inside it (中村長官
holds 村長); a clan's name of one character in a word is none (源氏物語). Sentences of our own; each test
fails without its change (the tests of no names, without its guard)."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("川口真理子都知事は、定例会見で防災計画を説明した。", ["川口真理子"]),
    ("吉田浩二府知事が、万博の会場を視察した。", ["吉田浩二"]),
    ("田中一郎市議が、議会で給食費について質問した。", ["田中一郎"]),
    ("佐藤花子県議は、地元の要望を伝えた。", ["佐藤花子"]),
    ("川口都知事は、記者の質問に答えた。", ["川口"]),
])
def test_a_name_before_a_governors_or_an_assembly_members_title(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("中村長官は、午後の会見で被害の状況を説明した。", ["中村"]),
    ("木村長官が、現地の視察を終えた。", ["木村"]),
])
def test_a_surname_ending_in_a_titles_first_character(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("東京都知事選が、来月告示される。", []),
    ("北海道の森田正道知事は、観光の回復について語った。", ["森田正道"]),  # 道知事 is no title here
    ("田村議長は、本会議の開会を告げた。", ["田村"]),
])
def test_titles_that_are_none(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("清少納言は『平氏物語』という本を読んでいない。", ["清少納言"]),
    ("平氏政権の終わりは、あっけなかった。", []),
    ("李氏は、会見で協力を呼びかけた。", ["李"]),
])
def test_a_clans_name_in_a_word_is_no_person(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("岩田外務大臣は、訪問先でルビオ国務長官と会談しました。", ["岩田", "ルビオ"]),
    ("村上総務大臣と阿部文部科学大臣も出席した。", ["村上", "阿部"]),
    ("中谷防衛大臣は記者会見で説明しました。", ["中谷"]),
    ("外務大臣は会談後に記者団に語った。", []),
])
def test_a_surname_before_a_ministers_full_title(text, names):
    assert persons(text) == names


def test_a_katakana_name_before_a_chambers_speaker():
    assert persons("ジョンソン下院議長は予算案の採決を急ぐ考えを示した。") == ["ジョンソン"]


def test_a_word_before_a_title_inside_a_compound_noun_is_no_foreign_name():
    assert persons("中国外務省の報道官は定例記者会見で「内政干渉に反対する」と述べた。") == []
    assert persons("中国外務省の郭嘉昆報道官は定例記者会見で述べた。") == ["郭嘉昆"]


@pytest.mark.parametrize("text, names", [
    ("自治会の秋元会長によると、参加者は年々減っている。", ["秋元"]),  # 秋元 + 会長, not 秋 + 元会長
    ("日銀の氷見野副総裁は講演で、物価の見通しを述べた。", ["氷見野"]),  # kanji before it: 副総裁
    ("田中元社長は、法廷で起訴内容を否認した。", ["田中"]),  # a former president
])
def test_a_surname_that_ends_in_a_titles_first_character_keeps_it(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("報告書によると、桐谷元常務は聞き取りに答えた。", ["桐谷"]),  # 桐谷 + 元 + 常務: a post held before
    ("関係者によると、藤堂元理事は当時の経緯を説明した。", ["藤堂"]),
])
def test_a_surname_before_a_post_held_before(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("説明会には、たくさんの住民が詰めかけた。", []),  # たくさん is one word: no name たく before さん
    ("会長は「たくさんのご意見をいただいた」と述べた。", []),
    ("たくさんの応援が力になったと、近所のはるさんは話した。", ["はる"]),  # a hiragana name before さん stays
])
def test_a_word_read_whole_in_hiragana_is_never_cut_at_an_honorific(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("4番川西健斗選手が右前打を放った。", ["川西健斗"]),  # a batting order's counter opens no name
    ("2位大森沙織選手は、最後まで粘った。", ["大森沙織"]),
])
def test_a_counter_after_a_number_is_no_part_of_the_name_after_it(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("北浜地検の阿久津次席検事は「適正に対応する」と述べた。", ["阿久津"]),  # a prosecutor's title of two words
    ("被告の石黒弁護人は控訴する方針を示した。", ["石黒"]),
])
def test_the_titles_of_a_court(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("技能実習生グエン・ティ・ラン容疑者（２３）を逮捕した。", ["グエン・ティ・ラン"]),  # a word for a person before
    ("留学生アマニ・キプタヌイ選手が区間賞を獲得した。", ["アマニ・キプタヌイ"]),
])
def test_a_katakana_name_after_a_word_for_a_person_is_whole(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("２位には１打差で韓国の李知恩と鵜飼が並んだ。", ["李知恩", "鵜飼"]),  # a common Korean surname and a name
    ("中国の王楚欽が優勝した。", ["王楚欽"]),  # not 楚欽 (楚 + 欽 read as a name) alone
    ("中国の呂海涛駐日大使は講演で協力を訴えた。", ["呂海涛"]),  # an envoy's post abroad after the name
])
def test_a_chinese_or_korean_name_after_its_country_and_no(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "中国の王朝史を学んだ。",  # 王朝 + 史: a common word
    "中国の黄河流域を訪ねた。",
])
def test_a_common_word_after_the_country_is_no_name(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("同大の樫山特任助教らは、論文を発表した。", ["樫山"]),  # a research post of two words
    ("研究所の瀬能特別研究員が説明した。", ["瀬能"]),
])
def test_the_posts_of_research(text, names):
    assert persons(text) == names


def test_a_countrys_one_kanji_is_no_part_of_a_university_in_katakana():
    from tests.test_actors_club_slots import orgs

    assert orgs("研究を率いた米マサチューセッツ工科大のチャン准教授が説明した。") == ["マサチューセッツ工科大"]


@pytest.mark.parametrize("text, names", [
    ("堀内文部科学相は、教員の働き方改革を急ぐ考えを示した。", ["堀内"]),  # not 堀内文部 before 科学相
    ("浅野厚生労働相が、病院を視察した。", ["浅野"]),
    ("幹事長には岡衆院議員、総務会長には森参院議員が起用された。", ["岡", "森"]),  # a house named by its title
    ("前回は大田衆議院議員が質問に立った。", ["大田"]),
])
def test_a_ministers_full_title_and_a_member_of_a_house(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("会議では日本の石崎軍縮大使が演説した。", ["石崎"]),  # not 石崎軍縮 before 大使
    ("谷口経済安全保障担当相は、半導体の支援策を説明した。", ["谷口"]),
])
def test_a_charges_common_nouns_open_the_title_after_a_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "同党の政調会長は「慎重に検討したい」と述べた。",  # 政調 + 会長: one title
    "同党の外交部会長は「拙速だ」と話した。",  # 外交 + 部会 + 長: no 外交部 before 会長
    "与党の国防部会長は記者団に語った。",
])
def test_a_titles_first_part_after_a_body_is_no_name(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("県警の山本部長は、捜査の状況を説明した。", ["山本"]),  # 山本 + 部長, not 山 before 本部長
    ("宮本本部長が会見した。", ["宮本"]),
])
def test_a_surname_ending_in_the_first_character_of_a_longer_title(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("保健を担当するアミナ・ディアロ委員は「頼らない」と話した。", ["アミナ・ディアロ"]),  # a member of a commission
    ("インドのラジーヴ・メーラ鉄道相は「象徴になる」と述べた。", ["ラジーヴ・メーラ"]),  # a minister of railways
])
def test_a_foreign_name_before_a_members_or_a_ministers_title(text, names):
    assert persons(text) == names


def test_a_spaced_name_whose_surname_reads_as_a_place_before_an_honorific():
    assert persons("会場で出会った香貫　まり子さん（６４）は、毎年訪れている。") == ["香貫　まり子"]
    assert persons("大会は香貫で開かれた。") == []  # (a place alone)


@pytest.mark.parametrize("text, name", [
    ("議長国フィリピンのレイエス貿易産業相は記者会見で、協定の意義を強調した。", "レイエス"),
    ("マレーシアのアズミ科学技術相が来日し、研究協力を話し合った。", "アズミ"),
    ("ケニアのオティエノ文化観光相は、遺跡の保存を訴えた。", "オティエノ"),
])
def test_a_minister_abroad_whose_ministry_joins_two_fields(text, name):
    assert name in persons(text)
    assert "文化観光相" not in persons("文化観光相は会見で語った。")  # (the title alone: no person)
