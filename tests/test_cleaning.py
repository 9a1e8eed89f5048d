"""Cleaning rules, one test (or more) per rule, on hand-made pages; then the seeds as a whole."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.news.cleaning import RULES, Rule, clean, extract_url, norm, parse_date, split_credit
from tui.news.models import Document

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
BODY = "首相は会見で、新たな経済対策を発表した。"


def page(*lines: str, fmt: str = "text") -> object:
    return clean(Document(source="/tmp/x.txt", text="\n".join(lines), format=fmt))


def kinds(cleaned) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in cleaned.blocks]


def removed(cleaned) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in cleaned.removed:
        out.setdefault(r.rule, []).append(r.text)
    return out


def accounted(raw: str, cleaned) -> list[str]:
    """Raw lines that are neither in a block nor removed, whole or split in two (should be none)."""
    blocks = norm("".join(b.text for b in cleaned.blocks))
    gone = [norm(r.text) for r in cleaned.removed]
    texts = blocks + "".join(gone)
    marks = re.compile(r"^[\s\u2000-\u2BFF\U0001F000-\U0001FAFF\uFE0F]+|^[-*+・•]\s*|^\d+[.)]\s*|^#+\s*|^>\s*")
    lost = []
    for ln in raw.splitlines():
        key = norm(marks.sub("", ln.strip()))
        if not key or key in texts:
            continue
        if all(norm(c) in texts for c in ln.split("|") if c.strip()):
            continue
        if any(key.startswith(g) and key[len(g):] in blocks for g in gone if g):
            continue  # a credit with the sentence glued to it
        lost.append(ln)
    return lost


# --- rules table ---------------------------------------------------------------


def test_rules_are_named_and_described():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(r.description for r in RULES)


def test_a_rule_has_a_line_test_or_a_page_finder():
    with pytest.raises(ValueError):
        Rule("nothing", "a rule that finds nothing")
    with pytest.raises(ValueError):
        Rule("both", "a rule with two ways", test=str.isspace, find=lambda page: [])


def test_every_removal_names_a_known_rule():
    known = {r.name for r in RULES}
    for path in SEEDS:
        c = clean(Document(str(path), path.read_text(encoding="utf-8")))
        assert {r.rule for r in c.removed} <= known


PHOTO_CREDIT = re.compile(r"^[(（]?(?:写真|画像|撮影)\s*[:：=＝]\s*[^。]{1,20}[)）]?$")


def photo_credit(text: str) -> bool:
    """A photo credit line: '（写真＝共同）', '写真：ロイター'."""
    return PHOTO_CREDIT.match(text) is not None


def test_a_rule_added_to_the_table_removes_its_lines_under_its_name():
    """The table drives the cleaner: one more entry, and its lines go under its name, the rest unchanged."""
    lines = ("停戦交渉が再開へ", "（写真＝共同）", BODY, "写真：ロイター", "交渉は来週も続く見通しだ。")
    doc = Document("/tmp/x.txt", "\n".join(lines))
    before = clean(doc)
    assert "（写真＝共同）" in [b.text for b in before.blocks]
    rules = (*RULES, Rule("photo-credit", "photo credits: '（写真＝共同）'", test=photo_credit))
    after = clean(doc, rules)
    assert removed(after) == {**removed(before), "photo-credit": ["（写真＝共同）", "写真：ロイター"]}
    assert kinds(after) == [k for k in kinds(before) if k[1] not in ("（写真＝共同）", "写真：ロイター")]


def test_a_rule_left_out_of_the_table_removes_nothing():
    c = page("見出しの例", "広告", BODY)
    assert removed(c) == {"ad": ["広告"]}
    c = clean(Document("/tmp/x.txt", "見出しの例\n広告\n" + BODY), [r for r in RULES if r.name != "ad"])
    assert removed(c) == {} and "広告" in [b.text for b in c.blocks]


def test_the_tables_order_decides_which_rule_takes_a_line():
    """A copyright line that names a sponsor is chrome by the table's order; with ads first, an ad."""
    text = "見出しの例\n© 2025 スポンサーリンク\n" + BODY
    assert removed(clean(Document("/tmp/x.txt", text))) == {"chrome": ["© 2025 スポンサーリンク"]}
    by_name = {r.name: r for r in RULES}
    ads_first = [by_name["ad"], *(r for r in RULES if r.name != "ad")]
    assert removed(clean(Document("/tmp/x.txt", text), ads_first)) == {"ad": ["© 2025 スポンサーリンク"]}


def test_a_rule_after_typing_reads_the_kinds_of_lines():
    """Rules marked `after_typing` run once lines have kinds: a rule about quotes finds them only then."""

    def quotes(page):
        """The lines typed as quotes."""
        return [line for line in page.live() if line.kind == "quote"]

    doc = Document("/tmp/x.txt", "見出しの例\n> 引用された一文である。\n" + BODY, format="markdown")
    late = clean(doc, (*RULES, Rule("quote", "quoted lines", find=quotes, after_typing=True)))
    assert removed(late) == {"quote": ["引用された一文である。"]}
    early = clean(doc, (*RULES, Rule("quote", "quoted lines", find=quotes)))
    assert removed(early) == {} and ("quote", "引用された一文である。") in kinds(early)


# --- credits and URLs ------------------------------------------------------------


def test_credit_with_glued_sentence_keeps_the_sentence():
    c = page("見出しの例です", "✅ 要約の一文目である。",
             "さらに読む ⇒東西新聞オンライン出典/画像元: https://news.example.jp/a/123.html首相は辞任を否定した。")
    assert ("paragraph", "首相は辞任を否定した。") in kinds(c)
    assert c.citations[0].url == "https://news.example.jp/a/123.html"
    assert c.citations[0].name == "東西新聞オンライン"
    assert removed(c)["credit"][0].endswith("123.html")


def test_credit_url_then_ascii_glued_text_is_cut_after_the_extension():
    url, rest = extract_url("https://example.com/news/1.htmlEU首脳は合意した。")
    assert url == "https://example.com/news/1.html"
    assert rest == "EU首脳は合意した。"


def test_credit_url_trailing_punctuation_is_not_part_of_it():
    url, rest = extract_url("https://example.com/a/b/).")
    assert url == "https://example.com/a/b/"


def test_credit_without_lead_or_name():
    credit = split_credit("出典: https://example.org/x")
    assert credit is not None
    text, citation, after = credit
    assert citation.url == "https://example.org/x" and citation.name is None and after == ""


def test_credit_name_only():
    text, citation, after = split_credit("出典:共同通信")
    assert citation.name == "共同通信" and citation.url is None


def test_label_inside_a_sentence_is_not_a_credit():
    line = "政府は統計の出典: について説明を求められ、内容を精査すると述べた。今後も調査を続ける方針だ。"
    assert split_credit(line) is None


def test_summary_blocks_link_to_the_credit_that_follows():
    c = page("記事見出し", "公開日:2024/12/01", "✅ 一つ目の要約である。", "✅ 二つ目の要約である。",
             "さらに読む ⇒出典/画像元: https://example.jp/n/1", "本文の段落である。")
    summaries = [b for b in c.blocks if b.kind == "summary"]
    assert len(summaries) == 2 and all(b.citation == 0 for b in summaries)
    assert c.citations[0].published == "2024-12-01"
    assert next(b for b in c.blocks if b.kind == "paragraph").citation is None


def test_credit_without_dateline_has_no_date():
    c = page("記事見出し", "公開日:2024/12/01", "✅ 要約Aである。", "出典: https://a.example/1",
             "✅ 要約Bである。", "出典: https://b.example/2", "本文である。")
    assert [x.published for x in c.citations] == ["2024-12-01", None]


# --- datelines and published -------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("2025/03/05", "2025-03-05"), ("2025-3-5", "2025-03-05"), ("2025年3月5日", "2025-03-05"),
    ("２０２５年１２月１日", "2025-12-01"), ("2025/13/01", None), ("なし", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_page_dateline_without_summary_is_the_page_date():
    c = page("見出しの例", "投稿日:2024年5月2日", BODY, "別の段落である。")
    assert c.published == "2024-05-02"
    assert removed(c)["dateline"] == ["投稿日:2024年5月2日"]


def test_published_falls_back_to_latest_citation_date():
    c = page("見出しの例", "公開日:2024/01/01", "✅ 要約である。", "出典: https://a.example/1",
             "公開日:2024/02/01", "✅ 要約である二。", "出典: https://b.example/2", BODY)
    assert c.published == "2024-02-01"


def test_no_date_at_all_is_null():
    assert page("見出しの例", BODY).published is None


def test_document_metadata_date_wins():
    c = clean(Document("/x", "見出し\n" + BODY, published="2023-09-09"))
    assert c.published == "2023-09-09"


# --- chrome, ads, related, next page ------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Find Go Logo Menu opener", "Skip to content", "メニュー", "ホーム > 国際 > 欧州",
    "© 2025 Example News", "Copyright Example Inc. All Rights Reserved.", "シェア ツイート はてブ",
    "ログイン | 会員登録",
])
def test_chrome_lines_are_removed(line):
    c = page(line, "見出しの例", BODY)
    assert removed(c).get("chrome") == [line]


def test_english_content_is_not_chrome():
    c = page("Talks resume", "The ministers met in Geneva on Monday to discuss the ceasefire.")
    assert "chrome" not in removed(c)
    assert c.title == "Talks resume"


@pytest.mark.parametrize("line", [
    "広告の下に記事の続きがあります。ペコリ", "スポンサーリンク", "広告", "PR", "Advertisement",
    "この記事はプロモーションを含みます",
])
def test_ad_notices_are_removed(line):
    c = page("見出しの例", line, BODY)
    assert removed(c).get("ad") == [line]


def test_a_sentence_about_advertising_is_kept():
    line = "政府はテレビ広告の規制について、業界団体と長時間にわたり協議を続けてきたが、結論は出ていない。"
    c = page("見出しの例", line)
    assert ("paragraph", line) in kinds(c)


def test_related_marker_is_removed():
    c = page("見出しの例", BODY, "関連記事")
    assert removed(c)["related"] == ["関連記事"]


def test_next_page_link_and_teaser_at_the_end():
    c = page("見出しの例", BODY, "次のページを読む ⇒", "次回予告:首脳会談の行方は?")
    assert removed(c)["next-page"] == ["次のページを読む ⇒", "次回予告:首脳会談の行方は?"]
    assert all("次回予告" not in b.text for b in c.blocks)


def test_next_page_link_mid_page_keeps_what_follows():
    rest = [f"段落その{i}である。" for i in range(5)]
    c = page("見出しの例", BODY, "次へ", *rest)
    assert removed(c)["next-page"] == ["次へ"]
    assert all(("paragraph", r) in kinds(c) for r in rest)


# --- headlines, repeats, empty headings, toc --------------------------------------------------


def test_broken_headline_takes_the_full_line():
    c = page("東京都", "知事選挙", "広告", "東京都知事選挙の結果と今後の都政", BODY)
    assert c.title == "東京都知事選挙の結果と今後の都政"
    assert removed(c)["broken-headline"] == ["東京都", "知事選挙"]


def test_title_skips_chrome():
    c = page("Menu", "本日の見出しである記事", BODY)
    assert c.title == "本日の見出しである記事"
    assert c.blocks[0].kind == "heading" and c.blocks[0].level == 1


def test_repeated_line_is_removed_once():
    c = page("見出しの例", "写真で見る会談の様子", "公開日:2025/01/01", "写真で見る会談の様子", BODY)
    assert removed(c)["repeated"] == ["写真で見る会談の様子"]
    assert sum(b.text == "写真で見る会談の様子" for b in c.blocks) == 1


def test_short_repeats_are_kept():
    c = page("見出しの例", "はい。", BODY, "はい。")
    assert "repeated" not in removed(c)


def test_empty_heading_at_the_end_is_removed():
    c = page("見出しの例", BODY, "## ", "## 空の節")
    assert "空の節" in removed(c)["empty-heading"] or "" in removed(c)["empty-heading"]


def test_heading_followed_by_higher_heading_is_empty(tmp_path):
    c = page("# 大見出し", "## 小見出し", "# 次の大見出し", BODY, fmt="markdown")
    assert removed(c)["empty-heading"] == ["小見出し"]


def test_a_heading_that_holds_someones_words_is_kept_before_a_higher_heading():
    c = page("# 大見出し", "## 小見出し", "### 阿部監督の話　「投手陣がよく粘ってくれた」", "## 次の小見出し", BODY,
             fmt="markdown")
    assert "阿部監督の話　「投手陣がよく粘ってくれた」" in [b.text for b in c.blocks]
    assert "empty-heading" not in removed(c)


def test_table_of_contents_repeating_headings():
    c = page("見出しの例", "目次", "背景", "影響", "背景", BODY, "影響", "別の段落である。")
    assert removed(c)["toc"] == ["目次", "背景", "影響"]
    assert ("heading", "背景") in kinds(c) and ("heading", "影響") in kinds(c)


# --- block kinds ----------------------------------------------------------------------


def test_summary_and_keypoint_marks_are_stripped():
    c = page("見出しの例", "✅ 会談は合意に至らなかった。", "出典: https://x.example/1", "💡 要点は三つある。")
    assert ("summary", "会談は合意に至らなかった。") in kinds(c)
    assert ("keypoint", "要点は三つある。") in kinds(c)


def test_check_mark_titling_a_paragraph_is_a_heading():
    c = page("見出しの例", "✅ 各国の反応", "各国はそれぞれ声明を発表し、対応を協議している。")
    assert ("heading", "各国の反応") in kinds(c)


def test_pipe_table_with_rule_row():
    c = page("見出しの例", "国 | 立場 | 備考 |", "---|---|---|", "A国 | 賛成 | 条件付き |", "B国 | 反対 | なし |", BODY)
    table = [b for b in c.blocks if b.kind == "table"]
    assert len(table) == 1
    assert table[0].text.split("\n") == ["国 | 立場 | 備考", "A国 | 賛成 | 条件付き", "B国 | 反対 | なし"]
    assert removed(c)["layout"] == ["---|---|---|"]


def test_single_pipe_line_is_not_a_table():
    line = "速報 | 各地で記録的な大雨となり、交通機関に大きな影響が出ている。"
    c = page("見出しの例", line, BODY)
    assert not any(b.kind == "table" for b in c.blocks)


def test_arrow_timeline_is_a_list():
    c = page("見出しの例", "2024年1月1日", "↓", "協議開始", "↓", "合意に至る", BODY)
    lists = [b for b in c.blocks if b.kind == "list"]
    assert len(lists) == 1 and lists[0].text.split("\n") == ["2024年1月1日", "協議開始", "合意に至る"]
    assert removed(c)["layout"] == ["↓", "↓"]


def test_bullet_list():
    c = page("見出しの例", "- 一つ目", "- 二つ目", "・三つ目", BODY)
    lists = [b for b in c.blocks if b.kind == "list"]
    assert lists and lists[0].text.split("\n") == ["一つ目", "二つ目", "三つ目"]


def test_numbered_sections_are_headings_numbered_runs_are_lists():
    c = page("見出しの例", "1. 背景", BODY, "2. 影響", "別の段落である。", "① 第一の点", "② 第二の点", "結びの段落である。")
    assert ("heading", "1. 背景") in kinds(c) and ("heading", "2. 影響") in kinds(c)
    assert any(b.kind == "list" and "第二の点" in b.text for b in c.blocks)


def test_markdown_quote_heading_and_inline_marks():
    c = page("# 見出し", "> 引用された発言である。", "本文の**強調**と[リンク](https://x.example)である。", fmt="markdown")
    assert ("quote", "引用された発言である。") in kinds(c)
    assert ("paragraph", "本文の強調とリンクである。") in kinds(c)


def test_question_under_heading_with_short_answer():
    c = page("見出しの例", "交渉の行方", "合意は近いのか?", "まだ遠い", "長い本文の段落がここに続き、説明を加える。")
    assert ("heading", "合意は近いのか?") in kinds(c)
    assert ("paragraph", "まだ遠い") in kinds(c)


def test_sentence_broken_after_a_comma_is_joined():
    c = page("見出しの例", "大臣はこれに対し、", "「協議を続ける」と述べた。")
    assert ("paragraph", "大臣はこれに対し、「協議を続ける」と述べた。") in kinds(c)


def test_mark_led_short_line_is_a_heading():
    c = page("見出しの例", BODY, "🚩 まとめ!", "💡 要点である。")
    assert ("heading", "まとめ!") in kinds(c)


def test_markup_and_escapes_are_data():
    c = page("見出し [bold red]x[/]", "本文 [link=file:///etc/passwd]ここ[/link] である。")
    assert c.title == "見出し [bold red]x[/]"
    assert any("[link=file:///etc/passwd]" in b.text for b in c.blocks)


def test_empty_document():
    c = page("")
    assert c.blocks == () and c.title == ""


# --- the seeds as a whole ------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_nothing_silently_vanishes(path):
    raw = path.read_text(encoding="utf-8")
    c = clean(Document(str(path), raw))
    assert accounted(raw, c) == []


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_blocks_hold_no_boilerplate(path):
    c = clean(Document(str(path), path.read_text(encoding="utf-8")))
    boiler = re.compile(r"https?://|出典/画像元|さらに読む|公開日|広告|ペコリ|次のページ|Menu|Logo")
    assert [b.text for b in c.blocks if boiler.search(b.text)] == []
    assert c.title and len(c.title) >= 10


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_citations_are_exact_urls(path):
    raw = path.read_text(encoding="utf-8")
    c = clean(Document(str(path), raw))
    # In the seeds every URL is followed by Japanese text or the line's end, so the ASCII run is the URL.
    assert [x.url for x in c.citations] == re.findall(r"https?://[!-~]+", raw)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_glued_sentences_are_kept(path):
    raw = path.read_text(encoding="utf-8")
    c = clean(Document(str(path), raw))
    for line in raw.splitlines():
        m = re.search(r"https?://[!-~]+", line)
        if m and line[m.end():].strip():
            tail = line[m.end():].strip()
            assert any(tail in b.text for b in c.blocks), tail


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_summary_blocks_all_cite_a_source_when_followed_by_a_credit(path):
    c = clean(Document(str(path), path.read_text(encoding="utf-8")))
    for i, b in enumerate(c.blocks):
        if b.kind == "summary" and b.citation is not None:
            assert c.citations[b.citation].url


def test_a_headline_then_a_lead_that_repeats_it_keeps_both():
    c = page("東京都知事選挙", "東京都知事選挙の結果が7日に判明し、現職が再選された。", "別の段落である。")
    assert "broken-headline" not in removed(c)
    assert c.title == "東京都知事選挙"


def test_a_bare_next_link_keeps_the_lines_after_it():
    c = page("Talks resume", "The ministers met on Monday.", "Next", "They will meet again on Friday.")
    assert removed(c)["next-page"] == ["Next"]
    assert ("paragraph", "They will meet again on Friday.") in kinds(c)


def test_a_bullet_whose_text_is_a_number_keeps_it():
    c = page("見出しの例", "- 0.", "- 1. 二つ目", BODY)
    assert any(b.kind == "list" and b.text.split("\n") == ["0.", "1. 二つ目"] for b in c.blocks)


def test_first_character_guards_never_skip_a_line_a_pattern_takes():
    """Lines are tried against a pattern only when their first character allows it: every
    character a pattern can start with must be in its guard (or be a digit)."""
    from tui.news.cleaning import kinds as c, text

    guarded = ((c._QUOTE, c._QUOTE_FIRST), (c.BULLET, c._BULLET_FIRST), (c._NUMBERED, c._NUMBERED_FIRST),
               (c._SECTION, c._SECTION_FIRST), (c._MD_HEADING, "#"))
    tails = ("1. 見出し", "1) 項目", " 項目", "hapter 2", "")
    for code in [*range(0xD800), *range(0xE000, 0x10000), *range(0x1F000, 0x1FB00)]:
        ch = chr(code)
        for pattern, first in guarded:
            if any(pattern.match(ch + tail) for tail in tails):
                assert ch in first or ch.isdecimal(), (pattern.pattern, hex(code))
        # the fast path of strip_marks gives what the pattern gives
        assert text.strip_marks(ch + "本文 ") == text.MARKS.sub("", ch + "本文 ").strip(), hex(code)


@pytest.mark.parametrize("line", [
    "PR", "pr", "ＰＲ", "Sponſored", "sponsored link", "SPONSORED LINK", "AD", "広告", " 広告", "広告 ", "広告です",
    "スポンサーリンク", "この下に記事の続きがあります", "xxペコリ", "アフィリエイト広告を利用しています", "", "Advertisements",
    "プロモーションを含みます。" * 5,
])
def test_the_ad_rule_tries_its_words_and_phrases_apart_as_its_pattern_does(line):
    """`is_ad` tries the words at the start of a short line and the phrases anywhere: what `_AD` finds in a line of
    60 characters or fewer."""
    from tui.news.cleaning import rules as c

    assert c.is_ad(line) == (len(line) <= 60 and c._AD.search(line) is not None)


@pytest.mark.parametrize("line", [
    "© 2025 ニュース社。無断転載を禁じます。", "記事の本文、all rights reserved.", "ホーム > 国際、ニュース",
    "広告の下に記事の続きがあります。", "米国とロシアが停戦で合意した。",
])
def test_sentences_take_the_rules_a_sentence_can_meet(line):
    """A sentence (a line with 。 or 、) is removed only by the chrome and ad rules, as they are stated."""
    from tui.news.cleaning import rules as c

    copyright_ = re.compile(r"^(?:©|\(c\)|Copyright\b|著作権)|All Rights Reserved", re.I)  # the rule as stated
    chrome = copyright_.search(line) or c._BREADCRUMB.match(line)
    full = ("chrome" if chrome else "ad" if len(line) <= 60 and c._AD.search(line) else None)
    page = clean(Document(source="t.txt", text=f"見出し\n{line}\n本文の段落です。\n"))
    gone = {r.text: r.rule for r in page.removed}
    assert gone.get(line) == full
