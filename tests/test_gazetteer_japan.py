"""The gazetteer's Japanese organisations: government bodies, public corporations, media, companies,
universities and sports bodies are found by name and filed under one id; their short forms never
take a surname, a place or a common word (本田圭佑, 阪神地方, キリンの赤ちゃん, 東京大会). Sentences of
our own."""

from __future__ import annotations

import tomllib
from collections import Counter

import pytest

from tui.news import actors
from tui.news.actors.gazetteer import DATA, normal

_GAZ = actors.load(None)  # the shipped gazetteer, no user file


def found(text: str) -> list[tuple[str, str, str]]:
    """(text, kind, actor id) of each actor found in one passage."""
    spans, new = actors.find_all([text], _GAZ)
    return [(text[s:e], (new.get(a) or _GAZ.entries[a]).kind, a) for a, s, e in spans[0]]


def orgs(text: str) -> dict[str, str]:
    """The organisations found in `text`: their text and actor id."""
    return {t: a for t, kind, a in found(text) if kind == "organization"}


@pytest.mark.parametrize("text, name, actor_id", [
    # central government and independent bodies
    ("内閣府は、景気の基調判断を据え置いた。", "内閣府", "cabinet-office-japan"),
    ("会計検査院は、補助金の不適切な支出を指摘した。", "会計検査院", "board-of-audit"),
    ("公取委は、下請け業者への代金の減額を認定した。", "公取委", "jftc"),
    ("公正取引委員会が、大手3社に立ち入り検査に入った。", "公正取引委員会", "jftc"),
    ("規制委は、再稼働の前提となる審査に合格したと判断した。", "規制委", "nra-japan"),
    ("厚労省の検討会は、新しい指針案をまとめた。", "厚労省", "mhlw"),
    ("海保の巡視船が、尖閣諸島の周辺で警戒を続けている。", "海保", "japan-coast-guard"),
    ("宮内庁は、式典の日程を発表した。", "宮内庁", "imperial-household-agency"),
    ("日本学術会議の会長が、法案の見直しを求めた。", "日本学術会議", "science-council-of-japan"),
    # public corporations, institutes and associations
    ("日本年金機構は、記録の誤りを謝罪した。", "日本年金機構", "japan-pension-service"),
    ("ＧＰＩＦの運用益は、四半期で過去最大となった。", "ＧＰＩＦ", "gpif"),
    ("理化学研究所のチームは、新しい元素の合成を目指す。", "理化学研究所", "riken"),
    ("ＪＡＸＡは、探査機の打ち上げを延期した。", "ＪＡＸＡ", "jaxa"),
    ("産総研の研究者が、新しい電池材料を開発した。", "産総研", "aist"),
    ("中教審は、教員の働き方改革の答申をまとめた。", "中教審", "central-council-for-education"),
    ("日弁連は、死刑制度の廃止を求める声明を出した。", "日弁連", "jfba"),
    # media, publishers and entertainment
    ("共同通信の世論調査で、内閣支持率は３割を下回った。", "共同通信", "kyodo-news"),
    ("テレ朝の番組で、司会者が発言を撤回した。", "テレ朝", "tv-asahi"),
    ("講談社は、人気漫画の新装版を刊行する。", "講談社", "kodansha"),
    ("文藝春秋の社長は、記事の内容に自信を示した。", "文藝春秋", "bungeishunju"),
    ("松竹は、新しい歌舞伎公演の演目を発表した。", "松竹", "shochiku"),
    ("Ｎ響の定期公演で、若手の指揮者が初めて登場した。", "Ｎ響", "nhk-so"),
    # companies
    ("トヨタは、北米で新型車の生産を始める。", "トヨタ", "toyota"),
    ("三菱地所は、丸の内で超高層ビルを建設する。", "三菱地所", "mitsubishi-estate"),
    ("ファーストリテイリングの決算は、増収増益だった。", "ファーストリテイリング", "fast-retailing"),
    ("東京ガスは、都市ガスの料金を引き上げる。", "東京ガス", "tokyo-gas"),
    ("楽天証券は、手数料の無料化を発表した。", "楽天証券", "rakuten-securities"),
    ("東電は、処理水の放出を再開した。", "東電", "tepco"),
    ("ＭＵＦＧは、海外の銀行を買収する。", "ＭＵＦＧ", "mufg"),
    ("ＪＲ東海は、リニア中央新幹線の開業時期を見直した。", "ＪＲ東海", "jr-central"),
    # universities
    ("東京大学の研究チームが、新しい治療法を開発した。", "東京大学", "u-tokyo"),
    ("早大の学生が、地元の商店街で調査を行った。", "早大", "waseda"),
    ("慶応大の研究者は、結果を学会で発表した。", "慶応大", "keio"),
    # sports bodies and clubs
    ("日本相撲協会は、新しい番付を発表した。", "日本相撲協会", "jsa"),
    ("ＪＯＣは、五輪代表の派遣を決めた。", "ＪＯＣ", "joc"),
    ("日本陸連は、マラソン代表の選考基準を発表した。", "日本陸連", "jaaf"),
    ("阪神タイガースは、新しい監督の就任を発表した。", "阪神タイガース", "hanshin-tigers"),
])
def test_a_japanese_body_is_found_by_name(text, name, actor_id):
    assert orgs(text).get(name) == actor_id


@pytest.mark.parametrize("text, word, kind", [
    ("本田圭佑がゴールを決めた。", "本田圭佑", "person"),  # 本田 is no company
    ("阪神地方で大雨が降った。", "阪神", "place"),  # 阪神 alone is a region, not the club
    ("茨城県日立市の高校生が表彰された。", "日立市", "place"),  # the city holds the company's name
])
def test_a_surname_or_place_keeps_its_kind(text, word, kind):
    assert (word, kind) in [(t, k) for t, k, _ in found(text)]
    assert not any(t in word and k == "organization" for t, k, _ in found(text))


@pytest.mark.parametrize("text", [
    "キリンの赤ちゃんが動物園で生まれた。",  # a giraffe
    "イオンの濃度を測定した。",  # an ion
    "彼は楽天的な性格だ。",  # optimistic
    "東京大会で優勝した選手が帰国した。",  # 東京大 would sit inside 東京大会
    "今日大きな地震があった。",  # 日大 would sit inside 今日大きな
    "料理研究家が新しい献立を紹介した。",  # 理研 would sit inside 料理研究家
    "大和の国の歴史を学ぶ。",  # 大和 alone is a place and an old name
])
def test_a_common_word_is_no_company(text):
    assert orgs(text) == {}


def _table() -> list[dict]:
    with open(DATA, "rb") as fh:
        return tomllib.load(fh)["actor"]


def test_every_id_is_unique():
    ids = Counter(a["id"] for a in _table())
    assert [i for i, n in ids.items() if n > 1] == []


def test_no_spelling_names_two_actors():
    """Every name and alias, NFKC and lower-cased, belongs to one actor and appears once in it."""
    owners: dict[str, set[str]] = {}
    for a in _table():
        forms = [normal(x) for x in (a["name"], *a.get("aliases", ()))]
        assert len(forms) == len(set(forms)), a["id"]
        for f in forms:
            owners.setdefault(f, set()).add(a["id"])
    assert {f: ids for f, ids in owners.items() if len(ids) > 1} == {}


def test_japanese_organisations_have_the_fields_and_no_one_character_alias():
    table = _table()
    start = next(k for k, a in enumerate(table) if a["id"] == "cabinet-office-japan")
    japanese = [a for a in table[start:] if a["kind"] == "organization"]
    assert len(japanese) > 400
    for a in japanese:
        assert a["id"].isascii() and a["english"], a["id"]
        assert all(len(x) > 1 for x in a.get("aliases", ())), a["id"]
    # The short forms the ambiguity rule leaves out stay out.
    spellings = {normal(x) for a in table for x in (a["name"], *a.get("aliases", ()))}
    for word in ("本田", "豊田", "松下", "鈴木", "三井", "三菱", "キリン", "アサヒ", "イオン", "巨人", "阪神", "大和",
                 "楽天", "東京大", "京都大", "日大", "近大", "理研", "吉本", "宝塚"):
        assert normal(word) not in spellings, word
