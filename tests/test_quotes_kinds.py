"""Shapes of the ninth dev set, each pinned by sentences of our own: a body named again by its kind alone (組合は,
病院側は, 病院の事務局は, ホテルは), words alone after a sentence told by a bare title as its source (教授によると…という),
a foreign name cut apart by UniDic before its title, a headline's words after a full-width space, と and a feeling
shown (と悔しがった), a stable master before his old ring name in brackets and a wrestler after 新入幕の, a katakana
kind joined by ・ before a name that holds a person's word, a speaker after a school's short name, and a title after
a name no body's short name is."""

from __future__ import annotations

from tests.test_quotes import quotes, quotes_headed


def test_a_union_named_again_as_its_kind_alone_is_that_union() -> None:
    text = ("東西バス労働組合は2日、賃上げを求めて時限ストを行うと通告した。組合の森田和樹委員長は「限界だ」と訴えた。\n\n"
            "組合は「運転手の確保には待遇の改善が欠かせない」としている。")
    assert quotes(text) == [("限界だ", "森田和樹"), ("運転手の確保には待遇の改善が欠かせない", "東西バス労働組合")]


def test_a_kind_with_its_side_or_its_secretariat_is_the_body_of_that_kind() -> None:
    side = "港北中央病院は8日、入院患者の薬を取り違えたと発表した。\n\n病院側は「確認の手順を改める」としている。"
    assert quotes(side) == [("確認の手順を改める", "港北中央病院")]
    office = "港北中央病院は8日、外来の受付時間を短くすると発表した。\n\n病院の事務局は「医師の働き方を見直すためだ」と説明した。"
    assert quotes(office) == [("医師の働き方を見直すためだ", "港北中央病院")]


def test_a_katakana_kind_joined_first_by_a_point_is_the_hotel() -> None:
    text = ("ホテル・ミモザ岬の大野智子社長は1日、客室を改装すると明らかにした。"
            "ホテルは「夏までに全室を新しくする」としている。")
    assert quotes(text) == [("夏までに全室を新しくする", "ホテル・ミモザ岬")]


def test_a_kind_after_no_or_shared_by_two_bodies_gives_no_one() -> None:
    other = ("港北中央病院は8日、夜間の救急を休むと発表した。\n\n近隣の病院は「患者が増えれば対応しきれない」と懸念する。")
    assert quotes(other) == [("患者が増えれば対応しきれない", None)]
    two = ("港北中央病院と港南市民病院は8日、統合に向けて協議を始めた。\n\n病院側は「地域の医療を守るためだ」としている。")
    assert quotes(two) == [("地域の医療を守るためだ", None)]


def test_a_company_side_is_the_company_not_its_union() -> None:
    text = ("東西バス労働組合は2日、時限ストを通告した。東西バスは「交渉を続けたい」とコメントした。\n\n"
            "会社側は「提示した額は業界でも高い水準だ」としている。")
    assert quotes(text)[-1] == ("提示した額は業界でも高い水準だ", "東西バス")


def test_words_alone_after_a_bare_titles_hearsay_are_that_title_holders() -> None:
    text = ("北辰大学の宮内健教授は会見で新しい電池を発表した。教授によると、充電の時間は半分になるという。"
            "「5年以内に車に載せたい」と述べた。")
    assert quotes(text)[-1] == ("5年以内に車に載せたい", "宮内健")


def test_a_foreign_name_cut_by_unidic_before_a_title_is_the_person_named_before() -> None:
    text = ("米国のロバート・ウィンスロー大統領は5日、演説した。\n\n"
            "ウィンスロー大統領は「国内の工場を守るためだ」と強調した。")
    assert quotes(text) == [("国内の工場を守るためだ", "ウィンスロー")]


def test_a_foreign_name_cut_by_unidic_before_a_title_and_a_headlines_words() -> None:
    body = "米国のロバート・ウィンスロー大統領は5日、演説した。ウィンスロー氏は「国内の雇用を守る」と述べた。"
    assert quotes_headed("ウィンスロー氏「関税を引き上げる」", body)[0] == ("関税を引き上げる", "ウィンスロー")


def test_a_headlines_words_alone_after_a_space_are_the_holders_of_the_title_opening_it() -> None:
    body = "米国のロバート・ウィンスロー大統領は5日、演説した。ウィンスロー大統領は「国内の工場を守る」と強調した。"
    assert quotes_headed("米大統領、関税を発表　「国内の工場を守る」", body)[0] == ("国内の工場を守る", "ウィンスロー")


def test_a_feeling_shown_after_the_words_closes_a_clause_of_saying() -> None:
    assert quotes("石原大輔は「最後に体が硬くなった」と悔しがった。") == [("最後に体が硬くなった", "石原大輔")]
    assert quotes("山本花子さんは「もう少し続けたかった」と残念がった。") == [("もう少し続けたかった", "山本花子")]


def test_a_stable_master_before_his_old_ring_name_and_a_wrestler_after_his_first_top_division() -> None:
    text = ("大相撲秋場所9日目、新入幕の北ノ湊は勝ち越しを決めた。\n\n"
            "師匠の浦風親方（元小結・千代錦）は「前に出る気持ちが強い」と目を細めた。")
    assert quotes(text) == [("前に出る気持ちが強い", "浦風")]
    assert quotes(text.replace("勝ち越しを決めた。", "勝ち越しを決めた。北ノ湊は「まだ半分」と話した。"))[0] == ("まだ半分", "北ノ湊")


def test_a_ring_name_right_before_a_headlines_words() -> None:
    body = "大相撲の新大関、藤ノ嶺が26日、会見し、「感謝の気持ちで土俵に上がる」と語った。"
    assert quotes_headed("新大関・藤ノ嶺「感謝の気持ちで」", body)[0] == ("感謝の気持ちで", "藤ノ嶺")


def test_a_katakana_kind_and_a_point_before_a_name_that_holds_a_persons_word() -> None:
    text = ("老舗旅館を改装したホテル・シーガル浦波が閉館する。\n\n"
            "ホテル・シーガル浦波は「建物の老朽化のため」と説明している。")
    assert quotes(text) == [("建物の老朽化のため", "ホテル・シーガル浦波")]


def test_a_speaker_after_a_schools_short_name_whose_given_name_is_a_common_word() -> None:
    assert quotes("浜松工の西尾大河は「打ててよかった」と笑った。") == [("打ててよかった", "西尾大河")]
    assert quotes("日本の九州地方は「晴れる」と話した。") == [("晴れる", None)]


def test_a_title_after_a_name_is_no_short_name_of_an_assembly() -> None:
    text = ("青葉市議会は19日、定数を減らす条例を可決した。反対した共産党の高田さやか市議は"
            "「少数の声が届かなくなる」と反論した。")
    assert quotes(text) == [("少数の声が届かなくなる", "高田さやか")]


def test_two_people_as_one_subject_give_their_words_to_no_one_of_them() -> None:
    assert quotes("鈴木花子さんと山田太郎さんは「一緒に頑張りたい」と声をそろえた。") == [("一緒に頑張りたい", None)]
    assert quotes("鈴木一郎を破った山田太郎は「うれしい」と話した。") == [("うれしい", "山田太郎")]


def test_a_companys_press_office_written_right_after_its_name_speaks_for_it() -> None:
    text = "北浜電機は5日、工場を閉じると発表した。\n\n北浜電機広報部は「需要の減少に合わせる」と説明した。"
    assert quotes(text) == [("需要の減少に合わせる", "北浜電機")]


def test_a_kind_written_short_is_the_one_body_it_shortens() -> None:
    board = "北浜市教育委員会は5日、調査結果を公表した。教委は「対応が不十分だった」と説明した。"
    assert quotes(board) == [("対応が不十分だった", "北浜市教育委員会")]
    office = "南風労働基準監督署は5日、会社に是正を勧告した。労基署は「個別の事案には答えられない」としている。"
    assert quotes(office) == [("個別の事案には答えられない", "南風労働基準監督署")]
    member = "北浜市教育委員会は5日、調査結果を公表した。委員は「対応が不十分だった」と説明した。"
    assert quotes(member) == [("対応が不十分だった", None)]
    teacher = "北浜市教育委員会は5日、調査結果を公表した。教員は「対応が不十分だった」と話した。"
    assert quotes(teacher) == [("対応が不十分だった", None)]


def test_a_union_named_short_as_a_labour_union_and_a_kind_two_unions_share() -> None:
    text = "市原総合病院で働く看護師らでつくる市原看護労組は4日、申し入れをした。組合は「夜勤が多すぎる」と訴えている。"
    assert quotes(text) == [("夜勤が多すぎる", "市原看護労組")]
    two = ("北陽労組と南陽労組は4日、共同で申し入れをした。北陽労組の森田和樹委員長は「限界だ」と話した。\n\n"
           "組合は「夜勤が多すぎる」としている。")
    assert quotes(two)[-1] == ("夜勤が多すぎる", None)


def test_a_body_named_in_brackets_after_its_kind_speaks() -> None:
    assert quotes("市民団体「川を守る会」は「工事を止めてほしい」としている。") == [("工事を止めてほしい", "川を守る会")]
    assert quotes("住民グループ「みどりの森」は「木を切らないで」と訴えている。") == [("木を切らないで", "みどりの森")]
    assert quotes("映画「海の家」は「家族の物語だ」と話題になった。") == [("家族の物語だ", None)]
    assert quotes("ファンクラブ「星の会」は「お別れの会を開く予定」としている。") == [("お別れの会を開く予定", "星の会")]
    assert quotes("保存会「ふるさと太鼓」は「来年も続ける」としている。") == [("来年も続ける", "ふるさと太鼓")]


def test_a_statements_words_are_its_authors() -> None:
    text = "北浜電機は5日、社長の辞任を発表した。山田太郎社長の談話では「責任を痛感している」としている。"
    assert quotes(text) == [("責任を痛感している", "山田太郎")]


def test_a_katakana_letter_read_as_a_word_after_a_full_stop_stays_in_the_name() -> None:
    text = "精密機器のカジマ精機は5日、工場を新設すると発表した。カジマ精機は「需要が伸びている」と説明した。"
    assert quotes(text) == [("需要が伸びている", "カジマ精機")]


def test_another_holder_of_the_title_is_not_the_one_named() -> None:
    text = "北辰大学の宮内健教授は会見した。別の教授は「結論は早い」と話した。"
    assert quotes(text) == [("結論は早い", None)]
    told = "北辰大学の宮内健研究員は会見した。別の研究員によると、結果は出ていないという。「結論は早い」と話した。"
    assert quotes(told) == [("結論は早い", None)]


def test_a_name_whose_given_name_ends_in_hiragana_or_a_counter_speaks() -> None:
    assert quotes("卓球の早田ひなは「自分のプレーをしたい」と話した。") == [("自分のプレーをしたい", "早田ひな")]
    assert quotes("スケートボードの堀米雄斗は「自己ベストが出た」と話した。") == [("自己ベストが出た", "堀米雄斗")]



def test_words_alone_then_a_telling_that_describes_one_person_are_theirs() -> None:
    text = "「ここまで来られたのは家族のおかげだ」。そう話す山田太郎さん（80）は、毎朝畑に出る。"
    assert quotes(text) == [("ここまで来られたのは家族のおかげだ", "山田太郎")]
    two = "「ここまで来られたのは家族のおかげだ」。そう話す山田太郎さんの隣で、妻の花子さんがうなずいた。"
    assert quotes(two) == [("ここまで来られたのは家族のおかげだ", None)]


def test_words_alone_after_a_titles_hearsay_about_someone_else_are_no_ones() -> None:
    text = "北辰高の宮内健監督は会見した。監督によると、選手は朝から緊張していたという。「いつも通りやるだけ」と話した。"
    assert quotes(text) == [("いつも通りやるだけ", None)]


def test_a_headlines_words_right_after_the_one_person_it_names_with_a_title_are_theirs() -> None:
    body = "北浜FCの山田太郎監督は5日、会見した。山田監督は「来季も指揮を執る」と述べた。"
    assert quotes_headed("北浜FC、山田監督「優勝を目指す」", body)[0] == ("優勝を目指す", "山田太郎")
    assert quotes_headed("北浜FC、山田監督「働き方改革」", body)[0] == ("来季も指揮を執る", "山田太郎")
    assert quotes_headed("「優勝を目指す」山田監督", body)[0] == ("優勝を目指す", "山田太郎")
    assert quotes_headed("山田監督、続投へ「優勝を目指す」", body)[0] == ("優勝を目指す", "山田太郎")
    assert quotes_headed("山田監督、映画「海の記憶」を鑑賞", body)[0] == ("来季も指揮を執る", "山田太郎")


def test_words_over_paragraphs_after_a_sentence_that_announces_them_are_its_subjects() -> None:
    text = ("山田太郎社長は会見でこう語った。\n\n「海外の売り上げを倍にしたい。そのために工場を建てる。\n\n"
            "「雇用も増やしたい」")
    assert quotes(text) == [("海外の売り上げを倍にしたい。そのために工場を建てる。", "山田太郎"),
                            ("雇用も増やしたい", "山田太郎")]


def test_words_over_three_paragraphs_are_one_speakers_each_part_listed() -> None:
    announced = ("山田太郎社長は会見でこう語った。\n\n「海外の売り上げを倍にしたい。\n\n「そのために工場を建てる。\n\n"
                 "「雇用も増やしたい」")
    said = "山田太郎社長は「海外の売り上げを倍にしたい。\n\n「そのために工場を建てる。\n\n「雇用も増やしたい」と述べた。"
    parts = [("海外の売り上げを倍にしたい。", "山田太郎"), ("そのために工場を建てる。", "山田太郎"), ("雇用も増やしたい", "山田太郎")]
    assert quotes(announced) == parts
    assert quotes(said) == parts
