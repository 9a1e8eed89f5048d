"""同日 after a background told in another passage (…1月24日に結審していた。 then, a paragraph on, 閉廷後の同日夕): the
news's day, the first day the body names within a week before the page's; but right after a background in the same
passage (…30日、…進言していた。首相は同日夜), that background's day; the news's day again after a background more than
three days before it told as what had been (…家宅捜索していた。逮捕を受け、…同日夜) or sentences before, but the act's
day right after the act charged (逮捕容疑は4月29日…疑い。女性が同日夕方に). Sentences of our own; each fails without its change in
`events`."""

from __future__ import annotations

from tests.test_events import events

_TRIAL = ("工事現場で2058年11月3日、鉄骨が落下して作業員が死亡した事故で、元責任者の控訴審判決が9日、高裁であった。"
          "裁判長は一審の無罪判決を破棄した。\n\n"
          "控訴審は昨年12月6日に始まり、1月24日に結審していた。\n\n")


def test_same_day_after_a_background_paragraph_is_the_news_day() -> None:
    got = events(_TRIAL + "遺族の男性は閉廷後の同日夕、市内で記者会見した。", "2061-03-10")
    assert [d for d, t in got if "同日夕" in t] == ["2061-03-09"]


def test_same_day_right_after_a_background_in_its_passage_is_that_day() -> None:
    got = events(_TRIAL + "幹事長は前日の8日、首相に進言していた。首相は同日夜、党幹部と会食した。", "2061-03-10")
    assert [d for d, t in got if "同日夜" in t] == ["2061-03-08"]


_ARREST = "出資金をだまし取ったとして、県警は12日、投資会社の元社長を詐欺の疑いで逮捕した。\n\n"


def test_same_day_after_a_background_told_as_what_had_been_in_its_passage_is_the_news_day() -> None:
    text = _ARREST + "県警は今年2月6日に同社を家宅捜索していた。逮捕を受け、被害者の会は同日夜、市内で会見した。"
    assert [d for d, t in events(text, "2062-05-13") if "同日夜" in t] == ["2062-05-12"]
    text = _ARREST + "同社は昨年11月6日に配当を止めており、出資者の苦情が相次いだ。元社長は同日夕、報道陣の前で謝罪した。"
    assert [d for d, t in events(text, "2062-05-13") if "同日夕" in t] == ["2062-05-12"]


def test_same_day_sentences_after_a_background_is_the_news_day() -> None:
    text = _ARREST + "同社は昨年12月20日に設立された。出資者は2千人を超えるとみられる。被害者の会は同日夜、会見した。"
    assert [d for d, t in events(text, "2062-05-13") if "同日夜" in t] == ["2062-05-12"]


def test_same_day_right_after_the_act_charged_is_the_acts_day() -> None:
    text = _ARREST + "逮捕容疑は4月29日午後、女性宅から現金を盗んだ疑い。女性が同日夕方に帰宅して気付いた。"
    assert [d for d, t in events(text, "2062-05-13") if "同日夕方" in t] == ["2062-04-29"]


def test_this_day_at_a_meeting_after_a_background_is_the_news_day() -> None:
    text = ("6月定例県議会が18日開会し、県は補正予算案を提出した。\n\n"
            "県は3月27日に第1弾の補正予算を専決処分しており、今回が第3弾となる。この日の本会議では、知事が提案の理由を説明した。")
    assert [d for d, t in events(text, "2062-06-19") if "この日の本会議" in t] == ["2062-06-18"]
