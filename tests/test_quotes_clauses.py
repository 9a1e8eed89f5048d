"""Who said what when the words are reported inside another's sentence (…は、首相が「…」と語ったことを批判し),
when a calling the titles do not list follows the name (教育長, 予報官, 次席検事), and when a sports page names
the club between ＝ after the age."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_words_in_a_clause_are_its_subjects_a_bare_title_its_one_holder() -> None:
    text = ("北浜市の森下健一市長は就任会見で「子育てを最優先にする」と述べた。\n\n"
            "会派代表の石川恵子議員は、市長が選挙中に「保育料を無料にする」と語っていたことを指摘し、"
            "「財源の裏付けがない」と批判した。")
    assert quotes(text) == [("子育てを最優先にする", "森下健一"), ("保育料を無料にする", "森下健一"),
                            ("財源の裏付けがない", "石川恵子")]


def test_words_in_a_clause_whose_subject_is_no_actor_are_given_no_one() -> None:
    police = "県警の大西誠課長は、容疑者が知人に「すぐに返すつもりだった」と話していたことを明らかにした。"
    assert quotes(police) == [("すぐに返すつもりだった", None)]
    stage = ("劇団を率いる小野寺透さんは、観客が終演後に「涙が止まらなかった」と語ったことを紹介し、"
             "「それが一番の励みだ」と話した。")
    assert quotes(stage) == [("涙が止まらなかった", None), ("それが一番の励みだ", "小野寺透")]


def test_a_nearer_subject_in_a_clause_that_does_not_report_the_words_leaves_the_speaker() -> None:
    crowd = "野党の川辺修代表は、記者団が詰めかける中「解散に追い込む」と述べた。"
    assert quotes(crowd) == [("解散に追い込む", "川辺修")]
    topic = "野党の川辺修代表は、支持率が低迷していることについて「謙虚に受け止める」と述べた。"
    assert quotes(topic) == [("謙虚に受け止める", "川辺修")]


def test_a_surname_and_the_full_name_under_one_title_are_one_holder() -> None:
    text = ("北浜県の大塚亮知事が会見した。\n\n大塚知事は「人口減少は待ったなしだ」と述べた。\n\n"
            "これに対し県議会の野口剛議長は、知事が昨年「県税は上げない」と語っていたことを挙げ、"
            "「説明が足りない」と批判した。")
    assert quotes(text) == [("人口減少は待ったなしだ", "大塚亮"), ("県税は上げない", "大塚亮"),
                            ("説明が足りない", "野口剛")]


def test_two_holders_of_a_title_leave_a_bare_title_unresolved() -> None:
    text = ("北辰精機の森田亮社長と東邦化成の森田誠社長が会談した。\n\n"
            "記者会見で村井香織記者は、社長が会談で「提携は白紙だ」と語ったことを質問した。")
    assert quotes(text) == [("提携は白紙だ", None)]


def test_a_calling_ending_in_an_office_suffix_is_the_persons() -> None:
    school = "市教委の宮原昌平教育長は記者会見で「いじめの把握が遅れた」と説明した。"
    assert quotes(school) == [("いじめの把握が遅れた", "宮原昌平")]
    court = "北浜地検の森島健吾次席検事は「判決を精査し、適切に対応したい」とのコメントを出した。"
    assert quotes(court) == [("判決を精査し、適切に対応したい", "森島健吾")]
    weather = "北浜地方気象台の坂本朋子予報官は「夜にかけて雷雨に注意してほしい」と呼びかけた。"
    assert quotes(weather) == [("夜にかけて雷雨に注意してほしい", "坂本朋子")]


def test_a_persons_office_or_campaign_after_the_name_is_not_the_person() -> None:
    office = "俳優の桜井健太事務所は「本人は元気に過ごしている」とコメントした。"
    assert ("本人は元気に過ごしている", "桜井健太") not in quotes(office)


def test_a_club_between_equals_signs_after_the_age_belongs_to_the_person() -> None:
    text = "男子100メートルで優勝した三宅翔（22）＝北浜電機＝は「自己ベストが出てうれしい」と語った。"
    assert quotes(text) == [("自己ベストが出てうれしい", "三宅翔")]
    lead = ("女子マラソンで初優勝した森本彩（25）＝東邦化成＝が、レース後に取材に応じた。主な一問一答は次の通り。"
            "\n\n――今の気持ちは。\n\n「まだ信じられません」")
    assert quotes(lead) == [("まだ信じられません", "森本彩")]
    two = ("三宅翔（22）＝北浜電機＝と森本大（24）＝東邦化成＝が、レース後に取材に応じた。主な一問一答は次の通り。"
           "\n\n――今の気持ちは。\n\n「まだ信じられません」")
    assert quotes(two) == [("まだ信じられません", None)]


def test_a_speaker_line_may_give_a_title_an_age_and_a_calling_after_the_name() -> None:
    text = ("北浜市の子ども議会で代表が意見を述べた。要旨は次の通り。\n\n◆三浦健吾議員（15）北浜中3年\n\n"
            "「通学路に街灯を増やしてほしい」\n\n◆河野美咲議員（14）南中2年\n\n「図書館を夜も開けてほしい」")
    assert quotes(text) == [("通学路に街灯を増やしてほしい", "三浦健吾"), ("図書館を夜も開けてほしい", "河野美咲")]
    candidates = ("北浜市長選が告示された。第一声の要旨は次の通り。\n\n■大隈政信候補（61）元市議会議長\n\n"
                  "「子育て世帯への補助を倍にする」")
    assert quotes(candidates) == [("子育て世帯への補助を倍にする", "大隈政信")]


def test_a_line_naming_a_persons_camp_or_supporters_is_no_speaker_line() -> None:
    camp = "北浜市長選の候補が出そろった。\n\n■大隈政信（61）の陣営\n\n「地域の声を市政に届ける」"
    assert quotes(camp) == [("地域の声を市政に届ける", None)]
    supporters = "北浜市長選の候補が出そろった。\n\n■大隈政信後援会\n\n「地域の声を市政に届ける」"
    assert quotes(supporters) == [("地域の声を市政に届ける", None)]


def test_same_minister_is_the_one_person_named_with_a_ministers_title() -> None:
    text = ("田村和也財務相は5日の衆院予算委員会で、減税の財源を説明した。\n\n"
            "質問に立った立憲改革党の菅野光議員は「財源の裏付けが乏しい」と迫った。\n\n"
            "これに対し同相は「歳出の見直しで賄う」と答弁した。")
    assert quotes(text) == [("財源の裏付けが乏しい", "菅野光"), ("歳出の見直しで賄う", "田村和也")]


def test_same_minister_with_two_or_no_ministers_named_is_no_one() -> None:
    two = ("田村和也財務相と森本健外相が会談した。\n\n終了後、同相は「有意義だった」と述べた。")
    assert quotes(two) == [("有意義だった", None)]
    none = "野党の菅野光議員は予算の増額を求めた。同相は「前向きに検討する」と答えた。"
    assert quotes(none) == [("前向きに検討する", None)]


def test_a_short_lead_before_same_company_or_same_person_is_passed_over() -> None:
    text = ("人材派遣大手の未来ワークスは3日、新しい研修制度を発表した。\n\n"
            "一方、同社は「参加は任意だ」としている。")
    assert quotes(text) == [("参加は任意だ", "未来ワークス")]
    person = "北浜大の宮下誠教授は記者会見した。会見の最後に同氏は「成果を社会に返したい」と話した。"
    assert quotes(person) == [("成果を社会に返したい", "宮下誠")]


def test_words_said_in_a_clause_reported_with_と_are_the_clauses_subjects() -> None:
    text = ("三木原誠首相は9日、記者団の取材に応じた。\n\n"
            "石川和夫幹事長は、首相が「解散は考えていない」と述べたと記者団に説明した。")
    assert quotes(text) == [("解散は考えていない", "三木原誠")]
    nobody = "北浜署の大西誠署長は、男が「金に困っていた」と話していると明らかにした。"
    assert quotes(nobody) == [("金に困っていた", None)]


def test_a_subject_with_a_verb_of_its_own_before_the_words_is_not_their_speaker() -> None:
    text = "石川和夫幹事長は、記者団が詰めかける中「解散は考えていない」と述べたと明らかにした。"
    assert quotes(text) == [("解散は考えていない", "石川和夫")]


def test_a_title_joined_to_a_foreign_name_by_a_dot_is_the_persons() -> None:
    text = "ペトロワを指導するマルコ・ベッリーニ・コーチは「集中力が一番の勝因だ」と語った。"
    assert quotes(text) == [("集中力が一番の勝因だ", "ベッリーニ")]
    assert quotes("ジョン・ミラー・コーチは「よく走った」と話した。") == [("よく走った", "ミラー")]


def test_a_title_joined_to_a_word_that_is_no_name_makes_no_person() -> None:
    assert quotes("ゴールキーパー・コーチは「守備は安定した」と話した。") == [("守備は安定した", None)]
    assert quotes("ボスニア・ヘルツェゴビナ・コーチは「よく戦った」と話した。") == [("よく戦った", None)]


def _headed(text: str) -> list[tuple[str, str | None]]:
    import json

    from tui.news.models import Document
    from tui.news.pipeline import analyse

    stored = analyse(Document(source="t.txt", text=text, published="2025-03-12"))
    assert not isinstance(stored, str)
    names = {a[0]: a[1] for a in stored.actors}
    return [(t, names[s] if s else None) for _, t, s in json.loads(stored.story)["quotes"]]


def test_a_holder_the_body_names_in_full_wins_over_a_headlines_short_form() -> None:
    # (the headline's ベリタ is a country the recognisers read as a person)
    text = ("ベリタ大統領、和平協定に署名\n\nベリタ共和国のミハイル・ソコロフスキー大統領は11日、協定に署名した。\n\n"
            "野党のイワン・ボルコフ党首は、大統領が選挙戦で「一寸の土地も渡さない」と約束していたことを挙げ、"
            "「裏切りだ」と反発した。")
    assert _headed(text) == [("一寸の土地も渡さない", "ソコロフスキー"), ("裏切りだ", "ボルコフ")]


def test_words_then_to_and_a_name_with_a_title_of_the_actors_closing_the_sentence() -> None:
    text = "「地元の雇用が一番の心配だった」と北浜商工会議所の森川晴彦会頭。"
    assert quotes(text) == [("地元の雇用が一番の心配だった", "森川晴彦")]


def test_headline_words_the_body_gives_with_their_particles_are_the_body_speakers() -> None:
    text = ("「説明責任果たしていない」　野党側、北山農相の辞任要求\n\n"
            "野党の宮下隆之国対委員長は12日、北山誠農林水産相について「説明責任を果たしていない。辞任に値する」と述べた。\n\n"
            "北山氏は同日の会見で「適切に処理している」と釈明した。")
    assert ("説明責任果たしていない", "宮下隆之") in quotes(text)


def test_the_person_a_headline_is_about_is_not_the_speaker_of_its_words() -> None:
    text = ("「早く辞めるべきだ」　北山農相の辞任求める声\n\n"
            "北山誠農林水産相は同日の会見で「適切に処理している」と釈明した。")
    assert ("早く辞めるべきだ", "北山誠") not in quotes(text)
