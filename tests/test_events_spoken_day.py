"""Day words quoted in a morning paper, in a sentence that names no date and tells them said in the past: counted
from the day before the paper's, when its news happened then (歓迎式で「きょう、町に…」とあいさつした: that day); not a
broadcast's words told politely (…と話しました), nor a week's day, which is the calendar's; words said at a meeting or an
interview of a day named before them (31日の記者会見で「あすからは…」, きのう取材に応じた男性は「…」) count from that day,
a sports page's comment line from the game's (its dateline's, （16日・会場）, two days back too, or a wire's,
【ロンドン6日＝…】; a comment line with no colon, 白峰山「…」, and a headline's closing words too); words said at a
meeting after another (22日の閣議後の会見で) from its day; a day as the topic of its forecast (20日は晴れの予報で) lies ahead.
Sentences of our own; each fails without its change in `sentence_dates`."""

from __future__ import annotations

from tests.test_events import events

_LEAD = "山あいの町を結ぶ新しい路線バスが1日、運行を始めた。始発には約80人が列をつくった。\n\n"


def _dated(text: str, word: str) -> list[str]:
    return [d for d, t in events(_LEAD + text, "2061-04-02") if word in t]


def test_quoted_day_words_said_yesterday_count_from_that_day() -> None:
    assert _dated("出発式で、町長は「きょう、町の願いがかなった」とあいさつした。", "きょう") == ["2061-04-01"]
    assert _dated("運転手の男性は「あすから通常の時刻で走る」と話した。", "あすから") == ["2061-04-02"]


def test_a_broadcasts_polite_past_and_a_weeks_day_stay_the_calendars() -> None:
    assert _dated("町長は「きょう、町の願いがかなった」と話しました。", "きょう") == ["2061-04-02"]
    assert _dated("町長は「来週の土曜日には祭りも開く」と話した。", "土曜日") == ["2061-04-09"]


def test_quoted_day_words_said_at_a_meeting_or_interview_of_a_day_named_before_them() -> None:
    text = "社長は31日の記者会見で「あすからは全社員で電話に出る」と述べた。"
    assert [d for d, t in events(text, "2061-08-02")] == ["2061-07-31", "2061-08-01"]
    text = "きのう取材に応じた住人の男性は「あすからは会社の寮に泊まる」と話した。"
    assert [d for d, t in events(text, "2061-03-02")] == ["2061-03-01", "2061-03-02"]


def test_a_sports_pages_comment_line_is_said_on_the_day_of_the_game() -> None:
    text = "北浜が逆転勝ち\n\n北浜ブルーズは1日、敵地で南港に3―2で逆転勝ちした。\n\n【談話】\n沢木：「あすの試合も先発で投げます」"
    assert [d for d, t in events(text, "2061-06-02") if "あすの試合" in t] == ["2061-06-02"]


def test_a_day_as_the_topic_of_its_forecast_lies_ahead() -> None:
    assert [d for d, t in events("20日は晴れの予報で、担当者は「人出が増える」と話した。", "2061-05-19")] == ["2061-05-20"]
    assert [d for d, t in events("18日は晴れの予報だったが、雨が降った。", "2061-05-19")] == ["2061-05-18"]


def test_comment_lines_count_from_the_day_the_pages_dateline_names() -> None:
    # (a sports page of two days after the game: its dateline, under the headline, names the game's day)
    text = ("瀬戸内、逆転で8強入り　主将「まだ伸びる」\n\n◆全国高校ラグビー▽3回戦（16日・花園ラグビー場）\n\n"
            "瀬戸内が先週の雪辱を果たし、準々決勝に進んだ。\n\n【談話】\n"
            "主将・浜口：「きのうの夜は緊張で眠れなかった。大みそかまでは休まずに鍛え直す」")
    got = [d for d, t in events(text, "2061-12-18") if "きのうの夜" in t]
    assert got == ["2061-12-15", "2061-12-31"]  # (the calendar's day stays whenever the words were said)


def test_words_said_at_a_meeting_after_a_cabinet_session_count_from_its_day() -> None:
    text = "財務相は22日の閣議後の会見で「あすからの国会でも丁寧に説明する」と述べた。"
    assert [d for d, t in events(text, "2061-10-24") if "あすから" in t] == ["2061-10-22", "2061-10-23"]


def test_comment_lines_without_a_colon_and_a_headlines_words_count_from_the_games_day() -> None:
    text = ("白峰山、復帰場所を白星発進　「きのうまで迷っていた」\n\n◆大相撲九月場所初日（13日・両国国技館）\n"
            "白峰山　押し出し　若潮\n\n横綱白峰山が復帰の場所を白星で滑り出した。\n\n【談話】\n"
            "白峰山「きのうまで、本当に出ていいのか迷っていた」\n霧ノ海「あしたからが勝負」")
    got = events(text, "2061-09-15")
    assert [d for d, t in got if "きのうまで迷って" in t] == ["2061-09-12"]  # (the headline's words, said at the game)
    assert [d for d, t in got if "きのうまで、本当に" in t] == ["2061-09-12"]
    assert [d for d, t in got if "あしたから" in t] == ["2061-09-14"]


def test_a_wires_dateline_names_the_day_its_words_were_said() -> None:
    text = ("新田、初優勝\n\n【ロンドン6日＝東洋通信】テニスの国際選手権は現地時間6日午後、女子決勝が行われ、新田莉子が"
            "初優勝を果たした。\n\n新田は表彰式の後、「きのうの夜は緊張で眠れなかった」と話した。")
    assert [d for d, t in events(text, "2061-07-08") if "きのうの夜" in t] == ["2061-07-05"]


def test_a_headlines_words_said_on_the_news_day_of_a_morning_paper() -> None:
    text = ("県議会が開会　知事「あすから仮設を回る」\n\n6月定例県議会が18日開会し、県は補正予算案を提出した。\n\n"
            "知事は本会議の後、記者団に「あすから仮設住宅を一軒ずつ回る」と話した。")
    got = events(text, "2061-06-19")
    assert [d for d, t in got if "あすから仮設を" in t] == ["2061-06-19"]


def test_words_said_in_a_sentence_headed_by_their_day() -> None:
    text = "きのう夜、事務所で夫の隣に立った妻は「あすからは、もっと心配です」と笑顔を見せました。"
    assert [d for d, t in events(text, "2061-10-24") if "あすから" in t] == ["2061-10-23", "2061-10-24"]


def test_words_told_put_out_yesterday_in_a_longer_sentence_count_from_that_day() -> None:
    text = "運行会社は「本日、全便を通常どおり運行しております」と報道各社へ書面で知らせるなど対応に追われた。"
    assert _dated(text, "本日") == ["2061-04-01"]


def test_a_comment_under_a_bracketed_heading_counts_from_a_two_day_matchs_last_day() -> None:
    text = ("挑戦者が勝ち王手\n\n◆第52期白鷺戦七番勝負第4局（15、16日・熱海市）\n\n挑戦者が113手で勝った。\n\n"
            "【挑戦者の話】「きのうの封じ手の局面から、指したい手を指せた」")
    assert [d for d, t in events(text, "2061-09-17") if "封じ手" in t] == ["2061-09-15"]


def test_words_told_said_in_the_past_after_more_words_or_standing_alone_count_from_the_news_day() -> None:
    text = "開会式で、町長は「きょうの青空は、町の誇りだ」とあいさつし、「次の100年へ引き継ぐ」と力を込めた。"
    assert _dated(text, "きょう") == ["2061-04-01"]
    alone = "運転手の男性は、終点で大きく息を吐いた。\n\n「きのうの夜は眠れなかった。無事に走れてほっとした」"
    assert _dated(alone, "きのう") == ["2061-03-31"]


def test_a_broadcasts_words_standing_alone_are_said_on_its_own_day() -> None:
    text = ("大雨の影響で、きのう（3日）の夜から雨が強まりました。川は、けさ5時ごろ氾濫しました。\n\n"
            "「けさ2時ごろ、玄関から水が入ってきました」。そう話すのは、住民の女性です。")
    assert [d for d, t in events(text, "2061-07-04") if "けさ2時" in t] == ["2061-07-04"]


def test_words_said_at_news_of_days_before_the_page_count_from_that_day() -> None:
    text = ("山あいの町を結ぶ新しい路線バスが1日、運行を始めた。\n\n"
            "出発式で、町長は「きょう、町の願いがかなった」とあいさつした。")
    assert [d for d, t in events(text, "2061-04-04") if "きょう" in t] == ["2061-04-01"]  # (a weekly's page, three days on)
