"""A surname UniDic cuts at its first kanji (前 + 田穂 + 実: "former" and a name): the name starts one kanji
earlier when that kanji and the name read together start with a surname (前田 + 穂実)."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_surname_cut_at_its_first_kanji_is_whole_again() -> None:
    runner = "女子マラソンで優勝した前田穂実は、ゴール後に「諦めなくてよかった」と涙を見せた。"
    assert quotes(runner) == [("諦めなくてよかった", "前田穂実")]
    flower = "女子マラソンで優勝した前田穂花は、ゴール後に「諦めなくてよかった」と涙を見せた。"
    assert quotes(flower) == [("諦めなくてよかった", "前田穂花")]


def test_a_former_title_before_a_name_stays_apart() -> None:
    former = "元首相の田中一郎氏は講演で「平和こそが大事だ」と語った。"
    assert quotes(former) == [("平和こそが大事だ", "田中一郎")]
