"""この日は and この日も set against a day told as a background (…先月12日に表明している。この日は…, 前日の30日まで…
苦しんでいた。この日は…, 6日の試合で完投しており、この日も…): the news's day, the first day the body names within a week
before the page's, not the background's; but この日は right after a day told as what happened is that day. Day words in an
interview's answer (――…。 then 「…きのうも…」) count from the day the interview was held. Sentences of
our own; each fails without its change in `events` or `sentence_dates`."""

from __future__ import annotations

from tests.test_events import events

_GAME = "ホークスは3日、本拠地で港北レッズに4―1で勝ち、連敗を5で止めた。\n\n"


def test_this_day_after_a_background_told_as_done_is_the_news_day() -> None:
    text = _GAME + "主砲の大河内は今季限りでの引退を先月20日に表明している。この日は七回に代打で出て、左前打を放った。"
    assert [d for d, t in events(text, "2070-09-04") if "この日は" in t] == ["2070-09-03"]


def test_this_day_after_a_background_of_the_eve_in_its_passage_is_the_news_day() -> None:
    text = _GAME + "大河内は前日の2日まで11打数無安打と苦しんでいた。この日は四回に右中間へ2ランを放った。"
    assert [d for d, t in events(text, "2070-09-04") if "この日は" in t] == ["2070-09-03"]


def test_this_day_too_after_a_background_clause_in_its_sentence_is_the_news_day() -> None:
    text = _GAME + "先発の真鍋は、8月28日の試合で130球を投げて完投しており、この日も九回を一人で投げ抜いた。"
    assert [d for d, t in events(text, "2070-09-04") if "この日も" in t] == ["2070-08-28", "2070-09-03"]


def test_this_day_after_a_day_told_as_what_happened_is_that_day() -> None:
    text = _GAME + "チームは先月28日に札幌へ移動した。この日は市内の球場で全体練習を行った。"
    assert [d for d, t in events(text, "2070-09-04") if "この日は" in t] == ["2070-08-28"]


def test_day_words_in_an_interview_s_answer_count_from_the_day_it_was_held() -> None:
    text = ("改修中の北浜市立美術館が来月再開する。就任した館長に、20日、館長室で話を聞いた。\n\n"
            "――準備はどこまで進みましたか。\n\n"
            "「展示はほぼ終わりました。きのうも夜9時まで、学芸員と作品の前で話し込みました」")
    assert [d for d, t in events(text, "2070-09-21") if "きのうも" in t] == ["2070-09-19"]
