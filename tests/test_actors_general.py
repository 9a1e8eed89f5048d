"""People, organisations and places in any news: one test per pattern and guard, on sentences of our own."""

from __future__ import annotations

import pytest

from tui.news import actors


def found(text: str, kind: str | None = None) -> list[str]:
    """The mentions in `text` as their text, of one kind (country and place count as place)."""
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    out = []
    for f in hits:
        k = (new.get(f.actor) or gaz.entries[f.actor]).kind
        if kind is None or k == kind or (kind == "place" and k == "country"):
            out.append(text[f.start:f.end])
    return out


def article(texts: list[str]) -> tuple[list[list[tuple[str, int, int]]], dict]:
    return actors.find_all(texts, actors.default())


# --- persons ----------------------------------------------------------------------------------

def test_a_surname_and_given_name_are_one_full_name():
    assert found("受賞したのは佐藤花子と高橋一郎の二人だ。", "person") == ["佐藤花子", "高橋一郎"]


def test_a_surname_later_in_the_article_is_the_same_person():
    texts = ["経済同友会の代表幹事に山口真一郎氏が就いた。", "山口氏は就任会見で抱負を語った。"]
    mentions, new = article(texts)
    ids = [aid for passage in mentions for aid, _, _ in passage if aid.startswith("p:")]  # (経済同友会: the gazetteer's)
    assert ids == ["p:山口真一郎", "p:山口真一郎"]
    # Filed under the full name the article gives (another article's 山口 may be someone else); the surname is
    # an alias.
    assert new["p:山口真一郎"].name == "山口真一郎" and "山口" in new["p:山口真一郎"].aliases
    assert [texts[1][s:e] for _, s, e in mentions[1]] == ["山口"]


def test_a_given_name_in_kana_later_is_the_child_named_in_full_before():
    texts = ["入学式を前に、長女の五味つむぎさん（6）はランドセルを背負った。", "つむぎさんは「友達を作りたい」と笑った。"]
    mentions, _ = article(texts)
    ids = [aid for passage in mentions for aid, _, _ in passage if aid.startswith("p:")]
    assert ids == ["p:五味つむぎ", "p:五味つむぎ"]  # one person in the filters, and the words hers


def test_katakana_names_joined_by_a_dot():
    assert found("新任のマイケル・ハーパー監督は「守備を立て直す」と語った。", "person") == ["マイケル・ハーパー"]


@pytest.mark.parametrize("title", [
    "首相", "総理", "幹事長", "委員長", "議員", "総裁", "副総裁", "官房長官", "外相", "社長", "会長", "監督",
    "投手", "選手", "容疑者", "被告", "さん", "氏",
])
def test_a_name_before_a_title_or_role(title):
    text = f"記者団に対し、村井{title}は「全力を尽くす」と述べた。"
    assert found(text, "person") == ["村井"]


def test_a_name_before_an_age_in_brackets():
    assert found("現場にいた会社員、田村健吾（31）は「音がした」と話した。", "person") == ["田村健吾"]
    assert found("現場にいた会社員、田村健吾(31)は", "person") == ["田村健吾"]


@pytest.mark.parametrize("text,name", [
    ("中国外務省の郭嘉昆報道官は記者会見で反発した。", "郭嘉昆"),
    ("韓国の李在明大統領は未来志向の関係を訴えた。", "李在明"),
    ("中国の習近平国家主席は北京で演説した。", "習近平"),
    ("中国の林剣報道官は会見で述べた。", "林剣"),
])
def test_chinese_and_korean_names_in_kanji_from_context(text, name):
    assert found(text, "person") == [name]


def test_a_name_is_never_cut_across_a_title():
    assert found("日銀の氷見野副総裁は講演で述べた。", "person") == ["氷見野"]
    assert "野副" not in found("氷見野副総裁は利上げを急がない姿勢を示した。")


def test_a_full_name_runs_up_to_the_title_whatever_unidic_made_of_it():
    assert found("パナソニックの楠見雄規社長は構造改革を進めると述べた。", "person") == ["楠見雄規"]
    assert found("楽天の今永昇太投手が完封した。", "person") == ["今永昇太"]


@pytest.mark.parametrize("text, name", [
    ("新製品の発表会で、北見康和社長は語った。", "北見康和"),  # a place's word, then a given name read as an era's
    ("練習試合の後、平戸天平監督は語った。", "平戸天平"),
])
def test_a_place_read_surname_and_a_given_name_read_as_another_proper_noun_before_a_title(text, name):
    assert found(text, "person") == [name]


def test_a_surname_and_a_given_name_read_as_places_before_a_title_and_an_age():
    assert found("研究を率いた同大の桐ケ谷隼人教授（54）は会見した。", "person") == ["桐ケ谷隼人"]
    assert found("横浜市の港北区長（58）が出席した。", "person") == []  # (a place's post: no name)


def test_a_lone_surname_before_a_particle():
    assert found("先発した大谷は７回を無失点に抑えた。", "person") == ["大谷"]


# --- organisations ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "みらい新党", "経済産業省", "金融庁", "みずほ銀行", "東都大学", "公正取引委員会", "北海新聞", "テレビ朝日", "共同通信",
    "国際協力機構", "日本労働組合総連合会", "日本サッカー協会", "トヨタ自動車", "株式会社ミライテック", "東京地裁", "大阪府警",
    "札幌簡裁", "大阪高検", "松江区検",  # a summary court, a high and a district public prosecutors' office
])
def test_organisations_by_their_form(name):
    assert found(f"{name}は２日、新たな方針を発表した。", "organization") == [name]


def test_the_bank_of_japan_in_either_form_is_one_actor():
    gaz = actors.default()
    (a,), _ = actors.find("日銀は金融政策を据え置いた。", gaz)
    (b,), _ = actors.find("日本銀行は金融政策を据え置いた。", gaz)
    assert a.actor == b.actor and gaz.entries[a.actor].kind == "organization"


def test_a_sports_club_from_its_context():
    texts = ["ドジャースはブルージェイズ戦に勝った。", "ドジャースの大谷翔平選手が本塁打を放った。"]
    mentions, new = article(texts)
    kinds = [(texts[k][s:e], new[aid].kind if aid in new else actors.default().entries[aid].kind)
             for k, passage in enumerate(mentions) for aid, s, e in passage]
    assert kinds == [("ドジャース", "organization"), ("ブルージェイズ", "organization"),
                     ("ドジャース", "organization"), ("大谷翔平", "person")]


def test_acronyms_in_capitals_but_not_common_ones():
    assert found("FRBは利下げを見送り、GDPの伸びは鈍った。", "organization") == ["FRB"]


# --- places -----------------------------------------------------------------------------------

def test_places_from_unidic_with_their_suffix():
    assert found("足立区と旭川市で大雨が降った。", "place") == ["足立区", "旭川市"]
    assert found("東京都内の病院で", "place") == ["東京都"]


def test_a_place_with_and_without_its_administrative_suffix_is_one_actor():
    texts = ["熊本県人吉市で記録的な大雨が降った。", "首相は人吉と熊本市を視察した。", "堺市でも雨が続いた。"]
    mentions, new = article(texts)
    ids = [[(texts[k][s:e], aid) for aid, s, e in passage] for k, passage in enumerate(mentions)]
    assert ids == [[("熊本県", "l:熊本"), ("人吉市", "l:人吉")], [("人吉", "l:人吉"), ("熊本市", "l:熊本")],
                   [("堺市", "l:堺市")]]  # one character before the suffix: the suffix stays
    assert new["l:人吉"].name == "人吉" and new["l:人吉"].aliases == ("人吉市",)


# --- guards -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "大阪市長は会見で述べた。", "長野県知事が視察した。", "政府報道官が述べた。", "同社社長は辞任した。",
    "チーム代表が語った。", "新社長に就いた。", "ゴルフの練習を続けた。",
])
def test_places_roles_and_common_words_are_no_people(text):
    assert found(text, "person") == []


def test_a_club_is_no_person():
    text = "ドジャース戦を前に、ドジャースの監督が語った。"
    assert found(text, "person") == [] and found(text, "organization") == ["ドジャース", "ドジャース"]


def test_one_person_is_not_counted_as_two():
    texts = ["ドジャースの山本由伸投手が先発した。", "山本は７回を無失点に抑えた。", "山本投手は「良かった」と話した。"]
    mentions, new = article(texts)
    assert {aid for passage in mentions for aid, _, _ in passage if aid.startswith("p:")} == {"p:山本由伸"}


def test_an_organisation_holding_a_name_is_no_person():
    assert found("伊藤忠商事は新たな中期計画を発表した。", "person") == []
    assert found("伊藤忠商事は新たな中期計画を発表した。", "organization") == ["伊藤忠商事"]


def test_the_gazetteer_stays_first_for_names_it_knows():
    assert found("ゼレンスキー大統領は", "person") == ["ゼレンスキー"]
    gaz = actors.default()
    (f,), new = actors.find("ゼレンスキー大統領は", gaz)
    assert f.actor in gaz.entries and not new


def test_one_run_of_mecab_gives_the_index_tokens_and_the_word_classes():
    """The import asks MeCab once a passage for both: the index's tokens must be exactly `index_tokens`."""
    import unicodedata

    from tui.news.language import index_and_words, index_tokens, word_class
    from tui.news.paths import seeds_dir

    lines = [x for p in sorted(seeds_dir().glob("*.txt")) for x in p.read_text(encoding="utf-8").splitlines()]
    lines += ["NATOとGDP、ｉＰＳ細胞 と　全角", "石破茂首相は東京で", "\tタブと  空白"]
    for line in lines:
        nfkc = unicodedata.normalize("NFKC", line)
        tokens, flat = index_and_words(nfkc)
        assert tokens == index_tokens(nfkc)
        assert "".join(flat[0::2]) == "".join(nfkc.lower().split())
    _, flat = index_and_words("石破茂首相")
    assert [word_class(i)[2:] for i in flat[1::2]] == [("人名", "姓"), ("人名", "名"), ("一般", "")]


def test_a_lone_one_character_name_token_needs_the_article_to_name_it():
    assert found("森は深く、林の中は暗かった。", "person") == []
    mentions, _ = article(["林芳正官房長官は会見した。", "林は続けて説明した。"])
    assert [aid for passage in mentions for aid, _, _ in passage] == ["yoshimasa-hayashi"] * 2
    mentions, new = article(["林芳正官房長官は会見した。", "林官房長官は続けて説明した。"])
    assert [aid for passage in mentions for aid, _, _ in passage] == ["yoshimasa-hayashi"] * 2 and not new


def test_two_full_names_of_one_surname_in_an_article_are_two_people():
    texts = ["田中一郎さん（70）と妻の田中花子さん（68）は50年前に店を開いた。", "一郎さんは笑い、花子さんもうなずいた。田中さんは店主だ。"]
    mentions, new = article(texts)
    ids = [[(texts[k][s:e], aid) for aid, s, e in passage] for k, passage in enumerate(mentions)]
    assert ids == [[("田中一郎", "p:田中一郎"), ("田中花子", "p:田中花子")],
                   [("一郎", "p:田中一郎"), ("花子", "p:田中花子"), ("田中", "p:田中一郎")]]  # a surname alone: the first
    assert sorted(new) == ["p:田中一郎", "p:田中花子"]
