"""Words with no subject of their own after a sentence whose topic is a person: a person that topic acts on (を) is
no other speaker (…大関の北斗海を寄り切りで破った。「…」と喜んだ: the topic's words), two topics give no one; a
cleft's one person (…さんが…始めたのは約20年前。) is carried past a clause joined by が (…を目指したが、「…」); words
alone stay the topic's when the next sentence's subject says words of its own; a word that opens with は (はっきり)
is no topic of a sentence passed over. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_person_the_topic_acts_on_does_not_keep_the_topic_from_speaking_next() -> None:
    text = ("大相撲秋場所千秋楽。関脇・朝日嶺は結びの一番で大関の北斗海を寄り切りで破った。"
            "支度部屋では「自分の相撲が取れた」と喜んだ。")
    assert quotes(text) == [("自分の相撲が取れた", "朝日嶺")]


def test_two_people_as_the_topic_or_another_named_beside_give_no_one() -> None:
    both = "山田太郎さんと佐藤花子さんは会見を開いた。会見では「前を向く」と語った。"
    assert quotes(both) == [("前を向く", None)]
    beside = "山田太郎さんは佐藤花子さんと会見を開いた。会見では「前を向く」と語った。"
    assert quotes(beside) == [("前を向く", None)]


def test_the_time_of_an_act_as_the_topic_lets_the_sentence_before_say_who_speaks() -> None:
    text = ("女子1万メートルは川村美緒が大会新記録で制した。川村は残り2周で前に出て、そのまま振り切った。"
            "レース後は「最後まで腕を振れた」と声を弾ませた。")
    assert quotes(text) == [("最後まで腕を振れた", "川村美緒")]
    one = ("女子1万メートルは川村美緒が大会新記録で制した。川村は残り2周で前に出て、そのまま振り切った。"
           "一人は「最後まで腕を振れた」と声を弾ませた。")
    assert quotes(one) == [("最後まで腕を振れた", None)]  # (一人 is someone, not a time)


def test_a_short_sentence_with_no_one_in_it_ending_the_paragraph_before_is_passed_over() -> None:
    text = ("画家の三浦灯子さんが5日、肺炎のため死去した。91歳だった。\n\n"
            "晩年も毎朝アトリエに立ち、昨年の個展では「絵筆を持つと若返る」と話していた。")
    assert quotes(text) == [("絵筆を持つと若返る", "三浦灯子")]
    topic = ("画家の三浦灯子さんが5日、肺炎のため死去した。弟子たちは涙を流した。\n\n"
             "昨年の個展では「絵筆を持つと若返る」と話していた。")
    assert quotes(topic) == [("絵筆を持つと若返る", None)]


def test_words_told_as_a_view_shown_take_the_speaker_carried_from_the_sentence_before() -> None:
    text = ("東浜電機の川島和彦社長は5日、決算会見を開いた。為替については「円高の影響は小さい」との見方を示した。")
    assert quotes(text) == [("円高の影響は小さい", "川島和彦")]


def test_words_a_person_issued_as_a_statement_are_a_quote_of_theirs() -> None:
    text = "大森理沙選手の引退を受け、所属するレッドウイングスの北川達也監督は「誰よりも練習する選手だった」との談話を出した。"
    assert quotes(text) == [("誰よりも練習する選手だった", "北川達也")]


def test_words_alone_after_acts_with_no_subject_are_the_one_spoken_of_in_the_paragraph_before() -> None:
    text = ("女子ゴルフの南浜オープン最終日は、首位で出た有村さくらが逃げ切って初優勝した。\n\n"
            "最終ホールでパットを沈めると、帽子を取って一礼した。「ずっとこの日を夢見ていた」")
    assert quotes(text) == [("ずっとこの日を夢見ていた", "有村さくら")]
    scene = ("女子ゴルフの南浜オープン最終日は、首位で出た有村さくらが逃げ切って初優勝した。\n\n"
             "最終ホールの周りには大勢のファンが詰めかけた。「ずっとこの日を夢見ていた」")
    assert quotes(scene) == [("ずっとこの日を夢見ていた", None)]


def test_words_alone_closed_by_a_dash_are_told_by_the_sentence_after() -> None:
    text = "「畑に立つと元気になるんです」――。西浜町で農園を営む杉本和枝さん（74）は、そう語る。"
    assert quotes(text) == [("畑に立つと元気になるんです", "杉本和枝")]


def test_words_given_as_an_instruction_a_broadcaster_relayed_are_the_instructors() -> None:
    text = "西方国の国営テレビは5日、アルバン大統領が国境の部隊を視察し、「警戒を一段と強めよ」と指示したと伝えた。"
    assert quotes(text) == [("警戒を一段と強めよ", "アルバン")]


def test_words_said_by_a_person_the_sentence_ends_in_are_theirs() -> None:
    text = "「昔はこの川で泳いだものだ」と話す宇野吉男さん（82）。今も毎朝、川沿いを歩く。"
    assert quotes(text) == [("昔はこの川で泳いだものだ", "宇野吉男")]
    # a clause that tells of the person, not a verb of saying (山小屋を営む), before the name ending the sentence
    text = "初雪が観測された。\n\n「今年は遅いなと思っていました。やっと冬が来ますね」と山小屋を営む倉田正樹さん（58）。"
    assert quotes(text) == [("今年は遅いなと思っていました。やっと冬が来ますね", "倉田正樹")]
    text = "雪像が並ぶ。\n\n「雪を見るのは初めて。寒いけれど楽しい」と、台湾から来た観光客のリン・メイホアさん（29）。"
    assert quotes(text) == [("雪を見るのは初めて。寒いけれど楽しい", "メイホア")]  # (filed under its last part)


def test_a_release_quotes_the_officer_its_line_names_after_the_title_and_a_space() -> None:
    text = ("北浜水産は、焼津に新工場を建てると発表した。\n\n代表取締役社長　水野和也のコメント\n\n"
            "「地元の海の恵みを、より多くの食卓へ届けてまいります」")
    assert quotes(text) == [("地元の海の恵みを、より多くの食卓へ届けてまいります", "水野和也")]


def test_a_run_of_words_alone_is_the_one_the_sentence_after_says_repeated_them() -> None:
    text = "「品質は落とさない」「価格は守る」。東浜製菓の宮内修司社長は会見で何度も繰り返した。"
    assert quotes(text) == [("品質は落とさない", "宮内修司"), ("価格は守る", "宮内修司")]


def test_words_after_a_clause_joined_by_ga_are_carried_from_a_clefts_one_person() -> None:
    text = ("新品種\n\n農家の森崎勇作さん（70）と長女の森崎ゆりさん（41）が新しいナシを育てた。\n\n"
            "勇作さんが接ぎ木を始めたのは約20年前。甘い実を目指したが、「最初の5年は一つも実らなかった」と振り返る。")
    assert quotes(text) == [("最初の5年は一つも実らなかった", "森崎勇作")]
    # (a subject's が, then the words: that subject's, not the one carried)
    text = text.replace("甘い実を目指したが、", "ゆりさんが、")
    assert quotes(text) == [("最初の5年は一つも実らなかった", "森崎ゆり")]


def test_words_alone_stay_the_topics_when_the_next_sentences_subject_says_words_of_its_own() -> None:
    text = ("市長選\n\n元市職員の早瀬美和氏は、福祉の経験を前面に出す。「待機児童をゼロにする」。"
            "演説を聞いた女性（41）は「本気で考えてくれる人に入れたい」と話した。")
    assert quotes(text) == [("待機児童をゼロにする", "早瀬美和"), ("本気で考えてくれる人に入れたい", None)]
    # (but one who may have said them, with no words of their own, still leaves them unknown)
    text = "市長選\n\n早瀬美和氏は、福祉の経験を前面に出す。「待機児童をゼロにする」。女性（41）はうなずいた。"
    assert quotes(text) == [("待機児童をゼロにする", None)]


def test_a_word_that_opens_with_ha_is_no_topic_of_a_sentence_passed_over() -> None:
    text = ("準決勝\n\n主将の遊撃手、高橋は試合後、応援の生徒たちの前に整列し、深く頭を下げた。顔を上げると、はっきりとした声で言った。"
            "\n\n「雪国でも勝てることを見せたかった」")
    assert quotes(text) == [("雪国でも勝てることを見せたかった", "高橋")]
    # (a sentence with a topic of its own still stops the carry: 生徒たちは…)
    text = text.replace("顔を上げると、はっきりとした声で言った。", "生徒たちは大きな拍手で応えた。")
    assert quotes(text) == [("雪国でも勝てることを見せたかった", None)]


def test_a_time_a_verb_tells_before_the_words_is_no_subject_of_them() -> None:
    text = ("女優の柚木千鶴さんは壇上で「思ってもいませんでした」と涙ぐんだ。"
            "1月に本紙の取材を受けた際は「賞は若い人にあげてほしい」と話していた。")
    assert quotes(text)[1] == ("賞は若い人にあげてほしい", "柚木千鶴")


def test_words_alone_after_a_topic_described_with_another_person_are_the_topics() -> None:
    text = ("店主の石塚一郎さん（80）が亡くなった。\n\n石塚さんと50年来の付き合いだった酒井正子さん（78）は2日、"
            "焼け跡の前に花を供え、長い間手を合わせていた。\n\n「こんな別れ方はあんまりです」")
    assert quotes(text) == [("こんな別れ方はあんまりです", "酒井正子")]
    both = "石塚一郎さんと酒井正子さんは、焼け跡の前で手を合わせた。\n\n「こんな別れ方はあんまりです」"
    assert quotes(both) == [("こんな別れ方はあんまりです", None)]
