"""Speakers the text gives by its shape: a body's written answer (と文書で回答した) or appeal (…での来場を」としている),
a city written short with where it spoke (市は公式サイトで「…」), a firm named in brackets before its seat
(「北陸ケミカル」（富山市）), a body named by its organ (大会本部は「…」) or a firm by its katakana name and 社, words
carried to the speaker before with a word of how they were held (と慎重な見方を示した) or past a clause it touches on
(…が稼働することに触れ、「…」), an interview's lead that ends on the name of the one it interviews (…主演を務める俳優の
森下はるか。), the dead's words in an obituary's account of a life with no subject (社長時代には「…」と語っていた),
同社 for the firm a lead opens on (白嶺機工は8日、…), and a person after their work and a comma, with an age, after the
words (と、…の自営業、森田和子さん（64）は話した). Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_bodys_written_answer_is_the_bodys() -> None:
    text = ("北辰精機で、残業代の未払いが相次いでいる。\n\n"
            "取材に対し、北辰精機は「調査中のため、回答は控える」と文書で回答した。")
    assert quotes(text) == [("調査中のため、回答は控える", "北辰精機")]
    same = ("IT企業「ネクストベイ」で、残業代の未払いが相次いでいる。\n\n"
            "取材に対し、同社は「調査中のため、回答は控える」と回答した。")
    assert quotes(same) == [("調査中のため、回答は控える", "ネクストベイ")]


def test_a_view_held_some_way_with_no_subject_is_the_speaker_befores() -> None:
    text = ("記者会見した丸山健司社長は「海外の需要は来期も底堅い」と述べた。"
            "一方、金利については「上昇が続けば、設備投資が鈍る恐れもある」と厳しい見方を示した。")
    assert quotes(text) == [("海外の需要は来期も底堅い", "丸山健司"), ("上昇が続けば、設備投資が鈍る恐れもある", "丸山健司")]
    careful = ("会見した丸山健司社長は「受注は順調だ」と話した。"
               "ただ、為替については「円高が進めば利益を押し下げる」と慎重な姿勢を示した。")
    assert quotes(careful)[1] == ("円高が進めば利益を押し下げる", "丸山健司")
    other = ("市場関係者は「海外の需要は来期も底堅い」と述べた。"
             "一方、金利については「上昇が続けば、設備投資が鈍る恐れもある」と厳しい見方を示した。")
    assert quotes(other) == [("海外の需要は来期も底堅い", None), ("上昇が続けば、設備投資が鈍る恐れもある", None)]


def test_an_interviews_answers_are_the_one_its_lead_ends_naming() -> None:
    text = ("来春公開の映画で初めて母親役を演じる俳優の森下はるか。撮影は冬の北海道で行われた。\n\n"
            "――初めての母親役です。\n\n「不安しかありませんでした。でも、子役に助けられました」\n\n"
            "――雪の中の撮影はいかがでしたか。\n\n「寒さで台詞が出てこなくて、何度も撮り直しました」")
    assert quotes(text) == [("不安しかありませんでした。でも、子役に助けられました", "森下はるか"),
                            ("寒さで台詞が出てこなくて、何度も撮り直しました", "森下はるか")]
    other = ("聞き手は編集委員の大西健太。撮影は冬の北海道で行われた。\n\n"
             "――初めての母親役です。\n\n「不安しかありませんでした。でも、子役に助けられました」")
    assert quotes(other) == [("不安しかありませんでした。でも、子役に助けられました", None)]


def test_the_dead_speak_the_words_of_an_obituarys_account_of_their_life() -> None:
    text = ("元南海造船社長の松井誠二（まつい・せいじ）さんが3日、心不全のため神戸市の病院で死去、90歳。\n\n"
            "1958年に南海造船に入社。1990年に社長に就き、2001年に会長に退いた。\n\n"
            "社長時代には造船不況の中で「人を切る前に、まず自分の報酬を切る」と語っていた。")
    assert quotes(text) == [("人を切る前に、まず自分の報酬を切る", "松井誠二")]
    other = ("元南海造船社長の松井誠二（まつい・せいじ）さんが3日、心不全のため神戸市の病院で死去、90歳。\n\n"
             "1990年に社長に就き、副社長の川村正とともに再建を進めた。\n\n"
             "就任の際には「人を切る前に、まず自分の報酬を切る」と語っていた。")
    assert quotes(other) == [("人を切る前に、まず自分の報酬を切る", None)]


def test_words_of_an_account_with_no_death_reported_are_no_ones_unless_a_notice_reports_it() -> None:
    text = ("元南海造船社長の松井誠二さんが3日、神戸市内で講演した。\n\n"
            "1958年に南海造船に入社。1990年に社長に就き、2001年に会長に退いた。\n\n"
            "社長時代には「人を切る前に、まず自分の報酬を切る」と語っていた。")
    assert quotes(text) == [("人を切る前に、まず自分の報酬を切る", None)]
    notice = ("元南海造船社長の松井誠二（まつい・せいじ）さんが3日、心不全のため神戸市の病院で死去、90歳。\n\n"
              "1958年に南海造船に入社。生前、「船は人がつくる」と語っていた。")
    assert quotes(notice) == [("船は人がつくる", "松井誠二")]


def test_a_bodys_appeal_with_its_request_left_out_after_a_noun_is_the_bodys() -> None:
    text = ("北浜市は20日、花火大会の会場を発表した。\n\n"
            "北浜市は「会場周辺は混雑が予想されるため、公共交通機関での来場を」としている。")
    assert quotes(text) == [("会場周辺は混雑が予想されるため、公共交通機関での来場を", "北浜")]


def test_a_firm_named_in_brackets_before_its_seat_speaks_by_that_name_later() -> None:
    text = ("川の汚染を巡り、漁協が工場を運営する「北陸ケミカル」（富山市）に賠償を求めた訴訟で、地裁は2日、請求を退けた。\n\n"
            "北陸ケミカルは「主張が認められた」とのコメントを出した。")
    assert quotes(text) == [("主張が認められた", "北陸ケミカル")]
    region = text.replace("北陸ケミカル", "九州ファイン")
    assert quotes(region) == [("主張が認められた", "九州ファイン")]
    kanji = text.replace("北陸ケミカル", "北陸精化")  # (a region before katakana words states as a firm seated or not)
    assert quotes(kanji) == [("主張が認められた", "北陸精化")]
    assert quotes(kanji.replace("（富山市）", "")) == [("主張が認められた", None)]


def test_a_city_written_short_speaks_through_a_medium_named_before_the_words() -> None:
    text = ("北浜市の山林で10日、登山者がクマに襲われた。\n\n"
            "市は公式サイトで「山に入る際は鈴を鳴らし、複数で行動して」と呼びかけた。")
    assert quotes(text) == [("山に入る際は鈴を鳴らし、複数で行動して", "北浜")]
    two = text.replace("北浜市の山林", "北浜市と南浜市の山林")
    assert quotes(two) == [("山に入る際は鈴を鳴らし、複数で行動して", None)]


def test_a_body_named_by_what_it_runs_and_its_organ_speaks_as_the_subject_before_its_words() -> None:
    text = ("全国中学駅伝は14日、山口市で開幕する。\n\n"
            "大会本部は「寒さが厳しいため、観客も防寒対策を」としている。")
    assert quotes(text) == [("寒さが厳しいため、観客も防寒対策を", "大会本部")]
    same = text.replace("大会本部は", "同本部は")
    assert quotes(same) == [("寒さが厳しいため、観客も防寒対策を", None)]
    short = ("北浜県教育委員会は14日、新たな方針を示した。\n\n"
             "県教育委員会は「学校の負担を減らしたい」としている。")
    assert quotes(short) == [("学校の負担を減らしたい", "北浜県教育委員会")]


def test_a_subject_inside_a_clause_the_speaker_touches_on_is_no_speaker() -> None:
    text = ("北浜電機では、森田和夫社長が本社で社員を前に訓示した。"
            "来春に新工場が稼働することに触れ、「一人ひとりの力が試される年だ」と呼びかけた。")
    assert quotes(text) == [("一人ひとりの力が試される年だ", "森田和夫")]


def test_a_firm_by_its_katakana_name_and_sha_after_a_clause_on_it_speaks() -> None:
    text = ("人気アイドルの全国ツアーのチケット販売が2日始まり、サイトにつながりにくい状態が続いた。\n\n"
            "販売を請け負うチケットベイ社は「予想を超える申し込みがあった。おわび申し上げる」と謝罪した。")
    assert quotes(text) == [("予想を超える申し込みがあった。おわび申し上げる", "チケットベイ社")]


def test_samesha_stands_for_the_firm_the_lead_opens_on_when_no_body_was_named() -> None:
    text = ("白嶺機工は8日、2031年3月期の連結決算を発表した。純利益は前期比12%減だった。\n\n"
            "通期の予想は据え置いた。同社は「下期には受注が持ち直す」としている。")
    assert quotes(text) == [("下期には受注が持ち直す", "白嶺機工")]
    person = "山田太郎は8日、新作を発表した。\n\n同社は「下期には受注が持ち直す」としている。"
    assert quotes(person) == [("下期には受注が持ち直す", None)]


def test_a_person_after_their_work_and_a_comma_with_an_age_speaks_after_the_words() -> None:
    text = ("北浜町では2日、大雨で川があふれた。\n\n"
            "「停電が続いて、冷蔵庫の中身が全部だめになった」と、公民館に避難した北浜町の自営業、森田和子さん（64）は話した。")
    assert quotes(text) == [("停電が続いて、冷蔵庫の中身が全部だめになった", "森田和子")]
