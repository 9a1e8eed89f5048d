"""Shapes of broadcast pages, wire copy and press conferences that say who spoke, and their guards: the subject of a
relative clause is never the speaker (X が + a predicate in 連体形 before a noun), 「…」とし、 / とすると、 say words,
a paragraph with no subject goes on from the speaker before, a caption line above words alone, a sentence ending in
a person's name, a headline shortening its person's words. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes, quotes_headed
from tui.news.quotes.clauses import relative_free, relative_subject


# The relative-clause guard: precision first.

def test_the_subject_of_a_clause_describing_a_noun_is_not_the_speaker_of_the_sentence() -> None:
    text = "森下健司首相は、財務省が示した見通しに基づいて「財政の健全化は可能だ」と述べた。"
    assert quotes(text) == [("財政の健全化は可能だ", "森下健司")]


def test_words_after_a_relative_clause_go_on_from_the_speaker_before() -> None:
    text = ("中央銀行の森岡宏総裁は記者会見で「賃金の上昇は続いている」と述べた。"
            "政府が掲げる物価目標については、「実現に近づいている」と語った。")
    assert quotes(text) == [("賃金の上昇は続いている", "森岡宏"), ("実現に近づいている", "森岡宏")]


def test_a_body_named_by_dou_as_a_relative_clauses_subject_is_no_speaker() -> None:
    text = ("東和電機の三田村浩副社長は決算会見で「下期は回復する」と述べた。"
            "同社が進める工場の再編については、「予定通りだ」と説明した。")
    assert quotes(text) == [("下期は回復する", "三田村浩"), ("予定通りだ", "三田村浩")]


def test_a_time_or_a_plan_after_the_clause_leaves_its_subject_the_speaker() -> None:
    visit = "北浜市の水野康夫市長が被災地を視察した際、「想像以上の被害だ」と述べた。"
    assert quotes(visit) == [("想像以上の被害だ", "水野康夫")]
    plan = "北条和也首相が来月訪米する考えを示し、「同盟の強化を確認したい」と述べた。"
    assert quotes(plan) == [("同盟の強化を確認したい", "北条和也")]


def test_a_sentence_naming_someone_in_a_relative_clause_carries_no_one() -> None:
    text = ("大和電機の山内修社長は会見した。交渉の焦点は、大和電機が開発した電池を北辰自動車が採用する時期だ。"
            "「量産で安くなった」と述べた。")
    assert quotes(text) == [("量産で安くなった", None)]


def test_the_clause_is_read_from_unidic_forms() -> None:
    text = "日銀が目標とする物価上昇率について"
    assert relative_subject(text, 3, len(text))
    said = "日銀が会見し、"
    assert not relative_subject(said, 3, len(said))
    assert relative_free("また、日銀が目標とする物価上昇率の実現に向けては、") == "また、日銀の目標とする物価上昇率の実現に向けて、"
    assert relative_free("社長が会見で、") == "社長が会見で、"


# 「…」とし、 / とすると、 / としたうえで

def test_words_said_in_a_clause_of_toshi_that_leads_on() -> None:
    text = "会見した田村直樹副会長（60）は「重く受け止めている」とし、野島健三元会長（72）は「意識を変えなければならない」と述べた。"
    assert quotes(text) == [("重く受け止めている", "田村直樹"), ("意識を変えなければならない", "野島健三")]
    one = "北条和也首相は「歳出の見直しを優先する」とし、「増税は最後の手段だ」と述べた。"
    assert quotes(one) == [("歳出の見直しを優先する", "北条和也"), ("増税は最後の手段だ", "北条和也")]


def test_words_said_before_tosuruto() -> None:
    text = "理事会では安田真一理事が「処分は妥当だ」とすると、他の理事からも異論は出なかった。"
    assert quotes(text) == [("処分は妥当だ", "安田真一")]


def test_a_thing_named_with_wo_before_toshi_is_no_quote() -> None:
    text = "北浜県は沿岸の3地区を「重点区域」とし、避難所を増やす。"
    assert quotes(text) == []


# A paragraph with no subject of its own

def test_a_paragraph_with_no_subject_goes_on_from_the_speaker_before() -> None:
    text = ("中央銀行の森岡宏総裁は会見で「海外経済の先行きは不透明だ」と述べました。\n\n"
            "また、日銀が目指す2%の物価目標の実現に向けては、「賃上げの広がりが鍵になる」と述べました。\n\n"
            "長期金利の上昇については「市場の動きを注視する」との認識を示しました。")
    assert quotes(text) == [("海外経済の先行きは不透明だ", "森岡宏"), ("賃上げの広がりが鍵になる", "森岡宏"),
                            ("市場の動きを注視する", "森岡宏")]


def test_a_question_put_about_a_clause_carries_the_speaker() -> None:
    text = ("佐伯直人首相は5日夜に記者会見した。解散について「考えていない」と述べた。"
            "与党内で早期解散を求める声が出ていることを記者団に問われると、「様々な意見がある」とした。")
    assert quotes(text) == [("考えていない", "佐伯直人"), ("様々な意見がある", "佐伯直人")]


def test_names_inside_the_words_said_before_do_not_stop_the_carry() -> None:
    text = ("中央銀行の森岡宏総裁は会見で「日銀が金利を急いで上げることはない」と述べました。\n\n"
            "また、為替の動きについては「注意深く見ていく」と述べました。")
    assert quotes(text) == [("日銀が金利を急いで上げることはない", "森岡宏"), ("注意深く見ていく", "森岡宏")]


def test_two_people_in_the_paragraph_before_give_no_one() -> None:
    text = ("大島隆之氏と久保田真紀氏は公開討論会で論戦を交わしました。\n\n"
            "人口減少対策については「移住の呼び込みに力を入れる」と述べました。")
    assert quotes(text) == [("移住の呼び込みに力を入れる", None)]


def test_words_answering_back_are_not_carried_to_the_one_they_answer() -> None:
    text = "北村一郎議員は会見で「予算の使い方に問題がある」と発言した。「事実に基づかない批判だ」と反論。"
    assert quotes(text) == [("予算の使い方に問題がある", "北村一郎"), ("事実に基づかない批判だ", None)]


# Broadcast captions and a sentence ending in a name

def test_a_caption_line_of_body_and_name_gives_the_words_under_it() -> None:
    text = ("民政党の野口誠代表は首相の責任をただしました。\n\n民政党 野口代表\n\n"
            "「説明はまったく足りていない」\n\n漁業者 浜田勝さん\n\n「燃料代ばかりかかる。この先が心配です」")
    assert quotes(text) == [("説明はまったく足りていない", "野口誠"), ("燃料代ばかりかかる。この先が心配です", "浜田勝")]


def test_a_caption_line_naming_no_one_gives_no_one() -> None:
    text = "大雪で列車の運休が相次ぎました。\n\n駅で足止めされた人\n\n「きょう中に帰れるかわからない。困っている」"
    assert quotes(text) == [("きょう中に帰れるかわからない。困っている", None)]


def test_a_sentence_ending_in_a_persons_name_gives_the_words_after_it() -> None:
    text = ("7回に先頭打者を歩かせ、監督から交代を告げられた、先発の石黒拓真投手。\n\n"
            "「先頭を歩かせたのが全てです」と話しました。")
    assert quotes(text) == [("先頭を歩かせたのが全てです", "石黒拓真")]


def test_a_sentence_ending_in_a_scene_or_in_two_people_gives_no_one() -> None:
    scene = "スタンドには、雨の中で応援を続けた保護者たちの姿。\n\n「最後まで諦めない姿に涙が出ました」と話していました。"
    assert quotes(scene) == [("最後まで諦めない姿に涙が出ました", None)]
    two = "決勝点を挙げたのは山田太郎選手と鈴木一郎選手。\n\n「みんなでつかんだ勝利です」と話しました。"
    assert quotes(two) == [("みんなでつかんだ勝利です", None)]


def test_a_body_read_inside_a_persons_title_is_no_second_subject() -> None:
    text = "共政党の谷村礼子参院議員は「国民への説明が足りない」と批判した。"
    assert quotes(text) == [("国民への説明が足りない", "谷村礼子")]


# Headlines

def test_a_headline_shortening_its_persons_words_in_the_body_is_theirs() -> None:
    body = "北条和也首相は19日、記者会見を開いた。北条首相は「強い口調で反論してしまった、その姿勢を深く反省しています」と述べた。"
    assert quotes_headed("北条首相が会見「強い口調で反論した姿勢、深く反省」", body) == [
        ("強い口調で反論した姿勢、深く反省", "北条和也"),
        ("強い口調で反論してしまった、その姿勢を深く反省しています", "北条和也")]


def test_a_headline_whose_words_the_body_does_not_hold_in_order_is_no_quote() -> None:
    body = "北条和也首相は19日、記者会見を開いた。北条首相は「強い口調で反論してしまった、その姿勢を深く反省しています」と述べた。"
    assert quotes_headed("北条首相が会見「深く反省、強い口調の姿勢」", body) == [
        ("強い口調で反論してしまった、その姿勢を深く反省しています", "北条和也")]


def test_a_topic_with_wa_stays_the_speaker_to_carry_whatever_its_clauses_name() -> None:
    text = ("村瀬康之財務大臣は閣議後の会見で、政府がまとめた経済対策について説明しました。\n\n"
            "政府がまとめた経済対策の規模が過去最大となったことについて問われ、「必要な施策を積み上げた」と述べました。")
    assert quotes(text) == [("必要な施策を積み上げた", "村瀬康之")]


def test_words_in_a_note_in_brackets_are_the_notes_subjects_not_the_sentences() -> None:
    text = ("北条和也首相は所信表明演説で賃上げに触れた。\n\n野党の枝野代表は、経団連が示している資料と食い違っていると"
            "指摘した（注：首相はテレビ番組で「7割以上の企業で賃上げが行われた」と発言）。")
    assert quotes(text) == [("7割以上の企業で賃上げが行われた", "北条和也")]
    unnamed = ("野党の枝野代表は、経団連が示している資料と食い違っていると"
               "指摘した（注：首相はテレビ番組で「7割以上の企業で賃上げが行われた」と発言）。")
    assert quotes(unnamed) == [("7割以上の企業で賃上げが行われた", "首相")]  # (the office, no one named holds it)


def test_words_answering_back_after_a_view_stated_are_not_carried_to_its_holder() -> None:
    text = "北村一郎議員は、予算の使い方に問題があるとの考えを示した。「事実に基づかない批判だ」と反論した。"
    assert quotes(text) == [("事実に基づかない批判だ", None)]
    asked = "北村一郎議員は記者団の質問を受けた。「事実に基づかない批判だ」と反論した。"
    assert quotes(asked) == [("事実に基づかない批判だ", "北村一郎")]


def test_two_countries_written_as_one_compound_are_no_one_speaker() -> None:
    text = ("両首脳は、会場で短く言葉を交わした。日米が関税をめぐって合意に至ったことを念頭に"
            "「双方の利益にかなう進展だ」と歓迎した。")
    assert quotes(text) == [("双方の利益にかなう進展だ", None)]
    assert quotes("ロシアは「協議を続ける用意がある」と表明した。") == [("協議を続ける用意がある", "ロシア")]
