"""An interview whose lead names the one interviewed again before it announces the exchange (真鍋さんは…。主なやりとりは
次の通り。): the answers are that person's, when the headline names them and the first sentence has them as its subject;
no one's when the lead names another; the one a headline says is asked (…准教授に聞く); a talk's lines by surname
(九重「…」). Sentences of our own; each fails without its change (`interviews.protagonist`,
`interviews.head_interviewee`, `find._DIALOGUE`, `interviews._GAVE`'s 話を聞いた)."""

from __future__ import annotations

from tests.test_quotes import quotes, quotes_headed

_HEAD = ("「海の底は静かだった」　深海調査を終えた研究者・真鍋航さんに聞く\n\n"
         "有人潜水船での深海調査を終えた海洋研究者の真鍋航さん（51）が12日、横須賀市で本紙のインタビューに応じた。\n\n")


def test_answers_after_a_lead_that_names_the_interviewed_again() -> None:
    text = _HEAD + ("真鍋さんは先月、水深6千メートルの海底で生き物の調査に取り組んだ。主なやりとりは次の通り。\n\n"
                    "――潜ってみて、どうでしたか。\n\n「光が全く届かない世界でした。それでも生き物がいた」\n\n"
                    "――次の目標は。\n\n「来年は別の海溝に挑みます」")
    assert quotes(text)[1:] == [("光が全く届かない世界でした。それでも生き物がいた", "真鍋航"),
                            ("来年は別の海溝に挑みます", "真鍋航")]


def test_answers_after_a_lead_that_names_another_are_no_ones() -> None:
    text = _HEAD + ("調査には船長の木村隆之さんも同行した。主なやりとりは次の通り。\n\n"
                    "――潜ってみて、どうでしたか。\n\n「光が全く届かない世界でした」")
    assert all(speaker is None for words, speaker in quotes(text) if words == "光が全く届かない世界でした")


def test_the_one_a_headline_says_is_asked_answers_whatever_the_lead_says() -> None:
    text = ("寒さに強いお茶、北の畑で　北陵農業大・椎名千景准教授に聞く\n\n"
            "寒冷地でも育つ茶の品種を開発した北陵農業大学の椎名千景准教授（47）のグループが、試験畑で収穫を始めた。"
            "今後の計画を聞いた。\n\n"
            "――初めての収穫ですね。\n「葉の色も香りも、予想以上でした」\n\n"
            "――商品になるのはいつですか。\n「早ければ再来年の春です」")
    assert quotes(text) == [("葉の色も香りも、予想以上でした", "椎名千景"), ("早ければ再来年の春です", "椎名千景")]
    # (a headline that names two people so: no one)
    two = text.replace("椎名千景准教授に聞く", "椎名千景准教授と宮坂亮教授に聞く")
    assert [s for _, s in quotes(two)] == [None, None]


def test_the_interviewer_a_note_names_is_no_other_person() -> None:
    text = ("港を守る　初の女性組合長、汐入真知子さんに聞く\n\n"
            "漁協の組合長に汐入真知子さん（52）が就任した。これからを聞いた。（聞き手・大河原俊）\n\n"
            "――打診を受けた時の気持ちは。\n「正直、迷いました」")
    assert quotes(text) == [("正直、迷いました", "汐入真知子")]


def test_a_talks_lines_by_surname_are_the_two_named_before() -> None:
    text = ("師弟対談\n\n将棋の鳴海航五段が初タイトルを取った。師匠の九重宗一九段（70）と歩みを振り返った。\n\n"
            "――入門は何歳でしたか。\n\n九重「航が8歳の時です。盤から顔を上げない子でした」\n\n"
            "鳴海「全然覚えていません」")
    assert quotes(text) == [("航が8歳の時です。盤から顔を上げない子でした", "九重宗一"), ("全然覚えていません", "鳴海航")]
    # (a word no person named before starts with: no one)
    text = text.replace("九重「", "司会「")
    assert all(s is None for w, s in quotes(text) if w.startswith("航が8歳"))


def test_answers_after_a_lead_that_heard_its_subject_with_no_object_said() -> None:
    # 監督の…さんは…出身。…前に、5日、市内で話を聞いた。: the one heard is the sentence before's subject
    body = ("海辺の町を舞台にした映画「海の家」が、国際映画祭で最高賞を受けた。監督の汐見透さん（41）は岡山県倉敷市の出身。"
            "凱旋上映が20日（土）から市内の映画館で始まるのを前に、5日、倉敷市内で話を聞いた。\n\n"
            "――受賞の知らせは、どこで。\n「閉幕式の会場です。しばらく自分のことだと思えませんでした。母は家で中継を見ていたそうです」\n\n"
            "――次の作品は。\n「また港の話になるかもしれません」\n\n"
            "上映する映画館の支配人、柚木奈津子さんは「地元の人が見に来てくれる」と話している。")
    assert [s for _, s in quotes_headed("映画で最高賞", body)] == ["汐見透", "汐見透", "柚木奈津子"]


def test_answers_after_a_press_conference_lead_are_the_one_who_holds_it() -> None:
    # the first sentence is the firm's, the headline gives a title alone: the one the announcing passage names
    text = ("冷凍食品大手の北浜フーズは20日、7商品の産地表示に誤りがあったと発表した。\n\n"
            "本社で記者会見した岩城達郎社長（63）は冒頭、「お客さまの信頼を裏切った」と謝罪した。主なやりとりは次の通り。\n\n"
            "――いつ把握したのか。\n「今月13日、社内の窓口に連絡があった」\n"
            "――経営陣は関与していたのか。\n「役員が指示した事実は確認されていない」")
    assert [s for _, s in quotes_headed("北浜フーズ、産地を誤表示　社長「言い訳できない」", text)][-2:] == ["岩城達郎", "岩城達郎"]


def test_a_profiles_answers_are_the_one_its_headline_ends_with() -> None:
    # (ひと / 顔: a column whose headline ends with its subject's name and age, and whose lead names no one)
    text = ("ひと　古い時計を直して40年　間宮ちよさん（74）\n\n"
            "金沢市の商店街で小さな時計店を営む。修理した時計は2万個を超えた。\n\n"
            "――この仕事を選んだわけは。\n\n「父の店を手伝ううちに、止まった針が動く瞬間が好きになった」\n\n"
            "――これからは。\n\n「目が続く限り、ねじを回します」")
    assert quotes(text) == [("父の店を手伝ううちに、止まった針が動く瞬間が好きになった", "間宮ちよ"),
                            ("目が続く限り、ねじを回します", "間宮ちよ")]
    # (a lead that names another: no one's)
    other = text.replace("修理した時計は", "弟子の宇野健太さんと、修理した時計は")
    assert all(s is None for _, s in quotes(other))


def test_the_one_a_headline_says_is_asked_answers_when_the_lead_names_another_as_no_subject() -> None:
    text = ("新町長に就任した桐島陽介氏に聞く\n\n"
            "町長選で初当選した桐島陽介氏（52）が1日、就任した。前町長の森永昭氏から引き継ぎを受けた。抱負を聞いた。\n\n"
            "――最初に取り組むことは。\n「空き家の活用です」")
    assert quotes(text) == [("空き家の活用です", "桐島陽介")]
