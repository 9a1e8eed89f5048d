"""A speaker carried past a second quote of a paragraph whose clause describes a noun (上昇が続く長期金利については
「…」との認識を示し、「…」として), a bare title of a body's head the actors know (組合長, 園長, 館長: one holder to each
body), and a bare title opening the last clause after another clause's topic (公開は来春の予定で、園長は「…」).
Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes

_BANK = "中央銀行の宮園達彦総裁は会見で、次の利上げは賃金の動きなどもみて判断したいと述べました。\n\n"


def test_a_clause_before_a_first_quote_does_not_run_on_past_it() -> None:
    text = (_BANK + "上昇が続く長期金利については「市場の見方を映している」との認識を示し、"
            "「急な動きがあれば買い入れを増やすこともありうる」として、市場を注意深く見ていく考えを説明しました。\n\n"
            "円安と物価の関係について問われると、「家計への影響を丁寧に点検していく」と説明しました。")
    assert quotes(text) == [("市場の見方を映している", "宮園達彦"), ("急な動きがあれば買い入れを増やすこともありうる", "宮園達彦"),
                            ("家計への影響を丁寧に点検していく", "宮園達彦")]


def test_two_speakers_before_leave_the_paragraph_after_no_ones() -> None:
    text = ("民政党の田村和也政調会長と新生党の高野恵美政調会長が討論した。田村氏は「減税が先だ」と述べ、"
            "高野氏は「給付が先だ」と反論した。\n\n"
            "上昇が続く長期金利については「国債に頼るべきではない」との認識を示し、「歳出の見直しで賄える」として、"
            "近く案を示す考えを明らかにした。")
    assert quotes(text)[-2:] == [("国債に頼るべきではない", None), ("歳出の見直しで賄える", None)]


def test_a_head_of_a_body_speaks_by_the_bare_title() -> None:
    text = ("北浜漁業協同組合の佐伯博組合長（71）は15日、今年の水揚げについて「去年の半分にも届かない」と肩を落とした。\n\n"
            "燃料代の高騰も重なり、組合長は「漁に出るほど赤字になる」と話した。")
    assert quotes(text)[-1] == ("漁に出るほど赤字になる", "佐伯博")


def test_a_head_title_two_people_hold_is_no_ones() -> None:
    text = ("北浜漁協と南浜漁協は19日、来年4月に合併することで合意した。北浜漁協の佐伯博組合長と南浜漁協の竹内正組合長が会見した。\n\n"
            "組合長は「経営を安定させるには合併しかなかった」と話した。")
    assert quotes(text)[-1] == ("経営を安定させるには合併しかなかった", None)


def test_a_title_opening_the_last_clause_speaks_past_the_clause_before() -> None:
    text = ("北浜製菓の森川千代子社長は16日、新しい工場を公開した。森川社長は「地元の米粉を使いたい」と話した。\n\n"
            "新製品の発売は来春の予定で、社長は「子どもにも安心して食べてほしい」と呼びかけた。")
    assert quotes(text)[-1] == ("子どもにも安心して食べてほしい", "森川千代子")


def test_another_holder_opening_the_last_clause_is_no_ones() -> None:
    text = ("北浜市立美術館が16日に再開した。館長の森川千代子さんは「待っていてくださった方々に感謝したい」と話した。\n\n"
            "企画展は来月までの予定で、副館長は「多くの人に来てほしい」と話した。")
    assert quotes(text)[-1] == ("多くの人に来てほしい", None)


def test_the_head_of_a_bodys_part_is_no_one_by_the_bare_title() -> None:
    text = ("北浜署の山田一郎刑事課長は15日、会見で事件の経緯を説明した。\n\n"
            "課長は「全容の解明を急ぎたい」と話した。")
    assert quotes(text)[-1] == ("全容の解明を急ぎたい", None)


def test_the_head_of_a_bodys_part_named_with_that_very_title_is_the_one_by_it() -> None:
    text = ("式では、市消防局の宇野沢隆局長が「火事をゼロにします」と訓示した。\n\n続いて、はしご乗りが披露された。\n\n"
            "局長は「火の用心を家族に伝えてほしい」と話した。")
    assert quotes(text)[-1] == ("火の用心を家族に伝えてほしい", "宇野沢隆")
