"""Dated events read by the clause a date stands in: the tense a sentence's plain verb gives, a plan told in the
past, a date that heads its own clause, a year set before the month and day, and the days the sentence before
tells of (a clause joined on by its verb gives way to the clause after it)."""

from __future__ import annotations

import pytest

from tests.test_events import events, headline_events


@pytest.mark.parametrize("published, text, dates", [
    # a sentence closing on a verb of action in its plain form tells of what is to come
    ("2036-10-03", "催しの後の20日までにテントを片付ける。", ["2036-10-20"]),
    ("2036-06-03", "運営側は12月6日までの会期中に、延べ900万人の入場を見込む。", ["2036-12-06"]),
    # … but not for a date of a past clause, nor after a quoting と (the present of a report)
    ("2033-06-05", "25日に見つかった不具合の調査を進める。", ["2033-05-25"]),
    ("2033-06-05", "主将は25日、次も勝ちたいと話す。", ["2033-05-25"]),
    # … nor for a date that heads a clause of its own (the day of what was done, not of the plain verb)
    ("2039-04-10", "県警は5日、男を逮捕し、動機を調べる。", ["2039-04-05"]),
    ("2039-04-10", "市は9日、被害の全容を調べる。", ["2039-04-09"]),
    # … nor for a date that names a noun
    ("2039-04-10", "1月17日の震災の教訓を伝える。", ["2039-01-17"]),
    # … nor for a plain verb whose own に stands nearer (a rule's ground, not the date's plan)
    ("2039-05-12", "8日には県が条例に基づく勧告を出した。", ["2039-05-08"]),
    ("2039-05-12", "8日に県が条例に基づく勧告を出した。", ["2039-05-08"]),
    # the occasion of a past act (の試合で) keeps its day however far back
    ("2039-12-10", "4月29日の試合で、先制の適時打を放った。", ["2039-04-29"]),
    # a schedule's note in brackets is read the nearer way, not by the tense around it
    ("2039-10-20", "知事選（26日投開票）は終盤に入った。", ["2039-10-26"]),
    # an adverb or adjective ending like a verb before a noun (ようやく実家) tells of no plan: the past's day
    ("2039-01-08", "3日にようやく実家に帰り、雑煮を食べた。", ["2039-01-03"]),
    ("2039-01-08", "3日に久しく会っていない旧友から電話があった。", ["2039-01-03"]),
    # … while a verb's plain form before its noun does (6日に開く総会で)
    ("2039-01-28", "6日に開く総会で、新しい役員を決める。", ["2039-02-06"]),
    # a date whose own clause is told done (4日夕に…を公表したところでは) is past, whatever the sentence's closing plan
    ("2039-02-05", "市が4日夕に調査の中間結果を公表したところでは、被害は約2千件に上る見込みだ。", ["2039-02-04"]),
    # … but not a past form that sets a day ahead (20日に控えた), nor a past of a sequence to come (した後)
    ("2039-02-15", "投票を20日に控えた各陣営は、最後の訴えに力を入れる見込みだ。", ["2039-02-20"]),
    ("2039-02-15", "使節団は20日に到着した後、工場を視察する予定だ。", ["2039-02-20"]),
    # … but a date set as a topic is the main clause's, not that of a past describing a noun after it
    ("2039-03-18", "チームは21日（月）には割り当てられた練習会場で最後の調整をする。", ["2039-03-21"]),
    # a day set for a thing from then, told as a plan of the past (20日から予定していた): the nearer side
    ("2039-04-18", "組合は20日から予定していたストライキを取りやめた。", ["2039-04-20"]),
    # a plan told in the past lies on the nearer side
    ("2036-03-15", "説明会は当初、14日の予定だったが、停電で翌週に回した。", ["2036-03-14"]),
    ("2036-07-31", "港で2日に予定されていた式典は、主催者が取りやめを決めた。", ["2036-08-02"]),
    ("2085-05-15", "市は、17日に予定していた花火大会を中止した。", ["2085-05-17"]),  # (active: 予定していた)
    # a plan for later this year, however far ahead (an article of 1 January), and a plan held (を予定しており)
    ("2086-01-01", "町は11月3日に記念演奏会を開く予定だ。", ["2086-11-03"]),
    ("2086-01-01", "11月3日には記念演奏会を予定しており、年末まで催しが続く。", ["2086-11-03"]),
    # 15日中心 is a day (中心 a word of its own), 15日中 is none
    ("2036-10-03", "神輿の渡御は15日中心に行われる。", ["2036-10-15"]),
    # a date that heads its own clause is of its verb's tense however far back
    ("2036-11-28", "地裁は3月12日、罰金刑を言い渡し、会社は翌日に控訴していた。", ["2036-03-12", "2036-03-13"]),
    # a relative year set before the month and day (昨年は…10月16日の)
    ("2036-10-04", "昨年は大雨で10月17日の行列が中止になった。", ["2035-10-17"]),
    # … or a relative year of a named day before its month and day (去年の…の)
    ("2036-11-02", "去年の文化祭の11月3日には、来場者は900人だった。", ["2035-11-03"]),
])
def test_the_clause_a_date_stands_in_gives_its_reading(published: str, text: str, dates: list[str]) -> None:
    assert [d for d, _ in events(text, published)] == dates


@pytest.mark.parametrize("published, text, word, day", [
    # a clause joined on by its verb (行われ、) or a concessive が gives way to the day told after it
    ("2036-03-10", "筆記試験は8日に行われ、結果の発表は17日。手続きの締め切りはその翌日となる。", "翌日", "2036-03-18"),
    ("2036-02-02", "採決は当初30日に予定していたが、手続きの遅れで2日にずれ込んだ。町は同日中に通知を出した。", "同日", "2036-02-02"),
    # … but a date heading the whole sentence is the day it tells of
    ("2036-01-05", "首相は4日、会見を開き、国会を23日に召集する方針を示した。首相は同日夜、神社を参拝した。", "同日", "2036-01-04"),
])
def test_a_joined_clause_gives_way_to_the_day_told_after_it(published: str, text: str, word: str, day: str) -> None:
    assert [d for d, t in events(text, published) if word in t] == [day]


@pytest.mark.parametrize("published, text, dates", [
    # 翌13日: the day after the 12th named before, whatever the month; 前日の27日: the day before the article's 28th
    ("2036-07-01", "花火大会は8月12日に開く。雨天の場合は翌13日に順延する。", ["2036-08-12", "2036-08-13"]),
    ("2036-12-28", "役所は28日、仕事納めを迎えた。空港は前日の27日から混雑が始まり、ピークは29日になる見通しだ。",
     ["2036-12-28", "2036-12-27", "2036-12-29"]),
    # a date near the article's first, then one years back
    ("2036-09-26", "台風は1959年9月26日に上陸した。前日の25日には、近くの学校で訓練があった。", ["1959-09-26", "2036-09-25"]),
    ("2036-05-01", "地震は2011年3月10日に起きた。翌11日には大きな余震があった。", ["2011-03-10", "2011-03-11"]),
])
def test_a_day_after_or_before_counts_from_the_date_with_the_next_day(published: str, text: str,
                                                                       dates: list[str]) -> None:
    assert [d for d, _ in events(text, published)] == dates


def test_a_headlines_day_ahead_does_not_name_a_body_day_of_a_past_clause() -> None:
    got = headline_events("補助金の申請、6月30日まで", "町は31日、補助金の申請期限を延ばした。町によると、30日までに申請したのは約900件。",
                          "2036-05-31")
    assert [d for d, t in got if t.startswith("町によると")] == ["2036-05-30"]


def test_a_month_and_day_counted_from_takes_no_tense_from_the_change() -> None:
    text = "指数はプラス14と、前回の7月1日発表から2ポイント改善する見通しだ。"
    assert [d for d, _ in events(text, "2036-09-30")] == ["2036-07-01"]


def test_the_same_day_after_a_background_paragraph_is_the_news_day() -> None:
    text = "県議会は31日、新年度予算を可決した。\n\n議会は2月22日に開会し、3月8日から一般質問を行った。\n\n県は同日、幹部の人事を発表した。"
    assert [d for d, t in events(text, "2036-03-31") if "同日" in t] == ["2036-03-31"]


@pytest.mark.parametrize("published, text, dates", [
    # a sentence closing on an inference (とみられる) has the tense of the clause inferred
    ("2036-04-12", "男性は5日ごろに死亡したとみられる。", ["2036-04-05"]),
    ("2036-04-12", "男は3日夜、倉庫に侵入したとみられる。", ["2036-04-03"]),
    ("2036-04-08", "来場者は25日に1万人を超えるとみられる。", ["2036-04-25"]),
])
def test_an_inferred_clause_gives_the_tense(published: str, text: str, dates: list[str]) -> None:
    assert [d for d, _ in events(text, published)] == dates


@pytest.mark.parametrize("published, text, dates", [
    # a month set alone before a day alone (12月に入り、5日には; 3月は10日に; 先月は) is the day's month
    ("2036-01-10", "昨年12月に入り、5日には初雪を観測した。", ["2035-12-05"]),
    ("2036-04-20", "3月は10日に入場者が1万人を超えた。", ["2036-03-10"]),
    ("2036-04-20", "桜は先月は12日に咲いた。", ["2036-03-12"]),
    # … not a month of a clause about something else
    ("2036-01-10", "昨年12月に就任した社長は、5日の会見で抱負を述べた。", ["2036-01-05"]),
])
def test_a_month_set_before_a_day_alone_is_its_month(published: str, text: str, dates: list[str]) -> None:
    assert [d for d, _ in events(text, published)] == dates


@pytest.mark.parametrize("published, text, dates", [
    # the polite forms of a broadcast script: a verb's ます (開きます, 開かれます) and a plan's です (見通しです)
    ("2036-04-10", "町は25日に住民説明会を開きます。", ["2036-04-25"]),
    ("2036-04-10", "式典は25日に開かれます。", ["2036-04-25"]),
    ("2036-04-10", "新しい橋の開通は25日になる見通しです。", ["2036-04-25"]),
    # … not a verb of a state or help (受け付けています), nor the past (ました)
    ("2036-04-10", "窓口は25日まで受け付けています。", ["2036-03-25"]),
    ("2036-04-10", "町は25日に説明会を開きました。", ["2036-03-25"]),
])
def test_a_broadcasts_polite_forms_give_the_tense(published: str, text: str, dates: list[str]) -> None:
    assert [d for d, _ in events(text, published)] == dates


@pytest.mark.parametrize("text, day", [
    ("同社は1965（昭和40）年5月10日に創業した。", "1965-05-10"),  # the era's year in brackets before 年
    ("町は昭和40年5月10日に誕生した。", "1965-05-10"),  # the eras before Heisei
    ("新制度は令和21（2039）年4月1日に始まる。", "2039-04-01"),  # the western year in brackets after the era's
    ("画家は令和12年（2030年）11月4日に表彰された。", "2030-11-04"),  # … and after the era's 年, with its own 年
])
def test_years_written_with_both_calendars(text: str, day: str) -> None:
    assert [d for d, _ in events(text, "2039-02-10")] == [day]


def test_a_day_after_同_is_in_the_month_named_before() -> None:
    assert [d for d, _ in events("特許は3月1日に出願した。同5日に受理された。", "2039-04-10")] == ["2039-03-01", "2039-03-05"]


def test_a_headline_closing_on_a_day_and_an_act_is_its_schedule() -> None:
    got = headline_events("春の県大会、25日開幕", "県高校野球連盟は9日、春の大会の組み合わせを決めた。", "2039-04-10")
    assert ("2039-04-25", "春の県大会、25日開幕") in got
    got = headline_events("沿岸で震度5強　15日未明", "気象庁によると、揺れは広い範囲で観測された。", "2039-04-16")
    assert ("2039-04-15", "沿岸で震度5強　15日未明") in got  # a time of day is no act


def test_a_day_of_the_press_conference_is_the_announcings_not_the_plans() -> None:
    text = "社長は19日の記者会見で、閉店後の建物を市に無償で譲ると明らかにした。"
    assert events(text, "2112-10-20") == [("2112-10-19", text)]
    plan = "社長は25日の株主総会で退任すると発表した。"  # (a meeting ahead, where the plan is carried out)
    assert events(plan, "2112-10-20") == [("2112-10-25", plan)]


@pytest.mark.parametrize("text, day", [
    ("組合は3月15日に月額2万円の賃上げを求める要求書を出したが、回答はなかった。", "2118-03-15"),  # the object of a past act
    ("市は30日にも避難指示を解く方針を明らかにした。", "2118-06-30"),  # a plan's word: the plan lies ahead
    ("市は6月26日に開く総会で計画を示す。", "2118-06-26"),
])
def test_a_verb_before_the_object_of_a_past_act_tells_no_plan(text: str, day: str) -> None:
    assert [d for d, _ in events(text, "2118-06-01")] == [day]
