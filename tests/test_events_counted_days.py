"""Days counted from a day told before: その2日前 from the sentence's or the last day named; 同日 after a day counted
(通報の3日後…。同日中に); a thing named inside a longer word is not the thing counted from (逮捕容疑は of 逮捕の前々日,
準決勝 of 決勝の翌々日); a day the news follows on from (29日に続く) and one a count runs to (21日まで残り10日); a plan
after the day's time in two zones (22日午後（日本時間23日未明）に予定する) lies ahead; a day set beside its thing (投票日
の12日) is the day the article told, and one after 翌日の (告示翌日の4日) the day after the thing's; days since a day named
(今月20日以来、10日ぶり); a past day inferred, then announced (29日に梅雨入りしたとみられると発表), is no plan; a thing
whose anniversary a sentence keeps (災害は、発生から30年となった19日) was that many years before; a thing named with its day
(投票日の当日) is the one told without it (12日に投票), a plan counts from the thing told ahead (打ち上げの3日前に据え付ける, not 昨年…打ち上げた), and a deadline the day before it (前々日までに) a day; of a sentence of
two days, the one told beside the thing (学力検査は3月7日…、合格発表は同月15日 / 学力検査の翌日), not a plan given up
(当初20日に予定されていたが、…24日に延期); a run of days to its last (8日から続いていて、これで9日連続), a count from the
day in brackets before it (仕事納め（12月28日）の2日後), a plan given up before its day (当初予定していた3日); a thing by its own day named (上場日は7月3日 … 上場の前日); a
thing told as its sentence's closing act (…と通告した … 通告の3日前); a timeline's step of a day alone in the month above.
Sentences of
our own; each fails without its change (`sentence_dates`' その and `_SINCE`, `dates.AHEAD`, `counted_days.named_day`,
`sentence_dates._TIME_OF_DAY` and `_APPOSED_DAY`, `counted_days.days_since`, `dates._CLAUSE_END`, `counted_days._ANNIVERSARY`,
`_named_day`'s 日, `dates.DATES`' までに,
`counted_days._nearest`, `_days_since`' 連続, `_NOTED_DAY`, `plan_cues.PLANNED_BEFORE`, `_named_day`'s own day;
one guards `_APPOSED_DAY` with `_next_to`'s 翌日の)."""

from __future__ import annotations

from tests.test_events import events


def test_sono_counts_from_the_day_named_before_it() -> None:
    text = "同社は決算発表を2月1日に予定していたが、集計が早く終わったため、その2日前に前倒しした。"
    assert ("2083-01-30", text) in events(text, "2083-01-31")


def test_the_same_day_after_a_counted_day_is_that_day() -> None:
    text = ("住職が15日朝、盗難に気づき、110番通報した。\n\n仏像は通報の3日後、市内の古美術店に持ち込まれた。店主は不審に思い、同日中に府警に届け出た。"
            "府警は届け出から1週間後に男の行方を突き止めた。")
    got = events(text, "2083-04-30")
    assert ("2083-04-18", "店主は不審に思い、同日中に府警に届け出た。") in got
    assert ("2083-04-25", "府警は届け出から1週間後に男の行方を突き止めた。") in got


def test_a_word_inside_a_longer_one_is_not_the_thing_counted_from() -> None:
    text = ("県警は30日、男を逮捕した。\n\n逮捕容疑は、26日夜、市道で自転車の男性をはねて逃げた疑い。"
            "工場の経営者が、逮捕の前々日に県警に連絡したという。")
    assert ("2083-11-28", "工場の経営者が、逮捕の前々日に県警に連絡したという。") in events(text, "2083-12-01")


def test_a_day_followed_on_from_is_past_and_a_day_counted_to_is_ahead() -> None:
    text = "エースは準決勝の29日に続く完投で、チームを優勝に導いた。"
    assert events(text, "2083-08-01") == [("2083-07-29", text)]
    text = "通常国会は会期末の21日まで残り10日となり、攻防が最終盤を迎えた。"
    assert events(text, "2083-06-11") == [("2083-06-21", text)]


def test_an_incident_is_dated_by_what_the_ruling_finds() -> None:
    text = ("北浜地裁は30日、男に懲役7年の判決を言い渡した。\n\n判決によると、男は昨年6月21日未明、市内のコンビニに押し入り、"
            "現金を奪った。男は事件の6日後に逮捕された。")
    assert ("2082-06-27", "男は事件の6日後に逮捕された。") in events(text, "2083-01-31")


def test_a_seasons_month_and_day_are_of_the_articles_year() -> None:
    text = "新人だった今季は4月12日に1軍に初昇格し、94試合に出場した。"
    assert events(text, "2083-12-10") == [("2083-04-12", text)]


def test_the_same_year_after_a_counted_day_is_that_days_year() -> None:
    text = ("起訴状によると、被告は昨年11月20日、市内の民家で現金を盗んだとされる。\n\n"
            "初公判は9日に開かれ、検察側は、警察が事件の12日後に被告を逮捕したと述べた。被告は同年12月20日に起訴された。")
    got = events(text, "2083-02-10")
    assert ("2082-12-02", "初公判は9日に開かれ、検察側は、警察が事件の12日後に被告を逮捕したと述べた。") in got
    assert ("2082-12-20", "被告は同年12月20日に起訴された。") in got


def test_a_plan_after_the_days_time_in_two_zones_lies_ahead() -> None:
    text = "首相は、22日午後（日本時間23日未明）に予定する一般討論演説で、核軍縮を訴える考えを伝えた。"
    got = {d for d, _ in events(text, "2083-09-21")}
    assert {"2083-09-22", "2083-09-23"} <= got and "2083-08-22" not in got


def test_a_day_set_beside_its_thing_is_the_day_the_article_told() -> None:
    text = ("市長選は12月5日（日）に告示され、12日（日）に投開票される。\n\n"
            "市選挙管理委員会は「投票日の12日は、午前7時から午後8時まで投票できます」と呼びかけている。")
    got = events(text, "2083-11-30")
    assert ("2083-12-12", "市選挙管理委員会は「投票日の12日は、午前7時から午後8時まで投票できます」と呼びかけている。") in got


def test_a_day_after_the_day_after_a_thing_is_counted_from_it() -> None:
    text = "知事選（7月3日告示、20日投開票）に向け、現職は今月4日に引退を表明した。\n\n期日前投票は告示翌日の4日から始まる。"
    assert ("2031-07-04", "期日前投票は告示翌日の4日から始まる。") in events(text, "2031-06-30")


def test_days_since_a_day_named_before_the_count() -> None:
    text = "霧島市で大雨が降ったのは、今月20日以来、10日ぶりだ。準決勝の28日に投げたエースは、2日ぶりのマウンドとなった決勝も先発した。"
    got = events(text, "2083-05-31")
    assert ("2083-05-30", "霧島市で大雨が降ったのは、今月20日以来、10日ぶりだ。") in got
    assert ("2083-05-30", "準決勝の28日に投げたエースは、2日ぶりのマウンドとなった決勝も先発した。") in got


def test_a_past_day_inferred_and_announced_is_no_plan() -> None:
    text = "気象台は、九州南部が29日に梅雨入りしたとみられると発表した。"
    assert [d for d, _ in events(text, "2083-05-31")] == ["2083-05-29"]


def test_a_thing_whose_anniversary_a_sentence_keeps_was_that_many_years_before() -> None:
    text = ("市内で堤防が決壊し、21人が犠牲になった豪雨災害は、発生から30年となった19日、追悼式が開かれた。\n\n"
            "2049年7月19日未明、増水した川の堤防が崩れた。災害の1週間後、政府は激甚災害の指定を決めた。"
            "本格的な復旧工事は、同年9月30日に始まった。")
    got = events(text, "2079-07-20")
    assert ("2049-07-26", "災害の1週間後、政府は激甚災害の指定を決めた。") in got
    assert ("2049-09-30", "本格的な復旧工事は、同年9月30日に始まった。") in got


def test_the_day_of_a_thing_named_with_its_day_and_a_deadline_before_it() -> None:
    text = ("市長選挙は、11月5日（日）に告示され、12日（日）に投票が行われます。\n\n選挙公報　投票日の前々日までに、各世帯にお届け"
            "します。\n\n開票　投票日の当日午後9時から、市体育館で行います。")
    got = events(text, "2079-10-31")
    assert ("2079-11-10", "選挙公報　投票日の前々日までに、各世帯にお届けします。") in got
    assert ("2079-11-12", "開票　投票日の当日午後9時から、市体育館で行います。") in got


def test_a_day_counted_from_a_thing_of_a_sentence_of_two_days_is_the_things() -> None:
    text = ("一般選抜の学力検査は3月7日（水）に行い、合格発表は同月15日（木）。\n\n面接は、学力検査の翌日に行う。\n\n"
            "府警は昨年12月6日に男を逮捕し、地検は同月27日に起訴した。仏像は逮捕の2日後、寺に戻された。")
    got = events(text, "2084-11-30")
    assert ("2085-03-08", "面接は、学力検査の翌日に行う。") in got
    assert ("2083-12-08", "仏像は逮捕の2日後、寺に戻された。") in got


def test_a_run_of_days_a_bracketed_day_counted_from_and_a_plan_given_up() -> None:
    got = events("都心の猛暑日は8日から続いていて、これで9日連続となった。", "2084-08-16")
    assert ("2084-08-16", "都心の猛暑日は8日から続いていて、これで9日連続となった。") in got
    text = "鉄道各社によると、昨年は、仕事納め（12月28日）の2日後に帰省のピークを迎えた。"
    assert ("2083-12-30", text) in events(text, "2084-12-28")
    text = "同社は当初予定していた3日から発表を前倒しした。"
    assert [d for d, _ in events(text, "2084-02-01")] == ["2084-02-03"]


def test_a_thing_counted_from_by_its_own_day_named() -> None:
    text = ("同社は15日、新規上場の承認を受けたと発表した。上場日は7月3日（月）で、グロース市場に上場する。\n\n"
            "上場に向けた日程は、仮条件を26日（月）に決める予定。\n\n社長は、上場の前日に1号店で掃除をするという。")
    assert ("2084-07-02", "社長は、上場の前日に1号店で掃除をするという。") in events(text, "2084-06-16")


def test_a_plan_counts_from_the_thing_ahead_not_an_earlier_one_of_the_same_name() -> None:
    text = ("サケ稚魚の放流、22日に延期\n\n県は15日、稚魚の放流を22日に延期すると発表した。"
            "昨年9月4日に放流した稚魚は、川の増水で多くが流された。\n\n県は放流の2日前に説明会を開く。")
    got = events(text, "2085-05-15")
    assert [d for d, t in got if "放流の2日前" in t] == ["2085-05-20"]
    # (a past count still reads from the last thing told: 昨年…放流した。…放流の2日後に調べた)
    text = "稚魚\n\n昨年9月4日に稚魚を放流した。\n\n県は放流の2日後に川を調べた。"
    assert [d for d, t in events(text, "2085-05-15") if "放流の2日後" in t] == ["2084-09-06"]


def test_a_thing_told_as_its_sentences_own_act_counts_from_the_day_that_heads_it() -> None:
    text = ("バス会社の労働組合は30日、交渉がまとまらなければ4月12日の始発からストライキに入ると会社側に通告した。\n\n"
            "組合がスト権を確立したのは、通告の3日前だった。")
    got = [d for d, t in events(text, "2061-03-31") if "通告の3日前" in t]
    assert got == ["2061-03-27"]


def test_a_timelines_step_of_a_day_alone_goes_on_in_the_month_above() -> None:
    text = ("横領に実刑\n\n地裁は31日、元課長に実刑判決を言い渡した。\n\n【事件の経過】\n〈2059年〉\n9月28日　社内監査が始まる\n↓\n"
            "30日　元課長が上司に打ち明ける\n↓\n11月6日　県警が逮捕\n〈2060年〉\n6月5日　初公判")
    got = {t: d for d, t in events(text, "2060-11-01")}
    assert [d for t, d in got.items() if "打ち明ける" in t] == ["2059-09-30"]


def test_an_accident_is_dated_by_the_indictment_and_its_next_morning_counted_from_it() -> None:
    text = ("北浜地裁で29日、ひき逃げの初公判があった。\n\n起訴状によると、被告は昨年10月14日夕、市道で高校生をはねて"
            "逃げたとされる。被告は事故の3日後に車を工場へ持ち込んだ。検察側は、被告が事故の翌朝に車のへこみを確かめたと指摘した。")
    found = events(text, "2083-01-30")
    assert ("2082-10-17", "被告は事故の3日後に車を工場へ持ち込んだ。") in found
    assert ("2082-10-15", "検察側は、被告が事故の翌朝に車のへこみを確かめたと指摘した。") in found
