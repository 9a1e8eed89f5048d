"""Two people of one family in one scene: a full name whose surname the article gave the other in full (寺内湊斗さんと
寺内心春さん, which UniDic reads as common words), a name UniDic cuts into a surname and a place (真栄 + 田結さん), a
turn of talk in one sentence (「…」と悟さんが言うと、晴美さんは「…」。), a former post between a name and its particle
(桐谷剛元常務は), a relayed account that names its speaker after a count of days (2日前、鶴来七海は「…」と話していた
という), a question from a reporter no one names, and a surname UniDic reads as a place (平戸駿介, then 潮見台・平戸「…」). Sentences of our own; each fails without its rule."""

from __future__ import annotations

from tests.test_quotes import quotes
from tui.news import actors


def _persons(text: str) -> list[str]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [text[f.start:f.end] for f in hits if (new.get(f.actor) or gaz.entries[f.actor]).kind == "person"]


def test_a_surname_given_in_full_again_before_a_given_name_and_an_honorific() -> None:
    text = "双子の寺内湊斗さんと寺内心春さん（ともに12）が卒業した。"
    assert _persons(text) == ["寺内湊斗", "寺内心春"]
    assert _persons("寺内湊斗さんは寺内家の長男だ。") == ["寺内湊斗", "寺内"]  # (a kin word after it: no given name)


def test_a_surname_and_two_kanji_read_as_a_place_before_an_honorific() -> None:
    assert _persons("データを解析した博士課程2年の真栄田結さんだ。") == ["真栄田結"]


def test_a_turn_of_talk_in_one_sentence_gives_each_their_words() -> None:
    text = ("門倉悟さん（44）と妻の門倉晴美さん（41）は車内で夜を明かした。"
            "「毛布があって助かった」と悟さんが言うと、晴美さんは「トイレがつらかった」。")
    assert quotes(text) == [("毛布があって助かった", "門倉悟"), ("トイレがつらかった", "門倉晴美")]


def test_a_former_post_between_the_name_and_its_particle() -> None:
    text = "報告書によると、桐谷剛元常務は委員会の聞き取りに「社長に迷惑をかけたくなかった」と答えたという。"
    assert quotes(text) == [("社長に迷惑をかけたくなかった", "桐谷剛")]


def test_a_relayed_account_names_its_speaker_after_a_count_of_days() -> None:
    text = "監督の篠宮昌平さんによると、レースの2日前、鶴来七海は「30キロまでは我慢だ」と話していたという。"
    assert quotes(text) == [("30キロまでは我慢だ", "鶴来七海")]


def test_a_question_from_a_reporter_no_one_names_is_no_ones() -> None:
    text = ("「新月の夜は潜らない」。そう話すのは、博士課程2年の真栄田結さんだ。\n\n"
            "会見では、記者から「人間の目ではどのくらいの明るさなのか」という質問も出た。")
    assert quotes(text) == [("新月の夜は潜らない", "真栄田結"), ("人間の目ではどのくらいの明るさなのか", None)]


def test_a_surname_read_as_a_place_before_a_given_name_and_alone_later() -> None:
    text = ("潮見台の先発平戸駿介は十回まで投げた。\n\n▽潮見台・浜崎監督「十回も任せると決めていた」\n\n"
            "▽潮見台・平戸「最後の1球は、外に外すつもりが甘く入った」")
    assert _persons(text) == ["平戸駿介", "浜崎", "平戸"]
    assert quotes(text)[-1] == ("最後の1球は、外に外すつもりが甘く入った", "平戸駿介")


def test_a_place_written_with_its_suffix_stays_a_place_beside_a_namesake() -> None:
    assert _persons("平戸市の平戸駿介さんは語った。平戸の港は古い。") == ["平戸駿介"]


def test_an_obituarys_person_with_a_kana_given_name_and_a_reading_says_the_words_recalled() -> None:
    text = ("絵本作家の霜月しずくさん死去\n\n絵本作家の霜月しずく（しもつき・しずく、本名・高梨静江＝たかなし・しずえ）さんが1日、"
            "亡くなった。88歳だった。喪主は長男の高梨航さん。\n\n航さんは「最後まで鉛筆を手放さなかった」と話した。\n\n"
            "2090年の本紙の取材には「一行も手を抜けない」と語っていた。")
    assert quotes(text)[-1] == ("一行も手を抜けない", "霜月しずく")
