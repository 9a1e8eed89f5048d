"""Organisations from the words around them, where their form says nothing (トヨタ, 資生堂, 吉野家, ニトリ):

- a company: a proper noun (UniDic's 固有名詞, or a name cut into a word and 堂 / 屋 / 家) before の and a
  word only a company has (Xの創業者, Xの株価, Xの新商品, Xの店舗), or as the subject of a company's act
  (Xは…を発表した, Xが…を発売した), or after the kind of business it is (牛丼チェーンの吉野家, 家具大手のニトリ;
  common words put together there, 電子部品大手の北斗電機は…を発表した: `org_trade`), or before 社
  (光文社, グローバル・ロジスティクス社, ABC社), and each name joined to one so found by と, や or 、
  (キヤノンとニコンは…);
- a sports club: a name with katakana (浦和ダイヤモンズ) as the subject of a match's result against
  another (Xは、Yと１−１で引き分けた: both), or before の and a player's full name (Xの早瀬拓海は);
- a publication after its kind (英科学誌ネイチャー, 米紙ニューヨーク・タイムズ);
- an acronym and the place it serves (JR東日本);
- a Latin name as a company (Googleの株価, OpenAIは…を発表した), a katakana one UniDic cuts into common
  words before what only a company has (ファーストリテイリングの創業者);
- a katakana or Latin name founded (Xを創業した, Xを設立した) or taken as a company's name (社名をXに).

Never a person's name alone, nor a place alone (鹿島, アマゾン), nor a common noun. Each rule reads only a
line one of its signs (`SIGNS`) matches; the words found are the organisation's wherever the article names them again.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .org_trade import trade_orgs
from .organisations import COMMON_ACRONYMS, ROLE_ACRONYMS
from .persons import trie
from .roles import TITLE_RE
from .tokens import Toks

_CORP_NOUNS = ("創業者 創業家 創業 前社長 元社長 新社長 副社長 社長 会長 株価 新商品 新製品 新型車 新メニュー 店舗 本社 工場 "
               "子会社 従業員 決算 主力 株主総会 経営陣 売上高 業績 広報").split()
_CORP_VERBS = ("発表し 発売し 発売す 値上げ 値下げ 受注し 出店 開業し 閉店 買収 提携 合併 上場 リコール 増収 減収 増益 減益 "
               "新社長 社名 新商品 新製品 店舗").split()
_CATEGORIES = ("チェーン 大手 最大手 メーカー 老舗 ブランド 百貨店 量販店 スーパー コンビニ 商社 スタートアップ ベンチャー "
               "会社 事務所 出版社 企業 団体 球団 チーム 発売元 販売元 運営元 出版元 製造元 レーベル 放送局 書店").split()  # 所属事務所の, 運営会社の
CATEGORIES = frozenset(_CATEGORIES)  # the kinds of business a company is named after
_RESULTS = "引き分け 勝っ 勝ち 敗れ 負け 破っ 破り 下し".split()
_CORP_NOUN = re.compile("の" + trie(_CORP_NOUNS))
_CORP_VERB = re.compile(trie(_CORP_VERBS))
_CATEGORY = re.compile(f"(?:{trie(_CATEGORIES)})の")
_CATEGORY_SET_OFF = re.compile(f"(?:{trie(_CATEGORIES)})[の、]")  # 電子部品大手の北斗電機, 自動車部品メーカー、東邦ギア
_RESULT = re.compile(f"[とにを][^。、「」]{{0,10}}?(?:{trie(_RESULTS)})")
_PRESSES = (r"誌(?=[ァ-ヺ])", r"紙(?=[ァ-ヺ])(?<![^英米仏独中韓露]紙)")  # (a sign each: literals found in C)
_PRESS = re.compile("|".join(_PRESSES))
_ACRONYM_PLACE = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}(?=[東西南北]?[\u4e00-\u9fff])")
# The words of the rules as one tree, read in C only where one of their first characters stands; then the
# forms: a publication, a name before 社, an acronym before a place, a place before katakana and の (a club).
_FOUNDED = re.compile(r"(?<![ァ-ヺー・A-Za-z])([ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+)*|[A-Z][A-Za-z&]+)"
                      r"を(?:(?:創業|設立|創設)(?=[しすさ])|立ち上げ)|社名を([ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+)*|[A-Z][A-Za-z&]+)に")
# A name of katakana parts opening with the kind of place it is (ホテル・ナラハラ, パティスリー・ミヤコ): a business
_SHOP_KIND = re.compile(r"(?:ホテル|レストラン|カフェ|ベーカリー|パティスリー|ブティック|ギャラリー|クリニック|サロン)・")
_WORDS = (["の" + w for w in _CORP_NOUNS] + _CORP_VERBS + [w + k for w in _CATEGORIES for k in "の、"] + _RESULTS
          + ["を創業", "を設立", "を創設", "を立ち上げ", "社名を", "を展開する", "を運営する", "を経営する", "卸、", "問屋、"])
SIGNS = (re.compile(trie(_WORDS)), _SHOP_KIND, *map(re.compile, _PRESSES),
         re.compile(r"社(?=[はがのをにとも、])(?<![会同各自他当本支両商]社)"), re.compile(r"[A-Z][\u4e00-\u9fff]"),
         re.compile(r"[ァ-ヺ](?<=[\u4e00-\u9fff][ァ-ヺ])[ァ-ヺー]+の"))
_NOUN = frozenset(("名詞", "接尾辞", "接頭辞"))
_KATA = re.compile(r"[ァ-ヺー]+")
_HIRAGANA = re.compile(r"[ぁ-ゖ]")
_FOREIGN_FIRM = re.compile(r"(?<![ァ-ヺー・A-Za-z])(?:[ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+)+|[A-Z][A-Za-z&]+)社")
_DOTTED = re.compile(r"[ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+)+")  # a name of katakana parts (サニーサイド・プロ)
# A name of katakana parts after the business it runs (スーパーを展開する), a trade set off by a comma (鮮魚卸、), or
# opening with the kind of place it is (ホテル・, パティスリー・)
# The kinds of business after which a name of katakana parts is the business itself, not one of its people
_DOTTED_KIND = re.compile(r"(?:所属事務所|運営会社|制作会社|親会社|発売元|販売元|運営元|出版元|製造元|レーベル|チェーン|メーカー|商社"
                          r"|百貨店|量販店|スーパー|コンビニ|出版社|放送局|書店|ブランド)$")
_DOTTED_FIRM = re.compile(r"(?:を(?:展開|運営|経営)する|(?:卸|問屋|商社|メーカー)、|(?<![ァ-ヺー・])(?=" + _SHOP_KIND.pattern
                          + r"))(?P<name>" + _DOTTED.pattern + r")(?![ァ-ヺー・\u4e00-\u9fff])")  # (not ホテル・ミモザ of
# ホテル・ミモザ岬, whose name runs on in kanji)
_COMMON_FIRMS = frozenset("ベンチャー スタートアップ グループ チーム ファンド ブランド サークル クラブ ユニット バンド".split())
_FOREIGN_WORD = re.compile(r"(?<![A-Za-z0-9&ァ-ヺー・])(?:[A-Z][A-Za-z0-9&]+|[ァ-ヺ][ァ-ヺー]+)(?![A-Za-z0-9&ァ-ヺー・])")
# What only a company has, after a katakana name UniDic cuts into common words (ソフト + バンク).
_OWNED = re.compile("の" + trie("創業者 創業家 株価 社長 前社長 元社長 新社長 副社長 会長 株主総会 子会社 経営陣 決算 売上高 "
                               "主力ブランド".split()))
_KINDS = frozenset("チーム グループ クラブ ユニット メンバー プロジェクト ファン サークル センター".split())
_SHOP = frozenset("堂 屋 家".split())
_CLAUSE = "、。「」『』（）(と"
_PARTICLE = "はがのをにとも、"


def context_orgs(line: str, toks: Toks, free, heads: dict[int, tuple[int, bool]]) -> tuple[
        list[tuple[int, int]], set[str]]:
    """(start, end) of the organisations this line's context shows, and their names (found again
    elsewhere in the article). `heads`: start -> (end, a country?) of the places found so far, which the
    name of `JR東日本` may hold."""
    spans: list[tuple[int, int]] = []
    runs = _runs(toks)
    for i, j in runs:
        s, e = toks.starts[i], toks.ends[j - 1]
        after = line[e:e + 1]
        if after not in _PARTICLE or not free_over(free, heads, s, e) or toks.surfaces[i] in ROLE_ACRONYMS:
            continue  # (GK大迫は: a player's position and name)
        clause = not s or line[s - 1] in _CLAUSE or _CATEGORY.search(line, max(0, s - 7), s) is not None
        if j - i > 1 and toks.surfaces[j - 1] == "社":
            if _kind(toks, i, j - 1) == "name":
                spans.append((s, e))  # 光文社
            continue
        kind = _kind(toks, i, j)
        if kind is None:
            continue
        if not clause:
            continue
        elif _CATEGORY.search(line, max(0, s - 7), s) and (s < 3 or line[s - 1] == "の"):
            spans.append((s, e))  # 牛丼チェーンの吉野家
        elif kind in ("name", "shop", "firm") and _CORP_NOUN.match(line, e):
            spans.append((s, e))  # ニトリの店舗, 資生堂の新商品, 豊田自動織機の株価
        elif kind in ("name", "shop") and after in "はが" and _CORP_VERB.search(line, e, _end(line, e)):
            spans.append((s, e))  # トヨタは…を発表した
        elif kind in ("name", "club") and after in "はが" and _match_result(line, toks, e):
            spans.append((s, e))  # 浦和ダイヤモンズは、大阪ブルースと引き分けた
        elif kind in ("name", "club") and after in "とにを" and _RESULT.match(line, e) and _subject_club(line, toks, s):
            spans.append((s, e))  # … 大阪ブルースと引き分けた
        elif kind == "club" and after == "の" and _full_name(toks, j + 1):
            spans.append((s, e))  # 東北フェニックスの早瀬拓海は
    for m in _CATEGORY.finditer(line):  # 所属事務所のルミエール芸能, 制作会社のスタジオ三日月: a name of two scripts
        i = bisect_left(toks.starts, m.end())
        j = i
        while j < len(toks) and toks.starts[j] == (toks.ends[j - 1] if j > i else m.end()) and (
                toks.pos[j] == "名詞" or toks.surfaces[j] == "・"):
            j += 1
        if j - i >= 2 and line[toks.ends[j - 1]:toks.ends[j - 1] + 1] in _PARTICLE and (_mixed(toks, i, j) or (
                _DOTTED.fullmatch(line, toks.starts[i], toks.ends[j - 1]) and _DOTTED_KIND.search(line, 0, m.end() - 1)
                and not _KATA.match(line, m.start() - 1))) and free_over(  # (所属事務所のサニーサイド・プロ; not
            # 会社のアンナ・ミラー, one of its people, nor ペースメーカーの)
                free, heads, toks.starts[i], toks.ends[j - 1]) and (toks.starts[i], toks.ends[j - 1]) not in spans:
            spans.append((toks.starts[i], toks.ends[j - 1]))
    for m in _FOREIGN_WORD.finditer(line):  # Googleの株価, OpenAIは…を発表した; ファーストリテイリングの創業者
        s, e = m.span()
        after = line[e:e + 1]
        if (s and line[s - 1] not in _CLAUSE) or not after or after not in _PARTICLE or not free_over(free, heads, s, e):
            continue
        k, n = bisect_left(toks.starts, s), bisect_left(toks.ends, e)
        if k >= len(toks) or toks.starts[k] != s or n >= len(toks) or toks.ends[n] != e:
            continue
        if any(toks.pos2[x] in ("人名", "地名") or toks.pos1[x] == "固有名詞" for x in range(k, n + 1)):
            continue  # a person's or place's word; a proper noun is the runs' above
        if m.group()[0].isascii():
            if m.group() not in COMMON_ACRONYMS and (_CORP_NOUN.match(line, e) or (
                    after in "はが" and _CORP_VERB.search(line, e, _end(line, e)))):
                spans.append((s, e))
        elif n > k and _OWNED.match(line, e) and toks.surfaces[n] not in _KINDS:
            spans.append((s, e))
    for m in _PRESS.finditer(line):
        e = _kata_end(line, m.end())
        if e - m.end() >= 2 and free_over(free, heads, m.end(), e):
            spans.append((m.end(), e))
    for m in _ACRONYM_PLACE.finditer(line):
        e = _place_end(line, toks, m.end())
        if e and free_over(free, heads, m.start(), e) and m.group().rstrip() not in ROLE_ACRONYMS:
            spans.append((m.start(), e))
    for m in _FOUNDED.finditer(line):  # ハワード・キャピタルを創業した, 社名をパナソニックに変えた
        g = 1 if m.group(1) else 2
        if free_over(free, heads, m.start(g), m.end(g)) and m.group(g) not in _COMMON_FIRMS:
            spans.append(m.span(g))
    for m in _FOREIGN_FIRM.finditer(line):  # グローバル・ロジスティクス社, ABC社
        if line[m.end():m.end() + 1] in _PARTICLE and free_over(free, heads, m.start(), m.end()):
            spans.append(m.span())
    for m in _DOTTED_FIRM.finditer(line) if "・" in line else ():  # スーパーを展開するフレッシュ・ミナトは, 卸、カネヨ・
        s, e = m.span("name")  # シーフーズは, 町内のホテル・ナラハラ: a name of katakana parts a business is told by
        if (line[e:e + 1] in _PARTICLE or _SHOP_KIND.match(line, s)) and free_over(free, heads, s, e) and (s, e) not in spans:
            spans.append((s, e))
    spans += trade_orgs(line, toks, lambda s, e: free_over(free, heads, s, e), _CATEGORY_SET_OFF, _CORP_VERB)
    spans += _joined(line, toks, runs, spans, free, heads)
    spans = sorted(set(spans))
    return spans, {line[s:e] for s, e in spans}


def _joined(line: str, toks: Toks, runs: list[tuple[int, int]], spans: list[tuple[int, int]], free,
            heads) -> list[tuple[int, int]]:
    """Names joined by と, や or 、 right before a company found (キヤノンとニコンは…を発表した): each of the
    same kind as a company's name (a proper noun, katakana, a shop's)."""
    ends = {toks.ends[j - 1]: (i, j) for i, j in runs}
    out: list[tuple[int, int]] = []
    for s, _ in spans:
        while s > 1 and line[s - 1] in "と、や" and (run := ends.get(s - 1)) is not None:
            start = toks.starts[run[0]]
            if _kind(toks, *run) not in ("name", "shop") or not free_over(free, heads, start, s - 1):
                break
            out.append((start, s - 1))
            s = start
    return out


def _runs(toks: Toks) -> list[tuple[int, int]]:
    """(i, j) of each run of nouns (and ・) that holds a proper noun or a shop's 堂 / 屋 / 家: read out from
    those words only (found in C among the words' classes), not word by word over the line."""
    seeds = list(toks.where("pos1", "固有名詞"))
    if not _SHOP.isdisjoint(toks.surfaces):  # (in C: most lines have none)
        seeds += [x for x, w in enumerate(toks.surfaces) if w in _SHOP]
    if not seeds:
        return []
    n, pos, surf, starts, ends = len(toks), toks.pos, toks.surfaces, toks.starts, toks.ends
    out: list[tuple[int, int]] = []
    done = -1
    for x in sorted(seeds):
        if x < done or (pos[x] not in _NOUN and surf[x] != "・"):
            continue
        i, k = x, x + 1
        while i > 0 and starts[i] == ends[i - 1] and (pos[i - 1] in _NOUN or surf[i - 1] == "・"):
            i -= 1
        while k < n and starts[k] == ends[k - 1] and (pos[k] in _NOUN or surf[k] == "・"):
            k += 1
        out.append((i, k))
        done = k
    return out


def _kind(toks: Toks, i: int, j: int) -> str | None:
    """What a run may name: `name` (proper nouns and katakana, トヨタ, ケンタッキー・フライド・チキン),
    `club` (a place and katakana, 浦和ダイヤモンズ), `shop` (a word and 堂 / 屋 / 家: 資生堂, 吉野家), `firm`
    (a surname and a common word: 豊田自動織機); None for a person, a place or anything else."""
    surf, pos1, pos2 = toks.surfaces, toks.pos1, toks.pos2
    words = [x for x in range(i, j) if surf[x] != "・"]
    if not words or surf[i] == "・" or surf[j - 1] == "・":
        return None
    if any(_HIRAGANA.search(surf[x]) for x in words):
        return None  # a character's name (ドラえもん), a word read across a verb; companies are rarely so written
    kata = [bool(_KATA.fullmatch(surf[x])) for x in words]
    proper = [pos1[x] == "固有名詞" for x in words]
    if any(pos2[x] == "数詞" or toks.pos[x] != "名詞" and surf[x] not in _SHOP for x in words):
        return None
    if pos2[words[0]] == "人名" and (kata[0] or len(words) == 1) or (len(words) == 1 and pos2[words[0]] == "地名"):
        return None  # a person (ジョン・ミラー), a place
    if all(k or (p and pos2[x] == "一般") for x, k, p in zip(words, kata, proper)) and any(proper):
        return "name" if not any(pos2[x] == "地名" for x in words) or all(kata) else None
    if (all(pos2[x] == "地名" for x, k in zip(words, kata) if not k) and kata[-1] and not kata[0]
            and len(words) <= 3):
        return "club"
    if surf[j - 1] in _SHOP and len(words) == 2 and len(surf[words[0]]) >= 2 and not kata[0]:
        return "shop"
    if (len(words) in (2, 3) and pos2[words[0]] in ("人名", "一般") and proper[0]
            and not any(proper[1:]) and not any(kata) and sum(len(surf[x]) for x in words[1:]) >= 3):
        return "firm"
    return None


# Words that end what a company has or does, not its name (レーベルのスタッフ, 事務所の新人タレント)
_NOT_NAME_END = frozenset("スタッフ メンバー タレント アーティスト 担当 担当者 社員 職員 工場 店舗 本社 支社 支店 部門 事業 商品 製品 "
                          "サービス ブランド 作品 番組 社長 会長 代表 幹部 関係者 ビル サイト アプリ".split())


def _mixed(toks: Toks, i: int, j: int) -> bool:
    """Words i..j are nouns in katakana and in kanji both (ルミエール + 芸能, 波止場 + レコーズ), four characters or more,
    no place's or number's word among them nor a person's in kanji, and not closed by a word for what a company has or
    does (スタッフ研修)."""
    words = [x for x in range(i, j) if toks.surfaces[x] != "・"]
    kata = [bool(_KATA.fullmatch(toks.surfaces[x])) for x in words]
    return (len(words) >= 2 and any(kata) and not all(kata) and toks.ends[j - 1] - toks.starts[i] >= 4
            and all(toks.pos[x] == "名詞" and toks.pos1[x] != "数詞" and toks.pos2[x] != "地名"
                    and (k or toks.pos2[x] != "人名") for x, k in zip(words, kata))
            and all(_KANJI_WORD.fullmatch(toks.surfaces[x]) for x, k in zip(words, kata) if not k)
            and toks.surfaces[j - 1] not in _NOT_NAME_END and toks.pos2[j - 1] != "サ変可能"  # (スタッフ研修: a deed)
            and not TITLE_RE.fullmatch(toks.surfaces[j - 1]))  # (ソフィア・リンドベリ博士: a person and her title)


_KANJI_WORD = re.compile(r"[\u4e00-\u9fff々]+")


def _end(line: str, at: int) -> int:
    stop = line.find("。", at)
    return stop if stop >= 0 else len(line)


def _match_result(line: str, toks: Toks, e: int) -> bool:
    """After `Xは`: another club and a match's result (…、Yと１−１で引き分けた)."""
    m = _RESULT.search(line, e, _end(line, e))
    if m is None:
        return False
    k = next((x for x in range(len(toks)) if toks.ends[x] == m.start()), None)
    if k is None:
        return False
    i = k
    while i > 0 and toks.starts[i] == toks.ends[i - 1] and (toks.pos[i - 1] in _NOUN or toks.surfaces[i - 1] == "・"):
        i -= 1
    return _kind(toks, i, k + 1) in ("name", "club")


def _subject_club(line: str, toks: Toks, s: int) -> bool:
    """Before `Yと…引き分けた`: a club as the clause's subject (Xは、)."""
    at = max(line.rfind("は", 0, s), line.rfind("が", 0, s))
    if at <= 0 or "。" in line[at:s]:
        return False
    k = next((x for x in range(len(toks)) if toks.ends[x] == at), None)
    if k is None:
        return False
    i = k
    while i > 0 and toks.starts[i] == toks.ends[i - 1] and (toks.pos[i - 1] in _NOUN or toks.surfaces[i - 1] == "・"):
        i -= 1
    return (not toks.starts[i] or line[toks.starts[i] - 1] in _CLAUSE) and _kind(toks, i, k + 1) in ("name", "club")


def _full_name(toks: Toks, k: int) -> bool:
    """A surname and a given name from word k (早瀬 + 拓海), then a particle or a comma."""
    return (k + 2 < len(toks) and toks.pos3[k] == "姓" and toks.pos3[k + 1] == "名"
            and toks.surfaces[k + 2] in ("は", "が", "、", "も"))


def _kata_end(line: str, at: int) -> int:
    """The end of the katakana name (with ・) from `at`, or `at` when it runs into kanji."""
    e = at
    while e < len(line) and ("ァ" <= line[e] <= "ヺ" or line[e] in "ー・"):
        e += 1
    if e < len(line) and ("\u4e00" <= line[e] <= "\u9fff") or line[e - 1:e] == "・":
        return at
    return e


def _place_end(line: str, toks: Toks, at: int) -> int:
    """After an acronym at `at`: the end of a place's words (東 + 日本, 東海), when a particle follows."""
    k = next((x for x in range(len(toks)) if toks.starts[x] == at), None)
    if k is None:
        return 0
    if toks.surfaces[k] in ("東", "西", "南", "北") and k + 1 < len(toks):
        k += 1
    if toks.pos2[k] != "地名":
        return 0
    e = toks.ends[k]
    return e if line[e:e + 1] and line[e] in _PARTICLE else 0


def free_over(free, heads: dict[int, tuple[int, bool]], s: int, e: int) -> bool:
    """Nothing found in s..e but places the name may hold (日本 of JR東日本)."""
    p = s
    while p < e:
        if p in heads and heads[p][0] <= e:
            p = heads[p][0]
        elif free(p, p + 1):
            p += 1
        else:
            return False
    return True


def free_but(free, heads: dict[int, tuple[int, bool]], s: int, e: int, inner: "list[tuple[int, int]]") -> bool:
    """Nothing found in s..e but places the name may hold and the spans `inner` (the parts of a longer name found
    already, which give way to it: 花沢ほのか of 尾花沢ほのか)."""
    at = s
    for a, b in sorted(inner):
        if a > at and not free_over(free, heads, at, a):
            return False
        at = max(at, b)
    return at >= e or free_over(free, heads, at, e)
