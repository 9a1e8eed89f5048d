"""When quoted words were said, for the day words inside them: at a thing the article dated before (19日の記者会見で…。
会見で同相は「あすから…」と語った: the 19th), at a meeting a day opens (3日午後に会見した市長は「きのう…」), on the first
day the body names within a week before the article's when no sentence told the news's day first (5日に会見を開き、8月
31日で閉めると発表した); a guess (…来るんだろう) tells of its day as a plain sentence does. And 同日 right after the
act charged (逮捕容疑は…16日…疑い。 / 女性は同日午後) is the act's day. Sentences of our own; each fails without its
change in `events`, `quoted_days` or `sentence_dates`."""

from __future__ import annotations

from tests.test_events import dated as _dated


def test_words_said_at_a_thing_dated_before_count_from_its_day() -> None:
    text = ("県は21日、来春から中学校の給食を無料にすると発表した。\n\n"
            "知事は19日の記者会見で、無料化の考えを初めて示していた。会見で知事は「あすから市町村と話し合う」と語った。")
    assert _dated(text, "2061-05-22", "あすから") == ["2061-05-20"]


def test_a_thing_named_only_by_words_quoted_there_gives_no_day() -> None:
    text = ("駅伝は3日、復路が行われ、北浜大が優勝した。\n\n"
            "レース後、5区の選手は「きのうの夜は眠れなかった」と話した。\n\n"
            "2位の監督もレース後、「来年に向けて、あすから切り替える」と語った。")
    assert _dated(text, "2061-01-04", "あすから") == ["2061-01-04"]


def test_words_of_a_meeting_a_day_opens_count_from_that_day() -> None:
    text = "台風は2日夕、県内に上陸した。3日午後に会見した市長は「きのうのうちに避難所を開けてよかった」と述べた。"
    assert _dated(text, "2061-09-04", "きのうのうち") == ["2061-09-03", "2061-09-02"]


def test_the_first_day_within_a_week_is_the_words_day_when_none_was_told_first() -> None:
    text = ("老舗の書店は5日に記者会見を開き、本店を8月31日で閉めると発表した。\n\n"
            "社長は閉店について「きのう、社員を集めて伝えた」と明かした。")
    assert _dated(text, "2061-06-06", "きのう、社員") == ["2061-06-04"]


def test_a_guess_in_quoted_words_tells_of_its_day() -> None:
    text = "学部の閉鎖が2日に決まった。\n\n掲示板の前で学生は「あしたのゼミ、みんなどんな顔で来るんだろう」とつぶやいた。"
    assert _dated(text, "2061-03-03", "あしたのゼミ") == ["2061-03-03"]
    text = "学部の閉鎖が2日に決まった。\n\n掲示板の前で学生は「あしたのゼミには皆で行こう」と話した。"
    assert _dated(text, "2061-03-03", "あしたのゼミ") == []  # (a call: no dated happening)


def test_the_same_day_right_after_the_act_charged_is_the_acts() -> None:
    text = ("県警は22日、詐欺の疑いで男を逮捕した。\n\n"
            "逮捕容疑は、男が16日、市内の女性（82）に息子を名乗って電話をかけ、現金をだまし取ろうとした疑い。\n\n"
            "女性は同日午後、近くの銀行で300万円を下ろそうとした。")
    assert _dated(text, "2061-05-23", "同日午後") == ["2061-05-16"]


def test_day_words_in_words_said_after_a_sentence_that_dates_an_interview_are_counted_from_it() -> None:
    text = ("山中で不明だった男児が20日朝、無事に見つかった。\n\n"
            "父の滝口雅之さん（38）は21日午後、病院で報道陣の取材に応じた。雅之さんは「きのうの夜は雨が降って、"
            "もうだめかと思った」と声を詰まらせた。")
    assert _dated(text, "2119-06-24", "きのうの夜") == ["2119-06-20"]  # (not the 19th, the day before the news's)


def test_day_words_at_a_meeting_named_with_its_kind_count_from_its_day() -> None:
    text = ("北斗電機は11日、決算を発表した。\n\n四方田誠社長は同日の決算会見で「きのうも現地の取引先と話した」と述べた。")
    assert _dated(text, "2119-05-13", "きのうも") == ["2119-05-11", "2119-05-10"]  # (同日, then きのう)
