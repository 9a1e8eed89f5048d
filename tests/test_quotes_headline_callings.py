"""A headline that names the speaker by a calling or a minister's office alone (農家「…」, 財務相「…」): the words are
those of the one person the article names with that calling before the name or with that office after it, when the
body quotes that person; a calling no one named in the body gives no one. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes_headed

_FARM = ("肥料や燃料の値上がりが続いている。\n\n"
         "米を作る農家の山口正一さん（64）は「肥料代が重くて、手元にはあまり残らない」と話した。")


def test_a_calling_in_the_headline_is_the_one_person_named_with_it() -> None:
    assert quotes_headed("米価の高止まり続く 農家「肥料代が重い」", _FARM)[0] == ("肥料代が重い", "山口正一")


def test_a_calling_on_a_caption_line_above_the_words_is_read_too() -> None:
    text = "肥料や燃料の値上がりが続いている。\n\nコメ農家 山口正一さん（64）\n\n「肥料代が重くて、手元にはあまり残らない」"
    assert quotes_headed("米価の高止まり続く 農家「肥料代が重い」", text)[0] == ("肥料代が重い", "山口正一")


def test_a_calling_no_one_is_named_with_gives_the_words_no_one() -> None:
    text = "肥料や燃料の値上がりが続いている。\n\n近くに住む男性は「肥料代が重くて、手元にはあまり残らない」と話した。"
    found = quotes_headed("米価の高止まり続く 住民「肥料代が重い」", text)
    assert all(speaker is None for words, speaker in found if words == "肥料代が重い")


def test_a_ministers_office_in_the_headline_is_the_minister_named_in_full() -> None:
    text = ("村瀬康之財務大臣は26日の会見で、経済対策について説明しました。\n\n"
            "財源については「税収の上振れ分などで確保できる」との考えを示しました。")
    assert quotes_headed("経済対策 財務相「財源は確保できる」", text)[0] == ("財源は確保できる", "村瀬康之")


def test_another_ministers_office_gives_the_words_no_one() -> None:
    text = ("村瀬康之財務大臣は26日の会見で、経済対策について説明しました。\n\n"
            "財源については「税収の上振れ分などで確保できる」との考えを示しました。")
    found = quotes_headed("経済対策 外相「財源は確保できる」", text)
    assert ("財源は確保できる", "村瀬康之") not in found


def test_a_place_in_the_headline_is_no_calling() -> None:
    text = ("北浜市の水野恭子市長は26日の会見で、ごみ袋の値上げについて説明した。\n\n"
            "水野市長は「市民の負担をこれ以上増やせないので値上げは撤回する」と述べた。")
    found = quotes_headed("ごみ袋 北浜市「値上げ撤回」", text)
    assert ("値上げ撤回", "水野恭子") not in found


def test_a_calling_with_a_second_description_before_the_name() -> None:
    text = ("浜松市の市道で10日、下校中の男児（8）が車にはねられ死亡した。\n\n"
            "男児の父親で会社員の岡田健司さん（39）は12日、取材に応じ、「犯人は今すぐ名乗り出てほしい」と声を詰まらせた。")
    found = quotes_headed("ひき逃げで男児死亡　父親「犯人は名乗り出て」　浜松", text)
    assert ("犯人は名乗り出て", "岡田健司") in found
