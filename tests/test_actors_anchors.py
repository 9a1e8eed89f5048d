"""The literal words a pattern cannot match without (`actors.anchors`): the words of each branch, and the test of a
text that says no only where the pattern finds nothing, checked against the pattern itself on every line of the
shipped samples and the development sets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.news.actors import game_players
from tui.news.actors.anchors import anchors, may_match

ROOT = Path(__file__).parent.parent


def test_a_branch_gives_its_longest_run_of_parts_next_to_each_other():
    assert anchors(r"[0-9]+ラン") == tuple(sorted(f"{d}ラン" for d in "0123456789"))  # not ラン, which トランプ holds
    assert set(anchors(r"(?:日本|世界)新|本塁打を放")) == {"日本新", "世界新", "本塁打を放"}
    assert anchors(r"(?:サヨナラ|ソロ)?本塁打") == ("本塁打",)  # an optional group stands for nothing
    assert anchors(r"適時(?:[二三]塁)?打") == ("適時",)


def test_a_branch_with_no_literal_part_leaves_every_text_to_the_pattern():
    assert anchors(r"[\u4e00-\u9fff]{2}\d|本塁打") is None
    assert anchors(r"[\u4e00-\u9fff]{2}が") == ("が",)  # (a literal after a class is one)
    assert may_match(re.compile(r"[\u4e00-\u9fff]{2}\d"))("ここにはない")
    assert may_match(re.compile("abc", re.IGNORECASE))("ABC")  # (case folded: no anchors)


def test_a_text_without_the_anchors_is_one_the_pattern_cannot_match():
    act = may_match(game_players._ACT)
    assert not act("首相は記者団に対し、交渉の続きを説明した。")
    assert act("宇和島のサヨナラ打で勝った。") and game_players._ACT.search("宇和島のサヨナラ打で勝った。")


@pytest.mark.parametrize("pattern", [game_players._ACT, game_players._GAME, game_players._SUBJECT, game_players._LIST])
def test_the_test_never_says_no_where_the_pattern_matches(pattern):
    test = may_match(pattern)
    lines = [line for folder in ("seeds", "tests/data") for path in sorted((ROOT / folder).rglob("*.txt"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    assert len(lines) > 5000
    found = [line for line in lines if pattern.search(line)]
    assert found  # (the pattern matches some lines: the check below can fail)
    assert all(test(line) for line in found)
