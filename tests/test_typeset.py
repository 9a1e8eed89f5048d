"""Tests for tui.news.typeset: Japanese line breaking by terminal cells, with kinsoku."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.news.typeset import line_ranges, wrap

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"

# The rules as the brief states them, kept separate from the module's own copy.
NO_START = set("、。，．・：；？！!?)）」』】〕〉》〙〗］｝ー…‥～ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
NO_END = set("「『（(【〔〈《［｛")
SPACES = " \u3000"

MIXED = "米国のマルコ・ルビオ国務長官は NATO 外相会合で EU と協議した"
URL_TEXT = "詳細は https://example.com/a/b.html を参照してください。"


# --- helpers -----------------------------------------------------------------


def paragraph_bounds(text: str, at: int) -> tuple[int, int]:
    """The [start, end) of the newline-delimited paragraph holding offset `at`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def trim(text: str, p: int, floor: int) -> int:
    while p > floor and text[p - 1] in SPACES:
        p -= 1
    return p


def skip(text: str, p: int, stop: int) -> int:
    while p < stop and text[p] in SPACES:
        p += 1
    return p


def violates(text: str, end: int, nxt: int) -> bool:
    """Whether ending a line at `end` and starting the next at `nxt` breaks kinsoku."""
    return text[end - 1] in NO_END or text[nxt] in NO_START


def kinsoku_unavoidable(text: str, start: int, width: int) -> bool:
    """True if every break that fits a line starting at `start` breaks kinsoku."""
    _, para_end = paragraph_bounds(text, start)
    for p in range(start + 1, para_end):
        end = trim(text, p, start)
        if end == start:
            continue
        if cell_len(text[start:end]) > width:
            break
        nxt = skip(text, p, para_end)
        if nxt >= para_end or not violates(text, end, nxt):
            return False
    return True


def check(text: str, width: int, *, strict_kinsoku: bool = False) -> list[tuple[int, int]]:
    """Assert every structural invariant of line_ranges; return the ranges."""
    ranges = line_ranges(text, width)
    assert wrap(text, width) == [text[s:e] for s, e in ranges]
    assert len(ranges) >= text.count("\n") + 1
    assert ranges[0][0] == 0
    prev_end = 0
    for s, e in ranges:
        assert prev_end <= s <= e <= len(text)
        gap = text[prev_end:s]
        # Between lines only dropped spaces and at most one forced newline.
        assert gap.count("\n") <= 1 and not gap.replace("\n", "").strip(SPACES + "\r")
        line = text[s:e]
        assert "\n" not in line
        if line:
            assert line[-1] not in SPACES, "a line keeps no trailing space"
        if s > 0 and text[s - 1] != "\n":
            assert text[s] not in SPACES, "only a paragraph's first line may start with a space"
        if cell_len(line) > width:
            assert len(line) == 1, "only a single too-wide character may overflow"
        prev_end = e
    assert not text[prev_end:].strip(SPACES + "\r")
    # Paragraph count matches: each newline is consumed by exactly one gap.
    assert sum(text[a[1] : b[0]].count("\n") for a, b in zip(ranges, ranges[1:])) == text.count("\n")

    for (s, e), (n, _) in zip(ranges, ranges[1:]):
        if e == s or "\n" in text[e:n]:
            continue  # forced breaks and an indentation-only line are not kinsoku breaks
        if violates(text, e, n):
            assert not strict_kinsoku, f"kinsoku broken at {text[s:e]!r}|{text[n:n + 3]!r}"
            assert kinsoku_unavoidable(text, s, width), f"avoidable: {text[s:e]!r}|{text[n:n + 3]!r}"
    return ranges


def contains_whole(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


# --- basics ------------------------------------------------------------------


def test_empty_string_is_one_empty_line():
    assert line_ranges("", 10) == [(0, 0)]
    assert wrap("", 10) == [""]


def test_only_spaces_give_empty_lines():
    assert line_ranges("   ", 2) == [(0, 0)]
    assert line_ranges("\u3000\u3000", 1) == [(0, 0)]
    assert line_ranges("  \n  ", 5) == [(0, 0), (3, 3)]


def test_newlines_force_breaks_and_belong_to_no_line():
    assert line_ranges("あ\nい", 80) == [(0, 1), (2, 3)]
    assert wrap("a\n\nb", 80) == ["a", "", "b"]
    assert wrap("a\n", 80) == ["a", ""]
    assert wrap("ab  \r\ncd", 80) == ["ab", "cd"]


def test_spaces_are_break_points_and_dropped():
    assert line_ranges("Hello world", 5) == [(0, 5), (6, 11)]
    assert line_ranges("ab   cd", 2) == [(0, 2), (5, 7)]
    assert wrap("日本 語", 4) == ["日本", "語"]


def test_leading_indentation_kept_unless_it_cannot_fit():
    assert wrap("\u3000日本語の文章", 80) == ["\u3000日本語の文章"]
    assert wrap("    ab", 2) == ["", "ab"]


def test_width_one_puts_each_wide_char_alone():
    assert wrap("日本語", 1) == ["日", "本", "語"]
    assert wrap("abc", 1) == ["a", "b", "c"]
    check("日本、a語。", 1)


def test_width_below_one_acts_as_one():
    assert wrap("日本", 0) == wrap("日本", 1) == ["日", "本"]


def test_width_two():
    assert wrap("あいう", 2) == ["あ", "い", "う"]
    check("あい、う。「え」", 2)


def test_long_words_are_broken_by_character_only_when_too_long():
    assert wrap("a" * 20, 7) == ["aaaaaaa", "aaaaaaa", "aaaaaa"]
    text = "あ" + "x" * 30 + "い"
    ranges = check(text, 10)
    assert all(cell_len(text[s:e]) <= 10 for s, e in ranges)
    assert wrap("supercalifragilistic", 25) == ["supercalifragilistic"]


# --- kinsoku -----------------------------------------------------------------

SENTENCES = [
    "今日は、とても良い天気ですね。明日も、晴れるでしょう。",
    "政府は、新たな方針を発表した。関係者によると、詳細は来週にも決まる見通しだ。",
    "彼は「ショッキングなニュースだ」と言った。",
    "新しいコンピューターでキャッシュを確認した。",
    "ジャッキー・チェンは『カンフー』（功夫）を見せた！",
    "首相は（仮称）【速報】について「検討する」と述べた…。",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("width", range(2, 41))
def test_kinsoku_holds_or_is_unavoidable(text, width):
    check(text, width)


@pytest.mark.parametrize("text", SENTENCES[:2])
@pytest.mark.parametrize("width", range(4, 61))
def test_no_line_starts_with_comma_or_period(text, width):
    lines = wrap(text, width)
    assert all(line[0] not in "、。" for line in lines[1:])
    assert all(line[-1] not in NO_END for line in lines)


def test_comma_pulls_previous_char_down_instead_of_hanging():
    # Naively "今日は" fills width 6 and "、" would start the next line.
    assert wrap("今日は、とても良い", 6)[:2] == ["今日", "は、"]


def test_opening_quote_does_not_end_a_line():
    for width in range(4, 30):
        assert all(line[-1] not in "「『" for line in wrap(SENTENCES[2], width))


def test_small_kana_and_long_vowel_stay_with_their_char():
    for word in ("コンピューター", "キャッシュ", "ジャッキー"):
        text = f"新しい{word}を確認した。"
        for width in range(6, 30):
            lines = wrap(text, width)
            assert all(line[0] not in NO_START for line in lines[1:]), (width, lines)


def test_hanging_punctuation_is_not_allowed():
    for text in SENTENCES:
        for width in range(2, 41):
            assert all(cell_len(line) <= width for line in wrap(text, width))


# --- mixed scripts -----------------------------------------------------------


@pytest.mark.parametrize("width", range(4, 81))
def test_english_words_in_japanese_stay_whole(width):
    ranges = check(MIXED, width)
    for word in ("NATO", "EU"):
        at = MIXED.index(word)
        assert contains_whole(ranges, at, at + len(word)), (word, wrap(MIXED, width))


def test_mixed_sentence_breaks_at_phrases():
    lines = wrap(MIXED, 20)
    assert "NATO" in "".join(lines)
    assert all(cell_len(line) <= 20 for line in lines)
    assert lines[0] == "米国の"  # the next phrase, マルコ・ルビオ国務長官は, is wider than 20


def test_url_kept_whole_when_it_fits():
    url = "https://example.com/a/b.html"
    at = URL_TEXT.index(url)
    for width in range(len(url), 80):
        assert contains_whole(check(URL_TEXT, width), at, at + len(url))
    # Too narrow for the URL: it is cut by character, every piece fitting.
    assert all(cell_len(line) <= 10 for line in wrap(URL_TEXT, 10))
    assert "".join(wrap(url, 10)) == url


def test_numbers_with_counters_stay_whole():
    text = "会議は2025年の春から30日間、NATO本部で開かれた。"
    # From width 8: "30日間、" must travel together, since "、" may not start a line.
    for width in range(8, 60):
        ranges = check(text, width)
        for token in ("2025年", "30日間", "NATO"):
            at = text.index(token)
            assert contains_whole(ranges, at, at + len(token)), (token, width, wrap(text, width))


def test_cjk_characters_count_two_cells():
    text = "日本語の文章とEnglish wordsが混ざったテキストです。"
    for width in range(2, 50):
        assert all(cell_len(line) <= width for line in wrap(text, width))
    assert wrap("日本語", 4) == ["日本", "語"]


def test_offsets_round_trip():
    text = "第一段落 は ここ。\n\n  Second paragraph with  spaces.  \n最後の段落、おわり。"
    for width in range(1, 40):
        ranges = check(text, width)
        joined = "".join(text[s:e] for s, e in ranges)
        squeezed = "".join(text.split())
        assert "".join(joined.split()) == squeezed


def test_emoji_and_combining_marks_are_not_split():
    text = "✅ 合意した👨\u200d👩\u200d👧家族とcafe\u0301で。"
    for width in range(2, 30):
        for s, e in check(text, width):
            assert text[e - 1 : e] != "\u200d" and text[e : e + 1] not in ("\u200d", "\u0301")


def test_module_does_not_import_textual():
    code = "import sys, tui.news.typeset; assert 'textual' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


# --- seed articles -------------------------------------------------------------

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def test_seeds_exist():
    assert SEED_FILES


@pytest.mark.parametrize("width", [40, 60, 100])
@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_seed_articles(path, width):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        check(line, width)
        wrapped = wrap(line, width)
        assert all(w[0] not in "、。" for w in wrapped[1:] if w), wrapped
        assert all(cell_len(w) <= width for w in wrapped)


# --- properties ----------------------------------------------------------------

HIRAGANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
KANJI = "日本語国際政府首相会議経済外相米欧大統領協議発表"
SMALL = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
CLOSERS = "、。，．・：；？！!?)）」』】〕〉》〙〗］｝ー…‥～"
OPENERS = "「『（(【〔〈《［｛"

normal_char = st.sampled_from(HIRAGANA + KATAKANA + KANJI)
ascii_word = st.text(alphabet=ASCII + "./:-", min_size=1, max_size=15)
spaces = st.sampled_from([" ", "  ", "\u3000"])

random_chunk = st.one_of(
    st.text(alphabet=HIRAGANA + KATAKANA + KANJI, min_size=1, max_size=8),
    ascii_word,
    st.sampled_from(SMALL + CLOSERS + OPENERS),
    spaces,
    st.just("\n"),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(random_chunk, max_size=30).map("".join), st.integers(2, 80))
def test_property_random_text(text, width):
    ranges = check(text, width)
    assert all(cell_len(text[s:e]) <= width for s, e in ranges)


# Prohibited characters only ever glued to one ordinary neighbour, so no
# unbreakable cluster is wider than 4 cells and kinsoku can always be met.
glued_chunk = st.one_of(
    st.text(alphabet=HIRAGANA + KATAKANA + KANJI, min_size=1, max_size=8),
    ascii_word,
    st.tuples(normal_char | st.sampled_from(ASCII), st.sampled_from(SMALL + CLOSERS)).map("".join),
    st.tuples(st.sampled_from(OPENERS), normal_char | st.sampled_from(ASCII)).map("".join),
    spaces,
)


def ascii_run(text: str, at: int) -> tuple[int, int]:
    """The maximal run of non-space ASCII around offset `at`."""

    def word(ch: str) -> bool:
        return ch.isascii() and not ch.isspace()

    a, b = at, at
    while a > 0 and word(text[a - 1]):
        a -= 1
    while b < len(text) and word(text[b]):
        b += 1
    return a, b


@settings(max_examples=300, deadline=None)
@given(st.lists(glued_chunk, max_size=30).map("".join), st.integers(4, 80))
def test_property_strict_kinsoku_and_whole_words(text, width):
    ranges = check(text, width, strict_kinsoku=True)
    for s, e in ranges[:-1]:
        a, b = ascii_run(text, e)
        if a < e < b:
            # A break inside an ASCII word is a last resort: breaking right
            # after the word must not have fitted or been kinsoku-safe, and
            # neither may breaking right before it.
            para_end = paragraph_bounds(text, e)[1]
            after = skip(text, b, para_end)
            assert (
                cell_len(text[s:b]) > width or (after < para_end and violates(text, b, after))
            ), (text[s:e], width)
            before = trim(text, a, s)
            assert a <= s or before == s or violates(text, before, a), (text[s:e], width)
