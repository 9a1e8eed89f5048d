"""The line classifier: each feature moves a line the way it should, the smoothing and the regions of a page,
the reasons a removal gives, and what it never takes. All page text here is written for these tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tui.news.cleaning import clean
from tui.news.cleaning.classifier import WEIGHTS, decide
from tui.news.cleaning.features import body_span, is_tail_marker, shape
from tui.news.cleaning.page import Page
from tui.news.models import Document

ROOT = Path(__file__).parent.parent

SENTENCES = [
    "市の教育委員会は十日、市内の小学校で給食の食材に地元の野菜を使う割合を来年度から三割に増やすと発表した。",
    "農家との契約を増やし、旬の野菜を献立に取り入れることで、子どもたちに地域の農業を身近に感じてもらうのがねらいだ。",
    "市内では高齢化で農家の数が減っており、市は学校給食を安定した売り先として生産者の支えにもしたい考えだ。",
    "保護者からは、食材の産地が分かるのは安心だという声が上がる一方で、給食費の値上げを心配する意見もある。",
    "教育委員会は夏休み中に生産者と栄養士の意見交換会を開き、秋から新しい献立を試す予定だという。",
]
HEADLINE = "給食の地元野菜、来年度から三割に 市教委が農家と契約拡大"


def z(text: str) -> float:
    """A line's logit by its shape alone, with the shipped weights."""
    return sum(WEIGHTS["shape"].get(k, 0.0) * v for k, v in shape(text).items())


def doc(*lines: str) -> Document:
    return Document(source="/tmp/page.txt", text="\n".join(lines))


def removed(*lines: str) -> dict[str, str]:
    """{text: rule} of the lines the cleaner removed."""
    return {r.text: r.rule for r in clean(doc(*lines)).removed}


def kept_text(*lines: str) -> str:
    return "\n".join(b.text for b in clean(doc(*lines)).blocks)


# --- the line alone: each feature ------------------------------------------------------------

def test_a_short_menu_like_line_scores_far_below_a_sentence():
    menu = "ニュース 政治 経済 国際 スポーツ 暮らし"
    assert shape(menu)["short_items"] == 1.0 and shape(menu)["spaces"] == 1.0
    assert z(menu) < 0 < z(SENTENCES[0])


def test_a_count_moves_a_line_towards_boilerplate():
    assert shape("コメント（128）")["count"] == 1.0 and shape("参考になった 128")["count"] == 1.0
    assert shape(SENTENCES[0])["count"] == 0.0
    assert WEIGHTS["shape"]["count"] < 0
    assert z("参考になった 128") < z("参考になった 128年")  # the same digits, a count only in the first


def test_separators_between_short_items_move_a_line_towards_boilerplate():
    line = "利用規約 | 個人情報 | お問い合わせ | 採用情報"
    assert shape(line)["separators"] > 0
    assert z(line) < z("利用規約 個人情報 お問い合わせ 採用情報") < z(SENTENCES[1])


def test_katakana_and_latin_heavy_lines_score_low():
    assert shape("ニュースダイジェストプラス")["katakana"] > 0.9
    assert shape("Facebook Twitter LINE Pocket")["latin"] > 0.7
    assert z("ニュースダイジェストプラス") < z("市の教育委員会が発表")
    assert z("Facebook Twitter LINE Pocket") < 0


def test_a_long_particle_rich_sentence_scores_high_and_stays():
    s = shape(SENTENCES[2])
    assert s["particles"] > 0.3 and s["hiragana"] > 0.3 and s["sentence_end"] == 1.0
    assert z(SENTENCES[2]) > 0
    assert SENTENCES[2] in kept_text("ホーム 地域 教育", HEADLINE, *SENTENCES, "このページの先頭へ")


# --- the page: regions, smoothing, headings ----------------------------------------------------

# Weights set by hand so that a line's class follows its shape alone: a sentence is content, a line with
# separators or a mark boilerplate, any other line uncertain (its neighbours decide).
HAND = {"shape": {"bias": -1.0, "full_stops": 12.0, "separators": -12.0, "mark_lead": -12.0},
        "context": {"own": 5.0}, "context2": {"own": 5.0}}


def page(*lines: str) -> Page:
    return Page.read(doc(*lines))


def test_a_short_line_between_boilerplate_is_boilerplate():
    p = page("ホーム | 地域 | 教育", "特集ページ", "政治 | 経済 | 国際", *SENTENCES, "会社案内 | 規約", "特集ページ2",
             "広告掲載 | 採用")
    out = decide(p, HAND)
    # Uncertain alone, but between two menus before the body: it goes, and says why.
    assert out[1] == "classifier: short line between boilerplate"
    # The same after the body, between the footer's rows.
    assert out[len(SENTENCES) + 4] == "classifier: short line between boilerplate"
    assert not any(i in out for i in range(3, 3 + len(SENTENCES)))


def test_an_uncertain_line_next_to_content_stays():
    p = page("ホーム | 地域 | 教育", "特集ページ", *SENTENCES, "会社案内 | 規約")
    assert 1 not in decide(p, HAND)  # the body is below it: not between boilerplate


def test_a_heading_directly_above_content_stays():
    p = page("ホーム | 地域 | 教育", *SENTENCES[:3], "■ 今後の予定", *SENTENCES[3:], "会社案内 | 規約")
    out = decide(p, HAND)
    assert 4 not in out  # marked (boilerplate by its shape), but it heads the sentence below
    assert 0 in out and 6 + 1 in out  # the menus go


def test_the_body_is_the_stretch_of_most_content():
    # Two sentences, a long run of chrome, then five sentences: the body is the second stretch.
    assert body_span([1.0, 1.0, -1.0, -1.0, -1.0, -1.0, 1.0, 1.0, 1.0, 1.0, 1.0]) == (6, 10)
    # A doubtful line between sentences does not split the body.
    assert body_span([2.0, -0.3, 2.0]) == (0, 2)
    assert body_span([-1.0, -0.5]) == (-1, -1)


def test_the_tail_comments_are_boilerplate_though_they_are_sentences():
    comments = ["地元の野菜が増えるのはうれしい。子どもが家でも野菜を食べるようになった。",
                "給食費が上がらないなら賛成です。農家さんにもいい話だと思う。"]
    lines = ["ホーム 地域 教育", HEADLINE, *SENTENCES, "みんなのコメント（2件）", *comments,
             "利用規約 | プライバシー | お問い合わせ"]
    assert is_tail_marker("みんなのコメント（2件）") and not is_tail_marker(SENTENCES[0])
    out = removed(*lines)
    for c in comments:
        assert out[c].startswith("classifier: ")
    assert "tail" in out[comments[0]] or "between boilerplate" in out[comments[0]]
    body = kept_text(*lines)
    assert HEADLINE in body and all(s in body for s in SENTENCES)


def test_a_page_of_chrome_around_an_article_keeps_every_line_of_the_article():
    lines = ["まちかど新聞", "トップ 地域 政治 経済 スポーツ 暮らし", "ホーム > 地域 > 教育", HEADLINE,
             "2025年6月10日 11時30分", "この記事をシェア X Facebook LINE", *SENTENCES[:3], "■ 今後の予定",
             *SENTENCES[3:], "関連記事", "学校の給食費、来年度は据え置き", "地元農家が学校で出前授業",
             "会社案内 | 利用規約 | 個人情報の取り扱い", "© Machikado Shimbun"]
    out = removed(*lines)
    body = kept_text(*lines)
    assert HEADLINE in body and "今後の予定" in body and all(s in body for s in SENTENCES)
    for chrome in ("トップ 地域 政治 経済 スポーツ 暮らし", "この記事をシェア X Facebook LINE",
                   "会社案内 | 利用規約 | 個人情報の取り扱い"):
        assert chrome in out
    assert any(rule.startswith("classifier: ") for rule in out.values())


def test_tables_and_numbered_results_stay_whatever_their_cells_look_like():
    lines = ["スポーツ速報 | 野球 | サッカー", HEADLINE, *SENTENCES[:3],
             "チーム\t勝\t敗", "北都\t38\t25", "港\t35\t28",
             "1 山里 1時間10分42秒", "2 川口 1時間10分55秒", "3 北陵 1時間11分37秒",
             *SENTENCES[3:], "会社案内 | 規約 | 広告掲載"]
    body = kept_text(*lines)
    for row in ("北都", "港", "山里 1時間10分42秒", "川口 1時間10分55秒", "北陵 1時間11分37秒"):
        assert row in body


def test_a_text_of_few_lines_is_left_as_it_is():
    assert decide(page("見出しの例", "特集", "政治 | 経済", SENTENCES[0]), HAND) == {}


# --- what the reader and `show` see --------------------------------------------------------------

def test_show_json_names_the_classifier_and_its_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = ["まちかど新聞", "トップ 地域 政治 経済 スポーツ 暮らし", HEADLINE, "この記事をシェア X Facebook LINE",
             *SENTENCES, "会社案内 | 利用規約 | 個人情報の取り扱い"]
    (folder / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "NEWSREADER_DB": str(tmp_path / "index.db"), "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True,
                              encoding="utf-8", env=env, cwd=ROOT, timeout=120)

    assert run("add", str(folder)).returncode == 0
    rows = json.loads(run("list", "--json").stdout)
    mine = [r for r in rows if r["title"] == HEADLINE]
    assert mine
    shown = json.loads(run("show", mine[0]["id"], "--json").stdout)
    by_classifier = [r for r in shown["removed"] if r["rule"].startswith("classifier: ")]
    assert by_classifier and all(set(r) == {"rule", "text"} for r in shown["removed"])
    assert all(len(r["rule"]) > len("classifier: ") for r in by_classifier)
    assert "トップ 地域 政治 経済 スポーツ 暮らし" in {r["text"] for r in shown["removed"]}


def test_chrome_glued_before_a_sentence_is_cut_off_and_the_sentence_stays():
    glued = "この記事をシェア X Facebook LINE " + SENTENCES[0]
    dated = "2025年6月10日 11:30 " + SENTENCES[1]
    lines = ["まちかど新聞", "トップ 地域 政治 経済 スポーツ 暮らし", HEADLINE, glued, dated, *SENTENCES[2:],
             "会社案内 | 利用規約 | 個人情報の取り扱い"]
    out = removed(*lines)
    assert out["この記事をシェア X Facebook LINE"] == "classifier: chrome glued to a sentence"
    assert out["2025年6月10日 11:30"] == "classifier: chrome glued to a sentence"
    body = kept_text(*lines)
    assert SENTENCES[0] in body and SENTENCES[1] in body and "Facebook" not in body
    # A sentence that opens with a word and a space is no chrome: the line stays whole.
    whole = "首相は " + SENTENCES[2]
    assert whole in kept_text("トップ 地域 政治 経済 スポーツ 暮らし", HEADLINE, whole, *SENTENCES[3:], *SENTENCES[:2],
                              "会社案内 | 利用規約")


def test_the_steps_of_a_timeline_stay():
    steps = ["ホワイトハウスで両首脳の会談開始", "↓", "資源協定の交渉、条件で対立", "↓", "会談は予定より早く終了"]
    lines = ["トップ 政治 経済 国際 スポーツ", HEADLINE, *SENTENCES[:2], *steps, *SENTENCES[2:], "会社案内 | 規約"]
    body = kept_text(*lines)
    for step in steps[::2]:
        assert step in body


def test_a_timeline_that_ends_the_page_keeps_its_last_step():
    # Under the article's last sentence, the arrows between the steps are layout, not the page's closing chrome.
    steps = ["2032年5月20日　最終契約を結ぶ", "↓", "6月27日　両社の株主総会", "↓", "2033年4月1日　新会社が発足"]
    body = kept_text("トップ 政治 経済 国際 スポーツ", HEADLINE, *SENTENCES, "統合までの流れ", *steps)
    for step in steps[::2]:
        assert step in body


def test_steps_marked_with_an_arrow_stay_a_katakana_heavy_one_too():
    steps = ["↓11月20日　両行の臨時株主総会", "↓2036年3月27日　両行が上場廃止",
             "↓4月1日　持ち株会社「トウカイミカワ・フィナンシャル・グループ」が発足"]
    body = kept_text("トップ 政治 経済 国際 スポーツ", HEADLINE, *SENTENCES, "統合までの流れ", *steps)
    for step in steps:
        assert step[1:] in body


def test_a_run_of_label_value_lines_stays_outside_the_tail_and_goes_under_a_profile_marker():
    plan = ["対象期間：2025年10月15日～2026年3月31日", "料金：1泊2食付き 12,000円から", "予約：公式サイトまたは電話にて受付"]
    profile = ["会社名：株式会社まちかど", "所在地：東京都千代田区中央1-1", "設立：2012年6月"]
    lines = ["プレスリリース配信 | 新着 | 企業検索", HEADLINE, *SENTENCES[:3], "■ プラン概要", *plan, *SENTENCES[3:],
             "【会社概要】", *profile, "利用規約 | 個人情報保護方針"]
    body = kept_text(*lines)
    assert all(item in body for item in plan)
    out = removed(*lines)
    assert all(item in out for item in profile)


def test_markdown_headings_and_table_rows_stay_and_a_row_is_never_cut():
    text = "\n".join(["# 停戦交渉の論点", "公開日:2025/03/10", "主要な論点を表にまとめた。",
                      "| 論点 | 一方の立場 | 他方の立場 |", "|---|---|---|",
                      "| 停戦 | 三十日間の停戦には、部隊を派遣しないことが条件だと主張している。 | 即時の停戦を受け入れると表明した。 |",
                      "| 領土 | 四州の承認を求める。 | 割譲には応じない。 |", "## 今後の日程", "交渉は来週、再開される見通しだ。"])
    c = clean(Document(source="/tmp/t.md", text=text, format="markdown"))
    assert not [r for r in c.removed if r.rule.startswith("classifier")]
    assert [b.kind for b in c.blocks].count("table") == 1 and "今後の日程" in [b.text for b in c.blocks]


def test_a_page_in_another_language_is_left_to_the_rules():
    lines = ["Home | World | Business | Sport", "Rail line saved as three towns share its costs",
             "Three towns agreed on Thursday to pay for the tracks and stations of a loss-making rural line.",
             "The operator will run the trains, and the towns will own the infrastructure from next April.",
             "Ridership has fallen to a sixth of its peak in the 1980s, the company said.",
             "Share", "Terms | Privacy | Contact"]
    assert decide(page(*lines)) == {}


# --- forms of boilerplate found on many sites, and content that looks like them ---------------

from tui.news.cleaning.forms import FORMS, forms  # noqa: E402


def form_of(text: str) -> set[str]:
    return {name for name, x in zip(FORMS, forms(text)) if x}


def around(*chrome: str) -> list[str]:
    """An article with `chrome` under its last sentence, then a footer."""
    return ["まちかど新聞", "トップ 地域 政治 経済", HEADLINE, *SENTENCES, *chrome, "会社案内 | 利用規約 | 個人情報"]


def assert_dropped(*chrome: str) -> None:
    lines = around(*chrome)
    out = removed(*lines)
    body = kept_text(*lines)
    assert HEADLINE in body and all(s in body for s in SENTENCES)
    for c in chrome:
        assert c in out, (c, out)


def test_page_counters_and_runs_of_page_numbers_are_pagination():
    for text in ("3", "1/8", "2 / 12", "1 2 3 4 5", "次ページ：給食の献立はこう変わる", "2ページ目"):
        assert "pagination" in form_of(text), text
    assert "pagination" not in form_of("2025年")
    assert_dropped("1/3", "1 2 3", "次ページ：献立を決める栄養士の一日")


def test_tag_lines_are_hashtags_and_a_markdown_heading_is_not():
    assert "hashtag" in form_of("#給食") and "hashtag" in form_of("#給食 #地産地消 #教育委員会")
    assert "hashtag" not in form_of("# 給食の地元野菜")
    assert_dropped("#給食 #地産地消", "#教育")


def test_a_prev_next_link_and_the_headline_under_it_go():
    assert "prev_next" in form_of("前の記事") and "prev_next" in form_of("次の記事 >")
    assert_dropped("前の記事", "市立図書館、夜間の開館を試行へ", "次の記事", "駅前の再開発、来春に着工")


def test_short_lines_about_the_page_itself_go_but_an_introduction_stays():
    for text in ("この記事を友だちに送る", "この情報は役に立ちましたか", "この記事の感想を教えてください",
                 "本記事に関するお問い合わせ"):
        assert "self_reference" in form_of(text), text
    intro = "本記事では、新しい給食の献立がどのように決まるのかを、栄養士や農家への取材をもとに分かりやすく解説します。"
    assert "self_reference" not in form_of(intro)
    assert_dropped("この記事の感想を教えてください", "この記事を友だちに送る")
    lines = [HEADLINE, intro, *SENTENCES, "会社案内 | 利用規約 | 個人情報"]
    assert intro in kept_text(*lines)


def test_calls_to_action_go():
    for text in ("詳しくはこちら", "資料をダウンロードする", "▶ 特集の記事一覧", "アプリで購入"):
        assert "call_to_action" in form_of(text), text
    assert_dropped("詳しい献立はこちら", "資料をダウンロードする")


def test_paywall_prompts_go_even_as_a_sentence():
    for text in ("有料会員限定", "残り 1200 文字", "会員登録（無料）", "ログインして続きを読む"):
        assert "paywall" in form_of(text), text
    notice = "この記事は有料会員限定です。続きは会員登録をしてからお読みいただけます。ご登録はこちらのページから。"
    assert_dropped("残り 1200 文字", "有料会員限定", notice)


def test_photo_links_counters_and_video_lengths_go():
    for text in ("【写真】給食を味わう子どもたち", "（全4枚）", "2:35"):
        assert "photo" in form_of(text), text
    assert_dropped("【写真】給食を味わう子どもたち（全4枚）", "2:35")


def test_a_byline_alone_on_a_line_goes():
    for text in ("文・山田花子", "写真：川口一郎", "山田花子記者", "（ライター 佐藤みなみ）", "まちかど新聞編集部"):
        assert "byline" in form_of(text), text
    assert_dropped("文・山田花子", "写真：川口一郎")


def test_single_button_words_in_any_script_go():
    for text in ("ポスト", "見る", "Save"):
        assert "button_word" in form_of(text), text
    assert_dropped("ポスト", "Save")


def test_a_list_after_a_marker_with_a_prefix_goes_as_a_whole():
    assert "list_marker" in form_of("この記事を読んだ方へのおすすめ") and "list_marker" in form_of("Most Popular")
    assert_dropped("この記事を読んだ方へのおすすめ", "市立図書館、夜間の開館を試行へ", "駅前の再開発、来春に着工")


def test_box_score_lines_and_dated_timeline_steps_stay():
    lines = ["スポーツ | 野球 | サッカー", "北都、逆転で3連勝 山里が決勝打", *SENTENCES,
             "▽本塁打 山里5号（2）（川口）", "【本塁打】中野3号（北）", "被害の経過", "6月10日 不正アクセスを検知",
             "6月11日 被害を公表", "会社案内 | 利用規約 | 広告掲載"]
    body = kept_text(*lines)
    for line in ("本塁打 山里5号（2）（川口）", "【本塁打】中野3号（北）", "6月10日 不正アクセスを検知", "6月11日 被害を公表"):
        assert line in body


def test_standing_notices_category_lines_video_lengths_and_forum_post_headers_are_forms():
    assert "notice" in form_of("当サイトの記事・写真の無断転載を禁じます。") and "notice" in form_of("ここから本文です。")
    assert "hashtag" in form_of("カテゴリ：暮らし・教育") and "hashtag" in form_of("タグ：給食 地産地消")
    assert "photo" in form_of("▶ 動画を再生する（1:42）")
    assert "byline" in form_of("12: 名無しさん 2025/05/13(火) 22:21:03.64 ID:mN5sD2c8")
    assert "self_reference" in form_of("この記事はいかがでしたか？")
    assert "prev_next" in form_of("前のニュース：市立図書館、夜間の開館を試行へ")
    # two prev/next lines with a colon are links, not a run of 'label: value' facts
    assert_dropped("前のニュース：市立図書館、夜間の開館を試行へ", "次のニュース：駅前の再開発、来春に着工",
                   "当サイトの記事・写真の無断転載を禁じます。")
