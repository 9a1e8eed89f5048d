"""Who said what in shapes beyond the tuned set: titles the actors know, notes in brackets, the manner
of saying, carried speakers, quotes standing alone, answers to questions, a verb left out, and other
people's words that are never given to the person named before."""

from __future__ import annotations

from tests.test_quotes import quotes
from tui.news.reporting import closes_clause


def test_a_title_the_actors_know_or_a_note_in_brackets_stands_between_a_speaker_and_the_particle() -> None:
    assert quotes("森下彩香常務は配当について「水準を守る」と説明した。") == [("水準を守る", "森下彩香")]
    assert quotes("堀江宗一郎裁判長は「証言は信用できない」と述べた。") == [("証言は信用できない", "堀江宗一郎")]
    assert quotes("西尾健太教授（気象学）は「雲の粒が大きい」と話す。") == [("雲の粒が大きい", "西尾健太")]
    assert quotes("共著者の北川一真助教は「再現に半年かかった」と明かした。") == [("再現に半年かかった", "北川一真")]
    assert quotes("理科を教える平田由香教諭は「実験の時間が足りない」と語る。") == [("実験の時間が足りない", "平田由香")]


def test_a_word_of_manner_before_the_verb_still_closes_the_clause_of_saying() -> None:
    assert closes_clause("と潔く認めた。") and closes_clause("と静かに語った。")
    assert not closes_clause("と同じく高い。") and not closes_clause("と新しく呼ぶ名前。")


def test_a_speaker_given_after_the_quote_carries_to_the_next_passages_words() -> None:
    text = ("「客足は戻りつつある」と長尾真一社長。\n\n"
            "新店の計画を問われると、「来年は三つ出す」と答えた。\n\n"
            "人手については「まだ足りない」と明かした。")
    assert quotes(text) == [("客足は戻りつつある", "長尾真一"), ("来年は三つ出す", "長尾真一"), ("まだ足りない", "長尾真一")]


def test_a_quote_alone_after_its_speakers_sentence_is_theirs_through_a_carried_subject() -> None:
    text = "元町長の岡部静江さんが会見した。同氏は、出馬を見送る考えを示した。「町には若い人が要る」"
    assert quotes(text) == [("町には若い人が要る", "岡部静江")]
    nobody = "住民は不安を口にした。「川があふれないか心配だ」"
    assert quotes(nobody) == [("川があふれないか心配だ", None)]


def test_answers_to_questions_are_the_interviewees_named_before_the_first_question() -> None:
    text = ("優勝した陸上の早川凛選手が取材に応じた。\n\n――記録をどう見ますか？\n\n"
            "「自己ベストに近く、満足しています」\n\n――次の目標は？\n\n「世界の舞台で走りたいです」")
    assert quotes(text) == [("自己ベストに近く、満足しています", "早川凛"), ("世界の舞台で走りたいです", "早川凛")]


def test_a_persons_words_with_the_verb_left_out_and_a_term_in_the_same_shape() -> None:
    assert quotes("来場した大学生の吉岡美月さんは「色がきれいで驚いた」。") == [("色がきれいで驚いた", "吉岡美月")]
    assert quotes("今年の展示のテーマは「水と光」。") == []


def test_another_person_known_by_age_or_role_is_never_given_the_speaker_of_the_sentence_before() -> None:
    text = "商店主の関口昭夫さん（66）は「客が減った」と嘆いた。近所の女性（59）も「寂しい」と話した。"
    assert quotes(text) == [("客が減った", "関口昭夫"), ("寂しい", None)]
    also = "関口昭夫さん（66）は「客が減った」と嘆いた。常連客も「寂しい」と話した。"
    assert quotes(also) == [("客が減った", "関口昭夫"), ("寂しい", None)]


def test_the_speaker_of_a_cleft_sentence_may_carry_an_age() -> None:
    text = "「駅前に緑を戻したい」と話すのは、植樹を続ける農家の大谷光一さん（58）だ。"
    assert quotes(text) == [("駅前に緑を戻したい", "大谷光一")]


def test_a_surname_read_as_a_place_speaks_with_any_verb_closing_the_clause_but_not_in_the_passive() -> None:
    assert quotes("2打点を挙げた新人の三宅は「初球から振った」と胸を躍らせた。") == [("初球から振った", "三宅")]
    assert quotes("金沢は「北陸の小京都」と言われる。") == [("北陸の小京都", None)]
    assert quotes("尾道は「坂の町」と呼ばれる。") == []


def test_words_ending_as_a_clause_before_として_and_a_verb_of_saying_are_said_a_term_is_not() -> None:
    text = "堀江宗一郎裁判長は「悪質だ」と述べた。一方で「深く反省している」として、刑を軽くした理由を説明した。"
    assert quotes(text) == [("悪質だ", "堀江宗一郎"), ("深く反省している", "堀江宗一郎")]
    assert quotes("市は「平和の象徴」として、公園の整備を発表した。") == []
    assert quotes("同省の担当者は「流行が早い」として、注意を呼びかけた。") == [("流行が早い", None)]


def test_a_second_quote_ending_the_sentence_is_not_carried_and_a_title_alone_is_no_quote() -> None:
    text = "画家の辻村亮さんが個展を開いた。\n\n画廊主の宇野早苗さんは「よく描けた」と述べ、「次は海を描く」。"
    assert quotes(text) == [("よく描けた", "宇野早苗")]  # the second is not carried from the sentence before
    titled = "作家の瀬川透さんが新作を出した。\n\n「冬の灯台」\n\n瀬川さんは「海辺で書いた」と話す。"
    assert quotes(titled) == [("海辺で書いた", "瀬川透")]


def test_two_relatives_who_share_a_surname_are_two_people() -> None:
    text = "漁師の浜田正志さんは「今年は不漁だ」と話した。妻の浜田由美子さんも「燃料代が重い」と話した。"
    assert [speaker for _, speaker in quotes(text)] == ["浜田正志", "浜田由美子"]
    text = "田中一郎さんと妻の田中花子さんは店を開いた。一郎さんは「よく続いた」と笑う。花子さんは「おかげさまで」と話した。"
    assert [speaker for _, speaker in quotes(text)] == ["田中一郎", "田中花子"]  # each given name its full name's
    foreign = "指揮者のハンナ・ベルクマンが来日した。ベルクマンは「東京の聴衆が好きだ」と語った。"
    assert quotes(foreign) == [("東京の聴衆が好きだ", "ベルクマン")]
