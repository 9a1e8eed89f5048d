"""The sides of a trial as speakers (検察側, 弁護側, 原告側, 被告側): no names, yet the words are theirs."""

from __future__ import annotations

from tests.test_quotes import quotes
from tui.news.models import Document
from tui.news.pipeline import analyse


def test_the_prosecution_and_the_defence_speak_their_words() -> None:
    text = ("横領の罪に問われた元職員、森田健被告（48）の論告求刑公判が開かれた。\n\n"
            "検察側は論告で「立場を悪用した犯行で、悪質だ」と指摘した。\n\n"
            "弁護側は最終弁論で「被害は全額弁済した」と述べ、執行猶予を求めた。")
    assert quotes(text) == [("立場を悪用した犯行で、悪質だ", "検察側"), ("被害は全額弁済した", "弁護側")]


def test_the_parties_of_a_civil_suit_speak_their_words() -> None:
    text = ("騒音を巡る訴訟の第1回口頭弁論が開かれた。\n\n原告側は「夜も眠れない日が続いている」と訴えた。"
            "被告側は「基準は守っている」と反論した。")
    assert quotes(text) == [("夜も眠れない日が続いている", "原告側"), ("基準は守っている", "被告側")]


def test_a_side_named_before_a_witness_or_inside_the_words_is_not_the_speaker() -> None:
    witness = "検察側の証人として出廷した会社員の田中一郎さんは「現場で被告を見た」と証言した。"
    assert quotes(witness) == [("現場で被告を見た", "田中一郎")]
    inside = "森田健被告は最終意見陳述で「検察側の言うことは事実と違う」と述べた。"
    assert quotes(inside) == [("検察側の言うことは事実と違う", "森田健")]


def test_a_side_is_kept_as_an_actor_only_when_given_words_and_counts_no_mentions() -> None:
    def stored(text: str):
        result = analyse(Document(source="t.txt", text="見出しのテスト記事\n\n" + text, published="2025-03-12"))
        assert not isinstance(result, str)
        return result

    spoke = stored("検察側は「悪質だ」と指摘した。")
    assert ("o:検察側", "検察側", "organization", (), None) in spoke.actors
    assert "o:検察側" not in dict(spoke.actor_counts)
    silent = stored("検察側は懲役4年を求刑した。被告は「申し訳ない」と述べた。")
    assert all(a[1] != "検察側" for a in silent.actors)


def test_words_given_as_the_reason_for_an_act_are_the_subjects() -> None:
    text = "論告求刑公判が開かれた。検察側は「反省の態度が見られない」として懲役10年を求刑した。"
    assert quotes(text) == [("反省の態度が見られない", "検察側")]
    coach = "北浜FCの森本健監督は「選手を守りたい」として、会見を途中で打ち切った。"
    assert quotes(coach) == [("選手を守りたい", "森本健")]
    judge = ("小林正裁判長は「信頼を損なった」と述べた。一方で「再建に尽くした」として刑の執行を猶予した。")
    assert quotes(judge) == [("信頼を損なった", "小林正"), ("再建に尽くした", "小林正")]


def test_a_term_or_a_reason_for_what_the_subject_received_is_not_the_subjects() -> None:
    assert quotes("北浜市の森下健一市長は「平和の象徴」として像を建てた。") == []
    # a verb's stem alone names a thing (UniDic reads 続き as the verb's 連用形): a term, not a clause said
    assert quotes("北浜市は、旧計画の「続き」として新たな整備を進める。") == []
    assert quotes("森下健一市長は、これまでの「頑張り」として成果を示した。") == []
    punished = "田中一郎選手は「規則に反する」として出場停止の処分を受けた。"
    assert ("規則に反する", "田中一郎") not in quotes(punished)
    praised = "絵本作家の田中一郎さんは「心が温まる」として人気を集めた。"
    assert ("心が温まる", "田中一郎") not in quotes(praised)
    arrested = "北浜署は、田中一郎容疑者が「逃走の恐れがある」として逮捕された、と発表した。"
    assert ("逃走の恐れがある", "田中一郎") not in quotes(arrested)
