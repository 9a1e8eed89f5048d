"""Names as profiles and encyclopaedias write them (issue 20): a reading in brackets after the name
(森岡貴之（もりおか たかゆき、…）) names no one again, and a given name of two kanji that UniDic reads as one
kanji and a suffix or a common word (悠 + 人, 湊 + 斗) is read whole, while a word that follows a whole
given name (山田花子作, 山田博著) stays out of it. Sentences of our own; each fails without its change."""

from __future__ import annotations

import pytest

from conftest import persons
from tui.news import actors
from tui.news.actors.readings import readings


def kinds(text: str) -> list[tuple[str, str]]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [(text[f.start:f.end], (new.get(f.actor) or gaz.entries[f.actor]).kind) for f in hits]


@pytest.mark.parametrize("text, name", [
    ("森岡 貴之（もりおか たかゆき、1962年4月3日 - ）は、日本の政治家。", "森岡 貴之"),
    ("大河内千秋（おおこうち ちあき、1948年 - 2019年）は、日本の作家、翻訳家。", "大河内千秋"),
    ("中村美沙（なかむら みさ）は、日本の女優。ホリプロ所属。", "中村美沙"),
    ("南雲 さくら（なぐも さくら、1990年 - ）は、日本の女優、歌手である。", "南雲 さくら"),  # a name ending in kana
])
def test_a_reading_in_brackets_after_a_name_is_no_mention(text, name):
    found = kinds(text)
    assert not [w for w, _ in found if w.startswith("なぐも")], found
    assert (name, "person") in found
    inside = text[text.index("（") + 1:text.index("）")]
    assert not [w for w, _ in found if w in inside], found


def test_a_reading_is_kana_after_kanji_and_nothing_else():
    assert readings("北辰精機（ほくしんせいき）は") == [(5, 12)]
    assert readings("作家（きょう来日）") == []  # a kanji inside: words, not a reading
    assert readings("歌手のあいみょん（あいみょん）") == []  # after kana: no name in kanji before it
    assert readings("記者会見で（笑）") == []  # one kanji


def test_a_name_in_kana_in_brackets_after_a_title_is_still_found():
    assert "ゆうこ" not in persons("作家（ゆうこ）")  # (a reading's shape: none)
    assert persons("山口県の県議、佐藤ゆうこさん（45）が出馬した。") == ["佐藤ゆうこ"]


@pytest.mark.parametrize("text, names", [
    ("夫は俳優の西島悠人。", ["西島悠人"]),
    ("新人の木村大樹は、開幕戦で先発した。", ["木村大樹"]),
    ("日本代表の中川湊斗は、後半に得点した。", ["中川湊斗"]),
    ("主演は西島悠人と石田ゆり子。", ["西島悠人", "石田ゆり子"]),
])
def test_a_given_names_second_kanji_read_as_a_suffix(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("山田花子作の絵本が人気だ。", ["山田花子"]),
    ("鈴木一郎製の家具を買った。", ["鈴木一郎"]),
    ("佐藤直樹展が開かれた。", ["佐藤直樹"]),
    ("山田博著の本が売れている。", ["山田博"]),
    ("西郷隆盛像の前で写真を撮った。", ["西郷隆盛"]),
])
def test_a_word_after_a_whole_given_name_is_no_part_of_it(text, names):
    assert persons(text) == names


def test_a_chinese_or_korean_name_of_two_kanji_and_its_surname_before_a_title_later() -> None:
    from conftest import article_persons

    texts = ["中国の王強外相と韓国の趙顕宇外相が会談した。", "王外相は「協力は欠かせない」と述べた。"]
    assert article_persons(texts) == [["王強", "趙顕宇"], ["王"]]
    gaz = actors.default()
    mentions, _ = actors.find_all(texts, gaz)
    assert mentions[1][0][0] == mentions[0][1][0]  # one person


def test_a_head_coach_title_is_no_part_of_a_katakana_name() -> None:
    assert persons("ジョーンズ・ヘッドコーチは厳しい表情だった。") == ["ジョーンズ"]


def test_a_union_leaders_title_is_no_part_of_the_name() -> None:
    assert persons("組合の大塚浩執行委員長は訴えた。") == ["大塚浩"]
    assert persons("産別労組の松浦昭彦中央執行委員長が会談した。") == ["松浦昭彦"]


def test_sensei_after_a_name_is_a_title() -> None:
    assert persons("指導した山口先生は目を細めた。") == ["山口"]
    assert persons("医師の佐藤先生に診てもらった。") == ["佐藤"]
    assert persons("学校の先生は忙しい。担任の先生が説明した。") == []


def test_a_surname_read_as_a_place_after_a_party_and_no_before_giin() -> None:
    assert persons("国民民主党の玉城議員は批判した。") == ["玉城"]
    assert persons("自民党の福岡議員が質問した。") == ["福岡"]
    assert persons("東京の議員が集まった。") == []
