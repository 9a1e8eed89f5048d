"""Site templates: lines that recur in three or more articles of one site, feed or folder are removed as
`site-template (N articles)`, learnt in the index as articles arrive; real index, real importer."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from tui.__main__ import main
from tui.news.cleaning.templates import line_text, site_key
from tui.news.library import Library
from tui.news.models import Document
from tui.news.rebuild import rebuild

DATA = Path(__file__).parent / "data"

# The site's own chrome, in forms the named rules and the classifier leave on one page: a tagline, a
# section label, a standing line about the paper, a footer of links without separators.
HEADER = ["北風タイムス電子版", "北の海と暮らしのニュース", "北風ID 購読のお申し込み"]
SHARE = "紙面ビューアーで読む 保存 送る"
FOOTER = ["北風タイムスは釧路と根室の話題をお届けします", "北風タイムス社について 購読案内 広告掲載 個人情報の取り扱い",
          "北風タイムス社 〒085-0000 北海道釧路市北風町1-2-3"]
CHROME = [*HEADER, SHARE, *FOOTER]

STORIES = [
    ("サンマ水揚げ、初日は昨年の倍", ["釧路港で今季のサンマ漁の水揚げが始まり、初日は昨年の初日のおよそ2倍となった。",
                                    "岸壁には早朝から買い付けの業者が集まり、サンマが次々と箱に詰められた。"]),
    ("路線バス3系統、来春に廃止へ", ["郊外を結ぶ路線バスの3系統が、運転手の不足から来年3月末で廃止される。",
                                   "市は代わりに予約制の乗り合いタクシーを走らせる方向で検討を始めた。"]),
    ("住宅街でヒグマの目撃相次ぐ", ["市の北部の住宅街で今月に入り、ヒグマの目撃情報が7件寄せられている。",
                                  "市は猟友会と協力してわなを設置し、見回りを続けている。"]),
    ("湿原の秋まつり、来場者が過去最多", ["湿原の秋の恵みを味わう秋まつりが開かれ、過去最多の来場者が訪れた。",
                                       "実行委員長は来年は会期を延ばすことも考えたいと話している。"]),
    ("小中学校の統合案に反対の声", ["市教育委員会は、小学校2校と中学校1校を統合する案の説明会を開いた。",
                                  "保護者からは冬の長い通学距離を心配する声が相次いだ。"]),
]


def _page(folder: Path, n: int, heading: str | None = None, chrome: list[str] = CHROME) -> Path:
    """Article n of the site: its header, title, share bar, body (under `heading`, if given) and footer."""
    title, body = STORIES[n]
    lines = [*chrome[:3], "", title, "2025年9月1日 6:30", *chrome[3:4], "",
             *([heading] if heading else []), *body, "", *chrome[4:]]
    path = folder / f"a{n}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _add(lib: Library, path: Path) -> str:
    report = lib.add([path])
    assert report.ids, report.line()
    return report.ids[0]


def _template_lines(lib: Library, aid: str) -> dict[str, str]:
    return {r.text: r.rule for r in lib.article(aid).removed if r.rule.startswith("site-template")}


def _texts(lib: Library, aid: str) -> list[str]:
    return [p.text for p in lib.article(aid).passages]


def test_three_articles_of_a_folder_then_a_fourth_is_cleaned_by_the_template(lib, tmp_path, capsys):
    site = tmp_path / "kitakaze"
    site.mkdir()
    ids = [_add(lib, _page(site, n)) for n in range(2)]
    # Two articles are no template yet: the site's own chrome (which the named rules do not know) stays.
    assert not _template_lines(lib, ids[0]) and HEADER[1] in _texts(lib, ids[0])
    ids += [_add(lib, _page(site, n)) for n in (2, 3)]
    fourth = _template_lines(lib, ids[3])
    # What the named rules and the classifier leave of the site's chrome goes as its template.
    assert {HEADER[1], HEADER[2], SHARE, FOOTER[0]} <= set(fourth) <= set(CHROME)
    assert set(fourth.values()) == {"site-template (3 articles)"}
    assert not set(CHROME) & set(_texts(lib, ids[3]))
    assert STORIES[3][1][0] in _texts(lib, ids[3]) and lib.article(ids[3]).title == STORIES[3][0]
    # `show --json` tells why each line went.
    assert main(["show", ids[3], "--json"]) == 0
    removed = json.loads(capsys.readouterr().out)["removed"]
    assert {"rule": "site-template (3 articles)", "text": SHARE} in removed
    # A fifth is cleaned by a template learnt from four.
    fifth = _add(lib, _page(site, 4))
    assert _template_lines(lib, fifth)[SHARE] == "site-template (4 articles)"


def test_the_template_growing_cleans_earlier_articles_again_and_their_bookmarks_stay(lib, tmp_path):
    site = tmp_path / "kitakaze"
    site.mkdir()
    first, second = (_add(lib, _page(site, n)) for n in range(2))
    art = lib.article(first)
    body = next(p for p in art.passages if p.text == STORIES[0][1][1])
    menu = next(p for p in art.passages if p.text == HEADER[1])
    on_body = lib.toggle_bookmark(first, body.anchor, "本文のメモ")
    on_menu = lib.toggle_bookmark(first, menu.anchor, "メニューの行")
    assert on_body and on_menu
    _add(lib, _page(site, 2))  # the third article of the site: its chrome becomes template
    for aid in (first, second):
        gone = _template_lines(lib, aid)
        assert SHARE in gone and FOOTER[0] in gone, aid
        assert gone[SHARE] == "site-template (3 articles)"
    assert HEADER[1] in _template_lines(lib, second) and HEADER[1] not in _texts(lib, second)
    # The bookmarked passage keeps its anchor and text; a bookmarked line is never template in its article.
    marks = {b.id: b for b in lib.bookmarks()}
    assert (marks[on_body.id].article_id, marks[on_body.id].anchor, marks[on_body.id].text) == (
        first, body.anchor, body.text)
    assert not marks[on_body.id].detached
    assert HEADER[1] in _texts(lib, first) and not marks[on_menu.id].detached
    assert marks[on_menu.id].anchor == menu.anchor


def test_the_template_shrinking_gives_the_line_back_to_earlier_articles(lib, tmp_path):
    site = tmp_path / "kitakaze"
    site.mkdir()
    ids = [_add(lib, _page(site, n)) for n in range(3)]
    assert SHARE in _template_lines(lib, ids[0])
    # The third article changes: its share bar is gone, so only two articles hold it now.
    _add(lib, _page(site, 2, chrome=[*HEADER, "", *FOOTER]))
    for aid in ids:
        assert SHARE not in _template_lines(lib, aid)
    assert SHARE in _texts(lib, ids[0]) and SHARE in _texts(lib, ids[1])
    assert HEADER[1] in _template_lines(lib, ids[0])  # still in three


def test_content_that_repeats_across_a_sites_articles_stays(lib, tmp_path):
    site = tmp_path / "kitakaze"
    site.mkdir()
    ids = [_add(lib, _page(site, n, heading="■ 取材メモ")) for n in range(4)]
    for aid in ids:
        assert "取材メモ" in _texts(lib, aid), aid  # a standard heading directly over the body
        assert SHARE in _template_lines(lib, aid)
    # A government release: numbered section heads and their first lines, a recurring quotation.
    city = tmp_path / "sakuragawa"
    city.mkdir()
    quote = "気象台は「川の増水や土砂災害に引き続き警戒してほしい」と呼びかけています。"
    for n, (title, body) in enumerate(STORIES[:4]):
        text = "\n".join(["桜川市公式ホームページ", "音声読み上げ 文字の大きさ 標準 拡大", "", title, body[0], "1 概要", body[1],
                          "2 日時", "令和7年9月7日（日曜日）午前9時から", "3 場所", "市民会館 大ホール", quote, "",
                          "このページに関するお問い合わせ", "総務部 広報広聴課 報道担当"])
        (city / f"r{n}.txt").write_text(text + "\n", encoding="utf-8")
        aid = _add(lib, city / f"r{n}.txt")
    texts = _texts(lib, aid)
    for line in ("1 概要", "2 日時", "令和7年9月7日（日曜日）午前9時から", "3 場所", "市民会館 大ホール", quote):
        assert line in texts, line
    gone = _template_lines(lib, aid)
    assert {"桜川市公式ホームページ", "このページに関するお問い合わせ"} <= set(gone)
    assert "総務部 広報広聴課 報道担当" not in texts  # by the template, or by a rule before it


def test_a_page_that_repeats_other_articles_is_left_alone(lib, tmp_path):
    site = tmp_path / "copies"
    site.mkdir()
    seed = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    for n in range(4):
        (site / f"c{n}.txt").write_text(f"写しその{n}号\n{seed}", encoding="utf-8")
    aid = _add(lib, site / "c0.txt")
    for n in range(1, 4):
        aid = _add(lib, site / f"c{n}.txt")
    assert not _template_lines(lib, aid)


def test_site_keys():
    def key(source: str, url: str | None = None) -> str:
        return site_key(Document(source=source, text="本文。", url=url))

    assert key("/home/u/news/kitakaze/a1.txt") == key("/home/u/news/kitakaze/sub/../a2.txt".replace("sub/../", ""))
    assert key("/home/u/news/kitakaze/a1.txt") == "dir:/home/u/news/kitakaze"
    assert key("/home/u/news/other/a1.txt") != key("/home/u/news/kitakaze/a1.txt")
    # Pages: the host, with or without www, whatever the section or the scheme.
    assert key("https://www.example.jp/politics/2025/1.html") == key("http://example.jp/economy/2.html")
    assert key("https://www.example.jp/a") == "host:example.jp"
    assert key("https://news.example.jp/a") != key("https://example.jp/a")
    # A saved page with its canonical URL belongs to that site.
    assert key("/home/u/saved/p.html", "https://www.example.jp/a") == "host:example.jp"
    # A feed item: the host of its link; without a link, its feed.
    assert key("https://example.jp/items/3", "https://example.jp/items/3") == "host:example.jp"
    assert key("https://example.jp/feed.xml#item-2") == "feed:https://example.jp/feed.xml"
    assert key("/home/u/feeds/city.rss#item-7") == key("/home/u/feeds/city.rss#item-1") == "feed:/home/u/feeds/city.rss"


def test_lines_compare_with_digits_and_white_space_normalised():
    assert line_text("動画を再生(1分24秒)") == line_text("動画を再生(２分02秒)")
    assert line_text("コメント  12") == line_text("コメント　3") == "コメント 0"
    assert line_text("参考になった １２８") == line_text("参考になった 3")


def _consistent(db: Path) -> None:
    """Every article has its keys recorded, and the counts are those of the rows."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == con.execute(
            "SELECT count(*) FROM template_articles").fetchone()
        assert con.execute("SELECT count(*) FROM template_counts").fetchone()[0] > 0
        assert not con.execute(
            "SELECT 1 FROM template_counts c WHERE articles != (SELECT count(*) FROM template_lines l WHERE l.key=c.key)"
        ).fetchall()
    finally:
        con.close()


def test_an_old_index_is_migrated_with_the_lines_of_its_articles(tmp_path):
    db = tmp_path / "index.db"
    shutil.copyfile(DATA / "index-v1.db", db)
    lib = Library(db)
    try:
        assert lib.index.con.execute("PRAGMA user_version").fetchone()[0] >= 8
        assert lib.count() > 0
    finally:
        lib.close()
    _consistent(db)


def test_a_rebuild_learns_the_templates_again(lib, db_path, tmp_path):
    site = tmp_path / "kitakaze"
    site.mkdir()
    ids = [_add(lib, _page(site, n)) for n in range(4)]
    before = {aid: _texts(lib, aid) for aid in ids}
    rebuild(lib)
    _consistent(db_path)
    again = Library(db_path)
    try:
        assert {aid: _texts(again, aid) for aid in ids} == before
        assert SHARE in _template_lines(again, ids[0])
    finally:
        again.close()


def test_an_article_deleted_gives_its_template_lines_back(lib, tmp_path):
    site = tmp_path / "kitakaze"
    site.mkdir()
    ids = [_add(lib, _page(site, n)) for n in range(3)]
    assert lib.remove([ids[2]]) == [ids[2]]
    for aid in ids[:2]:
        assert not _template_lines(lib, aid) and SHARE in _texts(lib, aid)
    _consistent(lib.path)


# Places for articles of one site that differ by more than their story (a line of their own each).
PLACES = ["厚岸町", "標茶町", "弟子屈町", "鶴居村", "白糠町", "浜中町", "根室市", "別海町", "中標津町", "標津町",
          "羅臼町", "斜里町", "清里町", "小清水町", "網走市", "北見市", "美幌町", "津別町", "大空町", "遠軽町",
          "紋別市", "帯広市", "音更町", "幕別町", "池田町", "本別町", "足寄町", "陸別町"]

OWN_LINES = ["{}でも同じ動きが見られ、関係者が対応を話し合っている。", "{}の担当者は、住民への説明を急ぐ考えを示した。",
             "{}では先月にも似た出来事があり、町内会が見回りを強めていた。", "{}の商店街では、客足への影響を心配する声も聞かれた。"]


def test_earlier_articles_cleaned_again_in_the_import_workers_come_out_as_without_them(tmp_path, monkeypatch):
    """An import large enough for worker processes analyses the earlier articles its growing template cleans
    again in those workers: every article comes out as an import without workers gives it."""
    from tui.news.analyser import POOL_THRESHOLD, Analysis

    site = tmp_path / "kitakaze"
    site.mkdir()
    count = POOL_THRESHOLD + 2
    for n in range(count):
        title, body = STORIES[n % len(STORIES)]
        lines = [*CHROME[:3], "", f"{title}({PLACES[n]})", "2025年9月1日 6:30", *CHROME[3:4], "",
                 *body, *(line.format(PLACES[n]) for line in OWN_LINES), "", *CHROME[4:]]
        (site / f"a{n:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pooled: list[int] = []
    now = Analysis.now

    def spy(self: Analysis, docs: list[Document]) -> list:
        if self.pool is not None:
            pooled.append(len(docs))
        return now(self, docs)

    monkeypatch.setattr(Analysis, "now", spy)
    articles = {}
    for workers in (1, 2):
        lib = Library(tmp_path / f"index{workers}.db", workers=workers)
        report = lib.add([site])
        assert report.added == count, report.line()
        articles[workers] = [lib.article(aid) for aid in report.ids]
        lib.close()
    assert pooled and pooled[0] >= 2  # the first two articles at least, in the workers
    first = articles[2][0]
    assert {r.text for r in first.removed if r.rule.startswith("site-template")} >= {SHARE, FOOTER[0]}
    assert articles[2] == articles[1]
