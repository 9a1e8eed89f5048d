"""Foreign names in kana joined by ・ or ＝, with or without a middle initial (マルコ・ポーロは,
ジョン・D・ミラー教授, イ・ジフンが, Ｒ・ハリソン氏), read once over a line: one regular expression finds
the joined runs, UniDic's classes of their parts decide.

A run is a person's name when its last part is a 人名 token (or a title, honorific or age follows it),
no part is a place (ボスニア・ヘルツェゴビナ) and every other part is a 人名 token, an initial or a short
syllable (イ of イ・ジフン): ハワード・キャピタル (a company: キャピタル is a common noun) is none, unless a
role and の stand before the run (映画監督のルカ・ベネッティが), or, in a game's report, a position's letters (ＦＷ…)
or a side in brackets that is no place after it (…（東和警備）が). A title joined the same way
(マルコ・ベッリーニ・コーチ) is no part of the name. A given name UniDic knows, then a word it does not know at all
(ジョセフ・キプロノが), is a name too; so is a surname that is also a place's, between a given name and a title
(ダニエル・ロシュフォール氏). A charge or a rank between the run and its title is the post's (サラ・ジョンソン中東担当特使,
ジョン・スミス首席補佐官).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .apposition import ROLE_BEFORE
from .persons import Name
from .roles import title_spans
from .said import SAYS
from .tokens import Toks

_JOINED = re.compile(r"(?:[A-ZＡ-Ｚ]{1,2}[.．]?・)?[ァ-ヺ][ァ-ヺー]*(?:[・＝=](?:[A-ZＡ-Ｚ]{1,2}[.．]?・)?[ァ-ヺ][ァ-ヺー]*)+"
                     r"|(?:[A-ZＡ-Ｚ]{1,2}[.．]?・)+[ァ-ヺ][ァ-ヺー]*")  # or initials and one name: R・ハリソン, J・T・マクレガー
_PARTS = re.compile(r"[・＝=]")
_KANJI_BEFORE = re.compile(r"[\u4e00-\u9fff々]")
_ONE = re.compile(r"[ァ-ヺ][ァ-ヺー]+")  # the player's name alone after a club (ヴァレリオ)
# Words for a person before の that make any ・-joined run after them a name (映画監督のルカ・ベネッティが):
# `apposition`'s, and roles that also name a post (監督の采配), safe before a joined foreign name.
_ROLE_THEN = tuple(ROLE_BEFORE | set("監督 選手 投手 記者 社長 会長 教授 博士 大統領 首相 外相 代表 主演 演出家".split()))
# A credit before は or a colon (指揮は, 主演：): the name after it fills the credit
_CREDITS = ("指揮", "主演", "監督", "演出", "脚本", "作曲", "編曲", "作詞", "司会", "原作", "振付", "翻訳", "訳", "出演", "独奏",
            "ピアノ", "ソプラノ", "テノール", "ナレーション", "進行役")
_AFTER = frozenset("さん 氏 様 君 くん ちゃん 博士 教授 監督 選手 被告 容疑 記者 大統領 首相 長官 代表 会長 社長".split())
_TITLE_PART = re.compile(r"[・＝]?コーチ(?![ァ-ヺー])")


def joined_names(line: str, toks: Toks, taken: list[Name], free) -> list[Name]:
    """The ・-joined names of the line that are free (`free(start, end)`) and overlap no name `taken`."""
    if "・" not in line and "＝" not in line and "=" not in line:
        return []
    out: list[Name] = []
    for m in _JOINED.finditer(line):
        start, end = m.span()
        coach = False
        tail = _TITLE_PART.search(line, start, end)
        if tail and tail.end() == end and tail.start() > start and (line[tail.start()] in "・＝" or any(
                s == tail.start() for s in toks.starts[bisect_left(toks.starts, start):])):
            end, coach = tail.start(), True  # マルコ・ベッリーニ・コーチ, or glued as its own word (…ロシュフォールコーチ)
            m = _JOINED.fullmatch(line, start, end)  # type: ignore[assignment]
            if m is None:
                continue
        if start and "ァ" <= line[start - 1] <= "ヺ" or any(n.start < end and start < n.end for n in taken) or not free(
                start, end):
            continue  # inside a longer katakana word, or a name found already (the gazetteer's: マルコ・ルビオ)
        if start and _KANJI_BEFORE.match(line[start - 1]) and not _given_first(toks, start) and m.group().count("・") == 1 and (
                _place_before(toks, start)):
            start = line.index("・", start) + 1  # 日本ハム・ヴァレリオが: a club's name begun with a place's, then the player
            m = _JOINED.fullmatch(line, start, end) or _ONE.fullmatch(line, start, end)  # type: ignore[assignment]
            if m is None:
                continue
        k = bisect_left(toks.starts, end)
        title = coach or k < len(toks) and toks.starts[k] == end and (toks.surfaces[k] in _AFTER or _post_title(line, end)
                                                                       or _compound_title(line, end))
        if k < len(toks) and toks.starts[k] == end and toks.pos[k] not in ("助詞", "補助記号", "助動詞") and not title:
            continue  # the run goes on as a word: ハワード・キャピタル社
        # after a role and の, every part may be a word UniDic does not know (映画監督のルカ・ベネッティが); after a role and
        # a comma too, as the subject (陸上選手、フェイス・チェプコエチが)
        role = start >= 2 and (line[start - 1] == "の" and line.endswith(_ROLE_THEN, 0, start - 1) or (
            line[start - 1] == "、" and line.endswith(_ROLE_THEN, 0, start - 1) and line[end:end + 1] in "がはも") or (
            line[start - 1] in "は：:" and line.endswith(_CREDITS, 0, start - 1)) or (
            line[start - 1] in "・は：:" and line.endswith("本名", 0, start - 1)) or (
            line[start - 1] == "の" and line[end:end + 1] in _COUNTRY_PLAYER_AFTER and _country_before(toks, start - 1)
            and _GAME_LINE.search(line) is not None))
        player = not role and (_POSITION_BEFORE.search(line, 0, start) is not None or (
            _side_after(line, toks, end) and _GAME_LINE.search(line) is not None))
        role = role or player
        # 指揮はアンドリス・ネルソンス, 本名・…; チェコのテレザ・ドゥシコバを: a player of another country, in a game's
        # line (ドイツのフォルクス・ワーゲンが販売台数で首位: a company); in a game's line, a player after a position's
        # letters (ＦＷガブリエウ・ソウザ・リマに) or before a side that is no place in brackets (…ベリゼ（東和警備）が; not
        # レアル・マドリード（スペイン）: a club, its country)
        speaks = not role and _speaks(line, toks, m.group(), start, end)  # ジョセフ・キマニは「…」と話した
        ok, at, last_person, loose = True, start, False, False
        parts = _PARTS.split(m.group())
        # ジョセフ・キプロノが: a given name UniDic knows, then a word it does not know at all
        unknown = (len(parts) == 2 and len(parts[1]) >= 3 and line[end:end + 1] in _SUBJECT_AFTER
                   and _given_first(toks, start) and _unknown_word(parts[1]))
        for n, part in enumerate(parts):
            i = bisect_left(toks.starts, at)
            if (i and (i >= len(toks) or toks.starts[i] != at) and toks.ends[i - 1] >= at + len(part)
                    and "・" in toks.surfaces[i - 1] and (toks.pos2[i - 1] == "人名" or role or title)):
                loose = loose or not (toks.pos2[i - 1] == "人名" or role)
                at += len(part) + 1  # ヴィンチ of ダ・ヴィンチ: a name's word of UniDic's that holds ・ itself (after a role,
                continue  # or before a title, any word: 女優のミラ・ドラゴミールが, タン・ウェイミン貿易産業相: one unknown noun)
            single = (len(part) <= 2 and part[0] in "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺABCDEFGHIJKLMNOPQRSTUVWXYZ") or (
                n and n == len(parts) - 1 and part in _GENERATION)  # (…オコナー・ジュニア: a son's mark after the name)
            if i >= len(toks) or toks.starts[i] != at or toks.pos2[i] == "地名" and not (player and n) and not (
                    title and n == len(parts) - 1 and n and toks.ends[i] == at + len(part) and _given_first(toks, start)
            ) and not (title and n == 0 and len(parts) == 2 and toks.pos3[i] != "国" and _surname_at(toks, end - len(parts[-1]))):
                # (a given name that is a town's too, before a surname UniDic knows and a title: グアダルーペ・ラミレスさん)
                ok = False  # a place's part, but a surname that is a place's name too after a given name (ダニエル・ロシュフォール氏)
                break
            person = toks.pos2[i] == "人名" or role or (speaks and at > start) or (unknown and n == 1)  # its first word: UniDic may cut a rare one (ベッケ + ラー)
            if not (person or single or len(part) <= 1 or (len(part) == 2 and not title)):
                if toks.pos1[i] == "普通名詞" and title:
                    loose = True
                if not (title and (toks.pos1[i] != "普通名詞" or _unknown_word(part)
                                   or (toks.ends[i] > at + len(part) and "・" in toks.surfaces[i]))):
                    # (before a title, a word UniDic does not know or a run it glued whole: ビルゲ・ギュネシュ元環境相,
                    # タン・ウェイミン貿易産業相; not a common noun it knows: …・キャピタル社長)
                    ok = False
                    break
            last_person = person or title
            at += len(part) + 1
        if ok and loose and _common_tail(parts[-1]):
            ok = False  # (read loosely, a run that ends in a word UniDic knows is a firm's: エス・ケイ・ビーエレベーター会長)
        if ok and last_person:
            # filed under the last part; not `full`, so that the part alone is no second name in the run
            out.append(Name(start, end, _PARTS.split(m.group())[-1], False))
    return out


_GENERATION = frozenset(("ジュニア", "シニア"))
_POSITION_BEFORE = re.compile(r"(?<![A-Za-z])(?:FW|MF|DF|GK|CB|SB|WB|CF|PG|SG|SF|PF|NO8|CTB|WTB|SO|SH|FB|PR|HO|LO|FL|OH|MB|OP|"
                              r"DH)$")  # a ball game's position (in NFKC), the sign of a game's line itself
_SIDE = re.compile(r"\(([^()]{2,12})\)[がはもをにと]")


def _side_after(line: str, toks: Toks, end: int) -> bool:
    """Whether a side in brackets, then a particle, follows `end` (…ベリゼ(東和警備)が), its last word no place's."""
    m = _SIDE.match(line, end)
    if m is None:
        return False
    k = bisect_left(toks.starts, m.end(1)) - 1  # (東和 + 警備: a firm; スペイン: a club's country)
    return k >= 0 and toks.ends[k] == m.end(1) and toks.pos2[k] != "地名"

_SUBJECT_AFTER = frozenset("がはもをにと（(、")
# Katakana names before a name in kanji: joined to it by ・ (ジョン・木村), or two or more joined by ・ right before it
# (エリカ・ローズ桐生).
_WORD_BEFORE = re.compile(r"[\u4e00-\u9fff々ァ-ヺーA-Za-zＡ-Ｚａ-ｚ0-9０-９]")  # (高原ブレイズ・真田監督: a club's name)
_KANA_BEFORE = re.compile(r"[ァ-ヺ][ァ-ヺー]*(?:・[ァ-ヺ][ァ-ヺー]*)*・$|[ァ-ヺ][ァ-ヺー]*(?:・[ァ-ヺ][ァ-ヺー]*)+$")


def given_before_surname(line: str, toks: Toks, found: list[Name]) -> list[Name]:
    """`found` with each name after katakana given names (`_KANA_BEFORE`: ジョン・木村弁護士, エリカ・ローズ桐生（２６）)
    made one with them, when UniDic reads every katakana part as a person's name; the surname alone after them is the
    surname (a full name there is no one's: ウラジーミル・山田太郎 is a name put in another's place)."""
    out = []
    for name in found:
        m = _KANA_BEFORE.search(line, max(0, name.start - 24), name.start) if name.start and not name.full and (
            line[name.start - 1] == "・" or "ァ" <= line[name.start - 1] <= "ヺ") else None
        if m and not (m.start() and _WORD_BEFORE.match(line[m.start() - 1])) and all(
                _a_given_name(toks, at, part) for at, part in _parts_at(m.start(), m.group().rstrip("・"))):
            name = Name(m.start(), name.end, line[name.start:name.end], True)
        out.append(name)
    return out


def _parts_at(start: int, run: str) -> list[tuple[int, str]]:
    """The ・-joined parts of `run` (starting at `start`) with where each starts."""
    out, at = [], start
    for part in run.split("・"):
        out.append((at, part))
        at += len(part) + 1
    return out


def _a_given_name(toks: Toks, at: int, part: str) -> bool:
    """Whether UniDic reads the katakana `part` at `at` as one person's name word (ジョン, エリカ, ローズ)."""
    i = bisect_left(toks.starts, at)
    return i < len(toks) and toks.starts[i] == at and toks.ends[i] == at + len(part) and toks.pos2[i] == "人名"


@lru_cache(maxsize=4096)
def _common_tail(word: str) -> bool:
    """Whether the katakana `word` ends in a common noun of four characters or more UniDic knows (…エレベーター)."""
    from ..language import tagger

    got = tagger()(word)
    return bool(got) and len(got[-1].surface) >= 4 and got[-1].feature.pos2 == "普通名詞" and not got[-1].is_unk


@lru_cache(maxsize=4096)
def _unknown_word(word: str) -> bool:
    """Whether UniDic reads the katakana `word` as one word it does not know (キプロノ; not ホールディングス), or
    cuts it into pieces of three characters or fewer, no place's (マレ + ショバ, ユ + リム): no word it knows."""
    from ..language import tagger

    got = tagger()(word)
    return (len(got) == 1 and bool(got[0].is_unk)) or (len(got) >= 2 and all(
        len(w.surface) <= 3 and w.feature.pos3 != "地名" for w in got))


_PARTICLE_AFTER = frozenset("がはもをにと")
_GAME_LINE = re.compile(r"破っ|破り|敗れ|勝っ|勝ち|勝利|優勝|決勝|準決勝|対戦|シード|回戦|[0-9０-９]位|大会|試合|選手|ツアー|打差|"
                        r"挑戦者|王者|王座|ダウン|ラウンド|判定|メダル|記録|予選|ゴール|得点|トライ|本塁打|[0-9０-９][－-][0-9０-９]")
_COUNTRY_PLAYER_AFTER = _PARTICLE_AFTER | frozenset("だ。（(")  # (３位はカナダのルーカス・プライスだった)
# What stands between a name and its title as part of the post: a charge (中東担当特使, 人道問題担当事務次長) or a rank
# (首席補佐官, 上級顧問)
_POST = re.compile(r"[\u4e00-\u9fff々ァ-ヺー]{1,10}担当|首席|次席|上級|筆頭|主任|特別")


_COMPOUND = re.compile(r"(?:元|前|副|次期|影の)*([\u4e00-\u9fff]{2,8})")


def _compound_title(line: str, end: int) -> bool:
    """Whether a minister's or an official's compound title starts at `end` (計画投資相, 国務長官, 情報局長, 元副大統領,
    影の外相): a run of kanji that ends in 相 or in a title, after 元, 前, 副 or 影の."""
    m = _COMPOUND.match(line, end)
    if m is None:
        return False
    run = m.group(1)
    return run.endswith(("相", "補")) or any(e == len(run) for _, e in title_spans(run))  # (事務次長補)


def _post_title(line: str, end: int) -> bool:
    """Whether a post's charge or rank (`_POST`) right at `end` runs into a title (サラ・ジョンソン中東担当特使)."""
    post = _POST.match(line, end)
    return post is not None and any(s == 0 for s, _ in title_spans(line[post.end():post.end() + 8]))


def _surname_at(toks: Toks, at: int) -> bool:
    """Whether a person's name UniDic knows starts at `at` and ends the run (ラミレス of グアダルーペ・ラミレス)."""
    i = bisect_left(toks.starts, at)
    return i < len(toks) and toks.starts[i] == at and toks.pos2[i] == "人名"


def _country_before(toks: Toks, at: int) -> bool:
    """Whether the word ending at `at` is a country's name (チェコ of チェコの…)."""
    i = bisect_left(toks.ends, at)
    return i < len(toks) and toks.ends[i] == at and toks.pos2[i] == "地名" and toks.pos3[i] == "国"


def _place_before(toks: Toks, start: int) -> bool:
    """Whether the word ending at `start` is a place's name (日本 of 日本ハム: a club named by its place; not 女優)."""
    i = bisect_left(toks.ends, start)
    return i < len(toks) and toks.ends[i] == start and toks.pos2[i] == "地名"


def _given_first(toks: Toks, start: int) -> bool:
    """Whether the run at `start` opens with a person's name UniDic knows, whole (ダニエル of ダニエル・…)."""
    i = bisect_left(toks.starts, start)
    return i < len(toks) and toks.starts[i] == start and toks.pos2[i] == "人名" and toks.surfaces[i + 1:i + 2] == ["・"]


def _speaks(line: str, toks: Toks, run: str, start: int, end: int) -> bool:
    """Whether a run of two katakana parts is a person by what it does: its first part a given name UniDic
    knows, whole (ジョセフ, ダニエル), and the run the subject (は / が) of a sentence that ends in a verb of
    speech after its quoting と (ジョセフ・キマニは「…」と話した): a body's name that starts with a given name
    (ダニエル・ホールディングス) states rather than speaks (としている), and a place's part is none."""
    parts = _PARTS.split(run)
    if len(parts) != 2 or len(parts[1]) < 2 or "ー" == parts[1][0] or line[end:end + 1] not in ("は", "が"):
        return False
    i = bisect_left(toks.starts, start)
    if i >= len(toks) or toks.ends[i] != start + len(parts[0]) or toks.pos2[i] != "人名":
        return False
    stop = line.find("。", end)
    return SAYS.search(line, end, stop if stop >= 0 else len(line)) is not None


# 韓国の李知恩と, 中国の王楚欽が: a name after the country of China, Korea or Taiwan and の, a common surname of one
# kanji (`odd_names`) and one or two kanji, then a particle or a mark, or an envoy's post abroad (中国の呂海涛駐日大使)
_AFTER_COUNTRY = re.compile(r"(?:中国|韓国|台湾|北朝鮮|香港|中華台北)の([\u4e00-\u9fff]{2,3})"
                            r"(?=[とがはもの、。を（(]|\s|$|駐[\u4e00-\u9fff]{1,4}(?:大使|公使|総領事))")
COUNTRY_SIGN = re.compile(r"中国の|韓国の|台湾の|北朝鮮の|香港の|中華台北の")


def after_country(line: str, toks: Toks, taken: list[Name], free) -> list[Name]:
    """The Chinese and Korean names right after their country and の (`_AFTER_COUNTRY`) that no name of `taken` holds
    but one inside after the surname (楚欽 of 王楚欽, which the caller drops), where `free` allows: the first kanji a common surname UniDic reads as a word of its own in the line (not 王 of
    王朝史, 黄 of 黄河)."""
    from .odd_names import CN_SURNAME

    out: list[Name] = []
    for m in _AFTER_COUNTRY.finditer(line):
        s, e = m.span(1)
        word = m.group(1)
        if word[0] not in CN_SURNAME or any(x.start < e and s < x.end and not s < x.start for x in taken) or not free(s, e):
            continue
        k = bisect_left(toks.starts, s)
        if k >= len(toks) or toks.starts[k] != s or toks.ends[k] != s + 1 or e not in toks.ends:
            continue  # 中国の王朝史 (王朝 + 史): a common word
        out.append(Name(s, e, word[0], True))
    return out
