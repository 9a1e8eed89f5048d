"""Places that head a longer name, an era's or an event's are no places of their own; places keep their kind's
character (千葉県連, 東京都港区) and a place after ・ and a kanji word stands (東京・銀座). Real tokenizer, real
gazetteer; sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.news import actors


def places(text: str) -> list[str]:
    gaz = actors.default()
    found, new = actors.find_all([text], gaz)
    out = []
    for aid, s, e in found[0]:
        kind = (new.get(aid) or gaz.entries[aid]).kind
        if kind in ("place", "country"):
            out.append(text[s:e])
    return out


@pytest.mark.parametrize("text, gone", [
    ("浦和レッズは敵地で鹿島アントラーズと引き分けた。", {"浦和", "鹿島"}),  # a club's name
    ("東京ドームには約４万人が詰めかけた。", {"東京"}),  # a venue's
    ("横浜FMは終了間際に追いついた。", {"横浜"}),  # Latin letters
    ("バスケットボールの千葉ジェッツが連勝を伸ばした。", {"千葉"}),
    ("全日本空輸は夏の臨時便を増やす。", {"日本"}),  # after 全
    ("城下町の祭りは江戸時代から続いている。", {"江戸"}),  # an era
    ("大相撲九州場所は初日を迎えた。", {"九州"}),  # an event
    ("陸上の日本選手権で大会新記録が出た。", {"日本"}),
    ("パリ五輪の金メダリストが来日した。", {"パリ"}),  # an event's name
    ("大阪国際女子マラソンは晴天の下で行われた。", {"大阪", "日本"}),
    ("日本勢は金メダル４個を獲得した。", {"日本"}),  # a country's players
    ("地裁は、元町議の男に罰金刑を言い渡した。", {"元町"}),  # 元 + 町議, not the place 元町
    ("町長選は、元町職員の新人と現職の争いになった。", {"元町"}),  # 元 + 町職員
])
def test_a_place_heading_a_longer_name_is_no_place(text: str, gone: set[str]) -> None:
    assert not gone & set(places(text))


@pytest.mark.parametrize("text, place", [
    ("香港メディアによると、デモの参加者は増えている。", "香港"),  # a kind of thing after the place: it stands
    ("上海メディアは新しい空港の開業を伝えた。", "上海"),
    ("ロシアメディアは会談の成果を強調した。", "ロシア"),  # a country keeps its name before katakana
    ("最高額が出たのは東京・銀座の売り場だった。", "銀座"),  # after ・ and a kanji word
    ("愛知県大会の決勝は雨で順延された。", "愛知県"),  # a prefecture's tournament says where
    ("会場は東京都港区のホテルで、約２００人が出席した。", "東京都"),  # the prefecture's kind kept before a ward
    ("東大阪市議選の開票が始まった。", "東大阪市"),  # 東大阪 + 市議
    ("休日は九頭竜川で渓流釣りを楽しむという。", "九頭竜川"),  # a river's name with its kind
    ("候補者は朝から松本駅前で支持を訴えた。", "松本駅"),  # a station's
])
def test_a_place_that_stands_keeps_its_name_and_kind(text: str, place: str) -> None:
    assert place in places(text)


def test_a_place_after_a_table_cell_in_katakana_on_the_line_before_stands() -> None:
    gaz = actors.default()
    texts = ["支援を求める | ウクライナ\n名古屋の対応 | 欧州"]
    found, new = actors.find_all(texts, gaz)
    names = [texts[0][s:e] for aid, s, e in found[0]]
    assert "名古屋" in names
