"""Who said what (issue 22): a name before a quote read by its shape. A calling after the surname (a common
word and 員: 研究員, 調査員) is no part of the name; a name after a clause that describes it (決勝打を放った北川大河は)
is the speaker even when UniDic reads its given name as a common word. Sentences of our own; each fails without
its change."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_calling_after_a_surname_is_no_part_of_the_speakers_name() -> None:
    text = ("新種\n\n湾岸海洋センターの岡部清志研究員らが新種のエビを見つけた。\n\n"
            "岡部研究員は「これほど深い所にいるとは思わなかった」と話した。")
    assert quotes(text) == [("これほど深い所にいるとは思わなかった", "岡部清志")]
    alone = "調査\n\n室井調査員は「川の水はまだ濁っている」と話した。"
    assert quotes(alone) == [("川の水はまだ濁っている", "室井")]


def test_a_name_after_a_clause_describing_it_speaks_though_its_given_name_is_a_common_word() -> None:
    text = "陸上\n\n大会新記録を出した北沢大河は「最後の100メートルで勝負できた」と笑顔を見せた。"
    assert quotes(text) == [("最後の100メートルで勝負できた", "北沢大河")]
    place = "野球\n\n延長戦で決勝点を挙げた西尾大河は「みんなでつないだ」と喜んだ。"  # 西尾: a place's name
    assert quotes(place) == [("みんなでつないだ", "西尾大河")]
    site = "市場\n\n今春に開業した西尾市場は「多くの人に来てほしい」と話した。"  # a place's site speaks as no one
    assert quotes(site) == [("多くの人に来てほしい", None)]


def test_a_name_before_an_office_the_actors_do_not_know() -> None:
    text = "大雨\n\n北浜市の村瀬達彦危機管理監は「避難所は朝まで開けておく」と話した。"
    assert quotes(text) == [("避難所は朝まで開けておく", "村瀬達彦")]
    # (another office of the same shape)
    text = "大雨\n\n北浜市の村瀬達彦地域振興監は「道路の点検を急ぐ」と述べた。"
    assert quotes(text) == [("道路の点検を急ぐ", "村瀬達彦")]
