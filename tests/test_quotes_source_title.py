"""A source that relays words (国営通信によると、) and then a bare title as the sentence's subject (大統領は「…」): the
source says where the words come from, the title says who spoke them, the one person the article names with it; also
with the words' time between (被告は閉廷後、「…」) and a named person as the source (…弁護士によると、被告は…).
Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes

_LEAD = "エルダ共和国のマルコフ大統領は3日、演説で「対話の扉は閉ざしていない」と語った。\n\n"


def test_a_bare_title_after_a_relaying_source_is_its_holder() -> None:
    found = quotes(_LEAD + "国営通信によると、大統領は「隣国との協議にはいつでも応じる」とも述べた。")
    assert ("隣国との協議にはいつでも応じる", "マルコフ") in found


def test_a_relaying_source_alone_gives_no_one() -> None:
    found = quotes(_LEAD + "国営通信によると、「隣国との協議にはいつでも応じる」との声が出ている。")
    assert ("隣国との協議にはいつでも応じる", "マルコフ") not in found


def test_a_title_no_one_in_the_article_holds_gives_no_one() -> None:
    found = quotes(_LEAD + "国営通信によると、首相は「隣国との協議にはいつでも応じる」と述べた。")
    assert ("隣国との協議にはいつでも応じる", "マルコフ") not in found


def test_a_bare_title_a_named_source_tells_of_with_the_words_time_between() -> None:
    text = ("判決\n\n横領罪に問われた元会計係の湊川恵介被告（52）に、地裁は懲役3年の判決を言い渡した。\n\n"
            "主任弁護人の真柴玲子弁護士によると、被告は閉廷後、「控訴はしない」と話しているという。")
    assert quotes(text) == [("控訴はしない", "湊川恵介")]
    # (the source itself speaking is still the source)
    text = text.replace("被告は閉廷後、「控訴はしない」と話しているという。", "真柴弁護士は「控訴はしない」と述べた。")
    assert quotes(text) == [("控訴はしない", "真柴玲子")]
