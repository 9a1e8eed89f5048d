"""A full name UniDic reads as common words (a month and light, 如月 + ひかり), shown a name by its kanji standing
alone later as a speaker (如月は「…」), as news write a surname after the full name."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_full_name_of_common_words_whose_kanji_speak_later_is_a_person() -> None:
    singer = ("歌手の如月ひかりが24日、地元でライブを開いた。\n\n"
              "デビュー10周年の節目。ステージで如月は「この会館で初めてプロの歌を聴いた」と打ち明けた。")
    assert quotes(singer) == [("この会館で初めてプロの歌を聴いた", "如月ひかり")]
    player = ("女子シングルスで世界12位の錦野あかり（北浜食品）が初の4強入りを決めた。\n\n"
              "錦野は「下がらずに戦えた」と笑顔で話した。")
    assert quotes(player) == [("下がらずに戦えた", "錦野あかり")]


def test_common_words_before_hiragana_that_count_or_a_bodys_name_are_no_person() -> None:
    people = "市民ひとりひとりが考えた。\n\n市民は「不安が消えない」と話した。"
    assert quotes(people) == [("不安が消えない", None)]
    hall = "会場いっぱいに人が集まった。\n\n会場は「熱気がすごい」と話した。"
    assert quotes(hall) == [("熱気がすごい", None)]
    office = "熱中症の搬送が増えた。市消防局まとめ\n\n消防局は「夜も注意を」と呼びかけた。"
    assert ("夜も注意を", "消防局まとめ") not in quotes(office)
