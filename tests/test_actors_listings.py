"""Listings' people: the entries of results pages before their school, grade, age or home town in brackets
(`actors.entries`), the people of a personnel list after their posts (`actors.officer_lists`), and a surname of one
kanji UniDic cut from the lone kanji before it (`actors.cut_surname`). Sentences of our own; each fails without its
module's rule."""

from __future__ import annotations

import pytest

from conftest import found_of, persons


@pytest.mark.parametrize("text, names", [
    # names UniDic reads as a common word, a place or pieces, before a club or school in brackets
    ("▽男子８００メートル　浜松原（潮見ＡＣ）１分５２秒１０", ["浜松原"]),
    ("▽銀賞　手取川湊（北浦小３年）、粟津みお（同５年）", ["手取川湊", "粟津みお"]),
    ("女子１００メートル背泳ぎは、中学１年の犬山ことね（尾張北スイミング）が１分３秒で制した。", ["犬山ことね"]),
    # a ranking whose brackets give each player's home town
    ("▽シニアの部　①砺波（高岡市）ネット６９・８②石黒和代（射水市）ネット７１・２", ["砺波", "石黒和代"]),
])
def test_a_listings_entry_before_its_school_grade_or_home(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    # a foreign name joined by ・ is longer than a Japanese one: read whole before its team's bracket
    ("１　ダニエル・ムワンギ（北陸産業大）２８分３秒１５", ["ダニエル・ムワンギ"]),
    # after a leg's count (５区), as after a place's word
    ("▽区間賞　２区瑞穂（東海学院大）４区ベナイア・キルイ（中部体育大）", ["瑞穂", "ベナイア・キルイ"]),
])
def test_a_foreign_entry_joined_by_a_dot_and_an_entry_after_a_count(text, names):
    assert persons(text) == names


def test_a_home_town_in_brackets_stays_a_place():
    text = "▽シニアの部　①砺波（高岡市）ネット６９・８②石黒和代（射水市）ネット７１・２"
    assert found_of(text, "organization") == []
    assert "高岡市" in found_of(text, "place") and "射水市" in found_of(text, "place")


@pytest.mark.parametrize("text", [
    "▽男子　①青葉台高２時間６分１１秒②北浜学院（宮城）２時間８分３秒",  # schools and a prefecture: teams
    "男子団体は雄物川東高（角館、鳥海）が制した。",  # a school before its members
    "大会の主催（北陸書道会）は今年で２５回目となる。",  # a common word before a body
    "紅葉の名所、嵐山（京都市）には多くの観光客が訪れた。",  # a place and its city, in no ranking
])
def test_no_entry_from_a_team_a_word_or_a_place(text):
    assert not set(persons(text)) - {"角館", "鳥海"}


@pytest.mark.parametrize("text, names", [
    ("北越刃物（4月1日）▽社長 燕沢隆之 ▽専務 弥彦聡 ▽監査役 大面真理", ["燕沢隆之", "弥彦聡", "大面真理"]),
    ("▽取締役副社長（紫波亮介）▽常務取締役（矢巾千秋）", ["紫波亮介", "矢巾千秋"]),
    ("▽営業本部長（総務部長）山辺太郎", ["山辺太郎"]),
])
def test_a_personnel_lists_people_after_their_posts(text, names):
    assert persons(text) == names


def test_a_list_of_no_posts_names_no_one():
    assert persons("▽会場 市民体育館 ▽定員 ２００人 ▽参加費 無料") == []


def test_a_lone_kanji_before_a_surname_of_one_is_the_surnames_first_part():
    assert persons("最高齢の幸崎キクさん（９２）が表彰された。") == ["幸崎キク"]
    assert persons("元ウシさんが誕生日を迎えた。") != ["元ウシ"]  # (元: a prefix, read apart)


@pytest.mark.parametrize("text, names", [
    ("テニスの大会で、浅倉菜々子がチェコのテレザ・ドゥシコバを破った。", ["浅倉菜々子", "テレザ・ドゥシコバ"]),  # a country and の
    ("準決勝では第１シードのペトラ・マレショバと対戦する。", ["ペトラ・マレショバ"]),  # a word UniDic cuts into pieces
    ("首位から出た井之上彩花が６８で回った。", ["井之上彩花"]),  # a surname joined by 之
    ("ロッテは先発のキンタナが５回４失点と崩れた。", ["キンタナ"]),  # a game's role and の
])
def test_players_of_game_stories(text, names):
    assert persons(text) == names


def test_a_brand_after_a_country_is_no_player_without_a_particle():
    assert persons("フランスのルイ・ヴィトン社が新作を出した。") == []
    assert persons("世界販売で２位はドイツのハンザ・モーターズで、３位は米国勢だった。") == []  # (で: a firm's ranking)


def test_a_player_after_a_country_closing_a_ranking():
    assert persons("３位はカナダのルーカス・プライスだった。") == ["ルーカス・プライス"]  # プライス: a word too
    assert persons("２位はケニアのグレース・チェプコエチ（２４）。") == ["グレース・チェプコエチ"]


def test_a_post_between_a_joined_name_and_its_title():
    assert persons("協議には米国からサラ・ジョンソン中東担当特使も加わった。") == ["サラ・ジョンソン"]
    assert persons("ジョン・スミス首席補佐官は会見で述べた。") == ["ジョン・スミス"]
    assert persons("ハワード・キャピタル担当者は会見で述べた。") == []  # (担当者: no title)


def test_a_jockey_or_a_surname_in_brackets_is_no_school():
    assert persons("▽横浜３Ｒ　①アオイハヤテ（田中）②ミナトカゼ（浜中）") != ["アオイハヤテ", "ミナトカゼ"]
    assert persons("女子マラソンは千早（東大）が２時間３０分で制した。") == ["千早"]


def test_a_name_joined_by_to_or_ya_to_a_players_name():
    assert persons("新曲はケイとユウさんが書いた。") == ["ケイ", "ユウ"]  # ケイ: no title of its own, joined to ユウさん
    assert persons("山田太郎さんと中国を訪れた。") == ["山田太郎"]  # a country is never taken
    assert persons("ポーランド代表のオポジット、カミル・ノヴァクを獲得した。") == ["カミル・ノヴァク"]


@pytest.mark.parametrize("text, names", [
    ("▽１０キロ男子　優勝＝行方雅人（鉾田市）３２分１８秒　２位＝神栖修（香取市）３３分２秒", ["行方雅人", "神栖修"]),
    ("▽区間賞　１区　沢渡啓介（三河精密）　３区　榛東一輝（北関東ケミカル）", ["沢渡啓介", "榛東一輝"]),
    ("▽女子１００メートル障害　①尾花沢ほのか（東北ガス産業）１３秒０９②鵜殿莉子（湘南ＡＣ）１３秒２１",
     ["尾花沢ほのか", "鵜殿莉子"]),  # not 花沢ほのか
])
def test_an_entry_after_its_place_before_its_body_or_town(text, names):
    assert persons(text) == names


def test_a_named_entry_before_an_age_is_left_to_the_names_rules():
    assert persons("▽２位　丹生政夫さん（７４）＝越前市") == ["丹生政夫"]


@pytest.mark.parametrize("text, names", [
    ("【男子】①美濃台学院高２時間４分（関大地、郡上颯、ステファン・カマウ、恵那陸）",
     ["関大地", "郡上颯", "ステファン・カマウ", "恵那陸"]),
    ("【優勝チームの走者】伊香保涼、ピーター・ムトゥア、榛東一輝、水上健", ["伊香保涼", "ピーター・ムトゥア", "榛東一輝", "水上健"]),
])
def test_a_teams_members_listed_with_one_name_found_among_them(text, names):
    assert persons(text) == names


def test_a_list_of_towns_is_no_roster():
    assert persons("大会には（仙台、盛岡、青森、ジョン・スミス）の選手が出た。") == ["ジョン・スミス"]


@pytest.mark.parametrize("text, names", [
    ("(会)三春-船引 (白)鮫川、西郷-鏡石", ["三春", "船引", "鮫川", "西郷", "鏡石"]),  # a battery's line, sides in brackets
    ("▽得点 小矢部9、射水7(北陵) 玖珠8(日田東)", ["小矢部", "射水", "玖珠"]),  # scorers read as towns
    ("【勝】掛川4試合3勝1敗 【敗】ジェシカ・モラレス3試合1勝2敗", ["掛川", "ジェシカ・モラレス"]),
    ("▽ガールズ決勝 1着 時津あかね(長崎) 2着 雲仙まい(長崎)", ["時津あかね", "雲仙まい"]),  # racers, a kana given name
])
def test_box_scores_and_race_results(text, names):
    assert persons(text) == names


def test_a_kins_word_is_no_ones_name():
    text = ['九回2死一、三塁。一打同点の場面で打席に立った主将の今泉颯は、遊ゴロに倒れた。「仲間がつないでくれたのに、決められなかった」と声を震わせた。',
            '「息子の背番号は最後まで輝いていた」と、スタンドで見守った今泉主将の父、今泉誠さん（49）は目頭を押さえた。',
            '明和台の野々宮聡監督は「美作東の粘りは最後まで怖かった。紙一重の試合だった」と話した。']
    from conftest import article_persons
    assert "父" not in [n for line in article_persons(text) for n in line]


def test_a_sumo_bouts_marked_lines_and_prizes():
    text = ["大相撲秋場所十日目。",
            "【幕内】北天海（９勝１敗）○寄り切り●越乃海（６勝４敗）",
            "○栃乃華－土佐之鷹●　上手投げ",
            "【三賞】殊勲賞＝肥後錦（初）　敢闘賞＝玉鵬山（２回目）、土佐之鷹（初）"]
    from conftest import article_persons
    assert article_persons(text) == [[], ["北天海", "越乃海"], ["栃乃華", "土佐之鷹"], ["肥後錦", "玉鵬山", "土佐之鷹"]]


def test_a_team_match_by_position():
    assert persons("先鋒　小城颯太メ－笠間陸　次鋒　武雄仁×結城伸之介　中堅　多久健人コメ－常陸大悟") == [
        "小城颯太", "笠間陸", "武雄仁", "結城伸之介", "多久健人", "常陸大悟"]


@pytest.mark.parametrize("text, names", [
    ("①稲美翔太 -16 ②ジャスティン・クワン -14 ③加古隆之介 -13", ["稲美翔太", "ジャスティン・クワン", "加古隆之介"]),
    ("▽女子ダブルス 戸越・大崎組 6-3 6-4 ルシア・カマーチョ(コロンビア)", ["戸越", "大崎", "ルシア・カマーチョ"]),
    ("２着のカザミドリは美浦・阿見厩舎の管理馬。", ["阿見"]),  # a stable named by its trainer
])
def test_leaderboards_doubles_and_trainers(text, names):
    assert persons(text) == names


def test_a_tennis_draws_players_before_their_countries():
    assert persons("白金亮(日本) 6-4 3-6 7-6(5) マテオ・ロッシーニ(イタリア)") == ["白金亮", "マテオ・ロッシーニ"]
    assert persons("会場は有明(東京)で、決勝は6-4の接戦だった。") == []  # one score, a venue: no draw


@pytest.mark.parametrize("text", [
    "▽棋王戦予選　●江戸川大介五段－小野田達也四段○",  # a title's game and its round after ▽: no post and name
    "▽王将戦本戦トーナメント",
])
def test_a_titles_game_after_a_list_mark_is_no_post_and_name(text):
    assert not [n for n in persons(text) if n.startswith(("戦", "予選", "本戦"))]


def test_a_schools_name_before_a_pupils_grade_is_no_person():
    assert persons("▽努力賞　山辺ももか（上田東小４年）") == ["山辺ももか"]  # 上田 + 東, read as a name, before 小４


def test_a_counts_word_after_its_number_is_no_one_kanji_surname():
    assert "回あやめ" not in persons("第１２回あやめの里まつりの出場者")


def test_a_places_second_entry_after_a_comma():
    line = "▽男子７３キロ級　①伊吹大和（丸栄運輸）②石神（北越大）③岡谷（警視庁）、浜名（旭光学）"
    assert persons(line) == ["伊吹大和", "石神", "岡谷", "浜名"]  # 浜名 (of 浜名湖): a tie's name after a name


def test_a_batting_orders_place_is_no_part_of_the_name():
    assert persons("九回２死二塁から、４番松島（３年）が中前に適時打を放った。") == ["松島"]
    assert persons("先頭の１番大森（２年）が四球で出ると、３番岡谷（３年）が右越えに運んだ。") == ["大森", "岡谷"]


def test_a_full_name_found_stands_again_on_a_comment_line():
    text = "北稜工は三浦陸斗のトライで勝った。\n【北稜工・三浦陸斗】「監督から言われていた」"
    assert persons(text) == ["三浦陸斗", "三浦陸斗"]
    assert persons("落語家の花月亭みかんさんが登場した。\n「みかんは皮をむいてからが勝負」と笑った。").count("みかん") == 0


def test_a_ranking_of_people_with_clubs_and_places_in_brackets():
    line = "▽女子５０メートル自由形　(1)汐見ひなた(ファインスイム浜松)27秒85 (2)紫波芽依(アクアピア盛岡)28秒10 (3)綾部美月(丹後スイミング)28秒33"
    assert persons(line) == ["汐見ひなた", "紫波芽依", "綾部美月"]  # (汐見: a place too)
    teams = "①東海大（神奈川）３時間②帝京（東京）３時間１分③大阪桐蔭（大阪）３時間２分"
    assert not {"帝京", "大阪桐蔭"} & set(persons(teams))  # prefectures in brackets: a ranking of teams


def test_a_joined_foreign_name_after_a_ball_games_position_is_a_player() -> None:
    # (リマ a city to UniDic, ペレイラ a word it does not know: the position's letters before the run tell a player)
    assert "ダニーロ・ペレイラ・リマ" in persons("後半３０分、ブラジル人ＦＷダニーロ・ペレイラ・リマが同点弾を決めた。")


def test_a_joined_foreign_name_before_a_side_in_brackets_is_a_player_in_a_games_line() -> None:
    assert "ニカ・ゴデリゼ" in persons("女子６２㌔級は、ニカ・ゴデリゼ（北央運輸）が初優勝した。")
    assert not any("マドリード" in name for name in persons("決勝はレアル・マドリード（スペイン）が２－１で勝った。"))
