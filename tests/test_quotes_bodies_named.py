"""Bodies the actors know only by what they state: a start-up, an aquarium or a zoo whose name is common words
put together or a word UniDic does not know, as the subject of 「…」としている and written again in the article;
a body's statement that ends in a noun a clause describes (「…公開できる見込み」としている) or leads into the next
(「…」としたうえで、「…」としている); a company after its trade with its seat in brackets (ネオフーズ（東京）は); a firm
named by a name-read word and a katakana business word (千草ロジスティクス), or with 乃 between its words (雅乃堂製菓)."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_name_unknown_to_unidic_that_states_and_is_written_again_is_a_body() -> None:
    start_up = ("物流スタートアップのハコブラボは2日、実証実験を始めた。\n\n"
                "ハコブラボは「人手不足の配送を支えたい」としている。")
    assert quotes(start_up) == [("人手不足の配送を支えたい", "ハコブラボ")]


def test_common_words_put_together_with_katakana_that_state_are_a_body_and_its_statement_may_end_in_a_noun() -> None:
    zoo = ("浜風町の動物園、ミナモパーク浜風で、キリンの赤ちゃんが生まれた。\n\n"
           "ミナモパーク浜風は「順調に育てば、秋ごろに公開できる見込み」としている。")
    assert quotes(zoo) == [("順調に育てば、秋ごろに公開できる見込み", "ミナモパーク浜風")]


def test_a_kind_of_business_or_a_name_written_once_is_no_body() -> None:
    maker = "大手メーカーが新型の掃除機を発売した。\n\nメーカーは「想定を上回る注文があった」としている。"
    assert quotes(maker) == [("想定を上回る注文があった", None)]
    cars = "自動車メーカーが値上げした。\n\n自動車メーカーは「部品の高騰が続いている」としている。"
    assert quotes(cars) == [("部品の高騰が続いている", None)]
    once = "キリンの赤ちゃんが生まれた。\n\nミナモパーク浜風は「秋ごろに公開したい」としている。"
    assert quotes(once) == [("秋ごろに公開したい", None)]



def test_a_company_after_its_trade_with_its_seat_in_brackets_is_a_company_not_a_person() -> None:
    seat = ("食品ベンチャーのネオフーズ（東京）は24日、冷凍弁当の宅配を全国に広げると発表した。\n\n"
            "同社は「全国で届けられる体制が整った」と説明している。")
    assert quotes(seat) == [("全国で届けられる体制が整った", "ネオフーズ")]
    runner = "男子はカマウ（ケニア）が制した。\n\nカマウは「応援が力になった」と話した。"
    assert quotes(runner) == [("応援が力になった", "カマウ")]


def test_a_statement_that_leads_into_the_next_with_としたうえで_is_words_said() -> None:
    note = ("梶原工業は工場の排水から基準を超える物質が出たと発表した。\n\n"
            "同社は談話では「原因の究明を急ぐ」としたうえで、「操業の一部を止める」としている。")
    assert quotes(note) == [("原因の究明を急ぐ", "梶原工業"), ("操業の一部を止める", "梶原工業")]
    head = "大森秀雄社長は会見で「心配をおかけした」とした上で、「再発を防ぐ」と話した。"
    assert quotes(head) == [("心配をおかけした", "大森秀雄"), ("再発を防ぐ", "大森秀雄")]


def test_a_term_set_by_を_before_としたうえで_is_no_quote() -> None:
    target = "梶原工業は今年の目標を「排水ゼロ」としたうえで、設備の更新を進める。"
    assert quotes(target) == []


def test_an_appeal_ending_in_te_is_a_bodys_statement() -> None:
    police = "浜北署は、特殊詐欺の被害が相次いでいると発表した。同署は「不審な電話はすぐに切って」としている。"
    assert quotes(police) == [("不審な電話はすぐに切って", "浜北署")]


def test_a_phrase_ending_in_te_set_by_を_is_no_bodys_statement() -> None:
    assert quotes("浜北署は今年の標語を「すぐに切って」としている。") == [("すぐに切って", None)]


def test_words_a_body_analyses_are_its_statement() -> None:
    bank = "北浜銀行は景気の見通しを発表した。\n\n同行は「個人消費は持ち直している」と分析している。"
    assert quotes(bank) == [("個人消費は持ち直している", "北浜銀行")]


def test_a_firm_named_by_a_place_or_a_name_and_its_trade_states() -> None:
    # (湖南 and 北辰 words of a place's or a name's to UniDic, then the trade: as 東京電力 is named)
    bus = "組合は湖南交通に回答を求めた。\n\n湖南交通は「最後まで交渉で解決したい」としている。"
    assert quotes(bus) == [("最後まで交渉で解決したい", "湖南交通")]
    works = "北辰重工の工場で火災があった。\n\n北辰重工は「原因を調べている」とのコメントを出した。"
    assert quotes(works) == [("原因を調べている", "北辰重工")]


def test_a_house_of_two_kanji_and_sha_states_but_a_kind_of_house_does_not() -> None:
    press = "受賞作は潮文社から刊行された。\n\n潮文社は「読者がさらに広がってほしい」としている。"
    assert quotes(press) == [("読者がさらに広がってほしい", "潮文社")]
    kind = "記事を巡り抗議があった。\n\n新聞社は「答えられない」としている。"
    assert quotes(kind) == [("答えられない", None)]


def test_a_name_word_and_a_katakana_business_word_that_state_and_are_written_again_are_a_firm() -> None:
    firm = ("千草ロジスティクスの元課長が着服した疑いで逮捕された。\n\n"
            "千草ロジスティクスは「取引先に深くおわびする」とのコメントを出した。")
    assert quotes(firm) == [("取引先に深くおわびする", "千草ロジスティクス")]
    once = "元課長が着服した疑いで逮捕された。\n\n千草ロジスティクスは「深くおわびする」とのコメントを出した。"
    assert quotes(once) == [("深くおわびする", None)]  # written once: the statement alone names no firm
    coach = ("浜松の中学で田村コーチが指導を始めた。\n\n田村コーチは「走る楽しさを伝えたい」と話した。")
    assert quotes(coach) == [("走る楽しさを伝えたい", "田村")]  # a name and a title in katakana: a person


def test_a_name_with_乃_or_之_between_its_words_is_one_firm() -> None:
    maker = ("老舗の菓子メーカー、雅乃堂製菓は株主提案に反対すると発表した。\n\n"
             "雅乃堂製菓は「長期的な成長をご理解いただけるよう努める」とのコメントを出した。")
    assert quotes(maker) == [("長期的な成長をご理解いただけるよう努める", "雅乃堂製菓")]
