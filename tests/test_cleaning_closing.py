"""Structures of a page's end and forms of its credits, attachments and notices, on lines written for these tests."""

from __future__ import annotations

from tui.news.cleaning import clean
from tui.news.cleaning.closing import closing_chrome
from tui.news.cleaning.forms import FORMS, forms
from tui.news.models import Document

HEADLINE = "港の倉庫街、芸術拠点に 空き倉庫を改装して工房を貸し出し"
SENTENCES = [
    "市は十五日、港湾地区の使われていない倉庫を改装し、芸術家に工房として貸し出す計画を発表した。",
    "倉庫は昭和の初めに建てられたれんが造りで、十年以上前から空いたままになっていた。",
    "市の担当者は「港のにぎわいを取り戻し、若い作家が住み続けられる場所にしたい」と話している。",
    "改装費はおよそ三億円で、国の補助金と市の基金でまかなう。来年秋の開業を目指すという。",
    "地元の商店会からは、観光客が増えることへの期待の声が上がっている。",
]
HEADER = ["みなと市民新聞", "トップ 地域 政治 経済 文化"]
FOOTER = ["会社案内 | 利用規約 | 個人情報"]


def doc(*lines: str) -> Document:
    return Document(source="/tmp/page.txt", text="\n".join(lines))


def removed(*lines: str) -> dict[str, str]:
    """{text: rule} of the lines the cleaner removed."""
    return {r.text: r.rule for r in clean(doc(*lines)).removed}


def kept_text(*lines: str) -> str:
    return "\n".join(b.text for b in clean(doc(*lines)).blocks)


def form_of(text: str) -> set[str]:
    return {name for name, x in zip(FORMS, forms(text)) if x}


def test_a_caption_that_is_only_a_credit_is_a_credit_and_goes():
    assert form_of("写真：港湾大学提供") & {"credit", "byline"}  # a role word and a name: a byline's form too
    credits = ("画像：港湾大学提供", "画像：市港湾局", "（イラスト：市港湾局）", "地価の推移チャート提供：データ社",
               "（画像はイメージ）")
    for text in credits:
        assert "credit" in form_of(text), text
    # A caption that describes (a verb, the day and place) is no credit, label or not; a box score's note neither.
    for text in ("写真：記者会見する市長（15日、市役所）", "（延長十一回）", "【ポイント】"):
        assert "credit" not in form_of(text), text
    page = [*HEADER, HEADLINE, *SENTENCES[:3], "画像：港湾大学提供", *SENTENCES[3:], *FOOTER]
    out = removed(*page)
    assert out["画像：港湾大学提供"].startswith("classifier: credit only")
    assert all(s in kept_text(*page) for s in SENTENCES)


def test_a_credit_glued_to_a_caption_is_cut_off_and_the_caption_stays():
    caption = "改装前の倉庫を見学する市民（15日、港湾地区）"
    page = [*HEADER, HEADLINE, *SENTENCES[:2], caption + "＝写真部撮影", *SENTENCES[2:], *FOOTER]
    out = removed(*page)
    assert out["＝写真部撮影"].startswith("classifier: credit only")
    body = kept_text(*page)
    assert caption in body and all(s in body for s in SENTENCES)
    bracketed = "れんが造りの倉庫の外観" + "（写真：市港湾局）"
    page = [*HEADER, HEADLINE, *SENTENCES[:2], bracketed, *SENTENCES[2:], *FOOTER]
    assert "（写真：市港湾局）" in removed(*page) and "れんが造りの倉庫の外観" in kept_text(*page)


def test_a_caption_with_its_day_and_place_stays_after_the_article_end():
    caption = "計画について説明する市の担当者（15日、市役所）"
    page = [*HEADER, HEADLINE, *SENTENCES, "写真＝共同", caption, "この記事をシェア", *FOOTER]
    assert caption in kept_text(*page)
    assert "写真＝共同" in removed(*page)


def test_an_attachment_is_a_file_and_its_size_in_brackets():
    for text in ("報道発表資料（PDF形式：412KB）", "(別添1)予防のためのリーフレット [2.1MB]", "第2報（PDF：156KB）"):
        assert "attachment" in form_of(text), text
    assert "attachment" not in form_of("資料はPDFで公開している")
    page = [*HEADER, HEADLINE, *SENTENCES, "計画の概要（PDF：320KB）", "配置図（PDF：1.2MB）", *FOOTER]
    out = removed(*page)
    assert "計画の概要（PDF：320KB）" in out and "配置図（PDF：1.2MB）" in out


def test_a_notice_about_the_page_goes_however_long_and_an_introduction_stays():
    notices = ("※本記事は情報提供を目的としたもので、特定の商品の購入を勧めるものではありません。",
               "PDFファイルをご覧いただくには、Adobe Acrobat Readerが必要です。お持ちでない方は入手してください。",
               "この記事は市民通信の配信記事です。みなと市民新聞の見解を示すものではありません。")
    for text in notices:
        assert "notice" in form_of(text) or clean(doc(text)).removed is not None
    page = [*HEADER, HEADLINE, *SENTENCES, *notices, *FOOTER]
    out = removed(*page)
    for text in notices:
        assert text in out, text
    intro = "本記事では、倉庫街の改装がどのように進むのかを、市や作家への取材をもとに解説します。"
    page = [*HEADER, HEADLINE, intro, *SENTENCES, *FOOTER]
    assert intro in kept_text(*page)


def test_after_two_lines_of_chrome_below_the_article_the_rest_of_the_page_is_chrome():
    chrome = ["#倉庫 #芸術 #港湾", "この記事をシェア X LINE", "周辺のイベント", "4/19 港の朝市（みなと広場）",
              "4/26 ガラス工芸フェア（市民ギャラリー）", "地図を見る"]
    page = [*HEADER, HEADLINE, *SENTENCES, *chrome, *FOOTER]
    out = removed(*page)
    for text in chrome:
        assert text in out, text
    assert all(s in kept_text(*page) for s in SENTENCES)


def test_a_list_right_under_the_article_stays_and_so_does_a_closing_sentence():
    schedule = ["今後の主な予定", "5月20日 説明会", "6月3日 入居者の募集開始", "7月1日 工事に着手"]
    page = [*HEADER, HEADLINE, *SENTENCES, *schedule, "この記事をシェア", "#倉庫 #芸術", *FOOTER]
    body = kept_text(*page)
    assert all(s in body for s in schedule)
    # Chrome, then a sentence: the article may close with it; it stays.
    live = [False, True, True, False, False, True, True, False]
    texts = ["a。", "x", "y", "みなさんはどう思いますか？", "z", "x", "y", "w"]
    prose = [True] + [False] * 7
    assert list(closing_chrome(texts, live, prose, lambda t: "。" in t or t.endswith("？"))) == [7]
    assert list(closing_chrome(["x", "y", "z"], [False, True, False], [False, False, False], lambda t: False)) == []


def test_an_advice_item_without_its_full_stop_stays_in_the_body():
    advice = ["被害を防ぐには", "突然訪ねてきた業者をすぐに家に上げない", "契約しても8日以内ならクーリング・オフができる"]
    page = [*HEADER, HEADLINE, *SENTENCES, *advice, "この記事をシェア", *FOOTER]
    body = kept_text(*page)
    assert all(s in body for s in advice)


def test_counters_video_lengths_page_runs_and_bracketed_timestamps_are_forms():
    for text in ("コメント (24)", "💬 コメント(31)", "みんなのコメント（214）", "(2025/08/27-15:38)"):
        assert "counter" in form_of(text), text
    for text in ("▽本塁打 森下（2）", "（延長十一回）", "人口（2025）は前年より減った"):
        assert "counter" not in form_of(text), text
    assert "photo" in form_of("▶ 動画を見る(8分32秒)")
    assert "pagination" in form_of("1 2 3 次へ") and "pagination" in form_of("次ページは：県も支援策を検討")
    assert_dropped = removed(*HEADER, HEADLINE, *SENTENCES, "コメント（12）", "1 2 3 次へ", *FOOTER)
    assert "コメント（12）" in assert_dropped and "1 2 3 次へ" in assert_dropped


def test_a_note_or_a_profile_under_the_article_goes_and_a_note_inside_it_stays():
    inside = "※改装費には国の補助金が含まれます。"
    notes = ["※価格は掲載時点のものです。リンク先での購入により当サイトに収益が入ることがあります。",
             "みなと 花子｜港町で暮らすライター。まちの話題を書いています。",
             "港 太郎（みなと・たろう）　建築家。古い倉庫の改修を数多く手がける。"]
    page = [*HEADER, HEADLINE, *SENTENCES[:3], inside, *SENTENCES[3:], *notes, *FOOTER]
    out = removed(*page)
    for text in notes:
        assert out.get(text, "").startswith("classifier: a note or the writer's profile"), text
    assert inside.lstrip("※") in kept_text(*page)  # (the mark goes with typing; the note stays)


def test_a_notices_items_with_their_days_under_the_article_stay():
    items = ["▽記念講演会　11月3日（水・祝）午後2時から。聴講無料、定員150人。",
             "▽休館日　月曜日と、12月29日～1月3日。"]
    page = [*HEADER, HEADLINE, *SENTENCES, *items, *FOOTER]
    body = kept_text(*page)
    assert all(text.lstrip("▽").split("　")[1][:6] in body for text in items)
    profile = "港 太郎（みなと・たろう）　建築家。1968年生まれ。"  # a year is no day: a profile still
    assert removed(*HEADER, HEADLINE, *SENTENCES, profile, *FOOTER).get(profile, "").startswith("classifier: a note")


def test_a_schedule_begun_in_the_article_stays_to_its_last_step():
    steps = ["【主な日程】", "6月1日（火）～3日（木）　ホークス－名古屋サンダース（市民球場）",
             "4日（金）～6日（日）　ホークス－広島レッドウイングス（市民球場）",
             "18日（金）～20日（日）　ホークス－大阪タイタンズ（海浜スタジアム）＝最終カード"]
    body = kept_text(*HEADER, HEADLINE, *SENTENCES, *steps, *FOOTER)
    assert all(step.split("　")[0] in body for step in steps[1:])
