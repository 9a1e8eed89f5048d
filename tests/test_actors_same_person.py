"""One person named in full in some articles (北川健太首相) and by surname and title alone in others (北川首相): a
filter by either name reads both, in the list, quotes, search and timeline; never where the archive holds two
full names of that surname with that title, nor where an article of the surname alone calls it something else.
Real imports into a real index; articles of our own."""

from __future__ import annotations

import json

from tui.__main__ import main

FULL = "北川首相、予算案に意欲\n\n北川健太首相は１０日の記者会見で、予算案について「年度内に必ず成立させる」と述べた。\n"
SURNAME = "北川首相、訪米へ\n\n北川首相は１２日、来月に米国を訪れると発表した。北川首相は「同盟をさらに強くしたい」と語った。\n"
RUNNER = "北川選手が連覇\n\n陸上女子の北川選手は１４日の大会で優勝し、「支えてくれた人に感謝したい」と話した。\n"
MAYOR_A = "花田市長が退任表明\n\n南川市の花田一郎市長は１５日、任期満了で退任すると表明した。\n"
MAYOR_ALONE = "花田市長、後継を指名\n\n花田市長は１６日、「若い世代に託したい」と述べた。\n"
MAYOR_B = "花田市長が会見\n\n北浜市の花田次郎市長は１７日、新しい図書館の計画を示した。\n"


def add(lib, tmp_path, **texts: str) -> None:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    lib.add([str(tmp_path / f"{name}.txt") for name in texts])


def titles(lib, name: str) -> set[str]:
    return {r.title for r in lib.articles().mentioning(name).all()}


def test_a_surname_and_title_alone_is_the_one_full_name_with_that_title(lib, tmp_path):
    add(lib, tmp_path, full=FULL, surname=SURNAME)
    both = {"北川首相、予算案に意欲", "北川首相、訪米へ"}
    assert titles(lib, "北川") == both and titles(lib, "北川健太") == both
    assert lib.articles().mentioning("北川健太").count() == 2
    assert {q.text for q in lib.quotes("北川健太")} == {"年度内に必ず成立させる", "同盟をさらに強くしたい"}
    # one person: each quote shown under the full name, whichever name the filter was given
    assert {q.speaker for name in ("北川", "北川健太") for q in lib.quotes(name)} == {"北川健太"}
    assert {q.speaker for q in lib.quotes()} == {"北川健太", "北川"}  # unfiltered: each as its article names it
    assert len(lib.search("同盟", ["北川健太"])) == 1


def test_apart_when_an_article_of_the_surname_alone_calls_it_something_else(lib, tmp_path):
    add(lib, tmp_path, full=FULL, surname=SURNAME, runner=RUNNER)
    assert titles(lib, "北川健太") == {"北川首相、予算案に意欲"}
    assert titles(lib, "北川") == {"北川首相、訪米へ", "北川選手が連覇"}


def test_apart_when_two_full_names_of_the_surname_carry_the_title(lib, tmp_path):
    add(lib, tmp_path, a=MAYOR_A, alone=MAYOR_ALONE, b=MAYOR_B)
    assert titles(lib, "花田一郎") == {"花田市長が退任表明"}
    assert titles(lib, "花田次郎") == {"花田市長が会見"}
    assert titles(lib, "花田") == {"花田市長、後継を指名"}


def test_the_cli_filters_by_either_name(capsys, db_path, tmp_path):
    for name, text in (("full", FULL), ("surname", SURNAME)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    assert main(["add", str(tmp_path / "full.txt"), str(tmp_path / "surname.txt")]) == 0
    capsys.readouterr()
    for name in ("北川", "北川健太"):
        assert main(["list", "--actor", name, "--json"]) == 0
        assert len(json.loads(capsys.readouterr().out)) == 2
        assert main(["quotes", "--actor", name, "--json"]) == 0
        assert {q["text"] for q in json.loads(capsys.readouterr().out)} == {"年度内に必ず成立させる", "同盟をさらに強くしたい"}
