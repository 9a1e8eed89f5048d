"""A name after a part or an age and の (issue 20): 主演の瀬戸口大河は, 相手役の, メンバーの, リーダーの; １７歳の東海林蒼空が;
a child's given name before 君 (りく君, 翼君; not 諸君); a name after 主演は before さん,
where UniDic reads the given name as a common word. Sentences of our own; each fails without its change in
`apposition`, `given_names` or `job_names`, the negatives without their guards."""

from __future__ import annotations

from conftest import persons


def test_a_name_after_a_part_in_a_play_or_a_group() -> None:
    assert persons("主演の瀬戸口大河は、漁師の青年を演じた。") == ["瀬戸口大河"]


def test_a_name_after_an_age() -> None:
    assert persons("男子のショートプログラムで、１７歳の東海林蒼空が首位に立った。") == ["東海林蒼空"]


def test_no_name_after_an_age_or_a_part_that_a_common_word_follows() -> None:
    assert persons("作家は１９歳のときにデビューした。") == []
    assert persons("７０歳の男性が死亡した。") == []
    assert persons("メンバーの交代が続き、リーダーの責任は重い。") == []


def test_a_childs_given_name_before_kun_in_kanji_and_a_name_after_a_part_before_san() -> None:
    assert persons("ここなちゃん（５）とりく君（５）も、芋を運んだ。") == ["ここな", "りく"]
    assert persons("翼君は泣いた。") == ["翼"]
    assert persons("主演は浅倉ゆいさんで、灯台守の娘を演じる。") == ["浅倉ゆい"]


def test_a_word_ending_in_kun_is_no_name() -> None:
    assert persons("諸君は聞いた。") == []
