"""Organisations named bare, as business news names a company (シャープ, 花王, 日本郵政, 任天堂): no suffix, no
gazetteer entry, and UniDic reading the name as a common word as often as a proper noun. What tells them is what
only a body does or has, read as classes of context, never as a list of names:

- the subject (Xは, Xが at a clause's start) of a body's act in its clause: an act done to something
  (…を値上げする, …を買収した, …の出荷を始めた: an object before it, active voice), an act a body does alone
  (経営統合する, 出店する, 上場した), a result only a company posts (増益となった, 赤字に転落した), or what
  only a body owns as the act's object (本社を縮小する, 株主総会を開いた, 初任給を…にする);
- the owner (Xの at a clause's start) of what only a company has (Xの社長, Xの株価, Xの労組, Xの土屋社長);
- the object of a body's act on a body (Xを買収する, Xを傘下に, Xを運営する / 展開する);
- each name joined to one so found by と, や or 、 (佐川とヤマトは…).

X is a run of nouns whose form may be a company's (`bare_forms`): a name's counts with what any body does or has;
a common word's (花王, みずほ, 日立, 日本郵政) only with what a company alone does or has (値上げ, 出荷, 増益, 株主総会;
Xの社長, Xの株価), not with what any body does (導入, 停止, 赤字: a government, a country, a trade balance) nor
with 発表 (a person announces too); a person's word only as the object (ドン・キホーテを運営する; 田中は…出店する
is a person's). The words found are the organisation's wherever the article names them again (`again`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .name import KIN
from .org_context import CATEGORIES, free_over
from .bare_forms import NAMES as _NAMES, form as _form
from .roles import trie
from .tokens import Toks

if TYPE_CHECKING:
    from .lines import Line

# Acts a body does to something: its object (…を) stands before the act in the clause.
# Those only a company does (値上げ, 出荷), and those of any body (導入, 停止: a government's, a country's too).
_COMPANY_ACTS_ON = "値上げ 値下げ 発売 出荷 買収 売却 受注".split()
_ACTS_ON = _COMPANY_ACTS_ON + ("閉鎖 新設 増設 稼働 生産 削減 縮小 引き上げ 引き下げ 据え置 展開 運営 開設 設立 出資 取得 "
                              "導入 再開 開発 停止 統合").split()
# Acts a body does alone (no object needed): listings, shops opened, flights added; mergers, ties.
_COMPANY_ACTS_ALONE = "経営統合 上場 出店 開業 閉店 増便 減便 増産 減産 満額".split()
_ACTS_ALONE = _COMPANY_ACTS_ALONE + "提携 合併 撤退 参入".split()
# Results only a company posts, before と / に / だ (増益となった, 赤字に転落した).
_RESULTS = "増収 減収 増益 減益 赤字 黒字 最高益 最終赤字 最終黒字 営業赤字 営業黒字".split()
# What only a body owns, as the object of its act (本社を縮小する, 初任給を引き上げる).
_COMPANY_OBJECTS = ("子会社 新店舗 大型店 新業態 業績予想 希望退職 人員削減 初任給 株主総会 配当 新モデル 新商品 新製品 "
                    "新型車 国際線 製油所 出荷価格").split()
_OWNED_OBJECTS = _COMPANY_OBJECTS + "本社 工場 新工場 傘下 店舗 時給 路線 運賃 新卒採用 事業".split()
# What a company posts, in the clause of its announcement (花王が発表した…決算は).
_POSTED = re.compile("決算|純利益|営業利益|経常利益|売上高|最終利益")
# What only a company has, after Xの.
_OWNED = "社長 会長 副社長 前社長 株価 株主総会 決算 決算会見 労組 労働組合 経営陣 創業者 筆頭株主".split()
_TOPS = ("社長", "会長", "副社長", "前社長", "最高経営責任者")  # Xの土屋社長: a company's head by name
_CHIEFS = ("社長", "副社長", "前社長")
# A body's act on another body: its object (Xを) before it.
_ON_BODY = ("を買収 を傘下 を運営 を展開 を子会社化 を完全子会社 を吸収合併 の買収").split()
_ACT_ON = re.compile(trie(_ACTS_ON) + r"(?=[すしさせるたてくき]|を|と[発表])")
_COMPANY_ACT_ON = re.compile(trie(_COMPANY_ACTS_ON) + r"(?=[すしさせるたてくき]|を|と[発表])")
_BEGUN = re.compile("を(?:始め|開始|再開|停止|中止|拡大|強化|縮小)")  # 出荷を始めた: the act begun, its object before
_ACT_ALONE = re.compile(trie(_ACTS_ALONE) + r"(?=[すしさせ]|を|と[なし]|の|で)")
_COMPANY_ACT_ALONE = re.compile(trie(_COMPANY_ACTS_ALONE) + r"(?=[すしさせ]|を|と[なし]|の|で)")
_RESULT = re.compile(trie(_RESULTS) + r"(?=[とにだ])")
# Those only a company's accounts post (a trade balance or a budget is in the red too: 貿易収支は赤字).
_COMPANY_RESULT = re.compile(trie("増益 減益 最高益 最終赤字 最終黒字 営業赤字 営業黒字".split()) + r"(?=[とにだ])")
_OWNED_OBJECT = re.compile(trie(_OWNED_OBJECTS) + "[をに]|事業の")
_COMPANY_OBJECT = re.compile(trie(_COMPANY_OBJECTS) + "[をに]")
# A company's too, but for a place's word (a town's bus fares): a price it charges raised or cut (保険料を引き上げる),
# its staff's pay and terms (社員の待遇を改善する).
_PRICED = re.compile("(?:保険料|料金|運賃|金利|価格)を(?:引き上げ|引き下げ|据え置)|(?:社員|従業員)の(?:待遇|賃金|給与|処遇)")
_UNIT = re.compile(r"[^、。はがをにのと]{0,8}?(?:事業|部門)(?=[はがをにの])")  # 楽天の携帯電話事業は
_OWNED_AFTER = re.compile(trie(_OWNED))
_ON = re.compile(trie(_ON_BODY))
_ANNOUNCED = re.compile("と発表|を発表|発表し|と明らかに|を明らかに")
_PASSIVE = re.compile(r"され|させられ")
# The act inside a clause that names another thing (生産を削減する企業が): no act of the subject's, but its plan
_RELATIVE_ACT = re.compile(r"(?:[すさ]せ?る|[しさ]せ?た)(?=[\u4e00-\u9fffァ-ヺ])(?!計画|方針|予定|考え|見通し|構え|意向)")
# The lines these rules read: one of the words of their contexts stands in them (searched once an article).
# (the words of every context as one tree, read in one pass over the article: a word a line's anchors need)
SIGNS = (re.compile(trie(set(_ACTS_ON + _ACTS_ALONE + _RESULTS + _OWNED_OBJECTS + [w[1:] for w in _ON_BODY] + _OWNED
                             + list(_TOPS) + "発表 明らかに 社員 従業員 部門".split()))),)

_CLAUSE = "、。「」『』（）()\n"
_RELATIVE = re.compile("を(?:運営|展開)(?:する|している)$|を傘下に(?:持つ|収める)$")  # …を運営する良品計画は
_KIND_BEFORE = re.compile(f"(?:{trie(sorted(CATEGORIES))})[の、]$")  # コンビニ大手のファミリーマートは
_QUOTE = re.compile("「[^」]*」と")
_NOUN = frozenset(("名詞", "接尾辞"))
_JOIN = "と、や"
_STOP = re.compile("。")
_SUBJECT = re.compile("[はが]")
# The words of those contexts as one tree (a sentence without one has no subject to read back from)
_CUES = re.compile(trie(_ACTS_ON + _ACTS_ALONE + _RESULTS + _OWNED_OBJECTS + "発表 明らかに 社員 従業員".split()))
_OWNER = re.compile("の(?=" + trie(_OWNED + ["買収"]) + r"|[\u4e00-\u9fff]{1,5}(?:社長|会長|副社長|前社長|最高経営責任者))"
                    "|を(?=" + trie([w[1:] for w in _ON_BODY if w[0] == "を"]) + ")")
_OWNER_UNIT = re.compile(r"の(?=[^、。はがをにのと]{0,8}?(?:事業|部門))")  # (read where 事業 or 部門 stands only)
_OWNED_KANJI = re.compile(trie(_CHIEFS + ("株価", "株主総会", "決算")))


def bare_orgs(x: "Line", heads: dict[int, tuple[int, bool]]) -> list[tuple[int, int]]:
    """(start, end) of the bare organisations in the line `x` (`lines.Line`). `heads`: start -> (end, a country?)
    of the places found in it so far, which a name may hold (日本 of 日本郵政) but never be on its own (米国は)."""
    line, titles = x.text, x.marks
    anchors = _anchors(line)  # (read back from the particles a context follows: a few a line, found in C)
    if not anchors:
        return []  # (the line's words not made for nothing)
    toks = x.toks

    def open_(a: int, b: int) -> bool:
        return free_over(x.free, heads, a, b) and not (a in heads and heads[a][0] >= b)
    found: list[tuple[int, int]] = []
    for e in anchors:
        j = bisect_left(toks.starts, e)
        if j >= len(toks) or toks.starts[j] != e:
            continue
        k = _run_start(toks, j)
        if k < j and (not toks.starts[k] or _opens(line, toks.starts[k])) and _body(line, toks, j, line[e], "proper"):
            span = _span(line, toks, k, j, open_, titles)  # (the context read first as a name's: the widest)
            if span is not None and (span[2] in _NAMES or _body(line, toks, j, line[e], span[2])):
                found.append(span[:2])
    if found:
        found += _joined(line, toks, found, open_, titles)
    return sorted(set(found))


def _anchors(line: str) -> list[int]:
    """Where a particle a body's context follows stands: は / が in a sentence with a body's act or result in it,
    の before what a company has, を before an act on a body."""
    out: list[int] = []
    at = 0
    for stop in (*(m.start() for m in _STOP.finditer(line)), len(line)):
        if stop > at and _CUES.search(line, at, stop) is not None:
            out += [m.start() for m in _SUBJECT.finditer(line, at, stop)]
        at = stop + 1
    out += [m.start() for m in _OWNER.finditer(line)]
    if "事業" in line or "部門" in line:
        out += [m.start() for m in _OWNER_UNIT.finditer(line)]
    return out


def _run_start(toks: Toks, j: int) -> int:
    """The first of the run of nouns (and ・) that ends before word j."""
    pos, surf, starts, ends = toks.pos, toks.surfaces, toks.starts, toks.ends
    k = j
    while k > 0 and (pos[k - 1] in _NOUN or surf[k - 1] in "・―") and (k == j or starts[k] == ends[k - 1]):
        k -= 1
    return k


def _opens(line: str, s: int) -> bool:
    """A name may start at `s`: a clause's start, after と / や, after the kind of business (コンビニ大手の), or
    after a clause that runs it (…を運営する)."""
    c = line[s - 1]
    if c in _CLAUSE or c in _JOIN:
        return True
    if c == "の":
        return _KIND_BEFORE.search(line, max(0, s - 8), s) is not None
    return c in "るつ" and _RELATIVE.search(line, max(0, s - 10), s) is not None


def _span(line: str, toks: Toks, k: int, j: int, open_, titles) -> "tuple[int, int, str] | None":
    """(start, end, form) of the name the run of words k..j may be, or None."""
    surf = toks.surfaces
    cut = max((x for x in range(k, j - 1) if surf[x] in CATEGORIES), default=-1)
    if cut >= 0:  # 米鉄鋼大手USスチール: the name after its kind
        k = cut + 1
    form = _form(toks, k, j)
    if form is None or form not in _NAMES and (cut >= 0 or line[toks.starts[k] - 1:toks.starts[k]] == "の"):
        return None  # after its kind, a name's form only (大手銀行, 自動車大手の幹部: common words)
    s, e = toks.starts[k], toks.ends[j - 1]
    if not open_(s, e) or any(s < a < e for a, _ in titles) or line[s:e] in KIN:  # (ダシルバ市長が; 父親が…売却し)
        return None
    return s, e, form


def _body(line: str, toks: Toks, j: int, after: str, form: str) -> bool:
    """Whether the context after a run (`j`: its next word, `after`) is a body's."""
    e = toks.starts[j]
    if after in ("は", "が"):
        if form == "person":
            return False  # (田中は、…出店すると発表した: a person's word is a company's only as its object)
        clause = _QUOTE.sub("", line[e:_clause_end(line, e)])
        if _strong(clause, form in _NAMES) or form != "place" and _PRICED.search(clause) is not None:
            return True
        if _ANNOUNCED.search(clause) is None:
            return False  # (a person announces too; no person nor place posts results: オリンパスが発表した決算)
        return form in _NAMES or _POSTED.search(clause) is not None
    if after == "の":
        if _top(toks, j + 1, _TOPS if form in _NAMES else _CHIEFS):
            return True  # (町内会の仁科会長: an association's head, no company's)
        if form not in _NAMES:  # (製造業の労組, 医療機器の子会社: a kind of business's)
            return _OWNED_KANJI.match(line, e + 1) is not None
        if _OWNED_AFTER.match(line, e + 1):
            return True
        return line.startswith("買収", e + 1) or _UNIT.match(line, e + 1) is not None
    if after == "を":
        return (form in _NAMES or form == "person") and _ON.match(line, e) is not None  # (ドン・キホーテを運営する)
    return False


def _top(toks: Toks, k: int, tops: tuple[str, ...]) -> bool:
    """A person's name from word k (one or two 人名 words), then a company's head (土屋社長, 金城晃浩会長)."""
    n = len(toks)
    x = k
    while x < n and x < k + 2 and toks.pos2[x] == "人名":
        x += 1
    return k < x < n and toks.surfaces[x] in tops


def _strong(clause: str, name: bool) -> bool:
    """An act only a body does in the clause after its subject; only a company's, when the subject's form is
    no name's (`name`: 花王, 日立 and みずほ are common words, a place's and a person's in UniDic)."""
    for m in (_ACT_ON if name else _COMPANY_ACT_ON).finditer(clause):
        if ("を" in clause[:m.start()] or _BEGUN.match(clause, m.end())) and _own(clause, m.end()):
            return True
    for rx in (_ACT_ALONE, _RESULT, _OWNED_OBJECT) if name else (_COMPANY_ACT_ALONE, _COMPANY_RESULT, _COMPANY_OBJECT):
        found = rx.search(clause)
        if found is not None and _own(clause, found.end()):
            return True
    return False


def _own(clause: str, at: int) -> bool:
    """The act ending at `at` is the subject's: active, and not in a clause before another noun."""
    return not _PASSIVE.match(clause, at) and not _RELATIVE_ACT.match(clause, at)


def _clause_end(line: str, e: int) -> int:
    """Where the subject's clause ends: the sentence's end, or a quotation's start."""
    stop = line.find("。", e)
    return stop if stop >= 0 else len(line)


def _joined(line: str, toks: Toks, found: list[tuple[int, int]], open_, titles) -> list[tuple[int, int]]:
    """Names right before a body found and joined to it by と, や or 、 (佐川とヤマトは): of a name's form, or
    common kanji words (北辰化学と; not 物価と)."""
    out: list[tuple[int, int]] = []
    for s, _ in found:
        while s > 1 and line[s - 1] in _JOIN:
            j = bisect_left(toks.starts, s - 1)
            k = _run_start(toks, j) if j < len(toks) and toks.starts[j] == s - 1 else j
            if k == j or toks.starts[k] and not _opens(line, toks.starts[k]):
                break
            span = _span(line, toks, k, j, open_, titles)
            if span is None or span[2] not in _NAMES and span[2] != "placed" and (span[2] != "kanji" or j - k < 2):
                break
            out.append(span[:2])
            s = span[0]
    return out


def again(line: str, names: set[str], free) -> list[tuple[int, int]]:
    """Where a bare organisation found in the article is named again as a word of its own: before a particle or
    a comma, at a clause's start or after と / や (日立は … 日立の担当者は)."""
    out = []
    for name in names:
        at = line.find(name)
        while at >= 0:
            end = at + len(name)
            if ((not at or line[at - 1] in _CLAUSE or line[at - 1] in _JOIN) and line[end:end + 1]
                    and line[end] in "はがのもをとにや、" and free(at, end)):
                out.append((at, end))
            at = line.find(name, end)
    return out
