"""Players in results lines and bouts (issue 20): a battery's line with any dash (—) and its sides in 【】, decisions
without brackets (勝　早川６勝２敗), plays headed 【本】, scorers headed 【得点】, a ranking's place on a line of its own
(３位　大岩（川崎）、相馬（Ｇ大阪）１２点), a team's members in brackets in running order (…（嵐山→小松→桂）, …（入江・瀬川
・松前）３分３３秒４０), a sumo bout's line with records and の in a name; and the two players of a bout in a sport played
one against one (大宮が花巻を４―１で破った), whatever UniDic reads their words as. Sentences of our own; each fails
without its change in `result_lines`, `ring_names`, `bout_names` or `recognise`, the negatives without their guards."""

from __future__ import annotations

from conftest import article_persons, persons


def test_a_batterys_line_with_an_em_dash_and_sides_in_lenticular_brackets() -> None:
    assert persons("【投】（楽）早川、宋、松原—伏見　（日）北山、堀、ルーカス—清水優") == [
        "早川", "宋", "松原", "伏見", "北山", "堀", "ルーカス", "清水優"]
    assert persons("【成】谷地、西門—成瀬　【森】高梨、大宮—林田") == ["谷地", "西門", "成瀬", "高梨", "大宮", "林田"]


def test_decisions_without_brackets_and_plays_headed_in_brackets() -> None:
    assert persons("勝　早川６勝２敗　敗　北山３勝３敗") == ["早川", "北山"]
    assert persons("【本】ロハス１１号③（堀）、清水優３号①（早川）") == ["ロハス", "堀", "清水優", "早川"]


def test_scorers_headed_in_brackets_and_a_rankings_place_on_a_line_of_its_own() -> None:
    got = persons("【得点】川崎＝大岩（前１２）、マテウス・リマ（後３０）　鳥栖＝嬉野（後４１）")
    assert got == ["大岩", "マテウス・リマ", "嬉野"]
    assert persons("３位　大岩（川崎）、相馬（Ｇ大阪）、赤城健太（浦和）１２点") == ["大岩", "相馬", "赤城健太"]
    assert persons("▽得点ランキング　１位　ラファエル・ソウザ（新潟）１７点") == ["ラファエル・ソウザ"]


def test_a_teams_members_in_brackets_in_running_order() -> None:
    got = persons("①京都２時間１５分４８秒（嵐山→小松あかね→桂→伏見ゆい→宇治原）")
    assert got == ["嵐山", "小松あかね", "桂", "伏見ゆい", "宇治原"]
    got = persons("▽男子４００メートルメドレーリレー　①東央大（入江・瀬川・松前・日向）３分３３秒４０")
    assert got == ["入江", "瀬川", "松前", "日向"]


def test_places_in_brackets_in_running_text_are_no_members() -> None:
    assert persons("大会は３都市（東京・大阪・名古屋）で開かれる。") == []


def test_a_bouts_line_with_records_and_a_name_with_no() -> None:
    texts = ["▽十二日目（幕内）", "○朝凪（１１勝１敗）　突き落とし　蒼国（９勝３敗）●", "●霧乃城　押し出し　北斗錦○",
             "○若浜　上手投げ　千代の浦●"]
    assert article_persons(texts)[1:] == [["朝凪", "蒼国"], ["霧乃城", "北斗錦"], ["若浜", "千代の浦"]]


def test_the_two_players_of_a_bout_in_a_sport_played_one_against_one() -> None:
    texts = ["レスリングの全日本選抜選手権の決勝は、大宮が花巻を４―１で破って初優勝した。",
             "大宮は北越大出身の２３歳で、花巻とは大学時代の同級生。"]
    assert article_persons(texts) == [["大宮", "花巻"], ["大宮", "花巻"]]
    assert persons("卓球の全日本選手権女子シングルス決勝は、林が森を４―２で退けた。") == ["林", "森"]


def test_teams_of_a_team_sport_and_countries_are_no_players() -> None:
    assert persons("サッカーの天皇杯で、大宮が花巻を４―１で破った。") == []
    assert persons("卓球の団体戦で、日本が中国を３―１で破った。") == []


def test_a_sumo_bout_told_in_a_sentence_with_ranks_before_common_words() -> None:
    texts = ["大相撲九州場所の１１日目、関脇朝凪が大関霧乃城を寄り切り、１敗を守った。",
             "モンゴル出身の平幕蒼国は北斗錦にはたき込まれ、２敗に後退した。"]
    assert article_persons(texts) == [["朝凪", "霧乃城"], ["蒼国", "北斗錦"]]


def test_a_common_word_with_no_rank_before_it_is_no_wrestler() -> None:
    assert persons("大相撲初場所で、横綱が相手を寄り切りで破った。") == []


def test_a_batterys_line_with_a_horizontal_bar() -> None:
    assert persons("（会）三春、喜多―船引　（白）鮫川、西郷―鏡石") == ["三春", "喜多", "船引", "鮫川", "西郷", "鏡石"]
