"""One article per content: the same text from several paths or URLs is one article listing every place."""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tui.news.paths import seeds_dir

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(seeds_dir().glob("*.txt"))


def env(db: Path, root: Path = ROOT) -> dict[str, str]:
    return {**os.environ, "NEWSREADER_DB": str(db), "PYTHONPATH": str(root), "NEWSREADER_CONFIG": str(db.parent / "cfg")}


def cli(*args: str, db: Path, root: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, env=env(db, root),
                          timeout=180, cwd=db.parent)


def copy_of_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for seed in SEEDS:
        shutil.copyfile(seed, folder / seed.name)
    return folder


def test_the_samples_and_a_users_copy_are_five_articles_each_with_both_places(tmp_path):
    db = tmp_path / "index.db"
    copy = copy_of_seeds(tmp_path / "mine")
    assert cli("list", db=db).returncode == 0  # first use imports the bundled samples
    done = cli("add", str(copy), db=db)
    assert done.returncode == 0, done.stderr
    # The closing line keeps its four words (scripts parse it): a copy changed no article.
    assert done.stdout.strip().splitlines()[-1] == "0 added, 0 updated, 5 unchanged, 0 skipped"
    assert "5 copies of articles already here" in done.stderr
    rows = json.loads(cli("list", "--json", db=db).stdout)
    assert len(rows) == 5
    assert set(rows[0]) == {"id", "title", "published", "source", "actors", "read", "feed"}
    for row in rows:
        shown = json.loads(cli("show", row["id"], "--json", db=db).stdout)
        name = Path(row["source"]).name
        assert shown["sources"] == [str(seeds_dir() / name), str(copy / name)]
        assert shown["source"] == shown["sources"][0] == row["source"]
    again = cli("add", str(copy), str(seeds_dir()), db=db)
    assert again.stdout.strip().splitlines()[-1] == "0 added, 0 updated, 10 unchanged, 0 skipped"
    assert "copies" not in again.stderr
    assert len(json.loads(cli("list", "--json", db=db).stdout)) == 5


def test_a_bookmark_on_the_first_copy_stays_when_the_second_arrives(seeded_lib, tmp_path):
    row = seeded_lib.articles().all()[0]
    passage = seeded_lib.article(row.id).passages[3]
    seeded_lib.toggle_bookmark(row.id, passage.anchor)
    report = seeded_lib.add([copy_of_seeds(tmp_path / "mine")])
    assert (report.added, report.unchanged, report.merged) == (0, 5, 5)
    (bm,) = seeded_lib.bookmarks()
    assert (bm.article_id, bm.anchor, bm.detached) == (row.id, passage.anchor, False)
    assert seeded_lib.count() == 5


# --- an index that already holds copies (built by the code before this change) --------------------


BEFORE = "51a1a2b953da36a0af8cd22cbbe97a62b2e4adff"  # the code before one article per content (schema 7)


@pytest.fixture(scope="module")
def main_code(tmp_path_factory) -> Path:
    """The code before one article per content, extracted to a folder."""
    where = tmp_path_factory.mktemp("main")
    data = subprocess.run(["git", "-C", str(ROOT), "archive", BEFORE, "tui"], capture_output=True,
                          check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(where, filter="data")
    shutil.copytree(ROOT / "seeds", where / "seeds")
    return where


OLD_CODE_BOOKMARKS = """
import sys
from tui.news.library import Library
lib = Library()
rows = {r.source: r.id for r in lib.articles().all()}
first, second = sys.argv[1], sys.argv[2]
a, b = lib.article(rows[first]), lib.article(rows[second])
lib.toggle_bookmark(a.id, a.passages[2].anchor, note="on the first")
lib.toggle_bookmark(b.id, b.passages[4].anchor, note="on the second")
print(rows[second], b.passages[4].text, sep="\\n")
"""


def test_copies_in_an_older_index_merge_on_upgrade_with_their_bookmarks(tmp_path, main_code):
    db = tmp_path / "index.db"
    copy = copy_of_seeds(tmp_path / "mine")
    old = subprocess.run([sys.executable, "-m", "tui", "add", str(copy)], capture_output=True, text=True,
                         env=env(db, main_code), cwd=tmp_path, timeout=180)
    assert old.returncode == 0, old.stderr
    first, second = str(main_code / "seeds" / SEEDS[1].name), str(copy / SEEDS[1].name)
    marked = subprocess.run([sys.executable, "-c", OLD_CODE_BOOKMARKS, first, second], capture_output=True,
                            text=True, env=env(db, main_code), cwd=tmp_path, timeout=180)
    assert marked.returncode == 0, marked.stderr
    second_id, second_text = marked.stdout.splitlines()[:2]
    assert len(json.loads(cli("list", "--json", db=db, root=main_code).stdout)) == 10  # the old code's count

    listed = cli("list", "--json", db=db)
    assert "updating the index" in listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == 5
    survivor = next(r["id"] for r in rows if r["source"] == first)
    marks = json.loads(cli("bookmarks", "--json", db=db).stdout)
    assert sorted(m["note"] for m in marks) == ["on the first", "on the second"]
    assert all(m["article_id"] == survivor and not m["detached"] for m in marks)
    assert next(m["text"] for m in marks if m["note"] == "on the second") == second_text
    shown = json.loads(cli("show", survivor, "--json", db=db).stdout)
    assert shown["sources"] == [first, second]
    # The merged copy's own id still finds its article.
    assert json.loads(cli("show", second_id, "--json", db=db).stdout)["id"] == survivor


# --- near-copies, and what must stay apart ----------------------------------------------------------

DATA = ROOT / "tests" / "data" / "duplicates"


def resaved(text: str) -> str:
    """The article saved again from another site: its title retitled, share bars, a footer, wrapped lines."""
    from tui.duplicates_report import _chrome, _wrapped

    return _wrapped(_chrome(text))


def test_a_file_saved_again_with_other_chrome_merges(tmp_path):
    db = tmp_path / "index.db"
    assert cli("list", db=db).returncode == 0
    again = tmp_path / "saved" / "article.txt"
    again.parent.mkdir()
    again.write_text(resaved(SEEDS[2].read_text(encoding="utf-8")), encoding="utf-8")
    done = cli("add", str(again), db=db)
    assert done.stdout.strip().splitlines()[-1] == "0 added, 0 updated, 1 unchanged, 0 skipped", done.stderr
    rows = json.loads(cli("list", "--json", db=db).stdout)
    assert len(rows) == 5
    row = next(r for r in rows if r["source"].endswith(SEEDS[2].name))
    assert json.loads(cli("show", row["id"], "--json", db=db).stdout)["sources"] == [row["source"], str(again)]


def test_different_reports_of_one_event_stay_apart(lib, tmp_path):
    """Two outlets on one event share its names and quotes, not their text: two articles."""
    report = lib.add(sorted(DATA.glob("*.txt")))
    assert (report.added, report.merged) == (10, 0)
    assert all(len(lib.article(aid).sources) == 1 for aid in report.ids)


def test_the_measured_pairs_merge_exactly_when_they_should():
    from tui.duplicates_report import measure

    rows = measure()
    assert len(rows) >= 70
    wrong = [(kind, round(score, 2)) for kind, score, merged, same in rows if merged != same]
    assert wrong == []


def test_a_copy_changed_into_another_article_splits_off_and_bookmarks_stay(seeded_lib, tmp_path):
    first = seeded_lib.articles().all()[0]
    article = seeded_lib.article(first.id)
    seeded_lib.toggle_bookmark(first.id, article.passages[2].anchor)
    mine = tmp_path / "mine.txt"
    mine.write_text(Path(first.source).read_text(encoding="utf-8"), encoding="utf-8")
    assert seeded_lib.add([mine]).merged == 1
    mine.write_text(Path(first.source).read_text(encoding="utf-8") + "\n筆者の感想を一行足した。\n", encoding="utf-8")
    still = seeded_lib.add([mine])  # still a copy: the place's digest is updated, the article stays as it was
    assert (still.merged, still.added, seeded_lib.count()) == (1, 0, 5)
    assert seeded_lib.article(first.id).sources == (first.source, str(mine))
    mine.write_text((DATA / "e3-a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    split = seeded_lib.add([mine])
    assert (split.added, split.merged, seeded_lib.count()) == (1, 0, 6)
    assert seeded_lib.article(first.id).sources == (first.source,)
    assert seeded_lib.article(split.ids[0]).sources == (str(mine),)
    (bm,) = seeded_lib.bookmarks()
    assert bm.article_id == first.id and not bm.detached


def test_a_feed_item_and_its_page_are_one_article(tmp_path):
    from test_web import ARTICLE_BODY, Server, page

    server = Server()
    full = ARTICLE_BODY.replace("<", "&lt;").replace(">", "&gt;")
    server.add("/news/2025/talks.html", page("停戦協議が再開"))
    server.add("/feed.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>東西ニュース</title>
<link>{server.base}/</link><description>国際</description>
<item><title>停戦協議が再開</title><link>{server.base}/r/talks?from=rss</link>
<pubDate>Wed, 12 Mar 2025 00:00:00 GMT</pubDate><content:encoded>{full}</content:encoded></item>
</channel></rss>""", "application/rss+xml")
    server.thread.start()
    db = tmp_path / "index.db"
    try:
        assert cli("add", f"{server.base}/feed.xml", db=db).returncode == 0
        done = cli("add", f"{server.base}/news/2025/talks.html", db=db)
    finally:
        server.httpd.shutdown()
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0 added, 0 updated, 1 unchanged, 0 skipped"
    rows = [r for r in json.loads(cli("list", "--json", db=db).stdout) if r["source"].startswith(server.base)]
    assert len(rows) == 1
    shown = json.loads(cli("show", rows[0]["id"], "--json", db=db).stdout)
    assert shown["sources"] == [f"{server.base}/r/talks?from=rss", f"{server.base}/news/2025/talks.html"]


# --- doctor: a rebuild keeps every place ------------------------------------------------------------


def test_a_rebuild_keeps_every_place(tmp_path):
    db = tmp_path / "index.db"
    copy = copy_of_seeds(tmp_path / "mine")
    assert cli("add", str(copy), db=db).returncode == 0
    before = {r["id"]: json.loads(cli("show", r["id"], "--json", db=db).stdout)["sources"]
              for r in json.loads(cli("list", "--json", db=db).stdout)}
    done = cli("doctor", "--rebuild", db=db)
    assert done.returncode == 0, done.stderr
    after = {r["id"]: json.loads(cli("show", r["id"], "--json", db=db).stdout)["sources"]
             for r in json.loads(cli("list", "--json", db=db).stdout)}
    assert after == before and all(len(s) == 2 for s in after.values())


def test_a_damaged_index_rebuilt_keeps_every_place(tmp_path):
    from test_doctor import _overwrite, _pages

    db = tmp_path / "index.db"
    copy = copy_of_seeds(tmp_path / "mine")
    assert cli("add", str(copy), db=db).returncode == 0
    _overwrite(db, _pages(db, "passages")[:1], random.Random(3))
    assert cli("doctor", db=db).returncode == 1
    done = cli("doctor", "--rebuild", db=db)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = json.loads(cli("list", "--json", db=db).stdout)
    assert len(rows) == 5
    for row in rows:
        sources = json.loads(cli("show", row["id"], "--json", db=db).stdout)["sources"]
        assert sources == [row["source"], str(copy / Path(row["source"]).name)]
