"""The story grouping's shortcuts give what the plain computation gives: the candidate stories of
one statement are those of the two the grouping was first written with, in the same order, and a
similarity with the story's norm given is the one computed from its vector."""

from __future__ import annotations

import json
from pathlib import Path

from test_stories import GOLD, write
from tui.news import stories as clustering
from tui.news.library import Library
from tui.news.store.stories import CANDIDATES, _num


def _reference(con, keys: list[str], day: str) -> list[tuple]:
    marks = ",".join("?" * len(keys))
    top = con.execute(f"SELECT story FROM story_keys WHERE key IN ({marks}) AND last BETWEEN ? AND ?"
                      " GROUP BY story ORDER BY count(*) DESC, story DESC LIMIT ?",
                      (*keys, *map(_num, clustering.reach(day)), CANDIDATES)).fetchall()
    if not top:
        return []
    return con.execute("SELECT pk, size, total, actors, first, last, title_score, keys FROM stories"
                       f" WHERE pk IN ({','.join('?' * len(top))})", [t[0] for t in top]).fetchall()


def test_candidates_and_similarities_equal_the_plain_computation(tmp_path: Path) -> None:
    lib = Library(tmp_path / "index.db", workers=1)
    try:
        lib.store.state.set("seeded", "no")
        lib.add(write(tmp_path / "in", *[i for i, a in GOLD.items() if "text" in a]))
        con = lib.index.con
        stories = con.execute("SELECT keys, first, last FROM stories").fetchall()
        articles = con.execute("SELECT day, vec, actors FROM story_articles WHERE day IS NOT NULL").fetchall()
        assert len(stories) >= 5 and len(articles) >= 20
        checked = 0
        for keys_json, first, last in stories:
            keys = json.loads(keys_json)
            for day in {first, last}:
                got = lib.store.stories._candidates(keys, day)
                assert got == _reference(con, keys, day)
                checked += len(got)
        assert checked > len(stories)  # stories with more than one candidate were compared
        for day, vec_json, actors_json in articles:
            vec, actors = json.loads(vec_json), json.loads(actors_json)
            for _, size, total_json, story_actors, *_ in _reference(con, [f"a:{a}" for a in actors] or ["-"], day):
                total = json.loads(total_json)
                plain = clustering.similarity(vec, actors, total, json.loads(story_actors), size)
                assert clustering.similarity(vec, actors, total, json.loads(story_actors), size,
                                             clustering.length(total)) == plain
    finally:
        lib.close()
