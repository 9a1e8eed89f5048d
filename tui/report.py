"""Quality reports: `python -m tui.report summaries|cleaning|actors|stories [FOLDER]`.

Scores the generated summaries against the page's own 💡 bullets with ROUGE-1 and
ROUGE-2 on character n-grams, next to the lead-3 baseline. Both draw only from body
paragraphs; the 💡 blocks themselves are never candidates.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from .news import sources
from .news.cleaning import clean
from .news.paths import seeds_dir
from .news.summary import bullet_count, candidates, lead, rouge, textrank


def summaries(folder: Path) -> list[tuple]:
    """Per article with 💡 bullets: (name, TextRank R1, R2, TextRank-3 R1, R2, plain TextRank-3 R1, R2, lead-3 R1, R2)."""
    rows = []
    for item in sources.iter_inputs([folder]):
        if isinstance(item, sources.Skip):
            continue
        c = clean(item)
        reference = "".join(b.text for b in c.blocks if b.kind == "keypoint")
        if not reference:
            continue
        items = candidates([(b.kind, b.text) for b in c.blocks])
        k = bullet_count(len(items))
        row: list = [Path(item.source).name]
        for picked in (textrank(items, k), textrank(items, 3), textrank(items, 3, position_bias=False), lead(items, 3)):
            text = "".join(s.text for s in picked)
            row += [rouge(text, reference, 1), rouge(text, reference, 2)]
        rows.append(tuple(row))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the summary report as a table, with the averages."""
    args = list(sys.argv[1:] if argv is None else argv)
    ginza = os.environ.get("NEWSREADER_GINZA_PYTHON")
    if "--ginza" in args:  # actors only: GiNZA beside ours, run by an interpreter that has it
        at = args.index("--ginza")
        if at + 1 >= len(args):
            print("report: --ginza needs the path of a Python that has ja_ginza", file=sys.stderr)
            return 2
        ginza = args[at + 1]
        del args[at:at + 2]
    errors_of = len(args) > 1 and args[0] == "actors" and re.fullmatch(r"--errors(?:-dev[0-9]+)?", args[1]) is not None  # (actors: a set's errors)
    if len(args) > 1 and not errors_of and not Path(args[1]).exists():
        print(f"report: no such set: {args[1]}", file=sys.stderr)
        return 2
    if args and args[0] == "cleaning":
        from .cleaning_report import DEV_SET, score, table

        print("\n".join(table(score(Path(args[1]) if len(args) > 1 else DEV_SET))))
        return 0
    if args and args[0] == "stories":
        from .stories_report import GOLD, table as stories_table

        print("\n".join(stories_table(Path(args[1]) if len(args) > 1 else GOLD)))
        return 0
    if args and args[0] == "actors":
        from .actors_report import (DEV_SET, HELD_OUT_SETS, KINDS_BY_GENRE_SETS, TUNED_SETS, errors, general_table,
                                    load, load_general, speed_table, table as actors_table)

        if args[1:] == ["--errors"]:
            print("\n".join("\t".join(row) for row in errors(load_general())))
            return 0
        for folder, _, option in TUNED_SETS:  # sets tuned on: their errors may be read
            if args[1:] == [option]:
                print("\n".join("\t".join(row) for row in errors(load_general(folder))))
                return 0
        if errors_of:
            print(f"report: no such set: {args[1]}", file=sys.stderr)
            return 2
        beside: list[str] = []
        if ginza and len(args) == 1:  # first, so that no cache of ours is warm when it is timed
            from .ginza_report import table as ginza_table

            sets = [("dev", load(DEV_SET)), ("general", load_general())]
            sets += [(name, load_general(folder)) for folder, name in HELD_OUT_SETS]
            try:
                beside = ginza_table(sets, ginza)
            except (OSError, RuntimeError, ValueError, subprocess.TimeoutExpired) as exc:
                print(f"report: {exc}", file=sys.stderr)
                return 1
        print("\n".join(actors_table(load(Path(args[1]) if len(args) > 1 else DEV_SET))))
        if len(args) == 1:
            for folder, name, _ in TUNED_SETS:
                print("\n" + "\n".join(general_table(load_general(folder), name, f"tests/data/{folder.name}",
                                                      held_out=False)))
            for folder, name in HELD_OUT_SETS:
                print("\n" + "\n".join(general_table(load_general(folder), name, f"tests/data/{folder.name}",
                                                      kinds_by_genre=folder in KINDS_BY_GENRE_SETS)))
            print("\n" + "\n".join(general_table(load_general())))
            tuned = [a for folder, _, _ in TUNED_SETS for a in load_general(folder)]
            everything = load(DEV_SET) + tuned + load_general() + [
                a for folder, _ in HELD_OUT_SETS for a in load_general(folder)]
            rounds = int(os.environ.get("NEWSREADER_SPEED_ROUNDS", "3"))  # (the best of three unless told)
            print("\n" + "\n".join(speed_table(everything, max(1, rounds))))
            if beside:
                print("\n" + "\n".join(beside))
        return 0
    if args and args[0] == "duplicates":
        from .duplicates_report import measure, table as duplicates_table

        print("\n".join(duplicates_table(measure())))
        return 0
    if not args or args[0] != "summaries":
        print("usage: python -m tui.report summaries|cleaning|actors|stories|duplicates [FOLDER]", file=sys.stderr)
        return 2
    folder = Path(args[1]) if len(args) > 1 else seeds_dir()
    rows = summaries(folder)
    heads = ("ours (3-5)", "ours @3", "plain TR @3", "lead-3")
    print(f"{'ROUGE-1 / ROUGE-2':<28}" + "".join(f"{h:>16}" for h in heads))
    for row in rows:
        print(f"{row[0]:<28}" + "".join(f"{row[i]:>9.3f}/{row[i + 1]:.3f}" for i in range(1, 9, 2)))
    if rows:
        avg = [sum(r[i] for r in rows) / len(rows) for i in range(1, 9)]
        print(f"{'average':<28}" + "".join(f"{avg[i]:>9.3f}/{avg[i + 1]:.3f}" for i in range(0, 8, 2)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
