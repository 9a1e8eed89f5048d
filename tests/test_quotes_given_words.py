"""Words one person gave another (監督から「…」と言われた, 恩師から贈られた「…」という言葉) are the giver's, not the
hearer's, and words alone after them are the hearer's (…から「…」と言われた。「…」と笑顔を見せた); a comment line that names a kind of player or a club with の (【新人の…】, …監督の話「…」); and a title
after 副, 前 or 元, which is another office than the title alone (副社長 is no 社長); words taught by one the text leaves
unnamed (亡くなった師匠から「…」と教わった) are no one's."""

from __future__ import annotations

from test_quotes import quotes


def test_words_said_to_the_subject_are_the_ones_of_who_is_named_before_から() -> None:
    assert quotes("入団1年目の春、新井悠斗選手は正捕手の木島亮太から「迷ったら真っすぐで来い」と励まされた。") == [
        ("迷ったら真っすぐで来い", "木島亮太")]
    assert quotes("野口彩花さんは初舞台の前、師匠の川端千代子さんに「客席の一番後ろに届けなさい」と言われたという。") == [
        ("客席の一番後ろに届けなさい", "川端千代子")]


def test_words_alone_after_words_said_to_the_topic_are_the_topics() -> None:
    text = ("新人の小田切萌は第2ピリオドで失点した後、ベンチで主将の岩清水香織から「次の1点はあなたが取って」と言われたという。"
            "「その声で足が動いた」と笑顔を見せた。")
    assert quotes(text) == [("次の1点はあなたが取って", "岩清水香織"), ("その声で足が動いた", "小田切萌")]
    # (two topics: no one)
    text = ("小田切萌と岩清水香織は試合後、監督の東郷寛から「よく走った」と言われた。「うれしかった」と笑顔を見せた。")
    assert quotes(text)[-1] == ("うれしかった", None)


def test_words_named_as_a_gift_are_the_givers() -> None:
    text = "堀内勝也町長は、町長選の初当選時に前町長の矢野信夫氏から贈られた「役場の椅子は町民のもの」という言葉を座右の銘にしている。"
    assert quotes(text) == [("役場の椅子は町民のもの", "矢野信夫")]


def test_words_the_subject_says_to_someone_stay_the_subjects() -> None:
    text = "堀内勝也町長は、退任する矢野信夫氏に「町のことは任せてください」と声をかけた。"
    assert quotes(text) == [("町のことは任せてください", "堀内勝也")]


def test_a_comment_line_with_a_kind_of_player_or_a_club_before_の() -> None:
    text = ("北浜シーガルズは練習試合で2安打を放った新人の谷本陸斗外野手を開幕1軍に残した。\n\n【新人の谷本陸斗外野手】\n\n"
            "「とにかく毎日が必死です。守備でも信頼されたい」")
    assert quotes(text)[-1] == ("とにかく毎日が必死です。守備でも信頼されたい", "谷本陸斗")
    club = "南港工業は準決勝で敗れた。\n\n南港工業の大塚隆之監督の話「守りから崩れた。夏までに鍛え直したい」"
    assert quotes(club) == [("守りから崩れた。夏までに鍛え直したい", "大塚隆之")]


def test_a_title_after_副_or_元_is_another_office() -> None:
    vice = "西海重工業は8日、決算を発表した。経理担当の大森浩二副社長は「受注が好調だった」と述べた。\n\n社長は「来期は厳しい」と語った。"
    assert quotes(vice) == [("受注が好調だった", "大森浩二"), ("来期は厳しい", None)]
    former = "岡部信吾元首相が9日、地元で講演した。首相は「当面、衆院の解散はしない」と語った。"
    assert quotes(former) == [("当面、衆院の解散はしない", None)]
    same = ("西海重工業は8日、決算を発表した。経理担当の大森浩二副社長は「受注が好調だった」と述べた。\n\n"
            "今期は減益を見込む。同副社長は「資材の値上がりが響く」と慎重な見方を示した。")
    assert quotes(same)[-1] == ("資材の値上がりが響く", "大森浩二")


def test_a_bare_title_after_と_is_the_one_named_with_it() -> None:
    text = "戸川義春被告は初公判で起訴内容を認めた。「遺族に申し訳ない」と被告は最後に述べた。"
    assert quotes(text) == [("遺族に申し訳ない", "戸川義春")]
    other = "北浜高の吉住剛監督は喜んだ。「最後によく粘られた」と南浜高の監督は話した。"
    assert quotes(other)[-1] == ("最後によく粘られた", None)  # another body's holder, not named


def test_a_name_and_an_office_joined_by_a_dot_are_one_person() -> None:
    text = "沢口昭彦・北浜市長は11日の記者会見で「駅前の再開発は予定通り進める」と述べた。同市長は「市民の理解を得たい」とも語った。"
    assert quotes(text) == [("駅前の再開発は予定通り進める", "沢口昭彦"), ("市民の理解を得たい", "沢口昭彦")]


def test_an_exchange_announced_in_kana_names_who_answers() -> None:
    text = "北浜FCは逆転勝ちした。試合後の村瀬健吾監督との主なやりとりは次の通り。\n\n――逆転の場面は。\n\n「選手を最後まで信じていた」"
    assert quotes(text) == [("選手を最後まで信じていた", "村瀬健吾")]


def test_words_taught_by_one_the_text_leaves_unnamed_are_no_ones() -> None:
    text = "茶会\n\n茶人の梶原宗和さんは、亡くなった師匠から「茶は季節を飲むものだ」と教わったという。"
    assert quotes(text) == [("茶は季節を飲むものだ", None)]
    text = "茶会\n\n茶人の梶原宗和さんは、宮本宗一師匠から「茶は季節を飲むものだ」と教わったという。"
    assert quotes(text) == [("茶は季節を飲むものだ", "宮本宗一")]


def test_a_passive_on_the_way_to_the_verb_of_saying_leaves_the_words_the_subjects() -> None:
    crowd = "主将の北島陸選手は「最後は全員の気持ちだった」と、仲間にもみくちゃにされながら語った。"
    assert quotes(crowd) == [("最後は全員の気持ちだった", "北島陸")]
    told = "主将の北島陸選手は「もっと走れ」と言われた。"
    assert quotes(told) == [("もっと走れ", None)]
