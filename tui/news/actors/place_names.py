"""Gazetteer words that name another person: a place's name in katakana before a person's title
(ワシントン監督, ジョージ・ワシントン氏), and a listed person's last name after a first name the gazetteer
does not give them (ロベルト・サンチェス).

A place's name in katakana is a person's before a person's title: ワシントン監督, ヒューストン選手,
ジョージ・ワシントン氏. The gazetteer reads ワシントン as the city; before 監督, 選手, 投手, 氏, 容疑者 … it
names a person, as the same word before 知事, 市長 or 大使 names the place's office (ワシントン州知事): those
titles are not read here. A country before any title is the country's (ケニア選手: a Kenyan runner), but a country's
name in katakana between a surname and an honorific is a given name (塩入　マリ氏, 真野チャドさん); a place inside a title
(前バルセロナ監督) or a longer name is left as it is.
"""

from __future__ import annotations

import re

from ..language import tagger

# Titles only a person bears, whatever word stands before them (no 知事, 市長, 大使, 代表 …).
_PERSON_TITLE = re.compile(
    r"(?:監督|コーチ|選手|投手|捕手|内野手|外野手|主将|騎手|氏|さん|容疑者|被告|夫妻|教授|記者|弁護士|医師)")
_KATA = re.compile(r"[ァ-ヺー]+")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
_HONORIFIC = re.compile(r"(?:さん|氏|ちゃん|君|様)")
_KATA_CHARS = frozenset(map(chr, range(ord("ァ"), ord("ヺ") + 1))) | {"ー"}
_INSIDE_TITLE = frozenset("前元新現同")  # 前バルセロナ監督: the title of a name written before it


def person_spans(flat: str, scanned: list[tuple[int, int, str]], entries: dict) -> dict[int, tuple[int, int]]:
    """{index in `scanned`: (start, end) of the person} for the places of `scanned` (start, end, actor id;
    `entries`: actor id -> its `Actor`) that name a person: katakana right before a person's title, with the
    katakana names joined to it by ・ before (ジョージ・ワシントン); and for the people of `scanned` named
    by a last name only after a first name and ・ the gazetteer lacks (ロベルト・サンチェス is not the
    Sánchez it lists): the whole name, another person."""
    out: dict[int, tuple[int, int]] = {}
    ends = None
    for k, (start, end, aid) in enumerate(scanned):
        kind = entries[aid].kind
        if kind == "person" and start >= 2 and flat[start - 1] == "・" and flat[start - 2] in _KATA_CHARS:
            ends = ends if ends is not None else {e for _, e, _ in scanned}
            first = _first_name(flat, start)
            if start - 1 not in ends and first < start - 1 and _KATA.fullmatch(flat, start, end):
                out[k] = (first, end)  # (a country or place before ・ is the gazetteer's: not a first name)
            continue
        if kind == "country" and _HONORIFIC.match(flat, end) and _KATA.fullmatch(flat, start, end):
            head = _surname_before(flat, start)  # 塩入　マリ氏, 塩入マリさん: a given name, after a surname
            if head is not None:
                out[k] = (head, end)
            continue
        if kind != "place" or not _PERSON_TITLE.match(flat, end) or not _KATA.fullmatch(flat, start, end):
            continue
        before = flat[start - 1] if start else ""
        if before in _INSIDE_TITLE or before in _KATA_CHARS:
            continue
        out[k] = (_first_name(flat, start), end)
    return out


def _surname_before(flat: str, start: int) -> int | None:
    """Where a surname of one to three kanji ends right before `start` (or before the one space there) starts, when UniDic
    reads it alone as a name's words and no kanji runs on before it; None when there is none."""
    end = start - 1 if start and flat[start - 1] == " " else start
    head = end
    while head and end - head < 4 and _KANJI.match(flat, head - 1):
        head -= 1
    if not 1 <= end - head <= 3 or (head and _KANJI.match(flat, head - 1)):
        return None
    words = tagger()(flat[head:end])
    return head if all(w.feature.pos3 == "人名" and w.feature.pos4 == "姓" for w in words) else None


def _first_name(flat: str, start: int) -> int:
    """Where the katakana names joined by ・ to the name at `start` begin (start itself when none is)."""
    first = start
    while first >= 2 and flat[first - 1] == "・" and flat[first - 2] in _KATA_CHARS:
        first -= 1
        while first and flat[first - 1] in _KATA_CHARS:
            first -= 1
    return first
