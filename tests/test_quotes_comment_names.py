"""Lines of comments on sports pages: a player's position in capitals between the club and the name
(【北浜・MF杉田翔太】), and a ring name of two characters opening the paragraph right before the words
(朝嵐「…」), which the actors may leave unmarked there. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes

_MATCH = "サッカーの1部リーグは最終節を迎え、北浜FCは西港と2－2で引き分けた。\n\n"
_SAID = "「最後に追いつけたのは全員の力。来季は優勝を狙う」"


def test_a_position_before_the_name_on_a_comment_line() -> None:
    assert quotes(_MATCH + "【北浜・MF杉田翔太】\n\n" + _SAID) == [(_SAID[1:-1], "杉田翔太")]


def test_a_position_alone_on_the_line_names_no_one() -> None:
    assert quotes(_MATCH + "【北浜・MF】\n\n" + _SAID) == [(_SAID[1:-1], None)]


_BASHO = "大相撲秋場所は千秋楽を迎え、関脇の{0}が13勝2敗で初優勝した。\n\n"
_WORDS = "「信じられない。師匠に早く報告したい」"


def test_a_ring_name_opening_the_paragraph_right_before_the_words() -> None:
    for name in ("朝嵐", "若風"):
        assert quotes(_BASHO.format(name) + name + _WORDS) == [(_WORDS[1:-1], name)]


def test_a_ring_name_of_two_characters_inside_the_paragraph_is_not_read_there() -> None:
    assert quotes(_BASHO.format("朝嵐") + "場所後の朝嵐" + _WORDS) == []
