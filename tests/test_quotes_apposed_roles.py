"""A title set before a name with what it heads and a comma (女子代表監督、長谷部真理氏) is that person's: 同監督 after it
names them. Sentences of our own; the first fails without `roles._apposed_title`."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_title_in_apposition_before_a_name_is_the_one_dou_names() -> None:
    text = ("日本水泳連盟の競泳代表監督、北条里美氏は新人の森について「スタートの反応が抜群だ」と評価した。"
            "同監督は、予選で敗れた浅井についても「まだ18歳。伸びしろしかない」と話した。")
    assert quotes(text) == [("スタートの反応が抜群だ", "北条里美"), ("まだ18歳。伸びしろしかない", "北条里美")]

