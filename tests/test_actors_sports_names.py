"""Names as sports pages write them: a given name cut into rare kanji UniDic reads as marks or counters, a
katakana name after a player's position in letters, variant kanji of surnames (髙橋), and a given name's first
kanji read as an adverb (颯). Sentences of our own; each fails without its change."""

from __future__ import annotations

import pytest

from conftest import found_of, persons


@pytest.mark.parametrize("text, names", [
    ("１４歳の吉良恋が金、赤間凜花が銀に輝いた。", ["吉良恋", "赤間凜花"]),  # 凜 + 花, read as marks
    ("レスリング女子の藤波朱音は、連勝記録を伸ばした。", ["藤波朱音"]),  # 朱, a counter's kanji
    ("ＦＷジエゴが頭で合わせた。", ["ジエゴ"]),
    ("札幌は、ブラジル人ＭＦガブリエル・ソウザの加入を発表した。", ["ガブリエル・ソウザ"]),
    ("先発の髙橋昌は粘った。", ["髙橋昌"]),  # 髙: read as 高
    ("德永は「勝ててよかった」と話した。", ["德永"]),
    ("山﨑颯一郎が２回を無失点に抑えた。", ["山﨑颯一郎"]),  # 颯 read as an adverb
])
def test_sports_names_are_found_whole(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "ＤＦラインが崩れた。",  # a loanword after a position
    "鈴木家の墓に参った。",
])
def test_those_shapes_with_no_name_make_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("卓球女子の鴫原ひなが準決勝で敗れた。", ["鴫原ひな"]),  # ひな, read as a common word
    ("本庄亮・京都大特別教授は「驚いた」と語った。", ["本庄亮"]),  # 京都大: a university, no person
])
def test_a_hiragana_given_name_and_no_university_as_a_person(text, names):
    assert persons(text) == names


def test_a_hiragana_word_after_a_surname_is_no_given_name():
    assert persons("鈴木ほか３人が出席した。") == []


@pytest.mark.parametrize("text, names", [
    ("ダルビッシュ有が７回を投げ切った。", ["ダルビッシュ有"]),  # a katakana surname, a kanji given name
    ("日本ハムは伊藤大海が完投し、３安打に抑えた。", ["伊藤大海"]),  # 大海, a common word, in a game's line
    ("大相撲の照ノ富士は休場した。", ["照ノ富士"]),  # kanji, ノ and a place's word
    ("女子マラソンの前田穂南（天満屋）が日本新記録を樹立した。", ["前田穂南"]),  # 前 + 田穂南 before a bracket
    ("三笘（ブライトン）がゴールを決めた。", ["三笘"]),  # a surname before its club in katakana
])
def test_more_sports_names(text, names):
    assert [n for n in persons(text)] == names


@pytest.mark.parametrize("text", [
    "石破政権が勝利し、試合は終わった。",
    "東京（ロイター）は伝えた。",
])
def test_those_with_no_name_make_no_such_person(text):
    assert not {"石破政権", "東京"} & set(persons(text))


def test_a_name_of_six_kanji_with_a_long_surname_before_a_title():
    assert persons("五十公野煌大選手が優勝した。") == ["五十公野煌大"]  # 五十公野 + 煌 + 大


@pytest.mark.parametrize("text, names", [
    ("岡本（巨人）が本塁打を放った。", ["岡本"]),  # a club in kanji, the gazetteer's
    ("鈴木（広島）が適時打を放った。", ["鈴木"]),  # a club named after its city
])
def test_a_surname_before_its_club_in_kanji_brackets(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "松本（長野県）が会場になった。",  # a city and its prefecture
    "本田（ホンダ）の株価が上がった。",  # a reading in katakana
])
def test_a_place_or_a_reading_in_brackets_makes_no_player(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("筒香嘉智が決勝の２点本塁打を放った。", ["筒香嘉智"]),  # 筒香 read as a town, 嘉智 as a name
    ("宋投手は７回途中まで無失点と好投した。", ["宋"]),  # 宋 read as an old Chinese state
    ("鄭さんは、店を３０年続けてきた。", ["鄭"]),
])
def test_surnames_unidic_reads_as_a_town_or_an_old_state(text, names):
    assert persons(text) == names


def test_the_scorers_after_their_clubs_and_before_their_minutes():
    assert persons("得点者／大宮＝マテウス（９０＋３分）　柏＝ハモン・ロペス（４３分）") == ["マテウス", "ハモン・ロペス"]
    # under a bracketed club's mark, a count of goals after a name
    assert persons("▽得点者【北】ルーカス・ペレイラ２（３１分、７７分）真柴（６０分）【南】榎戸（１５分）") == [
        "ルーカス・ペレイラ", "真柴", "榎戸"]


def test_the_entries_of_a_ranking_and_the_jockeys_of_a_race():
    assert persons("◇女子５０００メートル　①メアリー・キプラガト（北浜電機）１４分５５秒　②筧（南海化成）１５分０２秒") == [
        "メアリー・キプラガト", "筧"]
    # a horse race: the horse first, the jockey in brackets
    assert persons("◇菊花賞　①サクラノカゼ（ルメール）②トウカイボシ（浜中）③キタノホシ（岩田）") == ["ルメール", "浜中", "岩田"]
    assert persons("政府は①物価高対策（電気代）②賃上げ（中小）を柱とする。") == []  # no ranking of names


def test_a_side_named_before_a_player_and_dot_is_no_part_of_the_name():
    assert persons("日本ハム・ヴァレリオが３安打２打点を挙げた。") == ["ヴァレリオ"]  # a club named by its place
    assert persons("楽天・南雲と西武・早乙女の投げ合いが続いた。") == ["南雲", "早乙女"]  # a list's second side
    assert persons("女優ミラ・ジョヴォヴィッチが来日した。") == ["ミラ・ジョヴォヴィッチ"]  # (a word for a person before)


def test_a_box_scores_decisions_and_batteries():
    assert persons("【勝】真鍋６勝２敗　【敗】オルテガ３勝４敗　【Ｓ】大鷲１勝１敗１５Ｓ") == ["真鍋", "オルテガ", "大鷲"]
    assert persons("【投手】（北）小此木、浜岡、ジェンキンス－坂越　（南）金城－里中") == [
        "小此木", "浜岡", "ジェンキンス", "坂越", "金城", "里中"]


def test_a_ranked_full_name_holding_a_given_name_unidic_knows():
    assert persons("◇女子マラソン　①ツェハイ・ゲブレ（エチオピア）２時間２１分②鳴瀬千夏（天満屋）２時間２３分") == [
        "ツェハイ・ゲブレ", "鳴瀬千夏"]


def test_a_player_with_two_initials_is_a_person_not_an_acronym():
    assert persons("第３シードのＪＰ・モローニ（フランス）が敗れた。") == ["ＪＰ・モローニ"]


@pytest.mark.parametrize("text, names", [
    ("混合ダブルスでは真鍋・久我組が第１シードを破った。", ["真鍋", "久我"]),  # two surnames joined by ・
    ("アイスダンスの小早川美月・亮組は３連覇を果たした。", ["小早川美月", "亮"]),  # a given name in a pair
    ("男子ダブルスの渡会、日比野組（北浜ガス）は準々決勝で敗れた。", ["渡会", "日比野"]),  # its company in brackets
])
def test_a_pair_in_doubles_pairs_or_a_dance(text, names):
    assert persons(text) == names


def test_doubles_is_no_club_before_a_name():
    from tests.test_actors_club_slots import orgs

    assert orgs("男子ダブルスの渡会が初優勝した。\n女子ダブルスでは久我が敗れた。") == []


@pytest.mark.parametrize("text, names", [
    ("巨人の新外国人ジェイク・ウィンターズ投手が初登板で勝った。", ["ジェイク・ウィンターズ"]),  # a word for a person before
    ("西武のカルロス・メンドサ内野手が１５号ソロを放った。", ["カルロス・メンドサ"]),  # a town's name before a player's title
])
def test_katakana_names_before_a_players_title(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("宇都宮の鍋島ＨＣは「流れをつくれた」と話した。", ["鍋島"]),  # a head coach's letters, no body
    ("埼玉のグレアム・ウォルシュＨＣは「差が出た」と振り返った。", ["グレアム・ウォルシュ"]),
    ("球団の栗山ＧＭは補強について語った。", ["栗山"]),
])
def test_a_head_coach_or_a_general_manager_in_letters(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("ロッテ・鰐淵監督は「切り替える」と話した。", ["鰐淵"]),  # a club in katakana, ・, a name UniDic reads as no name
    ("阪神・門馬投手は六回途中で降板した。", ["門馬"]),
])
def test_a_club_a_point_a_name_and_its_role(text, names):
    assert persons(text) == names



def test_a_rugby_position_before_a_name_is_no_body():
    from tests.test_actors_club_slots import orgs

    text = "東京ＳＧはＳＯ蔵前の２トライなどで神戸を下した。"
    assert "蔵前" in persons(text) and not any("蔵前" in o for o in orgs(text))


def test_a_school_written_short_is_no_full_name():
    assert persons("秋季大会の決勝で、北浜工の先発・宇喜多が完封した。") == ["宇喜多"]  # 北浜 + 工 read as a name


@pytest.mark.parametrize("text, names", [
    ("常務執行役員の戸ケ崎浩二氏が社長に昇格する。", ["戸ケ崎浩二"]),  # a surname written with ケ
    ("雨ケ谷浩二さんが来た。", ["雨ケ谷浩二"]),
])
def test_a_surname_written_with_ke(text, names):
    assert persons(text) == names


def test_a_given_names_last_kanji_read_as_a_number():
    assert persons("漫才コンビの濱家隆一が番組を欠席した。") == ["濱家隆一"]  # 濱 + 家隆 + 一
    assert persons("山田花子一人が残った。") == ["山田花子"]  # a count after a name is none of it


@pytest.mark.parametrize("text, names", [
    ("ヤクルト・村上は「まだまだ」と話した。", ["村上"]),  # a club, ・ and a surname in kanji
    ("大阪・梅田で火災があった。", []),  # a town, ・ and a district: a place, no person
])
def test_a_surname_after_a_club_and_a_dot(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("有馬記念は中山競馬場で行われ、戸田康平騎手が騎乗したサクラノミコトが優勝した。", ["戸田康平"]),  # a horse wins
    ("競馬のジャパンカップは、フランスのミカエル・デュボワ騎手が乗ったルーヴルノソラが制した。", ["ミカエル・デュボワ"]),
])
def test_the_katakana_winner_of_a_horse_race_is_a_horse(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("ＳＦ大垣が２２得点、８リバウンドを挙げた。", ["大垣"]),  # a town's word after a position in letters
    ("ＬＯムリヌイが２トライを挙げ、試合を決めた。", ["ムリヌイ"]),  # katakana UniDic takes for a common word
    ("ヤクルトは先発戸塚が五回まで無安打に抑えた。", ["戸塚"]),  # a role right before the surname
    ("チームの主将真壁は「次も勝つ」と話した。", ["真壁"]),
    ("決勝点は右サイドバックの潮見が挙げた。", ["潮見"]),  # a position and の
    ("セッターの小金井が巧みなトスで攻撃を組み立てた。", ["小金井"]),
    ("主将の富士見が２得点に絡み、全国出場を決めた。", ["富士見"]),  # a town's word after 主将の
])
def test_a_name_right_after_a_players_position_or_role(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "先発隊が現地に入り、主将経験のある選手が先発出場した。",  # a role's word before a common word
    "ＰＲイベントの来場者は３千人だった。",  # letters before katakana, in no game's line
    "控えの選手が次節から起用される見込みだ。",
])
def test_a_role_before_a_common_word_makes_no_player(text):
    assert persons(text) == []


def test_racers_before_the_prefectures_they_race_for():
    assert persons("競輪の記念競輪は、武蔵野（東京）が逃げ切り、鳥栖川（福岡）が２着に入った。") == ["武蔵野", "鳥栖川"]
    assert persons("ボートレースの女子戦で、鈴鹿美咲（三重）が初優勝した。") == ["鈴鹿美咲"]
    assert persons("競艇の女子戦で、遠山エミリ（滋賀）が初優勝した。") == ["遠山エミリ"]  # a given name in katakana
    # a meet named before its venue is no racer; a school before its prefecture is no racer either
    assert persons("競輪祭（小倉）は今年も盛況だった。") == []
    assert persons("高校サッカーの準決勝で、大津（熊本）が３－１で勝った。") == []


def test_the_entries_of_a_leaderboard_before_their_scores_to_par():
    assert persons("【最終成績】①桐ケ谷美羽－１２②ユン・ソヒ－１０③岩永、蓮見、ジャスミン・タン－９") == [
        "桐ケ谷美羽", "ユン・ソヒ", "岩永", "蓮見", "ジャスミン・タン"]
    assert persons("最低気温は①札幌－１０②旭川－１２だった。") == []  # places before their degrees below zero


def test_a_club_before_dot_and_its_katakana_player_in_a_games_line():
    text = "巨人・オルドニェスが２試合連続の本塁打を放ち、広島を突き放した。"
    assert persons(text) == ["オルドニェス"]
    assert "巨人" in found_of(text, "organization")
    # a role before ・ is no club; a city and a district are an address
    assert found_of("八回には代打・青柳の適時打で勝ち越した。", "organization") == []
    assert found_of("東京・銀座の店で試合を見た。", "organization") == []


def test_the_speaker_heading_a_comment_in_brackets():
    assert persons("【宗像の話】「居残りで練習してきた成果が出た」") == ["宗像"]  # a town's word as a surname
    assert persons("【梶ケ谷監督（仙台）の話】「前半の失点が全て。切り替える」") == ["梶ケ谷"]  # the title and side apart
    assert persons("【北浜市の話】「安全を確認している」") == []  # a body's words
    assert persons("【長野の話】「雪が多い」") == []  # a prefecture's


def test_an_athlete_named_like_a_town_before_the_body_in_brackets():
    assert persons("女子やり投げは、北見（日大）が６２メートル１０で優勝した。") == ["北見"]
    assert persons("②小豆島（ミキハウス）③舞鶴（自衛隊）") == ["小豆島", "舞鶴"]  # a ranking's later entries
    assert persons("陸上の女子２００メートル決勝は、安曇野紗希（ミズノ）が２３秒０８で制した。") == ["安曇野紗希"]  # a full name
    assert found_of("男子１００メートル決勝は、坂元蓮（東洋工大）が１０秒０５で制した。", "organization") == ["東洋工大"]
    assert persons("第６９回有馬記念（ＧⅠ）は２２日に行われ、大会記録で決着した。") == []  # a race's name
    # a town before its prefecture, or a venue's
    assert persons("大会は仙台（宮城）で開かれ、地元の高校が優勝した。") == []
    assert persons("決勝は札幌（北海道）で行われ、大会記録が出た。") == []


def test_a_foreign_athletes_joined_name_with_its_result_later_in_the_sentence():
    assert persons("ゴルフの女子ツアーで、ニュージーランドのタニア・マクロスキーが北浜カントリークラブの難コースで優勝した。") == [
        "タニア・マクロスキー"]
    assert persons("首位で出たユン・ソアは７５とスコアを落とし、３打差の４位に終わった。") == ["ユン・ソア"]
    assert persons("ドイツのフォルクス・ワーゲンが販売台数で首位に立った。") == []  # no game's line


def test_a_rankings_names_before_their_results_with_no_side():
    assert persons("女子ハーフ　①五十嵐千尋１時間８分２秒②新発田１時間８分３０秒③ルーシー・チェロノ１時間９分１４秒") == [
        "五十嵐千尋", "新発田", "ルーシー・チェロノ"]
    assert persons("①エミリー・ハートマン２２０・１０②氷見野すみれ２１８・４５") == ["エミリー・ハートマン", "氷見野すみれ"]
    assert persons("競歩は、優勝糸魚川２１分３秒、２位栗原２１分２０秒だった。") == ["糸魚川", "栗原"]
    assert persons("男子１５００メートル決勝　①十和田－１４②富良野－１９") == ["十和田", "富良野"]  # towns' words in a game's line
    assert persons("①トヨタ自動車４時間４８分２秒②旭化成４時間４８分２５秒") == []  # a relay's companies


def test_a_box_scores_lines_of_plays_and_its_decisions():
    assert persons("▽本塁打　鳴門８号３ラン（三次）") == ["鳴門", "三次"]  # the batter, the pitcher in brackets
    assert persons("▽二塁打　関本、若宮２　▽盗塁　林　▽失策　竹原") == ["関本", "若宮", "林", "竹原"]
    assert persons("【勝】佐倉５勝３敗　【敗】戸田口２勝６敗") == ["佐倉", "戸田口"]
    assert persons("▽交通規制　国道１号、県道３号") == []


def test_a_box_scores_decisions_and_plays_in_round_and_square_brackets():
    assert persons("（勝）真鍋６勝２敗　（Ｓ）オルテガ２敗２０Ｓ　（敗）佐倉５勝３敗") == ["真鍋", "オルテガ", "佐倉"]
    assert persons("［本］若宮１２号２ラン（佐倉）") == ["若宮", "佐倉"]


def test_two_surnames_joined_by_dot_before_kumi_in_any_line():
    assert persons("根津・大河内組は決勝で満場一致の票を集めた。") == ["根津", "大河内"]  # a town's word too
    assert persons("東京・大阪組が夜の便で合流した。") == []  # prefectures' words


def test_a_surname_unidic_reads_as_a_common_word_and_a_place_before_a_players_title():
    assert persons("地方競馬の大井競馬場で、御子柴騎手が通算２千勝を達成した。") == ["御子柴"]  # (２千勝: a count)
    assert persons("外国人選手と日本人選手が競った。") == []


def test_a_foreign_full_names_last_part_again_before_an_honorific():
    text = "留学生のグエン・ティ・ランさん（２２）が観光ガイドを始めた。ランさんはベトナム語で客を案内する。"
    assert persons(text) == ["グエン・ティ・ラン", "ラン"]


def test_a_full_name_found_in_a_results_line_is_filed_by_its_surname():
    from tui.news import actors

    text = "陸上の女子２００メートル決勝は、佐藤美咲（ミズノ）が２３秒０８で制した。佐藤は「うれしい」と話した。"
    hits, new = actors.find(text, actors.default())
    assert len({f.actor for f in hits if (new.get(f.actor) or actors.default().entries[f.actor]).kind == "person"}) == 1
