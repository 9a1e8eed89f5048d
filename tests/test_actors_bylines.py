"""A correspondent's byline opening a report from abroad (【北京＝宇佐川陽】): the writer is a person, though UniDic
reads the name as a place's words; a news agency or a desk in the writer's place (【ロンドン＝共同】, 【北京＝本社】) names
no one. Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from conftest import persons


def test_a_correspondents_byline() -> None:
    assert persons("【北京＝宇佐川陽】中国商務省は２日、新たな輸出規制を発表した。") == ["宇佐川陽"]
    assert persons("【台北＝瀬良久美子】台湾の総統府は７日、声明を出した。") == ["瀬良久美子"]
    assert persons("【リマ＝肥前　さやか】ペルーの研究所は１９日、発表した。") == ["肥前　さやか"]  # (apart, a kana given name)


def test_an_agency_or_a_desk_names_no_one() -> None:
    assert persons("【ロンドン＝共同】英政府は７日、新たな制裁を発表した。") == []
    assert persons("【ニューヨーク＝本社】ダウ平均は続落した。") == []
