"""Who said what: each quote pattern, speakers resolved to the article's actors, and the cases
where the text does not say who spoke (the speaker is None, never a guess)."""

from __future__ import annotations

import json

import pytest

from tui.news.models import Document
from tui.news.pipeline import analyse


def quotes(text: str, published: str = "2025-03-12") -> list[tuple[str, str | None]]:
    """(words, speaker's name) of each quote the import finds in an article of these paragraphs."""
    stored = analyse(Document(source="t.txt", text="見出しのテスト記事\n\n" + text, published=published))
    assert not isinstance(stored, str)
    names = {a[0]: a[1] for a in stored.actors}
    return [(t, names[s] if s else None) for _, t, s in json.loads(stored.story)["quotes"]]


@pytest.mark.parametrize("text, expected", [
    ("ルビオ国務長官は協議後、記者団に「ボールはロシア側にある」と述べた。", ("ボールはロシア側にある", "ルビオ")),
    ("ゼレンスキー大統領は「ウクライナは屈しない」と語った。", ("ウクライナは屈しない", "ゼレンスキー")),
    ("ペスコフ報道官は「結論を急ぐべきではない」と強調した。", ("結論を急ぐべきではない", "ペスコフ")),
    ("グテレス事務総長は「対話こそが唯一の道だ」と話した。", ("対話こそが唯一の道だ", "グテレス")),
    ("ホワイトハウスは声明で「攻撃を停止することで合意した」と明らかにした。", ("攻撃を停止することで合意した", "ホワイトハウス")),
    ("「彼は感謝の意が足りない」とバンス副大統領。", ("彼は感謝の意が足りない", "バンス")),
    ("ゼレンスキー大統領：「ウクライナ抜きの決定はあり得ない」", ("ウクライナ抜きの決定はあり得ない", "ゼレンスキー")),
    ("「ファンの声援が力になる」（佐々木氏）", ("ファンの声援が力になる", "佐々木")),
])
def test_each_pattern_gives_the_speaker(text: str, expected: tuple[str, str]) -> None:
    assert quotes(text) == [expected]


def test_the_speaker_several_clauses_before() -> None:
    text = ("ロシア大統領府のペスコフ報道官は、米側から詳細な説明を受けていないとしたうえで、"
            "欧州の対応にも触れ「結論を急ぐべきではない」と語った。")
    assert quotes(text) == [("結論を急ぐべきではない", "ペスコフ")]


def test_the_nearest_subject_speaks_and_a_topic_of_the_talk_does_not() -> None:
    text = "トランプ大統領は会談後、プーチン大統領について「私を引き延ばしているのかもしれない」と述べた。"
    assert quotes(text) == [("私を引き延ばしているのかもしれない", "トランプ")]
    text = "ルビオ氏は「第一歩だ」と述べ、ラブロフ外相は「有益だった」と応じた。"
    assert quotes(text) == [("第一歩だ", "ルビオ"), ("有益だった", "ラブロフ")]


def test_a_subject_carried_from_the_sentence_before_only_when_one_actor_fits() -> None:
    one = "グテレス事務総長は2日、記者会見を開いた。「世界経済の分断を深めかねない」と述べた。"
    assert quotes(one) == [("世界経済の分断を深めかねない", "グテレス")]
    two = "ルビオ氏とラブロフ氏は会談後、記者団の取材に応じた。「互いの立場をよく聞いた」と述べた。"
    assert quotes(two) == [("互いの立場をよく聞いた", None)]
    across = "石破茂首相は9日、都内で演説した。\n\n「暮らしを守る」と訴えた。"
    assert quotes(across) == [("暮らしを守る", "石破茂")]


def test_a_bare_title_resolves_only_to_the_one_actor_who_holds_it() -> None:
    one = "石破茂首相は9日、都内で演説した。\n\n首相は「物価高から暮らしを守る」と訴えた。"
    assert quotes(one) == [("物価高から暮らしを守る", "石破茂")]
    two = "トランプ大統領とプーチン大統領は15日に会談した。\n\n大統領は「次はモスクワで」と述べたという。"
    assert quotes(two) == [("次はモスクワで", None)]


def test_unattributed_words_have_no_speaker() -> None:
    assert quotes("市民の間では「本当に戦闘が止まるのか」という声も上がっている。") == [("本当に戦闘が止まるのか", None)]
    assert quotes("入居した70代の女性は「ようやく眠れる」と話した。") == [("ようやく眠れる", None)]
    assert quotes("ホワイトハウスの報道官は「生産的な議論だった」と説明した。") == [("生産的な議論だった", None)]


def test_terms_and_titles_in_brackets_are_no_quotes() -> None:
    text = ("整備には「上下分離方式」を採用する。専門家は「報復の連鎖」を懸念する。"
            "ロシアが「特別軍事作戦」と呼ぶ侵攻は続いている。")
    assert quotes(text) == []


def test_a_nested_quote_stays_inside_its_quote() -> None:
    text = "石破茂首相は『日本を守る』と題した政策集に触れ、「『守る』とは暮らしを守ることだ」と語った。"
    assert quotes(text) == [("『守る』とは暮らしを守ることだ", "石破茂")]


@pytest.mark.parametrize("text, expected", [
    ("山本浩二監督は試合後、「守備のミスが響いた」と肩を落とした。", ("守備のミスが響いた", "山本浩二")),
    ("優勝した田村花子選手は「夢みたい」と声を弾ませた。", ("夢みたい", "田村花子")),
    ("野党の森田太郎代表は「説明が足りない」と注文をつけた。", ("説明が足りない", "森田太郎")),
    ("母親の木村恵子さんは「やっと会えた」と涙ぐみ、息子を抱きしめた。", ("やっと会えた", "木村恵子")),
    ("青木誠監督は「また来年」と笑顔で締めくくった。", ("また来年", "青木誠")),
    ("組合の石井達也委員長は「到底納得できない」と不満を示した。", ("到底納得できない", "石井達也")),
    ("高橋道子知事は「早めに避難してほしい」と呼びかけた。", ("早めに避難してほしい", "高橋道子")),
    ("佐藤健一氏は「予算は足りている」としている。", ("予算は足りている", "佐藤健一")),
])
def test_any_verb_phrase_closing_the_clause_reports_a_persons_words(text: str, expected: tuple[str, str]) -> None:
    assert quotes(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("日本銀行の植村和夫総裁は「引き続き注意深く見ていきたい」としています。", ("引き続き注意深く見ていきたい", "植村和夫")),
    ("北山市の佐野勝也市長は「復旧を急ぎたい」としました。", ("復旧を急ぎたい", "佐野勝也")),
    ("警察によりますと、川口俊介容疑者は「金が欲しかった」などと容疑を認めています。", ("金が欲しかった", "川口俊介")),
    ("山村由紀子知事は「県民の命を守ることが最優先だ」とのコメントを出しました。", ("県民の命を守ることが最優先だ", "山村由紀子")),
    ("東和電機は「ご心配をおかけした」としていて、原因を調べています。", ("ご心配をおかけした", "東和電機")),
])
def test_the_polite_forms_of_broadcast_news_and_など_before_と(text: str, expected: tuple[str, str]) -> None:
    assert quotes(text) == [expected]


def test_a_comment_nobody_issues_stays_without_a_speaker() -> None:
    assert quotes("ネット上では「がっかりした」とのコメントが相次いだ。") == [("がっかりした", None)]


@pytest.mark.parametrize("text, expected", [
    ("同店の店主、坂本美智子さん（58）は「値上げはしたくないが限界だ」と苦しい胸の内を明かした。",
     ("値上げはしたくないが限界だ", "坂本美智子")),
    ("山田太郎さんは「楽しかった」と満面の笑みを浮かべた。", ("楽しかった", "山田太郎")),
    ("佐藤花子選手は「悔しい」と大粒の涙を流した。", ("悔しい", "佐藤花子")),
    ("村井健司監督は「この一勝は大きい」とその意味をかみしめた。", ("この一勝は大きい", "村井健司")),
])
def test_an_adjective_a_determiner_or_の_inside_the_verb_phrase(text: str, expected: tuple[str, str]) -> None:
    assert quotes(text) == [expected]


def test_a_phrase_that_describes_a_sign_is_still_no_quote() -> None:
    assert quotes("壁には「安全第一」と赤い字で書かれていた。会場には「平和」と大きな文字が掲げられた。") == []


def test_words_written_given_as_a_reason_or_put_out_as_a_stance() -> None:
    got = quotes("北条綾子審議委員は「結果を見極めてからでも遅くない」として反対した。")
    assert got == [("結果を見極めてからでも遅くない", "北条綾子")]  # the reason for a stance taken
    got = quotes("ハモンド代表は会談後に声明を出し、「日本は重要な同盟国だ」との立場を改めて示した。")
    assert got == [("日本は重要な同盟国だ", "ハモンド")]  # a stance put out
    assert quotes("会は「平和の象徴」として反対した。") == []  # a term, no clause
    got = quotes("首相はベネット大統領と会談した。ベネット氏から「日本の防衛努力を高く評価する」との言葉を受けた。")
    assert got == [("日本の防衛努力を高く評価する", "ベネット")]  # words one received from another
    got = quotes("選考委員の詩人、芦川澄江さんは選評に「最後は文章の体温に負けた」と書いた。")
    assert got == [("最後は文章の体温に負けた", "芦川澄江")]  # written by someone: their words


def test_a_source_named_with_によると_is_never_the_speaker() -> None:
    # the speaker is no actor: the words have none, never the source's
    assert quotes("米紙ホライズン・タイムズによると、議会の指導者は「予算案は今週中に通す」と語った。") == [
        ("予算案は今週中に通す", None)]
    assert quotes("共同通信によると、「交渉はまとまった」と政府高官は語った。") == [("交渉はまとまった", None)]
    assert quotes("ロイター通信によると、佐藤太郎氏は「協議を続ける」と述べた。") == [("協議を続ける", "佐藤太郎")]


def test_a_comment_line_after_a_team_or_under_a_comments_heading() -> None:
    text = ("北都は延長戦の末に競り勝った。\n\n"
            "北都・岩城監督「最後まで諦めなかった選手たちをほめたい」\n\n"
            "◆南浜・高津雄一監督の話　「チャンスで一本が出なかった」")
    assert quotes(text) == [("最後まで諦めなかった選手たちをほめたい", "岩城"), ("チャンスで一本が出なかった", "高津雄一")]
    # a foreign name joined by ・ is a name, not a team before one
    assert quotes("ジョン・スミス監督「守備は合格点だ」") == [("守備は合格点だ", "スミス")]  # filed under the surname


@pytest.mark.parametrize("text, expected", [
    ("北浜の井上一樹監督は「打線がつながらない」と渋い表情だった。", ("打線がつながらない", "井上一樹")),
    ("試合後の大谷翔平は「いい感覚で打てた」と満足そうだった。", ("いい感覚で打てた", "大谷翔平")),
    ("決勝打の岡本和真内野手は「何とか1本出てよかった」とホッとした表情を見せた。", ("何とか1本出てよかった", "岡本和真")),
    ("田中一郎監督は「よく粘った」と引き締まった表情で語った。", ("よく粘った", "田中一郎")),
])
def test_a_description_of_the_speaker_closes_the_clause(text: str, expected: tuple[str, str]) -> None:
    assert quotes(text) == [expected]


def test_words_of_a_noun_the_verb_of_saying_describes_are_not_the_subjects() -> None:
    assert quotes("住民の佐藤次郎さんは「怖かった」と話す妻の肩を抱いた。") == [("怖かった", None)]
    assert quotes("市長の川村聡氏は会場で「ありがたい」と語る住民らと握手した。") == [("ありがたい", None)]
    assert quotes("川村聡市長は「前に進みたい」と話した後、会場を後にした。") == [("前に進みたい", "川村聡")]


def test_someone_else_of_the_same_body_is_not_the_one_named_before() -> None:
    text = ("記者会見した宮崎洋一副社長は「関税の影響を吸収しきれなかった」と説明した。"
            "同社幹部は「下期は挽回できる」との見方を示した。")
    assert quotes(text) == [("関税の影響を吸収しきれなかった", "宮崎洋一"), ("下期は挽回できる", None)]
    text = "宮崎洋一副社長は会見で決算を説明した。同副社長は「下期は挽回できる」と述べた。"
    assert quotes(text) == [("下期は挽回できる", "宮崎洋一")]


def test_reported_words_without_a_named_person_have_no_speaker() -> None:
    assert quotes("住民は「もう住めない」と肩を落とした。") == [("もう住めない", None)]
    assert quotes("大阪府は「感染対策は万全だ」と胸を張った。") == [("感染対策は万全だ", None)]  # no body speaks an idiom


def test_a_verb_that_names_or_leads_on_makes_no_quote() -> None:
    text = ("「反撃の狼煙」と書かれた旗が揺れた。新型機は「はやて」と名付けられた。"
            "委員会は「重要案件」とした上で審議を始めた。計画は「第2段階」として扱われる。")
    assert quotes(text) == []


def test_a_subject_after_the_quote_or_at_the_end_of_a_cleft_sentence() -> None:
    text = "木下洋平首相は10日、党本部で演説した。「次の世代に渡したい」と同首相は続けた。"
    assert quotes(text) == [("次の世代に渡したい", "木下洋平")]
    assert quotes("「一球の重みを学んだ」と話すのは、北野高校の西川亮監督だ。") == [("一球の重みを学んだ", "西川亮")]


def test_a_subject_carried_across_sentences_that_name_no_one_in_the_same_passage() -> None:
    text = "藤井健太氏は対局後に会見した。序盤から苦しい展開が続いた。「最後まで粘れた」と振り返った。"
    assert quotes(text) == [("最後まで粘れた", "藤井健太")]
    text = "藤井健太氏は対局後に会見した。「序盤は苦しかった」と述べた。「最後まで粘れた」と肩を落とした。"
    assert quotes(text) == [("序盤は苦しかった", "藤井健太"), ("最後まで粘れた", "藤井健太")]
    other = "藤井健太氏は対局後に会見した。会場のファンは大きな拍手を送った。「最後まで粘れた」と振り返った。"
    assert quotes(other) == [("最後まで粘れた", None)]  # the fans are the topic in between


def test_a_headline_quote_is_a_quote_when_the_body_says_who_spoke_it() -> None:
    body = "田中正樹監督は10日、引退を表明した。田中正樹監督は「悔いは全くない」と語った。"
    assert quotes_headed("「悔いは全くない」　引退の田中監督", body) == [
        ("悔いは全くない", "田中正樹"), ("悔いは全くない", "田中正樹")]
    film = "山田洋子監督の映画「春の海」が10日公開された。山田洋子監督は「海が主役だ」と語った。"
    assert quotes_headed("映画「春の海」が公開", film) == [("海が主役だ", "山田洋子")]  # a title, not words said
    named = "山田洋子監督は「『春の海の物語』は家族の話だ」と語った。"
    assert quotes_headed("映画「春の海の物語」が公開", named) == [("『春の海の物語』は家族の話だ", "山田洋子")]


def quotes_headed(headline: str, text: str) -> list[tuple[str, str | None]]:
    """`quotes` of an article with this headline."""
    stored = analyse(Document(source="t.txt", text=headline + "\n\n" + text, published="2025-03-12"))
    assert not isinstance(stored, str)
    names = {a[0]: a[1] for a in stored.actors}
    return [(t, names[s] if s else None) for _, t, s in json.loads(stored.story)["quotes"]]


@pytest.mark.parametrize("text, expected", [
    ("会社員の山田太郎さん（45）は「家族が無事でよかった」と話した。", ("家族が無事でよかった", "山田太郎")),
    ("森本健二弁護士は「違法性は明らかだ」と指摘した。", ("違法性は明らかだ", "森本健二")),
    ("佐藤花子医師は「早期の受診が大切だ」と語る。", ("早期の受診が大切だ", "佐藤花子")),
    ("鈴木一郎研究員は「成果は大きい」と語った。", ("成果は大きい", "鈴木一郎")),
])
def test_a_persons_calling_and_age_stand_between_the_name_and_the_particle(text: str, expected: tuple[str, str]) -> None:
    assert quotes(text) == [expected]


def test_a_run_of_quotes_shares_the_verb_and_speaker_of_its_last() -> None:
    text = "山田太郎さんは「怖かった」「でも生きていてよかった」と話した。"
    assert quotes(text) == [("怖かった", "山田太郎"), ("でも生きていてよかった", "山田太郎")]
    terms = "新制度では「上下分離方式」「公設民営」を組み合わせる。"
    assert quotes(terms) == []


def test_a_subject_after_the_quote_that_is_no_actor_is_not_replaced_by_the_one_before() -> None:
    text = "藤井健太氏は被災地を訪れた。「もう住めない」と住民は肩を落とした。"
    assert quotes(text) == [("もう住めない", None)]


def test_a_nearer_subject_that_is_no_actor_reports_the_words() -> None:
    text = "トランプ氏はその後、単独交渉を始めたため、一部メディアは「トランプは同盟国を見捨てた」と報じた。"
    assert quotes(text) == [("トランプは同盟国を見捨てた", None)]


def test_a_name_inside_quoted_words_is_never_the_speaker() -> None:
    """The sentence's subject speaks both quotes; the person the first quote names (大川被告が) is no
    subject of the sentence that quotes it."""
    text = ("判決\n\n森下誠一裁判長は「大川被告が倉庫に出入りしていたとする検察側の説明は裏付けに乏しい」とする一方、"
            "「会社の安全管理には落ち度があった」と述べた。")
    assert quotes(text) == [("大川被告が倉庫に出入りしていたとする検察側の説明は裏付けに乏しい", "森下誠一"),
                            ("会社の安全管理には落ち度があった", "森下誠一")]


@pytest.mark.parametrize("title", ["裁判長", "弁護士", "名誉教授", "会長兼社長", "事務次官"])
def test_any_title_the_recognisers_know_stands_between_the_name_and_the_particle(title: str) -> None:
    text = f"会見\n\n北園拓真{title}は「手続きを一から見直す必要がある」と述べた。"
    assert quotes(text) == [("手続きを一から見直す必要がある", "北園拓真")]


def test_words_said_then_a_parallel_clause_of_the_same_speaker() -> None:
    """「…」とする一方: the first quote is words said too, by the same subject."""
    text = "決算\n\n辻本社長は「円安の追い風は長く続かない」とする一方、「新工場は予定通り動かす」と強調した。"
    assert quotes(text) == [("円安の追い風は長く続かない", "辻本"), ("新工場は予定通り動かす", "辻本")]


def test_words_said_to_the_subject_are_not_the_subjects() -> None:
    """A passive verb of saying (と問われると, と言われ): someone unnamed said the words to the subject."""
    text = ("試合後\n\n西岡監督は「守備から崩れた」と振り返った。「継投は遅かったのでは」と問われると、"
            "監督はしばらく黙り込んだ。")
    assert quotes(text) == [("守備から崩れた", "西岡"), ("継投は遅かったのでは", None)]


def test_a_quote_paragraph_under_a_line_that_names_its_speaker() -> None:
    """Match reports and releases print a speaker's line (marks, name, title, team, colon), then the words."""
    text = ("■宮坂 亮太監督（北浜ユナイテッド）\n\n「前半の入りが全てだった。次は必ず取り返す」\n\n"
            "「若手がよく走ってくれた」\n\n●川辺 聡主将：\n\n「悔しさしかない」\n\n"
            "観客席からは「よくやった」という声が上がった。")
    assert quotes(text) == [("前半の入りが全てだった。次は必ず取り返す", "宮坂 亮太"), ("若手がよく走ってくれた", "宮坂 亮太"),
                            ("悔しさしかない", "川辺 聡"), ("よくやった", None)]


def test_a_line_that_says_more_than_a_name_heads_no_quote() -> None:
    text = "■宮坂亮太監督に聞いた\n\n「前半の入りが全てだった」"
    assert quotes(text) == [("前半の入りが全てだった", None)]


def test_a_verb_of_saying_after_toshite_makes_words_said() -> None:
    """「…」として釈明した: として, then a verb of saying; 「…」として注目された stays a term."""
    text = "会見\n\n浜口市長は記者会見で「連絡に行き違いがあった」として釈明した。新制度は「地域の盾」として注目された。"
    assert quotes(text) == [("連絡に行き違いがあった", "浜口")]


def test_a_transcript_line_opens_with_its_speakers_name() -> None:
    text = "会見\n\n浜口由美子北浦市長「避難の指示は沿岸部に限るべきだった。今後は改める」"
    assert quotes(text) == [("避難の指示は沿岸部に限るべきだった。今後は改める", "浜口由美子")]


@pytest.mark.parametrize("lead, speaker", [
    ("人気俳優の三浦春斗さんが主演映画の撮影を終えた。以下、記者とのやり取り。", "三浦春斗"),
    ("大会は3日に開幕した。初優勝した山田一郎選手に話を聞いた。", "山田一郎"),
    ("県知事選で初当選した鈴木花子氏の一問一答は次の通り。", "鈴木花子"),
])
def test_answers_after_questions_are_the_words_of_the_one_person_the_lead_names(lead: str, speaker: str) -> None:
    text = f"{lead}\n\n――撮影を終えた感想は。\n\n「長い時間でしたが、最後まで走り切れました」\n\n――次の目標は。\n\n「まだ決めていません」"
    assert quotes(text) == [("長い時間でしたが、最後まで走り切れました", speaker), ("まだ決めていません", speaker)]


@pytest.mark.parametrize("lead", [
    "田中次郎さんと佐藤三郎さんが対談した。以下、主なやり取り。",
    "記者会見での主なやり取りは以下の通り。",
])
def test_answers_after_a_lead_that_names_no_one_person_have_no_speaker(lead: str) -> None:
    text = f"{lead}\n\n――出会いは。\n\n「高校の部活動でした」"
    assert quotes(text) == [("高校の部活動でした", None)]


@pytest.mark.parametrize("text, expected", [
    ("運営会社のミクシィは「再発防止に努める」と謝罪した。", ("再発防止に努める", "ミクシィ")),
    ("配給会社の東宝は「公開日は変更しない」と発表した。", ("公開日は変更しない", "東宝")),
    ("所属チームのメッツは「回復を待つ」と説明した。", ("回復を待つ", "メッツ")),
])
def test_a_company_or_club_named_after_its_kind_and_の_speaks(text: str, expected: tuple[str, str]) -> None:
    assert quotes(text) == [expected]


def test_a_person_after_a_companys_kind_and_の_is_no_company() -> None:
    assert quotes("所属事務所のマネージャーは「体調に問題はない」と話した。") == [("体調に問題はない", None)]


def test_answers_under_a_line_that_names_the_speaker_between_the_interviewers_questions() -> None:
    text = ("江戸末期の酒蔵を改装した写真館が来月開館する。\n\n◇◆◇川瀬良子館長◇◆◇\n\n――なぜ写真館を。\n\n"
            "「町の人が昔の写真を持ち寄れる場所がほしかった」\n\n――開館の準備は。\n\n「毎日気をもんでいます」")
    assert quotes(text) == [("町の人が昔の写真を持ち寄れる場所がほしかった", "川瀬良子"), ("毎日気をもんでいます", "川瀬良子")]


def test_a_note_in_brackets_between_the_lead_and_the_questions_is_passed_over() -> None:
    text = "以下、岡野監督の一問一答。\n\n（テレビインタビュー）\n\n――逆転勝ちでした。\n\n「大きな一勝ですね」"
    assert quotes(text) == [("大きな一勝ですね", "岡野")]


@pytest.mark.parametrize("text, expected", [
    ("佐藤三郎会長は辞任を否定した。\n\n「守備からリズムを作れた」。試合後、中野正人監督はこう振り返った。",
     ("守備からリズムを作れた", "中野正人")),
    ("中野正人監督は笑顔だった。「まだ通過点です」。そう語るのは、今季好調の西田大輝選手だ。",
     ("まだ通過点です", "西田大輝")),
    ("佐藤三郎会長は辞任を否定した。\n\n「店を続けたい」。こう話す住民もいる。", ("店を続けたい", None)),
    ("中野正人監督は記者団の質問に答えた。「守備から崩れた」。こう語り、唇をかんだ。", ("守備から崩れた", "中野正人")),
])
def test_a_quote_alone_whose_next_sentence_says_who_said_it_so(text: str, expected: tuple[str, str | None]) -> None:
    assert quotes(text)[-1] == expected


def test_words_of_a_nearer_subject_with_が_are_not_the_sentences_topics() -> None:
    text = "会見で吉田一郎知事は、前知事が「財政は健全だ」と語っていたことに触れ、「実態は違った」と述べた。"
    assert quotes(text) == [("財政は健全だ", None), ("実態は違った", "吉田一郎")]


def test_a_nearer_subject_inside_the_words_the_topic_says_leaves_the_words_the_topics() -> None:
    assert quotes("プーチン大統領は、米国が「約束を守らなかった」と主張した。") == [("約束を守らなかった", "プーチン")]


@pytest.mark.parametrize("text, expected", [
    ("判決で小松和夫裁判長は「動機に酌むべき点はない」と述べた。裁判長は「無念は察するに余りある」とも付け加えた。",
     [("動機に酌むべき点はない", "小松和夫"), ("無念は察するに余りある", "小松和夫")]),
    ("調べに対し、川端誠容疑者は黙秘していた。\n\n容疑者は「覚えていない」と話したという。", [("覚えていない", "川端誠")]),
    ("小松和夫裁判長と大川聡裁判長が会見した。裁判長は「審理を尽くした」と述べた。", [("審理を尽くした", None)]),
])
def test_a_bare_title_as_the_subject_is_the_one_person_named_with_it_before(text: str, expected: list) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("森田健市長が会見した。森田市長は「連携を強める」と述べ、同席した住民の代表も「心強い」と応じた。",
     [("連携を強める", "森田健"), ("心強い", None)]),
    ("森田健市長と川村町長が会見した。森田市長は「連携を強める」と述べ、川村町長も「心強い」と応じた。",
     [("連携を強める", "森田健"), ("心強い", "川村")]),
    ("野田浩二代表は、政府が「丁寧に説明する」と繰り返すだけだと批判し、「説明になっていない」と語った。",
     [("丁寧に説明する", None), ("説明になっていない", "野田浩二")]),
])
def test_words_of_a_subject_nearer_than_the_topic_are_not_the_topics(text: str, expected: list) -> None:
    assert quotes(text) == expected


def test_a_bodys_statement_with_としている_is_the_bodys() -> None:
    text = "食品大手の日ノ出食品は10日、一部商品を自主回収すると発表した。同社は「お客様にご迷惑をおかけした」としている。"
    assert quotes(text) == [("お客様にご迷惑をおかけした", "日ノ出食品")]
    assert quotes("総務省は「制度の見直しを検討する」としている。") == [("制度の見直しを検討する", "総務省")]


def test_a_name_given_with_とした_is_no_statement() -> None:
    assert all(speaker is None for _, speaker in quotes("総務省は新制度の名称を「くらし支援」とした。"))


def test_a_speakers_line_with_a_role_before_the_name() -> None:
    text = "■佐藤健二監督（東都大）\n\n「選手たちが最後まで粘ってくれた」\n\n■主将・吉岡翔（4年）\n\n「悔しいが、来年につなげたい」"
    assert quotes(text) == [("選手たちが最後まで粘ってくれた", "佐藤健二"), ("悔しいが、来年につなげたい", "吉岡翔")]


def test_a_country_as_the_subject_inside_a_persons_words_leaves_them_the_persons() -> None:
    text = "トランプ大統領は、戦争終結後、米国は「安全を保証するつもりはない」と発言した。"
    assert quotes(text) == [("安全を保証するつもりはない", "トランプ")]


def test_a_nearer_topic_that_is_a_body_speaks_itself_one_that_is_an_event_is_the_words_topic() -> None:
    body = "ゼレンスキー大統領はこれに対し、米政権は「支援を縮小する可能性がある」と示唆した。"
    assert quotes(body) == [("支援を縮小する可能性がある", None)]
    event = "トランプ大統領はSNSに、プーチン氏との今回の電話会談は「非常に良好だった」と投稿した。"
    assert quotes(event) == [("非常に良好だった", "トランプ")]


def test_a_subject_whose_clause_closed_on_its_own_words_says_none_after_it() -> None:
    text = ("村井一郎外相は１５日、来日したベルナのカール外相と会談した。\n\n"
            "同相は、村井氏が冒頭で「友情には長い歴史がある」と語ったことに触れ、「その言葉に心を動かされた」とも話した。")
    got = dict(quotes(text))
    assert got["友情には長い歴史がある"] == "村井一郎"
    assert got["その言葉に心を動かされた"] != "村井一郎"


def test_two_bodies_as_one_subject_give_their_words_to_neither() -> None:
    text = "気象庁と国土交通省は合同で会見を開き、「川の様子を見に行かないでほしい」と求めた。"
    assert quotes(text) == [("川の様子を見に行かないでほしい", None)]


def test_written_words_a_notice_holds_have_no_speaker() -> None:
    text = ("「もう限界でした」。店主の北浜正夫さん（７３）は静かに語った。"
            "閉店を知らせる張り紙には「長い間ありがとうございました」とある。")
    found = quotes(text)
    assert ("もう限界でした", "北浜正夫") in found
    assert all(speaker is None for words, speaker in found if words.startswith("長い間"))  # a notice's, no one's said


def test_words_put_out_as_an_outlook_or_written_into_a_post() -> None:
    got = quotes("北浜農協の大友幸平組合長は取材に対し、「28日に雨が降らなければ、刈り取りは月内に終わる」との見通しを示した。")
    assert got == [("28日に雨が降らなければ、刈り取りは月内に終わる", "大友幸平")]  # an outlook put out
    got = quotes("ギターの真砂一輝は21日、自身のSNSに「もう一度みんなでステージに立ちたいと思った」と書き込んだ。")
    assert got == [("もう一度みんなでステージに立ちたいと思った", "真砂一輝")]  # a post written in
    assert quotes("扉には「本日休業」と書かれていた。") == []  # (written words of no one)


def test_a_headlines_noun_words_after_a_title_closing_it_are_the_title_holders() -> None:
    body = "北浜漁協の佐伯博組合長（71）は15日、今年の水揚げについて「数も型も悪い」と語った。"
    assert ("赤字覚悟の漁", "佐伯博") in quotes_headed("サンマ漁　不漁続く　組合長「赤字覚悟の漁」", body)
    # (a work's name after a title, the headline going on after it, is no one's words)
    assert not any(w == "潮の記憶" for w, _ in quotes_headed("組合長「潮の記憶」が映画に", body))


def test_words_alone_after_a_cleft_are_its_focus_or_the_topic_that_acts_before_it() -> None:
    # the one a cleft puts in focus, the words standing in the same paragraph
    text = "試合は１点を争う展開となった。決勝点を挙げたのは、主将の川瀬透（27）だった。「最後は気持ちで押し込んだ」"
    assert quotes(text) == [("最後は気持ちで押し込んだ", "川瀬透")]
    # the clause's subject left out, the topic of the sentence before acts on the focus: the topic's words
    text = ("北浜高の野口誠監督は試合後、泣き崩れた選手に一人ずつ声をかけた。最後に肩を抱いたのは、主将の村田航平だった。\n\n"
            "「お前たちのおかげでここまで来られた」")
    assert quotes(text) == [("お前たちのおかげでここまで来られた", "野口誠")]
    # (a new paragraph's words after a cleft about someone else, with no topic before it: not the focus's)
    text = "店は１９７６年に継いだ。作り方を全て教えたのは、父の森下源治さん（故人）だった。\n\n「毎朝４時に起きるのは、もう体がもたない」"
    assert quotes(text) == [("毎朝４時に起きるのは、もう体がもたない", None)]


def test_words_alone_after_a_subject_that_looks_to_someone_and_a_message_from_a_writer_read_out() -> None:
    text = "会見では、北浜ストアの岩城宏社長（62）が、隣に座る南海青果の茂木沙耶社長（45）に目をやった。「茂木さんとは長い競争相手でした」"
    assert quotes(text) == [("茂木さんとは長い競争相手でした", "岩城宏")]
    text = ("式では、元教諭の沖田紀子さん（68）から届いたメッセージを、小松原進校長が読み上げた。\n\n"
            "「皆さんが最後の卒業生になることを、誇りに思ってください」")
    assert quotes(text) == [("皆さんが最後の卒業生になることを、誇りに思ってください", "沖田紀子")]


def test_the_same_city_as_a_subject_is_the_city_named_before_speaking_as_itself() -> None:
    text = ("静岡県浜松市は8日、市内で感染者が新たに5人確認されたと発表した。\n\n"
            "同市によると、感染者の多くは10～30代だった。同市は「接種歴を確かめてほしい」と呼びかけている。")
    assert [(w, s) for w, s in quotes(text)] == [("接種歴を確かめてほしい", "浜松")]
    # (the city's staff, unnamed, speak as no one)
    text = "静岡県浜松市は8日、感染者が増えたと発表した。\n\n同市の担当者は「接種歴を確かめてほしい」と話した。"
    assert quotes(text) == [("接種歴を確かめてほしい", None)]


def test_the_same_one_after_a_paragraph_told_as_that_one_tells_it_is_the_one_named_before() -> None:
    text = ("調査を率いる蓮田宗介教授（56）は、深海の生き物を追ってきた。「光る理由はまだ分からない」と蓮田教授は話す。\n\n"
            "同氏によると、今年の解析で、どの種とも違うことが確かめられた。同氏は「深海は、まだ白い部分の方が多い」と意気込む。")
    assert quotes(text)[-1] == ("深海は、まだ白い部分の方が多い", "蓮田宗介")
