"""The next morning and the same night told alone (翌朝、, 同夜は): the day after, or the same day as, the one the text
named last, however the sentence that named it was told (…のは、2045年1月17日の夜だという。…翌朝、); not a time range's
morning (午後8時〜翌朝5時) nor one in words that tell what is wont to be (「…頼むと、翌朝には…返ってくる」), but one in
words that tell what happened (「…翌朝、…見つかった」). Sentences of our own; each fails without its rule."""

from __future__ import annotations

from tests.test_events import dated as _dated


def test_the_next_morning_after_the_day_named_last() -> None:
    text = ("定期船は3月1日から高速船に替わる。\n\n船長が忘れられないのは、2045年1月17日の夜だという。"
            "妊婦を乗せ、しけの中を本土へ向かった。翌朝、無事に女の子が生まれた。")
    assert _dated(text, "2071-02-28", "翌朝、無事に") == ["2045-01-18"]


def test_the_same_night() -> None:
    text = "大雪で国道が8日午後から立ち往生した。同夜は気温が氷点下6度まで下がった。"
    assert _dated(text, "2116-02-10", "同夜は") == ["2116-02-08"]


def test_no_morning_of_a_time_range_nor_of_what_is_wont_to_be() -> None:
    assert _dated("8月13日〜16日　徹夜おどり（午後8時〜翌朝5時）", "2057-07-20", "翌朝5時") == ["2057-08-13", "2057-08-16"]
    text = "作家は12月5日に亡くなった。編集者は「直しを頼むと、翌朝には倍の枚数になって返ってくる」と語る。"
    assert _dated(text, "2085-12-10", "翌朝には") == []
    text = "男性は12月5日に山で行方不明になった。妻は「翌朝、ようやく見つかったと連絡があった」と話した。"
    assert _dated(text, "2085-12-10", "翌朝、ようやく") == ["2085-12-06"]
