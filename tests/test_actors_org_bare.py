"""Organisations news names bare (`org_bare`): no suffix, no gazetteer entry, a name UniDic reads as a common word
as often as a proper noun (シャープ, 花王, 日本郵政, 任天堂), told by what only a body does or has around it, and
found again in its article. Sentences of our own; each fails without its rule. The guards: products, loanwords,
common words and acts in another clause, places, countries and persons keep what they were."""

from __future__ import annotations

import pytest

from tui.news import actors


def kinds(texts: list[str]) -> list[list[tuple[str, str]]]:
    """(text, kind) of each actor found in each passage of one article."""
    gaz = actors.default()
    found, new = actors.find_all(texts, gaz)
    return [[(t[s:e], (new.get(a) or gaz.entries[a]).kind) for a, s, e in passage] for t, passage in zip(texts, found)]


def orgs(text: str) -> list[str]:
    return [w for w, kind in kinds([text])[0] if kind == "organization"]


@pytest.mark.parametrize("text, found", [
    ("シャープは、主力のパネルの国内生産を停止すると発表した。", ["シャープ"]),  # katakana common word, an act on an object
    ("花王は、来春から洗顔料を１割値上げする。", ["花王"]),  # a common kanji word, a company's act
    ("任天堂が、新型ゲーム機の出荷を始めた。", ["任天堂"]),  # 任天 + 堂, an act begun
    ("日本郵政の社長が、記者会見で陳謝した。", ["日本郵政"]),  # a place's word and a common one, before の社長
    ("みらい工業の堀内社長は、海外工場の増設を急ぐ考えを示した。", ["みらい工業"]),  # before a head named
    ("スバルは、北米での販売が伸びて増益となった。", ["スバル"]),  # a result only a company posts
    ("ソフトバンクは、都内で株主総会を開いた。", ["ソフトバンク"]),  # what only a company owns, as the object
    ("ミドリ電器を運営するあおば商事は、県内に大型店を出店する。", ["ミドリ電器", "あおば商事"]),
    ("カワセ電機と東和ケミカルは、来年春に経営統合する。", ["カワセ電機", "東和ケミカル"]),  # joined by と
    ("ＵＡゼンセンは、パート従業員の賃上げ要求を発表した。", ["ＵＡゼンセン"]),  # letters and katakana
    ("マツモトキヨシは、都内で新型店を開業した。", ["マツモトキヨシ"]),  # a name's words glued in katakana, no ・
    ("楽天は、旅行予約の売上高が過去最高だったと発表した。", ["楽天"]),  # a club's word, in business news a company
    ("東京海上が、火災保険の保険料を引き上げる。", ["東京海上"]),  # a price it charges raised
    ("日本郵政は、契約社員の待遇を見直す。", ["日本郵政"]),  # its staff's terms
])
def test_a_bare_name_by_what_only_a_body_does_or_has(text, found):
    assert orgs(text) == found


def test_a_bare_name_found_once_is_the_same_body_later_in_the_article():
    got = kinds(["北辰化学は、同業の塗料会社を買収すると発表した。", "北辰化学によると、買収額は非公表だ。"])
    assert got == [[("北辰化学", "organization")], [("北辰化学", "organization")]]


@pytest.mark.parametrize("text", [
    "チョコレートは、原料高で値上げが相次いでいる。",  # a product before は: the raise is no act of its
    "ガソリンは、補助金の縮小で値上がりした。",
    "新型の掃除機は、来月発売される。",  # passive
    "貿易収支は、３カ月ぶりに赤字となった。",  # a balance is in the red too
    "半導体は、輸出規制で生産を削減する企業が増えた。",  # the act is the firms' (a clause before 企業)
    "政府は、電気料金の補助を再開すると発表した。",  # a generic body
    "大手銀行は、住宅ローン金利を引き上げる。",
    "町内会の仁科会長は、防犯パトロールを呼びかけた。",  # an association's head, no company's
    "製造業の労組は、統一要求を決めた。",  # a kind of business
    "和平交渉の行方は、なお見通せない。",
    "交渉が決裂した理由は、関税の引き上げだった。",
    "家電大手の幹部は、新型の冷蔵庫を発売すると述べた。",  # a common word after the kind of business
])
def test_no_organisation_in_common_words_products_or_others_acts(text):
    assert orgs(text) == []


@pytest.mark.parametrize("text, word, kind", [
    ("長野は、一時停止して様子を見る方針を発表した。", "長野", "place"),  # a place's word: only a company's act
    ("米国は、鉄鋼への関税を引き上げると発表した。", "米国", "country"),  # a country found already
    ("長野は、路線バスの運賃を引き上げる。", "長野", "place"),  # a town's fares: no company's price
    ("野村は、決勝で２ゴールを挙げた。", "野村", "person"),
    ("岸田氏は、党の改革案を発表した。", "岸田", "person"),
    ("田中は、新しい店舗を出店すると発表した。", "田中", "person"),  # a person's word is a company's only as an object
    ("ジョン・スミスは、新しい店舗を出店すると発表した。", "ジョン・スミス", "person"),
])
def test_places_countries_and_persons_keep_their_kind(text, word, kind):
    assert (word, kind) in kinds([text])[0]
