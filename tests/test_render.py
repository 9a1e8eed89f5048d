"""Tables in the body: column widths shared out fairly, cells broken by the Japanese typesetter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.style import Style

from tui.news.models import Article, Passage
from tui.news.typeset import wrap
from tui.render.body import column_widths, lay_out

LONG = "ロシアとウクライナは、米国の仲介で三十日間の停戦に合意した。ただし、東部では戦闘が続いている。"
SHORT = "欧州の部隊派遣は、ロシアが受け入れないと表明した。"


def table_lines(text: str, width: int) -> list[str]:
    article = Article("x", "t", None, "/tmp/a.txt", None, (Passage("t", "table", text, 0),), (), ())
    lines, _ = lay_out(article, width, Console(width=200), lambda name: Style())
    return [line.text.plain for line in lines]


@pytest.mark.parametrize("width", [24, 30, 40, 57, 80, 120])
def test_table_cells_are_broken_where_the_typesetter_breaks_them(width: int) -> None:
    text = f"k | 内容 | n\nA | {LONG} | x\nB | {SHORT} | y"
    lines = table_lines(text, width)
    assert all(cell_len(line) <= width for line in lines), lines
    # Column 1 and 3 are one cell wide, so column 2 gets the rest of the room: 3 columns cost
    # 8 cells of grid (an edge each side, a rule and two spaces between columns).
    room = width - 8 - 1 - 1
    rows: dict[str, list[str]] = {"A": [], "B": []}
    row = None
    for line in lines[2:]:  # after the header and its rule
        body = line.strip()
        if body[:1] in rows and (len(body) == 1 or body[1] == " "):
            row, body = body[0], body[1:].strip()
        if body[-1:] in ("x", "y") and body[-2:-1] in (" ", ""):
            body = body[:-1].strip()
        assert row is not None
        rows[row].append(body)
    assert rows["A"] == wrap(LONG, room)
    assert rows["B"] == wrap(SHORT, room)
    if room < cell_len(LONG):
        assert len(rows["A"]) > 1
    for fragment in rows["A"] + rows["B"]:
        assert not fragment.startswith(tuple("、。」）")), fragment


def test_a_table_that_fits_is_drawn_at_its_natural_widths() -> None:
    lines = table_lines("国 | 首都\n日本 | 東京\n米国 | ワシントン", 80)
    assert lines[0].rstrip() == " 国     首都"
    assert lines[2].rstrip() == " 日本   東京"
    assert lines[3].rstrip() == " 米国   ワシントン"


def test_ragged_rows_get_empty_cells() -> None:
    lines = table_lines("a | b | c\n1\n2 | 3", 40)
    assert [line.split() for line in lines[2:]] == [["1"], ["2", "3"]]


@given(st.lists(st.integers(0, 200), min_size=1, max_size=8), st.integers(0, 300))
def test_column_widths_are_fair_shares(natural: list[int], room: int) -> None:
    widths = column_widths(natural, room)
    wants = [max(n, 1) for n in natural]
    assert len(widths) == len(natural)
    if sum(wants) <= room:
        assert widths == wants
        return
    assert all(w <= n or w == 2 for w, n in zip(widths, wants))
    assert all(w >= min(2, n) for w, n in zip(widths, wants))
    if room >= 2 * len(natural):
        assert sum(widths) == room  # all the room is used when something had to give
    # Max-min fair: a column cut short is at least as wide as any other, less one cell.
    for w, n in zip(widths, wants):
        if w < n:
            assert all(w >= other - 1 for other in widths)
