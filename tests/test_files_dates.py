"""Files of one line or one paragraph, and dates in the common Japanese forms (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.news.cleaning import clean, parse_date
from tui.news.library import Library
from tui.news.models import Document

# One paragraph, as scraped articles often come: no headline line, no blank line.
PARAGRAPH = (
    "北陸の山あいにある小さな町で今年初めての雪下ろしが始まり、住民らは朝早くから屋根に上がって重い雪を"
    "スコップで少しずつ道路の脇へ下ろしていた。町によると、一晩で八十センチを超える雪が積もったのは五年ぶりだという。"
    "役場は高齢者の世帯を回って安否を確かめ、除雪の手伝いを申し出る若者のボランティアも集まり始めた。"
)
FIRST = PARAGRAPH[: PARAGRAPH.index("。")]


def page(*lines: str, title: str | None = None):
    return clean(Document(source="t", text="\n".join(lines), format="text", title=title))


# --- one line, one paragraph ------------------------------------------------------


def test_one_paragraph_file_imports_titled_by_its_first_sentence(tmp_path: Path):
    path = tmp_path / "yuki.txt"
    path.write_text(PARAGRAPH + "\n", encoding="utf-8")
    lib = Library(tmp_path / "index.db")
    try:
        report = lib.add([path])
        assert (report.added, report.skipped) == (1, [])
        art = lib.article(report.ids[0])
    finally:
        lib.close()
    assert art.title.endswith("…") and len(art.title) <= 60
    assert FIRST.startswith(art.title.removesuffix("…"))
    assert len(art.title) > 20  # cut at a phrase boundary near the limit, not at the first comma
    body = "".join(p.text for p in art.passages)
    assert body == PARAGRAPH  # no text is lost: the whole paragraph is the body


def test_one_short_line_imports_as_its_own_title_and_body():
    c = page("きょうは朝から晴れ、気温は二十度まで上がった。")
    assert c.title == "きょうは朝から晴れ、気温は二十度まで上がった"
    assert [(b.kind, b.text) for b in c.blocks] == [("paragraph", "きょうは朝から晴れ、気温は二十度まで上がった。")]


def test_a_short_first_sentence_is_the_title_whole():
    c = page("駅前の書店が閉店した。創業は昭和二十年で、三代にわたり営んできた。", "常連客が別れを惜しんだ。")
    assert c.title == "駅前の書店が閉店した"
    assert [b.kind for b in c.blocks] == ["paragraph", "paragraph"]


def test_a_full_stop_inside_a_quote_does_not_end_the_first_sentence():
    c = page("「値上げはやむを得ない。」と社長は述べ、春から運賃を改めると明らかにした。利用者からは戸惑いの声が出た。")
    assert c.title == "「値上げはやむを得ない。」と社長は述べ、春から運賃を改めると明らかにした"


def test_a_headline_line_still_titles_the_page():
    c = page("駅前の書店が閉店", "創業は昭和二十年で、三代にわたり営んできた。")
    assert c.title == "駅前の書店が閉店"
    assert c.blocks[0].kind == "heading" and c.blocks[0].level == 1


# --- dates ------------------------------------------------------------------------

BODY = "県は新しい防災計画をまとめ、来月から住民への説明会を開くと発表した。"
LATER = "計画は2024年11月3日に県議会へ示された案をもとにしている。"


@pytest.mark.parametrize("line,expected", [
    ("2025年3月12日 10:15 公開", "2025-03-12"),
    ("2025/03/12", "2025-03-12"),
    ("2025.03.14", "2025-03-14"),
    ("2025-03-12T10:15+09:00", "2025-03-12"),
    ("令和7年3月12日", "2025-03-12"),
    ("令和元年5月1日", "2019-05-01"),
    ("公開日：２０２５年３月１２日（水）１０時１５分", "2025-03-12"),
    ("2025/3/12 15:30 更新", "2025-03-12"),
])
def test_a_dateline_near_the_top_dates_the_page(line, expected):
    c = page("県が防災計画を発表", line, BODY)
    assert c.published == expected
    assert [(r.rule, r.text) for r in c.removed] == [("dateline", line)]  # a pure dateline goes, noted
    assert [b.text for b in c.blocks] == ["県が防災計画を発表", BODY]


def test_a_month_and_day_take_the_year_from_another_date_on_the_page():
    c = page("県が防災計画を発表", "3月12日(水)", BODY, LATER)
    assert c.published == "2024-03-12"
    assert [r.text for r in c.removed if r.rule == "dateline"] == ["3月12日(水)"]


def test_a_month_and_day_without_a_year_anywhere_is_no_date():
    c = page("県が防災計画を発表", "3月12日(水)", BODY)
    assert c.published is None
    assert "3月12日(水)" in [b.text for b in c.blocks]  # no date, so the line stays


def test_the_first_dateline_near_the_top_wins_and_a_date_in_a_sentence_is_none():
    c = page("県が防災計画を発表", "2025年3月12日、県は防災計画を公表した。", "令和7年3月14日 更新", BODY, "2025/04/01")
    assert c.published == "2025-03-14"
    assert c.blocks[1].text == "2025年3月12日、県は防災計画を公表した。"  # a sentence is never removed


def test_a_dateline_far_below_the_top_does_not_date_the_page():
    c = page("県が防災計画を発表", *[BODY] * 3, *[f"第{n}項の説明である。" for n in range(1, 8)], "2025/03/12")
    assert c.published is None
    assert c.blocks[-1].text == "2025/03/12"  # and it stays where it is


def test_a_dateline_with_more_than_the_date_dates_the_page_and_stays():
    c = page("県が防災計画を発表", "2025年3月12日 10:15 政治部", BODY)
    assert c.published == "2025-03-12"
    assert c.removed == () and c.blocks[1].text == "2025年3月12日 10:15 政治部"


@pytest.mark.parametrize("text,year,expected", [
    ("令和7年3月12日", None, "2025-03-12"), ("平成31年4月30日", None, "2019-04-30"),
    ("2025-03-12T10:15+09:00", None, "2025-03-12"), ("3月12日(水)", None, None), ("3月12日(水)", 2023, "2023-03-12"),
    ("会合は3月2日、2025年3月12日に続く", None, "2025-03-12"),
])
def test_parse_date_forms(text, year, expected):
    assert parse_date(text, year) == expected
