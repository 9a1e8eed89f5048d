"""A word for kin as the subject (あの朝、父は「…」と言って): the one person the article named with that word before (父の
黒木正さん), and the other rules' reading when it named none; 同氏 after a clause whose only brackets hold a name or term
(追悼施設「いのりの杜」を開いており、同氏は「…」); words alone, then the one who vowed them (「…」。黒田さんは…誓った);
an obituary's words recalled (取材には「…」と答えていた) are the departed's, named with a reading and a real name in brackets,
not the son's who spoke before; words carried from the sentence before though places and countries are named after
them (…と話し、22日から仙台市で開かれる日本天文研究学会で); a comment line with a player's title before the colon
(梶原誠捕手：「…」); a priest by his title (高階慈円住職（71）は); a word for kin after the words (「…」と父は言う).
Sentences of our own; each fails without its change (`quotes.kin`, `alone._SAYS_LAST`'s 誓う,
`unnamed._TERM`, `departed.RECALLED`'s 答え and the departed first named,
`unnamed.carried`'s others, `titles.TITLE_AFTER`'s 捕手, `titles._PERSON_TAIL`'s 住職, `beside._KIN_AFTER`)."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_word_for_kin_is_the_one_named_with_it() -> None:
    text = ("震災10年\n\n遺族代表の漁師、黒田雄大さん（45）は、港で漁の準備をしていた父の黒田正さん（当時62）を亡くした。"
            "あの朝、父は「沖の様子を見てくる」と言って船に向かった。")
    assert quotes(text) == [("沖の様子を見てくる", "黒田正")]


def test_a_word_for_kin_named_with_no_one_is_left_to_the_other_rules() -> None:
    text = "震災10年\n\n漁師の黒田雄大さん（45）は港で働く。あの朝、父は「沖の様子を見てくる」と言って船に向かった。"
    assert ("沖の様子を見てくる", "黒田正") not in quotes(text)


def test_same_person_after_a_clause_whose_brackets_hold_a_name() -> None:
    text = ("追悼式\n\n式辞で宇田川修市長は「記憶を風化させない」と述べた。市は昨年4月1日、港のそばに追悼施設「いのりの杜」を"
            "開いており、同氏は「ここを学ぶ場所にしたい」とも語った。")
    assert quotes(text) == [("記憶を風化させない", "宇田川修"), ("ここを学ぶ場所にしたい", "宇田川修")]


def test_words_alone_then_the_one_who_vowed_them() -> None:
    text = ("追悼式\n\n遺族代表の黒田雄大さん（45）が献花した。式辞は宇田川修市長が述べた。\n\n"
            "「父の背中を、今も忘れません」。黒田さんは遺族代表のことばで、声を詰まらせながら誓った。")
    assert quotes(text) == [("父の背中を、今も忘れません", "黒田雄大")]


def test_an_obituarys_words_recalled_are_the_departeds_not_the_son_who_spoke_before() -> None:
    text = ("児童文学作家の柚木ちさとさん死去　92歳\n\n児童文学作家の柚木ちさと（ゆのき・ちさと、本名柚木千里）さんが16日、死去した。"
            "喪主は長男の柚木航さん（64）。\n\n航さんは「母は最期まで物語を書いていました」とのコメントを出した。\n\n"
            "80歳を迎えた際の取材には「子どもは大人が思うよりずっと賢い」と答えていた。")
    assert quotes(text)[-1] == ("子どもは大人が思うよりずっと賢い", "柚木ちさと")


def test_words_carried_before_a_place_named_after_them() -> None:
    text = ("流星群\n\n研究者も注目する。京葉理科大学の天文学者、ソフィア・ハートマン准教授は、流星の軌道を割り出す研究を続けている。"
            "「市民が撮った映像は、貴重な研究データになる」と話し、22日から仙台市で開かれる日本天文研究学会で発表する。")
    assert quotes(text) == [("市民が撮った映像は、貴重な研究データになる", "ハートマン")]


def test_a_comment_line_with_a_catchers_title_before_the_colon() -> None:
    text = "優勝\n\n【談話】\n\n梶原誠捕手：「片桐さんと一緒に優勝できて本当によかった」"
    assert quotes(text) == [("片桐さんと一緒に優勝できて本当によかった", "梶原誠")]


def test_a_priest_by_his_title() -> None:
    text = "仏像戻る\n\n閉廷後、観月寺の高階慈円住職（71）は「仏様が戻られた日は泣きました」と話した。"
    assert quotes(text) == [("仏様が戻られた日は泣きました", "高階慈円")]


def test_a_word_for_kin_after_the_words_is_the_one_named_with_it() -> None:
    # 「…」と父は言う: the one person the article named 父 (父の三上浩二さん), not the daughter the page is about
    text = ("リンゴ農家の三上咲さん（30）は、台湾への輸出を始めた。\n\n"
            "父の三上浩二さん（62）は、娘の話を横で聞きながら笑った。初便には、浩二さんが選んだ500箱を積む。"
            "「孫の代まで続く畑にしてくれれば、それでいい」と父は言う。")
    assert quotes(text)[-1] == ("孫の代まで続く畑にしてくれれば、それでいい", "三上浩二")
