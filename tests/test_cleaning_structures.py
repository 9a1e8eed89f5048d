"""Structures the cleaner reads from how lines are built: facts under wide-space labels, credit labels, rows of
buttons, photo links, datelines under a long header. Lines written for these tests."""

from __future__ import annotations

from tui.news.cleaning import clean
from tui.news.cleaning.forms import FORMS, forms
from tui.news.models import Document

HEADLINE = "川辺の古い蔵、写真館に 地元の写真家が改装し来月開館"
SENTENCES = [
    "川辺町の写真家が、江戸末期に建てられた酒蔵を改装し、来月から写真館として公開すると発表した。",
    "蔵は二十年ほど使われておらず、屋根の一部が崩れていたが、町の補助を受けて修復した。",
    "写真家は「町の人が昔の写真を持ち寄り、語り合える場所にしたい」と話している。",
    "開館初日には、町の古い写真を集めた展示と、写真の修復の相談会を開くという。",
]
HEADER = ["かわべ日日新聞", "トップ 地域 くらし 文化 スポーツ"]
FOOTER = ["会社案内 | 利用規約 | 個人情報"]


def doc(*lines: str) -> Document:
    return Document(source="/tmp/page.txt", text="\n".join(lines))


def removed(*lines: str) -> dict[str, str]:
    return {r.text: r.rule for r in clean(doc(*lines)).removed}


def kept_text(*lines: str) -> str:
    return "\n".join(b.text for b in clean(doc(*lines)).blocks)


def form_of(text: str) -> set[str]:
    return {name for name, x in zip(FORMS, forms(text)) if x}


def test_facts_under_short_labels_and_a_wide_space_stay_with_the_contact_among_them():
    facts = ["会期　5月3日（土）〜6月29日（日）", "会場　川辺町写真館 1階", "入館料　一般500円、中学生以下無料",
             "問い合わせ　川辺町写真館　電話 012-000-0000"]
    page = [*HEADER, HEADLINE, *SENTENCES, *facts, "この記事をシェア", *FOOTER]
    body = kept_text(*page)
    assert all(f in body for f in facts)


def test_a_credit_label_and_its_source_is_a_credit():
    for text in ("配信元：まちの話題ネット", "参考：各社報道より", "評者：川辺 一郎（写真評論家）", "監修：医師 山田 花子"):
        assert "credit" in form_of(text) or "byline" in form_of(text), text
    assert "credit" not in form_of("参考になった人は多い")
    page = [*HEADER, HEADLINE, "配信元：まちの話題ネット", *SENTENCES, *FOOTER]
    assert "配信元：まちの話題ネット" in removed(*page)


def test_a_row_of_link_buttons_is_a_call_to_action_and_a_list_after_it_goes():
    row = "書店Aで見る ｜ 書店Bで見る ｜ 電子版で読む"
    assert "call_to_action" in form_of(row)
    assert "call_to_action" not in form_of("映画館で見る夏の夜空")
    chrome = [row, "※価格は掲載時点のものです。", "この評者の他の書評", "『川の音』 山本 透著", "『橋の上で』 林 美樹著"]
    page = [*HEADER, HEADLINE, *SENTENCES, *chrome, *FOOTER]
    out = removed(*page)
    assert all(c in out for c in chrome), [c for c in chrome if c not in out]
    assert all(s in kept_text(*page) for s in SENTENCES)


def test_a_photo_link_with_a_glued_credit_goes_whole():
    link = "【写真】改装された酒蔵の内部＝撮影・写真部"
    page = [*HEADER, HEADLINE, *SENTENCES[:2], link, *SENTENCES[2:], *FOOTER]
    assert link in removed(*page)


def test_a_date_alone_under_a_long_header_is_a_dateline_and_a_month_and_day_without_a_year_too():
    header = ["かわべ町役場", "本文へ", "文字サイズ 標準 大", "くらし 子育て 観光 町政", "ホーム > 報道発表",
              "ここから本文です。", "酒蔵の写真館が開館します", "報道発表", "令和7年4月1日"]
    page = [*header, *SENTENCES, *FOOTER]
    out = removed(*page)
    assert out.get("令和7年4月1日") == "dateline"
    page = [*HEADER, HEADLINE, "4月1日 10時05分 更新", *SENTENCES, *FOOTER]
    assert removed(*page).get("4月1日 10時05分 更新") == "dateline"


def test_an_aggregators_stamp_with_a_slash_and_no_year_is_a_dateline_and_a_fraction_no_date():
    stamp = "4/1(火) 10:05配信"
    page = [*HEADER, HEADLINE, stamp, *SENTENCES, *FOOTER]
    assert removed(*page).get(stamp) == "dateline"
    fraction = "出資の1/3は町が負担する。"
    assert fraction in kept_text(*[*HEADER, HEADLINE, *SENTENCES[:2], fraction, *SENTENCES[2:], *FOOTER])


def test_a_numbered_section_and_its_first_line_stay_above_the_notices_that_close_the_page():
    sections = ["1 概要", SENTENCES[0], "2 開館日", "令和8年5月1日（金曜日）から", "3 申し込み先",
                "まちづくり課 文化係（役場本庁舎2階）"]
    page = ["かわべ町役場", "くらし 子育て 観光 町政", "酒蔵の写真館が開館します", *SENTENCES[1:3], *sections,
            "PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。",
            "このページに関するお問い合わせ", "総務課 広報係 電話：000-000-0000", *FOOTER]
    body = kept_text(*page)
    assert all(s in body for s in sections), [s for s in sections if s not in body]
    assert "このページに関するお問い合わせ" in removed(*page)


def test_every_context_feature_is_in_a_line_s_features():
    from tui.news.cleaning.classifier import vectors
    from tui.news.cleaning.features import CONTEXT_FEATURES
    from tui.news.cleaning.page import Page

    page = Page.read(doc(*HEADER, HEADLINE, *SENTENCES, "この記事をシェア", *FOOTER))
    _, staged = vectors(page)
    for stage in staged:
        rows = [v for v in stage if v and "prose" not in v]
        assert rows and all(tuple(v) == CONTEXT_FEATURES for v in rows)


def test_an_organisation_s_name_alone_outside_the_text_is_an_issuer_and_inside_it_stays():
    for text in ("川辺町 文化振興課", "株式会社かわべ酒造", "かわべ写真合同会社", "一般社団法人かわべ写真協会",
                 "https://", "陸上部"):
        assert "issuer" in form_of(text), text
    for text in ("第2部", "蔵の改修を担当した町の文化課が説明した"):
        assert "issuer" not in form_of(text), text
    # Above the text it is the issuer; between its sentences, a heading of the article (a club, a section).
    page = [*HEADER, HEADLINE, "株式会社かわべ酒造", *SENTENCES[:2], "陸上部", *SENTENCES[2:], *FOOTER]
    out = removed(*page)
    assert "株式会社かわべ酒造" in out
    assert "name" not in out.get("陸上部", "")


def test_a_numbered_table_of_contents_that_repeats_the_headings_goes():
    page = [*HEADER, HEADLINE, "目次", "1. 蔵の歴史", "2. 改修の工夫", "蔵の歴史", SENTENCES[0], SENTENCES[1],
            "改修の工夫", SENTENCES[2], SENTENCES[3], *FOOTER]
    out = removed(*page)
    assert out.get("目次") == "toc" and out.get("1. 蔵の歴史") == "toc" and out.get("2. 改修の工夫") == "toc"
    body = kept_text(*page)
    assert "蔵の歴史" in body and "改修の工夫" in body


def test_buttons_in_a_row_special_sections_and_links_out_go_after_the_article():
    assert "button_word" in form_of("スクラップ 印刷") and "button_word" in form_of("シェア 保存")
    for text in ("特集 町の酒蔵めぐり", "町長選2025 特設サイト"):
        assert "list_marker" in form_of(text), text
    for text in ("観光の記事一覧", "町内のライブカメラ映像を見る"):
        assert "link_out" in form_of(text), text
    chrome = ["スクラップ 印刷", "特集 町の酒蔵めぐり", "老舗の蔵元、三代目の挑戦", "観光の記事一覧"]
    page = [*HEADER, HEADLINE, *SENTENCES, *chrome, *FOOTER]
    out = removed(*page)
    assert all(c in out for c in chrome), [c for c in chrome if c not in out]
    # Inside the article, a heading that reads like a link stays: only after it do such lines go.
    inside = [*HEADER, HEADLINE, *SENTENCES[:2], "数字で見る", *SENTENCES[2:], *FOOTER]
    assert "数字で見る" in kept_text(*inside)


def test_the_marker_that_opens_the_tail_goes_with_the_lines_under_it():
    profile = ["【会社概要】", "会社名：かわべ酒造株式会社", "所在地：川辺町本町1-1", "設立：1890年"]
    page = [*HEADER, HEADLINE, *SENTENCES, *profile, *FOOTER]
    out = removed(*page)
    assert all(p in out for p in profile), [p for p in profile if p not in out]


INTERVIEW = [
    "川辺町の写真館、来月開館　館長に聞く",
    "江戸末期の酒蔵を改装した写真館が来月開館する。準備を進める館長に話を聞いた。",
    "◇◆◇川瀬館長◇◆◇",
    "――なぜ写真館を。",
    "「町の人が昔の写真を持ち寄れる場所がほしかった」",
    "――開館の準備は。",
    "「展示の入れ替えが間に合うか、毎日気をもんでいます」",
    "――最後に一言。",
    "「ぜひ足を運んでください」",
]


def kinds(*lines: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in clean(doc(*lines)).blocks]


def test_an_interviewers_lines_stay_paragraphs_with_their_dash():
    got = kinds(*INTERVIEW)
    for question in ("――なぜ写真館を。", "――開館の準備は。", "――最後に一言。"):
        assert ("paragraph", question) in got


def test_a_line_of_words_said_in_brackets_is_never_a_heading():
    got = kinds(*INTERVIEW)
    for answer in INTERVIEW[4::2]:
        assert ("paragraph", answer) in got


def test_a_speakers_name_set_between_marks_is_a_heading_of_the_name_and_stays_above_the_questions():
    got = kinds(*INTERVIEW)
    assert ("heading", "川瀬館長") in got
    assert not clean(doc(*INTERVIEW)).removed


def test_a_rule_of_dashes_alone_is_no_interviewers_line():
    assert ("paragraph", "――――") not in kinds(*INTERVIEW[:2], "――――", *SENTENCES)
