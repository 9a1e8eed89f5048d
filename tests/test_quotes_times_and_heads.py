"""A time set as a sentence's topic (引退後は, 来季は, 高校の頃は) is no subject: the sentence tells the acts of the one spoken of
before, whose words follow; a headline's words glued to the one person it names (主演の水原蓮「…」) are theirs when the
body gives that person words that hold them in order, shortened; a foreign surname the actors left unmarked before a
title and the subject's particle (テラ外相は会談で「…」) names the speaker; the country after 駐日 (駐日ルミナ大使) is
no holder of the title after it; a headline's words of a topic and a noun a clause describes (「歌うことは生きること」)
read as said. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes, quotes_headed

_RACE = "陸上の日本選手権で、佐伯真央選手（24）が女子1万メートルを制した。「最後の1周は足が止まりかけた」と振り返った。\n\n"


def test_a_time_as_the_topic_carries_the_speaker_of_the_paragraph_before() -> None:
    alone = _RACE + "来季は海外のレースにも挑む。「世界の舞台で戦える選手になりたい」"
    assert quotes(alone)[-1] == ("世界の舞台で戦える選手になりたい", "佐伯真央")
    said = _RACE + "引退後は地元のクラブで子どもたちを教える。「走る楽しさを伝えたい」と笑顔を見せた。"
    assert quotes(said)[-1] == ("走る楽しさを伝えたい", "佐伯真央")
    life = _RACE + "高校の頃は補欠で、大会に出られなかった。「あの頃の悔しさが支えになった」と話した。"
    assert quotes(life)[-1] == ("あの頃の悔しさが支えになった", "佐伯真央")  # (a time of a life: 頃, 当時, 時代)


def test_a_time_as_the_topic_with_another_subject_carries_no_one() -> None:
    other = _RACE + "来季は監督が新しい練習を取り入れる。「世界の舞台で戦える選手になりたい」"
    assert quotes(other)[-1] == ("世界の舞台で戦える選手になりたい", None)


_PREMIERE = ("映画の完成披露試写会が開かれ、主演の水原蓮さん（30）が舞台あいさつをした。\n\n"
             "水原さんは「雪の中の撮影は大変だった。一生忘れられない冬になった」と振り返った。")


def test_headline_words_glued_to_the_name_are_that_persons_shortened() -> None:
    found = quotes_headed("映画が完成披露　主演の水原蓮「一生忘れない冬」", _PREMIERE)
    assert ("一生忘れない冬", "水原蓮") in found


def test_headline_words_the_body_does_not_hold_are_no_quote() -> None:
    found = quotes_headed("映画が完成披露　主演の水原蓮「二度と来ない冬」", _PREMIERE)
    assert [w for w, _ in found if w == "二度と来ない冬"] == []


def test_a_surname_cut_apart_before_a_title_and_the_subjects_particle() -> None:
    text = ("訪問中の山本和子外相は7日、ベルナ国の首都でユセフ・テラ外相と会談した。\n\n"
            "ベルナ国外務省によると、テラ外相は会談で「日本は大切な友人だ」と述べたという。")
    assert quotes(text) == [("日本は大切な友人だ", "テラ")]


def test_a_name_no_one_was_given_before_the_title_names_no_one() -> None:
    text = ("訪問中の山本和子外相は7日、ベルナ国の首都で会談した。\n\n"
            "ベルナ国外務省によると、テラ外相は会談で「日本は大切な友人だ」と述べたという。")
    assert quotes(text) == [("日本は大切な友人だ", None)]


def test_the_country_after_a_post_is_no_holder_of_the_ambassadors_title() -> None:
    text = ("駐日ルミナ大使のカルロス・メンデス氏が5日、本紙の取材に応じた。\n\n"
            "メンデス大使は「両国の交流をさらに広げたい」と語った。\n\n治安について問うと、大使は「首都は安全になった」と答えた。")
    assert quotes(text)[-1] == ("首都は安全になった", "メンデス")


def test_two_ambassadors_named_leave_a_bare_title_no_ones() -> None:
    text = ("駐日ルミナ大使のカルロス・メンデス氏と駐日ベルナ大使のホセ・サラス氏が5日、都内で会談した。\n\n"
            "治安について問うと、大使は「首都は安全になった」と答えた。")
    assert quotes(text) == [("首都は安全になった", None)]


_SINGER = "今年で引退する歌手の森川ゆりさん（62）が、本紙のインタビューに応じた。\n\n森川さんは「40年、歌に支えられてきた」と語った。"


def test_headline_words_of_a_topic_and_a_noun_a_clause_describes_are_the_named_persons() -> None:
    found = quotes_headed("「歌うことは生きること」　引退の森川ゆり、40年を語る", _SINGER)
    assert found[0] == ("歌うことは生きること", "森川ゆり")


def test_headline_words_without_a_topic_or_a_body_quoting_the_person_are_no_quote() -> None:
    assert quotes_headed("「明日へ向かう歌」　引退の森川ゆり、40年を語る", _SINGER) == [("40年、歌に支えられてきた", "森川ゆり")]
    assert quotes_headed("「歌うことは生きること」　引退の森川ゆり、40年を語る", _SINGER.split("\n\n")[0]) == []


_ENVOY = ("駐日ルミナ大使のカルロス・メンデス氏が5日、本紙の取材に応じた。\n\n"
          "メンデス大使は「両国の交流を5年で2倍にしたい」と語った。")


def test_a_headlines_ambassador_after_the_country_of_the_post_is_the_one_ambassador_named() -> None:
    found = quotes_headed("駐日ルミナ大使「交流を2倍に」　直行便の再開で", _ENVOY)
    assert found[0] == ("交流を2倍に", "メンデス")


def test_a_headlines_term_after_the_ambassador_is_no_quote() -> None:
    found = quotes_headed("駐日ルミナ大使「友好の架け橋」　直行便の再開で", _ENVOY)
    assert [w for w, _ in found] == ["両国の交流を5年で2倍にしたい"]
