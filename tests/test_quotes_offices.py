"""Who said what (issue 22): a city, prefecture or ward speaking as itself, by its name with its kind
(桜ケ丘市は「…」としている) or by the kind alone when the article named one such place (市は「…」); words named as
someone's before の (首相の「…」という言葉を引き: the prime minister's, not the sentence's subject's); a bare title
as the subject after another speaker's clause (…と迫ると、首相は「…」と応じた). Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_city_named_with_its_kind_speaks_and_so_does_its_kind_alone() -> None:
    text = ("ごみ袋有料化へ\n\n桜ケ丘市は8日、ごみ袋の有料化を来年度から始めると発表した。\n\n"
            "市は「ごみの減量に向けた一歩だ」としている。")
    assert quotes(text) == [("ごみの減量に向けた一歩だ", "桜ケ丘")]
    named = "熱中症に警戒\n\n東京都は「水分補給をこまめにしてほしい」と呼びかけている。"
    assert quotes(named) == [("水分補給をこまめにしてほしい", "東京")]


def test_the_kind_alone_gives_no_one_when_two_places_may_be_meant() -> None:
    text = "協定締結\n\n桜ケ丘市と北浜市は協定を結んだ。市は「連携を深めたい」としている。"
    assert quotes(text) == [("連携を深めたい", None)]
    both = "協定締結\n\n桜ケ丘市は隣の市と協定を結んだ。両市は「連携を深めたい」としている。"
    assert quotes(both) == [("連携を深めたい", None)]


def test_words_named_as_someones_before_no_are_theirs() -> None:
    text = ("首相、野党党首と会談\n\n石井首相は6日、立憲民主党の長尾代表と会談した。\n\n"
            "会談後、長尾氏は記者団に、首相の「検討する」という言葉を引き、「具体性に欠ける」と不満を示した。")
    assert quotes(text) == [("検討する", "石井"), ("具体性に欠ける", "長尾")]


def test_a_bare_title_after_another_speakers_clause_is_its_one_holder() -> None:
    text = ("首相、野党党首と会談\n\n石井首相は6日、立憲民主党の長尾代表と会談した。"
            "長尾氏が「政治改革を先送りすべきではない」と迫ると、首相は「真摯に検討する」と応じた。")
    assert quotes(text) == [("政治改革を先送りすべきではない", "長尾"), ("真摯に検討する", "石井")]


def test_a_department_of_the_one_government_named_speaks_for_it_not_its_staff_or_police() -> None:
    text = "インフル注意報\n\n青葉県は20日、注意報を出した。県健康福祉部は「早めに受診してほしい」としている。"
    assert quotes(text) == [("早めに受診してほしい", "青葉")]
    executive = "避難指示\n\n桜ケ丘市は避難指示を出した。市幹部は「早めに逃げてほしい」と話した。"
    assert quotes(executive) == [("早めに逃げてほしい", None)]
    police = "事故多発\n\n青葉県は対策会議を開いた。県警本部は「速度を落としてほしい」としている。"
    assert quotes(police) == [("速度を落としてほしい", None)]


def test_the_kind_alone_after_a_particle_names_no_other_place() -> None:
    text = ("青葉県日向市で川が氾濫した。日向市の森谷雄一市長は、災害救助法の適用を県に求める考えを示した。\n\n"
            "青葉県は同日、災害対策本部を設置した。県は「市町村と連携し、物資の輸送を急ぐ」としている。")
    assert quotes(text) == [("市町村と連携し、物資の輸送を急ぐ", "青葉")]


def test_a_museum_named_with_and_without_its_founder_is_one_body() -> None:
    text = ("名窯の器が里帰り　くすのき美術館で\n\n展覧会が、北浜市の市立くすのき美術館で開かれる。\n\n"
            "当日券は美術館の窓口で扱う。美術館は「早めの来館を」と呼びかけている。")
    assert quotes(text) == [("早めの来館を", "市立くすのき美術館")]
