"""An obituary's words of the dead, 生前、「…」と語っていた: the one person whose death the article reports."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_words_said_in_life_are_the_one_dead_persons_across_sentences_about_their_work() -> None:
    composer = ("作曲家の篠田礼一（しのだ・れいいち）さんが2日、肺炎のため死去した。87歳だった。\n\n"
                "1960年代から童謡を書き、作品は教科書にも載った。生前、「口ずさめない歌は、歌ではない」と語っていた。")
    assert quotes(composer) == [("口ずさめない歌は、歌ではない", "篠田礼一")]
    topic = ("童話作家の森川ゆき子さんが27日、老衰のため亡くなった。93歳だった。\n\n"
             "作品は40か国以上で翻訳された。生前は「子どもは何でも分かっている」と話していた。")
    assert quotes(topic) == [("子どもは何でも分かっている", "森川ゆき子")]


def test_words_said_in_life_with_no_death_reported_or_two_are_no_ones() -> None:
    alive = "作曲家の篠田礼一さんが2日、新作を発表した。\n\n作品は教科書にも載った。生前、「歌は短く」と語っていた。"
    assert quotes(alive) == [("歌は短く", None)]
    two = ("作曲家の篠田礼一さんが2日、死去した。作詞家の森川ゆき子さんも先月亡くなった。\n\n"
           "二人の歌は教科書にも載った。生前、「歌は短く」と語っていた。")
    assert quotes(two) == [("歌は短く", None)]


def test_a_mourner_is_not_the_dead() -> None:
    mourner = ("作詞家の森川ゆき子さんは2日、先月死去した作曲家をしのんだ。\n\n"
               "二人の歌は教科書にも載った。生前、「歌は短く」と語っていた。")
    assert quotes(mourner) == [("歌は短く", None)]
