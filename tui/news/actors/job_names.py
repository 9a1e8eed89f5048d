"""Names right after the word for a person's calling, as culture, obituary and prize pages write them:

- a foreign name in katakana, two or more parts joined by ・, right after a calling with no particle between
  (指揮者マルコ・ベルティーニ氏, ピアニストアンナ・コヴァレンコさん, 写真家ミカエル・ノルデンの個展): the calling a word
  in kanji ending in 者, 家, 優, 手 or 師, or a calling in katakana; the name may be a name's (`plausible_name`);
- a name in capital letters (a hyphen inside: ＫＥＮ−ＺＯ) after a calling in kanji and の (現代美術家のＹＵＫＩＮＯが),
  or before an honorific (音楽はＫＥＮＳＨＩＲＯさん), not an acronym (ＮＨＫさん);
- a surname in kanji, one proper noun of UniDic's, and a given name in hiragana (with a last kanji: とよ乃), before
  an honorific, a player's title or rank, an age or a calling in brackets (鴨川なずな女流三段, 水原ひなた（２４）,
  ▽朝霧かれん（声優）), or after a calling and の before が, は or 、 (声優の朝霧かれんが): UniDic reads the
  hiragana as common words;
- a given name in katakana and a surname of UniDic's after a calling, before an honorific (ジャズピアニストジョージ
  柏木さん);
- a surname UniDic reads as one and a given name in katakana after a calling and の (グラビアアイドルの沢口ミナが);
- a name in katakana after a calling and の, before が or は, when it may be a name (`plausible_name`: not
  歌手のコンサートは; nor after a jockey or trainer: 騎手のダートキングが, a horse);
- the actor after the part or 主演 (坂本龍馬役は片桐弦に決まった, ヒロイン役は水原ひなたが): a name of UniDic's in
  kanji, or a proper noun and hiragana;
- a member of a group named in 「」 after the word for it (お笑いコンビ「ジャンボ坂道」の岩松が).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator

from .discovery import plausible_name
from .organisations import COMMON_ACRONYMS
from .roles import TITLE_RE
from .tokens import Toks, chars

_KATA_JOBS = ("ピアニスト バイオリニスト ヴァイオリニスト チェリスト ギタリスト フルート奏者 ソプラノ歌手 ソプラノ テノール "
              "アーティスト デザイナー ジャーナリスト エッセイスト コラムニスト イラストレーター ダンサー バレリーナ "
              "カメラマン プロデューサー ディレクター シェフ モデル タレント ラッパー シンガー ソングライター ミュージシャン アイドル "
              "グラビアアイドル ユーチューバー インフルエンサー コメディアン ブロガー ストリーマー プロゲーマー").split()
_KANJI_JOB = r"(?:[\u4e00-\u9fff]{1,5}(?<![業社])[者家優師]|歌手|騎手|選手|棋士)"  # (not 大手, 業者: a company's)
_KATA_NAME = r"[ァ-ヺ][ァ-ヺー]+(?:[・＝=][ァ-ヺ][ァ-ヺー]+)+"
_AFTER = r"(?=さん|氏|[がはのをにともへ、。（(」]|$)"
_FOREIGN = re.compile(rf"(?:{_KANJI_JOB}|(?<![ァ-ヺー])(?:{'|'.join(_KATA_JOBS)}))({_KATA_NAME}){_AFTER}")
# ジャズピアニストジョージ柏木さん: a given name in katakana and a surname in kanji after a calling, before an honorific
_KATA_KANJI = re.compile(rf"(?:{_KANJI_JOB}|{'|'.join(_KATA_JOBS)})([ァ-ヺ][ァ-ヺー]{{1,6}})([\u4e00-\u9fff]{{1,3}})(?=さん|氏)")
# シンガー・ソングライターのナツメリが: a name in katakana after a calling (`_after_calling`) and の, before が or は
_KATA_AFTER_NO = re.compile(r"の([ァ-ヺ][ァ-ヺー]{2,7})(?=[がは])")
# タレントの木村カエラが: a surname in kanji and a given name in katakana after a calling (`_after_calling`) and の,
# before が, は, 、 or さん
_KANJI_KATA = re.compile(r"の([\u4e00-\u9fff]{1,3})([ァ-ヺ][ァ-ヺー]{1,5})(?=[がはの、]|さん)")
# A member of a group named in 「」 after the word for it, then の, before が, は, も or 、 (not の: 「…」のライブ)
_MEMBER = re.compile(r"(?:コンビ|トリオ|グループ|バンド|ユニット|デュオ)「[^」]{1,20}」の([\u4e00-\u9fff々]{2,4}|[ァ-ヺ][ァ-ヺー]{1,6}|"
                     r"[ぁ-ゖ]{2,4}?)(?=さん|[がはも、])")
_HORSE_MEN = re.compile(r"(?:騎手|調教師|厩務員|馬主)$")
_LATIN = r"[A-Z][A-Z0-9]*(?:[\-−‐][A-Z0-9]+)*"
_LETTERS = re.compile(rf"(?:(?:{_KANJI_JOB}|{'|'.join(_KATA_JOBS)})の|(?<=[はがも、]))({_LATIN})(?=さん|氏|[がはのをもと、]|$)")
_NO_KATA = re.compile(r"の[ァ-ヺ]")
_CAPITAL = re.compile(r"[A-Z]")
_KANA_GIVEN = re.compile(r"(?<=[\u4e00-\u9fff々])[ぁ-ゖ]{2,4}[\u4e00-\u9fff]?")
_AFTER_GIVEN = re.compile(r"さん|さま|様|氏|君|くん|ちゃん|先生|師匠|選手|容疑者|被告|[（(].*|(?:新|前|女流)?(?:[初二三四五六七八九十]段|"
                          r"名人|竜王|王将|棋聖|王位|叡王|王座|棋王|碁聖|天元|本因坊|[二三四五六七八]冠|クイーン)")
_KANJI_LAST = re.compile(r"[ぁ-ゖ]{2,3}[乃子江代美枝恵]$")  # とよ乃, はる江: a woman's given name, an old way
# 坂本龍馬役は片桐弦に決まった: the actor after the part (役は, 役を, 役に) and before に決ま, が, 、 or で
_AFTER_PART = re.compile(r"(?:役|主演)[はをに]([\u4e00-\u9fff々]{2,5}|[\u4e00-\u9fff々]{1,3}[ぁ-ゖ]{2,4}?)(?=さん|に決|が|、|で|と|も)")
_CALLING_BRACKET = re.compile(rf"[（(](?:{_KANJI_JOB}|{'|'.join(_KATA_JOBS)}|声優|俳優|女優|歌手)[）)]")  # ▽朝霧かれん（声優）
KANJI_ONLY = re.compile(r"[\u4e00-\u9fff々]+")
_KIN = re.compile(r"^(?:お?ば+あ|お?じい|お?ばっ|お?じっ|お?ねえ|お?にい|お?かあ|お?とう|おば|おじ|あに|あね)$")
_JOB_NO = re.compile(rf"(?:{_KANJI_JOB}|{'|'.join(_KATA_JOBS)}|歌手|俳優|女優|声優|アイドル)の$")
_LONGEST_JOB = max(6, *map(len, _KATA_JOBS))  # (a calling in kanji: five characters and 者, 家, 優 or 師 at most)


def _calling_before(line: str, no: int, start: int = 0) -> bool:
    """Whether a calling (`_JOB_NO`) that starts at `start` or after ends right before the の at `no`: read back
    from the の, not searched for from every kanji before it."""
    return _JOB_NO.search(line, max(start, no - _LONGEST_JOB), no + 1) is not None


def _after_calling(rx: "re.Pattern[str]", line: str) -> Iterator["re.Match[str]"]:
    """The matches of `rx` (の and a name) after a calling that starts after the match before: what the calling's
    pattern and `rx` in one would find, searched for from の alone."""
    last = 0
    for m in rx.finditer(line):
        if _calling_before(line, m.start(), last):
            last = m.end()
            yield m


def _calling_no(line: str) -> bool:
    """Whether a calling and の stand anywhere in the line."""
    no = line.find("の")
    while no >= 0 and not _calling_before(line, no):
        no = line.find("の", no + 1)
    return no >= 0


# Where a line may hold one: a calling then katakana, capitals, or kanji then hiragana then a title or a bracket.
# (Each pattern opens with one class or with literals alone, so that it is searched for at its first characters only.)
SIGNS = (re.compile(r"[者家優手師ー]の?[ァ-ヺ]"), re.compile(rf"(?:{'|'.join(_KATA_JOBS)})[ァ-ヺ]"),
         re.compile(r"」の|の[\u4e00-\u9fff]{1,3}[ァ-ヺ]|役[はをに][\u4e00-\u9fff]|主演[はをに][\u4e00-\u9fff]"),
         re.compile(r"[A-Z][A-Z0-9]{2}"),
         re.compile(r"[\u4e00-\u9fff][ぁ-ゖ]{2,4}[\u4e00-\u9fff]?[（(さ氏くち女名九八七六五四三二初十竜王棋叡碁天本ク師]"),
         re.compile(r"の[\u4e00-\u9fff]{2,3}[ぁ-ゖ]{2,4}[がは、]"))


def job_names(line: str, words: Callable[[], Toks], free) -> list[tuple[int, int, str]]:
    """(start, end, key) of each name of the module's doc in the line, where `free` allows; `words()`: the
    line's words, made only where a surname may stand before a given name in hiragana."""
    out: list[tuple[int, int, str]] = []
    joined = "・" in line or "＝" in line or "=" in line
    for m in _FOREIGN.finditer(line) if joined else ():  # (a name joined by ・ or ＝ only)
        name = m.group(1)
        if plausible_name(name) and free(*m.span(1)):
            out.append((m.start(1), m.end(1), re.split(r"[・＝=]", name)[-1]))
    for m in _KATA_KANJI.finditer(line) if "さん" in line or "氏" in line else ():
        toks = words()
        k = bisect_left(toks.starts, m.start(2))
        if (k < len(toks) and toks.starts[k] == m.start(2) and toks.ends[k] == m.end(2) and toks.classes[k] in chars("pos3", "姓")
                and plausible_name(m.group(1)) and free(m.start(1), m.end(2))):
            out.append((m.start(1), m.end(2), m.group(2)))
    for m in _after_calling(_KANJI_KATA, line) if "の" in line else ():
        toks = words()
        k = bisect_left(toks.starts, m.start(1))
        if (k < len(toks) and toks.starts[k] == m.start(1) and toks.ends[k] == m.end(1) and toks.classes[k] in chars("pos3", "姓")
                and free(m.start(1), m.end(2))):
            out.append((m.start(1), m.end(2), m.group(1)))  # 沢口ミナ: the surname UniDic reads, the given name after
    for m in _MEMBER.finditer(line) if "」の" in line else ():  # お笑いコンビ「ジャンボ坂道」の岩松が: a member of the group
        if free(*m.span(1)) and (not "ァ" <= m.group(1)[0] <= "ヺ" or plausible_name(m.group(1))):
            out.append((m.start(1), m.end(1), m.group(1)))
    for m in _after_calling(_KATA_AFTER_NO, line) if _NO_KATA.search(line) else ():
        if _HORSE_MEN.search(line, 0, m.start(1) - 1):
            continue  # 騎手のダートキングが: a horse
        if plausible_name(m.group(1)) and free(*m.span(1)):  # (not 歌手のコンサートは: a loanword)
            out.append((m.start(1), m.end(1), m.group(1)))
    for m in _LETTERS.finditer(line) if _CAPITAL.search(line) else ():
        name = m.group(1)
        strong = line.startswith(("さん", "氏"), m.end(1)) or m.group(0) != name
        if len(name) >= 3 and strong and name not in COMMON_ACRONYMS and free(*m.span(1)):
            out.append((m.start(1), m.end(1), name))
    if "役" in line or "主演" in line:
        part_toks: Toks | None = None
        for m in _AFTER_PART.finditer(line):
            toks = part_toks = part_toks or words()
            k = bisect_left(toks.starts, m.start(1))
            if (k < len(toks) and toks.starts[k] == m.start(1) and toks.classes[k] in _PROPER() and free(*m.span(1))
                    and (toks.classes[k] in chars("pos2", "人名") or not KANJI_ONLY.fullmatch(m.group(1)))):
                out.append((m.start(1), m.end(1), toks.surfaces[k]))
    for m in _KANA_GIVEN.finditer(line) if _KANA_END.search(line) or (_KANA_SUBJECT.search(line) and _calling_no(line)) else ():
        span = _kana_given(line, words, m.start(), m.end())
        if span is not None and free(*span) and not any(s < span[1] and span[0] < e for s, e, _ in out):
            out.append((span[0], span[1], line[span[0]:m.start()]))
    return out


def _kana_given(line: str, words: Callable[[], Toks], start: int, end: int) -> tuple[int, int] | None:
    """The full name whose given name in hiragana is line[start:end], if the words before make a surname."""
    if TITLE_RE.match(line, start):
        return None  # an honorific after a surname (上條さん（６７）), no given name
    # the shortest run before an honorific (中村まりさん（３０）, not まりさん before the age), else before が, は or 、
    last = next((k for k in range(start + 2, end + 1) if _ends_name(line, k)), None) or next(
        (k for k in range(start + 2, end + 1) if line[k:k + 1] in ("が", "は", "、")), None)
    if last is None:
        return None
    end = last
    if _KIN.match(line[start:end]):
        return None  # 田中ばあちゃん, 山口のおじさん: a word of kinship before ちゃん or さん
    toks = words()
    k = _token_ending(toks, start)
    if k is None or toks.classes[k] not in _PROPER() or not 2 <= len(toks.surfaces[k]) <= 3:
        return None
    first = toks.starts[k]
    if not _ends_name(line, end) and not (line[first - 1:first] == "の" and _calling_before(line, first - 1)):
        return None  # before が or は only after a calling and の (声優の朝霧かれんが)
    kanji_last = _KANJI_LAST.match(line[start:end]) is not None and _ends_name(line, end)
    if not kanji_last and any(toks.classes[j] in _NOT_GIVEN() for j in range(k + 1, len(toks)) if start <= toks.starts[j] < end):
        return None  # a particle or a verb's ending, no given name (京都でも); but 沢村とよ乃さん: hiragana and a
    # given name's last kanji before an honorific, whatever UniDic reads in the hiragana
    return first, end


# Where `_kana_given` may find a name (the loop is not run elsewhere): hiragana after kanji, then what ends a name,
# or a subject's particle after a calling and の (`_JOB_NO`)
_KANA_END = re.compile(r"[\u4e00-\u9fff々][ぁ-ゖ]{2,4}[\u4e00-\u9fff]?[さ様氏君くち先師選容被（(新前女初二三四五六七八九十名竜王棋叡碁天本ク]")
_KANA_SUBJECT = re.compile(r"[\u4e00-\u9fff々][ぁ-ゖ]{2,4}[\u4e00-\u9fff]?[がは、]")
# The first characters of what `_ends_name` reads (`_AFTER_GIVEN`'s words, a bracket): elsewhere it reads nothing
_ENDS_FIRST = frozenset("さ様氏君くち先師選容被（(新前女初二三四五六七八九十名竜王棋叡碁天本ク")


def _ends_name(line: str, at: int) -> bool:
    """An honorific, a player's title or rank, an age or a calling in brackets at `at` (not an office's head:
    ふれあいセンター長, こども園長 hold the name of a place)."""
    if line[at:at + 1] not in _ENDS_FIRST:
        return False  # (most places: the title pattern is never tried)
    m = TITLE_RE.match(line, at)
    return (m is not None and _AFTER_GIVEN.fullmatch(m.group()) is not None) or _CALLING_BRACKET.match(line, at) is not None


def _token_ending(toks: Toks, at: int) -> int | None:
    for k, e in enumerate(toks.ends):
        if e == at:
            return k
        if e > at:
            return None
    return None


def _PROPER() -> frozenset[str]:
    """The classes of a proper noun of UniDic's (a surname, a place, any other name), not a given name alone."""
    return chars("pos1", "固有名詞") - chars("pos3", "名")


def _NOT_GIVEN() -> frozenset[str]:
    """The classes of particles, auxiliaries and verbs: hiragana that ends a word, no given name."""
    return chars("pos", "助詞") | chars("pos", "助動詞") | chars("pos", "動詞") | chars("pos", "形容詞")
