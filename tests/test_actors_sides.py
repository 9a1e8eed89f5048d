"""A player's or manager's side before ・, names in lists that share a title, and places' names that are
people's before a person's title: one test per rule and guard, on sentences of our own; each fails without
its rule."""

from __future__ import annotations

import pytest

from conftest import persons
from tui.news import actors


def kinds(text: str) -> list[tuple[str, str]]:
    """(mention, kind) of each actor found in `text`, a country counted as such."""
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [(text[f.start:f.end], (new.get(f.actor) or gaz.entries[f.actor]).kind) for f in hits]


@pytest.mark.parametrize("text, club, person", [
    ("中日・立浪監督は「打線がつながった」と話した。", "中日", "立浪"),
    ("中日・細川外野手が決勝の適時打を放った。", "中日", "細川"),
    ("日ハム・新庄監督は若手の起用を続ける考えだ。", "日ハム", "新庄"),
])
def test_two_country_forms_before_a_player_are_a_club(text, club, person):
    found = kinds(text)
    assert (club, "organization") in found and (person, "person") in found
    assert not any(kind == "country" for _, kind in found)


@pytest.mark.parametrize("text, countries", [
    ("日中首脳会談が北京で開かれた。", ["日", "中"]),
    ("日韓・日中の外相会談が相次いだ。", ["日", "韓", "日", "中"]),
    ("日中・林外相が共同会見に臨んだ。", ["日", "中"]),  # no player's title: the countries after all
])
def test_country_compounds_stay_countries(text, countries):
    assert [m for m, kind in kinds(text) if kind == "country"] == countries


@pytest.mark.parametrize("text, club, person", [
    ("浦和・ロドリゲス監督は選手をたたえた。", "浦和", "ロドリゲス"),
    ("DeNA・バウアー投手が８回を投げ切った。", "DeNA", "バウアー"),
    ("G大阪・ポヤトス監督は後半の修正を評価した。", "G大阪", "ポヤトス"),
    ("F東京・松木選手が決勝点を挙げた。", "F東京", "松木"),
])
def test_a_club_in_letters_or_with_a_place_before_a_player(text, club, person):
    found = kinds(text)
    assert (club, "organization") in found and (person, "person") in found


def test_a_middle_initial_is_no_club():
    assert persons("ジョン・D・ミラー教授が講演した。") == ["ジョン・D・ミラー"]


@pytest.mark.parametrize("text, names", [
    ("泉、船迫、中川の3投手が継投した。", ["泉", "船迫", "中川"]),
    ("佐藤、林の両選手が先発に名を連ねた。", ["佐藤", "林"]),
    ("西、森、林の3選手がそろって代表入りした。", ["西", "森", "林"]),
])
def test_one_kanji_and_rare_surnames_in_a_shared_count(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "兄、弟の両選手が出場した。",  # one kanji each, and no item a name
    "先発、中継ぎ、抑えの3投手が好投した。",
    "記者会見には、社長、会長の両氏が出席した。",
])
def test_common_words_sharing_a_count_are_no_names(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, name", [
    ("ワシントン監督は継投の判断を説明した。", "ワシントン"),
    ("ジョージ・ワシントン氏の功績をたたえる式典が開かれた。", "ジョージ・ワシントン"),
])
def test_a_place_name_before_a_person_title_is_a_person(text, name):
    assert (name, "person") in kinds(text)


@pytest.mark.parametrize("text, place", [
    ("ワシントン州知事が非常事態を宣言した。", "ワシントン州"),  # with its kind
    ("ワシントンで首脳会談が開かれた。", "ワシントン"),
    ("前ワシントン監督の会見は短かった。", "ワシントン"),
])
def test_a_place_before_its_office_or_inside_a_title_stays_a_place(text, place):
    assert (place, "place") in kinds(text)


def test_a_country_before_a_player_is_the_country():
    assert ("ケニア", "country") in kinds("ケニア選手が上位を独占した。")


@pytest.mark.parametrize("text, name", [
    ("理事長に坂巻　マリ氏（５９）が就いた。", "坂巻　マリ"),
    ("長女の北浦チャドさんが店を継いだ。", "北浦チャド"),
])
def test_a_countrys_katakana_between_a_surname_and_an_honorific_is_a_given_name(text, name):
    assert (name, "person") in kinds(text) and not any(k == "country" for _, k in kinds(text))


def test_a_country_before_an_honorific_without_a_surname_stays_the_country():
    assert ("マリ", "country") in kinds("会長は、マリ氏族の長老と会った。") or ("マリ", "country") in kinds("マリさんの国へ")


@pytest.mark.parametrize("text, name", [
    ("判決によると、北被告は昨年５月、知人から現金を脅し取った。", "北"),
    ("起訴状によると、原被告は勤務先から約３千万円を着服した。", "原"),  # UniDic's 原被告, cut at the title
    ("県警は、無職東容疑者（３８）を窃盗の疑いで逮捕した。", "東"),  # after an occupation
    ("民宿を営む浜さん夫妻も毎回参加している。", "浜"),
    ("写真を撮り続ける西さん（６９）の写真展が開かれた。", "西"),
    ("同社の西常務は「成長を加速する」と述べた。", "西"),
    ("京北大学の関准教授らのグループが触媒を開発した。", "関"),
])
def test_a_one_kanji_surname_before_a_title(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text", [
    "母さんは元気だ。奥さん（４５）も来た。",  # kinship words
    "元被告の男性が取材に応じた。",
    "女容疑者（３０）を逮捕した。",
    "左投手が好投した。",
    "名監督として知られた。",
    "助産師として、３千人以上の赤ちゃんを取り上げてきた。",
    "元同僚の島さんは来なかった。",  # an honorific alone: no age, no 夫妻, and UniDic reads 島 as a common word
])
def test_one_kanji_of_a_title_or_a_kinship_word_is_no_surname(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, name", [
    ("札幌地裁の加賀谷裁判官は、原告の請求を退けた。", "加賀谷"),
    ("研究チームのソフィア・リンドベリ博士は「予想外だった」と語った。", "ソフィア・リンドベリ"),
    ("ドイツのベッカー経済相は産業界の代表と会談した。", "ベッカー"),
    ("カナダのミッチェル州首相が医療改革案を示した。", "ミッチェル"),
])
def test_more_titles(text, name):
    assert persons(text) == [name]


def test_a_place_word_after_a_side_and_dot_is_the_player():
    assert ("三宅", "person") in kinds("広島・三宅内野手が決勝打を放った。")


@pytest.mark.parametrize("text, names", [
    ("九日目、大関霧乃峰は小結若浪を寄り切りで下した。", ["霧乃峰", "若浪"]),  # UniDic: 霧 + 乃 + 峰, 若 + 浪
    ("横綱照ノ富士は休場した。", ["照ノ富士"]),
])
def test_a_ring_name_after_a_rank(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", ["横綱審議委員会は定例会合を開いた。", "大関昇進を決めた。"])
def test_common_words_after_a_rank_are_no_ring_name(text):
    assert persons(text) == []


def test_a_word_after_an_answers_speaker_is_no_given_name():
    assert "宮城　正直" not in persons("宮城　正直、まだ実感がありません。仲間のおかげです。")
    assert persons("高橋 健介、小松 美和の両選手が表彰された。") == ["高橋 健介", "小松 美和"]


def test_a_first_name_before_a_listed_last_name_is_another_person():
    gaz = actors.default()
    text = "ロベルト・サンチェスさん（元ペルー大使）が死去した。"
    hits, new = actors.find(text, gaz)
    people = [(text[f.start:f.end], f.actor) for f in hits if (new.get(f.actor) or gaz.entries[f.actor]).kind == "person"]
    assert people == [("ロベルト・サンチェス", "p:ロベルト・サンチェス")]
    other = "ドナルド・トランプ大統領が演説した。"  # the gazetteer's full name: its own person
    assert [(other[f.start:f.end], f.actor) for f in actors.find(other, gaz)[0]] == [("ドナルド・トランプ", "donald-trump")]


@pytest.mark.parametrize("text, sides", [
    ("【オリックス３−２西武】オリックスは九回に競り勝った。", ["オリックス", "西武", "オリックス"]),
    ("<中日3-4DeNA>継投に失敗した。", ["中日", "DeNA"]),  # 中日: the club, not two countries
])
def test_the_sides_of_a_bracketed_score_are_clubs(text, sides):
    assert [m for m, kind in kinds(text) if kind == "organization"] == sides


@pytest.mark.parametrize("text, sides", [
    ("中日7ー3DeNA(12日、バンテリンドーム)", ["中日", "DeNA"]),  # no brackets; a long vowel mark for the dash
    ("◇パ・リーグ 西武2-8ソフトバンク(18日、ベルーナドーム)", ["西武", "ソフトバンク"]),
    ("「中日3-2阪神」(16日、甲子園)", ["中日", "阪神"]),
])
def test_the_sides_of_a_results_line_with_no_brackets_are_clubs(text, sides):
    assert [m for m, kind in kinds(text) if kind == "organization"] == sides


@pytest.mark.parametrize("text", ["中日関係は1-3月期に改善した。", "2024年1-3月期の国内総生産が発表された。"])
def test_a_range_of_months_is_no_score(text):
    assert [m for m, kind in kinds(text) if kind == "organization"] == []


def test_a_score_in_running_text_names_no_side():
    assert kinds("試合は３−２で終わった。") == []


def test_an_organisation_before_where_one_comes_from():
    assert ("三友銀行", "organization") in kinds("後任に三友銀行出身の古賀達也副社長を充てる。")


@pytest.mark.parametrize("text", ["会長が来日し、首相と会談した。", "在日３世の作家が講演した。"])
def test_japan_in_raijitsu_and_zainichi_is_no_country(text):
    assert kinds(text) == []


def test_japan_in_a_compound_is_still_the_country():
    assert [m for m, kind in kinds("訪日客が増え、日米の協議も進んだ。") if kind == "country"] == ["日", "日", "米"]


@pytest.mark.parametrize("text, names", [
    ("▽執行役員林圭介", ["林圭介"]),  # a full name at the line's end
    ("異動　人事部長　佐藤", ["佐藤"]),  # a roster's entry: a space before, the line's end after
    ("表彰されたのは、森健一さんと原大輔さんだ。", ["森健一", "原大輔"]),  # one kanji UniDic reads as a word, then a given name
])
def test_names_at_a_rosters_end_and_one_kanji_before_a_given_name(text, names):
    assert persons(text) == names


def test_a_kana_name_after_no_before_an_honorific_and_an_age():
    assert persons("園児のゆうまくん（５）は「楽しかった」と笑った。") == ["ゆうま"]
    assert persons("会場の会社員さん（３０）が話した。") == []  # kanji after の may be a common word


@pytest.mark.parametrize("text, org", [
    ("北辰精機は１２日、社長交代の人事を発表した。", "北辰精機"),
    ("日東製紙は新工場の建設を決めた。", "日東製紙"),
    ("東邦交響楽団の定期演奏会が開かれた。", "東邦交響楽団"),
])
def test_a_company_or_orchestra_by_the_word_for_its_kind(text, org):
    assert (org, "organization") in kinds(text)


def test_the_short_names_of_parties():
    found = kinds("現職の佐々木聡氏＝自民、公明推薦＝が３選を果たした。")
    assert ("自民", "organization") in found and ("公明", "organization") in found
    assert ("何立民", "person") in kinds("何立民氏は両国の交流に尽くした。")  # no party's name inside a name


def test_a_company_before_its_officers_title_is_no_name():
    assert persons("瀬川澄子さん（瀬川酒造相談役）が死去した。") == ["瀬川澄子"]


def test_a_state_in_katakana_with_its_kind():
    assert ("ワシントン州", "place") in kinds("米国ワシントン州のケラー知事は非常事態を宣言した。")


def test_a_club_in_katakana_unidic_knows_in_pieces():
    found = kinds("ソフトバンク・有村投手は「真っすぐで押せた」と話した。")  # ソフト + バンク
    assert ("ソフトバンク", "organization") in found and ("有村", "person") in found


@pytest.mark.parametrize("text", ["エース・山本投手が完投した。", "ルーキー・佐藤内野手が初安打を放った。"])
def test_a_role_in_katakana_before_a_player_is_no_club(text):
    assert not any(kind == "organization" for _, kind in kinds(text))


def test_a_ministers_title_is_none_where_its_last_kanji_starts_another_word():
    from tui.news.actors.roles import title_spans
    assert list(title_spans("教育相談の窓口で、国内相場を聞いた。")) == []
    assert list(title_spans("ベッカー経済相は")) == [(4, 7)]


@pytest.mark.parametrize("text, places", [
    ("西日本と東日本では、局地的に激しい雨が降る見込みです。", ["西日本", "東日本"]),  # a direction before it
    ("日本海側では、夜にかけて雪が強まる。", ["日本海"]),  # a sea
    ("東北や近畿、中国地方などで大雨になる。", ["東北", "近畿", "中国地方"]),  # the Chūgoku region
    ("台風は日本列島を縦断した。", ["日本列島"]),
])
def test_a_countrys_name_inside_a_region_or_a_sea_is_that_place_not_the_country(text, places):
    assert [m for m, kind in kinds(text) if kind in ("place", "country")] == places


@pytest.mark.parametrize("text, orgs", [
    ("西日本新聞の記者が、現地で取材した。", ["西日本新聞"]),  # a body's name a region heads
    ("東日本旅客鉄道は、在来線の運転を見合わせた。", ["東日本旅客鉄道"]),
])
def test_a_body_whose_name_a_region_heads_keeps_it(text, orgs):
    assert [m for m, kind in kinds(text) if kind == "organization"] == orgs


def test_the_country_itself_and_its_navy_stay_the_country():
    assert kinds("日本は反発し、日本海軍の歴史にも触れた。") == [("日本", "country"), ("日本", "country")]


def test_a_score_after_a_rounds_heading_in_brackets_names_its_sides() -> None:
    # (【Ｊ２第１５節】 heads the line: the sides are the words right before and after the score)
    from conftest import found_of

    orgs = found_of("【Ｊ２第１５節】大宮３―２水戸（ＮＡＣＫ５スタジアム大宮）", "organization")
    assert "大宮" in orgs and "水戸" in orgs
