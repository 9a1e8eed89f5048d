"""An organisation's short name in brackets after its full name: the full name is that body and the short name alone
later is filed under it; a term or an event introduced so is none. Sentences of our own; each fails without
`actors.abbreviations`."""

from __future__ import annotations

from tui.news import actors


def _orgs(texts: list[str]) -> list[list[tuple[str, str]]]:
    gaz = actors.default()
    found, new = actors.find_all(texts, gaz)
    return [[(text[s:e], (new.get(a) or gaz.entries[a]).name) for a, s, e in passage
             if (new.get(a) or gaz.entries[a]).kind == "organization"] for text, passage in zip(texts, found)]


def test_the_short_name_alone_later_is_the_full_names_body() -> None:
    got = _orgs(["米投資ファンドのノースゲート・パートナーズ（ＮＧＰ）は、増配を求める株主提案を出した。",
                 "ＮＧＰは総会後、声明を出した。"])
    assert ("ノースゲート・パートナーズ", "ノースゲート・パートナーズ") in got[0]
    assert got[1] == [("ＮＧＰ", "ノースゲート・パートナーズ")]


def test_a_term_or_an_event_with_a_short_name_is_no_body() -> None:
    got = _orgs(["政府は国内総生産（ＧＤＰ）の見通しを示した。", "第３０回締約国会議（ＣＯＰ３０）が開幕した。"])
    assert not any(name in ("国内総生産", "回締約国会議", "締約国会議") for passage in got for _, name in passage)
