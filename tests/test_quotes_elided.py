"""Words said with the verb of saying left out after a verbal noun, as headlines and sports pages write
(「…」とあいさつ。, 「…」と力説。): a quote, given to the sentence's subject; a verbal noun of naming after と
(「…」と命名。) and a noun that is no verbal noun (「…」と同じ。) make none. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes
from tui.news.reporting import closes_clause


def test_a_verbal_noun_closing_the_sentence_after_to_is_a_clause_of_saying() -> None:
    assert closes_clause("とあいさつ。")
    assert closes_clause("と力説。")
    assert closes_clause("と笑顔で宣言。")


def test_a_noun_of_naming_or_no_verbal_noun_closes_none() -> None:
    assert not closes_clause("と命名。")
    assert not closes_clause("と同じ。")
    assert not closes_clause("と東京。")


def test_the_subject_of_a_sentence_whose_verb_is_left_out_is_the_speaker() -> None:
    text = ("演奏会に約500人\n\n指揮者の香坂真一さんが地元で演奏会を開いた。\n\n"
            "香坂さんは「この町の音を世界に届けたい」とあいさつ。会場は大きな拍手に包まれた。")
    assert quotes(text) == [("この町の音を世界に届けたい", "香坂真一")]
    sport = ("県大会で優勝した北高の宮園監督は「選手が最後まで粘ってくれた」と力説。")
    assert quotes(sport) == [("選手が最後まで粘ってくれた", "宮園")]


def test_how_the_speaker_looked_closes_the_clause() -> None:
    assert closes_clause("と困った様子でした。")
    assert closes_clause("と驚いた表情だった。")
    assert not closes_clause("と書かれた看板だった。")  # a thing's words, not a person's
    assert not closes_clause("と呼ばれた時代だった。")
    text = ("新幹線が運転見合わせ\n\n東京駅で足止めされた会社員の女性は「会議に間に合わないかもしれない」と困った様子でした。\n\n"
            "出張中の会社員、川辺俊也さんは「仕方ない」と疲れた様子だった。")
    assert quotes(text) == [("会議に間に合わないかもしれない", None), ("仕方ない", "川辺俊也")]


def test_a_noun_and_an_adverb_before_the_copula_close_the_clause() -> None:
    assert closes_clause("と反省しきりだった。") and closes_clause("と恐縮しきりだった。")
    assert not closes_clause("とまさにそうだ。")
    text = ("監督\n\n北浜FCの田辺監督は試合後、厳しい表情を見せた。"
            "「守備の連係ミスが全て。修正するしかない」と反省しきりだった。")
    assert quotes(text) == [("守備の連係ミスが全て。修正するしかない", "田辺")]
