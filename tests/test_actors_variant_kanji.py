"""Names printed with a variant kanji outside the common block (山﨑, 𠮷田): read as their common form, so that UniDic
knows the name and every recogniser holds it, while the offsets stay the page's; the index keeps the page's text, and
a search for what was typed finds it."""

from __future__ import annotations

from pathlib import Path

from tui.news.actors import default, find
from tui.news.library import Library


def spans(text: str) -> list[tuple[str, str]]:
    found, _ = find(text, default())
    return [(text[f.start:f.end], f.actor) for f in found]


def test_a_name_with_a_variant_kanji_is_one_person_at_the_pages_offsets() -> None:
    minister = "大﨑　徹外相は17日、来日した韓国の外相と東京で会談した。"
    assert ("大﨑　徹", "p:大崎徹") in spans(minister)
    assert not any(name == "徹" for name, _ in spans(minister))
    winner = "𠮷田正樹さん（45）が最優秀賞に選ばれた。"
    assert ("𠮷田正樹", "p:吉田正樹") in spans(winner)


def test_the_variant_and_the_common_form_are_one_actor_in_the_index(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("新人の山﨑が完封\n公開日:2025/06/02\n"
                    "プロ野球の新人、山﨑翔太投手（22）が1日の試合で完封勝利を挙げた。\n"
                    "山崎翔太投手は「捕手のおかげ」と話した。\n", encoding="utf-8")
    lib = Library(tmp_path / "index.db")
    try:
        assert lib.add([page]).added == 1
        row = lib.articles().all()[0]
        article = lib.article(row.id)
        named = {(article.passages[m.block].text[m.start:m.end], m.actor) for m in article.mentions}
        assert {("山﨑翔太", "p:山崎翔太"), ("山崎翔太", "p:山崎翔太")} <= named
        assert lib.search("山﨑翔太") and "山﨑" in lib.search("山﨑翔太")[0].snippet  # the page's text, as typed
    finally:
        lib.close()
