"""Who said what when the sentence tells how rather than with a verb (と手厳しい), and words alone before
the sentence of the one person who says them (「…」。主演の青井まどかは、しみじみと語った)."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_an_adjective_closing_the_clause_tells_how_the_words_were_said() -> None:
    critic = "評論家の松永多恵子さんは「どちらの案も市民の方を向いていない」と手厳しい。"
    assert quotes(critic) == [("どちらの案も市民の方を向いていない", "松永多恵子")]
    coach = "監督の森本健さんは「まだ伸びしろしかない」と手厳しかった。"
    assert quotes(coach) == [("まだ伸びしろしかない", "森本健")]


def test_an_adjective_that_takes_と_as_a_thing_compared_or_joined_says_nothing() -> None:
    assert quotes("松永多恵子さんは「北浜ソリューションズ」と親しい。") == []
    assert quotes("田中一郎さんの案は「全員参加」と等しい。") == []
    assert quotes("新しい社名は「北浜ソリューションズ」と近い。") == []


def test_words_alone_before_the_one_person_who_then_says_something_are_theirs() -> None:
    stage = ("舞台は千秋楽を迎えた。\n\n「この役に出会えて幸せでした」。カーテンコールの後、主演の青井まどかは、"
             "しみじみと語った。")
    assert quotes(stage) == [("この役に出会えて幸せでした", "青井まどか")]
    science = ("探査機が小惑星の石を持ち帰った。\n\n「想像以上に水を含んでいた」。分析を率いた北浜大の宮下誠教授は、"
               "興奮気味に振り返った。")
    assert quotes(science) == [("想像以上に水を含んでいた", "宮下誠")]


def test_words_alone_before_a_person_who_does_something_else_or_quotes_words_of_their_own() -> None:
    acts = "田中一郎監督は「選手はよくやった」と話した。\n\n「悔しい」。主将の森本健は試合後、唇をかんだ。"
    assert quotes(acts) == [("選手はよくやった", "田中一郎"), ("悔しい", None)]
    own = ("舞台は千秋楽を迎えた。\n\n「幸せでした」。共演の森本健は「また一緒に立ちたい」と語った。")
    assert ("幸せでした", "森本健") not in quotes(own)
    two = ("舞台は千秋楽を迎えた。\n\n「幸せでした」。主演の青井まどかと共演の森本健は、そろって語った。")
    assert quotes(two) == [("幸せでした", None)]


def test_words_alone_before_a_person_who_answers_or_judges_them_are_not_theirs() -> None:
    cheer = "マラソンの沿道は人であふれた。\n\n「頑張れ」。声援に、先頭の森本健は笑顔で応じた。"
    assert quotes(cheer) == [("頑張れ", None)]
    judged = "会見は30分で終わった。\n\n「増税はしない」。野党の田中一郎代表は厳しく批判した。"
    assert quotes(judged) == [("増税はしない", None)]


def test_words_alone_after_a_neutral_opening_are_the_last_paragraphs_speakers() -> None:
    text = ("競泳の竹内遥（24）が初優勝した。「信じられない」。竹内は、そう振り返った。\n\n"
            "競技を始めて15年。けがに泣いた時期もあったという。「続けてきてよかった」")
    assert quotes(text) == [("信じられない", "竹内遥"), ("続けてきてよかった", "竹内遥")]


def test_words_alone_after_a_sentence_with_a_topic_or_another_person_are_no_ones() -> None:
    crowd = ("竹内遥は「信じられない」と語った。\n\n観客は総立ちになった。「最高のレースだった」")
    assert quotes(crowd) == [("信じられない", "竹内遥"), ("最高のレースだった", None)]
    scene = ("森下健一市長は「復旧を急ぐ」と述べた。\n\n被災地では断水が続く。給水所には長い列ができた。"
             "「水がないのが一番つらい」")
    assert quotes(scene) == [("復旧を急ぐ", "森下健一"), ("水がないのが一番つらい", None)]
    mother = ("竹内遥は「信じられない」と語った。\n\n会場には母の竹内良子さんの姿もあった。「よく頑張った」")
    assert ("よく頑張った", "竹内遥") not in quotes(mother)


def test_a_things_topic_with_its_own_verb_leaves_the_speaker_of_the_sentence_before() -> None:
    business = ("北浜電機の村井達也社長は「増益を確保できた」と説明した。年間配当は据え置き、"
                "「株主還元は続ける」と強調した。")
    assert quotes(business) == [("増益を確保できた", "村井達也"), ("株主還元は続ける", "村井達也")]
    city = ("森下健一市長は「財政は厳しい」と述べた。新庁舎の建設は延期し、「暮らしを優先する」と説明した。")
    assert quotes(city) == [("財政は厳しい", "森下健一"), ("暮らしを優先する", "森下健一")]


def test_a_topic_of_people_or_of_the_words_themselves_carries_no_one() -> None:
    people = ("森下健一市長は「財政は厳しい」と述べた。住民は不安を訴え、「暮らしが心配だ」と話した。")
    assert quotes(people) == [("財政は厳しい", "森下健一"), ("暮らしが心配だ", None)]
    talks = ("森下健一市長は県知事と会談した。会談は「有意義だった」と振り返った。")
    assert quotes(talks) == [("有意義だった", None)]


def test_words_alone_before_a_person_whose_voice_tells_of_them_are_theirs() -> None:
    actor = ("「まだ夢の途中です」。主演男優賞を受けた俳優の岸本大輔は、受賞会見で声を詰まらせた。")
    assert quotes(actor) == [("まだ夢の途中です", "岸本大輔")]
    pitcher = "「勝ててよかった」。初勝利の新人、森川翔は一言だけ絞り出した。"
    assert quotes(pitcher) == [("勝ててよかった", "森川翔")]


def test_words_then_とは_and_the_speaker_named_at_the_sentences_end() -> None:
    shelter = "「一日も早く元の生活に戻りたい」とは、避難所で暮らす田中一郎さん（72）。"
    assert quotes(shelter) == [("一日も早く元の生活に戻りたい", "田中一郎")]
    coach = "「守備から崩れた」とは、試合後の北浜FC・岡部誠監督だ。"
    assert quotes(coach) == [("守備から崩れた", "岡部誠")]


def test_とは_before_words_aimed_at_someone_or_a_bodys_line_names_no_speaker() -> None:
    assert quotes("「もう限界だ」とは、森下健一市長に向けた言葉だ。") == [("もう限界だ", None)]
    assert quotes("「平和」とは何か。") == []


def test_how_the_speaker_looked_ends_the_sentence_with_its_copula_left_out() -> None:
    assert quotes("主演の水野は「忘れられない夏になった」と感慨深げ。") == [("忘れられない夏になった", "水野")]
    assert quotes("高橋健一さんは「やっと終わった」と満足そう。") == [("やっと終わった", "高橋健一")]


def test_an_adjectives_stem_with_sou_tells_how_the_speaker_looked() -> None:
    assert quotes("高橋健一さんは「次は勝ちたい」と悔しそうだった。") == [("次は勝ちたい", "高橋健一")]


def test_a_verb_of_saying_after_a_verb_and_te_closes_the_clause() -> None:
    run = "高原マラソンは新井健が制した。新井は30キロ過ぎに抜け出した。「応援が力になった」と通訳を介して話した。"
    assert quotes(run) == [("応援が力になった", "新井健")]
    tears = "主将の森本健は試合後も動けなかった。「仲間に申し訳ない」と涙を浮かべて語った。"
    assert quotes(tears) == [("仲間に申し訳ない", "森本健")]


def test_a_verb_of_naming_before_te_keeps_the_bracket_a_name() -> None:
    assert quotes("森本健さんは新しい店を開いた。「ひだまり」と名付けて売り出した。") == []


def test_a_fact_in_nouns_alone_between_the_speaker_and_the_words_carries_the_speaker_over() -> None:
    port = ("港北水産の社長、石黒和也さんは、毎朝4時に漁港へ向かう。水揚げ量は10年前の半分。"
            "それでも「この港の魚を届けるのが仕事だ」と言い切る。")
    assert quotes(port) == [("この港の魚を届けるのが仕事だ", "石黒和也")]


def test_a_person_described_in_nouns_or_a_topic_with_its_verb_carries_no_one() -> None:
    aged = "石黒和也さんは、毎朝4時に漁港へ向かう。隣の船の主は70代。「もう限界だ」と話した。"
    assert quotes(aged) == [("もう限界だ", None)]
    verb = "石黒和也さんは、毎朝4時に漁港へ向かう。水揚げ量は10年前の半分に減った。「もう限界だ」と話した。"
    assert quotes(verb) == [("もう限界だ", None)]


def test_a_scene_in_the_passive_after_someones_words_carries_them_over_to_the_next_words() -> None:
    stand = ("新人の三木颯太は、右前に打ち返した。\n\n"
             "三木は観客に「最高です」と叫んだ。スタンドは大きな歓声に包まれた。「一生忘れない」と興奮気味に話した。")
    assert quotes(stand) == [("最高です", "三木颯太"), ("一生忘れない", "三木颯太")]


def test_a_scene_in_the_passive_not_after_words_or_with_people_as_its_subject_carries_no_one() -> None:
    wave = ("新人の三木颯太は、右前に打ち返した。\n\n"
            "三木は観客に向かって手を振った。スタンドは大きな歓声に包まれた。「一生忘れない」と興奮気味に話した。")
    assert quotes(wave) == [("一生忘れない", None)]
    hurt = ("新人の三木颯太は、右前に打ち返した。\n\n"
            "三木は観客に「最高です」と叫んだ。観客の男性は救急車で運ばれた。「一生忘れない」と話した。")
    assert quotes(hurt) == [("最高です", "三木颯太"), ("一生忘れない", None)]


def test_two_verbs_made_one_after_と_close_the_clause() -> None:
    again = "主将の森本健は試合後も動けなかった。「仲間に申し訳ない」と繰り返し語った。"
    assert quotes(again) == [("仲間に申し訳ない", "森本健")]


def test_two_verbs_made_one_of_naming_keep_the_bracket_a_name() -> None:
    assert quotes("森本健さんは新しい店を開いた。「ひだまり」と呼び続けた。") == []
