"""A company introduced after its kind of business with its seat in brackets (運営会社の北奥羽ウインドパワー（青森市）に),
whatever particle follows: an organisation, its words later its own (`org_trade`); and 同社 after a company told of by
its tie to the one the article is about (子会社の…) stands for that one, the topic (`quotes.bodies`); a firm named by
common words and its trade, the subject of a statement (白鷺電力は「…」としている: `org_statements`), and a town's name
before 電器 (三輪電器); 同社 is no chamber of commerce or institute (商工会議所, 研究所). Real tokenizer; sentences of
our own."""

from __future__ import annotations

from conftest import found_of
from tests.test_quotes import quotes


def test_a_firm_with_its_seat_after_its_kind_of_business() -> None:
    text = "住民らは、運営会社の北奥羽ソーラーパワー（那覇市）に損害賠償を求めた。"
    assert found_of(text, "organization") == ["北奥羽ソーラーパワー"]
    text = "子会社の工場（大阪府）が閉鎖される。取引先の担当者（東京都）は困惑した。"
    assert found_of(text, "organization") == []  # (a part and a person of a firm, not its name)


def test_the_firms_words_after_its_seat() -> None:
    text = ("住民らが、運営会社の北奥羽ソーラーパワー（那覇市）に損害賠償を求めた訴訟で、地裁は請求を棄却した。\n\n"
            "北奥羽ソーラーパワーは「当社の主張が認められた」とのコメントを出した。")
    assert quotes(text) == [("当社の主張が認められた", "北奥羽ソーラーパワー")]


def test_same_company_after_a_subsidiary_is_the_topic() -> None:
    text = ("紙加工大手の北陸ペーパー（金沢市）は8日、富山工場を閉鎖すると発表した。生産は子会社の能登ペーパーテック（七尾市）の"
            "工場に移す。\n\n同社は「需要の減少が続き、集約は避けられない」としている。")
    assert quotes(text)[-1] == ("需要の減少が続き、集約は避けられない", "北陸ペーパー")


def test_a_firm_of_common_words_and_its_trade_stating() -> None:
    text = "停電について、白鷺電力は「倒木で道がふさがれ、復旧に時間がかかる」としている。"
    assert found_of(text, "organization") == ["白鷺電力"]
    assert quotes(text) == [("倒木で道がふさがれ、復旧に時間がかかる", "白鷺電力")]
    assert found_of("大手電力は「需給は安定している」としている。", "organization") == []  # (a kind of business)
    assert found_of("民間航空は「安全が第一だ」としている。", "organization") == []


def test_a_town_and_denki() -> None:
    assert found_of("暖房器具を製造する三輪電器は全品を回収すると発表した。", "organization") == ["三輪電器"]


def test_same_company_is_no_chamber_of_commerce_named_after_the_firm() -> None:
    text = ("工場増設へ\n\n精密部品の白鷺精機（金沢市）は新工場を建てると発表した。地元の金沢商工会議所は歓迎している。\n\n"
            "同社は「第2期棟は受注を見て判断する」としている。")
    assert quotes(text)[-1] == ("第2期棟は受注を見て判断する", "白鷺精機")
