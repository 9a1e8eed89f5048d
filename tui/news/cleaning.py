"""Raw page text -> title, typed blocks, citations and what was removed.

Cleaning runs in three passes over the page's lines:

1. *split*: credits glued to the next sentence are cut apart, so the URL can go
   to the citation and the sentence can stay in the body;
2. *remove*: an ordered table of named rules (`RULES`) marks boilerplate lines;
   each removal is recorded with the rule's name, so the reader can show it;
3. *type*: the remaining lines become blocks (heading, paragraph, summary,
   keypoint, table, list, quote), and citations are linked to the ✅ blocks
   that precede their credit line.

Every rule is a general pattern about how pages are built, never a string from
one page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .models import Block, Citation, Cleaned, Document, Removed

# --- patterns ---------------------------------------------------------------

_URL = re.compile(r"https?://[!-~]+")
# A path that ends in a file extension cannot go on: what follows is glued text.
_URL_END = re.compile(r"\.(?>shtml|html|htm|php|aspx|asp|jsp|cgi)(?=[A-Za-z])", re.I)
_URL_TRAIL = ".,;:!?)]}'\"、。"

_LEAD = r"(?:さらに読む|続きを読む|もっと読む|元記事を読む|記事を読む|Read more)\s*[⇒→＞>»≫]*\s*"
_LABEL = r"(?:出典\s*[/／]\s*画像元|画像元\s*[/／]\s*出典|出典元|出典|画像元|引用元|引用|参照元|ソース|Source|Via)\s*[:：]\s*"
_CREDIT_LEAD = re.compile(rf"^{_LEAD}", re.I)
_CREDIT_LABEL = re.compile(_LABEL, re.I)

_DATE_LABEL = re.compile(
    r"^(?:公開日|投稿日|更新日|配信日|掲載日|公開|投稿|更新|配信|Published|Updated|Posted|Date)"
    r"(?:時)?\s*[:：]?\s*(?P<date>.+)$",
    re.I,
)
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:[/\-.]|年)\s*(?P<m>\d{1,2})\s*(?:[/\-.]|月)\s*(?P<d>\d{1,2})"
)

_NEXT_PAGE = re.compile(
    r"^(?P<page>次のページ(?:を読む|へ)?|次ページ(?:へ)?|続きは次のページ|NEXT\s*PAGE|Next page)"
    r"|^(?:次へ|Next|NEXT)\s*[⇒→＞>»≫]*\s*$",
    re.I,
)
_NEXT_TAIL = re.compile(r"\s*[⇒→＞>»≫]*\s*$")

_AD = re.compile(
    r"^(?:広告|PR|AD|Sponsored|Advertisement|スポンサーリンク|スポンサードリンク|Sponsored Link)$"
    r"|広告の下に|記事の続きがあります|ペコリ|プロモーションを含み|アフィリエイト広告|スポンサーリンク",
    re.I,
)

_RELATED = re.compile(
    r"^(?:関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|こちらの記事もおすすめ|おすすめ記事|"
    r"人気記事|注目記事|Related(?: articles| posts)?|Recommended|Popular)\s*[:：]?$",
    re.I,
)

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
_COPYRIGHT_START, _RIGHTS = re.compile(r"©|\(c\)|Copyright\b|著作権", re.I), re.compile("All Rights Reserved", re.I)
_BREADCRUMB = re.compile(r"^(?:ホーム|トップ|TOP|Home)\s*[>＞›»/]", re.I)
_TOC = re.compile(r"^(?:目次|もくじ|この記事の目次|Contents|Table of contents)\s*[:：]?$", re.I)

_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_ARROW = re.compile(r"^[↓⬇▼⇩︙⋮]$")
_HRULE = re.compile(r"^(?:[-*_=＝ー─━]\s*){3,}$")
_MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*$")
_BULLET = re.compile(r"^(?:[-*+・•●◦▪■◆◇□○]|▶|►)\s*")
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)．）]\s*|[①-⑳]\s*|[(（]\d{1,2}[)）]\s*)")
_SECTION = re.compile(r"^(?:\d{1,2}[.．]\s*|[①-⑳]\s*|第[0-9一二三四五六七八九十]+[章節部]\s*|Chapter\s*\d+)")
_QUOTE = re.compile(r"^[>＞]\s?")
# What these patterns can start with (besides a digit, `\d`, which `str.isdecimal` tells):
# a line that starts otherwise is not tried against them.
_QUOTE_FIRST, _BULLET_FIRST = ">＞", "-*+・•●◦▪■◆◇□○▶►"
_NUMBERED_FIRST = "(（" + "".join(map(chr, range(ord("①"), ord("⑳") + 1)))
_SECTION_FIRST = "第C" + _NUMBERED_FIRST[2:]
_MARKS = re.compile(r"^[\s\u2000-\u2BFF\U0001F000-\U0001FAFF\uFE0F\u200D]+")
_SUMMARY_MARK = "✅"
_KEYPOINT_MARK = "💡"
_SENTENCE_END = re.compile(r"[。．.!！]$")
_MD_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\((?:[^)]*)\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"`([^`]+)`"), r"\1"),
]

HEADING_MAX = 40  # a headline in Japanese rarely runs longer; sentences do
TEASER_MAX_LINES = 3


@dataclass(frozen=True)
class Rule:
    """A named cleaning rule and what it is for (listed by `RULES`)."""

    name: str
    description: str


RULES: tuple[Rule, ...] = (
    Rule("credit", "source credits: 'さらに読む ⇒ name 出典/画像元: URL', '出典: …' (data goes to the citation)"),
    Rule("dateline", "'公開日: 2025/03/05' lines (the date goes to the citation or the page)"),
    Rule("chrome", "site chrome: menu, logo, share and login lines, breadcrumbs, copyright"),
    Rule("ad", "advertising notices: 広告, PR, スポンサーリンク, 'the article continues below the ad'"),
    Rule("related", "'関連記事' / 'あわせて読みたい' markers"),
    Rule("toc", "a table of contents whose entries repeat the headings below"),
    Rule("next-page", "'次のページを読む ⇒' links and the teaser lines that follow them at the end"),
    Rule("broken-headline", "a headline broken over short lines ahead of the full headline"),
    Rule("repeated", "a line repeated verbatim (a headline then its image caption)"),
    Rule("layout", "layout marks: table rule rows, timeline arrows, horizontal rules, mark-only lines"),
    Rule("empty-heading", "headings with nothing under them"),
)


@dataclass
class _Line:
    text: str
    removed: str | None = None
    idx: int = 0
    table: bool = False
    kind: str | None = None
    level: int = 0


@dataclass
class _State:
    lines: list[_Line]
    citations: list[Citation] = field(default_factory=list)
    credit_at: dict[int, int] = field(default_factory=dict)  # line index -> citation index
    dates: dict[int, str] = field(default_factory=dict)  # line index -> date


def norm(text: str) -> str:
    """Normalise text for comparison: NFKC, no white space, lower case."""
    return squeeze(unicodedata.normalize("NFKC", text))


def squeeze(nfkc: str) -> str:
    """`norm` of text already in NFKC."""
    return "".join(nfkc.split()).lower()  # str.split and `\s` agree on what white space is


def parse_date(text: str) -> str | None:
    """The first date in `text` as YYYY-MM-DD, else None."""
    m = _DATE.search(unicodedata.normalize("NFKC", text))
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def extract_url(text: str) -> tuple[str | None, str]:
    """Split `text` at its leading URL: (url, what follows). URLs are ASCII only."""
    m = _URL.match(text)
    if not m:
        return None, text
    url = m.group(0)
    end = _URL_END.search(url)
    if end:
        url = url[: end.end()]
    url = url.rstrip(_URL_TRAIL)
    return url, text[len(url):]


def split_credit(line: str) -> tuple[str, Citation, str] | None:
    """If `line` holds a credit, return (credit text, citation, glued text after it)."""
    lead = _CREDIT_LEAD.match(line)
    start = lead.end() if lead else 0
    label = _CREDIT_LABEL.search(line, start) if ":" in line or "：" in line else None  # a label ends in a colon
    if label is None:
        if not lead:
            return None
        rest = line[start:].strip()
        url, after = extract_url(rest)
        if url:
            return line[: len(line) - len(after)], Citation(None, url, None), after.strip()
        return line, Citation(rest or None, None, None), ""
    name = line[start : label.start()].strip()
    rest = line[label.end() :]
    if not lead and label.start() > 0 and (len(name) > HEADING_MAX or "。" in name or not _URL.match(rest.lstrip())):
        return None  # a label mid-sentence: not a credit line
    url, after = extract_url(rest.lstrip())
    if url:
        credit = line[: len(line) - len(after)]
        return credit, Citation(name or None, url, None), after.strip()
    # No URL: the label names the source ("出典: ロイター").
    tail = rest.strip()
    if not name and len(tail) <= HEADING_MAX:
        return line, Citation(tail or None, None, None), ""
    return line, Citation(name or None, None, None), "" if len(tail) <= HEADING_MAX else tail


def _strip_marks(text: str) -> str:
    c = text[:1]
    if (c < "\u2000" and not c.isspace() and c) or ("\u2bff" < c < "\U0001f000" and c not in "\u3000\ufe0f"):
        return text.strip()  # the usual line: its first character is no mark (tested against _MARKS)
    return _MARKS.sub("", text).strip()


def _is_heading_like(text: str) -> bool:
    t = text.strip()
    return (
        0 < len(t) <= HEADING_MAX
        and "。" not in t
        and not _SENTENCE_END.search(t)
        and not t.endswith(("、", "，", ","))
    )


def _is_chrome(text: str) -> bool:
    # "All Rights Reserved" needs a space: most lines have none and skip that search.
    if _COPYRIGHT_START.match(text) or (" " in text and _RIGHTS.search(text)) or _BREADCRUMB.match(text):
        return True
    if len(text) > 80 or "。" in text or "、" in text:
        return False  # no chrome word holds 。 or 、, and neither separates words: a sentence
    words = [w for w in _CHROME_SPLIT.split(text.lower()) if w]
    return bool(words) and all(w in _CHROME_WORDS for w in words)


# --- pass 1: split glued credits -------------------------------------------------


def _split(raw: str, markdown: bool) -> _State:
    lines: list[_Line] = []
    citations: list[Citation] = []
    credit_at: dict[int, int] = {}
    for raw_line in raw.split("\n"):
        text = raw_line.strip()
        if markdown:
            for pattern, repl in _MD_INLINE:
                text = pattern.sub(repl, text)
        if not text:
            continue
        credit = split_credit(text)
        if credit:
            credit_text, citation, after = credit
            credit_at[len(lines)] = len(citations)
            citations.append(citation)
            lines.append(_Line(credit_text, removed="credit"))
            if after:
                lines.append(_Line(after))
            continue
        lines.append(_Line(text))
    for i, line in enumerate(lines):
        line.idx = i
    return _State(lines, citations, credit_at)


# --- pass 2: removal rules ---------------------------------------------------------


def _rule_dateline(st: _State) -> None:
    for i, line in enumerate(st.lines):
        if line.removed:
            continue
        m = _DATE_LABEL.match(line.text)
        if m and len(line.text) <= 40:
            date = parse_date(m["date"])
            if date:
                line.removed = "dateline"
                st.dates[i] = date


def _rule_simple(st: _State) -> None:
    for line in st.lines:
        if line.removed:
            continue
        t = line.text
        if "。" in t or "、" in t:
            # The usual line, a sentence: a related-articles marker or a layout row never holds
            # 。 or 、, so only these checks of the rules below remain.
            if _is_chrome(t):
                line.removed = "chrome"
            elif len(t) <= 60 and _AD.search(t):
                line.removed = "ad"
            continue
        if _is_chrome(t):
            line.removed = "chrome"
        elif len(t) <= 60 and _AD.search(t):
            line.removed = "ad"
        elif _RELATED.match(t):
            line.removed = "related"
        elif _TABLE_RULE.match(t) or _ARROW.match(t) or _HRULE.match(t) or not _strip_marks(t):
            line.removed = "layout"


def _rule_toc(st: _State) -> None:
    for i, line in enumerate(st.lines):
        if line.removed or not _TOC.match(line.text):
            continue
        later = {norm(_strip_marks(_BULLET.sub("", x.text))) for x in st.lines[i + 1 :]}
        j = i + 1
        entries: list[_Line] = []
        while j < len(st.lines) and _is_heading_like(_BULLET.sub("", st.lines[j].text)):
            key = norm(_strip_marks(_BULLET.sub("", st.lines[j].text)))
            if sum(1 for x in st.lines[j + 1 :] if norm(_strip_marks(x.text)) == key) == 0:
                break
            entries.append(st.lines[j])
            j += 1
        if entries and later:
            line.removed = "toc"
            for entry in entries:
                entry.removed = "toc"


def _rule_next_page(st: _State) -> None:
    """A next-page link; after a link to the next *page*, the teaser lines that end the page."""
    for i, line in enumerate(st.lines):
        m = None if line.removed else _NEXT_PAGE.match(line.text)
        if m is None or (m["page"] and not _NEXT_TAIL.fullmatch(line.text[m.end():])):
            continue
        line.removed = "next-page"
        rest = [x for x in st.lines[i + 1 :] if not x.removed]
        # A bare "Next"/"次へ" may be pagination inside the text: only the link goes.
        if m["page"] and len(rest) <= TEASER_MAX_LINES:
            for x in rest:
                x.removed = "next-page"


def _rule_broken_headline(st: _State) -> None:
    """Short lines at the page head that spell the start of a later, full headline."""
    live = [x for x in st.lines if not x.removed][:8]
    for i in range(len(live)):
        frags: list[_Line] = []
        joined, best = "", 0
        for j in range(i, len(live) - 1):
            t = live[j].text
            if len(t) > 20 or not _is_heading_like(t):
                break
            frags.append(live[j])
            joined += norm(t)
            # The full line must be a headline too, not a lead sentence that opens with the same words.
            if any(len(norm(n.text)) > len(joined) and norm(n.text).startswith(joined)
                   and not _SENTENCE_END.search(n.text) for n in live[j + 1 : j + 4]):
                best = len(frags)
        if best and (best >= 2 or len(norm(frags[0].text)) >= 4):
            for f in frags[:best]:
                f.removed = "broken-headline"
        if frags:
            return  # only the page head is searched


def _rule_repeated(st: _State) -> None:
    seen: set[str] = set()
    for line in st.lines:
        if line.removed:
            continue
        key = norm(line.text)
        if len(key) < 6 or "|" in key:
            continue
        if key in seen:
            line.removed = "repeated"
        seen.add(key)


# --- pass 3: typing -------------------------------------------------------------------


def _type_lines(st: _State, markdown: bool) -> None:
    live = [x for x in st.lines if not x.removed]
    for n, line in enumerate(live):
        t = line.text
        nxt = live[n + 1].text if n + 1 < len(live) else ""
        prev = live[n - 1] if n else None
        body = _strip_marks(t)
        c0 = t[:1]
        if c0 == "#" and (m := _MD_HEADING.match(t)):
            line.kind, line.level, line.text = "heading", min(len(m[1]) + 1, 4), m[2]
        elif t.startswith(_SUMMARY_MARK):
            # A ✅ line is a summary bullet, unless it titles the paragraph below it.
            if _is_heading_like(body) and not nxt.startswith((_SUMMARY_MARK, _KEYPOINT_MARK)):
                line.kind, line.level = "heading", 3
            else:
                line.kind = "summary"
        elif t.startswith(_KEYPOINT_MARK):
            line.kind = "keypoint"
        elif c0 in _QUOTE_FIRST and _QUOTE.match(t):
            line.kind, line.text = "quote", _QUOTE.sub("", t)
        elif line.table:
            line.kind = "table"
        elif _numbered_run(t, nxt) or (prev is not None and prev.kind == "list" and _numbered_run(prev.text, t)):
            line.kind = "list"
        elif (c0 in _SECTION_FIRST or c0.isdecimal()) and _SECTION.match(t) and _is_heading_like(t):
            line.kind, line.level = "heading", 2 if re.match(r"^\d|^第|^Chapter", t) else 3
        elif c0 in _BULLET_FIRST and _BULLET.match(t) and not t.startswith(("■", "◆", "□", "◇")):
            line.kind = "list"
        elif t.startswith(("■", "◆", "□", "◇", "▶", "►")) and _is_heading_like(t):
            line.kind, line.level, line.text = "heading", 3, _BULLET.sub("", t)
        elif body != t and 0 < len(body) <= 20 and not nxt.startswith(body):
            line.kind, line.level = "heading", 2  # a mark-led short line: "🚩 結論!"
        elif (
            _is_question(t) and len(t) <= HEADING_MAX and prev is not None and prev.kind == "heading"
            and nxt and len(nxt) <= HEADING_MAX and not _is_question(nxt)
        ):
            line.kind, line.level = "heading", 3  # a question under a heading, with its short answer
        elif prev is not None and prev.kind == "heading" and prev.level == 3 and _is_question(prev.text) and len(t) <= HEADING_MAX:
            line.kind = "paragraph"  # the answer to the question above
        elif _is_heading_like(t) and not _is_question(t) and nxt and not _timeline_follows(st, line):
            line.kind, line.level = "heading", 2
        else:
            line.kind = "paragraph"
        if line.kind in ("heading", "paragraph", "summary", "keypoint"):
            line.text = _strip_marks(line.text) or line.text


def _numbered_run(a: str, b: str) -> bool:
    """Two consecutive lines numbered in the same style make a list."""
    if not (a[:1] in _NUMBERED_FIRST or a[:1].isdecimal()):
        return False
    ma, mb = _NUMBERED.match(a), _NUMBERED.match(b)
    if not (ma and mb):
        return False
    return _number_style(ma.group(0)) == _number_style(mb.group(0))


def _number_style(mark: str) -> str:
    return re.sub(r"\d+|[①-⑳]", lambda m: "c" if "①" <= m.group(0)[0] <= "⑳" else "d", mark.strip())


def _is_question(text: str) -> bool:
    return text.endswith(("?", "？"))


def _mark_tables(st: _State) -> None:
    """Runs of `a | b` lines are a table when they carry a rule row or share a column count."""
    i = 0
    while i < len(st.lines):
        j = i
        while j < len(st.lines) and "|" in st.lines[j].text and st.lines[j].removed in (None, "layout"):
            j += 1
        if j == i:  # no table row here
            i += 1
            continue
        run = st.lines[i:j]
        rows = [x for x in run if not _TABLE_RULE.match(x.text)]
        counts = {len(x.text.strip().strip("|").split("|")) for x in rows}
        if rows and (len(rows) < len(run) or (len(rows) >= 3 and len(counts) == 1 and counts != {1})):
            for x in rows:
                x.table = True
        i = max(j, i + 1)


def _timeline_follows(st: _State, line: _Line) -> bool:
    i = line.idx
    return i + 1 < len(st.lines) and bool(_ARROW.match(st.lines[i + 1].text))


def _timeline_items(st: _State) -> None:
    """Lines joined by arrow lines are one timeline: a list."""
    for i, line in enumerate(st.lines):
        if line.removed == "layout" and _ARROW.match(line.text):
            for j in (i - 1, i + 1):
                if 0 <= j < len(st.lines) and not st.lines[j].removed:
                    st.lines[j].kind = "list"


def _empty_headings(st: _State) -> None:
    """A heading followed by nothing, or directly by a heading of higher rank, heads nothing."""
    live = [x for x in st.lines if not x.removed]
    for n, line in enumerate(live):
        if line.kind != "heading" or line.level == 1:
            continue
        following = live[n + 1] if n + 1 < len(live) else None
        if not line.text.strip() or following is None or (following.kind == "heading" and following.level < line.level):
            line.removed = "empty-heading"


# --- assembly ----------------------------------------------------------------------


def _title(st: _State, doc: Document) -> str:
    for line in st.lines:
        if not line.removed:
            if doc.title and norm(doc.title) == norm(line.text):
                line.kind, line.level = "heading", 1
                return line.text
            if doc.title:
                return doc.title.strip()
            if len(line.text) <= 200:
                line.kind, line.level = "heading", 1
                return line.text
            return line.text[:80] + "…"
    return (doc.title or "").strip()


def _assemble(st: _State) -> tuple[list[Block], list[Removed], list[Citation]]:
    blocks: list[Block] = []
    removed: list[Removed] = []
    pending: list[int] = []  # ✅ blocks waiting for their credit
    last_date: str | None = None  # the latest dateline since the last credit
    page_dates: list[str] = []
    citations = list(st.citations)
    cur: _Line | None = None
    for i, line in enumerate(st.lines):
        if line.removed:
            removed.append(Removed(line.removed, line.text, len(blocks)))
            if i in st.dates:
                last_date = st.dates[i]
            if i in st.credit_at:
                # A dateline belongs to a credit when the credit's ✅ summary stands
                # between them; otherwise it is the page's own date.
                ci = st.credit_at[i]
                if pending:
                    citations[ci] = Citation(citations[ci].name, citations[ci].url, last_date)
                elif last_date:
                    page_dates.append(last_date)
                for b in pending:
                    blocks[b] = Block(blocks[b].kind, blocks[b].text, ci, blocks[b].level)
                pending, last_date = [], None
            continue
        kind = line.kind or "paragraph"
        same_group = cur is not None and cur.kind == kind and kind in ("table", "list", "quote") and _adjacent(st, cur, line)
        if same_group:
            prev = blocks[-1]
            blocks[-1] = Block(kind, prev.text + "\n" + _item_text(kind, line.text), prev.citation, prev.level)
        elif (
            kind == "paragraph" and cur is not None and cur.kind == "paragraph"
            and blocks and blocks[-1].kind == "paragraph" and blocks[-1].text.endswith(("、", "，"))
            and _adjacent(st, cur, line)
        ):
            prev = blocks[-1]
            blocks[-1] = Block("paragraph", prev.text + line.text, prev.citation, prev.level)
        else:
            if kind == "summary":
                pending.append(len(blocks))
            blocks.append(Block(kind, _item_text(kind, line.text), None, line.level))
        cur = line
    if last_date:
        page_dates.append(last_date)
    st.page_dates = page_dates  # type: ignore[attr-defined]
    return blocks, removed, citations


def _adjacent(st: _State, a: _Line, b: _Line) -> bool:
    """True when only removed layout marks stand between two lines."""
    i, j = a.idx, b.idx
    return all(x.removed == "layout" for x in st.lines[i + 1 : j])


def _item_text(kind: str, text: str) -> str:
    if kind == "table":
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        return " | ".join(cells)
    if kind == "list":
        # The bullet mark goes (the kind says "list"); a number stays, it is part of the item.
        item = _strip_marks(_BULLET.sub("", text)) if _BULLET.match(text) else text
        return item or text
    return text


def clean(doc: Document) -> Cleaned:
    """Clean one document: its title, blocks, citations and removed lines."""
    markdown = doc.format == "markdown"
    st = _split(doc.text, markdown)
    _rule_dateline(st)
    _rule_simple(st)
    _rule_toc(st)
    _rule_next_page(st)
    _rule_broken_headline(st)
    _rule_repeated(st)
    _mark_tables(st)
    _type_lines(st, markdown)
    _timeline_items(st)
    title = _title(st, doc)
    _empty_headings(st)
    blocks, removed, citations = _assemble(st)
    page_dates: list[str] = st.page_dates  # type: ignore[attr-defined]
    cited = [c.published for c in citations if c.published]
    published = doc.published or (page_dates[0] if page_dates else None) or (max(cited) if cited else None)
    return Cleaned(title, published, tuple(blocks), tuple(citations), tuple(removed))
