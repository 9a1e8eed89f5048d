"""The cleaning report's arithmetic on a page of known labels, and the report over the dev set."""

from __future__ import annotations

from pathlib import Path

from tui.cleaning_report import Tally, score, table
from tui.report import main

PAGE = [
    ("地方鉄道の存続へ新たな支援策、国と県が費用を分担", "K"),
    ("スポンサーリンク", "D"),
    ("国土交通省は十日、利用者の減った地方鉄道を支えるため、設備の更新費用を国と県で分け合う新たな制度を設けると発表した。", "K"),
    ("広告", "D"),
    ("対象となるのは全国でおよそ四十の路線で、来年度から申請を受け付ける。", "K"),
    ("沿線の自治体からは歓迎の声が上がる一方、運行本数の回復には時間がかかるとの見方もある。", "K"),
    ("トップへ戻る", "D"),
    ("文字サイズ 小 中 大", "D"),
]


def test_a_page_of_known_labels_is_counted_line_by_line(tmp_path: Path) -> None:
    style = tmp_path / "daily"
    style.mkdir()
    (style / "p.txt").write_text("\n".join(t for t, _ in PAGE) + "\n", encoding="utf-8")
    (style / "p.gold").write_text("\n".join(g for _, g in PAGE) + "\n-\n", encoding="utf-8")
    result = score(tmp_path)
    cleaner, baseline = result["daily"]["cleaner"], result["daily"]["baseline"]
    # The rules take スポンサーリンク, 広告 and トップへ戻る, not the text-size switcher; no content goes.
    assert (cleaner.drop_hit, cleaner.drop_miss, cleaner.keep_hit, cleaner.keep_miss) == (3, 1, 4, 0)
    assert cleaner.content_kept() == 1.0 and cleaner.drop_recall() == 0.75 and cleaner.keep_precision() == 0.8
    # The baseline drops every short line without a sentence end: the four chrome lines and the headline.
    assert (baseline.drop_hit, baseline.keep_miss) == (4, 1)
    assert baseline.keep_precision() == 1.0 and baseline.content_kept() == 0.75


def test_tally_ratios() -> None:
    t = Tally(drop_hit=9, drop_miss=1, keep_hit=95, keep_miss=5)
    assert (t.drop_recall(), t.content_kept(), round(t.keep_precision(), 4)) == (0.9, 0.95, round(95 / 96, 4))
    assert Tally().drop_recall() == 0.0  # no lines: no division by zero


def test_the_report_covers_every_style_of_the_dev_set(capsys) -> None:
    assert main(["cleaning"]) == 0
    out = capsys.readouterr().out.splitlines()
    styles = {line.split()[0] for line in out[1:]}
    assert {"national_daily", "broadcaster", "wire_service", "government", "portal", "matome",
            "press_release", "seo_digest", "all"} <= styles
    assert len(table(score())) == len(out)


def test_the_report_sets_the_old_rules_the_cleaner_and_the_baseline_side_by_side(tmp_path: Path) -> None:
    """One run measures every method on the same pages; a style the weights never learnt from is marked."""
    style = tmp_path / "daily"
    style.mkdir()
    lines = [("ニュース トップ 速報 政治 経済 国際 スポーツ", "D"), ("ホーム ＞ 国内 ＞ 交通", "D"),
             ("地方鉄道の存続へ新たな支援策、国と県が費用を分担", "K")] + PAGE[2:6] + [
             ("この記事をシェア X Facebook LINE はてブ", "D"), ("利用規約 | プライバシー | お問い合わせ", "D")]
    (style / "p.txt").write_text("\n".join(t for t, _ in lines) + "\n", encoding="utf-8")
    (style / "p.gold").write_text("\n".join(g for _, g in lines) + "\n-\n", encoding="utf-8")
    result = score(tmp_path)
    assert set(result["daily"]) == {"rules", "cleaner", "unseen", "baseline"}
    rules, cleaner = result["daily"]["rules"], result["daily"]["cleaner"]
    # The classifier takes what the named rules leave, and no content.
    assert cleaner.drop_hit > rules.drop_hit and cleaner.keep_miss == 0 == rules.keep_miss
    # Not a style learnt from: the shipped weights never saw it, so 'unseen' is the cleaner's figure.
    assert result["daily"]["unseen"].drop_hit == cleaner.drop_hit
    out = table(result)
    assert any(line.startswith("daily *") for line in out)
    assert any(line.startswith("all held out *") for line in out)
    assert all(m in out[0] for m in ("rules", "cleaner", "unseen", "baseline"))


def test_a_line_found_twice_is_scored_where_the_cleaner_kept_or_removed_it(tmp_path: Path) -> None:
    """A headline cited twice keeps its first copy: the copy removed is the second, and the report says so."""
    style = tmp_path / "digest"
    style.mkdir()
    twice = "地方鉄道の存続へ新たな支援策、国と県が費用を分担"
    lines = [("ニュース トップ 速報 政治 経済 国際 スポーツ", "D"), (twice, "K"), PAGE[2], (twice, "D"), *PAGE[4:6],
             ("利用規約 | プライバシー | お問い合わせ", "D")]
    (style / "p.txt").write_text("\n".join(t for t, _ in lines) + "\n", encoding="utf-8")
    (style / "p.gold").write_text("\n".join(g for _, g in lines) + "\n-\n", encoding="utf-8")
    cleaner = score(tmp_path)["digest"]["cleaner"]
    assert cleaner.keep_miss == 0 and cleaner.drop_miss == 0
