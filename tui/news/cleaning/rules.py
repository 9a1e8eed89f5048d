"""The removal rules: each a name, what it removes, and the test or finder that picks those lines.

`RULES` is the table the cleaner runs, in its order. A rule about one line at a time has a
`test` of the line's text; a rule that must see the page (what comes before or after, what
repeats) has a `find`, from the `Page` to the lines it removes, and may note on the page what it
learns (a credit's citation, a dateline's date). Every rule is a general pattern about how pages
are built, never a string from one page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .classifier import classify
from .credits import split_credit
from .kinds import ARROW, BULLET, TABLE_RULE
from .page import Line, Page
from .text import DATELINE_MAX, SENTENCE_END, date_first, dateline, has_month_day, is_heading_like, norm, page_year, parse_date, strip_marks

LineTest = Callable[[str], bool]
Finder = Callable[[Page], Iterable[Line]]

_DATE_LABEL = re.compile(
    r"^(?:公開日|投稿日|更新日|配信日|掲載日|公開|投稿|更新|配信|Published|Updated|Posted|Date)"
    r"(?:時)?\s*[:：]?\s*(?P<date>.+)$",
    re.I,
)

_NEXT_PAGE = re.compile(
    r"^(?P<page>次のページ(?:を読む|へ)?|次ページ(?:へ)?|続きは次のページ|NEXT\s*PAGE|Next page)"
    r"|^(?:次へ|Next|NEXT)\s*[⇒→＞>»≫]*\s*$",
    re.I,
)
_NEXT_FIRST = "次続Nn"  # what `_NEXT_PAGE` opens with, in either case
_NEXT_TAIL = re.compile(r"\s*[⇒→＞>»≫]*\s*$")

_DATE_LABEL_FIRST = "公投更配掲PUDpud"  # what `_DATE_LABEL` opens with, in either case

# An ad: a line that is only a word naming one, or a phrase announcing one anywhere in a line.
_AD_WORDS = "広告|PR|AD|Sponsored|Advertisement|スポンサーリンク|スポンサードリンク|Sponsored Link"
_AD_PHRASES = "広告の下に|記事の続きがあります|ペコリ|プロモーションを含み|アフィリエイト広告|スポンサーリンク"
_AD = re.compile(rf"^(?:{_AD_WORDS})$|{_AD_PHRASES}", re.I)  # the rule in one pattern (`is_ad` tries its two parts)
_AD_WORD, _AD_PHRASE = re.compile(rf"(?:{_AD_WORDS})$", re.I), re.compile(_AD_PHRASES, re.I)
# The longest line that can be only such a word ('$' allows a final newline; case is matched a character at a time).
_AD_WORD_MAX = max(map(len, _AD_WORDS.split("|"))) + 1

# A marker over a list of other articles: 'related', 'recommended', 'popular', 'latest', a ranking,
# perhaps after one category word or '… の', in marks or brackets, with '(1時間)' or '一覧' after it.
_RELATED = re.compile(
    r"^[■□◆◇●○▼▽▶►★☆【\[<＜]*\s*(?:[^\s。、]{1,8}\s+)?"
    r"(?:(?:.{1,20}の)?関連(?:する)?(?:記事|ニュース|情報|リンク|動画)|"
    r"(?:あなたに|こちらの記事も)?おすすめ(?:の)?(?:記事|ニュース)?|[あ合]わせて読みたい(?:記事)?|"
    r"(?:人気|注目|最新|新着|最近)(?:の)?(?:記事|ニュース|投稿|(?:企業)?リリース)(?:ランキング)?|"
    r"(?:アクセス|記事)?ランキング|よく読まれている(?:記事|ニュース)|こんな記事も読まれています|"
    r"Related(?: articles| posts| news)?|Recommended|Popular(?: articles| posts)?|Latest(?: news)?)"
    r"\s*(?:[(（][^)）]{1,10}[)）])?\s*(?:一覧|を?もっと見る)?\s*[】\]>＞]*\s*[:：]?$",
    re.I,
)
LIST_ITEM_MAX = 60  # an item of such a list is a headline: short
_NUMBERED_ITEM = re.compile(r"^(?:\d{1,2}(?:位|[.)．）]|\s)|[①-⑳]|[-*+・•●◦▪▶►【])")
_ARTICLE_HEADING = re.compile(r"^(?:#|[■◆□◇])")
_NAV_SEPARATOR = re.compile(r"\s[|｜/／]\s|[|｜]")  # a footer's or a menu's items, not a headline

_CHROME_WORDS = {
    "find", "go", "logo", "menu", "opener", "open", "close", "search", "home", "login", "log", "in",
    "sign", "up", "subscribe", "share", "tweet", "skip", "to", "content", "main", "navigation", "nav",
    "toggle", "back", "top", "print", "email", "facebook", "twitter", "x", "line", "hatena",
    "pocket", "rss", "feed", "copy", "link", "language", "english", "pagetop", "page",
    "メニュー", "ホーム", "トップ", "トップページ", "ログイン", "ログアウト", "新規登録", "会員登録",
    "検索", "閉じる", "開く", "シェア", "ツイート", "はてブ", "ブックマーク", "印刷", "もっと見る",
    "一覧", "カテゴリー", "カテゴリ", "タグ", "サイトマップ", "お問い合わせ", "プライバシーポリシー",
    "利用規約", "運営会社", "ページトップへ", "ページの先頭へ", "先頭へ", "戻る", "lineで送る",
    "日本語", "このページの先頭へ", "トップへ戻る",
}
_CHROME_SPLIT = re.compile(r"[\s|｜/／・>＞›»]+")
_CHROME_OR_EMPTY = frozenset({*_CHROME_WORDS, ""})
_COPYRIGHT_START, _RIGHTS = re.compile(r"©|\(c\)|Copyright\b|著作権", re.I), re.compile("All Rights Reserved", re.I)
_BREADCRUMB = re.compile(r"^(?:ホーム|トップ|TOP|Home)\s*[>＞›»/]", re.I)
_CHROME_FIRST = "©(cC著ホトTtHh"  # what `_COPYRIGHT_START` and `_BREADCRUMB` open with, in either case
_TOC = re.compile(r"^(?:目次|もくじ|この記事の目次|Contents|Table of contents)\s*[:：]?$", re.I)
_TOC_FIRST = "目もこCcTt"  # what `_TOC` opens with, in either case
_HRULE = re.compile(r"^(?:[-*_=＝ー─━]\s*){3,}$")

TEASER_MAX_LINES = 3


@dataclass(frozen=True)
class Rule:
    """A named cleaning rule: what it removes, and the `test` of a line or the `find` over the page that picks it."""

    name: str
    description: str
    test: LineTest | None = None
    find: Finder | None = None
    after_typing: bool = False  # runs once lines have their kinds (heading, list…), and may read them

    def __post_init__(self) -> None:
        if (self.test is None) == (self.find is None):
            raise ValueError(f"rule {self.name!r} needs a test or a find, and only one of them")


# --- rules about one line -------------------------------------------------------------------


def is_chrome(text: str) -> bool:
    """Site chrome: a line of menu words only, a breadcrumb, a copyright notice."""
    # "All Rights Reserved" needs a space: most lines have none and skip that search; a notice or a breadcrumb
    # opens with one of a few characters.
    if ((text[:1] in _CHROME_FIRST and (_COPYRIGHT_START.match(text) or _BREADCRUMB.match(text)))
            or (" " in text and _RIGHTS.search(text))):
        return True
    if len(text) > 80 or "。" in text or "、" in text:
        return False  # no chrome word holds 。 or 、, and neither separates words: a sentence
    words = _CHROME_SPLIT.split(text.lower())  # (empty at the ends when separators open or close the line)
    return any(words) and _CHROME_OR_EMPTY.issuperset(words)


def is_ad(text: str) -> bool:
    """An advertising notice: a short line that names or announces an ad."""
    # (`_AD` in two parts: the words are tried only at the start of a short line, the phrases in any line.)
    return len(text) <= 60 and ((len(text) <= _AD_WORD_MAX and _AD_WORD.match(text) is not None)
                                or _AD_PHRASE.search(text) is not None)


def is_related(text: str) -> bool:
    """A related-articles marker."""
    return _RELATED.match(text) is not None


def is_list_item(text: str) -> bool:
    """An item of a list of other articles: a short headline, perhaps numbered, bulleted or dated, not a
    sentence (no 。; a closing ！ or ？ only after a number, a bullet or a 【tag】), nor a heading of the
    article, nor a row of menu or footer links."""
    if len(text) > LIST_ITEM_MAX or "。" in text or _ARTICLE_HEADING.match(text) or _NAV_SEPARATOR.search(text):
        return False
    return not text.endswith(("！", "？", "!", "?", "、")) or _NUMBERED_ITEM.match(text) is not None


def is_layout(text: str) -> bool:
    """A layout mark: a table's rule row, a timeline arrow, a horizontal rule, marks only."""
    if "。" in text or "、" in text:
        return False  # a sentence, the usual line: none of the marks holds 。 or 、
    return bool(TABLE_RULE.match(text) or ARROW.match(text) or _HRULE.match(text) or not strip_marks(text))


# --- rules that see the page ----------------------------------------------------------------


def credits(page: Page) -> Iterator[Line]:
    """Credit lines; a sentence glued after a credit is cut off into a line of its own, which stays."""
    lines: list[Line] = []
    found: list[Line] = []
    for line in page.lines:
        credit = None if line.removed else split_credit(line.text)
        if credit is None:
            lines.append(line)
            continue
        credit_text, citation, after = credit
        found.append(Line(credit_text, citation=len(page.citations)))
        page.citations.append(citation)
        lines.append(found[-1])
        if after:
            lines.append(Line(after))
    if found:  # (else the page's lines stand as they were read)
        page.lines = lines
        page.renumber()
    return iter(found)


DATELINE_TOP = 8  # a page's own dateline stands within its first lines


def datelines(page: Page) -> Iterator[Line]:
    """Short 'label: date' lines, and near the top lines that are nothing but a date, each noted with
    its date. The first dateline near the top (its date, in any common form) dates the page."""
    live = page.live()
    top = {x.idx for x in live[:DATELINE_TOP]}
    # Above the first line of running text, a line that is nothing but a date is a dateline too (a government
    # page's date under a long header).
    head = next((x.idx for x in live if is_running_text(x.text)), len(page.lines))
    year: list[int | None] = []  # the page's year, for a date written without one: found when first needed
    for line in page.lines:
        if line.removed:
            continue
        m = _DATE_LABEL.match(line.text) if line.text[:1] in _DATE_LABEL_FIRST else None
        date = parse_date(m["date"]) if m and len(line.text) <= 40 else None
        pure = date is not None
        # (Only a short line without a full stop can be a dateline: `dateline`.)
        if ((line.idx in top or line.idx < head) and len(line.text) <= DATELINE_MAX and "。" not in line.text
                and not _in_timeline(page, line)):
            found, alone = dateline(line.text)
            if found is None and has_month_day(line.text):
                if not year:
                    year.append(page_year(x.text for x in page.lines))
                found, alone = dateline(line.text, year[0])
                if (found is None and year[0] is None and line.idx in top and _STAMPED.search(line.text)
                        and dateline(line.text, NO_YEAR)[1]):
                    pure = True  # a month and day with its time or label, its year nowhere on the page: no date
            if found and page.published is None and line.idx in top:
                page.published, page.published_at = found, line
            if found and alone and not pure:
                date, pure = found, True
        if pure:
            line.date = date
            yield line


NO_YEAR = 2000  # a year to read a month and day with, for the shape of the line alone


_STAMPED = re.compile(r"\d{1,2}\s*(?:[:：]|時)\s*\d{0,2}|公開|更新|配信|掲載|投稿")  # a time, or a dateline's label
SENTENCE_MIN = 20  # characters: a sentence this long ends the page's header


def is_running_text(text: str) -> bool:
    """A sentence of the article: a full stop in a line of some length (a skip link's 'ここから本文です。' is none)."""
    return len(text) >= SENTENCE_MIN and "。" in text


def _in_timeline(page: Page, line: Line) -> bool:
    """A date joined by arrow lines to the next step is an item of a timeline, not a dateline."""
    near = page.lines[max(line.idx - 1, 0) : line.idx + 2]
    return any(x is not line and ARROW.match(x.text) for x in near)


def table_of_contents(page: Page) -> Iterator[Line]:
    """A contents marker and the entries under it, when the entries repeat below as headings."""
    lines = page.lines
    for i, line in enumerate(lines):
        if line.removed or line.text[:1] not in _TOC_FIRST or not _TOC.match(line.text):
            continue
        later = {norm(strip_marks(BULLET.sub("", x.text))) for x in lines[i + 1 :]}
        j = i + 1
        entries: list[Line] = []
        while j < len(lines) and is_heading_like(BULLET.sub("", lines[j].text)):
            key = _toc_key(lines[j].text)
            if sum(1 for x in lines[j + 1 :] if _toc_key(x.text) == key) == 0:
                break
            entries.append(lines[j])
            j += 1
        if entries and later:
            yield line
            yield from entries


_TOC_NUMBER = re.compile(r"^\d{1,2}[.．)）]\s*")


def _toc_key(text: str) -> str:
    """A contents entry or a heading as they are compared: without a bullet, marks or a section number."""
    return norm(_TOC_NUMBER.sub("", strip_marks(BULLET.sub("", text))))


def next_page(page: Page) -> Iterator[Line]:
    """A next-page link; after a link to the next *page*, the teaser lines that end the page."""
    lines = page.lines
    for i, line in enumerate(lines):
        m = None if line.removed or line.text[:1] not in _NEXT_FIRST else _NEXT_PAGE.match(line.text)
        if m is None or (m["page"] and not _NEXT_TAIL.fullmatch(line.text[m.end():])):
            continue
        yield line
        rest = [x for x in lines[i + 1 :] if not x.removed]
        # A bare "Next"/"次へ" may be pagination inside the text: only the link goes.
        if m["page"] and len(rest) <= TEASER_MAX_LINES:
            yield from rest


def related(page: Page) -> Iterator[Line]:
    """A related / recommended / ranking marker and the list of headlines under it, as a whole: each item
    alone looks like a headline. The list ends at the first sentence, long line or heading of the article."""
    in_list = False
    live = [line for line in page.lines if not line.removed]  # a removed line (an ad between the items) does not end the list
    for i, line in enumerate(live):
        if is_related(line.text):
            in_list = True
            yield line
        elif in_list and is_layout(line.text):
            continue  # left to the layout rule
        elif in_list and is_list_item(line.text) and not _heads_content(line, live[i + 1 : i + 2]):
            yield line
        else:
            in_list = False


def _heads_content(line: Line, after: list[Line]) -> bool:
    """An unnumbered short line directly above a sentence of the body is the article's own heading, not an
    item of the list before it: the list ends there and the heading stays."""
    return (not _NUMBERED_ITEM.match(line.text) and bool(after) and "。" in after[0].text
            and not is_related(after[0].text))


def broken_headline(page: Page) -> list[Line]:
    """Short lines at the page head that spell the start of a later, full headline."""
    live = page.live()[:8]
    for i in range(len(live)):
        frags: list[Line] = []
        joined, best = "", 0
        for j in range(i, len(live) - 1):
            t = live[j].text
            if len(t) > 20 or not is_heading_like(t):
                break
            frags.append(live[j])
            joined += norm(t)
            # The full line must be a headline too, not a lead sentence that opens with the same words.
            if any(len(norm(n.text)) > len(joined) and norm(n.text).startswith(joined)
                   and not SENTENCE_END.search(n.text) for n in live[j + 1 : j + 4]):
                best = len(frags)
        if frags:  # only the page head is searched
            return frags[:best] if best and (best >= 2 or len(norm(frags[0].text)) >= 4) else []
    return []


def repeated(page: Page) -> Iterator[Line]:
    """Every repeat of a line already seen (of six characters or more, not a table row)."""
    seen: set[str] = set()
    for line in page.lines:
        if line.removed:
            continue
        key = norm(line.text)
        if len(key) < 6 or "|" in key:
            continue
        if key in seen:
            yield line
        seen.add(key)


_WORDS = re.compile(r"「[^「」]{6,}」")


_FIELD = re.compile(r"\s*[^\s　]{1,6}[　：:]\s*\S")  # a notice's field, its label and its value: 日時　1月8日（日）…


def _a_step(text: str) -> bool:
    """A schedule's or a timeline's step: its date, then what happens that day (▽同15日（火）閉会)."""
    at = date_first(text)
    return at >= 0 and bool(text[at:].strip())


_DAY_OF_WEEK = re.compile(r"\d{1,2}日\s*[（(][月火水木金土日](?:・?[祝休])?[)）]")  # a day with its weekday: 11月2日（土）, 8日（月・祝）


_GAME_DATELINE = re.compile(r"[（(](?:[0-9０-９]{1,2}[、・])?[0-9０-９]{1,2}日[・、][^（）()\n]{2,30}[）)]\s*$")


def empty_headings(page: Page) -> Iterator[Line]:
    """A heading followed by nothing, or directly by a heading of higher rank, heads nothing; a line
    that holds someone's words (◆阿部監督の話　「投手陣がよく粘った」) is no empty heading: it says them; nor is a
    schedule's or a timeline's last step (▽同15日（火）閉会): it tells what happens that day; nor a schedule's
    last line after lines of its rank, its day and weekday after a label (▽日本シリーズ　11月2日（土）開幕); nor a game's
    dateline over its score (◆…▽決勝（7日・花園）)."""
    live = page.live()
    for n, line in enumerate(live):
        if (line.kind != "heading" or line.level == 1 or _WORDS.search(line.text) or _a_step(line.text)
                or _GAME_DATELINE.search(line.text)):
            continue  # (◆…▽決勝（7日・花園） over the score's line: the game's day and place, no section's title)
        before = live[n - 1] if n else None
        if (before is not None and before.kind == "heading" and before.level == line.level
                and _DAY_OF_WEEK.search(line.text)):
            continue
        following = live[n + 1] if n + 1 < len(live) else None
        if not line.text.strip() or following is None or (following.kind == "heading" and following.level < line.level
                                                          and not _FIELD.match(following.text)):
            yield line  # (■二十歳のつどい over ▽日時　1月8日…: a notice's fields, not a section, are under it)


RULES: tuple[Rule, ...] = (
    Rule("credit", "source credits: 'さらに読む ⇒ name 出典/画像元: URL', '出典: …' (data goes to the citation)",
         find=credits),
    Rule("dateline", "'公開日: 2025/03/05' lines, and a bare date near the top (the date goes to the citation or the page)",
         find=datelines),
    Rule("chrome", "site chrome: menu, logo, share and login lines, breadcrumbs, copyright", test=is_chrome),
    Rule("ad", "advertising notices: 広告, PR, スポンサーリンク, 'the article continues below the ad'", test=is_ad),
    Rule("related", "'関連記事' / 'おすすめ' / ranking markers, and the list of headlines under them", find=related),
    Rule("layout", "layout marks: table rule rows, timeline arrows, horizontal rules, mark-only lines",
         test=is_layout),
    Rule("toc", "a table of contents whose entries repeat the headings below", find=table_of_contents),
    Rule("next-page", "'次のページを読む ⇒' links and the teaser lines that follow them at the end", find=next_page),
    Rule("broken-headline", "a headline broken over short lines ahead of the full headline", find=broken_headline),
    Rule("repeated", "a line repeated verbatim (a headline then its image caption)", find=repeated),
    Rule("classifier", "boilerplate by the line classifier: shape, script mix, neighbours and place on the page",
         find=classify),
    Rule("empty-heading", "headings with nothing under them", find=empty_headings, after_typing=True),
)
