"""The import's shortcuts give what the long way gives: a cheap check that skips a line, a stage that builds
no features nobody reads. All page text here is written for these tests, or read from the test data."""

from __future__ import annotations

from pathlib import Path

from tui.news.cleaning.forms import _PROMPT_OR_NOTICE, is_prompt_or_notice

DATA = Path(__file__).parent / "data"

# One line for each alternative of the paywall prompts and the page's notices, in the cases a page writes them.
PROMPTS_AND_NOTICES = [
    "この記事は有料会員のみお読みいただけます", "会員限定の記事です", "購読者専用", "読者限定プレゼント",
    "残り 1,234 文字", "会員登録（無料）で続きが読めます", "無料会員になる", "ログインして続きを読む",
    "続きを読む", "続きはデジタル版の会員の方のみ", "SUBSCRIBE TO READ the full story", "Subscribe to continue",
    "Subscribers only", "subscriber ONLY", "※本記事は情報提供を目的としたものです", "【お知らせ】当サイトの見解ではありません",
    "この番組は提供されたものです", "本リリースの内容は発表時点のものです", "PDFをご覧になるにはAdobe Acrobat Readerが必要です",
    "このページの情報は掲載時点のものです", "本コンテンツは投資の勧誘を目的としたものではありません", "この特集は毎週配信します",
    "Adobe Reader", "記事の無断転載を禁じます", "写真の無断使用はお断りします",
]


def test_every_prompt_and_notice_is_still_found() -> None:
    for line in PROMPTS_AND_NOTICES:
        assert _PROMPT_OR_NOTICE.search(line), line  # the examples are what the pattern finds
        assert is_prompt_or_notice(line), line


def test_the_quick_check_agrees_with_the_search_on_every_test_line() -> None:
    lines = [line for path in sorted(DATA.rglob("*")) if path.is_file() and path.suffix in (".txt", ".md", ".html")
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    assert len(lines) > 1000
    for line in [*lines, *PROMPTS_AND_NOTICES, "ordinary running text without a prompt。", "本日は晴天なり。"]:
        assert is_prompt_or_notice(line) == (_PROMPT_OR_NOTICE.search(line) is not None), line


def _pages() -> list:
    from tui.news.models import Document
    from tui.news.sources import iter_inputs

    return [d for d in iter_inputs([DATA / "cleaning_dev"]) if isinstance(d, Document)]


def test_the_scores_are_those_of_the_features_stage_by_stage() -> None:
    """`scores` builds no features for running text after the first stage, nor dicts: its logits are the
    ones a logit over each stage's features gives, to the last bit."""
    from tui.news.cleaning.classifier import STAGES, WEIGHTS, _logit, scores, stages
    from tui.news.cleaning.features import PROSE_Z, shapes_of
    from tui.news.cleaning.page import Page

    pages = _pages()
    assert len(pages) >= 10
    for doc in pages:
        lines = Page.read(doc).lines
        texts, removed = [x.text for x in lines], [False] * len(lines)
        shapes = shapes_of(texts, removed)
        regions, last = scores(texts, removed, shapes, doc.title, WEIGHTS)
        every = stages(texts, removed, shapes, doc.title, WEIGHTS)
        assert [regions.features(i) for i in range(len(texts))] == every[0]
        for i, v in enumerate(every[0]):  # what the classifier's rules read of a line's regions is its features'
            for name in ("in_body", "after_body", "before_prose", "after_prose", "in_tail", "tail_marker", "title",
                         "under_prev_next", "under_list_marker"):
                assert not v or bool(v.get(name)) == getattr(regions, name)(i), (name, texts[i])
        expected = [PROSE_Z if "prose" in v else _logit(v, WEIGHTS[STAGES[-1]]) if v else -5.0 for v in every[-1]]
        assert last == expected


def test_the_quotes_of_a_sentence_are_the_passages_quotes_that_end_in_it() -> None:
    """`find_quotes` finds a passage's brackets once: those of a prefix are the ones that end in it."""
    from tui.news.quotes import bracketed

    text = "首相は「『改革』を進める」と述べた。「次は「協議」だ」と続けた「未完"
    whole = bracketed(text)
    assert [text[s:e] for s, e in whole] == ["「『改革』を進める」", "「次は「協議」だ」"]
    for cut in range(len(text) + 1):
        assert bracketed(text[:cut]) == [(s, e) for s, e in whole if e <= cut]


def test_the_leads_noun_runs_do_not_run_from_one_passage_into_the_next() -> None:
    from tui.news.storyline import key_terms

    joined = key_terms("", ["政府 は 金融 政策", "金利 を 上げる"])
    apart = [key_terms("", ["政府 は 金融 政策"]), key_terms("", ["金利 を 上げる"])]
    assert "政策金利" not in joined and "金融政策" in joined
    assert joined == {k: apart[0].get(k, 0) + apart[1].get(k, 0) for k in {*apart[0], *apart[1]}}


def test_a_compound_of_one_long_word_is_no_term_of_its_own() -> None:
    from tui.news.storyline import key_terms

    terms = key_terms("", ["県 北部 で 初雪", "金融 政策 を 決める"])
    assert "北部" in terms and "県北部" not in terms  # (県北部 would count 北部 twice)
    assert "金融政策" in terms
