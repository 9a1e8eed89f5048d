"""Who said what in the shapes news pages use beyond the tuned sets: a given name for a full name, words
alone before another person's sentence, interviews led by a press conference or a question asked, a speaker
line with a club before the name, 同 and a title, a bare title after a phrase, a name after と the actors
missed."""

from __future__ import annotations

import json

from tests.test_quotes import quotes
from tui.news.quotes.roles import Roles, role_holder
from tui.news.models import Document
from tui.news.pipeline import analyse


def test_a_surname_and_a_given_name_the_full_name_holds_are_one_person() -> None:
    text = ("競泳の白浜航（29）が引退を表明した。\n\n白浜は「全部出し切った」と語った。\n\n"
            "恩師の戸川昭コーチは「航はよく泳いだ」とたたえた。")
    assert quotes(text) == [("全部出し切った", "白浜航"), ("航はよく泳いだ", "戸川昭")]


def test_a_given_name_written_apart_is_the_full_names_and_relatives_stay_unattributed() -> None:
    text = ("書道家の河合静雄さんが個展を開いた。\n\n河合静雄さんは「筆は毎朝持つ」と話す。\n\n"
            "静雄さんは「まだ満足していない」と笑った。")
    assert quotes(text) == [("筆は毎朝持つ", "河合静雄"), ("まだ満足していない", "河合静雄")]


def test_words_alone_before_a_sentence_about_another_person_are_not_carried() -> None:
    text = ("先発の鶴田は「調子は良かった」と話した。\n\n"
            "「最高です」。お立ち台で新人の久米は一言だけ絞り出した。")
    assert quotes(text) == [("調子は良かった", "鶴田"), ("最高です", "久米")]  # (the one who squeezed them out)
    acts = ("先発の鶴田は「調子は良かった」と話した。\n\n「最高です」。お立ち台で新人の久米は帽子を取った。")
    assert quotes(acts) == [("調子は良かった", "鶴田"), ("最高です", None)]


def test_answers_after_a_press_conference_or_a_question_put_to_one_person() -> None:
    text = ("中央銀行の三船隆総裁が12日、記者会見した。主なやりとりは次の通り。\n\n――次の利上げは。\n\n"
            "「データを見て判断する」\n\n――円安は。\n\n「水準は目標ではない」")
    assert quotes(text) == [("データを見て判断する", "三船隆"), ("水準は目標ではない", "三船隆")]
    asked = ("窯元を継いだ杉浦陽子氏（41）に、これからを聞いた。\n\n――継いだ理由は。\n\n"
             "「父の窯を絶やしたくなかったからです」")
    assert quotes(asked) == [("父の窯を絶やしたくなかったからです", "杉浦陽子")]
    two = ("三船隆総裁と岡野一郎財務相が12日、記者会見した。主なやりとりは次の通り。\n\n――次の利上げは。\n\n"
           "「データを見て判断する」")
    assert quotes(two) == [("データを見て判断する", None)]


def test_a_speaker_line_may_name_the_club_before_the_person() -> None:
    text = ("J1は9日、各地で行われた。\n\n■北浜ドルフィンズ・真野修監督\n\n「守備から入れた。狙い通りだ」")
    assert quotes(text) == [("守備から入れた。狙い通りだ", "真野修")]


def test_same_and_a_title_is_the_one_person_named_with_it() -> None:
    text = ("桐島慎一官房長官は会見で「早期の成立を目指す」と述べた。財源を巡っては野党の批判が強い。"
            "同長官は「国債には頼らない」と強調した。")
    assert quotes(text) == [("早期の成立を目指す", "桐島慎一"), ("国債には頼らない", "桐島慎一")]


def test_a_bare_title_after_a_phrase_is_the_one_person_named_with_it() -> None:
    text = ("北浜県の大塚亮知事が会見した。\n\n費用を問われた知事は「民間の力も借りる」と説明した。")
    assert quotes(text) == [("民間の力も借りる", "大塚亮")]
    judge = "三田村悟裁判長は賠償を命じた。\n\n判決で裁判長は「騒音は限度を超えた」と指摘した。"
    assert quotes(judge) == [("騒音は限度を超えた", "三田村悟")]


def test_a_name_the_article_wrote_before_speaks_after_the_words() -> None:
    text = ("テニスの決勝でロシアのアレクセイ・ヴォロノフ選手が優勝した。\n\n"
            "「夢がかなった。ずっと練習してきた」とヴォロノフ。表彰式でも感謝を述べた。")
    assert quotes(text) == [("夢がかなった。ずっと練習してきた", "ヴォロノフ")]


def test_a_companys_unnamed_spokesperson_speaks_for_no_one_it_names() -> None:
    # (a person of the company the text leaves unnamed: the speaker is not said, as most of our sets label it)
    text = "電機メーカーの西浜電工は新工場を発表した。同社日本法人の広報担当者は「電力は確保済みだ」と述べた。"
    assert quotes(text) == [("電力は確保済みだ", None)]
    named = "電機メーカーの西浜電工は新工場を発表した。\n\n西浜電工の広報担当者は「電力は確保済みだ」と述べた。"
    assert quotes(named) == [("電力は確保済みだ", None)]
    office = "電機メーカーの西浜電工は新工場を発表した。\n\n西浜電工広報部は「電力は確保済みだ」としている。"
    assert quotes(office) == [("電力は確保済みだ", "西浜電工")]  # (an office of it issues its words)
    ministry = "厚生労働省は通知を出した。同省の担当者は「流行が早い」と話した。"
    assert quotes(ministry) == [("流行が早い", None)]


def test_a_comment_a_body_issued_is_its_own_a_voice_raised_is_no_ones() -> None:
    text = "判決を受け、西浜化成は「判決文を精査し、対応を検討する」とのコメントを出した。"
    assert quotes(text) == [("判決文を精査し、対応を検討する", "西浜化成")]
    voice = "判決を受け、西浜化成の地元からは「ほっとした」との声が上がった。"
    assert quotes(voice) == [("ほっとした", None)]


def test_words_running_over_paragraphs_are_one_speakers() -> None:
    text = ("研究班を率いる森川泰子教授は話す。「湖の底にはまだ知られていない層がある。\n\n"
            "「次の調査で、その年代を確かめたい」\n\n湖畔の住民は「静かな湖が有名になる」と笑った。")
    assert quotes(text) == [("湖の底にはまだ知られていない層がある。", "森川泰子"),
                            ("次の調査で、その年代を確かめたい", "森川泰子"), ("静かな湖が有名になる", None)]
    lined = ("高校野球の3回戦が行われた。\n\n◆北浜・大熊監督\n\n「選手は最後まで戦った。\n\n"
             "「胸を張って帰りたい」")
    assert quotes(lined) == [("選手は最後まで戦った。", "大熊"), ("胸を張って帰りたい", "大熊")]


def test_a_short_word_alone_is_said_when_the_sentence_after_says_so() -> None:
    text = "体操の森岡亮（24）が引退を表明した。\n\n「感謝」。最後に森岡がこう言って頭を下げた。"
    assert quotes(text) == [("感謝", "森岡亮")]
    titled = "体操の森岡亮（24）が引退を表明した。\n\n「感謝」。会場にはその二文字が掲げられた。"
    assert quotes(titled) == []


def test_short_words_in_a_headline_naming_one_person_are_that_persons_when_the_body_gives_them() -> None:
    text = ("主演の浅香千尋「泣きました」　映画が完成\n\n映画の完成披露試写会が開かれ、主演の浅香千尋が登壇した。\n\n"
            "浅香は「完成した作品を見て、泣きました」と笑顔を見せた。")
    got = analyse(Document(source="t.txt", text=text, published="2025-03-12"))
    assert not isinstance(got, str)
    names = {a[0]: a[1] for a in got.actors}
    assert [(t, names[s] if s else None) for _, t, s in json.loads(got.story)["quotes"]] == [
        ("泣きました", "浅香千尋"), ("完成した作品を見て、泣きました", "浅香千尋")]
    assert quotes("映画「夜の港」が完成した。\n\n監督は「港の夜を撮った」と話した。") == [("港の夜を撮った", None)]


def test_a_body_named_before_speaks_as_the_subject_right_before_its_words() -> None:
    text = ("住民が運営会社「北浜スチール工業」を訴えた訴訟で、地裁は賠償を命じた。\n\n"
            "北浜スチール工業は「判決文を精査する」とのコメントを出した。")
    assert quotes(text) == [("判決文を精査する", "北浜スチール工業")]


def test_answers_after_a_lead_announcing_the_exchange_are_the_interviewees_with_the_questions_left_out() -> None:
    text = ("代表に決まった陸上の早瀬葵（26）が3日、取材に応じた。主なやりとりは以下の通り。\n\n"
            "「ほっとしました。支えてくれた皆さんに感謝しています」\n\n「目標はメダルです」")
    assert quotes(text) == [("ほっとしました。支えてくれた皆さんに感謝しています", "早瀬葵"), ("目標はメダルです", "早瀬葵")]
    plain = ("代表に決まった陸上の早瀬葵（26）が3日、取材に応じた。\n\n住民は喜んだ。\n\n「町の誇りです」")
    assert quotes(plain) == [("町の誇りです", None)]


def test_a_bare_title_is_the_person_named_after_it_as_the_office_they_hold() -> None:
    text = ("国連のアマドゥ・コナテ事務総長は声明を出した。コナテ氏の報道官を務めるエレナ・ロッシ氏は会見で"
            "「車列が止められている」と明らかにした。同報道官は「安全な通行を求めた」とも述べた。")
    assert quotes(text) == [("車列が止められている", "ロッシ"), ("安全な通行を求めた", "ロッシ")]
    deputy = ("国連のアマドゥ・コナテ事務総長は声明を出した。コナテ氏の副報道官を務めるエレナ・ロッシ氏は会見で"
              "「車列が止められている」と明らかにした。同報道官は「安全な通行を求めた」とも述べた。")
    assert quotes(deputy) == [("車列が止められている", "ロッシ"), ("安全な通行を求めた", None)]


def test_a_comment_headed_with_the_speakers_name_and_no_hanashi_is_theirs() -> None:
    text = "陸上の日本選手権が行われた。\n\n◇宮下莉子の話\n\n「スタートがうまく決まった。次は世界で戦いたい」"
    assert quotes(text) == [("スタートがうまく決まった。次は世界で戦いたい", "宮下莉子")]


def test_an_adjective_made_a_noun_before_the_verb_still_closes_the_clause_of_saying() -> None:
    assert quotes("2位の藤谷真一は「後半に伸びきれなかった」と悔しさをにじませた。") == [
        ("後半に伸びきれなかった", "藤谷真一")]


def test_the_one_asked_may_carry_a_rank_the_recognisers_do_not_know() -> None:
    text = ("将棋の早見拓也六段（22）に、今年の目標を聞いた。\n\n――今年は勝率が8割を超えました。\n\n"
            "「序盤の研究が実を結びました」")
    assert quotes(text) == [("序盤の研究が実を結びました", "早見拓也")]


def test_a_title_after_a_name_the_actors_missed_is_not_the_one_person_named_with_the_title() -> None:
    text = "巨人の桑野正樹監督は勝利をたたえた。"
    roles = Roles([text], [[("p:桑野", 3, 7)]], {"p:桑野": "person"})
    roles.upto, roles.until = 0, len(text)
    assert role_holder("試合後、監督は", roles) == (True, "p:桑野")
    assert role_holder("敗れた中日の柳田監督は", roles) == (True, None)  # 柳田: a name UniDic knows
    assert role_holder("敗れた中日の前監督は", roles) == (True, None)


def test_a_name_in_brackets_then_a_measure_or_a_year_in_brackets_is_no_quote() -> None:
    text = ("10日朝、沖合で漁船「第五北斗丸」（4.9トン）が転覆したと通報があった。\n\n"
            "映画「海を渡る風」（2019年）の続編が決まった。\n\n"
            "「最後まで諦めない」（吉岡監督）")
    assert quotes(text) == [("最後まで諦めない", "吉岡")]


def test_a_calling_in_katakana_stands_between_the_name_and_the_particle() -> None:
    text = ("市場\n\n北浜証券の田代和也チーフストラテジストは「年内の利上げはほぼ織り込まれた」とみている。\n\n"
            "映画の宮下亜紀プロデューサーは「撮影は雪との闘いだった」と振り返った。")
    assert quotes(text) == [("年内の利上げはほぼ織り込まれた", "田代和也"), ("撮影は雪との闘いだった", "宮下亜紀")]


def test_words_of_any_shape_after_a_sentence_that_announces_them() -> None:
    text = ("喫茶店\n\n商店街の喫茶店の店主、長尾ミツさん（80）はこう話す。「お客さんの顔を見るのが生きがい」\n\n"
            "店の名は「ひだまり」。")
    assert quotes(text) == [("お客さんの顔を見るのが生きがい", "長尾ミツ")]


def test_a_question_put_in_a_debate_is_words_said_by_the_one_who_put_it() -> None:
    text = ("国会\n\n質疑で、野党の宮本議員が「物価高対策が足りない」とただしたのに対し、首相は「必要な対策は講じている」"
            "と答弁した。")
    assert quotes(text) == [("物価高対策が足りない", "宮本"), ("必要な対策は講じている", "首相")]  # (the office)


def test_a_bare_title_after_it_was_set_in_apposition_before_the_name() -> None:
    text = ("総会では、議長を務めた同社の社長、岩城修一氏（61）は「方針は変えない」と答えた。"
            "社長は総会後の会見でも「対話は続ける」と述べた。")
    assert quotes(text) == [("方針は変えない", "岩城修一"), ("対話は続ける", "岩城修一")]


def test_same_and_a_title_two_hold_is_the_topic_of_the_sentence_before() -> None:
    text = ("県警によると、島村涼容疑者（31）は「金が欲しかった」と認めた。\n\n"
            "島村容疑者は、杉田容疑者から「1回で5万円出す」と誘われたと話している。同容疑者は「断れなかった」とも供述している。")
    assert quotes(text) == [("金が欲しかった", "島村涼"), ("1回で5万円出す", "杉田"), ("断れなかった", "島村涼")]


def test_a_columns_paragraphs_run_together_by_a_triangle() -> None:
    text = ("先日、港の倉庫を訪ねた。管理する組合長の長浜誠一さん（74）が、箱を開けて見せてくれた。"
            "「入れ替えるたびに、備えを思い出す」と長浜さんは言う▼扉には「まず頭を守る」と書いた紙が張ってあった。")
    assert quotes(text)[0] == ("入れ替えるたびに、備えを思い出す", "長浜誠一")


def test_a_vox_pops_line_with_home_and_job_before_the_name() -> None:
    text = ("街で景気の実感を聞いた。\n\n◇札幌市の会社員、岡部直人さん（33）「ボーナスは増えたが、物価に追いつかない」\n\n"
            "◇仙台市の主婦、沢口ゆかりさん（61）「旅行を一回減らした」")
    assert quotes(text) == [("ボーナスは増えたが、物価に追いつかない", "岡部直人"), ("旅行を一回減らした", "沢口ゆかり")]


def test_words_alone_after_a_topic_set_against_another_named() -> None:
    text = ("北斗証券の市場部長、長尾修氏は「景気は底堅い」とみる。\n\n"
            "港湾銀行のストラテジスト、マイケル・グラント氏は、長尾氏とは異なる見方を示す。「輸出はもう伸びない」")
    assert quotes(text) == [("景気は底堅い", "長尾修"), ("輸出はもう伸びない", "グラント")]


def test_a_subject_after_the_topics_yielding_clause_speaks() -> None:
    text = ("首脳会議には、北条健吾議長が出席した。\n\n"
            "北条氏は会見で発言しなかったが、評議会の報道官は声明で「議長は合意を支持する」とした。")
    assert quotes(text) == [("議長は合意を支持する", None)]
    text = "三浦は6回3失点で勝敗はつかなかったが、「次は勝つ」と前を向いた。"
    assert quotes("試合があった。\n\n" + text) == [("次は勝つ", "三浦")]


def test_words_after_one_who_stood_beside_another_or_was_named_as_kin() -> None:
    text = ("会談が開かれた。\n\nモロー氏は協議後、ベルク氏と並んで臨んだ会見で「協定は大切だ」と述べた。"
            "同氏は、依存について問われると「時代は終わった」と語った。")
    assert quotes(text) == [("協定は大切だ", "モロー"), ("時代は終わった", "モロー")]
    text = ("判決があった。\n\n亡くなったのは、保育士の川島真奈さん（当時28）。判決後、川島さんの母、川島恵子さん（60）は"
            "会見で「涙が止まらなかった」と話した。\n\n「あの子の代わりに、私が声を上げ続けます」")
    assert quotes(text) == [("涙が止まらなかった", "川島恵子"), ("あの子の代わりに、私が声を上げ続けます", "川島恵子")]


def test_same_and_a_title_after_a_source() -> None:
    text = ("判決があった。\n\n岩渕修被告（52）は「申し訳ありません」と頭を下げた。\n\n"
            "弁護人の柳沢弁護士によると、同被告は判決後、「一生かけて返していきたい」と話しているという。")
    assert quotes(text) == [("申し訳ありません", "岩渕修"), ("一生かけて返していきたい", "岩渕修")]


def test_same_one_after_the_topic_called_another_something() -> None:
    text = ("連立が揺れている。\n\nハルトマン氏は辞任表明の会見で、ブラント氏を「約束を守らない首相」と批判した。"
            "同氏は「この予算案に名前を連ねることはできない」とも語った。")
    assert quotes(text)[1] == ("この予算案に名前を連ねることはできない", "ハルトマン")


def test_a_subject_inside_a_clause_of_time_before_the_words_does_not_hide_the_topic() -> None:
    text = "母の水島由美さん（54）は、優勝が決まった後、電話の取材に「画面がよく見えませんでした」と声を弾ませた。"
    assert quotes(text) == [("画面がよく見えませんでした", "水島由美")]
    text = "トランプ氏は会見した。一部メディアは「協議は決裂した」と報じた。"
    assert quotes(text) == [("協議は決裂した", None)]
