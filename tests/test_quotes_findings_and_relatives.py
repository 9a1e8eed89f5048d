"""A minister's answer in the Diet (と答弁した) and 同相 as the topic of the sentence before among two ministers, also
after a clause that yields to it (長谷部氏が「…」と重ねると、同相は「…」); what a ruling or a report found of someone,
then its own words (判決は、被告が…と認定し、「…」と述べた: no one's, never the one found of), not a time's topic
(この日は、被告が…と述べ、「…」と話した: his); words inside a clause that describes a noun (首相が「…」と述べた財源に
ついて、「…」と追及した: the first are the clause subject's, the title's one holder); a bare title's report with
subjects inside it (社長は、運転手は…と説明したうえで、「…」: his); what a body said of someone who is the subject of its
clause (検察側は、被告が同寺で修行しており、「…」と指摘した: the prosecution's). Sentences of our own; each fails without its change
(`subjects.found_of`, `subjects._NOUN_SAID`, `forms.SAY`'s 答弁, `previous.same_one`'s topic, `subjects.YIELDING`,
`unnamed._REPORTED_BY_TOPIC`, `nearest_subject`'s `found_of`)."""

from __future__ import annotations

from tests.test_quotes import quotes

_TRIAL = ("倉庫火災、元所長に有罪判決\n\n静岡県富士市の物流倉庫で昨年5月、従業員2人が死亡した火災で、業務上過失致死の罪に"
          "問われた元所長、矢吹俊介被告（58）に対し、静岡地裁は10日、有罪判決を言い渡した。\n\n")


def test_a_rulings_words_after_what_it_found_of_the_defendant_are_no_ones() -> None:
    text = _TRIAL + "判決は、被告が消火設備の点検を怠っていたと認定し、「人命より費用を優先した」と述べた。"
    assert quotes(text) == [("人命より費用を優先した", None)]


def test_a_reports_words_after_what_it_said_of_the_president() -> None:
    text = ("北斗物産の社長が辞任した。\n\n同社の第三者委員会は、社長が不正を把握していたと指摘し、"
            "「経営陣の責任は重い」と結論づけた。")
    assert quotes(text) == [("経営陣の責任は重い", None)]


def test_a_times_topic_leaves_the_words_to_the_defendant() -> None:
    text = _TRIAL + "この日は、被告が遺族への謝罪を述べたいと話し、「申し訳ありませんでした」と頭を下げた。"
    assert quotes(text) == [("申し訳ありませんでした", "矢吹俊介")]


def test_words_in_a_clause_that_describes_a_noun_are_its_subjects() -> None:
    text = ("党首討論\n\n宇佐美浩一首相と野党党首による党首討論が24日、国会内で開かれた。\n\n"
            "最大野党の村井和子代表は、首相が先月の記者会見で「年内に結論を出す」と述べた財源について、"
            "「首相は説明から逃げている」と追及した。")
    assert quotes(text) == [("年内に結論を出す", "宇佐美浩一"), ("首相は説明から逃げている", "村井和子")]


def test_words_said_before_more_words_stay_the_topics() -> None:
    text = "村井和子代表は「年内に結論を出す」と述べた上で、「逃げない」と語った。"
    assert quotes(text) == [("年内に結論を出す", "村井和子"), ("逃げない", "村井和子")]


def test_words_in_a_clause_that_describes_a_noun_are_its_named_subjects() -> None:
    text = ("最大野党の村井和子代表は、宇佐美浩一首相が先月の会見で「年内に結論を出す」と語った財源について、"
            "「説明から逃げている」と追及した。")
    assert quotes(text) == [("年内に結論を出す", "宇佐美浩一"), ("説明から逃げている", "村井和子")]


def test_a_ministers_answer_in_the_diet_and_same_minister_as_the_topic() -> None:
    text = ("財源めぐり\n\n古賀俊彦財務相は、倉持美奈国土交通相が委員会で「国債も排除しない」と答弁したことについて問われ、"
            "「国債に頼ると決めたわけではない」と述べた。同相は「歳出の見直しが基本だ」とも強調した。")
    assert quotes(text) == [("国債も排除しない", "倉持美奈"), ("国債に頼ると決めたわけではない", "古賀俊彦"),
                            ("歳出の見直しが基本だ", "古賀俊彦")]


def test_same_minister_after_a_clause_that_yields_is_the_one_before() -> None:
    text = ("年金法案\n\n質疑には瀬尾昌平厚生労働相と石動久美子財務相が出席した。\n\n"
            "野党の長谷部拓海氏は「保険料を上げるだけではないか」と迫った。瀬尾氏は「給付水準は守る」と反論した。"
            "長谷部氏が「何度も聞かされてきた」と重ねると、同相は「今回は数字で示している」と述べた。")
    assert quotes(text)[-1] == ("今回は数字で示している", "瀬尾昌平")


def test_a_bare_titles_report_with_subjects_of_its_own_inside_then_its_words() -> None:
    text = ("バス事故\n\nバスを運行する北陸ライナーは30日、記者会見を開き、川端博之社長が「深くおわびします」と陳謝した。"
            "社長は、運転手は前日は休みで、勤務時間に問題はなかったと説明したうえで、「健康管理を徹底して調べる」と述べた。")
    assert quotes(text) == [("深くおわびします", "川端博之"), ("健康管理を徹底して調べる", "川端博之")]


def test_what_the_prosecution_said_of_the_defendant_is_its_own_words() -> None:
    text = ("仏像転売で初公判\n\n盗品等処分あっせんの罪に問われた元僧侶、桐ケ谷円了被告（45）の初公判が31日、京都地裁で開かれた。\n\n"
            "冒頭陳述で検察側は、桐ケ谷被告がかつて同寺で修行しており、「宝物庫の鍵の置き場所を知っていた」と指摘した。")
    assert quotes(text) == [("宝物庫の鍵の置き場所を知っていた", "検察側")]
