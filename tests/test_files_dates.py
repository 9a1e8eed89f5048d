"""Files of one line or one paragraph, and dates in the common Japanese forms (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.news.cleaning import clean
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


def test_a_headline_line_still_titles_the_page():
    c = page("駅前の書店が閉店", "創業は昭和二十年で、三代にわたり営んできた。")
    assert c.title == "駅前の書店が閉店"
    assert c.blocks[0].kind == "heading" and c.blocks[0].level == 1
