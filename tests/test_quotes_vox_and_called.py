"""Passers-by described in brackets after their words (「…」（横浜市の会社員、今井美穂さん、26）, 「…」（4年、宮坂陽菜さん）との声),
an answer to a question that calls its person by name (――須藤主将、…？), a subject carried from 同監督 in the sentence
before, and a telling that names whom the words are about (X は、Y をそう評する). Sentences of our own; each fails
without its change (`vox.described_in_brackets`, `forms._PUPIL_BRACKET`, `interviews.addressed`,
`previous.previous_one`'s 同… read through `same_one`, `told._spoken_of` and 評する among the verbs of saying)."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_passer_by_described_in_brackets_with_an_age_after_a_comma() -> None:
    text = ("花火大会の会場には家族連れが詰めかけた。\n\n"
            "「子どもと来られてよかった」（堺市の会社員、北村沙也加さん、34）、"
            "「来年も必ず来る」（大阪市の大学生、岡部拓海さん、20）。")
    assert quotes(text) == [("子どもと来られてよかった", "北村沙也加"), ("来年も必ず来る", "岡部拓海")]


def test_a_pupils_year_before_the_name_in_brackets() -> None:
    text = ("作家の森山陽子さんが母校を訪れた。\n\n"
            "児童からは「私も物語を書いてみたい」（5年、石原芽衣さん）との声が聞かれた。")
    assert ("私も物語を書いてみたい", "石原芽衣") in quotes(text)


def test_a_description_with_no_name_in_brackets_names_no_one() -> None:
    text = "会場の作家の森山陽子さんが手を振った。\n\n「最高の気分」（横浜市、会社員）と話す人もいた。"
    assert ("最高の気分", "森山陽子") not in quotes(text)


def test_two_people_in_the_brackets_name_no_one_speaker() -> None:
    text = "「また来たい」（東京都の会社員、山田太郎さんと妻の花子さん）"
    assert ("また来たい", "山田太郎") not in quotes("夏祭りに人が集まった。\n\n" + text)


def test_an_answer_is_the_one_its_question_calls_by_name() -> None:
    text = ("センバツ1回戦で北嶺が逆転勝ちした。試合後、主将の須藤蒼と北嶺の大森哲也監督が取材に応じた。\n\n"
            "――須藤主将、九回の打席は？\n\n「前の打者がつないでくれると信じていた」\n\n"
            "――大森監督、初勝利です。\n\n「選手たちが積み上げてきたものが出た」")
    assert quotes(text) == [("前の打者がつないでくれると信じていた", "須藤蒼"),
                            ("選手たちが積み上げてきたものが出た", "大森哲也")]


def test_a_subject_carried_through_same_title_in_the_sentence_before() -> None:
    text = ("レッドイーグルスの大河原学監督は「よく投げた」と語った。\n\n"
            "スノーホークスの片桐誠司監督は「力の差だ」と完敗を認めた。同監督は今季限りで退任する。"
            "試合後、ベンチ裏に選手を集め、「胸を張って帰ろう」と声をかけたという。")
    assert ("胸を張って帰ろう", "片桐誠司") in quotes(text)


def test_the_one_a_telling_is_about_does_not_hide_who_tells() -> None:
    text = ("酒蔵の杜氏を、前任の大倉源三さん（75）から朝霧千夏さん（29）が継いだ。\n\n"
            "「筋がいい。舌が確かだ」。大倉さんは、千夏さんをそう評する。")
    assert ("筋がいい。舌が確かだ", "大倉源三") in quotes(text)


def test_words_told_to_someone_in_the_passive_stay_unnamed() -> None:
    text = ("酒蔵の杜氏を朝霧千夏さん（29）が継いだ。前任は大倉源三さん（75）だ。\n\n"
            "「まだまだだ」。千夏さんは大倉さんにそう言われた。")
    assert ("まだまだだ", "朝霧千夏") not in quotes(text)
