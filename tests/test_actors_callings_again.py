"""A surname and one common word as the subject of words said (…候補は「…」, …委員は「…」), where the article wrote that
word after the person's full name before (加納俊介候補, 水越悦子委員): the word is a calling, the name the surname, the
same person; a surname and a common word the article never wrote after a full name (a given name UniDic reads as a
common word) stays one name. Sentences of our own; each fails without its change in `speakers`."""

from __future__ import annotations

from tests.test_quotes import quotes
from tui.news.actors import default, find


def _found(text: str) -> list[tuple[str, str]]:
    found, _ = find(text, default())
    return [(text[m.start:m.end], m[0]) for m in found]


def test_a_calling_written_after_the_full_name_is_cut_from_the_name_again() -> None:
    text = "新人の真鍋光太郎候補は駅前で演説した。真鍋候補は「町の声を届ける」と訴えた。"
    assert _found(text) == [("真鍋光太郎", "p:真鍋光太郎"), ("真鍋", "p:真鍋光太郎")]
    assert quotes(text) == [("町の声を届ける", "真鍋光太郎")]


def test_a_member_of_a_council_by_surname_and_calling_is_the_one_named_in_full() -> None:
    text = ("審議会で、労働者側の古賀美千代委員は「賃金が追いつかない」と話した。使用者側の委員が反論すると、"
            "古賀委員は「だからこそ支援が要る」と重ねた。")
    assert ("だからこそ支援が要る", "古賀美千代") in quotes(text)


def test_a_given_name_read_as_a_common_word_stays_in_the_name() -> None:
    assert _found("試合後、山田太陽は「よかった」と語った。") == [("山田太陽", "p:山田太陽")]
