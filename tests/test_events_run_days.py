"""The days of a run named by their place in it: its first and last named alone (初日は, 最終日の舞台) and the Nth (2日目
に), counted from the day written before the opening's verb (21日に開幕した, 24日から…で開かれていた) or told as the
first (初日の15日); not the first day a sentence names with its own date (2月1日の初日から), nor one inside quoted
words (「初日に負けてから…」), nor the first sunrise (初日の出). Sentences of our own; each fails without its rule in
`counted_days`."""

from __future__ import annotations

from tests.test_events import dated as _dated


_GOLF = "21日に開幕した女子ゴルフの湖北レディースは最終日の24日、最終ラウンドが行われ、森川が初優勝した。\n\n"


def test_the_first_and_the_nth_day_count_from_the_opening() -> None:
    text = _GOLF + "森川は、初日は73と出遅れた。2日目に67をマークした。3日目を終えて首位だった大城は崩れた。"
    assert _dated(text, "2116-05-25", "初日は73") == ["2116-05-21"]
    assert _dated(text, "2116-05-25", "2日目に67") == ["2116-05-22"]
    assert _dated(text, "2116-05-25", "3日目を終えて") == ["2116-05-23"]


def test_a_runs_days_after_from_which_it_was_held() -> None:
    text = ("24日から湖畔公園で開かれていたジャズフェスティバルは最終日の26日、幕を閉じた。\n\n"
            "初日は夕方から雨に見舞われた。最終日の舞台を終えた奏者は笑顔を見せた。")
    assert _dated(text, "2116-07-28", "初日は夕方") == ["2116-07-24"]
    assert _dated(text, "2116-07-28", "最終日の舞台") == ["2116-07-26"]


def test_no_first_day_with_its_own_date_in_quotes_or_at_sunrise() -> None:
    text = _GOLF + "「初日に崩れてから、一打に集中した」と森川は話した。元日には初日の出を見に行くという。"
    assert _dated(text, "2116-05-25", "初日に崩れて") == []
    assert "2116-05-21" not in _dated(text, "2116-05-25", "初日の出")
    camp = "キャンプは2月1日の初日から、若手がブルペンに入った。"
    assert _dated(camp, "2116-02-10", "初日から") == ["2116-02-01"]
