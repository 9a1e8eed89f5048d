"""Dated events: explicit dates, month-and-day and day-only dates read against the article's date
(across month and year ends), and the steps of ↓ timelines."""

from __future__ import annotations

import json

import pytest

from tui.news.models import Document
from tui.news.pipeline import analyse


def events(text: str, published: str | None) -> list[tuple[str, str]]:
    """(date, sentence) of each event the import finds in an article of these paragraphs."""
    stored = analyse(Document(source="t.txt", text="見出しのテスト記事\n\n" + text, published=published))
    assert not isinstance(stored, str)
    return [(d, t) for _, d, t, _ in json.loads(stored.story)["events"]]


def dated(text: str, published: str, word: str) -> list[str]:
    """The dates of the events found in the sentences that hold `word`."""
    return [d for d, t in events(text, published) if word in t]


@pytest.mark.parametrize("published, text, date", [
    ("2025-08-16", "両首脳は15日、アラスカで会談した。", "2025-08-15"),
    ("2025-08-16", "ゼレンスキー大統領は18日にワシントンを訪れる予定だ。", "2025-08-18"),
    ("2025-03-02", "両首脳は28日、ホワイトハウスで会談した。", "2025-02-28"),  # the month before
    ("2025-01-04", "高速道路は30日に渋滞のピークを迎えた。", "2024-12-30"),  # the year before
    ("2025-10-01", "万博は13日に閉幕する。", "2025-10-13"),  # ahead, said in the future
    ("2024-12-30", "通常国会は来年1月24日に召集される見通しだ。", "2025-01-24"),
    ("2025-01-04", "鉄道各社は12月31日、終夜運転を実施した。", "2024-12-31"),
    ("2024-12-30", "万博は4月13日に開幕する。", "2025-04-13"),
    ("2025-07-01", "大阪での会談は2019年6月28日以来となる。", "2019-06-28"),
    ("2025-07-01", "直接協議は令和4年3月29日以来だ。", "2022-03-29"),
])
def test_dates_are_read_against_the_published_date(published: str, text: str, date: str) -> None:
    assert events(text, published) == [(date, text)]


@pytest.mark.parametrize("text, date", [
    ("新制度は2025/4/1から始まった。", "2025-04-01"),
    ("改定は２０２５．３．１４に発表された。", "2025-03-14"),  # full width: read in NFKC
    ("期限は2025-06-30だった。", "2025-06-30"),
])
def test_a_date_written_with_separators_and_no_day_mark_is_an_event(text: str, date: str) -> None:
    assert events(text, "2025-07-01") == [(date, text)]


def test_day_counts_and_durations_are_no_dates() -> None:
    text = "会議は3日間の日程で開かれた。猛暑日は5日連続となった。1日あたり20万人が訪れた。日本の対応が問われる。"
    assert events(text, "2025-07-01") == []


def test_an_undated_article_keeps_only_dates_with_a_year() -> None:
    assert events("会談は28日に開かれた。協定の原案は2025年2月25日にまとまった。", None) == [
        ("2025-02-25", "協定の原案は2025年2月25日にまとまった。")]


def test_a_timeline_dates_each_step_below_its_date_line() -> None:
    text = ("会談の経緯は次の通り。\n2025年2月28日\n↓\nホワイトハウスで会談が始まる\n↓\n鉱物資源をめぐり意見が対立\n↓\n"
            "共同記者会見が中止に\n\n欧州の首脳は翌週、ロンドンで会合を開いた。")
    assert events(text, "2025-03-02") == [
        ("2025-02-28", "ホワイトハウスで会談が始まる"), ("2025-02-28", "鉱物資源をめぐり意見が対立"),
        ("2025-02-28", "共同記者会見が中止に")]


@pytest.mark.parametrize("published, text, date", [
    ("2025-06-02", "両陣営は7日の決選投票に向けて支持を訴えた。", "2025-06-07"),  # prepared for: ahead
    ("2025-06-28", "組合は3日の団体交渉を前に集会を開いた。", "2025-07-03"),
    ("2025-12-20", "百貨店は年明けの2日に初売りを行うと発表した。", "2026-01-02"),
    ("2025-06-02", "先月28日に開かれた会合で方針を決めた。", "2025-05-28"),
    ("2025-06-02", "来月5日に開かれる会合で方針を決める。", "2025-07-05"),
    ("2025-01-10", "審議会は先月27日に答申をまとめた。", "2024-12-27"),
])
def test_a_day_is_read_forward_or_in_the_month_the_sentence_names(published: str, text: str, date: str) -> None:
    assert events(text, published) == [(date, text)]


def test_same_month_is_the_month_of_the_date_before() -> None:
    text = "委員会は3月4日に発足し、同月20日に初会合を開いた。"
    assert events(text, "2025-06-02") == [("2025-03-04", text), ("2025-03-20", text)]


@pytest.mark.parametrize("mark", ["▽", "↓"])
def test_each_line_of_a_marked_timeline_is_an_event_the_last_too(mark: str) -> None:
    text = (f"今年の主な日程は次の通り。\n{mark}1月23日　通常国会が召集\n{mark}2月8日　衆院の補欠選挙\n"
            f"{mark}2026年3月15日　党大会")
    assert events(text, "2026-01-10") == [
        ("2026-01-23", "1月23日　通常国会が召集"), ("2026-02-08", "2月8日　衆院の補欠選挙"),
        ("2026-03-15", "2026年3月15日　党大会")]


def test_a_date_that_modifies_a_noun_or_is_planned_is_not_read_by_the_sentences_tense() -> None:
    text = "党首選は1日投開票され、上位2人が7日の決選投票に進んだ。"
    assert events(text, "2025-06-02") == [("2025-06-01", text), ("2025-06-07", text)]
    text = "政府は9日、通常国会を23日に召集する方針を固めた。"
    assert events(text, "2026-01-10") == [("2026-01-09", text), ("2026-01-23", text)]


def test_the_steps_of_a_forward_timeline_keep_going_forward_across_the_year() -> None:
    text = "主な日程は次の通り。\n▽1月23日　通常国会召集\n▽3月31日　予算成立の目標\n▽6月21日　会期末"
    assert [d for d, _ in events(text, "2026-01-10")] == ["2026-01-23", "2026-03-31", "2026-06-21"]
    back = "これまでの経緯\n▽12月20日　原案を公表\n▽9月5日　検討会が発足"  # newest first: stays in the past
    assert [d for d, _ in events(back, "2026-01-10")] == ["2025-12-20", "2025-09-05"]


def test_a_past_verb_that_took_place_at_the_dated_event_keeps_its_tense() -> None:
    text = "知事は5日の会見で協力を呼びかけた。"
    assert events(text, "2025-06-02") == [("2025-05-05", text)]


def test_unmarked_date_led_lines_are_a_timeline_read_forward() -> None:
    text = "今季の主な予定\n\n4月5日　日本選手権\n\n5月10日　アジア大会の予選\n\n6月1日　代表発表\n\n選手は準備を進める。"
    assert events(text, "2026-01-10") == [
        ("2026-04-05", "4月5日　日本選手権"), ("2026-05-10", "5月10日　アジア大会の予選"), ("2026-06-01", "6月1日　代表発表")]


def test_an_effective_date_a_start_date_and_a_date_after_which_are_dates() -> None:
    assert events("同社は1日付で田中一郎氏が社長に就任したと発表した。", "2025-06-16") == [
        ("2025-06-01", "同社は1日付で田中一郎氏が社長に就任したと発表した。")]
    assert [d for d, _ in events("首相は20日から3日間の日程で欧州を訪問する。", "2025-06-16")] == ["2025-06-20"]
    assert [d for d, _ in events("大会は5日から7日まで開かれた。", "2025-06-16")] == ["2025-06-05", "2025-06-07"]
    assert events("工事は3日から5日かかる見込みだ。申請は30日以内に行う。", "2025-06-16") == []


def test_the_same_day_is_the_date_named_before() -> None:
    text = "首相は14日、被災地を視察した。\n\n同日夜、首相は官邸で記者団に語った。"
    assert events(text, "2025-06-16") == [("2025-06-14", "首相は14日、被災地を視察した。"),
                                          ("2025-06-14", "同日夜、首相は官邸で記者団に語った。")]
    assert events("同日夜、首相は官邸で記者団に語った。", "2025-06-16") == []  # no date before it


def test_a_day_an_act_is_announced_for_lies_ahead_whatever_the_announcing_verbs_tense() -> None:
    text = "北浜交通の労組は4日、30日にストライキを行うと会社側に通告した。"
    assert [d for d, _ in events(text, "2026-01-05")] == ["2026-01-04", "2026-01-30"]
    done = "北浜交通の労組は4日、28日にストライキを行ったと発表した。"  # done: the month before
    assert [d for d, _ in events(done, "2026-01-05")] == ["2026-01-04", "2025-12-28"]


def test_a_range_written_once_dates_its_first_day_too_and_a_span_of_days_none() -> None:
    assert [d for d, _ in events("審議会は10〜12日の日程で開かれる。", "2026-02-05")] == ["2026-02-10", "2026-02-12"]
    assert [d for d, _ in events("催しは3月28～30日に開かれた。", "2026-04-02")] == ["2026-03-28", "2026-03-30"]
    assert events("修理には3〜5日かかる見通しだ。\n\n旅行は2〜3日間の予定だ。", "2026-02-05") == []


def test_the_day_before_and_after_are_read_from_the_date_named_before() -> None:
    text = "新大臣はきょう27日、初登庁しました。\n\n前大臣は前日、辞表を提出していました。"
    assert [d for d, _ in events(text, "2027-12-27")] == ["2027-12-27", "2027-12-26"]
    later = "両国は3日に協議した。\n\n翌日、共同声明を出した。"
    assert [d for d, _ in events(later, "2027-12-27")] == ["2027-12-03", "2027-12-04"]
    assert events("株価は前日比で下がった。", "2027-12-27") == []  # a comparison, no day


def test_the_same_day_in_a_later_sentence_is_the_day_that_sentence_is_about() -> None:
    text = "両社は14日、2029年4月1日に持ち株会社を設立すると発表した。両社は同日、基本合意書を締結した。"
    assert [d for d, _ in events(text, "2028-02-14")] == ["2028-02-14", "2029-04-01", "2028-02-14"]


def test_a_month_and_day_with_what_is_planned_for_it_lies_ahead() -> None:
    text = "両社は6月26日に開く定時株主総会で承認を求める。"
    assert [d for d, _ in events(text, "2028-02-14")] == ["2028-06-26"]
    said = "歌手はステージで、12月6日にアルバムを出すと発表した。"
    assert [d for d, _ in events(said, "2028-09-13")] == ["2028-12-06"]


def headline_events(headline: str, body: str, published: str) -> list[tuple[str, str]]:
    stored = analyse(Document(source="t.txt", text=f"{headline}\n\n{body}", published=published))
    assert not isinstance(stored, str)
    return [(d, t) for _, d, t, _ in json.loads(stored.story)["events"]]


def test_a_headlines_date_is_an_event_of_the_headline() -> None:
    got = headline_events("新型ロケット、来月10日打ち上げへ", "宇宙機関は15日、新型ロケットの打ち上げ日を決めた。", "2029-02-15")
    assert ("2029-03-10", "新型ロケット、来月10日打ち上げへ") in got
    assert ("2029-02-15", "宇宙機関は15日、新型ロケットの打ち上げ日を決めた。") in got


def test_a_headline_ending_in_he_is_a_plan() -> None:
    assert headline_events("通常国会、23日召集へ", "政府は召集日を決めた。", "2026-01-10") == [("2026-01-23", "通常国会、23日召集へ")]


@pytest.mark.parametrize("published, text, date", [
    ("2029-07-04", "委員会は前年12月18日に報告書をまとめた。", "2028-12-18"),  # 前年: the year before
    ("2024-12-30", "今年は1月1日に大きな地震が起きた。", "2024-01-01"),  # 今年は, a particle between
    ("2029-11-03", "次の会合は28日（水）。", "2029-11-28"),  # the weekday said: not 28 October, a Sunday
    ("2029-10-20", "最高裁は11月9日に判決を言い渡すことを決めた。", "2029-11-09"),  # not a year back
    ("2029-03-14", "組合は2月20日に賃上げを求める要求書を提出していた。", "2029-02-20"),  # not a year ahead
    ("2029-10-10", "21日からの歴訪では４か国を回る。", "2029-10-21"),  # eleven days ahead, no tense said
])
def test_more_dates_read_against_the_published_date(published: str, text: str, date: str) -> None:
    assert events(text, published)[0] == (date, text)


def test_a_day_alone_right_after_a_month_and_day_is_of_that_month() -> None:
    text = "市長選（7月8日告示、15日投開票）に向け、現職は16日に立候補を表明した。"
    assert [d for d, _ in events(text, "2029-06-17")] == ["2029-07-08", "2029-07-15", "2029-06-16"]


def test_a_releases_dateline_in_its_heading_is_no_event() -> None:
    got = headline_events("報道関係者各位　令和7年6月27日(金)", "熱中症の搬送が増えています。", "2025-06-27")
    assert got == []


def test_same_day_after_a_sentence_about_a_plan_is_the_news_day() -> None:
    text = ("バンドが19日、再結成を発表した。9月10〜12日に武道館で公演を開く。\n\n"
            "ボーカルは同日、都内で開いた会見で喜びを語った。")
    got = events(text, "2028-05-20")
    assert ("2028-05-19", "ボーカルは同日、都内で開いた会見で喜びを語った。") in got


def test_a_rate_per_day_is_no_date() -> None:
    text = "工場は1998年4月1日に稼働を始め、焼却炉は1日24時間動いている。"
    assert [d for d, _ in events(text, "2029-04-14")] == ["1998-04-01"]


def test_one_days_stop_is_no_date() -> None:
    text = "路線バス\n\n同社では5月8日、ストで全線が1日止まり、労使は同月14日に妥結した。店は1日だけ休んだ。"
    assert [d for d, _ in events(text, "2085-09-30")] == ["2085-05-08", "2085-05-14"]


def test_what_cannot_be_done_lies_ahead() -> None:
    text = "移転作業のため、3月21日から31日までは本の受け取りもできない。"
    assert events(text, "2029-11-28")[0] == ("2030-03-21", text)


def test_a_day_the_month_before_lacks_is_this_months() -> None:
    from datetime import date

    from tui.news.events import dates_in

    assert dates_in("申し込みは31日まで受け付ける。", date(2029, 3, 2)) == [date(2029, 3, 31)]  # February has no 31st


def test_what_is_taken_from_now_on_lies_ahead() -> None:
    from datetime import date

    from tui.news.events import dates_in

    assert dates_in("募集は20日まで受け付ける。", date(2029, 3, 2)) == [date(2029, 3, 20)]


@pytest.mark.parametrize("published, text, dates", [
    ("2026-10-28", "2月6日の仙台を皮切りに全国を回る。", ["2027-02-06"]),  # three months ahead, not eight back
    ("2026-09-01", "式典は来年5月1日に開き、5月10日に閉じる。", ["2027-05-01", "2027-05-10"]),  # the year said before
    ("2026-11-16", "9月の秋場所で13勝を挙げ、同月30日に昇進が決まった。", ["2026-09-30"]),  # 同月: the month named alone
])
def test_years_and_months_said_before_in_the_sentence(published: str, text: str, dates: list[str]) -> None:
    assert [d for d, _ in events(text, published)] == dates


@pytest.mark.parametrize("published, text, dates", [
    ("2031-02-28", "雪は1日も山沿いを中心に降り続く見込みだ。", ["2031-03-01"]),  # tomorrow, not four weeks back
    ("2031-02-01", "男は2030年5月に逮捕され、初公判は同年6月12日に開かれた。", ["2030-06-12"]),  # 同年: the year said
])
def test_next_months_day_and_the_same_year(published: str, text: str, dates: list[str]) -> None:
    assert [d for d, _ in events(text, published)] == dates


@pytest.mark.parametrize("published, text, dates", [
    ("2033-06-20", "初めて出場した2030年の大会では、7月22日の初戦で敗れた。", ["2030-07-22"]),  # the year set before
    ("2033-02-10", "2035年は5月3日に開く。", ["2035-05-03"]),
    ("2033-06-20", "2019年に始まった祭りは、8月10日に開かれる。", ["2033-08-10"]),  # a year of its own clause sets nothing
    ("2027-11-02", "1月9日の札幌を皮切りに各地を回り、最終公演は4月5日の大阪となる。", ["2028-01-09", "2028-04-05"]),
])
def test_a_year_set_before_in_the_sentence_and_months_that_go_on(published: str, text: str, dates: list[str]) -> None:
    assert [d for d, _ in events(text, published)] == dates


def test_a_day_whose_own_clause_closes_on_a_plan_lies_ahead() -> None:
    text = "関東では1日、雨が強まる見込みで、鉄道各社は30日夜までに一部の運休を決めた。"
    assert [d for d, _ in events(text, "2030-04-30")] == ["2030-05-01", "2030-04-30"]


@pytest.mark.parametrize("text, day", [
    # a background date years back in another passage: 同日 is the news's day
    ("北浜商事は15日、社長の交代を発表した。\n\n川村氏は2019年7月2日に社長に就き、改革を進めた。\n\n"
     "新社長は同日の会見で抱負を語った。", "2030-03-15"),
    # a date of the past said of a noun (the day a quake struck) in the same passage: the same
    ("市は1日、総合防災訓練を行った。\n\nこの日は1923年9月1日の震災にちなんで定められた。市内の小学校も同日、避難訓練をした。",
     "2030-09-01"),
    # a figure's day (時点) is not the day 同日 repeats
    ("県は1日、人口の推計を発表した。\n\n5月31日時点の人口は約95万人で、前月の30日時点より減った。\n\n隣の県も同日、推計を公表した。",
     "2030-06-01"),
    # a date years back that a sentence tells of, in the same passage: 同日 repeats it
    ("町は11日、追悼式を開いた。\n\n2011年3月11日に地震が起きた。同日夜、町の大半が停電した。", "2011-03-11"),
])
def test_the_same_day_after_a_background_date(text: str, day: str) -> None:
    published = "2030-09-01" if "防災" in text else "2030-06-01" if "人口" in text else "2030-03-15"
    same = [d for d, t in events(text, published) if "同日" in t]
    assert same == [day]


def test_a_headlines_day_is_the_one_the_body_reads_ahead() -> None:
    body = "女子ツアーの大会は3日に終わった。\n\n今季の最終戦は27日に宮崎で開幕し、30日に最終日を迎える。"
    got = headline_events("女子ゴルフ、最終戦は27日開幕", body, "2031-11-04")
    assert ("2031-11-27", "女子ゴルフ、最終戦は27日開幕") in got


@pytest.mark.parametrize("published, text, dates", [
    ("2032-03-17", "今年の共通テスト（1月16、17日）の平均点は上がった。", ["2032-01-16", "2032-01-17"]),  # a range with 、
    ("2032-12-29", "終値は昨年末（12月30日）の水準を上回った。", ["2031-12-30"]),  # 昨年末 and the day in brackets
    ("2032-11-16", "両社は今年7月に協議を始め、同月30日に委員会を設けていた。", ["2032-07-30"]),  # 同月: a month with its year
    ("2032-04-20", "昨年9月に不正が発覚し、同年12月15日に報告書が公表された。", ["2031-12-15"]),  # 同年 after 昨年
    ("2032-09-28", "賞は1981年7月16日に決まった。翌月の8月22日に贈呈式が開かれた。", ["1981-07-16", "1981-08-22"]),
    ("2032-01-26", "選手は「28日も攻める姿勢で臨む」と笑顔を見せた。", ["2032-01-28"]),  # the quoted words' tense
    ("2032-11-10", "初戦を3月25日（金）に戦い、第2戦は30日（水）にアウェーで行う。", ["2033-03-25", "2033-03-30"]),  # the weekday fits
    ("2032-08-31", "鉄道会社は、2日は始発から運転を見合わせる可能性があると発表した。", ["2032-09-02"]),  # a plan's modal before と
    # a plan's clause closing on a plain present verb before its announcing と
    ("2033-10-10", "外務省は10日、外相が21日から28日までの日程で、タイとラオスを訪問すると発表した。",
     ["2033-10-10", "2033-10-21", "2033-10-28"]),
    ("2033-09-16", "県内の私鉄各社は、17日始発から全線で運転を取りやめると発表した。", ["2033-09-17"]),
    # a past clause holds the date (閣議決定した), or a clause of its own before a comma (会見し、): no plan
    ("2033-09-16", "政府は12日に閣議決定した予算案を見直すと発表した。", ["2033-09-12"]),
    ("2033-09-16", "社長は20日に会見し、工場を閉じると発表した。", ["2033-08-20"]),
    ("2033-08-04", "大会は6日に開幕し、決勝は22日の予定。", ["2033-08-06", "2033-08-22"]),  # a plan's noun after the day
    ("2033-03-24", "大統領は16日に首相と会談し、協力文書に署名する方向だ。", ["2033-04-16"]),  # 方向だ: what is planned
    ("2033-08-18", "盆踊りは16、17の両日、駅前で開かれた。", ["2033-08-16", "2033-08-17"]),  # two days before の両日
    ("2033-03-12", "同校は1874年（明治7年）9月1日に開校した。", ["1874-09-01"]),  # the era's year in brackets
])
def test_years_months_and_tenses_the_sentence_gives(published: str, text: str, dates: list[str]) -> None:
    assert [d for d, _ in events(text, published)] == dates


def test_a_headlines_month_and_day_names_the_bodys_day_alone() -> None:
    got = headline_events("知事選が告示　投開票は3月21日", "知事選は4日告示された。投開票日の21日まで、17日間の選挙戦に入った。",
                          "2032-03-05")
    assert ("2032-03-21", "投開票日の21日まで、17日間の選挙戦に入った。") in got


@pytest.mark.parametrize("published, text, day", [
    # a date in a clause describing an object is not the day the sentence tells of
    ("2032-01-05", "首相は4日、会見を開いた。会見では、昨年12月26日に閣議決定した予算案について語った。幹事長も同日、記者団に語った。",
     "2032-01-04"),
    # a date in a clause describing the subject gives way to the day the sentence tells of
    ("2032-11-04", "2日に投票が行われた大統領選は3日、結果が確定した。候補は同日夜、勝利を宣言した。", "2032-11-03"),
    # … and is that day when the sentence names no other
    ("2032-11-08", "5日に就任した新社長は記者会見で抱負を語った。社長は同日夜、社員と懇談した。", "2032-11-05"),
    # a date the news is measured by (に続き, 以来) is not the day a later 同日 repeats
    ("2033-02-06", "北浜精機は5日、業績予想を上方修正した。修正は昨年11月10日に続き2度目となる。同日発表した決算は増益だった。",
     "2033-02-05"),
])
def test_the_same_day_is_the_day_the_sentence_before_tells_of(published: str, text: str, day: str) -> None:
    assert [d for d, t in events(text, published) if "同日" in t] == [day]


def test_arrowed_steps_go_forward_past_a_year_said_in_the_middle_and_keep_their_katakana_last_step() -> None:
    text = ("両行は14日、経営統合すると発表した。\n\n統合までの流れ\n↓11月20日　両行の臨時株主総会\n↓2036年3月27日　両行が上場廃止\n"
            "↓4月1日　持ち株会社「トウカイミカワフィナンシャルグループ」が発足")
    got = [d for d, _ in events(text, "2035-09-15")]
    assert got[-3:] == ["2035-11-20", "2036-03-27", "2036-04-01"]


def test_a_steps_same_year_is_the_step_aboves_and_a_plans_first_step_lies_ahead() -> None:
    from tui.news.events import find_events

    steps = ("list", "2033年12月8日　一審で原告が勝訴\n同年12月20日　被告側が控訴\n2035年6月9日　二審判決")
    assert [d for _, d, _ in find_events([steps], "2035-06-10")] == ["2033-12-08", "2033-12-20", "2035-06-09"]
    plan = ("list", "▽12月15日　1回目の軌道修正\n▽来年1月28日　最終の軌道修正")  # the first step this year's, not last
    assert [d for _, d, _ in find_events([plan], "2035-06-25")] == ["2035-12-15", "2036-01-28"]
    # a step the page sets apart as a heading after the body: 同年 is the year of the step above
    split = [("paragraph", "一審は2033年12月8日に原告が勝訴した。"), ("heading", "同年12月20日　被告側が控訴")]
    assert [d for _, d, _ in find_events(split, "2035-06-10")] == ["2033-12-08", "2033-12-20"]


@pytest.mark.parametrize("published, text, dates", [
    # joined clauses tell in order: the 12th is past, not 12 April after the 22nd
    ("2034-03-17", "入学試験の後期日程が12日を中心に行われ、合格発表が22日から順次始まる。", ["2034-03-12", "2034-03-22"]),
    ("2034-03-17", "市内の小学校で卒業式が14日に開かれ、新校舎の完成式が25日に予定されている。", ["2034-03-14", "2034-03-25"]),
    # a day after a month and day stays in that month; a day heading its clause keeps its reading
    ("2034-06-17", "市長選（7月8日告示、15日投開票）に向け、準備が進む。", ["2034-07-08", "2034-07-15"]),
    # … also past the bracket of its weekday
    ("2034-03-20", "部活動の再開　4月10日（月）から（1年生は17日から）", ["2034-04-10", "2034-04-17"]),
])
def test_clauses_joined_by_their_verbs_tell_in_order(published: str, text: str, dates: list[str]) -> None:
    from datetime import date

    from tui.news.events import dates_in

    assert dates_in(text, date.fromisoformat(published)) == [date.fromisoformat(d) for d in dates]


def test_a_day_alone_after_a_step_of_the_next_month_goes_on_in_that_month() -> None:
    text = ("市議会\n\n市は12日、3月定例会の日程を発表した。\n\n"
            "【定例会の主な日程】\n2月27日（火）　開会\n　↓\n3月5日（月）～7日（水）　一般質問\n　↓\n20日（火）　閉会")
    got = events(text, "2085-02-12")
    assert [d for d, t in got if t.endswith("閉会") and "20日" in t] == ["2085-03-20"]
