"""People in more results and game-report layouts (the fortieth development set's house styles): a ranking's rest
after 以下 glued to the next surname, a prize list's entry before its work's title and its town, the partner of a
named player in a pair joined by a slash, a box score's rows (order, position, name, at bats), a substitutions line's
arrows and roles, and a rugby scorers' line with the kind of score before the name. Sentences of our own; each fails
without its rule."""

from __future__ import annotations

from conftest import persons


def test_a_rankings_rest_after_ika_is_no_part_of_the_next_name() -> None:
    got = persons("女子は椎名　千夏（銚子市）が３連覇し、以下海上　真理（しおかぜ信金）、高田　亮子（旭市）の順だった。")
    assert "海上　真理" in got and not any(p.startswith("以下") for p in got)


def test_a_prize_lists_entry_before_its_works_title_and_town() -> None:
    got = persons("大賞＝鷲ノ巣　千景「ふくろう郵便局の夜」（盛岡市）　優秀賞＝鹿妻　耕平「駅の灯」（花巻市）")
    assert got == ["鷲ノ巣　千景", "鹿妻　耕平"]
    assert persons("▽大賞　しろくま　ねむ「タケルと夜の動物園」（札幌市）") == []  # (the prize beside a pen name)


def test_the_partner_of_a_named_player_in_a_slashed_pair() -> None:
    got = persons("男子は各務　蒼／鵜沼　大地組（芥見ケ丘高）が初優勝した。")
    assert got == ["各務　蒼", "鵜沼　大地"]


def test_a_box_scores_rows() -> None:
    got = persons("【倉吉白壁】①中　打吹　４　２　②遊　関金　３　０　③右　鴨川　４　１　④捕　福光　４　２")
    assert {"関金", "鴨川", "福光"} <= set(got)


def test_a_substitutions_lines_arrows_and_roles() -> None:
    got = persons("【交代】赤城嶺＝新里　湊→黒保根　陸（後半２５分）、富士見→北橘　大和（同３８分）")
    assert got == ["新里　湊", "黒保根　陸", "富士見", "北橘　大和"]
    assert persons("【交代】倉吉白壁＝代打竹田（小鴨）８回、守備岩本（北条）９回") == ["竹田", "小鴨", "岩本", "北条"]
    assert persons("県道の交差点で、軽乗用車が右折車→直進車の順に衝突した。") == []  # (no line of substitutions)


def test_a_rugby_scorers_kind_of_score_before_the_name() -> None:
    got = persons("▽得点者　筑紫丘陵＝トライ那珂川２、春日、ゴール太宰府４")
    assert {"那珂川", "太宰府"} <= set(got)
