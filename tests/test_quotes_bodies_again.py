"""A body named again by 同 is the one it can be: 同社 is never a bank (日銀 before it), 同事務所 is no wrestler though the
article says 千秋楽 of a play, and a kin word that sells a house is no company. Sentences of our own; each fails without
its change (`bodies._NO_COMPANY`, `ring_names._NOT_RING`, `org_bare`'s kin guard)."""

from __future__ import annotations

from conftest import found_of
from tests.test_quotes import quotes


def test_dou_sha_is_no_bank_named_before() -> None:
    text = ("日銀は31日、利上げを決めた。みなと証券の市川恵子ファンドマネジャーは「銀行株には追い風だ」と話した。"
            "同社は顧客向けのリポートで「来年前半に金利がさらに上がる可能性が高い」としている。")
    got = dict(quotes(text))
    assert got["銀行株には追い風だ"] == "市川恵子"
    assert got["来年前半に金利がさらに上がる可能性が高い"] != "日銀"


def test_a_body_named_again_is_no_ring_name_in_an_article_that_says_senshuraku() -> None:
    text = ("俳優の森山隆之介さんが死去した。所属事務所「オフィス森山」が発表した。\n\n"
            "晩年は脇役に回り、昨年千秋楽を迎えた舞台が最後の出演となった。\n\n"
            "同事務所は「穏やかな最期でした。生前のご厚情に感謝いたします」とのコメントを出した。")
    assert ("穏やかな最期でした。生前のご厚情に感謝いたします", "同事務所") not in quotes(text)


def test_a_parent_who_sells_a_house_is_no_company() -> None:
    assert found_of("一方で、父親が自宅を売却して被害の一部を弁済した。", "organization") == []
