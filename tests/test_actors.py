"""Actors against hand-written gold labels, plus the general rules on text the seeds lack."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.news import actors
from tui.news.actors import discovery, form_words, gazetteer, mentions
from tui.news.library import Library
from tui.news.models import Document
from tui.news.pipeline import analyse

ROOT = Path(__file__).parent.parent
GOLD = json.loads((ROOT / "tests" / "data" / "actors_gold.json").read_text(encoding="utf-8"))
JUNK = {"マクロ", "ン", "ドン", "大統領", "氏", "長官", "エル", "ドアン", "首相"}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("actors")
    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    lib = Library(tmp / "index.db")
    lib.add([tmp / "seeds"])
    yield lib
    lib.close()


def found_by_seed(lib: Library) -> dict[str, set[tuple[str, str]]]:
    out = {}
    for row in lib.articles().all():
        key = Path(row.source).name[:3]
        out[key] = {(a.name, a.kind) for a, _ in lib.article(row.id).actors}
    return out


def test_precision_and_recall_on_the_seeds(seeded):
    found = found_by_seed(seeded)
    tp = fp = fn = 0
    for key, kinds in GOLD.items():
        gold = {(name, kind) for kind, names in kinds.items() for name in names}
        tp += len(gold & found[key])
        fp += len(found[key] - gold)
        fn += len(gold - found[key])
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"actors on the seeds: precision {precision:.3f}, recall {recall:.3f} ({tp} tp, {fp} fp, {fn} fn)")
    assert precision >= 0.95 and recall >= 0.95


def test_each_person_is_listed_once_and_no_junk(seeded):
    for row in seeded.articles().all():
        a = seeded.article(row.id)
        names = [x.name for x, _ in a.actors]
        assert len(names) == len(set(names))
        assert not JUNK & set(names)
        for actor, n in a.actors:
            assert n >= 1 and actor.kind in ("person", "country", "place", "organization")


def test_any_spelling_filters_the_same(seeded):
    us = [r.id for r in seeded.articles().mentioning("米国").all()]
    assert us == [r.id for r in seeded.articles().mentioning("アメリカ").all()]
    assert us == [r.id for r in seeded.articles().mentioning("United States").all()]
    erdogan = seeded.articles().mentioning("エルドアン").all()
    assert len(erdogan) == 1 and erdogan == seeded.articles().mentioning("エルドアン大統領".removesuffix("大統領")).all()


def test_filters_combine(seeded):
    both = {r.id for r in seeded.articles().mentioning("プーチン", "ルビオ").all()}
    assert both == {r.id for r in seeded.articles().mentioning("プーチン").all()} & \
        {r.id for r in seeded.articles().mentioning("ルビオ").all()}


def test_actor_counts(seeded):
    rows = {a.name: (n_art, n_men) for a, n_art, n_men in seeded.actors()}
    assert rows["ウクライナ"][0] == 5 and rows["エルドアン"] == (1, 1)
    assert all(n_men >= n_art for n_art, n_men in rows.values())


def test_mentions_are_stored_per_passage_with_offsets(seeded):
    seeded.articles().mentioning("エルドアン").all()
    con = seeded.index.con
    (text, start, end), = con.execute(
        "SELECT p.text, m.value ->> 1, m.value ->> 2 FROM passages p, json_each(p.mentions) m "
        "WHERE m.value ->> 0 = (SELECT id FROM actors WHERE name='エルドアン')").fetchall()
    assert text[start:end] == "エルドアン"
    # Every stored mention points at one of its actor's spellings.
    for text, actor, start, end in con.execute(
            "SELECT p.text, m.value ->> 0, m.value ->> 1, m.value ->> 2 FROM passages p, json_each(p.mentions) m"):
        assert 0 <= start < end <= len(text)


# --- general rules, on sentences the seeds do not contain ------------------------------------


def names(text: str) -> list[str]:
    gaz = actors.default()
    found, new = actors.find(text, gaz)
    return [new[f.actor].name if f.actor in new else gaz.entries[f.actor].name for f in found]


@pytest.mark.parametrize("text,expected", [
    ("ドナルド・トランプ前大統領とトランプ米大統領が会談", ["トランプ", "トランプ", "米国"]),
    ("米ロ首脳会談の後、米・ロ・ウ三者協議へ", ["米国", "ロシア", "米国", "ロシア", "ウクライナ"]),
    ("日米関係と対ロ制裁、訪米の日程", ["日本", "米国", "ロシア", "米国"]),
    ("単独交渉と独自の案、中間選挙", []),
    ("北大西洋条約機構とNATO、欧州連合とEU", ["NATO", "NATO", "EU", "EU"]),
])
def test_gazetteer_and_compounds(text, expected):
    assert names(text) == expected


def test_discovery_merges_full_name_and_surname():
    gaz = actors.default()
    found, new = actors.find("ジョン・スミスノフ報道官は会見で述べた。スミスノフ氏は", gaz)
    assert [f.actor for f in found] == ["p:スミスノフ", "p:スミスノフ"]
    assert new["p:スミスノフ"].name == "スミスノフ" and "ジョン・スミスノフ" in new["p:スミスノフ"].aliases


@pytest.mark.parametrize("text", ["ホワイトハウス報道官が述べた", "チーム代表が語った", "ロシア大統領府", "大統領は"])
def test_discovery_rejects_non_people(text):
    gaz = actors.default()
    _, new = actors.find(text, gaz)
    assert new == {}


def test_kanji_names_before_titles():
    gaz = actors.default()
    found, new = actors.find("山田太郎外相は、山田外相として", gaz)
    assert {f.actor for f in found} == {"p:山田太郎"}  # filed under the full name the article gives


@pytest.fixture
def config(tmp_path, monkeypatch):
    """The user's configuration folder (where `actors.toml` goes), empty."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("NEWSREADER_CONFIG", str(folder))
    return folder


def test_user_actors_file(tmp_path, config):
    lib = Library(tmp_path / "index.db")
    try:
        article = tmp_path / "a.txt"
        article.write_text("会談の記事\nオラフ・ショルツ前首相と架空町の町長、ザハルチュク報道官、そしてトランプ氏が会った。\n",
                           encoding="utf-8")
        lib.add([article])
        (config / "actors.toml").write_text(
            'hide = ["donald-trump"]\n\n'
            '[[actor]]\nid = "kakuu"\nname = "架空町"\nkind = "place"\naliases = ["架空の町"]\n\n'
            '[merge]\n"p:ザハルチュク" = "olaf-scholz"\n', encoding="utf-8")
        assert "ザハルチュク" in {a.name for a, _, _ in lib.actors()}
        report = lib.add([article])
        assert report.updated == 1  # the user file is part of the analysis
        rows = {a.name: n_men for a, _, n_men in lib.actors()}
        assert "架空町" in rows and "トランプ" not in rows and "ザハルチュク" not in rows
        assert rows["ショルツ"] == 2  # its own mention and the merged one
        assert lib.articles().mentioning("架空の町").count() == 1
    finally:
        lib.close()


def test_actor_totals_stay_equal_to_a_full_count_through_updates(tmp_path):
    lib = Library(tmp_path / "index.db")
    try:
        path = tmp_path / "a.txt"
        path.write_text("記事\nトランプ氏とプーチン氏が会談した。トランプ氏は満足した。\n", encoding="utf-8")
        lib.add([path, ROOT / "seeds"])
        path.write_text("記事\nプーチン氏とエルドアン氏が会談した。\n", encoding="utf-8")
        lib.add([path])
        con = lib.index.con
        kept = sorted(con.execute("SELECT actor, articles, mentions FROM actor_counts"))
        full = sorted(con.execute("SELECT actor, count(*), sum(mentions) FROM article_actors GROUP BY actor"))
        assert kept == full
        assert lib.articles().mentioning("トランプ").count() == len(lib.articles().mentioning("トランプ").all())
        both = lib.articles().mentioning("プーチン", "エルドアン")
        assert both.count() == len(both.all()) == 2
    finally:
        lib.close()


@pytest.mark.parametrize("words, text, expected", [
    (["ab", "abcd"], "xxabcdx", "abcd"),      # the longest at a place
    (["ab", "abcd"], "xxabcx", "ab"),         # a longer one that fails falls back
    (["abc", "abde"], "abde", "abde"),        # branches
    (["米国", "米"], "米ロ", "米"),
    (["a.b", "a+b"], "a+b", "a+b"),           # special characters are escaped
])
def test_trie_pattern_finds_the_longest_alias(words, text, expected):
    import re

    assert re.search(gazetteer._trie_pattern(words), text).group() == expected


def test_find_all_matches_find_passage_by_passage():
    gaz = actors.default()
    texts = ["トランプ大統領とプーチン大統領が会談した。", "米ロ首脳は停戦で合意、ＮＡＴＯは警戒。", "",
             "ゼレンスキー氏は訪米した。\n改行のある表\tセル"]
    together, new = actors.find_all(texts, gaz)
    for text, found in zip(texts, together):
        alone, _ = actors.find(text, gaz)
        assert found == alone
        for _, start, end in found:
            assert 0 <= start < end <= len(text)
    assert any(aid for aid, _, _ in together[1])


def _scan_reference(flat: str, gaz) -> list[tuple[int, int, str]]:
    """Every place tried in turn, every alias longest first, boundaries checked in Python."""
    import re

    low = "".join(c if len(c.lower()) != 1 else c.lower() for c in flat)
    kata = re.compile(r"[ァ-ヺー]")
    alnum = re.compile(r"[A-Za-z0-9]")
    out, i = [], 0
    while i < len(flat):
        for alias, spelled, aid, ascii_word, acronym, _ in gaz.first.get(low[i], ()):
            end = i + len(alias)
            before, after = flat[i - 1 : i], flat[end : end + 1]
            if (not low.startswith(alias, i) or (acronym and not flat.startswith(spelled, i))
                    or (ascii_word and (alnum.match(before) or alnum.match(after)))
                    or (kata.match(spelled) and kata.match(before))
                    or (kata.match(spelled[-1]) and kata.match(after))):
                continue
            out.append((i, end, aid))
            i = end
            break
        else:
            i += 1
    return out


_GAZ = actors.load(None)  # the shipped gazetteer
_ALIASES = sorted({e[1] for es in _GAZ.first.values() for e in es})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_ALIASES), st.sampled_from(["ア", "ン", "ー", "x", "Z", "1", "の", " ", "\n", "US", "us", "Eu"])),
                max_size=12))
def test_scan_agrees_with_trying_every_alias_at_every_place(pieces):
    text = "".join(pieces)
    assert mentions._scan(text, _GAZ) == _scan_reference(text, _GAZ)


def _seed_lines() -> list[str]:
    """The samples' non-empty lines."""
    return [line for p in sorted(Path(__file__).parent.parent.joinpath("seeds").glob("*.txt"))
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_words_around_a_form_are_the_words_of_its_whole_line():
    """The one-character check tokenizes a window around the form: the same words as its whole line."""
    import random
    import unicodedata

    from tui.news.language import starts
    from tui.news.language import surfaces as token_surfaces

    gaz = _GAZ
    lines = _seed_lines()
    rng = random.Random(5)
    checked = 0
    for _ in range(600):
        a, b = rng.choice(lines), rng.choice(lines)
        text = unicodedata.normalize("NFKC", a[rng.randrange(len(a)):] + b)
        words = form_words.Words(text)
        surfaces = token_surfaces(text)
        whole = [(s, s + len(w)) for s, w in zip(starts(text, surfaces), surfaces)]
        spots = {m.start() for m in gaz.context_re.finditer(text)}
        spots |= {i for m in gaz.compound_re.finditer(text) for i in range(m.start(), m.end()) if text[i] in gaz.short}
        for i in spots:
            expected = next(((s, e) for s, e in whole if s <= i < e), (i, i + 1))
            assert words.span_at(i) == expected, (text, i)
            checked += 1
    assert checked > 100


def test_whole_passage_tokens_give_the_words_of_the_passage():
    """With the passages' index tokens, a form's word is its token in the whole passage."""
    import random
    import unicodedata

    from tui.news.language import index_tokens, starts
    from tui.news.language import surfaces as token_surfaces

    gaz = _GAZ
    lines = _seed_lines()
    rng = random.Random(11)
    checked = 0
    for _ in range(200):
        nfkc = [unicodedata.normalize("NFKC", rng.choice(lines)) for _ in range(3)]
        nfkc[1] = nfkc[1].replace("。", "。\n", 1)  # a passage of two lines
        text = "\n".join(nfkc)
        at = [0, len(nfkc[0]) + 1, len(nfkc[0]) + len(nfkc[1]) + 2]
        words = form_words.PassageWords(text, at, nfkc, [index_tokens(t) for t in nfkc])
        for k, passage in enumerate(nfkc):
            surfaces = token_surfaces(passage.lower())
            whole = [(at[k] + s, at[k] + s + len(w)) for s, w in zip(starts(passage.lower(), surfaces), surfaces)]
            for i in range(at[k], at[k] + len(passage)):
                if text[i] in gaz.short:
                    assert words.span_at(i) == next(((s, e) for s, e in whole if s <= i < e), (i, i + 1))
                    checked += 1
    assert checked > 100


def test_find_all_with_index_tokens_finds_what_it_finds_without():
    """Passing the passages' index tokens spares the tokenizing, and finds the same mentions."""
    import unicodedata

    from tui.news.cleaning import clean
    from tui.news.language import index_tokens
    from tui.news.sources import iter_inputs

    root = Path(__file__).parent.parent
    data = root / "tests" / "data"  # (the samples, the cleaning pages and two sets of running text: a fixed sample, so
    # that the test's cost does not grow with every set added)
    docs = [d for d in iter_inputs([root / "seeds", data / "cleaning_dev", data / "actors_dev28", data / "actors_dev29"])
            if hasattr(d, "text")]
    compared = 0
    for doc in docs:
        texts = [b.text for b in clean(doc).blocks]
        nfkc = [unicodedata.normalize("NFKC", t) for t in texts]
        with_tokens = actors.find_all(texts, _GAZ, nfkc, [index_tokens(t) for t in nfkc])
        assert with_tokens == actors.find_all(texts, _GAZ, nfkc), doc.source
        compared += sum(map(len, with_tokens[0]))
    assert compared > 100


def test_a_passage_whose_case_folding_changes_length_falls_back_to_a_window():
    from tui.news.language import index_tokens

    text = "İstanbul会談で米ロが合意"
    assert len(text.lower()) != len(text)
    words = form_words.PassageWords(text, [0], [text], [index_tokens(text)])
    assert words.span_at(text.index("米")) == form_words.Words(text).span_at(text.index("米"))


def _discover_by_regex(masked: str) -> list[tuple[str, str, int, int]]:
    """Discovery as one regex over the text (the plain statement of the rule, slower)."""
    import re

    kata, titles = gazetteer.KATAKANA, "|".join(sorted(discovery.TITLES, key=len, reverse=True))
    names = re.compile(rf"(?<![{kata}・＝])(?P<name>[ァ-ヺ][{kata}]+(?:[・＝][ァ-ヺ][{kata}]*)*)"
                       rf"(?:[米露ロ英仏独中日韓]|{gazetteer.MARK})?(?P<title>{titles})")
    out = []
    for m in names.finditer(masked):
        name = m.group("name")
        if discovery.plausible_name(name) or (m.group("title") == "氏" and discovery.honorific_name(name)):
            out.append((name, re.split(r"[・＝]", name)[-1], m.start("name"), m.end("name")))
    return out


_NAMES = ["ゼレンスキー", "ウォロディミル・ゼレンスキー", "ア", "ロ", "ー", "・", "ア＝ベ", "アイ・・ウエ", "ホワイトハウス",
          "ロシア", "石破", "林", "岸田文雄", "の", ""]
_BETWEEN = ["", "", "米", "露", "中", "ロ", "の", gazetteer.MARK, "\uE001"]
_TITLES = ["大統領", "補佐官", "大統領補佐官", "氏", "長官", "議長", "議長官", "統領", "外相", "国務長官", "前大統領",
           "首相", "国", "が", ""]
_AFTER = ["", "", "\n", "が", "A", "ア"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(*(st.sampled_from(x) for x in (_NAMES, _BETWEEN, _TITLES, _AFTER))), max_size=6))
def test_discovery_reads_names_back_from_titles_as_the_regex_would(parts):
    """Titles first, names read backwards: the same finds as the one-regex statement of the rule."""
    masked = "".join("".join(p) for p in parts)
    assert discovery.discover(masked) == _discover_by_regex(masked)


@pytest.mark.parametrize("masked", ["プーチン露大統領", "林議長官が", "の林議長官が", "ゼレンスキー中国家主席", "大統領補佐官の石破首相"])
def test_discovery_of_names_before_titles(masked):
    assert discovery.discover(masked) == _discover_by_regex(masked)


def test_a_surname_a_space_and_a_given_name_are_one_full_name() -> None:
    gaz = actors.default()
    found, new = actors.find("先発は大谷 翔平投手。鈴木 一郎さんと田中 花子さんが出席した。", gaz)
    assert [(f.actor, f.start, f.end) for f in found] == [("p:大谷翔平", 3, 8), ("p:鈴木一郎", 11, 16),
                                                           ("p:田中花子", 19, 24)]
    assert new["p:大谷翔平"].name == "大谷 翔平"  # the same id as 大谷翔平 written without the space


@pytest.mark.parametrize("text, person", [
    ("まずは松本会長が徹底してきた品質管理を続けたい。", "松本"),
    ("福岡容疑者は調べに対し、容疑を認めている。", "福岡"),
    ("取材に応じた長崎さんは笑顔を見せた。", "長崎"),
])
def test_a_surname_unidic_reads_as_a_place_before_a_persons_title(text: str, person: str) -> None:
    gaz = actors.default()
    found, new = actors.find(text, gaz)
    assert f"p:{person}" in {f.actor for f in found}


@pytest.mark.parametrize("text", ["横浜市長は会見で述べた。", "名古屋支店長は会見で述べた。", "祭りの「唐津くんち」が始まった。"])
def test_a_place_before_a_title_of_a_place_or_team_stays_no_person(text: str) -> None:
    gaz = actors.default()
    found, new = actors.find(text, gaz)
    assert not any(f.actor.startswith("p:") for f in found)


def test_our_company_names_no_company() -> None:
    gaz = actors.default()
    found, new = actors.find("当社グループは今期も増収を見込む。", gaz)
    assert not any(f.actor.startswith("o:") for f in found)


def test_a_players_position_is_no_organisation() -> None:
    gaz = actors.default()
    found, new = actors.find("先発したGK大迫は好セーブを連発し、MF三笘が決勝点を挙げた。", gaz)
    assert not any(f.actor.startswith("o:") for f in found)


def _article_actors(text: str) -> dict[str, str]:
    """name -> kind of each actor the import finds in an article of these paragraphs."""
    stored = analyse(Document(source="t.txt", text="見出しのテスト記事\n\n" + text, published="2025-03-12"))
    assert not isinstance(stored, str)
    return {a[1]: a[2] for a in stored.actors}


@pytest.mark.parametrize("text, name", [
    ("ゴールを守ったGK大迫は「集中していた」と話した。", "大迫"),
    ("ＭＦ南野は後半から出場した。", "南野"),
    ("DF板倉が頭で合わせた。", "板倉"),
])
def test_a_surname_read_as_a_place_after_a_players_position_is_a_person(text: str, name: str) -> None:
    assert _article_actors(text).get(name) == "person"


def test_a_position_before_a_place_word_of_one_kanji_or_a_country_names_no_person() -> None:
    found = _article_actors("FW日本は格上だった。GK森が好守を見せた。")
    assert found.get("日本") != "person" and "森" not in found


@pytest.mark.parametrize("text, name", [
    ("先発した星 翔太は「初回から飛ばした」と語った。", "星 翔太"),
    ("左腕の森 一樹が好投した。", "森 一樹"),
    ("決勝打を放った林 大地は笑顔を見せた。", "林 大地"),
])
def test_a_one_kanji_surname_a_space_and_a_given_name_are_one_person(text: str, name: str) -> None:
    found = _article_actors(text)
    assert found.get(name) == "person" and name.split()[1] not in found


def test_a_company_name_joined_by_a_middle_dot_before_its_kabushiki_mark_is_whole() -> None:
    found = _article_actors("ハーマン・インターナショナル(株)の代表取締役が会見した。")
    assert found.get("ハーマン・インターナショナル(株)") == "organization" and "インターナショナル(株)" not in found


def test_a_latin_name_keeps_the_case_it_is_written_in() -> None:
    found = _article_actors("米JBLのPaul氏が壇上に立った。Paul氏は新製品を紹介した。")
    assert found.get("Paul") == "person" and "paul" not in found


def test_a_surname_read_as_a_place_before_a_head_of_governments_title_is_a_person() -> None:
    found = _article_actors("石田首相は記者団に語った。英首相と香港の行政長官も出席した。")
    assert found.get("石田") == "person" and found.get("香港") != "person"


@pytest.mark.parametrize("text, club, person", [
    ("阪神・岡田彰布監督が打線に苦言を呈した。", "阪神タイガース", "岡田彰布"),  # a known club's sport form: its full name
    ("西武・松井監督は「こちらの責任」と話した。", "埼玉西武ライオンズ", "松井"),
    ("自民・森山幹事長は記者団に述べた。", "自民党", "森山"),  # 自民: the gazetteer's short name of 自民党
])
def test_a_club_or_party_before_a_person_with_a_sides_title_and_a_middle_dot(text: str, club: str, person: str) -> None:
    found = _article_actors(text)
    assert found.get(club) == "organization" and found.get(person) == "person"


def test_a_residence_or_a_role_before_a_person_and_a_middle_dot_is_no_club() -> None:
    found = _article_actors("東京・田中一郎さん（45）の投稿が話題になった。代打・坂本選手が決めた。")
    assert found.get("東京") != "organization" and "代打" not in found


def test_a_surname_and_a_business_word_are_a_company() -> None:
    found = _article_actors("ライバルの山下電工が新製品を出した。")
    assert found.get("山下電工") == "organization" and "山下" not in found


def test_a_common_word_ending_in_a_bodys_suffix_names_no_organisation() -> None:
    found = _article_actors("高田被告は「深く反省している」と述べた。帰省ラッシュが続き、知事は登庁した。")
    assert not any(kind == "organization" for kind in found.values())
    assert _article_actors("外務省と金融庁が発表した。").get("金融庁") == "organization"
    assert not _article_actors("地域政党と関係省庁、中央官庁が協議した。")
    assert _article_actors("みらい新党は方針を発表した。").get("みらい新党") == "organization"


def test_a_surname_read_as_a_place_before_a_mayors_title_after_the_city_named_is_a_person() -> None:
    found = _article_actors("北山市の佐野市長は「安全を最優先にする」と強調した。横浜市長も会見した。")
    assert found.get("佐野") == "person" and found.get("横浜") != "person"


def test_a_users_merge_or_hiding_may_name_a_person_by_the_full_name(tmp_path, config):
    lib = Library(tmp_path / "index.db")
    try:
        article = tmp_path / "a.txt"
        article.write_text("会談の記事\n山田太郎外相と佐藤花子議員が会った。山田外相は笑顔だった。\n", encoding="utf-8")
        (config / "actors.toml").write_text('hide = ["p:佐藤花子"]\n\n[merge]\n"p:山田太郎" = "olaf-scholz"\n',
                                            encoding="utf-8")
        lib.add([article])
        rows = {a.name: n_men for a, _, n_men in lib.actors()}
        assert "山田太郎" not in rows and "佐藤花子" not in rows
        assert rows["ショルツ"] == 2  # both mentions of 山田, merged
    finally:
        lib.close()


def test_an_actor_whose_last_article_goes_leaves_the_totals(tmp_path):
    lib = Library(tmp_path / "index.db")
    try:
        alone, other = tmp_path / "alone.txt", tmp_path / "other.txt"
        alone.write_text("市の会見\n架空市の山岸健吾市長は会見で新しい計画を説明した。\n", encoding="utf-8")
        other.write_text("別の記事\nトランプ氏とプーチン氏が会談した。\n", encoding="utf-8")
        lib.add([alone, other])
        con = lib.index.con
        named = {a for (a,) in con.execute("SELECT actor FROM article_actors a JOIN articles r ON r.pk=a.article"
                                           " WHERE r.source=?", (str(alone),))}
        named -= {a for (a,) in con.execute("SELECT actor FROM article_actors a JOIN articles r ON r.pk=a.article"
                                            " WHERE r.source=?", (str(other),))}
        assert named  # actors only this article names
        alone.write_text("市の会見\n会見では新しい計画が説明された。\n", encoding="utf-8")
        lib.add([alone])  # an update that names none of them
        left = {a for (a,) in con.execute("SELECT actor FROM actor_counts")}
        assert not named & left
        assert sorted(con.execute("SELECT actor, articles, mentions FROM actor_counts")) == sorted(
            con.execute("SELECT actor, count(*), sum(mentions) FROM article_actors GROUP BY actor"))
    finally:
        lib.close()


def test_a_given_name_filed_twice_over_ends_under_its_full_name() -> None:
    # (紗 + 季 read as a surname and a given name, filed under 紗季; 紗季 the given name of 角谷紗季, whose surname
    # another person of the article shares: every mention ends under an actor the article has, none under 紗季)
    texts = ["蒔絵師の角谷宗一郎さん（78）と、長女で同じく蒔絵師の角谷紗季さん（45）による親子展「月を塗る」が、"
             "金沢市の美術館で開かれている。文化の日の3日に始まり、2人の作品約60点が並ぶ。",
             "紗季さんの「波の花」は、冬の海に舞う泡を螺鈿で表した。工房は大雨で床上まで水につかり、作品の多くを失った。"
             "2人は翌日から、泥の中に埋もれた道具を拾い集めた。紗季さんは「父と2人で、道具を一つずつ洗った」と話す。",
             "会期中の26日（土）には、紗季さんが蒔絵の実演をする。"]
    mentions_, new = actors.find_all(texts, actors.default())
    ids = {aid for ms in mentions_ for aid, _, _ in ms}
    assert ids <= set(new) | set(actors.default().entries)
    assert "p:角谷紗季" in ids and "p:紗季" not in ids
    stored = analyse(Document(source="t", text="\n\n".join(texts), published="2101-11-17"))
    assert stored is not None
