"""Tests for the input side of the import pipeline: decoding, cleaning, readers, walking."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.news import sources
from tui.news.models import Document
from tui.news.sources import (
    Skip,
    count_inputs,
    decode,
    iter_inputs,
    looks_binary,
    reader_for,
    register,
    sanitize,
)

ROOT = Path(__file__).parent.parent
ARTICLE = (
    "トランプ氏とゼレンスキー大統領の会談は決裂した。資源権益を巡る対立と激しい非難の応酬は、"
    "ウクライナの将来を揺るがす。和平交渉の行方は依然として不透明で、国際情勢は混迷を極める。\n"
    "米・ロ・ウの首脳会談開催も模索される中、ウクライナの安全保障は岐路に立っている。\n"
)
CP932_ONLY = "株価は～３％上昇、①輸出②内需③設備投資が寄与した。"  # ～ ① are not in Shift_JIS


def controls(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t"]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def run(*paths: str | Path) -> list[Document | Skip]:
    return list(iter_inputs(paths))


# --- decode -------------------------------------------------------------------


def test_utf8_without_and_with_bom():
    assert decode(ARTICLE.encode()) == ARTICLE
    assert decode(b"\xef\xbb\xbf" + ARTICLE.encode()) == ARTICLE


@pytest.mark.parametrize(
    "bom, codec",
    [
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom(bom, codec):
    assert decode(bom + ARTICLE.encode(codec)) == ARTICLE


def test_shift_jis():
    assert decode(ARTICLE.encode("shift_jis")) == ARTICLE


def test_cp932_only_characters():
    text = ARTICLE + CP932_ONLY
    with pytest.raises(UnicodeEncodeError):
        text.encode("shift_jis")
    assert decode(text.encode("cp932")) == text


def test_euc_jp():
    assert decode(ARTICLE.encode("euc_jp")) == ARTICLE


def test_iso_2022_jp():
    data = ARTICLE.encode("iso2022_jp")
    assert data.isascii()  # so plain UTF-8 would accept it too
    assert decode(data) == ARTICLE


@pytest.mark.parametrize(
    "line, codec",
    [
        ("日本銀行は政策金利を据え置くと発表した。", "cp932"),  # 20 characters
        ("日本銀行は政策金利を据え置くと発表した。", "euc_jp"),
        ("東京都で新しい条例が可決された。市民は歓迎", "cp932"),
        ("東京都で新しい条例が可決された。市民は歓迎", "euc_jp"),
        ("東京都知事選挙結果", "cp932"),
        ("東京都知事選挙結果", "euc_jp"),  # no kana: the detector alone calls this Korean
        ("～①株価が上昇", "cp932"),
        ("①株価が上昇した", "euc_jis_2004"),  # EUC-JP as written with circled numbers
    ],
)
def test_short_japanese_lines(line, codec):
    assert decode(line.encode(codec)) == line


def test_mostly_ascii_with_a_shift_jis_word_is_not_taken_for_utf8():
    text = "This article is written in English. " * 20 + "東京"
    assert decode(text.encode("cp932")) == text


def test_invalid_bytes_inside_utf8_are_replaced_and_the_rest_kept():
    first, second = ARTICLE[:40], ARTICLE[40:]
    data = first.encode() + b"\xff\xfe" + second.encode() + b"\x80" + first.encode()
    assert decode(data) == first + "\ufffd\ufffd" + second + "\ufffd" + first


def test_one_bad_byte_in_a_short_utf8_line():
    assert decode("東京都で新しい".encode() + b"\xff" + "条例".encode()) == "東京都で新しい\ufffd条例"


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Привет, мир! Это тестовый текст на русском языке.", "cp1251"),
        ("대한민국 정부는 오늘 새로운 경제 정책을 발표했습니다.", "euc_kr"),
        ("Grüße aus München, schöne Straße. " * 3, "latin-1"),
    ],
)
def test_other_legacy_encodings_go_to_the_detector(text, codec):
    assert decode(text.encode(codec)) == text


# --- sanitize -----------------------------------------------------------------


def test_crlf_and_lone_cr_become_lf():
    assert sanitize("a\r\nb\rc\n\rd") == "a\nb\nc\n\nd"


def test_control_characters_removed_but_tab_and_newline_kept():
    assert sanitize("a\x00b\x07c\x08d\x0be\x0cf\x7fg\x85h\x9fi\tj\nk") == "abcdefghi\tj\nk"


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("\x1b[31mred\x1b[0m plain", "red plain"),
        ("\x1b[1;38;5;196mbold\x1b[m", "bold"),
        ("\x1b[?25lhidden cursor\x1b[?25h", "hidden cursor"),
        ("\x1b]0;window title\x07text", "text"),
        ("\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\", "link"),
        ("\x1b(Bcharset\x1b7saved\x1b8", "charsetsaved"),
        ("dangling escape\x1b", "dangling escape"),
        ("unterminated title\x1b]2;oops\nnext line", "unterminated title\nnext line"),
    ],
)
def test_escape_sequences_removed_whole(raw, clean):
    assert sanitize(raw) == clean


def test_bom_and_bidi_overrides_removed():
    assert sanitize("\ufeffa\ufeffb\u202ec\u202ad\u2066e\u2069f") == "abcdef"


@pytest.mark.parametrize(
    "text",
    [
        "[bold red]x[/]",
        "[link=file:///etc/passwd]click[/link]",
        "「東京」〜①　全角スペース😀 émoji",
        "tabs\tand\nnewlines",
    ],
)
def test_text_that_looks_like_markup_is_data(text):
    assert sanitize(text) == text


# --- looks_binary -------------------------------------------------------------


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WEBP"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF"),
        (b"SQLite format 3\x00\x10\x00", "SQLite"),
    ],
)
def test_magic_numbers(data, kind):
    assert kind in looks_binary(data)


def test_nul_bytes_are_binary_except_in_utf16_or_utf32_with_bom():
    assert "NUL" in looks_binary(b"text\x00more text")
    assert looks_binary("テキスト".encode("utf-16")) is None
    assert looks_binary(b"\xff\xfe\x00\x00" + "テキスト".encode("utf-32-le")) is None


def test_many_control_bytes_are_binary():
    assert "control" in looks_binary(bytes(range(1, 32)) * 10)


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode(),
        ARTICLE.encode("cp932"),
        ARTICLE.encode("iso2022_jp"),
        b"\x1b[31mcoloured log line\x1b[0m\r\n" * 20,
        b"",
    ],
)
def test_text_is_not_binary(data):
    assert looks_binary(data) is None


# --- readers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, fmt",
    [("a.txt", "text"), ("a.TXT", "text"), ("a.text", "text"), ("README", "text"),
     ("a.md", "markdown"), ("a.markdown", "markdown")],
)
def test_reader_for_known_suffixes(tmp_path, name, fmt):
    path = write(tmp_path / name, "# 見出し\r\n本文")
    reader = reader_for(path)
    assert reader is not None
    [doc] = reader(path, path.read_bytes())
    assert doc == Document(source=str(path), text="# 見出し\n本文", format=fmt)


def test_reader_for_unknown_suffix_is_none():
    assert reader_for("photo.png") is None
    assert reader_for(Path("archive.tar.gz")) is None


def test_register_plugs_in_a_reader(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "_READERS", dict(sources._READERS))

    @register(".CSV")
    def read_csv(path, data):
        return [Document(source=str(path), text=line, format="text") for line in data.decode().splitlines()]

    write(tmp_path / "rows.csv", "一行目\n\n二行目\n")
    assert reader_for("x.csv") is read_csv
    items = run(tmp_path / "rows.csv")
    assert [getattr(item, "text", None) or item.reason for item in items] == ["一行目", "empty", "二行目"]


def test_register_rejects_a_suffix_without_a_dot():
    with pytest.raises(ValueError):
        register("txt")


def test_a_failing_reader_is_a_skip_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "_READERS", dict(sources._READERS))

    @register(".bad")
    def broken(path, data):
        raise ValueError("malformed")

    [skip] = run(write(tmp_path / "x.bad", "data"))
    assert skip.reason == "reader failed: ValueError: malformed"


# --- iter_inputs --------------------------------------------------------------


def test_text_file_becomes_a_clean_document_with_an_absolute_source(tmp_path, monkeypatch):
    write(tmp_path / "news" / "a.txt", ("\x1b[1m見出し\x1b[0m\r\n" + ARTICLE).encode("cp932"))
    monkeypatch.chdir(tmp_path)
    [doc] = run("news/a.txt")
    assert doc == Document(source=str(tmp_path.resolve() / "news" / "a.txt"), text="見出し\n" + ARTICLE)


def test_markdown_file_has_markdown_format(tmp_path):
    [doc] = run(write(tmp_path / "a.md", "# 見出し\n\n本文"))
    assert doc.format == "markdown"


@pytest.mark.parametrize("content", [b"", b" \n\t\r\n", "\u3000\n".encode(), b"\x1b[0m\n"])
def test_empty_and_whitespace_only_files(tmp_path, content):
    path = write(tmp_path / "a.txt", content)
    assert run(path) == [Skip(str(path), "empty")]


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"%PDF-1.4\n1 0 obj\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        ("本文\x00本文".encode(), "NUL"),
    ],
)
def test_binary_files_named_txt_are_skipped(tmp_path, data, kind):
    [skip] = run(write(tmp_path / "a.txt", data))
    assert isinstance(skip, Skip) and kind in skip.reason


def test_utf16_file_with_bom_is_read(tmp_path):
    [doc] = run(write(tmp_path / "a.txt", ARTICLE.encode("utf-16")))
    assert doc.text == ARTICLE


def test_directory_named_like_a_file_is_walked(tmp_path):
    write(tmp_path / "x.txt" / "inner.txt", "本文")
    assert [doc.source for doc in run(f"{tmp_path / 'x.txt'}/")] == [str(tmp_path / "x.txt" / "inner.txt")]


def test_symlink_loop_terminates_with_a_skip(tmp_path):
    write(tmp_path / "a" / "b" / "story.txt", "本文")
    os.symlink(tmp_path / "a", tmp_path / "a" / "b" / "up")
    items = run(tmp_path / "a")
    assert items[0] == Document(source=str(tmp_path / "a" / "b" / "story.txt"), text="本文")
    assert items[1] == Skip(str(tmp_path / "a" / "b" / "up"), "symlink loop")
    assert len(items) == 2


def test_self_referencing_symlink_is_a_skip(tmp_path):
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    [skip] = run(tmp_path)
    assert skip == Skip(str(tmp_path / "loop.txt"), "too many levels of symbolic links")


def test_the_same_directory_twice_is_read_once(tmp_path):
    write(tmp_path / "d" / "a.txt", "本文")
    os.symlink(tmp_path / "d", tmp_path / "e")
    items = run(tmp_path / "d", tmp_path)
    assert [type(item).__name__ for item in items] == ["Document", "Skip", "Skip"]
    assert {item.reason for item in items[1:]} == {"directory already visited"}


def test_symlink_to_a_file_is_followed(tmp_path):
    target = write(tmp_path / "real" / "a.txt", "本文")
    os.symlink(target, tmp_path / "link.txt")
    [doc] = run(tmp_path / "link.txt")
    assert doc.source == str(target)


def test_dangling_symlink(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "a.txt")
    assert run(tmp_path / "a.txt") == [Skip(str(tmp_path / "a.txt"), "broken symlink")]


def test_fifo_is_skipped_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert run(tmp_path) == [Skip(str(tmp_path / "pipe.txt"), "not a regular file")]
    assert count_inputs([tmp_path]) == 1


def test_unreadable_file(tmp_path):
    """A file this user may not read is a skip. Run in a process of its own: as root, one without
    the capabilities that pass over file permissions, so that chmod 000 holds there too."""
    from test_concurrency import unprivileged

    path = write(tmp_path / "secret.txt", "本文")
    path.chmod(0)
    code = "import sys\nfrom tui.news.sources import iter_inputs\nprint(repr(list(iter_inputs(sys.argv[1:]))))"
    r = subprocess.run([*unprivileged(), sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == repr([Skip(str(path), "permission denied")])


def test_too_large_file_is_not_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(21 * 1024 * 1024)  # sparse: NULs that would be "binary" if it were read
    assert run(path) == [Skip(str(path), "too large (21 MB > 20 MB)")]


def test_max_bytes_is_read_at_call_time(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_BYTES", 1024 * 1024)
    path = write(tmp_path / "a.txt", "あ" * (512 * 1024))  # 1.5 MB of UTF-8
    assert run(path) == [Skip(str(path), "too large (1.5 MB > 1 MB)")]
    small = write(tmp_path / "b.txt", "あ" * 1000)
    assert isinstance(run(small)[0], Document)


@pytest.mark.parametrize("name, suffix", [("a.xyz", ".xyz"), ("photo.PNG", ".png"), ("a.tar.gz", ".gz")])
def test_unsupported_suffix(tmp_path, name, suffix):
    path = write(tmp_path / name, "本文")
    assert run(path) == [Skip(str(path), f"unsupported file type {suffix}")]


def test_missing_path(tmp_path):
    missing = str(tmp_path / "nope.txt")
    assert run(missing) == [Skip(missing, "no such file or directory")]


def test_ordering_is_sorted_and_deterministic(tmp_path):
    for name in ["b.txt", "a/z.txt", "c.md", "a/b/y.txt", "a/a.txt", "B.txt", "10.txt", "2.txt"]:
        write(tmp_path / name, name)
    expected = ["10.txt", "2.txt", "B.txt", "a/a.txt", "a/b/y.txt", "a/z.txt", "b.txt", "c.md"]
    first = [item.source for item in run(tmp_path)]
    assert first == [str(tmp_path / name) for name in expected]
    assert [item.source for item in run(tmp_path)] == first


def test_hidden_files_and_directories_are_ignored_silently(tmp_path):
    write(tmp_path / ".hidden.txt", "x")
    write(tmp_path / ".git" / "HEAD", "ref")
    write(tmp_path / "sub" / ".DS_Store", b"\x00\x01")
    write(tmp_path / "sub" / "shown.txt", "本文")
    assert [item.source for item in run(tmp_path)] == [str(tmp_path / "sub" / "shown.txt")]


def test_a_hidden_file_named_explicitly_is_read(tmp_path):
    [doc] = run(write(tmp_path / ".notes.txt", "本文"))
    assert doc.text == "本文"


def test_count_inputs_matches_iter_inputs(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "c.txt", b"")
    write(tmp_path / "d" / "e.md", "# 見出し")
    write(tmp_path / ".hidden.txt", "x")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    inputs = [tmp_path, tmp_path / "missing.txt", "https://example.com/"]
    assert count_inputs(inputs) == len(run(*inputs)) == 7


# --- properties ---------------------------------------------------------------

_HIRAGANA = [chr(c) for c in range(0x3041, 0x3094)]
_KATAKANA = [chr(c) for c in range(0x30A1, 0x30F7)]
_KANJI = [bytes([row, cell]).decode("euc_jp") for row in range(0xB0, 0xCF) for cell in range(0xA1, 0xFF)]
_JAPANESE = _HIRAGANA + _KATAKANA + _KANJI + list("、。「」（）・ー abc123")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_and_sanitizing_any_bytes_never_fails_and_leaves_no_controls(data):
    assert controls(sanitize(decode(data))) == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_sanitize_leaves_no_controls_and_is_idempotent(text):
    clean = sanitize(text)
    assert controls(clean) == []
    assert "\ufeff" not in clean
    assert sanitize(clean) == clean


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_JAPANESE, min_size=20, max_size=200), st.sampled_from(["cp932", "euc_jp", "iso2022_jp"]))
def test_japanese_text_round_trips_through_legacy_encodings(text, codec):
    assert decode(text.encode(codec)) == text


# With no multibyte characters to vouch for UTF-8 a stray high byte is left to the
# detector (it may be Latin-1), so the text carries a few.
@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=_JAPANESE, min_size=30, max_size=300).filter(lambda t: len(t.encode()) - len(t) >= 8),
    st.integers(min_value=0),
    st.integers(min_value=0x80, max_value=0xFF),
)
def test_one_bad_byte_anywhere_in_utf8_costs_one_character(text, position, bad):
    encoded = text.encode()
    cut = len(text[: position % len(text)].encode())
    decoded = decode(encoded[:cut] + bytes([bad]) + encoded[cut:])
    assert decoded.count("\ufffd") == 1
    assert decoded.replace("\ufffd", "") == text
