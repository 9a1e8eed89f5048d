"""The people a programme listing names after a part in 【】: items cut at ・ and 、 (a foreign name's ・ between katakana
kept), at spaces only where neither cuts them, up to the next part or ▽; letters, kana, a surname and a given name in
kana, a group's members in brackets, a member after its group and の, a name before its title; not common nouns or
places alone (a band, 未定, リスナー, an occupation before ・); and a notice's credits after a part and ＝ (指揮＝…
ピアノ＝…, an initial inside a foreign name). Real tokenizer; sentences written for this test; each
fails without `actors.listing_parts`."""

from __future__ import annotations

from conftest import article_persons


def persons(line: str) -> list[str]:
    return article_persons([line])[0]


def test_items_cut_at_dots_with_a_name_in_letters_and_kana() -> None:
    got = persons("７：４５　「ひるまえ旅ごはん」▽函館の朝市をゆく　【出】大門寺健吾・ほのか・ＫＡＩほか")
    assert got == ["大門寺健吾", "ほのか", "ＫＡＩ"]


def test_a_groups_members_in_brackets_and_a_guest() -> None:
    got = persons("１３：００　「ひるのラジオ道場」　【出】ハムスター大臣（伴、こてつ）　【ゲ】ビビアン")
    assert got == ["伴", "こてつ", "ビビアン"]


def test_a_member_after_her_group_and_a_foreign_name_kept_whole() -> None:
    assert persons("【DJ】堂島レン　【ゲ】ＳＴＡＲ☆ＬＩＮＫのミオ、ソフィー・ラクロワ（フランス）") == [
        "堂島レン", "ミオ", "ソフィー・ラクロワ"]


def test_names_before_their_titles_and_no_one_for_an_occupation_or_nobody_yet() -> None:
    assert persons("【司】小野塚アナ　【解】三枝修九段　【ゲ】弁護士・古賀武　【出】未定") == ["小野塚", "三枝修", "古賀武"]


def test_spaces_cut_only_where_nothing_else_does() -> None:
    assert persons("【出】シーソーゲーム　江波　河内") == ["江波", "河内"]
    assert persons("１３・００　ランチタイム【ＤＪ】ジョー・ファンティーノ、堀江 まい") == ["ジョー・ファンティーノ", "堀江 まい"]


def test_a_band_of_common_words_is_no_person() -> None:
    assert persons("【歌】ネオンパレード、白桃ロケット、うらら") == ["うらら"]


def test_a_notices_credits_after_a_part_and_an_equals_sign() -> None:
    text = "指揮＝ミハイル・Ｋ・ドロフスキー　ピアノ＝宝生寺真琴　曲目＝「湖の組曲」ほか"
    assert persons(text) == ["ミハイル・Ｋ・ドロフスキー", "宝生寺真琴"]
    assert persons("料金＝一般３千円、高校生以下千円") == []
