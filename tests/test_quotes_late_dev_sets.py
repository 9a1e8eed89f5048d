"""The fourteenth to eighteenth, the twentieth, the twenty-fourth, the twenty-sixth, the twenty-eighth to the thirty-second, the thirty-fourth to the thirty-seventh and later quotes dev sets' figures after the rules their
misses led to, each pinned 0.01 under what was measured, so a rule that loses a speaker or a quote of a set fails here. As written, each scored once
before any of its errors were read: dev 14 1.000 · 0.804 (123 of 133 quotes found), dev 15 0.969 · 0.877 (93 of 96
given right, 126 of 135 found)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.stories_report import score_quotes

_DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("folder, precision, recall, found", [
    ("stories_dev14", 0.99, 0.943, 0.945),  # after the rules: 1.000 (102 given) · 0.953 (102 of 107), 127 of 133 found
    ("stories_dev15", 0.99, 0.971, 0.938),  # after the rules: 1.000 (104 given) · 0.981 (104 of 106), 128 of 135 found
    ("stories_dev16", 0.99, 0.942, 0.952),  # as written 1.000 · 0.923; now 1.000 (99 given) · 0.952, 127 of 132 found
    ("stories_dev17", 0.99, 0.931, 0.939),  # as written 0.984 · 0.897 (92 of 99); now 1.000 (64 given) · 0.941, 94 found
    ("stories_dev18", 0.99, 0.831, 0.829),  # as written 0.969 · 0.756 (97 of 118); now 1.000 (69 given) · 0.841, 99 found
    ("stories_dev20", 0.99, 0.914, 0.956),  # as written 0.968 · 0.909 (86 of 89); now 1.000 (61 given) · 0.924, 86 found
    ("stories_dev24", 0.975, 0.96, 0.942),  # as written 0.981 · 0.788 (100 of 105); now 0.985 (65 given) · 0.970, 100 found
    ("stories_dev26", 0.99, 0.94, 0.885),  # as written 0.989 · 0.860 (125 of 143); now 1.000 (95 given) · 0.950, 128 found
    ("stories_dev28", 0.984, 0.904, 0.911),  # as written 0.966 · 0.805 (140 of 145 given right); now 0.994 · 0.914, 234 found
    ("stories_dev29", 0.982, 0.869, 0.929),  # as written 0.966 · 0.794 (112 of 116 given right); now 0.992 · 0.879, 201 found
    ("stories_dev30", 0.979, 0.866, 0.878),  # as written 0.932 · 0.781 (82 of 88 given right); now 0.989 · 0.876, 150 found
    ("stories_dev31", 0.969, 0.871, 0.947),  # as written 0.944 · 0.731 (124 given); now 0.979 (144 given) · 0.881, 247 found
    ("stories_dev32", 0.981, 0.886, 0.953),  # as written 0.969 · 0.744 (96 given); now 0.991 (113 given) · 0.896, 158 found
    ("stories_dev34", 0.99, 0.875, 0.967),  # as written 1.000 · 0.837 (87 given, labels put right); now 1.000 (92) · 0.885
    ("stories_dev35", 0.975, 0.92, 0.99),  # as written 0.964 · 0.914 (110 given); now 0.982 · 0.931, 178 of 178 found
    ("stories_dev36", 0.963, 0.954, 0.977),  # as written 0.973 · 0.964 (111 given), 148 of 150 found
    ("stories_dev37", 0.99, 0.878, 0.899),  # as written 0.969 · 0.741 (162 given; four trial sides' labels put right
    # when installed); now 1.000 (190 given) · 0.888, 260 of 286 found
    ("stories_dev38", 0.982, 0.859, 0.935),  # as written 0.960 · 0.833 (125 given; one trial side's label put right when
    # installed: 0.968 · 0.841); now 0.992 (127 given) · 0.869, 188 of 199 found
    ("stories_dev39", 0.98, 0.895, 0.915),  # as written 0.978 · 0.877 (138 given); now 0.986 (141 given) · 0.903, 198 of
    # 215 found
    ("stories_dev40", 0.985, 0.885, 0.96),  # as written 0.969 · 0.852 (131 given); now 0.993 (137 given) · 0.913, 192 of
    # 199 found
    ("stories_dev41", 0.98, 0.86, 0.93),  # as written 1.000 · 0.778 (130 given); now 0.993 (147 given) · 0.874, 227 of
    # 242 found
    ("stories_dev43", 0.97, 0.84, 0.93),  # as written 0.983 · 0.748 (121 given); now 0.986 (138 given) · 0.855
    ("stories_dev44", 0.98, 0.86, 0.91),  # as written 0.986 · 0.845 (215 given); now 0.995 (220 given) · 0.873, 332 of
    # 359 found
    ("stories_dev45", 0.98, 0.85, 0.93),  # as written 0.962 · 0.859 (133 given); now 0.992 (130 given) · 0.866, 208 of
    # 220 found
    ("stories_dev46", 0.983, 0.889, 0.966),  # as written 0.969 · 0.838 (128 given); now 0.993 (134 given) · 0.899, 207
    # of 212 found
    ("stories_dev47", 0.959, 0.858, 0.948),  # as written 0.945 · 0.833 (127 given); now 0.969 (128 given) · 0.861, 207
    # of 216 found
    ("stories_dev48", 0.975, 0.905, 0.957),  # as written 0.985 · 0.915 (132 given), 204 of 211 found
    ("stories_dev49", 0.99, 0.925, 0.966),  # as written 0.992 · 0.928 (129 given); now 1.000 (129 given) · 0.935, 205 of
    # 210 found
    ("stories_dev50", 0.955, 0.851, 0.969),  # as written 0.963 · 0.804; now 0.965 (173 given) · 0.861, 281 of 287
    # found
    ("stories_dev51", 0.97, 0.865, 0.965),  # as written 0.980 · 0.832; now 0.981 (154 given) · 0.873, 235 of 242 found
    ("stories_dev52", 0.99, 0.91, 0.97),  # as written 1.000 · 0.895; now 1.000 (184 given) · 0.920, 258 of 264 found
    ("stories_dev53", 0.99, 0.9, 0.97),  # as written 1.000 · 0.907 (107 given), 153 of 157 found
    ("stories_dev54", 0.97, 0.81, 0.9),  # as written 0.982 · 0.819 (166 given), 240 of 265 found
    ("stories_dev55", 0.98, 0.93, 0.96),  # as written 0.992 · 0.942 (130 given), 179 of 184 found
    ("stories_dev59", 0.99, 0.937, 0.97),  # as written 0.972 · 0.912 (106 given); now 1.000 · 0.947 (the side named), 147 of 149 found
    ("stories_dev60", 0.99, 0.951, 0.925),  # as written 0.937 · 0.912 (147 given), 203 of 217 found; 0.979 · 0.915 with the sides named; now 1.000 · 0.961
    ("stories_dev61", 0.958, 0.868, 0.89),  # as written 0.951 · 0.797 (144 given), 226 of 251 found
    ("stories_dev62", 0.979, 0.933, 0.876),  # as written 0.973 · 0.922, 0.886 found; now 0.989 · 0.943 (v19 relabelled)
    ("stories_dev63", 0.97, 0.905, 0.914),  # as written 0.980 · 0.851, 291 of 315 found
    ("stories_dev64", 0.98, 0.87, 0.917),  # as written 0.967 · 0.815, 0.927 found
    ("stories_dev65", 0.97, 0.891, 0.969),  # as written 0.980 · 0.901, 0.979 found
    ("stories_dev66", 0.985, 0.906, 0.973),  # as written 0.990 · 0.898 (205 given), 294 of 299 found; now 0.995 · 0.916
    ("stories_dev67", 0.985, 0.898, 0.964),  # as written 0.995 · 0.908 (208 given), 294 of 302 found
])
def test_the_late_dev_sets_figures(folder: str, precision: float, recall: float, found: float) -> None:
    articles = json.loads((_DATA / folder / "quotes_gold.json").read_text(encoding="utf-8"))["articles"]
    q = score_quotes(articles)
    assert q["ours"].precision() >= precision
    assert q["ours"].recall() >= recall
    assert q["found"].recall() >= found
