"""The members a line names right after their group's kind and quoted name (`actors.group_members`): お笑いコンビ「…」の
生駒と宇陀が, a role and 、 between (のツッコミ担当、鳴門が); never the group's work. Sentences of our own; each fails
without the module."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("お笑いコンビ「しおむすび」の生駒と宇陀が、漫才の大会で準優勝した。", ["生駒", "宇陀"]),  # towns' words to UniDic
    ("お笑いトリオ「かつおぶし」のツッコミ担当、鳴門が、単独ライブを開いた。", ["鳴門"]),
])
def test_a_groups_members_after_its_name(text, names):
    assert persons(text) == names


def test_no_member_from_the_groups_work_or_a_place():
    assert "東京" not in persons("お笑いコンビ「しおむすび」の東京公演が満員になった。")
    assert "大阪" not in persons("バンド「夕凪ジャンクション」の大阪でのライブが中止になった。")
