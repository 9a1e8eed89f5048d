"""A bare title after another's name and の (南陵の監督は): the title of someone the text does not name, unless the one
holder was named after those words (北浜FCの長谷川誠監督 … 北浜FCの監督は); a prime minister by the cabinet named after
them (長谷部正隆内閣 … 首相は). Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes

_MATCH = ("サッカーJ1の北浜FCは1日、敵地で南陵ユナイテッドと1―1で引き分けた。\n\n"
          "試合後、北浜FCの長谷川誠監督は「最後に選手たちが意地を見せてくれた」と振り返った。\n\n")


def test_the_other_sides_title_is_no_ones() -> None:
    text = _MATCH + "一方、南陵の監督は「あと一歩で勝ち切れなかった」と悔しさをにじませた。"
    assert quotes(text)[-1] == ("あと一歩で勝ち切れなかった", None)


def test_the_holders_own_side_names_him() -> None:
    text = _MATCH + "北浜FCの監督は「来季はもっと上を目指す」とも話した。"
    assert quotes(text)[-1] == ("来季はもっと上を目指す", "長谷川誠")


def test_the_bare_title_alone_names_the_one_holder() -> None:
    text = _MATCH + "監督は「来季はもっと上を目指す」と話した。"
    assert quotes(text)[-1] == ("来季はもっと上を目指す", "長谷川誠")


def test_the_other_side_named_just_before_the_holder_is_still_anothers() -> None:
    text = ("J1の北浜FCは1日、南陵と引き分けた。北浜FCの長谷川誠監督は「意地を見せた」と話した。\n\n"
            "南陵の監督は「悔しい」と話した。その監督は「ありがとう」と応じた。")
    assert quotes(text)[-2] == ("悔しい", None)


def test_a_pronoun_before_the_title_is_no_bodys_name() -> None:
    text = _MATCH + "その監督は「来季はもっと上を目指す」と話した。"
    assert quotes(text)[-1] == ("来季はもっと上を目指す", "長谷川誠")


def test_the_prime_minister_is_the_one_the_cabinet_is_named_after() -> None:
    text = ("野党3党は9日、長谷部正隆内閣に対する内閣不信任決議案を提出した。\n\n"
            "首相は同日夜、記者団に「淡々と否決していただく」と語った。")
    assert quotes(text) == [("淡々と否決していただく", "長谷部正隆")]
    # (a cabinet's minister is no prime minister: 長谷部内閣の大臣 names no holder of 首相 but 長谷部; the foreign
    # minister, named by no one, speaks by the office's title)
    text = "野党は9日、長谷部正隆内閣の閣僚を批判した。\n\n外相は記者団に「心外だ」と語った。"
    assert quotes(text) == [("心外だ", "外相")]
