"""Two quotes of one sentence joined by a verb of saying in its continuative form share the subject: words given no
one before words given a speaker are that speaker's (「…」と話し、「…」と動機を供述している); not words said to the
subject (「…」と問われ、), nor past another subject between. A question put in reported words (考えがないかと問われ)
has no subject of the answer in it. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes, quotes_headed

_LEAD = ("北浜市で男性が刺された事件で、警察は近くに住む無職、村井大介容疑者（45）を殺人未遂の疑いで逮捕しました。\n\n"
         "しかし、捜査関係者によりますと、その後、関与を認める供述を始めたということです。\n\n")


def test_words_before_a_suspects_words_in_one_sentence_are_his() -> None:
    text = _LEAD + "また、男性について、「前から顔は知っていた」と話し、「金を貸せと言われた」と動機を供述しているということです。"
    assert quotes(text)[-2:] == [("前から顔は知っていた", "村井大介"), ("金を貸せと言われた", "村井大介")]


def test_words_after_which_the_subject_was_asked_stay_no_ones() -> None:
    text = _LEAD + "また、「男性を知っていたか」と問われ、「金を貸せと言われた」と動機を供述しているということです。"
    assert quotes(text)[-2] == ("男性を知っていたか", None)


def test_another_subject_between_keeps_the_first_words_no_ones() -> None:
    text = ("北浜町の三浦由紀子町長は5日、新しい庁舎の計画を発表した。\n\n"
            "会場では「費用が高すぎる」との声が上がり、町長は「丁寧に説明したい」と述べた。")
    assert quotes(text)[-2:] == [("費用が高すぎる", None), ("丁寧に説明したい", "三浦由紀子")]


def test_words_before_said_on_top_are_the_speakers() -> None:
    text = (_LEAD + "村井容疑者は「金が欲しかった」と容疑を認めているということです。\n\n"
            "さらに「刺すつもりはなかった」としたうえで、「男性に謝りたい」と供述しているということです。")
    assert quotes(text)[-2:] == [("刺すつもりはなかった", "村井大介"), ("男性に謝りたい", "村井大介")]


_PRESS = "北浜県の大川千秋知事は定例会見で、前日の発言について「県の考えを述べたものだ」と説明した。"


def test_a_question_put_in_reported_words_is_no_subject_of_the_answer() -> None:
    text = _PRESS + "発言を撤回する考えがないかと問われ「ありません」と答えた。"
    assert quotes(text)[-1] == ("ありません", "大川千秋")


def test_a_subject_before_the_question_still_speaks() -> None:
    text = _PRESS + "\n\n北野聡議員は、知事に撤回する考えがないかと問われ「ありません」と答えた。"
    assert quotes(text)[-1] == ("ありません", "北野聡")


_TRIAL = "北浜市の交差点で歩行者をはねたとして、会社員の谷本航被告（38）の控訴審判決が開かれた。\n\n"


def test_words_after_a_concessive_ga_go_on_with_the_topics_speaker() -> None:
    text = _TRIAL + "一審で被告は「すべて私の責任だ」と述べていたが、控訴審では「信号は青だった」と繰り返した。"
    assert quotes(text)[-2:] == [("すべて私の責任だ", "谷本航"), ("信号は青だった", "谷本航")]


def test_words_said_to_or_of_the_topic_after_a_concessive_ga_stay_no_ones() -> None:
    for tail in ("「言い逃れだ」と批判された。", "「言い逃れだ」という声が上がった。"):
        text = _TRIAL + "谷本被告は「信号は青だった」と話したが、" + tail
        assert quotes(text)[-2:] == [("信号は青だった", "谷本航"), ("言い逃れだ", None)], tail


def test_another_subject_after_a_concessive_ga_speaks_for_itself() -> None:
    text = _TRIAL + "谷本被告は「信号は青だった」と話したが、検察側は「証拠と矛盾する」と反論した。"
    assert quotes(text)[-2:] == [("信号は青だった", "谷本航"), ("証拠と矛盾する", "検察側")]


def test_a_bare_title_telling_the_words_before_is_its_one_holder() -> None:
    text = ("北浜県の大川千秋知事は5日、被災地を視察した。\n\n"
            "「復旧を急ぎたい。住民の声を聞き続ける」。視察後、知事は記者団にこう語った。")
    assert quotes(text)[-1] == ("復旧を急ぎたい。住民の声を聞き続ける", "大川千秋")


def test_a_person_after_to_and_their_standing_speaks() -> None:
    text = "北浜線は代行バスが走る。\n\n「バスは雪の日に遅れる」と、高校2年の竹内葵さん（17）は振り返る。"
    assert quotes(text)[-1] == ("バスは雪の日に遅れる", "竹内葵")


_OBITUARY = ("画家の村雨しずえさん死去、88歳\n\n風景画で知られた画家の村雨しずえさんが3日、肺炎のため死去した。88歳だった。\n\n"
             "瀬戸内の海を描き続けた。")


def test_an_obituarys_words_recalled_with_no_subject_are_the_departeds() -> None:
    text = _OBITUARY + "代表作の連作は美術館に収められた。生前、本紙の取材に「海は毎日違う顔を見せる」と語っていた。"
    assert quotes_headed(*text.split("\n\n", 1))[-1] == ("海は毎日違う顔を見せる", "村雨しずえ")


def test_words_with_another_subject_are_not_the_departeds() -> None:
    text = _OBITUARY + "長女の真紀さんは「最後まで筆を握っていた」と話していた。"
    assert quotes_headed(*text.split("\n\n", 1))[-1] == ("最後まで筆を握っていた", "真紀")


def test_an_obituarys_words_told_by_a_source_or_a_childs_word_are_the_departeds() -> None:
    text = _OBITUARY + ("代表作の連作は美術館に収められた。\n\n長女の真紀さんによると、病室で「もう一枚描きたい」と話していたという。"
                        "母は最後の日も「窓の外の海を見せて」と話していた。")
    assert quotes_headed(*text.split("\n\n", 1))[-2:] == [("もう一枚描きたい", "村雨しずえ"), ("窓の外の海を見せて", "村雨しずえ")]


def test_a_broadcasts_sori_daijin_is_the_prime_minister_not_a_minister() -> None:
    text = ("高見沢総理大臣は4日、年頭の記者会見を開きました。\n\n総理大臣は「補正予算の早期執行に取り組む」と強調しました。")
    assert quotes(text)[-1] == ("補正予算の早期執行に取り組む", "高見沢")


def test_words_before_a_long_description_and_the_subject_who_says_them() -> None:
    text = "「玄関を開けたら、もう膝まで水が来ていた」と、自宅が床上まで浸水した会社員の間宮雄一さん（45）は話す。"
    assert quotes(text) == [("玄関を開けたら、もう膝まで水が来ていた", "間宮雄一")]
    text = "「ここで働けたことが誇りです」と、勤続38年で婦人服売り場を担当する佐久間典子さん（59）は話す。"
    assert quotes(text) == [("ここで働けたことが誇りです", "佐久間典子")]
    text = "「夜中に何度も吐いていた」と、小学2年の長女が症状を訴えた会社員、有馬亜希子さん（41）は話す。"
    assert quotes(text) == [("夜中に何度も吐いていた", "有馬亜希子")]
    # a place or time in で between the subject and the verb
    text = "「刑は軽すぎる。控訴してほしい」と、亡くなった漁師の浜中勇さん（当時61）の妻、浜中清美さん（58）は閉廷後の会見で話した。"
    assert quotes(text) == [("刑は軽すぎる。控訴してほしい", "浜中清美")]


def test_the_one_a_description_acts_on_is_not_the_speaker() -> None:
    text = "「よく頑張った」と、山田太郎さんの肩をたたいた佐藤花子さんは振り返った。"
    assert quotes(text) == [("よく頑張った", "佐藤花子")]


def test_words_before_a_description_naming_a_place_and_the_subject_of_a_short_predicate() -> None:
    text = "「乗り換えなしで行けるのがうれしい」と、搭乗口へ向かう阿南市の大谷光子さん（64）は声を弾ませた。"
    assert quotes(text) == [("乗り換えなしで行けるのがうれしい", "大谷光子")]
    said_to = "「頑張れ」と、山田太郎さんに言われた佐藤花子さんは驚いた。"  # (a person named first in the description)
    assert quotes(said_to)[0][1] != "佐藤花子"
