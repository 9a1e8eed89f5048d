"""An article's lines as the recognisers share them: what is free, the words read once, and the checks
that let a recogniser pass a line by (a title after an actor found, a place's word inside one)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from tui.news import actors
from tui.news.actors.lines import lines
from tui.news.language import index_and_words


def units(texts: list[str]) -> tuple[str, list[tuple[int, str, list[str]]]]:
    """The texts joined as `recognise` reads them, with their word ids."""
    out, at = [], 0
    for text in texts:
        out.append((at, text, index_and_words(text)[1]))
        at += len(text) + 1
    return "\n".join(texts), out


@pytest.mark.parametrize("text, name", [
    ("会見で朴成勲韓国外相は協力を訴えた。", "朴成勲"),
    ("会見した林田正樹米国大使は語った。", "林田正樹"),
    ("陳志明台湾総統は演説した。", "陳志明"),
])
def test_a_name_before_a_country_found_and_a_title_is_read(text, name):
    # the character before the title is the country's, an actor found already: the name before it is free
    hits, _ = actors.find(text, actors.default())
    assert name in [text[f.start:f.end] for f in hits]


def test_a_place_word_is_open_only_where_no_actor_holds_its_start():
    flat, parts = units(["私は足立区と東京を訪れた。", "ここに地名はない。"])
    taken = bytearray(len(flat))
    first, second = lines(flat, parts, taken)
    assert first.open_word("pos2", "地名")  # read from the ids: no words made
    assert first._toks is None
    assert not second.open_word("pos2", "地名")
    for s, e in ((2, 4), (6, 8)):  # 足立, 東京 taken, as the gazetteer would
        taken[s:e] = b"\1" * (e - s)
    assert not first.open_word("pos2", "地名")
    first.toks  # the words made: the same answer from them
    assert not first.open_word("pos2", "地名")
    taken[2] = 0
    assert first.open_word("pos2", "地名")


def test_titles_after_an_actor_are_not_open():
    text = unicodedata.normalize("NFKC", "トランプ大統領と山田社長が会った。")
    flat, parts = units([text])
    taken = bytearray(len(flat))
    (line,) = lines(flat, parts, taken)
    assert line.open_titles() == [4, 10]
    taken[0:4] = b"\1" * 4  # トランプ, the gazetteer's
    assert line.open_titles() == [10]


def _opens_fast(rx: "re.Pattern[str]") -> bool:
    """Whether the regex engine can skip to where the pattern may start: it opens with literals, one class, or
    an alternation whose branches each open with a literal (or is anchored at the text's start)."""
    from re import _parser  # type: ignore[attr-defined]

    items = list(_parser.parse(rx.pattern, rx.flags))
    while items and str(items[0][0]) == "SUBPATTERN":
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    if str(op) in ("LITERAL", "IN", "AT"):
        return True
    if str(op) == "BRANCH":
        return all(branch and str(list(branch)[0][0]) == "LITERAL" for branch in av[1])
    return False


def test_every_line_sign_is_searched_for_at_its_first_characters(monkeypatch):
    # `signs` runs each recogniser's patterns over whole articles: a pattern the engine must try at every
    # character (one opening with a lookbehind, a repeat or a group of several branches) costs the import
    # the most of them all; a recogniser signs such a shape by its rare part (_COUNTED by の２人)
    from tui.news.actors import recognise as rec
    from tui.news.paths import seeds_dir

    seen: dict[str, re.Pattern[str]] = {}
    real = rec.signs

    def recording(flat, starts, *patterns):
        for rx in patterns:
            seen[rx.pattern] = rx
        return real(flat, starts, *patterns)

    monkeypatch.setattr(rec, "signs", recording)
    for path in sorted(seeds_dir().glob("*.txt")):
        actors.find_all(path.read_text(encoding="utf-8").split("\n"), actors.default())
    assert len(seen) > 60  # every recogniser's signs were read
    slow = [p[:60] for p, rx in seen.items() if not _opens_fast(rx)]
    # (the plays' sign opens with a lookahead of its first characters, which holds common kanji: measured no faster
    # signed otherwise)
    assert [p for p in slow if not p.startswith("(?=[適")] == []


def test_the_titles_and_the_day_words_are_searched_for_at_their_first_characters():
    # both are searched over every passage of every article (the titles by every recogniser's line, the day words
    # by the events' first test of a passage)
    from tui.news.actors.roles import TITLE_RE
    from tui.news.day_words import DAY_SIGN, DAY_WORDS

    assert _opens_fast(TITLE_RE) and _opens_fast(DAY_SIGN)
    for text in ("来週の金曜日に会う", "週明けにも発表する", "今週末に開く", "けさ見つかった", "大みそかの夜", "先々週木曜に"):
        m = DAY_WORDS.search(text)
        assert m is not None and DAY_SIGN.match(text, m.start()) is not None  # where the words match, the sign does
    assert [m.group() for m in TITLE_RE.finditer("立候補した加納候補は候補地を")] == ["候補"]
