"""Stories: articles on one event across sources grouped as they are imported, kept up to date
incrementally; and the `stories`, `timeline` and `quotes` commands as real processes."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tui.news import stories as clustering
from tui.news.library import Library

ROOT = Path(__file__).parent.parent
GOLD = {a.get("id"): a for a in json.loads((ROOT / "tests" / "data" / "stories" / "stories_gold.json")
                                           .read_text(encoding="utf-8"))["articles"]}


def write(folder: Path, *ids: str) -> list[Path]:
    """Gold articles as files a user would import: headline, dateline, body."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in ids:
        a = GOLD[i]
        title, body = a["text"].split("\n", 1)
        y, m, d = a["published"].split("-")
        path = folder / f"{i}.txt"
        path.write_text(f"{title}\n{int(y)}年{int(m)}月{int(d)}日 10:00 配信\n{body}\n", encoding="utf-8")
        out.append(path)
    return out


def story_of(lib: Library, path: Path) -> str | None:
    row = lib.index.con.execute("SELECT s.story FROM story_articles s JOIN articles a ON a.pk=s.article"
                                " WHERE a.source=?", (str(path.resolve()),)).fetchone()
    return row[0] if row else None


@pytest.fixture()
def lib(tmp_path: Path):
    library = Library(tmp_path / "index.db", workers=1)
    library.store.state.set("seeded", "no")  # the seeds would only add stories of their own
    yield library
    library.close()


def test_articles_on_one_event_form_a_story_and_others_stay_apart(lib: Library, tmp_path: Path) -> None:
    # Four sources on the Jeddah talks; the Trump–Putin call a week later (the same people) and the
    # London summit; four on an earthquake, and first snow in the same region the day after.
    paths = {p.stem: p for p in write(tmp_path / "in", "a1", "a2", "x1", "a3", "d1", "x2", "d2", "a4", "d3", "x5", "d4")}
    for p in paths.values():  # one at a time, as a feed brings them
        lib.add([p])
    jeddah = {story_of(lib, paths[i]) for i in ("a1", "a2", "a3", "a4")}
    quake = {story_of(lib, paths[i]) for i in ("d1", "d2", "d3", "d4")}
    assert len(jeddah) == 1 and len(quake) == 1 and jeddah != quake
    others = [story_of(lib, paths[i]) for i in ("x1", "x2", "x5")]
    assert len(set(others)) == 3 and not set(others) & (jeddah | quake)
    stories = {s.id: s for s in lib.stories()}
    [j] = [stories[str(s)] for s in jeddah]
    assert len(j.articles) == 4 and (j.first, j.last) == ("2025-03-11", "2025-03-13")
    assert "ルビオ" in j.actors and "ジッダ" in j.title
    assert all(len(s.articles) >= 2 for s in stories.values())  # one article is no story yet


def test_a_new_article_is_compared_only_with_stories_of_its_days(lib: Library, tmp_path: Path) -> None:
    paths = write(tmp_path / "in", "a1", "a2", "b1", "b2")
    lib.add(paths)
    stories = lib.index.con.execute("SELECT count(*) FROM stories").fetchone()[0]
    assert stories == 2
    keys = ["t:停戦", "a:volodymyr-zelensky", "a:marco-rubio", "a:donald-trump"]
    # An article of 16 August finds the Alaska story (15–16 August), never the Jeddah one of March.
    found = lib.store.stories._candidates(keys, "2025-08-16")
    assert [r[4] for r in found] == ["2025-08-15"]
    assert lib.store.stories._candidates(keys, "2025-06-01") == []


def test_a_story_follows_its_articles_as_they_change_and_arrive(lib: Library, tmp_path: Path) -> None:
    [a1, a2] = write(tmp_path / "in", "a1", "a2")
    lib.add([a1, a2])
    first = story_of(lib, a1)
    assert first == story_of(lib, a2)
    # a2 rewritten to another event: it leaves the story, which is then a single article again
    a2.write_text("県北部で震度6強 住宅倒壊\n2025年3月11日 10:00 配信\n\n県北部で11日、震度6強の地震があった。"
                  "北山町では住宅の倒壊が相次いだ。\n", encoding="utf-8")
    report = lib.add([a2])
    assert report.updated == 1
    assert story_of(lib, a2) != first and lib.stories() == []
    [a3] = write(tmp_path / "in", "a3")
    lib.add([a3])
    assert story_of(lib, a3) == first
    [s] = lib.stories()
    assert s.first == s.last == "2025-03-12" and len(s.articles) == 2
    con = lib.index.con
    assert con.execute("SELECT count(*) FROM story_articles").fetchone()[0] == 3
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_quotes_and_events_are_replaced_when_an_article_changes(lib: Library, tmp_path: Path) -> None:
    [a3] = write(tmp_path / "in", "a3")
    lib.add([a3])
    assert [q.speaker for q in lib.quotes()] == ["ペスコフ"]
    a3.write_text("解説\n2025年3月12日 10:00 配信\n\nルビオ国務長官は11日、「ボールはロシア側にある」と述べた。\n",
                  encoding="utf-8")
    lib.add([a3])
    assert [(q.speaker, q.text) for q in lib.quotes()] == [("ルビオ", "ボールはロシア側にある")]
    assert [(e.date, e.actors) for e in lib.timeline()] == [("2025-03-11", ("ルビオ", "ロシア"))]
    assert [e.date for e in lib.timeline(actor="ルビオ")] == ["2025-03-11"]
    assert lib.timeline(actor="ペスコフ") == []


def test_an_index_of_an_older_schema_gains_its_quotes_events_and_stories(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    shutil.copy(ROOT / "tests" / "data" / "index-v1.db", path)
    lib = Library(path)
    try:
        events = lib.timeline()
        assert ("2025-02-28", "協定署名の見送りが決定") in [(e.date, e.text) for e in events]  # a ↓ timeline step
        assert any(q.speaker == "ゼレンスキー" for q in lib.quotes())
        n = lib.index.con.execute("SELECT count(*) FROM story_articles").fetchone()[0]
        assert n == lib.count() == 5
    finally:
        lib.close()


# --- the commands, as real processes -----------------------------------------------------------


def run(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSREADER_DB": str(db), "PYTHONPATH": str(ROOT), "COLUMNS": "100",
           "NEWSREADER_WORKERS": "1"}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, env=env,
                          timeout=300, cwd=ROOT)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("cli")
    path = tmp / "index.db"
    folder = tmp / "in"
    write(folder, "b1", "b2", "b3", "a1", "a2")
    assert run("add", str(folder), db=path).returncode == 0
    return path


def test_stories_json_keys_as_the_contract_gives_them(db: Path) -> None:
    out = run("stories", "--json", db=db)
    assert out.returncode == 0, out.stderr
    stories = json.loads(out.stdout)
    assert stories and all(set(s) == {"id", "title", "articles", "actors", "first", "last"} for s in stories)
    assert [s["last"] for s in stories] == sorted((s["last"] for s in stories), reverse=True)  # newest first
    [alaska] = [s for s in stories if "アラスカ" in s["title"]]
    [jeddah] = [s for s in stories if "ジッダ" in s["title"]]
    assert (alaska["first"], alaska["last"]) == ("2025-08-15", "2025-08-17") and len(alaska["articles"]) == 3
    assert "プーチン" in alaska["actors"] and jeddah["last"] == "2025-03-12"
    text = run("stories", db=db)
    assert text.returncode == 0 and "アラスカ" in text.stdout and "3 articles" in text.stdout


def test_timeline_json_oldest_first_by_actor_and_story(db: Path) -> None:
    out = run("timeline", "--json", db=db)
    assert out.returncode == 0, out.stderr
    events = json.loads(out.stdout)
    assert events and all(set(e) == {"date", "text", "article_id", "anchor", "actors"} for e in events)
    dates = [e["date"] for e in events]
    assert dates == sorted(dates) and "2025-08-15" in dates and "2025-03-11" in dates
    [alaska] = [s for s in json.loads(run("stories", "--json", db=db).stdout) if "アラスカ" in s["title"]]
    story = json.loads(run("timeline", "--story", alaska["id"], "--json", db=db).stdout)
    assert story and {e["article_id"] for e in story} <= set(alaska["articles"])
    assert all(e["date"] >= "2025-08-01" for e in story)
    putin = json.loads(run("timeline", "--actor", "プーチン", "--json", db=db).stdout)
    assert putin and all("プーチン" in e["actors"] for e in putin)
    shown = json.loads(run("show", events[0]["article_id"], "--json", db=db).stdout)
    assert events[0]["anchor"] in {b["anchor"] for b in shown["blocks"]}  # the passage it came from
    text = run("timeline", "--actor", "プーチン", db=db)
    assert text.returncode == 0 and "2025-08-15" in text.stdout


def test_quotes_json_with_speakers_and_by_actor(db: Path) -> None:
    out = run("quotes", "--json", db=db)
    assert out.returncode == 0, out.stderr
    quotes = json.loads(out.stdout)
    assert quotes and all(set(q) == {"speaker", "text", "article_id", "anchor"} for q in quotes)
    assert {"speaker": "プーチン", "text": "合意は平和への出発点になる"}.items() <= next(
        q for q in quotes if q["speaker"] == "プーチン").items()
    rubio = json.loads(run("quotes", "--actor", "ルビオ", "--json", db=db).stdout)
    assert [q["text"] for q in rubio] == ["ボールはロシア側にある"]
    text = run("quotes", "--actor", "ルビオ", db=db)
    assert text.returncode == 0 and "「ボールはロシア側にある」" in text.stdout


@pytest.mark.parametrize("args", [("timeline", "--story", "999"), ("timeline", "--actor", "誰でもない人"),
                                  ("quotes", "--actor", "誰でもない人")])
def test_an_unknown_story_or_actor_is_a_one_line_error(db: Path, args: tuple[str, ...]) -> None:
    out = run(*args, db=db)
    assert out.returncode == 1 and out.stdout == "" and len(out.stderr.strip().splitlines()) == 1


def test_window_and_threshold_are_what_the_docs_say() -> None:
    assert clustering.within("2025-03-22", "2025-03-11", "2025-03-12")  # ten days after the story's last
    assert not clustering.within("2025-03-23", "2025-03-11", "2025-03-12")
    assert clustering.within("2025-03-30", "2025-03-11", "2025-03-21")  # nine days after, 19 in all
    assert clustering.within("2025-04-01", "2025-03-11", "2025-03-22")  # 21 days, the longest a story spans
    assert not clustering.within("2025-04-03", "2025-03-12", "2025-03-25")  # eight days after, but 22 in all
    assert clustering.within(None, "2025-03-11", "2025-03-12")  # no date: no gate, a higher bar instead
    assert clustering.UNDATED_THRESHOLD > clustering.THRESHOLD


def test_the_bar_rises_with_each_day_beyond_a_storys_dates() -> None:
    near = clustering.THRESHOLD
    assert clustering.needed("2025-03-12", "2025-03-11", "2025-03-13") == near  # within its dates
    assert clustering.needed("2025-03-15", "2025-03-11", "2025-03-13") == near  # two days after
    assert clustering.needed("2025-03-09", "2025-03-11", "2025-03-13") == near  # two days before
    later = [clustering.needed(f"2025-03-{d}", "2025-03-11", "2025-03-13") for d in (16, 17, 20)]
    assert near < later[0] < later[1] < later[2]
    assert later[2] - later[0] == pytest.approx(4 * (later[1] - later[0]))  # the same for each day
    assert clustering.needed(None, "2025-03-11", "2025-03-13") == clustering.UNDATED_THRESHOLD
    assert clustering.needed("2025-03-20", None, None) == near  # a story without a date: no distance


CHAIN = {  # an explosion at a plant, reported by two outlets; the police search a week later; the same firm's
    # new product announced the day of the search
    "blast": ("霧島化学の工場で爆発　作業員2人けが", "2090-05-10",
              "10日午前、山口県周南市の霧島化学周南工場で爆発があり、作業員2人がけがをした。県警周南署によると、"
              "爆発は樹脂原料を加熱する設備の付近で起きた。\n\n同社は工場の操業を止め、爆発の原因を調べている。"),
    "blast2": ("周南の化学工場で爆発、加熱設備の付近か", "2090-05-10",
               "山口県周南市にある霧島化学の周南工場で10日、爆発が起きた。作業員2人が軽いけがをした。\n\n"
               "周南署によると、樹脂原料を加熱する設備の近くで大きな音がしたという。工場は操業を止めている。"),
    "search": ("霧島化学を家宅捜索　周南工場の爆発事故で県警", "2090-05-17",
               "山口県周南市の霧島化学周南工場で10日に起きた爆発事故で、県警は17日、業務上過失傷害の疑いで同社の"
               "本社と工場を家宅捜索した。\n\n爆発は樹脂原料を加熱する設備の付近で起き、作業員2人がけがをした。"
               "県警は設備の点検の手順に問題がなかったか調べる。"),
    "launch": ("霧島化学、新しい接着剤を発売　自動車の内装向け", "2090-05-17",
               "霧島化学は17日、自動車の内装向けの新しい接着剤を6月に発売すると発表した。\n\n同社の担当者は"
               "東京都内で記者会見し、「軽くて強い車づくりに役立てたい」と話した。年間10億円の売り上げを目指す。"),
}


def test_a_later_phase_joins_its_story_a_week_on_and_the_same_firms_other_news_does_not(
        lib: Library, tmp_path: Path) -> None:
    paths = {}
    for name, (title, day, body) in CHAIN.items():  # one at a time, as a feed brings them
        y, m, d = day.split("-")
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(f"{title}\n{int(y)}年{int(m)}月{int(d)}日 10:00 配信\n\n{body}\n", encoding="utf-8")
        lib.add([paths[name]])
    blast = story_of(lib, paths["blast"])
    assert story_of(lib, paths["blast2"]) == blast
    assert story_of(lib, paths["search"]) == blast  # seven days after: its words of the explosion carry it
    assert story_of(lib, paths["launch"]) not in (blast, None)  # the same firm that day, on another matter
    [story] = lib.stories()
    assert (story.first, story.last, len(story.articles)) == ("2090-05-10", "2090-05-17", 3)


def test_removing_an_article_takes_it_out_of_its_story(lib: Library, tmp_path: Path) -> None:
    paths = {p.stem: p for p in write(tmp_path / "in", "a1", "a2", "a3")}
    for p in paths.values():
        lib.add([p])
    [story] = {story_of(lib, p) for p in paths.values()}
    assert story is not None
    aid = lib.index.con.execute("SELECT id FROM articles WHERE source=?", (str(paths["a3"].resolve()),)).fetchone()[0]
    lib.remove([aid])
    [s] = [s for s in lib.stories() if s.id == str(story)]
    assert len(s.articles) == 2 and aid not in s.articles
    assert not lib.index.con.execute("SELECT 1 FROM quotes q JOIN articles a ON a.pk=q.article WHERE a.id=?",
                                     (aid,)).fetchall()
