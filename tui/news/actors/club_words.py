"""Clubs and companies a line shows by context (ドジャース戦, 阪神の藤川監督, トヨタの佐藤社長), and the article's clubs
named again (`club_mentions`)."""

from __future__ import annotations

import re

from .tokens import Toks, chars
from .verbal_nouns import verbal

_KATA_HEAD = re.compile(r"[ァ-ヺー・]+")
_KATA_CHAR = re.compile(r"[ァ-ヺー]")
_KANJI_CHAR = re.compile(r"[\u4e00-\u9fff々]")
_KANJI_OR_DIGIT = re.compile(r"[\u4e00-\u9fff々0-9]")
_CLUB_CONTEXT = re.compile(r"戦(?![争略術後前時中])|の[\u4e00-\u9fff々ァ-ヺー・]{1,9}?(?:投手|選手|監督|捕手|内野手|外野手|主将|"
                           r"コーチ|会長兼社長|社長|会長|最高経営責任者|頭取)")
_CLUB_HINT = re.compile(r"戦|投手|選手|監督|捕手|内野手|外野手|主将|コーチ|社長|会長|最高経営責任者|頭取")
_KATA_WORD = re.compile(r"(?<![ァ-ヺー・])[ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+)*(?:[\u4e00-\u9fff]{1,3}(?=の))?")
_NOT_CLUB = frozenset((  # sports and common words before の + a player (ゴルフの山下選手)
    "ゴルフ テニス サッカー ラグビー バレー バレーボール バスケット バスケットボール フィギュア スケート スピードスケート "
    "ボクシング マラソン スキー ジャンプ スノーボード レスリング フェンシング カーリング ソフトボール ハンドボール "
    "ボート ヨット カヌー チーム リーグ クラブ グループ メンバー ファン トップ エース ベテラン ルーキー ホーム アウェー "
    "グループ会社 メーカー ブランド チェーン ベンチャー スタートアップ フィギュアスケート ショートトラック アイスダンス "
    "アイスホッケー ホッケー ビーチバレー バドミントン ボウリング サーフィン スケートボード クライミング トライアスロン "
    "スノーボードクロス モーグル ボブスレー リュージュ スケルトン ウエイトリフティング トランポリン アーチェリー"
).split())
CLUB_HINT = _CLUB_HINT  # nor `clubs` in a line this does not match
NOT_CLUB = _NOT_CLUB


def club_context(line: str) -> set[int]:
    """Where a word of the line may stand before a match's or a player's word (`_CLUB_CONTEXT`), the places
    `clubs` reads: none in a line without `_CLUB_HINT`'s words (most lines: their words need not be made)."""
    return _context_at(line) if _CLUB_HINT.search(line) else set()


def clubs(line: str, toks: Toks, context: set[int]) -> set[str]:
    """Words this line shows to be clubs or companies: X戦 (ドジャース戦), or Xの + a name + a player's,
    manager's or executive's role (阪神の藤川監督, トヨタの佐藤社長). `context`: `club_context(line)`."""
    out: set[str] = set()
    if not context:
        return out  # no word of the line stands before a match's or a player's word
    words: list[tuple[str, int]] = []
    for m in _KATA_WORD.finditer(line):
        words.append((m.group(), m.end()))
        head = _KATA_HEAD.match(m.group())
        if head and head.end() < len(m.group()):  # ブルージェイズ戦の: the club is before 戦 too
            words.append((head.group(), m.start() + head.end()))
    cls, surf, starts, ends, person = toks.classes, toks.surfaces, toks.starts, toks.ends, chars("pos2", "人名")
    words += [(surf[i], ends[i]) for i in toks.where("pos1", "固有名詞")
              if cls[i] not in person and len(surf[i]) >= 2
              and not (starts[i] and (_KANJI_CHAR.match(line[starts[i] - 1]) or _KATA_CHAR.match(line[starts[i] - 1])))]
    for word, end in words:
        if end not in context:
            continue
        base = _KATA_HEAD.match(word)
        start = end - len(word)
        if start and _KANJI_OR_DIGIT.match(line[start - 1]) and base:
            continue  # 京セラ, ５２キロ級: the katakana is part of a longer word
        if verbal(toks, start, end):
            continue  # デビュー戦, リベンジ戦, オープン戦: a noun of an act before 戦, no club
        if word not in _NOT_CLUB and (not base or base.group() not in _NOT_CLUB):
            if start and line[start - 1] in "、と" and line[end + 1:end + 2] in ("各", "両"):
                continue  # the last of a list of names that share a title: 桐生、芦田、長浜の各選手
            out.add(word)
    return out


def _context_at(line: str) -> set[int]:
    """Where `_CLUB_CONTEXT` matches in the line: at a 戦 or an の (the characters it starts with), each read once."""
    out = set()
    for first in "戦の":
        at = line.find(first)
        while at >= 0:
            if _CLUB_CONTEXT.match(line, at):
                out.add(at)
            at = line.find(first, at + 1)
    return out


def club_mentions(line: str, names: set[str], free) -> list[tuple[int, int]]:
    """Every place in the line where one of the article's clubs is named (as a whole word)."""
    out = []
    for name in names:
        at = line.find(name)
        while at >= 0:
            end = at + len(name)
            whole = not (at and _KATA_CHAR.match(line[at - 1]) and _KATA_CHAR.match(name[0])) and not (
                end < len(line) and _KATA_CHAR.match(line[end]) and _KATA_CHAR.match(name[-1]))
            if whole and free(at, end):
                out.append((at, end))
            at = line.find(name, end)
    return sorted(out)
