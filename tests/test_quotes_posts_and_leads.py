"""Speakers named by posts the actors do not know and by the leads before words alone (issue 22): a post set off by ・
(三好孝典・首席交渉官は), a rank before a known title (首席エコノミスト), a country's officer whose surname is a loanword
(米国のウォーカー代表), an interview's lead naming its one answerer with a title in katakana (…プロジェクトマネージャー
とのやりとり) or a headline asking (…さんに聞く), and words alone after a sentence whose topic acts on others
(水野は…相沢さんに手を振った。「…」) — not when the topic is two joined by と, nor when the topic asked the other —,
同相 described by a clause naming no one, and a section of a local government named with its place (金沢市ごみ減量推進課は).
Sentences of our own; each fails without its change in `titles`, `loanword_names`, `interviews`, `previous`, `unnamed`
or `local_offices` (the
guards, and the headline asking, which the interviews read before, aside)."""

from __future__ import annotations

from tests.test_quotes import quotes, quotes_headed


def test_a_post_set_off_by_a_dot_and_a_rank_before_a_title() -> None:
    got = quotes("日本代表団の平田昌義・首席交渉官は記者団に「資源管理の経験が生かされた」と評価した。")
    assert got == [("資源管理の経験が生かされた", "平田昌義")]
    got = quotes("三山総合研究所の久我道夫首席エコノミストは「円高への警戒は残る」と話す。")
    assert got == [("円高への警戒は残る", "久我道夫")]


def test_a_countrys_officer_whose_surname_is_a_loanword() -> None:
    assert quotes("一方、米国のウォーカー代表は声明で「監視の仕組みはまだ足りない」とした。") == [
        ("監視の仕組みはまだ足りない", "ウォーカー")]


def test_an_interviews_lead_with_a_title_in_katakana() -> None:
    text = ("機構は1日、探査機を打ち上げると発表した。\n\n記者会見した野口麻衣プロジェクトマネージャーとの主なやりとりは次の通り。"
            "\n\n――時間帯が短い。\n\n「打ち上げられる時間が限られます」\n\n――天候は。\n\n「楽観はしていません」")
    assert quotes(text) == [("打ち上げられる時間が限られます", "野口麻衣"), ("楽観はしていません", "野口麻衣")]


def test_a_headline_asking_the_one_who_answers() -> None:
    text = "――帰還から1週間。体調は。\n\n「重力に体が慣れるまで、時間がかかっています」\n\n――次の目標は。\n\n「月です」"
    got = quotes_headed("帰還した宇宙飛行士・川端透さんに聞く", text)
    assert got == [("重力に体が慣れるまで、時間がかかっています", "川端透"), ("月です", "川端透")]


def test_words_alone_after_a_topic_whose_acts_reach_others() -> None:
    text = ("ギターの森岡拓（33）は、アンコール前に店長の相沢浩さんの名前を挙げ、客席の相沢さんに手を振った。\n\n"
            "「初ライブの客は30人だった。あの顔は今も忘れない」")
    assert quotes(text)[-1] == ("初ライブの客は30人だった。あの顔は今も忘れない", "森岡拓")


def test_no_topic_speaks_so_when_two_are_joined_or_the_topic_asked() -> None:
    text = "市長の高橋美香氏と社長の松本浩二氏はこの日、協定に署名した。\n\n「長く地域とともに歩みたい」"
    assert quotes(text)[-1] == ("長く地域とともに歩みたい", None)
    text = "記者の森岡拓は、漁師の相沢浩さんに話を聞いた。\n\n「海はもう昔の海ではない」"
    assert quotes(text)[-1][1] != "森岡拓"


def test_the_same_minister_described_by_a_clause_naming_no_one() -> None:
    text = ("浦辺聡一経済産業相は29日、通商代表と会談した。\n\n"
            "会談後、記者団の取材に応じた同相は、対案について「一歩前進ではある」と述べた。")
    assert quotes(text) == [("一歩前進ではある", "浦辺聡一")]


def test_a_section_of_a_local_government_named_with_its_place_speaks() -> None:
    text = "北出陽一市長は「早めに出して」と呼びかけた。金沢市ごみ減量推進課は「年末は収集に時間がかかります」としています。"
    assert quotes(text) == [("早めに出して", "北出陽一"), ("年末は収集に時間がかかります", "金沢市ごみ減量推進課")]


def test_the_same_one_is_the_topic_not_a_relative_clauses_subject() -> None:
    text = ("ドイツのシュタイナー首相は、米国のベネット大統領が打ち出した関税政策を念頭に、「壁は誰の得にもならない」と批判した。"
            "同氏は「対話の扉は開いている」とも述べた。")
    assert quotes(text)[-1] == ("対話の扉は開いている", "シュタイナー")
    text = ("村瀬正臣財務相は、片桐美佐国土交通相が示した案について「方針を決めたわけではない」と述べた。"
            "同相は「歳出の見直しが基本だ」とも強調した。")
    assert quotes(text)[-1] == ("歳出の見直しが基本だ", "村瀬正臣")


def test_the_same_one_after_a_bare_title_is_not_read_so() -> None:
    text = ("小田切祐介首相は15日、党首討論に臨んだ。\n\n改革みらい党の真柴亮代表は、首相に「何を届けるのか」とただした。"
            "首相は、真柴氏が示した支援策について「検討に値する」と述べた。\n\n同氏は討論後、記者団に「一歩前進だ」と語った。")
    assert quotes(text)[-1][1] != "小田切祐介"


def test_the_same_bank_is_a_bank_and_a_first_is_no_body() -> None:
    text = ("道央銀行は、浜野氏が頭取に就く人事を発表した。2052年には南渡島信用金庫の事業を譲り受けた。\n\n"
            "同行広報室は「人事は答申を踏まえて決めた」としている。")
    assert quotes(text)[-1] == ("人事は答申を踏まえて決めた", "道央銀行")
    text = ("化学大手の北星化学工業は15日、尾関奈緒子副社長が社長に昇格すると発表した。記者から「女性初の社長として、どう臨むか」と問われると、"
            "尾関氏は「何をするかで見てほしい」と答えた。\n\n同社は「新ラインは計画通りだ」としている。")
    assert quotes(text)[-1] == ("新ラインは計画通りだ", "北星化学工業")


def test_same_one_after_a_topic_that_spoke_of_another() -> None:
    text = ("野党の北原真一代表は、南条氏の発言について問われ、「まず資金の問題に答えるべきだ」と反論した。"
            "同氏は不信任案についても「選択肢は排除しない」と述べた。")
    assert quotes(text) == [("まず資金の問題に答えるべきだ", "北原真一"), ("選択肢は排除しない", "北原真一")]
    text = ("野党の北原真一代表は、南条氏と並んで取材に応じ、「まず資金の問題に答えるべきだ」と反論した。"
            "同氏は不信任案についても「選択肢は排除しない」と述べた。")
    assert quotes(text)[1] == ("選択肢は排除しない", "北原真一")  # (と並んで: the one beside the speaker, not 同氏)


def test_an_adjective_right_after_ga_opens_no_relative_clause() -> None:
    text = ("会派の柳井徹会長は、小松原伸也市長が新しい体育館を「市の新しい顔にしたい」と語ったことについて、"
            "「建設費はさらに膨らむ恐れがある」と話した。")
    assert quotes(text) == [("市の新しい顔にしたい", "小松原伸也"), ("建設費はさらに膨らむ恐れがある", "柳井徹")]


def test_a_clubs_player_by_surname_in_brackets_after_the_words() -> None:
    text = "北斗製鉄は先発の佐野圭佑が10回を完投した。\n\n「捕手のリードを信じて投げただけ」（北斗製鉄・佐野）"
    assert quotes(text) == [("捕手のリードを信じて投げただけ", "佐野圭佑")]
    text = "北斗製鉄は佐野圭佑と佐野健が投げた。\n\n「捕手のリードを信じて投げただけ」（北斗製鉄・佐野）"
    assert quotes(text) == [("捕手のリードを信じて投げただけ", None)]  # two of that surname: no one


def test_a_comment_line_headed_by_a_place_and_の() -> None:
    text = "伊吹真央が優勝し、エスター・キベット（ケニア）が2位だった。\n\n【2位のキベット】「向かい風が強く、脚が残っていなかった」"
    assert quotes(text) == [("向かい風が強く、脚が残っていなかった", "キベット")]


def test_an_interview_given_by_the_subject_of_the_leads_first_sentence() -> None:
    text = ("南極観測隊の隊長を務めた地質学者の寺岡夏美さん（51）が、3月30日に帰国した。約1年4カ月の越冬を終えた。"
            "東京都立川市の国立極地研究所（NIPR）で記者会見した2日、本紙のインタビューに応じた。\n\n――越冬で一番つらかったことは。\n\n"
            "「太陽が昇らない2カ月です。時計だけが頼りでした」\n\n――次の計画は。\n\n「氷床の掘削を続けたい」")
    assert quotes(text) == [("太陽が昇らない2カ月です。時計だけが頼りでした", "寺岡夏美"), ("氷床の掘削を続けたい", "寺岡夏美")]


def test_an_interview_after_two_named_before_is_nobodys() -> None:
    text = ("監督の寺岡夏美さん（51）が、助手の島田悠さんと3月30日に帰国した。"
            "東京都立川市の研究所で報告会を開いた2日、本紙のインタビューに応じた。\n\n――越冬で一番つらかったことは。\n\n"
            "「太陽が昇らない2カ月です」")
    assert quotes(text) == [("太陽が昇らない2カ月です", None)]


def test_an_exchange_announced_after_the_article_about_one_person() -> None:
    text = ("北浜マリナーズの浜口拓海投手（24）が5日、球団事務所で契約を更改し、年俸5000万円でサインした。"
            "今季は12勝を挙げた。\n\n同席した球団社長の大川誠氏は「来季も柱になる」と話した。\n\n主なやりとりは次の通り。\n\n"
            "――今季を振り返って。\n\n「前半は苦しみました」\n\n――来季の目標は。\n\n「15勝です」")
    assert quotes_headed("マリナーズ浜口、5000万円でサイン", text) == [
        ("来季も柱になる", "大川誠"), ("前半は苦しみました", "浜口拓海"), ("15勝です", "浜口拓海")]
    assert quotes(text)[1:] == [("前半は苦しみました", None), ("15勝です", None)]  # (no headline names him)
