"""Who said what in the shapes of the fourth development set: a body's staff in charge speak as no one the text
names (the set labelled a company's for it; most of our later sets, and the rules now, leave them unnamed), 会社側 is the article's one company, manner told by げ, words alone ending in
とは, and a headline that opens with a title the body's one quoted person holds."""

from __future__ import annotations

from tests.test_quotes import quotes, quotes_headed


def test_the_staff_in_charge_of_a_named_institute_speak_as_no_one_a_hospitals_unit_for_it() -> None:
    text = "南浦保健機構は18日、通知書の誤送付を発表した。\n\n南浦保健機構の担当者は「再発防止を徹底する」と話した。"
    assert quotes(text) == [("再発防止を徹底する", None)]
    unit = "西浜大学病院で停電があった。\n\n西浜大学病院の救急科の担当者は「患者に影響はない」と話している。"
    assert quotes(unit) == [("患者に影響はない", None)]


def test_the_staff_of_another_or_of_a_ministry_or_a_citys_office_speak_for_no_one() -> None:
    other = "南浦保健機構は18日、通知書の誤送付を発表した。\n\n南浦保健機構の取引先の担当者は「驚いた」と話した。"
    assert quotes(other) == [("驚いた", None)]
    former = "南浦保健機構は18日、通知書の誤送付を発表した。\n\n南浦保健機構の元担当者は「前から心配だった」と話した。"
    assert quotes(former) == [("前から心配だった", None)]
    ministry = "環境省は調査結果を公表した。\n\n環境省の担当者は「原因を調べる」と話した。"
    assert quotes(ministry) == [("原因を調べる", None)]
    spokes = "環境省は調査結果を公表した。\n\n環境省の広報担当者は「原因を調べる」と話した。"
    assert quotes(spokes) == [("原因を調べる", None)]


def test_the_company_side_is_the_articles_one_company_named_alone() -> None:
    text = "精密機器大手の北辰精機は7日、決算を発表した。\n\n来春の値上げについて、会社側は「幅は慎重に判断する」としている。"
    assert quotes(text) == [("幅は慎重に判断する", "北辰精機")]
    unnamed = "運送会社を解雇された男性が勝訴した。\n\n会社側は「判決文を精査する」とのコメントを出した。"
    assert quotes(unnamed) == [("判決文を精査する", None)]
    paired = "東和フーズと西浜化成が提携した。\n\n会社側は「相乗効果を出す」としている。"
    assert quotes(paired) == [("相乗効果を出す", None)]  # (the first company the actors missed: no one)


def test_the_company_side_facing_the_union_of_a_company_set_off_by_a_comma_from_its_trade() -> None:
    union = ("工作機械メーカー、北辰ギアの労働組合は20日、年末一時金の回答を不服とした。\n\n"
             "会社側は「業績を踏まえた回答だ」としている。")
    assert quotes(union) == [("業績を踏まえた回答だ", "北辰ギア")]
    listed = ("工作機械メーカー、北辰ギアと南海ギアの労働組合は20日、回答を不服とした。\n\n"
              "会社側は「業績を踏まえた回答だ」としている。")
    assert quotes(listed) == [("業績を踏まえた回答だ", None)]


def test_manner_told_by_an_adjective_and_げ_closes_the_clause() -> None:
    assert quotes("実行委員長の国枝明彦さん（72）は「ようやく戻ってきた」と感慨深げだった。") == [
        ("ようやく戻ってきた", "国枝明彦")]
    assert quotes("主将の森崎大地は「全員で勝った」と誇らしげに語った。") == [("全員で勝った", "森崎大地")]


def test_words_alone_ending_in_とは_are_said_a_term_ending_so_is_not() -> None:
    text = "土器片は中学生が拾ったものだった。「まさか答えが袋から出てくるとは」。堤智也教授は声を弾ませる。"
    assert quotes(text) == [("まさか答えが袋から出てくるとは", "堤智也")]
    assert quotes("館長の大崎勝男さんは、展示を「平和とは」と名付けた。") == []


def test_a_headline_opening_with_a_title_quotes_the_one_holder_the_body_quotes() -> None:
    body = "石倉修一首相は14日、経済界に協力を求めた。石倉首相は「物価に負けない賃上げを、中小にも広げたい」と述べた。"
    assert quotes_headed("首相、賃上げへ「中小企業の価格転嫁を後押し」", body)[0] == ("中小企業の価格転嫁を後押し", "石倉修一")
    reading = ("韓国の朴仁浩（パク・インホ）外相は22日、北朝鮮に「対話の扉は常に開いている」と呼びかけた。")
    assert quotes_headed("韓国外相「対話の扉は開いている」　北朝鮮に", reading)[0] == ("対話の扉は開いている", "朴仁浩")
    film = "石倉修一首相は14日、映画を見た。石倉首相は「よかった」と述べた。"
    assert quotes_headed("首相、映画「海の記憶」を鑑賞", film) == [("よかった", "石倉修一")]
    term = "石倉修一首相は14日、協力を求めた。石倉首相は「改革を急ぐ」と述べた。"
    assert quotes_headed("首相「働き方改革」", term) == [("改革を急ぐ", "石倉修一")]
    other = "石倉修一首相は14日、協力を求めた。野党の大河内隆代表は「賃上げが遅い」と述べた。"
    assert quotes_headed("首相「賃上げを急ぐ」", other) == [("賃上げが遅い", "大河内隆")]


def test_a_headline_closing_with_the_speakers_title_after_the_words_quotes_its_one_holder() -> None:
    body = ("ノルディア中央銀行は26日、金利を据え置いた。ベルイマン総裁は記者会見で「物価は落ち着いてきたが、引き下げを"
            "急ぐ段階にはない」と述べた。")
    assert quotes_headed("「引き下げ急がない」　ノルディア中銀総裁", body)[0] == ("引き下げ急がない", "ベルイマン")


def test_a_body_named_before_by_the_end_of_its_name_speaks_its_staff_as_no_one() -> None:
    text = ("私立の西陵大学は2日、入試の出題にミスがあったと発表した。\n\n"
            "同大の入試課の担当者は「確認の手順を見直す」と話した。")
    assert quotes(text) == [("確認の手順を見直す", None)]
    office = ("私立の西陵大学は2日、入試の出題にミスがあったと発表した。\n\n同大は「確認の手順を見直す」としている。")
    assert quotes(office) == [("確認の手順を見直す", "西陵大学")]
    hospital = ("北浜中央病院は3日、電子カルテが使えなくなったと発表した。同病院の広報担当者は「復旧を急いでいる」と話した。")
    assert quotes(hospital) == [("復旧を急いでいる", None)]
    station = ("北浜中央警察署は3日、詐欺の被害が相次いでいると発表した。同署の担当者は「不審な電話はすぐ切ってほしい」と話した。")
    assert quotes(station) == [("不審な電話はすぐ切ってほしい", None)]  # (a place's office: its staff speak as no one)


def test_a_company_set_off_by_a_comma_as_a_source_is_the_company_its_staff_speak_for() -> None:
    survey = ("民間の調査会社、大洋データバンクによると、倒産件数は前年より増えた。\n\n"
              "同社は「人手不足による倒産が目立つ」としている。")
    assert quotes(survey) == [("人手不足による倒産が目立つ", "大洋データバンク")]


def test_the_company_alone_is_the_articles_one_company_as_the_company_side_is() -> None:
    text = "北浜電鉄の労働組合は5日、ストに入った。\n\n会社は「利用者に迷惑をかけ、おわびする」としている。"
    assert quotes(text) == [("利用者に迷惑をかけ、おわびする", "北浜電鉄")]
    parent = "北浜電鉄の労働組合は5日、ストに入った。\n\n親会社は「利用者に迷惑をかけ、おわびする」としている。"
    assert quotes(parent) == [("利用者に迷惑をかけ、おわびする", None)]  # (another company, not named)
    paired = "東和フーズと西浜化成が提携した。\n\n会社は「相乗効果を出す」としている。"
    assert quotes(paired) == [("相乗効果を出す", None)]


def test_a_title_after_a_comma_glued_to_the_headlines_words_is_its_one_holder() -> None:
    body = "岡山県議会は17日、一般質問を始めた。丹羽悠里知事は「計画は凍結する。来年度中に結論を出す」と述べた。"
    assert quotes_headed("岡山県議会一般質問、知事「ダム計画は凍結」", body)[0] == ("ダム計画は凍結", "丹羽悠里")


def test_a_headlines_words_after_a_runner_are_his_though_his_college_leads_it() -> None:
    body = ("みちのく大学駅伝の往路は2日行われ、青葉工業大が初の往路優勝を飾った。5区の真壁駿（3年）が首位を奪った。\n\n"
            "◇選手の談話\n▽青葉工業大・真壁「坂に入ってからは、全部出し切るだけだった」")
    got = quotes_headed("青葉工業大が往路初V　5区・真壁が逆転「全部出し切った」", body)
    assert ("全部出し切った", "真壁駿") in got  # (the words condensed from his; a body named first in the headline)
