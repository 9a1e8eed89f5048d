"""Bodies written short after their full name (市教委, 県警本部, 県教委), a unit of a body speaking for it (小森県警
本部は, 県警本部交通企画課は), a spokesperson alone after one of the body (no one the text names), and another state's ministry
named after its country (中国外務省) as the speaker it is. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes, quotes_headed
from tui.news.quotes.offices import shortens


def test_a_board_written_short_is_the_one_named_in_full_before() -> None:
    text = ("川瀬市教育委員会は9日、市立中学校の教員が成績表を紛失したと発表した。\n\n"
            "市教委は「生徒と保護者に深くおわびする」としている。")
    assert quotes(text) == [("生徒と保護者に深くおわびする", "川瀬市教育委員会")]
    prefecture = ("青葉県教育委員会は教員の採用試験を見直す。県教委は「多様な人材を迎えたい」と説明した。")
    assert quotes(prefecture) == [("多様な人材を迎えたい", "青葉県教育委員会")]


def test_a_short_name_that_two_bodies_or_none_may_stand_for_gives_no_one() -> None:
    two = ("川瀬市教育委員会と青葉市教育委員会は協定を結んだ。市教委は「連携を深めたい」としている。")
    assert quotes(two) == [("連携を深めたい", None)]
    none = "川瀬市で会合が開かれた。市教委は「検討を続ける」としている。"
    assert quotes(none) == [("検討を続ける", None)]


def test_the_police_headquarters_and_its_section_speak_for_the_prefectural_police() -> None:
    text = ("青葉県警本部は3日、県内の自転車事故が増えていると発表した。\n\n"
            "県警本部交通指導課は「夜間は必ずライトをつけてほしい」と呼びかけている。")
    assert quotes(text) == [("夜間は必ずライトをつけてほしい", "青葉県警")]
    whole = "青葉県警本部は「防犯カメラの映像を詳しく調べる」としている。"
    assert quotes(whole) == [("防犯カメラの映像を詳しく調べる", "青葉県警")]


def test_a_title_written_with_a_places_kind_is_no_short_body() -> None:
    text = ("川瀬市教育委員会は会見を開いた。川瀬市の森谷雄一市長も出席した。市長は「重く受け止める」と述べた。")
    assert quotes(text) == [("重く受け止める", "森谷雄一")]


def test_shortening_keeps_the_characters_in_order_after_the_places_kind() -> None:
    assert shortens("市教委", "川瀬市教育委員会") and shortens("県警", "青葉県警")
    assert shortens("市選管", "川瀬市選挙管理委員会")
    assert not shortens("市教委", "川瀬市立病院") and not shortens("県警", "青葉県立大学")
    assert not shortens("市委教", "川瀬市教育委員会")


def test_a_spokesperson_alone_speaks_for_the_body_named_with_one_before() -> None:
    text = ("値上げについて、東栄食品の広報担当者は「品質は変えない」と話した。"
            "広報担当者はさらに「ご理解をお願いしたい」と述べた。")
    assert quotes(text) == [("品質は変えない", None), ("ご理解をお願いしたい", None)]  # (a person left unnamed)
    two = ("東栄食品の広報担当者と西海製菓の広報担当者が会見した。広報担当者は「協議を続ける」と述べた。")
    assert quotes(two) == [("協議を続ける", None)]


def test_another_states_ministry_named_after_its_country_speaks_as_written() -> None:
    text = "韓国外交省は12日、声明を出し「深い遺憾を表明する」と強調した。"
    assert quotes(text) == [("深い遺憾を表明する", "韓国外交省")]
    headed = quotes_headed("中国外務省「断固として反対する」", "中国外務省は会見で「断固として反対する」と述べた。")
    assert headed == [("断固として反対する", "中国外務省"), ("断固として反対する", "中国外務省")]


def test_an_unnamed_spokesman_of_a_title_is_still_no_one() -> None:
    text = "ホワイトハウスの報道官は「協議は前向きだった」と述べた。"
    assert quotes(text) == [("協議は前向きだった", None)]


def test_an_unnamed_officer_written_right_after_the_bodys_name_is_no_one() -> None:
    spokesman = "ルミナ国の外務省報道官は定例会見で「一方的な措置に強く反対する」と述べた。"
    assert quotes(spokesman) == [("一方的な措置に強く反対する", None)]
    head = "北浜電機社長は株主総会で「増配を続けたい」と述べた。"
    assert quotes(head) == [("増配を続けたい", None)]
    named = "ルミナ国外務省のカリナ・ドロフ報道官は定例会見で「強く反対する」と述べた。"
    assert quotes(named) == [("強く反対する", "ドロフ")]


def test_a_short_boards_staff_in_charge_speak_as_no_one_its_office_for_it() -> None:
    text = ("川瀬市教育委員会によると、けが人はいなかった。市教委の担当者は「原因を調べている」と話した。")
    assert quotes(text) == [("原因を調べている", None)]
    office = ("川瀬市教育委員会によると、けが人はいなかった。市教委は「原因を調べている」としている。")
    assert quotes(office) == [("原因を調べている", "川瀬市教育委員会")]


def test_a_subject_with_ga_after_a_bodys_unnamed_officer_as_topic_is_not_the_speaker() -> None:
    text = ("中国外務省の報道官は定例会見で、米国が追加関税を発表したことについて「断固反対する」と述べた。")
    assert quotes(text) == [("断固反対する", None)]


def test_a_short_board_after_dou_or_as_a_source_of_hearsay() -> None:
    same = "川瀬市教育委員会は会見を開いた。同市教委は「再発防止に努める」としている。"
    assert quotes(same) == [("再発防止に努める", "川瀬市教育委員会")]
    source = "青葉県教育委員会は方針を決めた。県教委によると「教員の負担を減らすため」という。"
    assert quotes(source) == [("教員の負担を減らすため", "青葉県教育委員会")]
    other = "青葉県教育委員会は方針を決めた。県教委によると、「負担が重い」と教員は話した。"
    assert quotes(other) == [("負担が重い", None)]



def test_dou_and_the_end_or_mark_of_a_bodys_name_is_that_body() -> None:
    fire = "若松町消防本部によると、けが人はいない。同本部は「火の始末に注意して」と呼びかけている。"
    assert quotes(fire) == [("火の始末に注意して", "若松町消防本部")]
    coop = "JA桜台によると、出荷が始まった。同JAは「甘みが強い」としている。"
    assert quotes(coop) == [("甘みが強い", "JA桜台")]
    two = "若松町消防本部と桜台市消防本部が訓練をした。同本部は「連携を確かめた」としている。"
    assert quotes(two) == [("連携を確かめた", None)]


def test_a_body_the_actors_filed_under_its_short_name_is_the_one_named_in_full_before() -> None:
    text = "川瀬市教育委員会によると、児童は無事だった。市教育委員会は「見守りを強める」としている。"
    assert quotes(text) == [("見守りを強める", "川瀬市教育委員会")]
    alone = "市教育委員会は「見守りを強める」としている。"
    assert quotes(alone) == [("見守りを強める", "市教育委員会")]


def test_a_university_and_a_bank_written_short_and_in_full_are_one_body() -> None:
    body = ("美濃医科大学の研究チームは7日、新しい検査法を発表した。\n\n研究を率いた同大の森谷教授が会見した。\n\n"
            "同大は「2年以内に実用化したい」としている。")
    assert quotes_headed("血液で早期発見　美濃医科大が新しい検査法", body) == [("2年以内に実用化したい", "美濃医科大学")]
    bank = ("鶴見さくら銀のATM、2日深夜に復旧\n\n仙台市に本店を置く鶴見さくら銀行のシステム障害で、同行は2日、ATMの稼働を"
            "再開した。同行は「3日中の復旧を目指す」としている。")
    assert quotes(bank) == [("3日中の復旧を目指す", "鶴見さくら銀行")]


def test_the_same_bank_after_a_bank_and_no_bank_when_none_was_named() -> None:
    assert quotes("首相の訪米に記者が同行した。同行は「楽しみだ」と話した。") == [("楽しみだ", None)]


def test_the_same_bank_after_two_banks_named_is_no_one() -> None:
    text = ("鶴見銀行と三方銀行が統合する。鶴見銀によると、両行の預金は約4兆円になる。"
            "同行は「中小企業への支援を厚くしたい」としている。")
    assert quotes(text) == [("中小企業への支援を厚くしたい", None)]


def test_the_same_bank_after_two_banks_is_the_one_its_passage_names_before_it() -> None:
    text = ("湖東銀行と三方銀行が統合する。\n\n湖東銀によると、両行の預金は約4兆円になる。"
            "同行は「中小企業への支援を厚くしたい」としている。")
    assert quotes(text) == [("中小企業への支援を厚くしたい", "湖東銀行")]
