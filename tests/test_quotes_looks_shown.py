"""と, a look or a feeling (an adjectival word, な, a noun), を and a verb closes a clause of saying as a verb of saying
does (「…」と満足げな様子を見せた); words written on a thing shown (「…」と書かれた看板を見せた), or と and a noun with
no を and verb after it (「…」と慎重な意見もある), are nobody's words. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_satisfied_look_shown_closes_the_words() -> None:
    text = "北浜FCの村井浩二監督は試合後、「選手が最後までよく走ってくれた」と満足げな様子を見せた。"
    assert quotes(text) == [("選手が最後までよく走ってくれた", "村井浩二")]


def test_a_mixed_feeling_let_out_closes_the_words() -> None:
    text = "引退を決めた川端誠選手は「まだやれた気もするが、悔いはない」と複雑な心境をのぞかせた。"
    assert quotes(text) == [("まだやれた気もするが、悔いはない", "川端誠")]


def test_words_on_a_sign_shown_are_no_ones() -> None:
    text = "店主の森下和代さんは「本日かぎりで閉店します」と書かれた看板を見せた。"
    assert quotes(text) == []


def test_a_cautious_view_held_by_others_is_no_ones() -> None:
    text = ("南浜町の小林健一町長は「費用の一部を担ってもらう」と説明した。"
            "町議会の一部には「観光客が減りかねない」と慎重な意見もある。")
    assert dict(quotes(text)).get("観光客が減りかねない") is None


def test_a_thing_described_and_acted_on_is_no_look_shown() -> None:
    shop = "森下和代さんは休日、「どれを食べても外れがない」と有名な店を訪ねた。"
    assert dict(quotes(shop)).get("どれを食べても外れがない") is None
    name = "北浜町の森下和代町長は新しい公園に「みなとの森」と新たな名前を付けた。"
    assert dict(quotes(name)).get("みなとの森") is None


def test_a_calm_smile_shown_closes_the_words() -> None:
    text = "初優勝した川端誠選手は「家族にいい報告ができる」と穏やかな笑みを浮かべた。"
    assert quotes(text) == [("家族にいい報告ができる", "川端誠")]


def test_words_a_thing_bears_or_a_name_given_are_no_ones() -> None:
    banner = "北浜高の応援団は「最後まであきらめるな」と横断幕を広げた。"
    assert dict(quotes(banner)).get("最後まであきらめるな") is None
    paper = "森下和代さんは「本日かぎりで閉店します」と手書きの紙を見せた。"
    assert dict(quotes(paper)).get("本日かぎりで閉店します") is None
    nickname = "森下和代さんは子猫に「みなとのミー」と愛称を付けた。"
    assert dict(quotes(nickname)).get("みなとのミー") is None
