"""Names on culture, arts and board-game pages (`actors.job_names`, `actors.no_persons`, the players' titles of
`actors.roles`): a foreign name right after a calling, capitals after a calling, a surname and a given name in
hiragana, a player before a title or rank; and the names that stand for no person there (a prize's, a part
played, a character before the actor, a name inside a work's title, a title alone, a house name in 屋).
Sentences of our own; each fails without its change."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("来月の定期公演は、チェコ出身の指揮者ヤン・ドヴォルスキー氏が振る。", ["ヤン・ドヴォルスキー"]),
    ("リサイタルでは、ピアニストイリーナ・ペトロワさんが共演する。", ["イリーナ・ペトロワ"]),  # not the calling
    ("写真家ルーカス・ベルナール氏の作品展が開かれる。", ["ルーカス・ベルナール"]),
    ("石油大手ガルフスター・オイルは減産を決めた。", []),  # 大手: a company's word, no calling
    ("現代美術家のＳＯＲＡＴＯが新作を発表した。", ["ＳＯＲＡＴＯ"]),  # capitals after a calling and の
    ("衣装はＭＩＮＡＭＩさんが手がけた。", ["ＭＩＮＡＭＩ"]),  # capitals before an honorific
    ("ラッパーのＤＡＩ−ＧＯは、地元の港町を歌った。", ["ＤＡＩ−ＧＯ"]),  # a hyphen inside
])
def test_names_after_a_calling(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("名人戦は、白浜あかり女流二段が解説を務めた。", ["白浜あかり"]),  # a surname UniDic reads as a place
    ("主演の白浜あかりさん（３０）が登壇した。", ["白浜あかり"]),
    ("店主の村井まりさん（４１）が店を継いだ。", ["村井まり"]),  # not まりさん before the age
    ("女優の朝霧かれんが登壇した。", ["朝霧かれん"]),  # after a calling and の, before が
    ("地区の交流拠点、本町ふれあいセンター長の話を聞いた。", []),  # an office's head: the place's name
])
def test_a_surname_and_a_given_name_in_hiragana(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("女流名人戦は、森下女流三段が先勝した。", ["森下"]),
    ("若手の工藤叡王は、研究会を主宰する。", ["工藤"]),  # not 工藤叡王
    ("内藤前王将は、タイトル奪還を誓った。", ["内藤"]),
    ("競技かるたのクイーン戦で、小松原クイーンが防衛した。", ["小松原"]),
    ("宇宙から戻った沖野飛行士は、記者会見に臨んだ。", ["沖野"]),
    ("囲碁の石黒本因坊が、初防衛を果たした。", ["石黒"]),  # not 石黒本因坊
])
def test_a_player_before_a_title_or_rank(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("今年の谷崎潤一郎賞は、堀口ゆかりさんの長編に決まった。", ["堀口ゆかり"]),  # a prize named after a person
    ("菊池寛賞を受けた記者が会見した。", []),
    ("歌舞伎の新作で、織田信長を演じる村瀬剛さんが意気込みを語った。", ["村瀬剛"]),  # a part played
    ("時代劇で、徳川慶喜役は真島圭に決まった。", ["真島圭"]),
    ("主人公の医師・神崎遼（佐伯翔太）の成長を描く。", ["佐伯翔太"]),  # a character before the actor
    ("展覧会「ルノワールと京都」が開幕した。", []),  # inside an exhibition's title
    ("新作ゲーム「剣士ミハイルの旅」が発売された。", []),
    ("小説『漱石の猫』がベストセラーになった。", []),
    ("屋号は加賀屋で、祖父の代から続く。", []),  # a house name
])
def test_names_that_stand_for_no_person(text, names):
    assert persons(text) == names


def test_a_title_read_alone_is_no_person():
    assert "本因坊" not in persons("女流本因坊のタイトルを争う。")


def test_a_surname_again_after_its_full_name_in_hiragana():
    assert persons("主演の白浜あかりさん（３０）が登壇した。\n白浜は「緊張した」と話した。") == ["白浜あかり", "白浜"]


@pytest.mark.parametrize("text, names", [
    ("寄席の二ツ目、松風亭こだまは、大学の落語研究会で腕を磨いた。", ["松風亭こだま"]),
    ("落語協会は、月見家だんご（４０）の真打昇進を発表した。", ["月見家だんご"]),
    ("披露興行では、松風亭梅朝師匠がトリを務める。", ["松風亭梅朝"]),  # 師匠: no part of the name
    ("落語の舞台になった旧山中家の屋敷が公開された。", []),  # a family's house, no storyteller
    ("落語好きの書道家が、高座の後ろに掛ける書を書いた。", []),  # a calling before 家
])
def test_a_storyteller_after_the_house_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("名誉棋聖の故村瀬達彦氏をしのぶ会が開かれた。", ["村瀬達彦"]),  # 故: no part of the name
    ("主人公の探偵・黒田蓮（高村修）が事件を追う。", ["高村修"]),  # a given name of one kanji in brackets: the actor
    ("男子１００メートルは、岸本勇（北浜大）が制した。", ["岸本勇"]),  # a body's short name in brackets, no person
])
def test_the_late_and_an_actor_in_brackets(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("寄席の二ツ目、月見家だんごが真打に昇進する。\nだんごは「師匠に恩返ししたい」と話した。", ["月見家だんご", "だんご"]),
    ("披露興行では、松風亭梅朝師匠がトリを務める。\n師匠の梅朝から、新しい名をもらった。", ["松風亭梅朝", "梅朝"]),
])
def test_a_storytellers_given_name_alone_later(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("時代劇の新作で、土方歳三役は北条蓮に決まった。", ["北条蓮"]),  # the actor after the part
    ("民謡の名手、三味線の宮下はる江さんが、県の文化賞を受けた。", ["宮下はる江"]),  # hiragana and a last kanji
    ("当時１２歳だった高木少年は、のちに名人になった。", ["高木"]),  # 少年: no part of the name
])
def test_an_actor_after_the_part_a_given_name_in_kana_and_kanji_and_a_boy(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("俳人の小池白雨（こいけ・はくう）さんが死去した。", ["小池白雨"]),  # the whole kanji before the reading
    ("囲碁の沼田悟九段（ぬまた・さとる）が１日、死去した。", ["沼田悟"]),  # not the rank
    ("絵本作家の霜月しずく（しもつき・しずく、本名・高梨静江）さんが死去した。", ["霜月しずく", "高梨静江"]),  # a kana given name
])
def test_a_name_before_its_reading_in_hiragana_joined_by_a_dot(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("ジャズピアニストトミー石田さんのトリオが、記念ライブを開いた。", ["トミー石田"]),  # katakana, then a surname
    ("黄綬褒章▽白浜あかり（声優）▽沼尻悟（彫刻家）", ["白浜あかり", "沼尻悟"]),  # a calling in brackets
    ("新人賞を受けた森ノ下凛さん（２２）は、大学の４年生だ。", ["森ノ下凛"]),  # (no 下凛 inside the name)
])
def test_a_katakana_given_name_a_calling_in_brackets_and_a_surname_in_no(text, names):
    assert persons(text) == names


def test_the_last_item_of_a_list_before_と():
    text = "舞台あいさつには、佐伯まりな、長谷部大悟と野間仁監督が立った。"
    assert persons(text) == ["佐伯まりな", "長谷部大悟", "野間仁"]


@pytest.mark.parametrize("text, names", [
    ("シンガー・ソングライターのミナモが、初の武道館公演を開いた。", ["ミナモ"]),
    ("歌手のコンサートは、雨で中止された。", []),  # a loanword
    ("地方競馬の大賞典は、小出騎手のサンダーボルトが制した。", ["小出"]),  # a horse after a jockey
])
def test_a_katakana_name_after_a_calling_and_の(text, names):
    assert persons(text) == names


def test_a_surname_in_two_odd_pieces_before_a_players_title():
    assert persons("鳥月叡王は、研究会を開く。") == ["鳥月"]  # 鳥 + 月: two common words


@pytest.mark.parametrize("text, names", [
    ("お笑いトリオ「ハッピー坂道」の大黒が、休養を発表した。", ["大黒"]),  # a member of the group in 「」
    ("バンド「夜行列車」のライブは、横浜で開かれる。", []),  # no member: the group's live show
    ("ヒロイン役は白浜ひなたが務める。", ["白浜ひなた"]),  # a proper noun and hiragana after the part
    ("人形浄瑠璃の太夫、竹本千歳太夫が人間国宝に選ばれた。", ["竹本千歳太夫"]),  # 太夫: part of the chanter's name
])
def test_a_member_of_a_group_an_actor_after_the_part_and_a_chanters_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("人気ユーチューバーのヒカルンが、新事業を始めた。", ["ヒカルン"]),  # a calling of the web in katakana
    ("グラビアアイドルの沢口ミナが写真集を発売する。", ["沢口ミナ"]),  # a surname UniDic reads and a katakana given name
    ("タレントの木村カエラさんが登場した。", ["木村カエラ"]),
])
def test_names_after_a_calling_of_the_web_or_a_katakana_given_name(text, names):
    assert persons(text) == names


def test_a_calling_and_a_word_in_katakana_that_is_no_name():
    assert persons("人気ユーチューバーのコラボが話題になった。") == []  # a loanword (collaboration)


def test_a_storys_lead_and_a_voiced_character_are_no_persons_wherever_named():
    text = ("声優の星野玲が、アニメ「銀河のクロノス」で主人公クロノスの声を担当する。"
            "星野は「クロノスの弱さも大事に演じたい」と意気込んだ。")
    assert persons(text) == ["星野玲", "星野"]
    assert persons("新作ゲームの発表会には、主人公ルカの声を担当した声優の早川愛さんが登壇した。") == ["早川愛"]
    assert persons("連続テレビ小説で主人公の祖母・ハル役を演じる檜山冬子（７２）が会見した。") == ["檜山冬子"]


@pytest.mark.parametrize("text, names", [
    ("今年の読書感想文コンクールでは、課題図書「ぼくとジローの夏」を選ぶ生徒が多かった。", []),  # a book's title
    ("１９７０年代に「港のジョニー」がヒットした。", []),  # a song's
    ("静岡の茶葉を使った「綾鷹」の限定品も売り出す。", []),  # a product's
    # words someone says, a nickname: the name inside is a person's
    ("監督は「丹羽が期待以上」と喜んだ。", ["丹羽"]),
    ("時代劇で悪役を演じ続け、「オニゴウ」の愛称で親しまれた。", ["オニゴウ"]),
    ("劇団の看板俳優で「ゴンさん」と呼ばれる権藤義之助が出演する。", ["ゴン", "権藤義之助"]),
])
def test_a_name_inside_short_words_in_brackets_that_name_a_thing_is_no_person(text, names):
    assert persons(text) == names


def test_a_name_after_a_groups_shozoku_no():
    assert persons("配信グループ「ほしぞらライブ」所属の星川ミオが、３周年の記念配信を開いた。") == ["星川ミオ"]
    assert persons("事務所所属のタレントが出演し、ジム所属の選手が優勝した。") == []  # common words


def test_the_parts_a_cast_plays_before_o_and_their_actors_are_no_persons():
    text = ("長女の春江を宮守 さとみ、次女の夏美を客演の森下ゆかりが演じる。"
            "頑固な店主の与平を坂出剛史が演じる。坂出は「与平は情に厚い」と話した。")
    assert persons(text) == ["宮守 さとみ", "森下ゆかり", "坂出剛史", "坂出"]
    assert persons("警察は山田太郎さんを佐藤花子さんが見つけたと発表した。") == ["山田太郎", "佐藤花子"]  # no part played


def test_the_same_and_a_title_is_no_name():
    assert persons("北斗大の綾瀬みずほ准教授は「新種だ」と話す。同准教授は「夏までに調べたい」とも話した。") == ["綾瀬みずほ"]
