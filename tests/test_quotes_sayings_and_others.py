"""A saying someone kept (「…」が口癖だった, 「…」が口癖で、…) is theirs, the one named as its topic or the one spoken of before; a
sentence whose subject is other people (野党会派が反発している) carries no speaker over it to words alone; and a name after と
whose given name is in kana (と、代表の中西さとみさん（52）。) is the speaker."""

from __future__ import annotations

from test_quotes import quotes


def test_a_saying_is_the_one_named_as_its_topics() -> None:
    assert quotes("元校長の矢島幸男さんは「子どもは叱るより待て」が口癖だった。") == [("子どもは叱るより待て", "矢島幸男")]
    assert quotes("元校長の矢島幸男さんの口癖は「子どもは叱るより待て」だった。") == [("子どもは叱るより待て", "矢島幸男")]


def test_a_saying_with_no_one_named_is_the_one_the_sentence_before_or_the_obituary_is_about() -> None:
    text = "陶芸家の谷村宗助さんが4日、老衰のため死去した。\n\n窯は弟子が継ぐ。生前は「土が形を決める」が口癖だった。"
    assert quotes(text) == [("土が形を決める", "谷村宗助")]
    before = "元校長の矢島幸男さんは、40年間教壇に立った。「子どもは叱るより待て」が口癖だった。"
    assert quotes(before) == [("子どもは叱るより待て", "矢島幸男")]


def test_a_motto_of_a_body_or_of_no_one_named_is_no_ones() -> None:
    assert quotes("北浜市は防災訓練を重ねてきた。「備えが命を守る」がモットーだ。") == [("備えが命を守る", None)]


def test_other_people_as_a_subject_carry_no_speaker_to_words_alone() -> None:
    text = "北浜市の大迫正道市長は「財源は確保できる」と述べた。市議会では野党会派が強く反発している。\n\n「市民への説明が足りない」"
    assert quotes(text)[-1] == ("市民への説明が足りない", None)
    thing = "北浜市の大迫正道市長は「財源は確保できる」と述べた。序盤から厳しい議論が続いた。\n\n「丁寧に説明していく」"
    assert quotes(thing)[-1] == ("丁寧に説明していく", "大迫正道")


def test_a_name_after_と_with_a_given_name_in_kana() -> None:
    text = "商店街に子ども食堂が開いた。「ここでは誰もがおかわりと言える。それがうれしい」と、代表の中西さとみさん（52）。"
    assert quotes(text) == [("ここでは誰もがおかわりと言える。それがうれしい", "中西さとみ")]


def test_words_alone_before_a_paragraph_that_opens_with_そう_and_names_who() -> None:
    text = ("山あいの集落に、古民家を改装した食堂が開いた。\n\n「集落の台所を、もう一度みんなの居場所にしたかった」\n\n"
            "そう話すのは、食堂を切り盛りする岸本静香さん（58）だ。")
    assert quotes(text) == [("集落の台所を、もう一度みんなの居場所にしたかった", "岸本静香")]


def test_words_alone_after_a_body_are_its_only_when_it_issued_them() -> None:
    club = "北浜FCの菅野守監督は「守備が崩れた」と話した。\n\n一方、勝った南浜FCはこれで3連勝。\n\n「狙い通りの試合だった」"
    assert quotes(club)[-1] == ("狙い通りの試合だった", None)  # someone of the club, unnamed
    issued = "北浜電機は13日、次のようなコメントを出した。\n\n「ご迷惑をおかけし、深くおわびします」"
    assert quotes(issued) == [("ご迷惑をおかけし、深くおわびします", "北浜電機")]


def test_a_real_name_in_brackets_is_no_second_person() -> None:
    text = ("漫才師の春風亭つばめ（しゅんぷうてい・つばめ、本名・大川和夫）さんが9日、心不全のため死去した。79歳だった。\n\n"
            "「笑いは人を裏切らない」が口癖だった。")
    assert quotes(text) == [("笑いは人を裏切らない", "春風亭つばめ")]


def test_a_saying_in_a_clause_that_goes_on_is_its_topics() -> None:
    # 三ツ矢さんは「…」が口癖で、弟子には「…」と…教えた: the saying and the words after it, the topic's
    text = ("陶芸家の北浜宗一郎さんが死去した。\n\n"
            "北浜さんは「土と話すように焼く」が口癖で、弟子には「窯の火は、自分の都合では止まってくれない」と繰り返し教えた。")
    assert quotes(text) == [("土と話すように焼く", "北浜宗一郎"), ("窯の火は、自分の都合では止まってくれない", "北浜宗一郎")]
