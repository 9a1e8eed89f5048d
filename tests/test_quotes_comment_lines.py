"""A page of one-line comments: each paragraph opens with the player or manager (the club joined by ・) and a space,
tells what they did, then gives their words, in a sentence of their own or ending the same one. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_words_alone_after_the_line_are_the_persons_it_opens_with() -> None:
    text = ("プロ野球・ひとこと\n\n北浜・松永隼人　九回に逆転の2点二塁打。「後ろにつなぐ気持ちだけだった」\n\n"
            "南陵・岡部翔太　7回無失点で今季8勝目。「真っすぐで押せたのが良かった」")
    assert quotes(text) == [("後ろにつなぐ気持ちだけだった", "松永隼人"), ("真っすぐで押せたのが良かった", "岡部翔太")]


def test_words_ending_the_lines_sentence_are_the_persons_it_opens_with() -> None:
    text = "プロ野球・ひとこと\n\n西港・大友浩二監督　救援陣が踏ん張れず3連敗し、「継投の判断はこちらの責任だ」。"
    assert quotes(text) == [("継投の判断はこちらの責任だ", "大友浩二")]


def test_another_subject_in_the_line_leaves_the_words_no_ones() -> None:
    text = ("プロ野球・ひとこと\n\n北浜・松永隼人　九回に逆転の2点二塁打、仲間も「次も勝ちたいと思う」。\n\n"
            "北浜・松永隼人　九回に逆転の2点二塁打、監督は「よく打ってくれた」。")
    assert [q for q in quotes(text) if q[1] is not None] == []


def test_a_name_without_the_space_after_it_opens_no_line_of_comments() -> None:
    text = "北浜の松永隼人と岡部翔太が、九回に逆転した。「後ろにつなぐ気持ちだけだった」"
    assert quotes(text) == [("後ろにつなぐ気持ちだけだった", None)]


def test_a_side_or_role_in_brackets_between_the_name_and_the_colon() -> None:
    text = ("選手のコメントは次の通り。\n\n中川隆之（南港主将）：「最後まで走り切れた。自信になる」\n\n"
            "小林拓海（西浦）：「狙っていた球だった」")
    assert quotes(text) == [("最後まで走り切れた。自信になる", "中川隆之"), ("狙っていた球だった", "小林拓海")]


def test_a_surname_named_in_full_before_heads_a_side_and_colon_comment_line() -> None:
    text = ("北浜が3-0で勝った。南港先発の平野健太（24）は5回3失点で2敗目。\n\n【談話】\n"
            "南港・平野：「甘く入った一球を打たれた。あれがすべて」")
    assert ("甘く入った一球を打たれた。あれがすべて", "平野健太") in quotes(text)


def test_a_players_surname_before_his_given_name_is_no_sides_word() -> None:
    text = ("鳳翔学院は九回、ピンチを背負ったが、エース大門翔真（3年）が最後の打者を三振に仕留めた。大門は準決勝から2日連続の完投だった。"
            "\n\n大門は、駆け寄った捕手の谷口と抱き合った後、「最後は気持ちで投げた」と笑った。")
    assert quotes(text) == [("最後は気持ちで投げた", "大門翔真")]


def test_an_answer_line_under_a_bare_title_is_its_one_holders() -> None:
    text = ("石倉久雄知事は5日、年頭の記者会見を開いた。\n\n―予算案はいつ示すのか。\n知事：「来月半ばに公表する」\n"
            "―医師不足にどう臨むか。\n知事：「大学と話し合いを重ねている」")
    assert [w for _, w in quotes(text)] == ["石倉久雄", "石倉久雄"]
    two = "石倉久雄知事と沢井修知事が会談した。\n\n知事：「連携を深めたい」"
    assert quotes(two) == [("連携を深めたい", None)]


def test_a_side_read_as_a_person_before_its_person_on_a_comment_line_is_not_the_speaker() -> None:
    text = "米沢城北が2―1で勝った。\n\n▽米沢城北・村井健一監督「前半は硬かった。守備を見直す」"
    assert quotes(text) == [("前半は硬かった。守備を見直す", "村井健一")]
    assert quotes("吉川正人・大阪府知事は「万博を成功させる」と述べた。") == [("万博を成功させる", "吉川正人")]
