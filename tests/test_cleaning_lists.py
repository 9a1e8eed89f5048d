"""Lists as units: a related / recommended / ranking marker and the headlines under it go as a whole."""

from __future__ import annotations

from tui.news.cleaning import clean
from tui.news.models import Document

TITLE = "市バス路線、来春に減便へ"
BODY = "市交通局は12日、市バスの12系統を来春から減便すると発表した。運転手の不足が続いているためだ。"
AFTER = "交通局は、利用の少ない時間帯から順に本数を減らすとしている。住民への説明会は来月開く。"


def cleaned(*lines: str):
    return clean(Document(source="/tmp/x.txt", text="\n".join(lines), format="text"))


def by_rule(c, rule: str) -> list[str]:
    return [r.text for r in c.removed if r.rule == rule]


def kept(c) -> str:
    return "\n".join(b.text for b in c.blocks)


def test_marker_and_its_headlines_go_the_paragraph_after_stays():
    items = ["1位 駅前再開発、地権者の合意難航", "2. 小学校の給食費、来年度から無償化",
             "新紙幣の偽造、コンビニで相次ぐ", "③ 確定申告、スマホでできる？", "4 山間部で熊の目撃相次ぐ 10月は過去最多"]
    c = cleaned(TITLE, BODY, "アクセスランキング", *items, AFTER)
    assert by_rule(c, "related") == ["アクセスランキング", *items]
    assert AFTER in kept(c) and BODY in kept(c)
    assert not any(item[3:] in kept(c) for item in items)


def test_a_generalised_marker_and_plain_headlines():
    items = ["海の家、今年は3割減 客足戻らず", "気候変動で増える「高波被害」 専門家に聞く", "港の防波堤かさ上げ、国が支援拡充へ"]
    for marker in ("経済 アクセスランキング", "よく読まれている記事", "この記事の関連記事", "■おすすめ記事",
                   "【関連ニュース】", "ランキング(社会)", "関連記事一覧", "最新記事"):
        c = cleaned(TITLE, BODY, marker, *items, AFTER)
        # The last plain line sits directly above a sentence of the body: it may be the article's own
        # heading, so it stays (content is never risked for a list's last item).
        assert by_rule(c, "related") == [marker, *items[:-1]], marker
        assert AFTER in kept(c) and items[-1] in kept(c)


def test_marker_at_the_end_of_the_page():
    c = cleaned(TITLE, BODY, AFTER, "あわせて読みたい")
    assert by_rule(c, "related") == ["あわせて読みたい"]
    assert BODY in kept(c) and AFTER in kept(c)


def test_marker_then_a_real_paragraph_removes_only_the_marker():
    c = cleaned(TITLE, BODY, "関連記事", AFTER, "運転手の確保へ", "市は運転手の確保に向け、採用の支援金を倍増する方針だ。")
    assert by_rule(c, "related") == ["関連記事"]
    assert AFTER in kept(c) and "運転手の確保へ" in kept(c)


def test_the_list_ends_at_a_heading_of_the_article_or_a_sentence():
    c = cleaned(TITLE, BODY, "人気記事", "春の引っ越し、費用を抑えるコツ", "■ 減便の理由", AFTER,
                "おすすめ", "梅雨入り、平年より早く 九州南部", "みなさんはどう思いますか？", "ここから先も記事の続きです。")
    assert by_rule(c, "related") == ["人気記事", "春の引っ越し、費用を抑えるコツ", "おすすめ", "梅雨入り、平年より早く 九州南部"]
    for text in ("減便の理由", AFTER, "みなさんはどう思いますか？", "ここから先も記事の続きです。"):
        assert text in kept(c)


def test_a_blog_ranking_banner_is_no_list_marker():
    c = cleaned("人気ブログランキング", "【悲報】ラーメン一杯の平均価格、ついに千円突破へ", BODY)
    assert "【悲報】ラーメン一杯の平均価格、ついに千円突破へ" in kept(c) + (c.title or "")
    assert by_rule(c, "related") == []


def test_a_heading_right_after_a_box_of_links_stays_with_its_paragraph() -> None:
    """A plain heading of the article under an あわせて読みたい box (no ■ or #) heads a paragraph: it stays."""
    from tui.news.cleaning import clean
    from tui.news.models import Document

    text = "\n".join([
        "# 地方空港の国際線、再開相次ぐ",
        "各地の空港で国際線の定期便が相次いで再開している。観光客の回復が背景にある。",
        "あわせて読みたい",
        "空港アクセス鉄道の計画まとめ",
        "今後の見通し",
        "航空各社は来年度にかけてさらに路線を増やす方針で、地元の期待は大きい。",
    ])
    cleaned = clean(Document(source="/tmp/lists-heading.txt", text=text, format="markdown"))
    gone = {r.text for r in cleaned.removed}
    assert gone == {"あわせて読みたい", "空港アクセス鉄道の計画まとめ"}
    assert any(b.text == "今後の見通し" for b in cleaned.blocks)


def test_a_timeline_of_days_alone_under_a_mark_at_the_end_stays_whole_as_a_list():
    c = cleaned("台風18号、紀伊半島で記録的大雨",
                "大型の台風18号は17日夕方に和歌山県南部に上陸し、18日朝、三陸沖で温帯低気圧に変わった。",
                "新宮市の北浦康二市長は18日、被災地区を視察し、「日常を取り戻したい」と述べた。",
                "県は災害救助法の適用を決め、政府は20日に関係閣僚会議を開く。",
                "台風18号の経過",
                "▽14日　マリアナ諸島近海で発生",
                "▽16日　気象庁が紀伊半島に大雨特別警報の可能性を示す",
                "▽17日　午後5時ごろ和歌山県南部に上陸",
                "▽18日　温帯低気圧に変わる")
    steps = [b for b in c.blocks if b.kind == "list"]
    assert len(steps) == 1 and steps[0].text.split("\n") == [
        "14日　マリアナ諸島近海で発生", "16日　気象庁が紀伊半島に大雨特別警報の可能性を示す",
        "17日　午後5時ごろ和歌山県南部に上陸", "18日　温帯低気圧に変わる"]
    assert not c.removed


def test_a_week_ahead_with_each_day_joined_by_an_equals_sign_stays_whole_to_its_last_line():
    """A sports page's week ahead (◇3日（火）＝…): every day a step of the list, the short last one too."""
    c = cleaned("女子ゴルフ、新人の宇佐美が初優勝",
                "国内女子ゴルフツアーの第6戦は1日、静岡県の富士見高原CCで最終ラウンドを行い、宇佐美玲奈が初優勝した。",
                "首位と2打差の3位から出た宇佐美は、後半に4つのバーディーを奪って逆転した。",
                "次戦は8日に兵庫県で開幕し、宇佐美は2週連続の優勝を狙う。",
                "【今週の主な予定】",
                "◇3日（火）＝大相撲夏場所の番付発表",
                "◇4日（水）～6日（金）＝競泳日本選手権（東京）",
                "◇5日（木）＝Jリーグ・ルヴァン杯1次リーグ",
                "◇7日（土）＝ラグビー・リーグワン第7節")
    assert "7日（土）＝ラグビー・リーグワン第7節" in [line for b in c.blocks for line in b.text.split("\n")]
    assert not c.removed


def test_a_timeline_with_a_month_alone_and_a_year_said_as_a_word_stays_whole_as_a_list():
    c = cleaned("排水訴訟、二審も住民勝訴",
                "化学工場の排水で井戸水が汚れたとして住民が会社を訴えた訴訟の控訴審判決が9日、高裁であった。",
                "裁判長は一審に続いて会社の責任を認め、賠償額を増やした。",
                "【経過】",
                "2019年5月　住民が井戸水の異臭に気づく",
                "2020年2月　1回目の水質検査",
                "2021年3月22日　住民が地裁に提訴",
                "2035年12月8日　一審で住民が勝訴",
                "同年12月20日　会社側が控訴",
                "2037年6月9日　二審判決")
    steps = [b for b in c.blocks if b.kind == "list"]
    assert len(steps) == 1 and steps[0].text.split("\n") == [
        "2019年5月　住民が井戸水の異臭に気づく", "2020年2月　1回目の水質検査", "2021年3月22日　住民が地裁に提訴",
        "2035年12月8日　一審で住民が勝訴",
        "同年12月20日　会社側が控訴", "2037年6月9日　二審判決"]
    assert not c.removed
