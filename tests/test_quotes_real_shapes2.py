"""Shapes of real news pages read in a second round, and their guards: a country or body with も in a clause that
describes a noun is no speaker; a ruling's words are its own; a subject carried across a question put to it and
across a cleft aside; a suspect's statement (という趣旨の供述, through the police as the source); a bare title with
another person named as its object; 総理 as 首相; とした上で「…」; a country inside a speaker's title; a headline's
words under a title shortened from the body. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes, quotes_headed
from tui.news.quotes.asides import answer_of_no_one_named, asked_first, cleft_aside
from tui.news.quotes.clauses import relative_subject
from tui.news.quotes.condensed import condensed_by_one, condensed_for
from tui.news.quotes.suspects import police_source


# Precision: no speaker from a clause, none carried to a ruling's words.

def test_a_country_with_mo_in_a_clause_describing_a_noun_is_no_speaker() -> None:
    text = ("大川隆司首相は記者団に「同盟の結束を示したい」と述べました。"
            "さらに、日本と米国にインドも加えた3か国の協議については「航行の自由を守る柱だ」と述べました。")
    assert quotes(text) == [("同盟の結束を示したい", "大川隆司"), ("航行の自由を守る柱だ", "大川隆司")]
    clause = "日本と米国にインドも加えた3か国の協議については"
    assert relative_subject(clause, clause.index("も") + 1, len(clause))
    said = "インドも「歓迎する」と表明した。"
    assert not relative_subject(said, said.index("も") + 1, len(said))


def test_a_country_with_mo_as_the_sentences_subject_still_speaks() -> None:
    text = "インド外務省も「地域の安定に資する」と歓迎した。"
    assert quotes(text) == [("地域の安定に資する", "インド外務省")]


def test_a_rulings_words_are_not_carried_to_the_judge() -> None:
    text = ("北部地裁の大西美和裁判長は「被告の責任は重い」と述べた。"
            "判決は会社についても「利益を安全より優先した」とした。")
    assert quotes(text) == [("被告の責任は重い", "大西美和"), ("利益を安全より優先した", None)]


# A subject carried across a question put to it, and across an aside.

def test_the_subject_goes_on_past_a_question_put_to_it_and_an_aside() -> None:
    text = ("北浜FCの前田浩二監督は「きょうは守備が踏ん張った」と話した。"
            "「交代が遅れたのでは」と問われると、監督は少し考え込んだ。"
            "そこにあったのは、ベンチに残した若手への思いだ。"
            "しばらくして、「使ってやれなかったのは私の責任だ」と話した。")
    assert quotes(text) == [("きょうは守備が踏ん張った", "前田浩二"), ("交代が遅れたのでは", None),
                            ("使ってやれなかったのは私の責任だ", "前田浩二")]


def test_an_aside_that_names_someone_else_carries_no_one() -> None:
    text = ("北浜FCの前田浩二監督は「きょうは守備が踏ん張った」と話した。"
            "試合を決めたのは、途中出場の岩田大樹選手だった。"
            "「最後まで走れた」と話した。")
    assert ("最後まで走れた", "前田浩二") not in quotes(text)


def test_asides_and_questions_are_read_by_their_form() -> None:
    assert asked_first("「辞めるのか」と問われると、監督は黙った。")
    assert not asked_first("「辞めない」と監督は語った。")
    assert cleft_aside("そこにあったのは、仲間への思いだ。")
    assert not cleft_aside("注目されるのは、田中氏が「出る」と語ったことだ。")


# Suspects' words.

def test_the_gist_of_a_suspects_statement_is_his() -> None:
    text = ("警察は会社員の西村航容疑者（33）を窃盗の疑いで逮捕しました。"
            "その後の取材で、西村容疑者が「店の裏口から入った」という趣旨の供述をしていることが分かりました。")
    assert quotes(text) == [("店の裏口から入った", "西村航")]


def test_a_suspects_statement_told_through_the_police_is_his() -> None:
    text = ("警察は無職の大橋誠容疑者（52）を詐欺の疑いで逮捕しました。"
            "警察によりますと「金は借金の返済に充てた」と供述しているということです。")
    assert quotes(text) == [("金は借金の返済に充てた", "大橋誠")]
    assert police_source("警察によりますと")
    assert police_source("捜査関係者によると、")
    assert not police_source("同僚によりますと")


def test_two_suspects_leave_the_statement_to_no_one() -> None:
    text = ("警察は大橋誠容疑者（52）と小池健容疑者（40）を詐欺の疑いで逮捕しました。"
            "警察によりますと「金は借金の返済に充てた」と供述しているということです。")
    assert quotes(text) == [("金は借金の返済に充てた", None)]


# Bare titles.

def test_a_bare_title_with_another_person_as_its_object_is_the_one_holder() -> None:
    text = ("坂本健一首相は30日、記者団の取材に応じました。"
            "首相は訪米に先立ち、ミラー氏との会談について「信頼関係を築きたい」と述べました。"
            "また、円安について「注意深く見ていく」と強調しました。")
    assert quotes(text) == [("信頼関係を築きたい", "坂本健一"), ("注意深く見ていく", "坂本健一")]


def test_another_person_as_a_subject_beside_a_bare_title_speaks_for_himself() -> None:
    lead = "坂本健一首相は30日、記者団の取材に応じました。"
    assert quotes(lead + "首相の演説のあと、ミラー氏は「歓迎する」と述べました。") == [("歓迎する", "ミラー")]
    assert quotes(lead + "首相は会談で、ミラー氏も「歓迎する」と述べたと明らかにしました。") == [("歓迎する", "ミラー")]
    embedded = "首相は、ミラー氏が関税の撤廃を求めたことについて「受け入れられない」と述べました。"
    assert quotes(lead + embedded) == [("受け入れられない", "坂本健一")]


def test_sori_is_the_prime_minister_named_with_sori_daijin() -> None:
    text = ("杉本洋介総理大臣は講演で「景気は回復している」と述べました。"
            "総理は前日、番組で「賃上げを後押しする」と発言していました。")
    assert quotes(text) == [("景気は回復している", "杉本洋介"), ("賃上げを後押しする", "杉本洋介")]


def test_a_vice_sori_is_another_holder() -> None:
    text = ("杉本洋介総理大臣は講演で「景気は回復している」と述べました。"
            "副総理は前日、番組で「財政は厳しい」と発言していました。")
    assert quotes(text)[-1] == ("財政は厳しい", None)


# Verbs and forms of saying.

def test_words_before_toshita_uede_and_the_next_quote_are_said() -> None:
    text = ("オルセン首相は演説で「困難な冬になる」と述べた。"
            "「脅しに屈すれば次の脅しを招く」とした上で「この国は自分たちの手で守る」と訴えた。")
    assert quotes(text) == [("困難な冬になる", "オルセン"), ("脅しに屈すれば次の脅しを招く", "オルセン"),
                            ("この国は自分たちの手で守る", "オルセン")]


def test_akashita_is_a_verb_of_saying() -> None:
    text = "引退を表明した森山直人選手は、迷ったことが「何度もある」と明かした。"
    assert quotes(text) == [("何度もある", "森山直人")]


def test_a_country_inside_a_speakers_title_leaves_him_the_one_to_carry() -> None:
    text = ("会談の冒頭、ジョンソン米大統領は両国の関係について「かつてなく強い」と述べた。"
            "「日本の友人に感謝したい」とも強調した。")
    assert quotes(text) == [("かつてなく強い", "ジョンソン"), ("日本の友人に感謝したい", "ジョンソン")]


# Headlines.

def test_a_headline_under_a_title_shortens_its_holders_words() -> None:
    body = ("記者会見した北海運輸の長谷川純一社長は「現場だけの問題ではない。体制を整えなかった経営にも責任がある」と述べた。")
    assert quotes_headed("事故で会見 社長「経営にも責任」", body)[0] == ("経営にも責任", "長谷川純一")
    assert condensed_for("経営にも責任", "p", [(1, "体制を整えなかった経営にも責任がある", "p")])
    assert not condensed_for("安全第一", "p", [(1, "体制を整えなかった経営にも責任がある", "p")])
    assert not condensed_for("経営にも責任", "p", [(1, "体制を整えなかった経営にも責任がある", "q")])


def test_one_whose_conduct_the_speaker_judged_may_answer_so_no_one_is_carried() -> None:
    text = ("モラン大統領はベルク首相の態度を「無礼だ」と非難した。"
            "「我々は脅しには屈しない」と述べた。")
    assert quotes(text)[-1] == ("我々は脅しには屈しない", None)


# Sports pages: a day after the event, a wrestler's rank, the ones met or beaten.

def test_a_clause_that_dates_the_sentence_leaves_its_subject_the_speaker() -> None:
    text = "北浜FCの前田浩二監督が試合から一夜明けた5日、クラブハウスで取材に応じた。開口一番「まだ悔しい」と話した。"
    assert quotes(text) == [("まだ悔しい", "前田浩二")]
    dated = "前田浩二監督が試合から一夜明けた5日、"
    assert not relative_subject(dated, dated.index("が") + 1, len(dated))


def test_a_bare_rank_is_the_one_wrestler_named_with_it_and_the_beaten_one_is_passed_over() -> None:
    text = ("名古屋場所で優勝した横綱若嵐(31)=北浜=が千秋楽から一夜明けた28日、宿舎で会見した。\n\n"
            "祝杯をあげた横綱は「久しぶりにうまい酒だった」と笑った。\n\n"
            "12日目に大関朝日山(28)を寄り切りで破り、単独首位に立った。「あの一番で流れが来た」と振り返った。")
    got = quotes(text)
    assert [w for w, _ in got] == ["久しぶりにうまい酒だった", "あの一番で流れが来た"]
    assert all(s is not None and "若嵐" in s for _, s in got)


def test_after_a_meeting_told_with_no_words_either_side_may_speak_next() -> None:
    text = ("北浜電機の田村一郎社長は「増益を見込む」と述べた。\n\n"
            "西海重工の森健二社長は田村氏との会談に臨んだ。「協力の幅を広げたい」と述べた。")
    assert quotes(text)[-1] == ("協力の幅を広げたい", None)


def test_a_time_as_the_topic_names_no_one_and_the_speaker_is_carried() -> None:
    text = ("北浜FCの前田浩二監督が試合から一夜明けた5日、クラブハウスで取材に応じた。"
            "前夜は祝勝会などもあり、就寝は遅くなったそうだが「ぐっすり眠れた」と話した。")
    assert quotes(text) == [("ぐっすり眠れた", "前田浩二")]
    other = ("北浜FCの前田浩二監督が試合から一夜明けた5日、クラブハウスで取材に応じた。"
             "主将は遅くまで残ったそうだが「ぐっすり眠れた」と話した。")
    assert quotes(other)[-1][1] != "前田浩二"


def test_an_answer_to_a_question_is_carried_only_when_one_person_has_spoken() -> None:
    one = ("北浜銀行の高野誠頭取は会見で「利上げは追い風だ」と述べた。"
           "融資の見通しを問われると、「中小企業向けを伸ばす」と答えた。")
    assert quotes(one)[-1] == ("中小企業向けを伸ばす", "高野誠")
    two = ("北浜銀行の高野誠頭取は会見で「利上げは追い風だ」と述べた。"
           "同席した石川修副頭取は「店舗の統合を急ぐ」と話した。"
           "融資の見通しを問われると、「中小企業向けを伸ばす」と答えた。")
    assert quotes(two)[-1] == ("中小企業向けを伸ばす", None)
    assert not answer_of_no_one_named("融資の見通しを問われると、", {"a"})
    assert answer_of_no_one_named("融資の見通しを問われると、", {"a", "b"})


def test_a_headline_naming_no_one_gives_words_the_body_gives_one_speaker_to_them() -> None:
    text = ("「人でも検証を」　睡眠不足で記憶の定着に遅れ\n\n"
            "北陵大の岡部直樹教授らのチームは１１日、眠れなかったマウスでは記憶の定着が遅れたと発表した。\n\n"
            "岡部教授は「人でも同じ仕組みが働くのか、検証を進めたい」と話した。")
    assert ("人でも検証を", "岡部直樹") in quotes(text)


def test_a_headline_naming_a_body_leaves_its_shortened_words_to_the_other_rules() -> None:
    text = ("北浜精機、新型ロボット発表　「工場の人手不足に応える」\n\n"
            "北浜精機は１５日、新型ロボットを発表した。\n\n"
            "会見した梶田俊哉社長は「工場の人手不足に正面から応える製品だ」と話した。")
    assert ("工場の人手不足に応える", "梶田俊哉") not in quotes(text)


def test_words_several_people_hold_are_given_no_one_by_a_headline_naming_no_one() -> None:
    assert condensed_by_one("検証を急ぐ", [(1, "検証を急ぐべきだ", "p"), (2, "検証を急ぐ必要がある", "q")]) is None
    assert condensed_by_one("検証を急ぐ", [(1, "検証を急ぐべきだ", "p")]) == "p"


def test_same_with_a_katakana_end_stands_for_the_one_body_named_so() -> None:
    text = ("大阪府堺市の北浜総合医療センターは９日、男性患者が死亡したと発表した。\n\n"
            "同センターは「外部の専門家を交えて原因を調べる」としている。")
    assert quotes(text) == [("外部の専門家を交えて原因を調べる", "北浜総合医療センター")]


def test_same_after_a_clause_naming_no_actor_speaks_the_words_after_it() -> None:
    text = ("文部科学省は２１日、全国学力調査の結果を公表した。\n\n"
            "正答率は前年度より３ポイント上がり、同省は「低下には歯止めがかかりつつある」と分析した。")
    assert quotes(text) == [("低下には歯止めがかかりつつある", "文部科学省")]


def test_a_body_with_its_seat_in_brackets_before_its_particle_speaks() -> None:
    text = "男性の勤務先の北浜プラント工業（大阪市）は「社員の安全を最優先に対応する」とコメントした。"
    assert quotes(text) == [("社員の安全を最優先に対応する", "北浜プラント工業")]


def test_words_owned_by_someone_the_text_does_not_name_are_no_ones() -> None:
    text = "北浜町の山田一郎さんは、亡くなった父の「人のために働け」という言葉を胸に刻んでいる。"
    assert quotes(text) == [("人のために働け", None)]


def test_an_associations_staff_in_charge_speak_as_no_one() -> None:
    text = ("全国自動車販売協議会が１日発表した新車販売台数は、前年を上回った。\n\n"
            "同協議会の担当者は「月末に向けて各社が販売に力を入れた」と分析した。")
    assert quotes(text) == [("月末に向けて各社が販売に力を入れた", None)]


def test_a_time_after_a_bout_is_no_wrestler_who_speaks() -> None:
    text = ("大相撲九州場所の初日、新大関の豊ノ嶺が白星発進した。\n\n"
            "新大関として迎える最初の場所に、取組後は「体はよく動いた」と汗をぬぐった。")
    assert all(speaker != "取組後" for _, speaker in quotes(text))


def test_a_headlines_shortened_words_apart_from_its_name_go_to_the_one_the_body_gives_them() -> None:
    # 汐見ひなた、…初V　大会新「まだ伸びる」: the name far from the words, which read as no sentence of their own; the
    # one runner whose words hold them
    head = "汐見ひなた、2度目のマラソンで初V　大会新「まだ伸びる」"
    body = ("◆北浜シーサイドマラソン（16日・北浜市陸上競技場発着）\n\n"
            "女子は汐見ひなた（27）が大会新記録で初優勝した。前回女王の岡部舞（30）を振り切った。\n\n"
            "【談話】\n汐見：「きのうの夜は緊張で目が覚めた。タイムはまだ伸びると思う」\n"
            "「坂で脚が止まった。練習をやり直す」（岡部舞）")
    assert ("まだ伸びる", "汐見ひなた") in quotes_headed(head, body)


def test_same_and_a_bodys_end_among_several_such_bodies_is_the_one_its_passage_names_before_it() -> None:
    text = ("政府の地震調査委員会は19日に臨時会合を開いた。委員長の白鳥正臣氏は「断層がずれた可能性がある」と述べた。\n\n"
            "北浜市教育委員会は、市内の全ての小中学校を臨時休校とした。同委員会は「再開の時期は決められない」としている。")
    assert quotes(text)[-1] == ("再開の時期は決められない", "北浜市教育委員会")
    text = ("政府の地震調査委員会は19日に臨時会合を開いた。\n\n北浜市教育委員会は、全ての小中学校を臨時休校とした。\n\n"
            "同委員会は「再開の時期は決められない」としている。")
    assert quotes(text)[-1] == ("再開の時期は決められない", None)  # (two bodies before, neither in its passage: none)
