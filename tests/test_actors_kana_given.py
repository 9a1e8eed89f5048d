"""A hiragana given name after a surname, read whole up to the honorific or age that closes it, whatever UniDic cuts
it into. Sentences of our own; the first three fail without `kana_given`."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("静岡市の望月しずかさん（１９）が提訴した。", ["望月しずか"]),  # しず + か, a particle
    ("グループの星乃ゆずは（２１）が卒業する。", ["星乃ゆずは"]),  # ゆず + は
    ("声優の榊原かのん（２４）が独立した。", ["榊原かのん"]),  # か + のん
])
def test_a_hiragana_given_name_closed_by_an_honorific_or_age(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("女子４８キロ級は松浦まりん（南予ＪＣ）が制した。", ["松浦まりん"]),  # まり + ん, a particle
    ("首位に立った早川ゆずは(北毛スケートクラブ)が逃げ切った。", ["早川ゆずは"]),  # ゆず + は
    ("最優秀賞　森田かのん（徳島県鳴門市、撫養西小４年）", ["森田かのん"]),  # か + のん, a sentence's particles
])
def test_a_hiragana_given_name_before_a_listings_bracket_is_read_whole(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("説明会には田中課長と森田など（敬称略）が出た。", ["田中"]),  # a particle before the bracket
    ("工場では鈴木らが（３人で）作業した。", ["鈴木"]),  # a suffix and a particle
])
def test_particles_and_suffixes_before_a_bracket_are_no_given_name(text, names):
    assert persons(text) == names


def test_a_given_name_alone_before_an_honorific_and_age_is_whole_over_a_part_unidic_reads():
    assert persons("ひまわり保育園のゆいと君（５）が最優秀賞に選ばれた。") == ["ゆいと"]  # ゆい + と


@pytest.mark.parametrize("text, names", [
    ("常連客の大島さん（７２）は話した。", ["大島"]),  # the honorific itself before the age
    ("鈴木さんとさくらちゃんが来た。", ["鈴木", "さくら"]),
])
def test_an_honorific_is_no_given_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("俳優の一色颯（２９）と女優の白鳥りん（２６）が結婚した。", ["一色颯", "白鳥りん"]),  # 一色 + 颯, common words
    ("お笑いコンビ「ぽんかん日和」の鰐淵大悟（３２）が結婚した。", ["鰐淵大悟"]),
])
def test_a_name_before_an_age_after_a_calling_or_a_group(text, names):
    assert persons(text) == names


def test_a_word_for_a_person_before_an_age_stays_no_name():
    assert persons("俳優の男性（２９）が結婚した。") == []


def test_a_nickname_in_brackets_before_koto_and_a_name_is_a_person():
    assert persons("ユーチューバー「ぬまっち」こと沼尻拓海さん（２７）が本を出した。") == ["ぬまっち", "沼尻拓海"]


def test_a_plural_suffix_after_a_name_is_no_part_of_it():
    assert persons("代表に主将の石田らを選んだ。") == ["石田"]


@pytest.mark.parametrize("text, names", [
    ("女子は早瀬ミサキとのペアで優勝した。", ["早瀬ミサキ"]),  # ミサ, a name, + キ, a symbol
    ("決勝は鳴海ミユが制した。", ["鳴海ミユ"]),  # ミ + ユ, two symbols
    ("主将の佐々木ケンタが決めた。", ["佐々木ケンタ"]),  # a proper noun UniDic calls no name
    ("伊藤ユズハ（１９）が初優勝した。", ["伊藤ユズハ"]),  # ユ + ズ + ハ, before an age
])
def test_a_katakana_given_name_after_a_surname_is_read_whole(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "駅前の田中カレーが閉店した。",  # a loanword after a surname: a shop
    "鈴木ホテルに泊まった。",
    "人気の山本ラーメンは行列ができた。",
])
def test_a_loanword_after_a_surname_is_no_given_name(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("宮沢賢治賞は、童話作家花巻リツさんに贈られた。", ["花巻リツ"]),  # 花巻, a place UniDic knows; リツ, a given name
    ("島唄を教える里ナミエさんの教室に通う。", ["里ナミエ"]),  # 里, a common word
    ("研究所出身の松葉ユリさんは実験を続けてきた。", ["松葉ユリ"]),  # ユリ, a lily, before さん
    ("発見者は元教員の山根ツヤ子さん（７７）だ。", ["山根ツヤ子"]),  # ツヤ + 子
])
def test_a_katakana_given_name_closed_by_an_honorific_takes_the_word_before_it_as_its_surname(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("夫を亡くした妻ユリさん（７０）が語った。", ["ユリ"]),  # a kin word before the name
    ("社長トモさんは笑った。", ["トモ"]),  # a title
])
def test_a_kin_word_or_title_before_a_katakana_given_name_is_no_surname(text, names):
    assert persons(text) == names
