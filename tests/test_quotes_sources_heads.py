"""A source named with によると as the speaker of words right after it told as hearsay (JA桜台によると「…」という),
never a paper's; a headline giving words to a body its spokesman speaks for below (中国外務省「…」). Sentences of
our own."""

from __future__ import annotations

from tests.test_quotes import quotes, quotes_headed


def test_a_source_right_before_words_told_as_hearsay_speaks_them() -> None:
    assert quotes("JA桜台によると「今年の梨は甘みが強い」という。") == [("今年の梨は甘みが強い", "JA桜台")]
    broadcast = "若松町消防本部によりますと、「火は台所付近から出た」ということです。"
    assert quotes(broadcast) == [("火は台所付近から出た", "若松町消防本部")]


def test_a_source_with_another_speaker_or_a_paper_as_source_gives_it_no_words() -> None:
    other = "JA桜台によると、「出荷は遅れる」と農家の男性は話した。"
    assert quotes(other) == [("出荷は遅れる", None)]
    paper = "東都新聞によると「辞任する意向を固めた」という。"
    assert quotes(paper) == [("辞任する意向を固めた", None)]


def test_a_source_in_broadcast_style_is_a_subject_of_the_sentence_not_carried_over() -> None:
    text = "JA桜台は出荷を始めた。町によりますと「収穫は例年並みだ」ということです。"
    assert quotes(text) == [("収穫は例年並みだ", None)]


def test_a_headline_gives_words_to_the_body_whose_spokesman_the_article_quotes() -> None:
    got = quotes_headed("中国外務省「一方的な制裁に反対」　輸出規制で",
                        "中国外務省の林海報道官は記者会見で「一方的な制裁には断固として反対する」と述べた。")
    assert got == [("一方的な制裁に反対", "中国外務省"), ("一方的な制裁には断固として反対する", "林海")]


def test_a_headline_body_the_article_never_quotes_gets_no_words() -> None:
    got = quotes_headed("東都化学「新工場を建設」　北浜市に",
                        "東都化学は北浜市に新工場を建てる。北浜市の森田健市長は「雇用が増える」と歓迎した。")
    assert ("新工場を建設", "東都化学") not in got


def test_a_body_named_before_as_the_source_right_before_the_words_speaks_them() -> None:
    text = "西浜化成は3日、工場で火災があったと発表した。同社によると、「けが人はいない」という。"
    assert quotes(text) == [("けが人はいない", "西浜化成")]
    relayed = "西浜化成は3日、工場で火災があったと発表した。同社によると、「けが人はいない」と消防は話した。"
    assert quotes(relayed) == [("けが人はいない", None)]


def test_a_persons_account_right_before_words_told_as_hearsay_is_theirs() -> None:
    text = "商店街で60年続く金物店の店主、岡島正夫さんの話では「昔は夜まで人通りが絶えなかった」という。"
    assert quotes(text) == [("昔は夜まで人通りが絶えなかった", "岡島正夫")]


def test_a_body_named_after_a_headlines_words_leaves_them_to_the_title_before() -> None:
    got = quotes_headed("倉庫放火、男に懲役6年　裁判長「地域の不安は大きい」　北浜地裁",
                        "北浜地裁（三宅玲奈裁判長）は12日、男に懲役6年の判決を言い渡した。\n\n"
                        "三宅裁判長は閉廷前、「地域の住民が抱いた不安は大きい。忘れないでほしい」と語りかけた。")
    assert got[0] == ("地域の不安は大きい", "三宅玲奈")


def test_a_countrys_delegate_unnamed_is_no_one_the_country_is_not_the_speaker() -> None:
    got = quotes_headed("漁獲枠の協議、決裂", "各国の代表団が協議した。中国代表は「沿岸国の漁業者の暮らしも考えるべきだ」と反論した。")
    assert got == [("沿岸国の漁業者の暮らしも考えるべきだ", None)]
