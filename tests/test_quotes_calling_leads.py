"""A headline that names its speaker by a calling (原告「…」) over an article whose one person of that calling speaks as
the one who leads them (原告団長の…さん): the headline's words, held in that person's, are theirs. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes_headed

_BODY = ("工場の排水で漁業被害を受けたとして、漁業者ら約60人が会社に賠償を求めた訴訟で、東浜地裁は5日、会社に賠償を命じた。"
         "\n\n原告団長の小田切修さん（68）は会見で「海を返してほしいという願いが届いた。大きな一歩だ」と語った。")


def test_a_callings_leader_speaks_the_headlines_words() -> None:
    assert ("大きな一歩", "小田切修") in quotes_headed("排水訴訟で賠償命令　原告「大きな一歩」", _BODY)


def test_words_the_leader_did_not_say_stay_no_ones() -> None:
    found = quotes_headed("排水訴訟で賠償命令　原告「控訴も検討」", _BODY)
    assert ("控訴も検討", "小田切修") not in found


def test_a_leader_of_another_calling_is_not_read_so() -> None:
    found = quotes_headed("排水訴訟で賠償命令　被告「大きな一歩」", _BODY)
    assert ("大きな一歩", "小田切修") not in found
