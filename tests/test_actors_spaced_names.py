"""Full names printed with a space between surname and given name (results lines, rosters, cast lists, brief
items): the pair read whole, with the evidence each kind of surname needs, and the columns a listing sets apart
with the same space never read as a name. Sentences of our own; each fails without `actors.spaced_names`."""

from __future__ import annotations

import pytest

from conftest import article_persons, persons


@pytest.mark.parametrize("text, names", [
    ("▽男子１００メートル　①星野 翼（北浜高）１０秒５２②水野 蓮（南台高）１０秒６０", ["星野 翼", "水野 蓮"]),
    ("メンバーは宮内 潮（ボーカル）、桂木 凛（ギター）の２人。", ["宮内 潮", "桂木 凛"]),
    ("▽常務　七海 拓（営業本部長）、鳴瀬 さおり（人事部長）", ["七海 拓", "鳴瀬 さおり"]),
    ("漁師の浜口 凪さん（５１）が、島の魚で缶詰を作った。", ["浜口 凪"]),
    ("中学生の遠山 陸君（１４）が表彰された。", ["遠山 陸"]),
    ("５人組グループから宮内 すずが卒業し、新メンバーが加わる。", ["宮内 すず"]),
    ("退任する北条 正和頭取は相談役に就く。", ["北条 正和"]),
    ("▽奨励賞　竹中 つばさ（２６）＝陶芸", ["竹中 つばさ"]),
    ("①日高 蒼空（３年）②押川 健吾（３年）", ["日高 蒼空", "押川 健吾"]),  # (1日高 as the text is read: 1日 + 高)
    ("５人組グループから天音 すずが卒業し、新メンバーが加わる。", ["天音 すず"]),
    ("２２・００　ジャズの小径【案内】加古川 仁", ["加古川 仁"]),  # (a place to UniDic, after a listing's part)
])
def test_a_name_printed_with_a_space_is_one_person(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, wrong", [
    ("代表選巡り党内に温度差　若手議員「世代交代を」", "温度差 若手"),  # a headline's parts
    ("佐藤 ちなつ　４４　立憲　新", "立憲　新"),  # a candidate's party and standing
    ("当　９８７２　遠野恵　無新", "遠野恵　無新"),  # a full name, then the next column
    ("【各段優勝】十両　湖東龍（天塩部屋）１２勝３敗", "十両　湖東龍"),  # a rank before a ring name
    ("訃報　岡本清氏（元岡本工務店社長）２日死去、８０歳。", "訃報　岡本清"),
    ("大谷　チームのみんなに感謝したい。", "大谷　チーム"),  # an interview's answer after its speaker
    ("大谷 快投、今季１０勝目", "大谷 快投"),  # a headline's subject and what they did
    ("東京 渋谷（区役所）で式典", "東京 渋谷"),
    ("山田 まあ、そういうことです", "山田 まあ"),
])
def test_columns_and_headline_parts_are_no_name(text, wrong):
    assert wrong not in persons(text)


def test_the_surname_alone_later_is_the_same_person():
    found = article_persons(["出演は鳴海 健吾（主宰）ほか。", "鳴海は「久しぶりの舞台だ」と話す。"])
    assert found == [["鳴海 健吾"], ["鳴海"]]


def test_a_place_s_word_then_a_given_name_unidic_reads_as_one_is_a_full_name() -> None:
    assert "魚沼　一平" in persons("コンビは、新潟県出身の魚沼　一平と塩沢　健の２人。")
    assert persons("塩釜　直人保健福祉部長は、来月に説明会を開くと述べた。") == ["塩釜　直人"]
    assert persons("▽銀賞　アレックス・ノヴァク（北浜インターナショナルスクール８年）") != ["銀賞　アレックス"]


def test_a_ranked_place_s_word_before_a_given_name_read_alone_is_a_full_name() -> None:
    # (①美唄 美咲 is 1美唄 美咲 as the text is read, and UniDic reads 美唄美咲 in the line as places)
    assert "美唄　美咲" in persons("▽女子８００メートル決勝　①美唄　美咲（ちとせ陸上クラブ）２分１２秒０８")


def test_one_kanji_read_as_an_adverb_before_a_side_in_brackets_is_a_given_name() -> None:
    assert "北見　颯" in persons("▽区間賞　３区（８㌔）北見　颯（十勝栄高）２４分１０秒")


def test_a_team_matchs_slot_before_a_spaced_name_is_no_part_of_it() -> None:
    # (副将 + 浜岡: the slot, then the surname; 朔 read alone as an adverb, then a pupil's year in brackets)
    got = persons("南陵学園は大将鳴門 樹（２年）、副将浜岡 朔（３年）で臨んだ。")
    assert "浜岡 朔" in got and not any(name.startswith("副将") for name in got)


def test_a_deputy_heads_title_after_a_spaced_name_is_no_part_of_it() -> None:
    # (副 + 町長: the title is 副町長, not 町長 after a given name 博之副)
    assert persons("職務代理者には早川　博之副町長が就く。") == ["早川　博之"]
    assert persons("県の方針を、鳴海　恵子副知事が説明した。") == ["鳴海　恵子"]


def test_a_surname_of_three_kanji_is_not_cut_to_its_last() -> None:
    # (UniDic: 桧木 + 内 + 拓: a common word, then a surname; only a person's word before a one-kanji surname is cut)
    assert persons("曳山を出す若衆会の桧木内　拓さん（３５）は話す。") == ["桧木内　拓"]
    assert persons("店主辻　英子さん（６１）は話す。") == ["辻　英子"]


def test_a_pupils_word_before_a_given_name_is_no_part_of_it() -> None:
    assert persons("授賞式では、弟子の高校生楓さんが一首を朗読した。") == ["楓"]


def test_a_place_s_word_then_a_one_kanji_given_name_is_a_full_name() -> None:
    # (UniDic: 一ノ宮 a place, 悠 a given name; after の and before が, a player introduced by the team's word)
    assert persons("終盤には、ベテランの一ノ宮悠が３点シュートを決めた。") == ["一ノ宮悠"]


def test_a_place_s_word_and_a_given_name_before_a_title_are_a_full_name() -> None:
    # (大磯 a place and 学 a common word to UniDic, each read alone; the title after the pair tells a person)
    assert persons("立会人の大磯　学八段は「序盤から激しかった」と語った。") == ["大磯　学"]
    assert persons("記念式典で、白馬　凛校長が創立の歴史を紹介した。") == ["白馬　凛"]
    assert "木内　茂" in persons("木内　茂（きうち・しげる）６１　無新　農業　元農協理事")  # (not 農業 元農協: a job, then a post)
    assert not any("誠交通" in name for name in persons("県警大垣署の砂原　誠交通課長は話した。"))


def test_a_spaced_name_after_a_particle_in_running_text_is_a_full_name() -> None:
    # (words are not set apart by spaces in a sentence: after の or が and before its 。, the pair is a name)
    assert persons("ゴール下の熱田　蒼が両チーム最多の１８点を挙げた。") == ["熱田　蒼"]
    assert persons("代表に選ばれたのは２年の倉吉　凛。") == ["倉吉　凛"]


def test_a_spaced_name_of_a_surname_with_a_prefix_or_suffix_before_an_honorific() -> None:
    # (大 + 塩見: a prefix to UniDic, 満願 + 寺: a suffix; the honorific tells a person)
    assert persons("同好会の大塩見　実さん（６８）は「楽しい」と話した。") == ["大塩見　実"]


def test_a_kana_given_name_before_a_title_keeps_its_last_kana() -> None:
    assert persons("総会で二見　いろは女流初段（１８）が表彰された。") == ["二見　いろは"]


def test_a_deputy_of_any_head_is_one_title() -> None:
    assert persons("県立病院は、出島　昭二副院長（５９）が院長に就くと発表した。") == ["出島　昭二"]
    assert persons("市立美術館は、深浦　正志副館長が館長に昇格すると発表した。") == ["深浦　正志"]


@pytest.mark.parametrize("text, name", [
    ("住居侵入の疑いで、無職愛宕　学容疑者（４８）を逮捕した。", "愛宕　学"),  # (無職: what a report says in place of a post)
    ("福岡市の職業不詳浦賀　剛容疑者（３１）を送検した。", "浦賀　剛"),
    ("同市の元土木部長鷲羽　信一容疑者（６３）が関与を認めた。", "鷲羽　信一"),  # (a title inside the run)
    ("雑誌の担当編集者御前崎　進さんは「早書きの人だ」と話す。", "御前崎　進"),  # (a word for a person, glued)
    ("村の語り部曽木　ハルさん（９０）が昔話を語った。", "曽木　ハル"),  # (a word begun before the run: 語り部)
    ("遺族は、故鳴沢　宗一さんの作品を寄贈した。", "鳴沢　宗一"),
    ("甲府の主将書写　亮は「最後まで走れた」と話した。", "書写　亮"),  # (a title before the pair, in running text)
])
def test_a_spaced_name_glued_to_the_word_before_it_is_cut_from_it(text, name) -> None:
    assert persons(text) == [name]


def test_a_word_of_the_game_after_a_word_for_a_person_is_no_surname() -> None:
    assert not any(name.startswith("決勝") for name in persons("▽中学男子個人決勝　大森（北浜中）メ―森（南台中）"))


def test_a_former_posts_mark_and_a_word_of_the_post_are_no_part_of_the_given_name() -> None:
    assert persons("告示され、大刀洗　翼元幹事長（５５）が立候補した。") == ["大刀洗　翼"]  # (元幹事長: a former post)
    assert persons("県教委の塩見　真教育次長は「負担を減らす」と述べた。") == ["塩見　真"]  # (教育次長: the post)


@pytest.mark.parametrize("text, name", [
    ("新人時代の上司だった養老牛　茂さんに教わった。", "養老牛　茂"),  # (養老 + 牛: a place's word and another)
    ("▽院長（副院長）湯布院　和彦▽副院長（外科部長）", "湯布院　和彦"),  # (▽ closes the entry)
    ("◇白金　恵太５４　農業　無新", "白金　恵太"),  # (a candidate's mark, then the age)
])
def test_a_spaced_name_in_a_list_or_before_an_honorific(text, name) -> None:
    assert name in persons(text)


def test_a_lists_category_and_award_are_no_name() -> None:
    assert not any(n.startswith("洋画") for n in persons("▽洋画　県展賞　楢葉清志さん（６７）＝いわき市"))


@pytest.mark.parametrize("text, name", [
    ("看板俳優の成宮　蒼さん（３１）が主演する。", "成宮　蒼"),  # (蒼 read as a second surname after 成宮)
    ("溺れた子を助けた高校生の辻　颯さん（１７）に感謝状が贈られた。", "辻　颯"),  # (颯 read as an adverb alone)
    ("新党の筧　颯幹事長は「地方から変える」と訴えた。", "筧　颯"),  # (one kanji, then a title)
    ("能楽師の菊池　幽玄さん（６２）も加わった。", "菊池　幽玄"),  # (two kanji, an adjectival noun to UniDic, then さん)
    ("丸　喜三郎農林水産相（７３）は２４日、視察した。", "丸　喜三郎"),  # (a surname of one kanji, then a title)
    ("新しい幹事長に北　勝利元外相（６４）が就いた。", "北　勝利"),  # (a verbal noun to UniDic, then a former post)
])
def test_a_given_name_uniDic_reads_as_another_word_before_an_honorific_or_a_title(text, name) -> None:
    assert persons(text) == [name]


def test_a_prefixs_word_or_a_full_name_before_an_honorific_stays_apart() -> None:
    assert "訃報　岡本清" not in persons("訃報　岡本清氏（元岡本工務店社長）２日死去、８０歳。")
    assert "宮城 正直" not in persons("宮城 正直、まだ実感がない。")  # (no honorific: an answer after its speaker)


@pytest.mark.parametrize("text, name", [
    ("湾岸署は、市内の運転手、大和 隼人容疑者（４６）を逮捕した。", "大和 隼人"),  # a place's word as the given name
    ("港湾署は、大和 飛鳥容疑者（３０）を逮捕した。", "大和 飛鳥"),
    ("署は北浜学園高２年東 颯さん（１６）に感謝状を贈った。", "東 颯"),  # a pupil's year before the surname
])
def test_a_given_name_read_as_a_place_before_an_honorific_or_title_and_an_age_and_a_surname_after_a_year(text, name):
    assert name in persons(text)


def test_a_place_after_a_place_with_an_age_but_no_honorific_or_title_stays_apart() -> None:
    assert "東京 渋谷" not in persons("東京 渋谷（３０）で開く。")


@pytest.mark.parametrize("text, names", [
    ("出演・黒瀬 瑠衣、鈴森 はる、堀越 竜平ほか。", ["黒瀬 瑠衣", "鈴森 はる", "堀越 竜平"]),  # a credit's role and ・
    ("声の出演・七瀬 ひまり、大杉 陸ほか。", ["七瀬 ひまり", "大杉 陸"]),
    ("▽徳竹 正夫、山口 ちえ子、丸山 徹", ["徳竹 正夫", "山口 ちえ子", "丸山 徹"]),  # a list opened by ▽
])
def test_a_spaced_name_after_a_credits_role_and_a_dot_or_opening_a_list(text, names):
    assert [n for n in persons(text) if n in names] == names


def test_a_foreign_names_part_before_a_dot_or_a_stable_after_the_given_name_makes_no_spaced_name() -> None:
    assert "ソコロフ ピアノ" not in persons("指揮＝アレクサンドル・Ｖ・ソコロフ ピアノ＝久遠寺玲奈")
    assert "沖本 隆厩舎" not in persons("勝ったのは美浦・沖本 隆厩舎の４歳牝馬。")


@pytest.mark.parametrize("text, name", [
    ("【女子４００メートル】①星 七海（桜陵高）５６秒８９", "星 七海"),  # one kanji after a ranking's place, a known given name
    ("第２シードの日向 まどかが、韓国の選手を破った。", "日向 まどか"),  # が before a comma
    ("「雨の市場」（鄭暁嵐著、片桐 玲子訳）は長編だ。", "片桐 玲子"),  # a translator's credit
])
def test_a_spaced_name_in_a_ranking_before_が_and_a_comma_or_before_a_credit(text, name):
    assert name in persons(text)


def test_a_post_after_a_spaced_name_makes_no_name_of_the_given_name_and_the_post() -> None:
    found = persons("▽和田 光一 総務課長→参事▽西沢 恵 住民福祉課長→総務課長")
    assert "和田 光一" in found and not any(n.startswith("光一") for n in found)


def test_a_katakana_given_name_before_an_honorific_read_as_a_place_in_the_line() -> None:
    assert "依田 ミネ" in persons("市内の最高齢は１０７歳の依田 ミネさんで、今も新聞を読む。")
    assert "東京 ミネ" not in persons("東京 ミネさん")  # (a place before it: no surname)


@pytest.mark.parametrize("text, name", [
    ("【囲碁初段の部】①峰　謙吾初段（須坂市）②戸倉　悠人初段（小諸市）③御子柴　健初段（岡谷市）", "御子柴 健"),
    ("【低学年の部】①宮坂　律君（ひばり小２年）②新　陽太君（ひばり小３年）③塩原　心さん（もみじ小２年）", "新 陽太"),
])
def test_a_pair_of_a_names_shape_in_a_line_that_prints_its_other_names_spaced_is_a_name(text, name):
    # (the line's other entries, with evidence of their own, show how it prints names: the weak pair is one too)
    assert name.replace(" ", "\u3000") in persons(text) or name in persons(text)


@pytest.mark.parametrize("text, name", [
    ("【男子リレー】１位　港南ＳＣ（立山　瑛太―岩瀬　海斗―今井　蒼―氷見　大和）３分３０秒８８　２位　北浜水泳クラブ（中田　樹―"
     "水橋　蓮―岩城　陽太）３分３２秒１５", "今井 蒼"),  # a relay's runners
    ("女子は姉妹の百　まどか・百　かれんペア（衣川中）が、大沢　りな・小森　希ペアを破った。", "百 かれん"),  # a pair
    ("【称号者の部】優勝　遠野　清錬士六段（花巻弓友会）　準優勝　八幡　勝利教士七段（盛岡弓道会）", "遠野 清"),  # budo titles
])
def test_a_relays_runners_a_pairs_players_and_a_budo_titles_holder_printed_spaced(text, name):
    found = {n.replace("\u3000", " ") for n in persons(text)}
    assert name in found and not any(n.endswith(("錬士", "教士")) for n in found)


def test_a_counter_after_a_number_is_no_surname_in_a_line_of_spaced_names() -> None:
    found = persons("①３号艇　井ノ口 幸（大阪）②１号艇　竜崎 淳（福岡）③５号艇　仲間 瑞穂（香川）")
    assert not any("号艇" in n for n in found)
    found = persons("【一般男子】１位　沢井　光　北辰化成　７０１点　２位　新　健太郎　松代電機　６９８点　３位　港　優一　個人登録　６９４点")
    assert "港 優一" in found or "港\u3000優一" in found
    assert not any(n.startswith("位") for n in found)  # (1位: a place's counter, no surname)


@pytest.mark.parametrize("text, name", [
    ("北浜製作所は九回、１番呉羽　竜也が右中間を破る逆転の二塁打を放った。", "呉羽 竜也"),  # a batting order
    ("湊台は前半２２分、ＭＦ出雲　陸斗のクロスに、ＦＷ松江　颯太が頭で合わせて先制した。", "出雲 陸斗"),  # a position
])
def test_a_spaced_name_after_a_players_order_or_position(text, name):
    found = {n.replace("\u3000", " ") for n in persons(text)}
    assert name in found and not any(n in found for n in ("呉羽", "竜也", "出雲"))


def test_a_foreign_name_of_katakana_parts_standing_as_an_entry_of_a_spaced_line() -> None:
    text = ("【４０歳代女子】１位　泉　真由美　長野　３時間０２分２１秒　２位　春日井　麻衣　新潟　３時間０５分５９秒　"
            "３位　ジョアナ・サントス　埼玉　３時間０８分１４秒")
    assert "ジョアナ・サントス" in persons(text)
    text = "【団体】１位　チーム・ヤマセ　２位　沢井　光（北辰化成）　３位　丸山　快（城南大）"
    assert "チーム・ヤマセ" not in persons(text)  # (a common word first: a team's name)


def test_a_copulas_de_after_a_kana_given_name_stays_out_and_a_name_ending_in_de_stays_whole():
    assert persons("作・演出は劇団主宰の鷹栖 しおりで、廃線の駅を描く。") == ["鷹栖 しおり"]
    assert persons("主演は山田 かえで、助演は森 ひなた。") == ["山田 かえで", "森 ひなた"]


def test_the_late_before_a_name_printed_spaced_is_no_part_of_it():
    assert persons("店は夫の故門 善三さんと１９６２年に開いた。") == ["門 善三"]


def test_what_a_list_gives_in_brackets_after_a_spaced_name_is_no_person():
    text = "▽自治功労　村岡 重雄（大野）、小代 貞子（秋岡）、赤松 浩一（赤松）"
    assert persons(text) == ["村岡 重雄", "小代 貞子", "赤松 浩一"]


@pytest.mark.parametrize("text, names", [
    ("▽十両　霧乃峰（寄り切り）朝日颪、白根岳（突き落とし）荒波潟、若草（はたき込み）鳴門灘", []),  # (a division)
    ("先鋒　○剣持 陸（メコ）―（メ）伊万里 翼　次鋒　嬉野 蓮", ["剣持 陸", "伊万里 翼", "嬉野 蓮"]),
    ("当　３１７　石野 茂樹　無現　当　２９５　浅原 美紀　無新　当　２１８　大槻 健一　無現　当　１８０　土橋 誠　無新",
     ["石野 茂樹", "浅原 美紀", "大槻 健一", "土橋 誠"]),  # (an election's marks)
    ("班長（敬称略）　１班　梅 ふみ子　２班　竹内 修　３班　松 孝之　４班　堀 美和　５班　ファム・ティ・ラン",
     ["梅 ふみ子", "竹内 修", "松 孝之", "堀 美和"]),
])
def test_a_listings_column_words_are_no_half_of_a_spaced_name(text, names):
    found = persons(text)
    assert [n for n in found if n in names] == names
    assert not [n for n in found if any(w in n for w in ("十両", "次鋒", "無現", "無新", "当", "班"))]


def test_a_given_name_before_a_title_makes_a_spaced_pair_whatever_the_surname():
    assert persons("説明に同席した開明 奈緒子総務課長は、寄付額を明らかにした。") == ["開明 奈緒子"]


def test_a_names_kanji_unidic_knows_no_word_for_stays_in_it() -> None:
    assert persons("中国の広東省から、鄧　文涛副省長ら８人が訪れた。") == ["鄧　文涛"]  # (涛: a symbol to UniDic)


def test_a_word_of_place_or_time_after_a_kin_word_is_no_given_name() -> None:
    assert persons("女性が干物店を営む祖母のもとに身を寄せる物語だ。") == []
    assert persons("祖母のハナが笑った。") == ["ハナ"]


@pytest.mark.parametrize("text, name", [
    ("能登町観光協会の塩津　美和事務局長は「来年も開く」と話した。", "塩津　美和"),  # (美和: a place to UniDic in the line)
    ("坂井　ひとみ厚生労働相は「老後の備えを厚くしたい」と述べた。", "坂井　ひとみ"),  # (the sentence's opening words)
    ("段々畑を守る名舟　トミさん（８１）が表彰された。", "名舟　トミ"),  # (after a clause that describes her)
])
def test_a_spaced_name_with_a_title_or_honorific_in_running_text_is_a_full_name(text: str, name: str) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("領事館の斑目　真一総領事は「双方の利益になる」と述べた。", "斑目　真一"),
    ("式典には、伊佐　直樹国土交通副大臣が出席した。", "伊佐　直樹"),  # (not 直樹国土: the ministry opens the title)
    ("アンマンの大使館から己斐　俊之公使も駆けつけた。", "己斐　俊之"),
])
def test_a_missions_ranks_and_a_ministrys_deputy_close_a_spaced_name(text: str, name: str) -> None:
    assert name in persons(text)
