"""Foreign names joined by ・ or ＝ before a minister's or an official's compound title (貿易産業相, 国務長官, 情報局長,
元環境相, 元副大統領, 影の外相), a Chinese name before a unit's head and the unit's word (劉文傑報道局長), whose parts UniDic does not know or glues into one word, with initials first and a
son's mark last; and a given name UniDic reads as a town's before a surname it knows and an honorific. Real
tokenizer; sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, name", [
    ("マレーシアのファリダ・イスカンダル国際貿易産業相は９日、関税の見直しを表明した。", "ファリダ・イスカンダル"),
    ("米国のトーマス・Ｗ・ブラッドフィールド国務長官は１２日、欧州に向けて出発した。", "トーマス・Ｗ・ブラッドフィールド"),
    ("同国外務省のスヴェトラーナ・ドゥブロフスカヤ情報局長が会見した。", "スヴェトラーナ・ドゥブロフスカヤ"),
    ("野党候補のエムレ・カラダヴット元環境相は敗北を認めた。", "エムレ・カラダヴット"),
    ("選挙ではコフィ・ンクルマ＝アッタ元副大統領の当選が確実になった。", "コフィ・ンクルマ＝アッタ"),
    ("野党のエミリー・ワトキンソン影の外相は「遅い」と批判した。", "エミリー・ワトキンソン"),
    ("長官はＲ・Ｋ・ペンダーグラス国務次官とともに出発した。", "Ｒ・Ｋ・ペンダーグラス"),  # (two initials first)
    ("国務省のトーマス・Ｈ・マロリー・ジュニア報道官が説明した。", "トーマス・Ｈ・マロリー・ジュニア"),
])
def test_a_joined_name_before_a_compound_title(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_given_name_read_as_a_town_before_a_known_surname_and_an_honorific() -> None:
    assert persons("農園で働くグアダルーペ・ロドリゲスさん（３４）は「雨が少ない」と話した。") == ["グアダルーペ・ロドリゲス"]
    assert persons("ボスニア・ヘルツェゴビナ外相が来日した。") == []  # (two places: no one)


def test_a_common_noun_joined_before_a_compound_title_is_still_no_name() -> None:
    assert persons("同社のマネー・サポート担当相談窓口が開設された。") == []


def test_a_chinese_name_before_a_units_head_and_its_qualifier() -> None:
    assert persons("中国外務省の劉文傑報道局長は会見で「断固反対する」と述べた。") == ["劉文傑"]
    assert persons("中国商務省の楊建平副報道局長は記者会見で説明した。") == ["楊建平"]
