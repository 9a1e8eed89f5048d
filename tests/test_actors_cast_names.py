"""Names in the shapes of culture and entertainment pages and obituaries (`actors.cast_names`): a band's or a
group's members, a name before a part in brackets, a traditional name after its generation, a name before its
real name and the real name, a name after a maker's occupation; and a name read after a role without its
honorific (`actors.apposition`). Sentences of our own; each fails without its change."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("人気バンドのボーカルハルキとベースの真柴リオが脱退した。", ["ハルキ", "真柴リオ"]),  # glued, then after の
    ("ユニットのキーボード担当、SHINOは作曲も手がける。", ["SHINO"]),
    ("新グループのメンバー、ソウタとレンが会見に臨んだ。", ["ソウタ", "レン"]),
    ("ガールズグループ「ルミエール」のみさきとなぎさが、ラジオ番組に出演した。", ["みさき", "なぎさ"]),
    ("連続ドラマでは、宇賀神（主人公の上司役）が物語を動かす。", ["宇賀神"]),
    ("三代目桂木亭小雀は、師匠の持ちネタに挑んだ。", ["桂木亭小雀"]),
    ("陶芸家の十五代椿井新左衛門さんが新作を披露した。", ["椿井新左衛門"]),  # 代 alone after kanji numbers
    ("落語家の八代目柳亭小ぎん次さんが死去した。", ["柳亭小ぎん次"]),  # kana inside the name
    ("詩人の野辺ほたる（本名・中原穂乃香）さんが亡くなった。", ["野辺ほたる", "中原穂乃香"]),
    ("元小結の鷹ノ里（本名・北条誠司）さんが死去した。", ["鷹ノ里", "北条誠司"]),
    ("元関脇の鳴門潟親方（本名・佐々木勝）が死去した。", ["鳴門潟", "佐々木勝"]),  # a stablemaster's title before the bracket
    ("版画家のはやせ稔さんが個展を開いた。", ["はやせ稔"]),  # not 稔 alone
    ("歌手の花籠みちるさんが新曲を出した。", ["花籠みちる"]),  # not 花籠みちるさん
    ("コンビの相方の小倉は構成作家に転じた。", ["小倉"]),  # kanji that read as a surname after a part and の
    ("朗読劇には浅間遥、八雲みゆき、御手洗大樹らが出演する。", ["浅間遥", "八雲みゆき", "御手洗大樹"]),  # a cast's list
    ("共演は、千住蒼、七瀬かりんの二人。", ["千住蒼", "七瀬かりん"]),
])
def test_members_parts_generations_and_real_names_are_persons(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "相方のツッコミが冴えた。",  # a common word in katakana after 相方の
    "チームのリーダーシップが問われる。",  # one word of UniDic's: no part and a name
    "人気バンドのギターソロが話題になった。",  # a loanword after the part
    "アイドルグループ「ルミエール」のライブは満員だった。",  # a loanword after the group
    "二代目社長が就任した。",  # common words after a generation
    "老舗の四代目として、店ののれんを守った。",  # 目 of 代目 opens no name
    "７０代男性が搬送された。",  # an age in digits: no generation
    "ギターの音色が響いた。",  # a common word after a part
    "出演は、東京、大阪、名古屋の３会場で行う。",  # a list of places in a line about a cast: no name among them
])
def test_no_person_in_these(text):
    assert persons(text) == []


def test_three_letters_written_as_a_word_after_an_occupation_are_a_name():
    # (`stage_names`) a capital and two small letters: a name, where an acronym (SNS, CMs) is none
    assert persons("歌手のMaoは新曲を出した。") == ["Mao"]
    assert persons("モデルのSNSが炎上した。") == []


def test_a_company_post_in_brackets_is_no_part():
    # 相談役 is a post: the name before it is the name rules', without さん
    assert persons("北森達夫さん（北森酒造相談役）が死去した。") == ["北森達夫"]


def test_a_bands_line_up_of_three_or_more_parts_names_each_member() -> None:
    text = "３人組バンド「ナギサ」が新曲を出した。\nメンバーはボーカルのミオ、ギターのつむぎ、ピアノのルカ・ベッリ。"
    assert persons(text) == ["ミオ", "つむぎ", "ルカ・ベッリ"]
    assert persons("演奏会が開かれた。\nピアノの音、ギターの音色、ドラムの響きが重なった。") == []


def test_the_actor_given_a_part_after_its_role() -> None:
    text = "連続ドラマの配役が決まった。\n主人公の看護師役は三国あかり、同僚の医師役はレイラ、院長役は石動太一。"
    assert persons(text) == ["三国あかり", "レイラ", "石動太一"]
    # (not a company's post, a career left, nor a description)
    assert persons("会社の人事が決まった。\n監査役は空席、案内役は市内の小学生。棋士の桂木九段が現役を引退し、幕を下ろした。") == ["桂木"]
