"""Stage names, ring names of a katakana word and a surname, and emperors, read before the organisations'
rules (which would take a name in letters for a brand's):

- a name in Latin letters or katakana right after an entertainer's occupation and の or ・ (タレントのRIRIKAさん,
  自称ラッパーのRYUJIこと, ボーカル・HIROが): letters of three or more before an honorific, こと or a bracket, of four
  or more before a particle (not an acronym: モデルのSNSが; three written as a word, 歌手のReiは); katakana only
  before an honorific, こと or a bracket (歌手のコンサートは is no one); a bracket with 本名 is the handles' to read;
- a katakana word and a surname UniDic knows, before an honorific, 選手, は, が, も or an age, when the katakana is a
  name's word (アントニオ猪木さん, ジョニー大和田（３１）) or the line speaks of the ring or the stage
  (プロレスラーのサンダー岩城さん, ピン芸人のハリケーン松浦（４１）; there a place's word too, ジャンボ石動, or a given name,
  サンシャイン健吾も): the whole is the name, not the surname alone;
- a katakana name right after a player's position in letters (FWジエゴが, MFガブリエル・ソウザの), when it may be
  a name (`discovery`: not DFラインが);
- a character in katakana before 役 (ジョーダン役を), when it may be a name (not ヒロイン役);
- a name in hiragana after an entertainer's occupation and の, before が, は or an honorific (声優のあおいゆずが);
- a name after a group's or an agency's 所属の (「にじいろスターズ」所属の月影ルナが), when its words are no common noun
  alone, verb or number;
- a name in capital letters right before an age in brackets or its real name after ＝本名 (ＨＩＲＯＴＯ（２２）,
  ＲＥＮ＝本名・浜岡蓮＝), not a common acronym;
- an emperor by his era or posthumous name (明治天皇, 後醍醐天皇): the kanji before 天皇, two to four, as a word
  of its own (not 明治天皇陵, nor 歴代天皇, 女性天皇).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from .cast_names import SIGNS as _CAST_SIGNS, cast_names
from .discovery import plausible_name
from .sports_names import EARLY_SIGNS, early_names
from .organisations import COMMON_ACRONYMS
from .name import KIN, NOT_NAME
from .tokens import Toks, chars

_JOBS = (r"タレント|歌手|モデル|俳優|女優|ラッパー|アーティスト|シンガーソングライター|シンガー|芸人|アイドル|声優|"
         r"ユーチューバー|YouTuber|ダンサー|ＤＪ|DJ|プロレスラー|レスラー|格闘家|配信者|インフルエンサー|ミュージシャン|"
         r"ボーカル|ギタリスト|ドラマー|ベーシスト|コメディアン|パフォーマー|マジシャン|作曲家|作詞家|漫画家|イラストレーター")
_AFTER_JOB = re.compile(rf"(?:{_JOBS})[の・]([A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９.&＆'’\-]*|[ァ-ヺ][ァ-ヺー]+)"
                        r"(?=(さん|氏|こと|[（(](?!本名))|[はがもをにとの、。」])")
# (the character before the katakana checked once the first is read, so that the search skips to katakana)
_KATA_SURNAME = re.compile(r"([ァ-ヺ](?<![ァ-ヺー・＝A-Za-z][ァ-ヺ])[ァ-ヺー]{1,7})([\u4e00-\u9fff]{1,3})"
                           r"(?=さん|氏|選手|[はがも]|[（(][0-9０-９]{1,3}[）)])")  # (ハリケーン松浦（４１）: an age)
# A katakana name right after a player's position in letters (FWジエゴが, MFガブリエル・ソウザの; the text is NFKC);
# no letter before the position (checked once it is read, so that the search skips to the positions' letters)
_AFTER_POSITION = re.compile(r"(?:GK|FW|MF|DF|SB|CB|DH)(?<![A-Za-z]..)([ァ-ヺ][ァ-ヺー]*(?:[・＝=][ァ-ヺ][ァ-ヺー]*)*"
                             r"|[\u4e00-\u9fff々]{1,3}(?=[はがもの、]))(?=[はがもをにとの、。（(」]|$)"
                             r"|(?:先発|中継ぎ|抑え)([ァ-ヺ][ァ-ヺー]+)(?=[はがも])")
# (ロッテの先発ソトは: a katakana name after a side's pitcher's role, the side named before の)
# ジョーダン役を小早川が演じる: a character in katakana before 役 (a cast's part), a person of the story
_CHARACTER = re.compile(r"(?<![ァ-ヺー・])([ァ-ヺ][ァ-ヺー]*(?:[・＝][ァ-ヺ][ァ-ヺー]*)*)役(?=[をはのでにが、])")
# 声優のあおいゆずが: a name in hiragana after an entertainer's occupation and の, before が, は or an honorific
_KANA_AFTER_JOB = re.compile(rf"(?:{_JOBS}|声優|落語家|講談師|漫才師)の([ぁ-ゖー]{{3,7}}?)(?=さん|[がは][^ぁ-ゖ])")
_NOT_KANA_NAME = frozenset("みなさん みんな ひとり ふたり かたがた ような ように ほか ため".split())
_STAGE = re.compile(r"プロレス|レスラー|リングネーム|芸名|芸人|リング|お笑い|漫才|コント|コンビ|トリオ|ボケ|ツッコミ|モノマネ|相方")
_EMPEROR = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{2,4})天皇(?![\u4e00-\u9fff々])")
_NOT_EMPEROR = frozenset("歴代 女性 女系 男系 象徴 今上 新 前 元 現 各 両 時の 先代 当代 後代 皇族 日本 天皇".split())
# 「にじいろスターズ」所属の月影ルナが: the name after a group's or an agency's 所属の (not 所属の選手: a common word)
_MEMBER = re.compile(r"所属の([\u4e00-\u9fff々]{1,4}[ぁ-ゖァ-ヺー]{1,5}?|[ァ-ヺ][ァ-ヺー]{1,9}(?:・[ァ-ヺ][ァ-ヺー]{1,9})?"
                     r"|[\u4e00-\u9fff々]{2,5})(?=[がはも、（(])")
# (each sign opens with literals or one class, so that it is searched for at its first characters only: `_COUNTED`
# and `_LETTERS_AGED` are signed by their rare ends, [のら]２人 and a letter before （２ or ＝本名)
# A name in capital letters right before an age in brackets or its real name after ＝本名 (ＨＩＲＯＴＯ（２２）, ＲＥＮ＝本名・…)
_LETTERS_AGED = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９.&＆'’\-])([A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ]{2,11})"
                           r"(?=[（(][0-9０-９]{1,3}[）)]|[=＝]本名)")
# A list of names the line counts as that many people (ひなの、さら、ゆずき、あかり、こはるの５人): each item a person
_ITEM = r"[\u4e00-\u9fff々ぁ-ゖァ-ヺー・]{1,8}"
_COUNTED = re.compile(rf"([\u4e00-\u9fff々ぁ-ゖァ-ヺー・]{{1,16}}(?:、{_ITEM}){{1,8}})(?:の|ら)([2-9２-９二三四五六七八九])人")
_PARTICLE = re.compile(r"には|では|は|が|を|に|で|と|も|の")
_TAIL_RUN = re.compile(r"[\u4e00-\u9fff々ァ-ヺー・]+$")
_KANJI_KATA = re.compile(r"[\u4e00-\u9fff々ァ-ヺー]")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
_NUMBER = {**{str(n): n for n in range(2, 10)}, **{chr(0xFF10 + n): n for n in range(2, 10)},
           **dict(zip("二三四五六七八九", range(2, 10)))}
_ITEM_SHAPE = re.compile(r"[\u4e00-\u9fff々]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヺ][ァ-ヺー・]{1,7}")  # a surname, or a given or stage name in kana
SIGNS = (re.compile(r"所属の"), re.compile(r"[のら][2-9２-９二三四五六七八九]人"), re.compile(rf"(?:{_JOBS}|声優|落語家|講談師|漫才師)[の・][A-Za-zＡ-Ｚａ-ｚァ-ヺぁ-ゖ]"), re.compile(r"天皇"),
         re.compile(r"[（(=＝](?<=[A-Za-zＡ-Ｚａ-ｚ].)(?:[0-9０-９]|本名)"),
         _KATA_SURNAME, re.compile(r"GK|FW|MF|DF|SB|CB|DH|先発|中継ぎ|抑え"), re.compile(r"役(?<=[ァ-ヺー]役)")) + _CAST_SIGNS + EARLY_SIGNS


def _first_item(run: str) -> int:
    """Where a list's first name starts in the run of characters before its first 、: after the particle that ends the
    words before it. A name of kanji or katakana closing the run starts after the particle before it (出身の杉浦); a name
    of hiragana, after the first particle past the run's last kanji or katakana (ステージには + みのり; ひなの's own の is
    no particle)."""
    tail = _TAIL_RUN.search(run)
    if tail is not None:
        before = run[:tail.start()]
        return tail.start() if not before or _PARTICLE.search(before[-2:]) else len(run)
    last = max((k for k, ch in enumerate(run) if _KANJI_KATA.match(ch)), default=-1)
    if last < 0:
        return 0
    particle = _PARTICLE.search(run, last + 1)
    return particle.end() if particle is not None else len(run)


def _occupation_before(toks: Toks, start: int, end: int) -> int:
    """How many characters at `start` are common nouns before the last word of start..end (俳優 of 俳優南雲): an
    occupation written right before a list's first name."""
    k = bisect_left(toks.starts, start)
    cut = 0
    while (k + 1 < len(toks) and toks.starts[k] == start + cut and toks.ends[k] < end and toks.pos1[k] == "普通名詞"
           and toks.starts[k + 1] == toks.ends[k]):
        cut = toks.ends[k] - start
        k += 1
    return cut


def _script(word: str) -> str:
    """The script a list's item is written in: kanji, hiragana or katakana."""
    return "kanji" if _KANJI.match(word) else "hira" if "ぁ" <= word[:1] <= "ゖ" else "kata"


def _member_word(toks: Toks, start: int, end: int) -> bool:
    """The words at start..end after 所属の make a name: whole words, none a verb, an auxiliary, a number, nor all
    of them common nouns or suffixes (所属の選手, 所属の力士たち)."""
    k, j = bisect_left(toks.starts, start), bisect_left(toks.starts, end)
    if k >= len(toks) or toks.starts[k] != start or (j < len(toks) and toks.starts[j] != end) or j == k:
        return False
    pos = toks.pos[k:j]
    if any(p in ("動詞", "助動詞", "形容詞", "助詞") for p in pos) or any(p1 == "数詞" for p1 in toks.pos1[k:j]):
        return False
    return not all(p1 == "普通名詞" or p == "接尾辞" for p, p1 in zip(pos, toks.pos1[k:j])) or any(
        "ァ" <= toks.surfaces[x][:1] <= "ヺ" and p1 == "普通名詞" and len(toks.surfaces[x]) >= 2 and x > k
        for x, p1 in zip(range(k, j), toks.pos1[k:j]))  # (月影 + ルナ: katakana UniDic does not know, after kanji)


def stage_names(line: str, words: Callable[[], Toks], free) -> list[tuple[int, int, str]]:
    """(start, end, key) of each name of the module's doc in the line, where `free` allows; `words()`: the line's
    words, made only where a katakana word and kanji may be a ring name."""
    out: list[tuple[int, int, str]] = []
    for m in _AFTER_JOB.finditer(line):
        name, strong = m.group(1), m.group(2) is not None
        latin = not ("ァ" <= name[0] <= "ヺ")
        cased = len(name) == 3 and name[0].isupper() and name[1:].islower()  # 歌手のReiは: a name, no acronym
        if latin and (name.upper() in COMMON_ACRONYMS or len(name) < (3 if strong or cased else 4)):
            continue
        if (latin or strong) and free(*m.span(1)):
            out.append((m.start(1), m.end(1), name))
    for m in _COUNTED.finditer(line):
        items = m.group(1).split("、")
        lead = _first_item(items[0])  # (ステージには + みのり, 出身の + 杉浦: the words before the first name)
        if _script(items[0][lead:] or "あ") == "kanji":  # (俳優 + 南雲: the occupation before the first name)
            lead += _occupation_before(words(), m.start(1) + lead, m.start(1) + len(items[0]))
        items[0] = items[0][lead:]
        if len(items) != _NUMBER[m.group(2)] or not all(_ITEM_SHAPE.fullmatch(it) for it in items) or any(
                it in KIN or it in NOT_NAME for it in items) or len({_script(it) for it in items}) > 1:
            continue  # (父、母、姉の3人: kin; 衝突し、乗用車の２人: a clause, not a list; a list of one script only)
        at = m.start(1) + lead
        for it in items:
            if free(at, at + len(it)) and not any(s_ < at + len(it) and at < e_ for s_, e_, _ in out):
                out.append((at, at + len(it), it))
            at += len(it) + 1
    for m in _LETTERS_AGED.finditer(line):
        if m.group(1).upper() not in COMMON_ACRONYMS and free(*m.span(1)) and not any(s <= m.start(1) < e for s, e, _ in out):
            out.append((m.start(1), m.end(1), m.group(1)))
    for m in _AFTER_POSITION.finditer(line):
        g = 1 if m.group(1) else 2
        word = m.group(g)
        if not free(*m.span(g)):
            continue
        if g == 2:
            if m.start() >= 2 and line[m.start() - 1] == "の" and plausible_name(word):  # (the side before の)
                out.append((m.start(2), m.end(2), word))
            continue
        if "ァ" <= word[0] <= "ヺ":
            if plausible_name(word):  # (not FWラインが: a loanword)
                out.append((m.start(1), m.end(1), re.split(r"[・＝=]", word)[-1]))
        elif _player_word(words(), *m.span(1)):  # GK三角が: the player's surname, whatever UniDic reads it as
            out.append((m.start(1), m.end(1), word))
    if "役" in line:
        for m in _CHARACTER.finditer(line):
            if plausible_name(m.group(1)) and free(*m.span(1)):  # (not ヒロイン役, コーチ役: words for roles)
                out.append((m.start(1), m.end(1), m.group(1)))
    for m in _KANA_AFTER_JOB.finditer(line):
        if m.group(1) not in _NOT_KANA_NAME and free(*m.span(1)):
            out.append((m.start(1), m.end(1), m.group(1)))
    if "天皇" in line:
        for m in _EMPEROR.finditer(line):
            era = m.group(1)
            if era not in _NOT_EMPEROR and not any(era.endswith(w) for w in _NOT_EMPEROR) and free(m.start(), m.end()):
                out.append((m.start(), m.end(), m.group()))
    if "所属の" in line:
        for m in _MEMBER.finditer(line):
            if free(*m.span(1)) and _member_word(words(), *m.span(1)):
                out.append((m.start(1), m.end(1), m.group(1)))
    out += cast_names(line, words, free)  # a band's members, a cast's part, a generation, a real name (`cast_names`)
    out += early_names(line, words, free)  # WTB日置, 綾部、遠山組, 得点者: players (`sports_names`)
    stage = None
    for m in _KATA_SURNAME.finditer(line):
        toks = words()
        s, e = m.start(2), m.end(2)
        k = _index(toks.starts, s)
        if k is None or toks.ends[k] != e or toks.classes[k] not in _SURNAME() and not (
                toks.classes[k] in chars("pos2", "人名") and _STAGE.search(line)):
            continue  # the kanji are not one surname (or place: 石動) of UniDic's, nor a name's on a stage (サンシャイン健吾)
        j = _index(toks.starts, m.start(1))
        named = j is not None and toks.ends[j] == m.end(1) and toks.classes[j] in chars("pos2", "人名")
        if not named:
            stage = bool(_STAGE.search(line)) if stage is None else stage
        if ((named and toks.classes[k] in chars("pos3", "姓")) or stage) and free(m.start(), m.end()):
            out.append((m.start(), m.end(), m.group()))
    return out


def _player_word(toks: Toks, s: int, e: int) -> bool:
    """Kanji of two or three characters right after a player's position, words of their own, none a verbal noun or
    a suffix (GK三角が; not DF陣が, MF起用が): a surname, whatever UniDic reads it as."""
    k = _index(toks.starts, s)
    if k is None or e - s < 2:
        return False
    j = k
    while j < len(toks) and toks.ends[j] < e:
        j += 1
    if j >= len(toks) or toks.ends[j] != e:
        return False
    return all(toks.pos[x] == "名詞" and toks.pos2[x] != "サ変可能" and toks.pos1[x] != "数詞" for x in range(k, j + 1))


@lru_cache(maxsize=None)
def _SURNAME() -> frozenset[str]:
    """The classes of a surname, or of a place's name (UniDic reads many surnames so)."""
    return chars("pos3", "姓") | (chars("pos2", "地名") - chars("pos3", "国"))


def _index(values: list[int], value: int) -> int | None:
    try:
        return values.index(value)
    except ValueError:
        return None
