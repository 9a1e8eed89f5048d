"""Wrestlers and stable masters in sumo reports (issue 20), by the ranks and honorifics around their names,
only in an article about sumo; their words are theirs (issue 22). Sentences of our own; each fails without
its change, the negatives without its guard."""

from __future__ import annotations

from conftest import article_persons, persons
from tests.test_quotes import quotes


def test_a_rank_before_a_point_or_no_and_a_name_in_a_sumo_report() -> None:
    text = "大相撲秋場所は5日目、横綱・雷鳴が関脇・北海山を寄り切った。大関の琴若葉は平幕の若隼に敗れた。"
    assert persons(text) == ["雷鳴", "北海山", "琴若葉", "若隼"]


def test_seki_and_oyakata_after_a_name_are_no_part_of_it() -> None:
    assert persons("千秋楽の土俵で翠鵬関が初優勝を決め、師匠の大嶽親方と抱き合った。") == ["翠鵬", "大嶽"]
    assert persons("初場所で大の里関は勝ち越しを決めた。") == ["大の里"]


def test_a_ring_name_found_once_is_the_same_wrestler_later_in_the_article() -> None:
    texts = ["九州場所は10日目、横綱・雷鳴が勝ち越しを決めた。", "雷鳴は支度部屋で汗を拭った。"]
    assert article_persons(texts) == [["雷鳴"], ["雷鳴"]]


def test_common_words_and_words_ending_in_seki_make_no_wrestler() -> None:
    text = "九州場所の土俵で横綱の貫禄を見せた。金融機関の関係者や税関の職員も観戦した。新大関の誕生が期待される。"
    assert persons(text) == []


def test_a_rank_outside_sumo_is_a_metaphor() -> None:
    assert persons("家電業界の横綱・東亜が、新製品を発表した。") == []


def test_a_wrestlers_words_are_his() -> None:
    text = "初優勝の翠鵬関、師匠に感謝\n\n九州場所千秋楽。初優勝を果たした翠鵬関は「師匠に恩返しができた」と笑顔を見せた。"
    assert quotes(text) == [("師匠に恩返しができた", "翠鵬")]


def test_a_game_number_is_no_bureau() -> None:
    from tui.news import actors

    gaz = actors.default()
    text = "将棋の王位戦七番勝負第3局は、挑戦者が勝った。"
    hits, new = actors.find(text, gaz)
    assert not [text[h.start:h.end] for h in hits if (new.get(h.actor) or gaz.entries[h.actor]).kind == "organization"]


def test_a_ring_name_with_no_between_kanji_after_a_rank() -> None:
    assert persons("大相撲夏場所、平幕の栃ノ浜が10勝目を挙げた。") == ["栃ノ浜"]


def test_a_ring_name_before_a_profiles_age_and_real_name_though_a_common_word() -> None:
    text = "大相撲の新十両に昇進した稲妻（24）=本名・大川健太、朝日部屋=が会見した。"
    assert "稲妻" in persons(text)


def test_the_one_a_bouts_technique_was_done_to_with_no_rank_and_no_common_word() -> None:
    assert persons("大相撲九州場所、大関の霧乃峰が若浪を寄り切りで下した。") == ["霧乃峰", "若浪"]
    assert "相手" not in persons("九州場所で小結霧乃峰は相手を押し出し、勝ち越した。")


def test_a_ring_name_before_an_age_though_a_common_word_but_no_word_for_a_person() -> None:
    assert "若潮" in persons("大相撲秋場所で初優勝した若潮（26）は支度部屋で笑った。")
    assert persons("大相撲の土俵を見た男性（30）と会社員（41）が拍手した。") == []


def test_a_name_that_speaks_at_a_clauses_start_in_a_sumo_report() -> None:
    text = "大相撲夏場所、北勝山は「信じられない」と話した。"
    assert quotes(text) == [("信じられない", "北勝山")]
    assert persons("大相撲夏場所、師匠は「よく頑張った」と話した。東京は「盛り上がった」と伝えた。") == []


def test_the_sides_of_a_result_line_and_of_a_bout() -> None:
    assert persons("大相撲初場所【幕内】岩戸山（押し出し）若浪、松ノ風（上手投げ）鶴錦") == ["岩戸山", "若浪", "松ノ風", "鶴錦"]
    assert persons("大相撲の土俵で、岩戸山―鶴錦は物言いがついた。") == ["岩戸山", "鶴錦"]


def test_prize_winners_and_a_wrestler_after_his_stable_home_or_before_a_step() -> None:
    assert persons("大相撲夏場所の殊勲賞に岩戸山、敢闘賞に松ノ風と鶴錦が選ばれた。") == ["岩戸山", "松ノ風", "鶴錦"]
    assert persons("大相撲の番付で、朝来部屋の雲竜峰と、ジョージア出身の玄武丸が新入幕した。") == ["雲竜峰", "玄武丸"]
    assert persons("番付編成会議で、雲竜峰の新十両が決まった。土俵") == ["雲竜峰"]


def test_a_rank_before_a_name_before_its_stable_in_brackets_and_no_oyakata_in_the_name() -> None:
    assert persons("十両の富士ノ嶺（朝来）は、休場を届け出た。大相撲") == ["富士ノ嶺"]
    assert persons("大相撲の元大関の玄武丸親方が協会を退職した。") == ["玄武丸"]


def test_stables_are_organisations() -> None:
    from tests.test_actors_club_slots import kinds

    found = kinds("大相撲の十両の富士ノ嶺（朝来）は、朝来部屋の稽古場で汗を流した。")
    assert ("朝来", "organization") in found and ("朝来部屋", "organization") in found
    assert ("富士ノ嶺", "person") in found


def test_no_stable_or_wrestler_from_places_or_common_words_in_brackets() -> None:
    from tests.test_actors_club_slots import kinds

    found = kinds("大相撲九州場所の会場（福岡市）には、相撲部屋の関係者も訪れた。")
    assert not any(k == "organization" for _, k in found)


def test_a_bout_with_a_call_or_a_decision_is_sign_enough_of_sumo() -> None:
    assert persons("岩戸山―鶴錦は物言いがついたが、軍配通りとなった。") == ["岩戸山", "鶴錦"]
    assert persons("ジョージア出身の玄武丸が、結びの一番で土をつけた。") == ["玄武丸"]


def test_a_room_makes_no_sumo_report_but_a_stable_or_its_dressing_room_does() -> None:
    text = ("教室には、一人で過ごせる小部屋もある。数学を教える加納陽太教諭（29）は「一人ひとり違う」と話した。"
            "話を聞いた2年の男子生徒（13）は、学校に行けなかった。")
    assert persons(text) == ["加納陽太"]
    assert persons("玉垣部屋の宿舎は寺にあり、隆ノ峰は早朝から四股を踏んだ。") == ["隆ノ峰"]
