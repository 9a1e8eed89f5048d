"""Two people of one surname in one article, one of them found whole by one rule and the other under the surname
by another: the surname alone is the one named first, the person the article is about, not the kin named after
(坂上拓磨 … 坂上「…」 … 妻の坂上恵子さん). Pages of our own, through the real tokenizer, as `find` files them."""

from __future__ import annotations

import pytest

from tui.news import actors


def people(text: str) -> list[tuple[str, str]]:
    hits, _ = actors.find(text, actors.default())
    return [(text[f.start:f.end], f.actor) for f in hits if f.actor.startswith("p:")]


@pytest.mark.parametrize("surname, given, kin", [("坂上", "拓磨", "恵子"), ("村上", "拓磨", "由香")])
def test_a_surname_alone_is_the_full_name_written_first(surname: str, given: str, kin: str) -> None:
    text = (f"引退のアスル長崎・{surname}{given}「走り抜いた」\n\nサッカーJ1アスル長崎のFW{surname}{given}（36）が、引退を発表"
            f"した。\n\n―決めたのはいつか。\n{surname}「春ごろです」\n\n妻の{surname}{kin}さん（34）は「お疲れさま」と話した。")
    found = people(text)
    assert (surname, f"p:{surname}{given}") in found, found
    assert (f"{surname}{kin}", f"p:{surname}{kin}") in found, found
    assert (surname, f"p:{surname}{kin}") not in found, found


def test_the_kin_named_first_keeps_the_surname() -> None:
    text = ("坂上恵子さん（64）は、息子の帰りを待っていた。\n\n陸上の坂上拓磨選手（34）が帰郷した。\n\n"
            "坂上さんは「よく帰ってきた」と話した。")
    found = people(text)
    assert ("坂上", "p:坂上恵子") in found and ("坂上", "p:坂上拓磨") not in found, found
